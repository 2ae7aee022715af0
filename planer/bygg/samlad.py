"""One meeting's papers as one tagged PDF: kallelse, then per item its parts, in agenda order.

Each part is laid out once by WeasyPrint, with the bundle's footer (item and
continuous page number) laid over its own; the pages of all parts are then
written together, so WeasyPrint tags them into ONE structure tree. Merging
finished PDFs (pypdf, pikepdf) keeps at most the first file's tree (qpdf#490,
pikepdf#461). The kallelse is laid out twice: once with placeholder page
numbers to count its pages, once with the föredragningslista's Sida column filled in.

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


@dataclass
class Punkt:
    """An item with papers: its rendered parts (HTML) and its PDF attachments."""

    nr: int
    rubrik: str
    delar: list[tuple[str, str]]  # (bookmark label, HTML); the tjänsteskrivelse first
    bilagor: list[Path] = field(default_factory=list)


@dataclass(frozen=True)
class Samlad:
    sidor: dict[int, int]  # item number → the page where its papers start
    antal_sidor: int
    delar_sidor: list[int]  # pages per part in bundle order (kallelse, parts, attachments)


def _sidfot(etikett: str, forsta_sida: int) -> str:
    """The bundle's footer over the part's own: `Ärende 3 · Sida 19`, continuous.

    A user style sheet to WeasyPrint, so `!important` is what wins over the template's.
    """
    return (
        f"@page:first {{ counter-reset: page {forsta_sida} !important }}\n"
        f'@page {{ @bottom-right {{ content: "{etikett} · Sida " counter(page) !important }} }}\n'
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
    """Render and write the bundle to `mal` (atomically); returns where each item starts."""
    platshallare = {p.nr: PLATSHALLARE for p in punkter}  # as wide as the real numbers
    kallelse = rendera(kallelse_html(platshallare), arbetsyta, _sidfot("Kallelse", 1))
    renderade: list[tuple[Punkt, list[Document]]] = []
    nasta = len(kallelse.pages) + 1
    sidor: dict[int, int] = {}
    for punkt in punkter:
        dokument = []
        for j, (etikett, html) in enumerate(punkt.delar):
            d = rendera(html, arbetsyta, _sidfot(f"Ärende {punkt.nr}", nasta))
            _med_prefix(d, f"a{punkt.nr}-{j}-")
            if j == 0:
                sidor[punkt.nr] = nasta
                _bokmarken(d, [(1, f"{punkt.nr}. {punkt.rubrik}"), (2, etikett)], None)
            else:
                _bokmarken(d, [], 1)
            dokument.append(d)
            nasta += len(d.pages)
        renderade.append((punkt, dokument))
    bilagesidor = []
    for punkt in punkter:
        for bilaga in punkt.bilagor:
            sidor.setdefault(punkt.nr, nasta)
            antal = _antal_sidor(bilaga)
            bilagesidor.append((punkt, bilaga, nasta, antal))
            nasta += antal

    ny = rendera(kallelse_html(sidor), arbetsyta, _sidfot("Kallelse", 1))
    if len(ny.pages) != len(kallelse.pages):  # the placeholders are as wide as any page number
        raise PlanerFel(
            "Kallelsens föredragningslista fick en annan längd när sidnumren fylldes i.",
            "Kontrollera att Sida-kolumnen i en egen kallelse.html har fast bredd.",
        )
    kallelse = ny
    _med_prefix(kallelse, "k-")
    _bokmarken(kallelse, [(1, "Kallelse med föredragningslista")], None)
    delar = [kallelse] + [d for _, dokument in renderade for d in dokument]

    with atomisk(mal) as tmp:
        if not bilagesidor:
            skriv_samlad_pdf(delar, tmp, titel, arbetsyta)
        else:
            buffert = io.BytesIO()
            skriv_samlad_pdf(delar, buffert, titel, arbetsyta)
            _lagg_till_bilagor(buffert, bilagesidor, tmp)
    return Samlad(
        sidor,
        nasta - 1,
        [len(d.pages) for d in delar] + [antal for *_, antal in bilagesidor],
    )


def _antal_sidor(fil: Path) -> int:
    try:
        with pikepdf.open(fil) as pdf:
            return len(pdf.pages)
    except pikepdf.PdfError as fel:
        raise PlanerFel(
            f"Bilagan {fil.name} går inte att läsa som PDF ({fel}).",
            "Spara om bilagan som PDF, eller ta bort den ur kolumnen Bilaga.",
        ) from None


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
                        )
                    )
                    dokument_elem.K.append(elem)
                    sida.contents_add(pdf.make_stream(b"/Figure <</MCID 0>> BDC\n"), prepend=True)
                    sida.contents_add(pdf.make_stream(b"\nEMC\n"))
                    sida.obj.StructParents = nasta_nyckel
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
                    outline.root.append(forfader)
                forfader.children.append(pikepdf.OutlineItem(text, sida))
        pdf.save(mal, deterministic_id=True)
