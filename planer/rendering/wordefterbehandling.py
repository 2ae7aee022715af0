"""What docxtpl leaves undone in a rendered Word document.

Alt text on images, Swedish as the language, table grids that match the cells
after column loops, and a table of contents that shows the headings even in a
reader that never updates fields. Each step works on the document's XML with
python-docx and changes nothing else.
"""

from __future__ import annotations

import hashlib

from docx.document import Document
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.text.paragraph import Paragraph
from lxml import etree

SPRAK = "sv-SE"
_RUBRIKNIVAER = {"heading 1": 1, "heading 2": 2, "heading 3": 3}  # TOC \o "1-3"
_TCPR_ORDNING = {
    qn(f"w:{namn}"): i
    for i, namn in enumerate(
        [
            "cnfStyle",
            "tcW",
            "gridSpan",
            "hMerge",
            "vMerge",
            "tcBorders",
            "shd",
            "noWrap",
            "tcMar",
            "textDirection",
            "tcFitText",
            "vAlign",
            "hideMark",
            "headers",
            "cellIns",
            "cellDel",
            "cellMerge",
            "tcPrChange",
        ]
    )
}


def ratta_egenskapsrelation(doc: Document) -> None:
    """Relate the core properties under the standard type before python-docx looks for them.

    LibreOffice writes an older type name; python-docx would not find the part and
    would add a second docProps/core.xml.
    """
    rels = doc.part.package.rels
    for rid, rel in list(rels.items()):
        if rel.reltype.lower() == RT.CORE_PROPERTIES.lower() or rel.is_external:
            continue
        if rel.reltype.lower().endswith("/metadata/core-properties"):
            rels.pop(rid)
            doc.part.package.relate_to(rel.target_part, RT.CORE_PROPERTIES)


def satt_alt_texter(doc: Document, alt_texter: dict[str, str]) -> None:
    """Word reads an image's alt text from wp:docPr; docxtpl leaves it empty.

    `alt_texter` maps the SHA-1 of an image's PNG bytes to its alt text; images
    of the template itself keep their own.
    """
    delar = [doc.part] + [
        rel.target_part
        for rel in doc.part.rels.values()
        if rel.reltype in (RT.HEADER, RT.FOOTER) and not rel.is_external
    ]
    for del_ in delar:
        for ritning in del_.element.xpath(".//wp:inline | .//wp:anchor"):
            blip = ritning.xpath(".//a:blip/@r:embed")
            if not blip or blip[0] not in del_.related_parts:
                continue
            alt = alt_texter.get(hashlib.sha1(del_.related_parts[blip[0]].blob).hexdigest())
            if alt is None:
                continue
            for element in ritning.xpath("./wp:docPr | .//pic:cNvPr"):
                element.set("descr", alt)
            ritning.xpath("./wp:docPr")[0].set("title", alt)


def satt_sprak(doc: Document) -> None:
    """Swedish as the default language of every run, for spelling and screen readers."""
    element = doc.styles.element
    for namn in ("w:docDefaults", "w:rPrDefault", "w:rPr", "w:lang"):
        barn = element.find(qn(namn))
        if barn is None:
            barn = OxmlElement(namn)
            # docDefaults and rPrDefault come first; lang comes late in rPr
            element.append(barn) if namn == "w:lang" else element.insert(0, barn)
        element = barn
    element.set(qn("w:val"), SPRAK)


def ordna_cellegenskaper(doc: Document) -> None:
    """docxtpl's cellbg puts w:shd first in w:tcPr; Word's schema wants it after w:tcW."""
    for tcpr in doc.element.body.iter(qn("w:tcPr")):
        barn = list(tcpr)
        ordnade = sorted(barn, key=lambda e: _TCPR_ORDNING.get(e.tag, len(_TCPR_ORDNING)))
        if ordnade != barn:
            tcpr[:] = ordnade


def anpassa_tabellrutnat(doc: Document) -> None:
    """Set each table's grid from its cells, shrunk to the text width if too wide.

    docxtpl's {%tc for %} columns repeat cells but leave tblGrid as in the
    template, which LibreOffice and Word's fixed layout follow.
    """
    for tabell, textbredd in _tabeller_med_textbredd(doc):
        rader = [tr.findall(qn("w:tc")) for tr in tabell.findall(qn("w:tr"))]
        if not rader or len({len(celler) for celler in rader}) != 1:
            continue
        if tabell.xpath(".//w:gridSpan"):
            continue  # merged cells: the template's own grid is right
        bredder = [_cellbredd(tc) for tc in rader[0]]
        if None in bredder:
            continue
        faktor = min(1.0, textbredd / sum(bredder)) if textbredd else 1.0
        for celler in rader:
            for tc, bredd in zip(celler, bredder, strict=True):
                tc.tcPr.find(qn("w:tcW")).set(qn("w:w"), str(int(bredd * faktor)))
        rutnat = tabell.find(qn("w:tblGrid"))
        for kolumn in list(rutnat):
            rutnat.remove(kolumn)
        for bredd in bredder:
            kolumn = OxmlElement("w:gridCol")
            kolumn.set(qn("w:w"), str(int(bredd * faktor)))
            rutnat.append(kolumn)


def _cellbredd(tc) -> int | None:
    tcpr = tc.tcPr
    bredd = tcpr.find(qn("w:tcW")) if tcpr is not None else None
    if bredd is None or bredd.get(qn("w:type")) not in (None, "dxa"):
        return None
    return int(float(bredd.get(qn("w:w"), "0"))) or None


def _tabeller_med_textbredd(doc: Document):
    """The body's tables, each with the text width (twips) of the section it is in."""
    vantande = []
    for element in doc.element.body:
        if element.tag == qn("w:tbl"):
            vantande.append(element)
        sektion = element.find(qn("w:pPr") + "/" + qn("w:sectPr"))
        if element.tag == qn("w:sectPr"):
            sektion = element
        if sektion is not None:
            bredd = _textbredd(sektion)
            yield from ((tabell, bredd) for tabell in vantande)
            vantande = []
    yield from ((tabell, None) for tabell in vantande)


def _textbredd(sektion) -> int | None:
    sida, marginal = sektion.find(qn("w:pgSz")), sektion.find(qn("w:pgMar"))
    if sida is None or marginal is None:
        return None
    return (
        int(sida.get(qn("w:w")))
        - int(marginal.get(qn("w:left")))
        - int(marginal.get(qn("w:right")))
    )


def fyll_innehallsforteckning(doc: Document) -> None:
    """Store the headings as the TOC field's result, each linked to its heading.

    Word rebuilds the TOC, with page numbers, on open (updateFields in the
    template); readers that never update fields show these entries.
    """
    falt = _toc_falt(doc)
    if falt is None:
        return
    separator, slut = falt
    forsta, sista = separator.getparent(), slut.getparent()
    for syskon in list(separator.itersiblings()):
        if syskon is slut:
            break
        forsta.remove(syskon)
    if forsta is sista:
        sista = OxmlElement("w:p")
        forsta.addnext(sista)
        for run in [slut, *slut.itersiblings()]:
            sista.append(run)
    else:
        for stycke in list(forsta.itersiblings()):
            if stycke is sista:
                break
            stycke.getparent().remove(stycke)
        for run in list(slut.itersiblings(preceding=True)):
            if run.tag != qn("w:pPr"):
                sista.remove(run)
    forra = forsta
    for post in _poster(doc):
        forra.addnext(post)
        forra = post


def _toc_falt(doc: Document):
    """The separate and end runs of the TOC field, if both are direct children of paragraphs."""
    element = doc.element.body.iter(qn("w:fldChar"), qn("w:instrText"))
    djup, separator = 0, None
    for el in element:
        if el.tag == qn("w:instrText") and djup == 0 and (el.text or "").strip().startswith("TOC"):
            djup = 1
            continue
        if djup == 0 or el.tag != qn("w:fldChar"):
            continue
        typ = el.get(qn("w:fldCharType"))
        if typ == "begin":
            djup += 1
        elif typ == "separate" and djup == 1:
            separator = el.getparent()
        elif typ == "end":
            djup -= 1
            if djup == 0:
                slut = el.getparent()
                if separator is None or not all(
                    r.getparent().tag == qn("w:p") for r in (separator, slut)
                ):
                    return None
                return separator, slut
    return None


def _poster(doc: Document) -> list:
    """One TOC paragraph per heading; each heading gets a bookmark the entry links to."""
    tocstilar = {
        stil.name.lower().removeprefix("toc "): stil.style_id
        for stil in doc.styles
        if (stil.name or "").lower().startswith("toc ")
    }
    nasta_id = 1 + max(
        (int(b.get(qn("w:id"))) for b in doc.element.body.iter(qn("w:bookmarkStart"))),
        default=0,
    )
    # Heading level by style id, looked up once: resolving each paragraph's style by
    # name searches all styles and was a third of the time of a whole Word document.
    rubrikstilar = {
        stil.style_id: _RUBRIKNIVAER[(stil.name or "").lower()]
        for stil in doc.styles
        if (stil.name or "").lower() in _RUBRIKNIVAER
    }
    poster = []
    for p in doc.element.body.iter(qn("w:p")):
        niva = rubrikstilar.get(p.style)
        if niva is None:
            continue
        text = Paragraph(p, doc._body).text.strip()
        if not text:
            continue
        namn = f"_Toc{100000000 + nasta_id}"
        start = OxmlElement("w:bookmarkStart")
        start.set(qn("w:id"), str(nasta_id))
        start.set(qn("w:name"), namn)
        slut = OxmlElement("w:bookmarkEnd")
        slut.set(qn("w:id"), str(nasta_id))
        ppr = p.find(qn("w:pPr"))
        p.insert(0 if ppr is None else p.index(ppr) + 1, start)
        p.append(slut)
        nasta_id += 1
        poster.append(_post(text, namn, tocstilar.get(str(niva))))
    return poster


def _post(text: str, bokmarke: str, stil: str | None) -> etree._Element:
    """A TOC entry linking to its heading; Word adds the page numbers when it updates."""
    stilxml = f'<w:pPr><w:pStyle w:val="{stil}"/></w:pPr>' if stil else ""
    post = parse_xml(
        f"<w:p {nsdecls('w')}>{stilxml}"
        f'<w:hyperlink w:anchor="{bokmarke}" w:history="1">'
        '<w:r><w:t xml:space="preserve"></w:t></w:r>'
        "</w:hyperlink></w:p>"
    )
    post.find(".//" + qn("w:t")).text = text
    return post
