"""The machine-checkable conditions of PDF/UA-1 (the Matterhorn Protocol's) that apply to planer.

veraPDF, the reference validator, cannot be installed here, so these checks read the
PDF with pikepdf and return what fails, as readable lines. The Matterhorn checkpoint
is named with each condition. What a machine cannot decide (is the alt text right,
is the reading order logical) is left to people, as the protocol says.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pikepdf

# The standard structure types of PDF 1.7 (ISO 32000-1, 14.8.4); others need a RoleMap.
STANDARDTYPER = {
    "Document", "Part", "Art", "Sect", "Div", "BlockQuote", "Caption", "TOC", "TOCI",
    "Index", "NonStruct", "Private", "P", "H", "H1", "H2", "H3", "H4", "H5", "H6", "L",
    "LI", "Lbl", "LBody", "Table", "TR", "TH", "TD", "THead", "TBody", "TFoot", "Span",
    "Quote", "Note", "Reference", "BibEntry", "Code", "Link", "Annot", "Ruby", "RB", "RT",
    "RP", "Warichu", "WT", "WP", "Figure", "Formula", "Form",
}  # fmt: skip

# Operators that put something on the page: text, paths, images, shadings.
MALANDE = {"Tj", "TJ", "'", '"', "Do", "sh", "BI", "f", "F", "f*", "B", "B*", "b", "b*", "S", "s"}


def brister(fil: Path) -> list[str]:
    """Every PDF/UA-1 condition the file fails, one line each (empty: it passes)."""
    with pikepdf.open(fil) as pdf:
        struktur = _Struktur(pdf)
        fel = [
            *_katalog(pdf),
            *_metadata(pdf),
            *struktur.roller(),
            *struktur.rubriker(),
            *struktur.figurer(),
            *struktur.tabeller(),
        ]
        for nummer, sida in enumerate(pdf.pages, start=1):
            fel += [f"sida {nummer}: {b}" for b in _sidans_innehall(sida, struktur)]
            fel += [f"sida {nummer}: {b}" for b in _lankar(sida, struktur)]
        fel += _typsnitt(pdf)
    return fel


def _katalog(pdf: pikepdf.Pdf) -> Iterator[str]:
    rot = pdf.Root
    if not rot.get("/MarkInfo", {}).get("/Marked"):
        yield "06-001: katalogen saknar /MarkInfo << /Marked true >>"
    if not str(rot.get("/Lang", "")):
        yield "11-006: katalogen saknar /Lang"
    if not rot.get("/ViewerPreferences", {}).get("/DisplayDocTitle"):
        yield "07-002: /ViewerPreferences saknar /DisplayDocTitle true"
    if "/StructTreeRoot" not in rot:
        yield "01-001: ingen strukturträd (/StructTreeRoot)"


def _metadata(pdf: pikepdf.Pdf) -> Iterator[str]:
    if "/Metadata" not in pdf.Root:
        yield "06-002: ingen XMP-metadata"
        return
    xmp = pdf.open_metadata()
    if str(xmp.get("pdfuaid:part", "")) != "1":
        yield "06-002: XMP saknar pdfuaid:part 1"
    if not str(xmp.get("dc:title", "")).strip():
        yield "06-003: XMP saknar dc:title"


class _Struktur:
    """The structure tree walked once: every element, in reading order, and the ParentTree."""

    def __init__(self, pdf: pikepdf.Pdf) -> None:
        rot = pdf.Root.get("/StructTreeRoot")
        self.rollkarta = (
            {str(k): str(v) for k, v in (rot.get("/RoleMap") or {}).items()} if rot else {}
        )
        self.element: list[pikepdf.Dictionary] = []
        self.nabara: set[tuple[int, int]] = set()
        if rot is not None:
            self._ga(rot.get("/K"))
        self.foralder = _taltrad(rot.get("/ParentTree")) if rot is not None else {}

    def _ga(self, barn) -> None:
        if barn is None:
            return
        if isinstance(barn, pikepdf.Array):
            for b in barn:
                self._ga(b)
        elif isinstance(barn, pikepdf.Dictionary) and barn.get("/Type") != "/OBJR" and "/S" in barn:
            if barn.objgen in self.nabara:
                return
            self.nabara.add(barn.objgen)
            self.element.append(barn)
            self._ga(barn.get("/K"))

    def typ(self, element: pikepdf.Dictionary) -> str:
        namn = str(element.S)[1:]
        return self.rollkarta.get(namn, namn).lstrip("/")

    def roller(self) -> Iterator[str]:
        for typ in sorted({str(e.S)[1:] for e in self.element}):
            if self.rollkarta.get(typ, typ).lstrip("/") not in STANDARDTYPER:
                yield f"02-004: strukturtypen {typ} är varken standard eller rollmappad"

    def rubriker(self) -> Iterator[str]:
        nivaer = [
            int(t[1]) for t in map(self.typ, self.element) if t in {f"H{n}" for n in range(1, 7)}
        ]
        if any(self.typ(e) == "H" for e in self.element) and nivaer:
            yield "14-007: både H och H1–H6 används"
        for forra, denna in zip([0, *nivaer], nivaer, strict=False):
            if denna > forra + 1:
                yield f"14-003: rubriknivå H{denna} efter H{forra} hoppar över en nivå"

    def figurer(self) -> Iterator[str]:
        for e in self.element:
            if self.typ(e) == "Figure" and not str(e.get("/Alt", "")).strip():
                yield "13-004: en Figure saknar /Alt"

    def tabeller(self) -> Iterator[str]:
        """Each table has TH cells; each TH has a Scope, or the table uses Headers and IDs.

        ISO 14289-1 7.5 and Matterhorn 15-003/15-005 accept either: WeasyPrint writes
        the second, every TD naming its headers (from the HTML's th and scope).
        """
        for tabell in (e for e in self.element if self.typ(e) == "Table"):
            celler = list(self._under(tabell))
            rubriker = {str(c.get("/ID", "")): c for c in celler if self.typ(c) == "TH"}
            if not rubriker:
                yield "15-003: en tabell har inga rubrikceller (TH)"
                continue
            if all(_attribut(th, "/Scope") is not None for th in rubriker.values()):
                continue
            for td in (c for c in celler if self.typ(c) == "TD"):
                namn = [str(h) for h in _attribut(td, "/Headers") or []]
                if not namn:
                    yield "15-003: en TD saknar /Headers i en tabell där TH saknar /Scope"
                elif any(n not in rubriker for n in namn):
                    yield "15-005: en TD:s /Headers pekar på en TH som inte finns i tabellen"

    def _under(self, element: pikepdf.Dictionary) -> Iterator[pikepdf.Dictionary]:
        barn = element.get("/K")
        for b in barn if isinstance(barn, pikepdf.Array) else [barn]:
            if isinstance(b, pikepdf.Dictionary) and "/S" in b:
                yield b
                if self.typ(b) != "Table":
                    yield from self._under(b)


def _attribut(element: pikepdf.Dictionary, nyckel: str):
    a = element.get("/A")
    for d in a if isinstance(a, pikepdf.Array) else [a]:
        if isinstance(d, pikepdf.Dictionary) and nyckel in d:
            return d[nyckel]
    return None


def _taltrad(trad) -> dict[int, object]:
    """A number tree (the ParentTree) as a dict, /Kids and /Nums both."""
    ut: dict[int, object] = {}
    if trad is None:
        return ut
    nums = trad.get("/Nums")
    if nums is not None:
        for i in range(0, len(nums), 2):
            ut[int(nums[i])] = nums[i + 1]
    for barn in trad.get("/Kids", []):
        ut.update(_taltrad(barn))
    return ut


def _sidans_innehall(sida: pikepdf.Page, struktur: _Struktur) -> Iterator[str]:
    """01-004/01-005: everything drawn is tagged (an MCID in the tree) or an artifact."""
    nyckel = sida.obj.get("/StructParents")
    mcid_element = struktur.foralder.get(int(nyckel)) if nyckel is not None else None
    stack: list[tuple[str, int | None]] = []
    otaggade, saknade = 0, set()
    for instruktion in pikepdf.parse_content_stream(sida):
        op = str(instruktion.operator)
        if op in ("BMC", "BDC"):
            tagg = str(instruktion.operands[0])[1:]
            egenskaper = instruktion.operands[1] if op == "BDC" else None
            mcid = egenskaper.get("/MCID") if isinstance(egenskaper, pikepdf.Dictionary) else None
            stack.append((tagg, None if mcid is None else int(mcid)))
            if mcid is not None and not _mcid_i_tradet(int(mcid), mcid_element, struktur):
                saknade.add(int(mcid))
        elif op == "EMC" and stack:
            stack.pop()
        elif op in MALANDE and not any(t == "Artifact" or m is not None for t, m in stack):
            otaggade += 1
    if otaggade:
        yield f"01-005: {otaggade} ritoperationer varken taggade eller artefakter"
    if saknade:
        yield f"01-004: MCID {sorted(saknade)[:5]} når inte strukturträdet via /StructParents"


def _mcid_i_tradet(mcid: int, mcid_element, struktur: _Struktur) -> bool:
    if not isinstance(mcid_element, pikepdf.Array) or mcid >= len(mcid_element):
        return False
    element = mcid_element[mcid]
    return isinstance(element, pikepdf.Dictionary) and element.objgen in struktur.nabara


def _lankar(sida: pikepdf.Page, struktur: _Struktur) -> Iterator[str]:
    """28-011/28-004/28-008: link annotations are in Link elements, described, tab order S."""
    lankar = [a for a in sida.obj.get("/Annots", []) if a.get("/Subtype") == "/Link"]
    if lankar and sida.obj.get("/Tabs") != "/S":
        yield "28-008: sidan har annoteringar men inte /Tabs /S"
    for lank in lankar:
        if not str(lank.get("/Contents", "")).strip():
            yield "28-004: en länk saknar /Contents"
        nyckel = lank.get("/StructParent")
        element = struktur.foralder.get(int(nyckel)) if nyckel is not None else None
        if not isinstance(element, pikepdf.Dictionary) or struktur.typ(element) != "Link":
            yield "28-011: en länkannotering ligger inte i ett Link-element"


def _typsnitt(pdf: pikepdf.Pdf) -> Iterator[str]:
    """31-001/31-009 and 31-027: every font embedded and with a ToUnicode map."""
    sedda = set()
    for sida in pdf.pages:
        for namn, typsnitt in (sida.obj.Resources.get("/Font") or {}).items():
            if typsnitt.objgen in sedda:
                continue
            sedda.add(typsnitt.objgen)
            bas = str(typsnitt.get("/BaseFont", namn))
            if "/ToUnicode" not in typsnitt:
                yield f"31-027: typsnittet {bas} saknar ToUnicode"
            underliggande = typsnitt.get("/DescendantFonts", [typsnitt])[0]
            beskrivning = underliggande.get("/FontDescriptor", {})
            if not any(k in beskrivning for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                yield f"31-009: typsnittet {bas} är inte inbäddat"
