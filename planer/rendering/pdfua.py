"""What WeasyPrint's PDF/UA-1 output still lacks, mended in the written PDF.

- Running headers and footers (the page's margin boxes: "Sida 3 av 12", the
  document's name) are marked as Span content that WeasyPrint leaves out of the
  structure tree on purpose (pdf/tags.py: an Artifact element exists only in PDF
  2.0). PDF/UA-1 wants such content to be a pagination artifact, so it becomes
  one: its marked-content sequences are rewritten as `/Artifact` and its
  ParentTree entries emptied.
- Table header cells get a /Scope: Row for a TH in a row with data cells, else
  Column. WeasyPrint writes only Headers/IDs, which screen readers follow less
  well than a scope, and which it leaves out for cells spanning rows.
The PDF is otherwise untouched, and the same input still gives the same bytes.
"""

from __future__ import annotations

import io

import pikepdf

_PAGINERING = pikepdf.Dictionary(Type=pikepdf.Name.Pagination)


def efterbehandla(data: bytes) -> bytes:
    """The PDF `data` with margin boxes as artifacts and scoped table headers."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        rot = pdf.Root.get("/StructTreeRoot")
        if rot is None:  # not a tagged PDF: nothing to mend
            return data
        nabara = _element_i_tradet(rot)
        foralder = _parent_tree(rot.ParentTree)
        for sida in pdf.pages:
            nyckel = sida.obj.get("/StructParents")
            if nyckel is not None and int(nyckel) in foralder:
                _artefakter(pdf, sida, foralder[int(nyckel)], nabara)
        for element in nabara.values():
            if element.S == "/TR":
                _rubrikernas_omfang(element)
        ut = io.BytesIO()
        pdf.save(ut, deterministic_id=True)
    return ut.getvalue()


def _element_i_tradet(rot: pikepdf.Dictionary) -> dict[tuple[int, int], pikepdf.Dictionary]:
    """Every structure element reachable from the root, by object id."""
    nabara: dict[tuple[int, int], pikepdf.Dictionary] = {}
    kvar = [rot.get("/K")]
    while kvar:
        barn = kvar.pop()
        if isinstance(barn, pikepdf.Array):
            kvar.extend(barn)
        elif isinstance(barn, pikepdf.Dictionary) and "/S" in barn and barn.objgen not in nabara:
            nabara[barn.objgen] = barn
            kvar.append(barn.get("/K"))
    return nabara


def _parent_tree(trad: pikepdf.Dictionary) -> dict[int, pikepdf.Object]:
    """The ParentTree's number → value pairs, from /Nums and /Kids alike."""
    par: dict[int, pikepdf.Object] = {}
    kvar = [trad]
    while kvar:
        nod = kvar.pop()
        nums = nod.get("/Nums", [])
        par.update((int(nums[i]), nums[i + 1]) for i in range(0, len(nums), 2))
        kvar.extend(nod.get("/Kids", []))
    return par


def _artefakter(pdf: pikepdf.Pdf, sida: pikepdf.Page, mcid_element, nabara: dict) -> None:
    """Make the page's marked content that the structure tree cannot reach an artifact."""
    if not isinstance(mcid_element, pikepdf.Array):
        return
    foraldralosa = {
        mcid
        for mcid, element in enumerate(mcid_element)
        if isinstance(element, pikepdf.Dictionary) and element.objgen not in nabara
    }
    if not foraldralosa:
        return
    instruktioner = []
    for operander, operator in pikepdf.parse_content_stream(sida):
        egenskaper = operander[1] if str(operator) == "BDC" else None
        if isinstance(egenskaper, pikepdf.Dictionary) and egenskaper.get("/MCID") in foraldralosa:
            operander = [pikepdf.Name.Artifact, _PAGINERING]
        instruktioner.append((operander, operator))
    sida.obj.Contents = pdf.make_stream(pikepdf.unparse_content_stream(instruktioner))
    for mcid in foraldralosa:
        mcid_element[mcid] = None


def _rubrikernas_omfang(rad: pikepdf.Dictionary) -> None:
    celler = [c for c in _barn(rad) if c.S in ("/TH", "/TD")]
    omfang = pikepdf.Name.Row if any(c.S == "/TD" for c in celler) else pikepdf.Name.Column
    for th in (c for c in celler if c.S == "/TH"):
        attribut = th.get("/A")
        if isinstance(attribut, pikepdf.Dictionary) and attribut.get("/O") == "/Table":
            attribut.Scope = omfang
        else:
            th.A = pikepdf.Dictionary(O=pikepdf.Name.Table, Scope=omfang)


def _barn(element: pikepdf.Dictionary) -> list[pikepdf.Dictionary]:
    barn = element.get("/K")
    barn = barn if isinstance(barn, pikepdf.Array) else [barn]
    return [b for b in barn if isinstance(b, pikepdf.Dictionary) and "/S" in b]
