"""One meeting's papers as one tagged PDF: kallelse, then per item its parts, in agenda order.

Each part is laid out once by WeasyPrint, with the bundle's footer (item and
continuous page number) laid over its own; the pages of all parts are then
written together, so WeasyPrint tags them into ONE structure tree. Merging
finished PDFs (pypdf, pikepdf) keeps at most the first file's tree (qpdf#490,
pikepdf#461). The page numbers are known beforehand from the parts' own PDFs
(same layout), so each part is laid out once; the kallelse twice, once with
placeholder numbers to count its pages and once with the Sida column filled in.

External PDF attachments cannot be re-rendered: they are appended after the
tagged parts with pikepdf, each page marked as one figure with an alternative
text, so every page still belongs to the structure tree; their inner
accessibility is their author's.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf
from weasyprint import Document

from planer.bygg.skrivning import atomisk
from planer.problem import PlanerFel
from planer.rendering.html import rendera, skriv_samlad_pdf

PLATSHALLARE = 9999  # a page number for the kallelse's first layout


@dataclass(frozen=True)
class Del:
    """One rendered part of an item: its bookmark label, its HTML, and its expected pages.

    `sidor` is the page count of the part's own PDF when the build has just made or
    reused it: the bundle lays the part out alike (only the footer differs), so
    every page number, and the total, is known before anything is laid out.
    """

    etikett: str
    html: str
    sidor: int | None = None


@dataclass
class Punkt:
    """An item with papers: its parts (the tjänsteskrivelse first) and PDF attachments."""

    nr: int
    rubrik: str
    delar: list[Del]
    bilagor: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class Samlad:
    sidor: dict[int, int]  # item number → the page where its papers start
    antal_sidor: int


def _sidfot(etikett: str, forsta_sida: int, totalt: int | None) -> str:
    """The bundle's footer over the part's own: `Ärende 3 · Sida 19 av 33`, continuous.

    A user style sheet to WeasyPrint, so `!important` is what wins over the template's.
    """
    innehall = f'"{etikett} · Sida " counter(page)' + (f' " av {totalt}"' if totalt else "")
    return (
        f"@page:first {{ counter-reset: page {forsta_sida} !important }}\n"
        f"@page {{ @bottom-right {{ content: {innehall} !important }} }}\n"
    )


def _med_prefix(dokument: Document, prefix: str) -> None:
    """Anchors and internal links of one part get a prefix: parts share ids like #ekonomi."""
    for sida in dokument.pages:
        sida.anchors = {f"{prefix}{k}": v for k, v in sida.anchors.items()}
        sida.links = [
            (typ, f"{prefix}{mal}" if typ == "internal" else mal, *rest)
            for typ, mal, *rest in sida.links
        ]


def _bokmarken(dokument: Document, egna: list[tuple], forskjutning: int | None) -> None:
    """Put `egna` (level, label) on the first page; shift the part's own by `forskjutning`.

    None drops the part's own bookmarks (the kallelse's and the memo's headings).
    """
    for i, sida in enumerate(dokument.pages):
        behallna = (
            []
            if forskjutning is None
            else [(niva + forskjutning, *rest) for niva, *rest in sida.bookmarks]
        )
        borja = [(niva, text, (0, 0), "open" if niva == 1 else "closed") for niva, text in egna]
        sida.bookmarks = (borja if i == 0 else []) + behallna


def bygg_samlad(
    arbetsyta: Path,
    kallelse_html: Callable[[dict[int, int]], str],
    punkter: list[Punkt],
    mal: Path,
    titel: str,
) -> Samlad:
    """Render and write the bundle to `mal` (atomically); returns where each item starts.

    Every part is laid out once when its pages are known beforehand; otherwise (or
    if a part came out longer than its own PDF) once more with the counted pages.
    """
    platshallare = {p.nr: PLATSHALLARE for p in punkter}  # as wide as the real numbers
    kallelsesidor = len(rendera(kallelse_html(platshallare), arbetsyta).pages)
    bilagor = [(p, fil, _antal_sidor(fil)) for p in punkter for fil in p.bilagor]
    delar = [(p, j, d) for p in punkter for j, d in enumerate(p.delar)]
    antal = [d.sidor for *_, d in delar]
    for _ in range(2):
        kanda = None not in antal
        totalt = kallelsesidor + sum(antal) + sum(a for *_, a in bilagor) if kanda else None
        renderade, nasta = [], kallelsesidor + 1
        for (punkt, _, del_), forvantat in zip(delar, antal, strict=True):
            d = rendera(del_.html, arbetsyta, _sidfot(f"Ärende {punkt.nr}", nasta, totalt))
            renderade.append(d)
            nasta += forvantat if forvantat is not None else len(d.pages)
        faktiska = [len(d.pages) for d in renderade]
        if faktiska == antal:
            break
        antal = faktiska
    else:
        raise PlanerFel(
            "Sammanträdeshandlingarnas sidor gick inte att räkna ut: en del fick olika längd "
            "varje gång den lades ut.",
            "Kör kommandot igen; rapportera gärna felet om det upprepas.",
        )

    sidor: dict[int, int] = {}
    sida = kallelsesidor + 1
    for (punkt, j, del_), d in zip(delar, renderade, strict=True):
        _med_prefix(d, f"a{punkt.nr}-{j}-")
        if j == 0:
            sidor[punkt.nr] = sida
            _bokmarken(d, [(1, f"{punkt.nr}. {punkt.rubrik}"), (2, del_.etikett)], None)
        else:
            _bokmarken(d, [], 1)
        sida += len(d.pages)
    bilagesidor = []
    for punkt, fil, antal_bilagesidor in bilagor:
        sidor.setdefault(punkt.nr, sida)
        bilagesidor.append((punkt, fil, sida, antal_bilagesidor))
        sida += antal_bilagesidor

    kallelse = rendera(kallelse_html(sidor), arbetsyta, _sidfot("Kallelse", 1, sida - 1))
    if len(kallelse.pages) != kallelsesidor:  # the placeholders are as wide as any number
        raise PlanerFel(
            "Kallelsens föredragningslista fick en annan längd när sidnumren fylldes i.",
            "Kontrollera att Sida-kolumnen i en egen kallelse.html har fast bredd.",
        )
    _med_prefix(kallelse, "k-")
    _bokmarken(kallelse, [(1, "Kallelse med föredragningslista")], None)

    with atomisk(mal) as tmp:
        if not bilagesidor:
            skriv_samlad_pdf([kallelse, *renderade], tmp, titel, arbetsyta)
        else:
            buffert = io.BytesIO()
            skriv_samlad_pdf([kallelse, *renderade], buffert, titel, arbetsyta)
            _lagg_till_bilagor(buffert, bilagesidor, tmp)
    return Samlad(sidor, sida - 1)


def _antal_sidor(fil: Path) -> int:
    try:
        with pikepdf.open(fil) as pdf:
            return len(pdf.pages)
    except pikepdf.PdfError as fel:
        raise PlanerFel(
            f"Bilagan {fil.name} går inte att läsa som PDF ({fel}).",
            "Spara om bilagan som PDF, eller ta bort den ur kolumnen Bilaga.",
        ) from None


def _nr(post: pikepdf.OutlineItem) -> int:
    """The item number of a top bookmark (`3. Ärende`); 0 for the kallelse's."""
    nummer = str(post.title).split(".", 1)[0]
    return int(nummer) if nummer.isdigit() else 0


def _lagg_till_bilagor(buffert: io.BytesIO, bilagesidor: list, mal: Path) -> None:
    """Append the attachments' pages, each a /Figure in the one structure tree."""
    buffert.seek(0)
    with pikepdf.open(buffert) as pdf:
        rot = pdf.Root.StructTreeRoot
        dokument_elem = rot.K if isinstance(rot.K, pikepdf.Dictionary) else rot.K[0]
        if not isinstance(dokument_elem.K, pikepdf.Array):
            dokument_elem.K = pikepdf.Array([dokument_elem.K])
        nums = rot.ParentTree.Nums
        nasta_nyckel = int(rot.get("/ParentTreeNextKey", len(nums) // 2))
        bokmarken = []
        for punkt, fil, forsta, antal in bilagesidor:
            with pikepdf.open(fil) as kalla:
                for i, kallsida in enumerate(kalla.pages):
                    pdf.pages.append(kallsida)
                    sida = pdf.pages[-1]
                    alt = (
                        f"Bilaga till ärende {punkt.nr}: {fil.name}, sida {i + 1} av {antal}. "
                        "Bilagan är inte tillgänglighetsanpassad av planer; läs originalfilen."
                    )
                    elem = pdf.make_indirect(
                        pikepdf.Dictionary(
                            Type=pikepdf.Name.StructElem,
                            S=pikepdf.Name.Figure,
                            P=dokument_elem,
                            Pg=sida.obj,
                            K=0,
                            Alt=pikepdf.String(alt),
                            A=pikepdf.Dictionary(O=pikepdf.Name.Layout, BBox=sida.mediabox),
                        )
                    )
                    dokument_elem.K.append(elem)
                    sida.contents_add(pdf.make_stream(b"/Figure <</MCID 0>> BDC\n"), prepend=True)
                    sida.contents_add(pdf.make_stream(b"\nEMC\n"))
                    sida.obj.StructParents = nasta_nyckel
                    sida.obj.Tabs = pikepdf.Name.S  # PDF/UA: tab order by structure
                    for annotering in sida.obj.get("/Annots", []):  # keys into the source's tree
                        if "/StructParent" in annotering:
                            del annotering.StructParent
                    nums.append(nasta_nyckel)
                    nums.append(pikepdf.Array([elem]))
                    nasta_nyckel += 1
            bokmarken.append((punkt, f"Bilaga: {fil.name}", forsta - 1))
        rot.ParentTreeNextKey = nasta_nyckel
        with pdf.open_outline() as outline:
            for punkt, text, sida in bokmarken:
                etikett = f"{punkt.nr}. {punkt.rubrik}"
                forfader = next((o for o in outline.root if str(o.title) == etikett), None)
                if forfader is None:  # an item whose only papers are attachments
                    forfader = pikepdf.OutlineItem(etikett, sida)
                    senare = [i for i, o in enumerate(outline.root) if _nr(o) > punkt.nr]
                    outline.root.insert(senare[0] if senare else len(outline.root), forfader)
                forfader.children.append(pikepdf.OutlineItem(text, sida))
        pdf.save(mal, deterministic_id=True)
