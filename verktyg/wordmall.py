"""Building blocks for Word templates: styles, header and footer, fields, tables.

Used by skapa_wordmallar.py. Everything here writes ordinary Word structures
(built-in heading styles, complex fields, header rows) that staff can edit in
Word, plus docxtpl's tags where a row, cell or paragraph repeats.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from dataclasses import dataclass
from pathlib import Path

from docx import Document
from docx.document import Document as Dokument
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

FAST_TID = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)
ZIPTID = (2026, 1, 1, 0, 0, 0)

TYPSNITT = "Source Sans 3"  # the font bundled in mallar/typsnitt/ for HTML and PDF
MORKBLA = RGBColor(0x1B, 0x3A, 0x5C)
GRA_TEXT = RGBColor(0x55, 0x5E, 0x6B)
RUBRIKFALT = "E6EBF1"  # header row fill
MALRAD = "F3F5F8"  # goal rows in the scorecard
LINJE = "B8C0CC"
TUNN_LINJE = "D9DEE5"

TEXTBREDD = 16.0  # cm, A4 portrait
BELOPP = 2.3  # cm, an amount column
STAND = (Cm(21.0), Cm(29.7))
STANDSMARGINAL = Cm(2.5)
LIGGANDE_MARGINAL = Cm(1.8)


# ---------------------------------------------------------------------------
# Document, styles, header and footer
# ---------------------------------------------------------------------------


def ny_mall(titel: str, liggande: bool = False) -> Dokument:
    doc = Document()
    sektion = doc.sections[0]
    bredd, hojd = STAND
    marginal = LIGGANDE_MARGINAL if liggande else STANDSMARGINAL
    if liggande:
        sektion.orientation = WD_ORIENT.LANDSCAPE
        bredd, hojd = hojd, bredd
    sektion.page_width, sektion.page_height = bredd, hojd
    sektion.left_margin = sektion.right_margin = marginal
    sektion.top_margin, sektion.bottom_margin = Cm(2.5), Cm(2.2)
    sektion.header_distance = sektion.footer_distance = Cm(1.1)
    _stilar(doc)
    _installningar(doc)
    _sidhuvud_och_sidfot(doc)
    # Parts of python-docx's default template that only Word 2010 reads, or that mislead
    for rels, typ in ((doc.part.rels, "/stylesWithEffects"), (doc.part.package.rels, "/thumbnail")):
        for rid in [rid for rid, rel in rels.items() if rel.reltype.endswith(typ)]:
            rels.pop(rid)
    egenskaper = doc.core_properties
    egenskaper.title = titel
    egenskaper.comments = ""
    egenskaper.author = "planer"
    egenskaper.last_modified_by = "planer"
    egenskaper.language = "sv-SE"
    egenskaper.revision = 1
    egenskaper.created = egenskaper.modified = FAST_TID
    return doc


def textbredd(doc: Dokument) -> float:
    sektion = doc.sections[0]
    return (sektion.page_width - sektion.left_margin - sektion.right_margin) / 360000


def _stilar(doc: Dokument) -> None:
    rot = doc.styles.element
    for rfonts in rot.iter(qn("w:rFonts")):
        rfonts.getparent().remove(rfonts)
    for farg in rot.iter(qn("w:color")):
        for attr in ("w:themeColor", "w:themeShade", "w:themeTint"):
            farg.attrib.pop(qn(attr), None)
    standard = rot.find(qn("w:docDefaults")).find(qn("w:rPrDefault")).find(qn("w:rPr"))
    rfonts = OxmlElement("w:rFonts")
    for attr in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        rfonts.set(qn(attr), TYPSNITT)
    standard.insert(0, rfonts)
    sprak = standard.find(qn("w:lang"))
    sprak.attrib.clear()
    sprak.set(qn("w:val"), "sv-SE")
    _typsnittstabell(doc)

    normal = doc.styles["Normal"]
    normal.font.size = Pt(10.5)
    normal.font.color.rgb = RGBColor(0x1F, 0x23, 0x28)
    normal.paragraph_format.space_after = Pt(6)
    normal.paragraph_format.line_spacing = 1.15

    for niva, storlek, fore, efter in ((1, 18, 20, 8), (2, 14, 16, 6), (3, 12, 14, 4)):
        stil = doc.styles[f"Heading {niva}"]
        stil.font.size = Pt(storlek)
        stil.font.bold = True
        stil.font.color.rgb = MORKBLA
        stil.paragraph_format.space_before = Pt(fore)
        stil.paragraph_format.space_after = Pt(efter)
        stil.paragraph_format.keep_with_next = True
        stil.paragraph_format.line_spacing = 1.05

    titel = doc.styles["Title"]
    titel.font.size = Pt(32)
    titel.font.bold = True
    titel.font.color.rgb = MORKBLA
    titel.paragraph_format.space_after = Pt(10)
    _ta_bort_kantlinje(titel)
    undertitel = doc.styles["Subtitle"]
    undertitel.font.size = Pt(16)
    undertitel.font.italic = False
    undertitel.font.color.rgb = GRA_TEXT
    undertitel.paragraph_format.space_after = Pt(6)
    sparrning = undertitel.element.rPr.find(qn("w:spacing"))
    if sparrning is not None:
        undertitel.element.rPr.remove(sparrning)  # letter-spaced in the default template

    for namn in ("Header", "Footer"):
        stil = doc.styles[namn]
        stil.font.size = Pt(9)
        stil.font.color.rgb = GRA_TEXT
        stil.paragraph_format.tab_stops.clear_all()
        stil.paragraph_format.tab_stops.add_tab_stop(Cm(textbredd(doc)), WD_TAB_ALIGNMENT.RIGHT)

    def stil(namn: str, storlek: float, **kw) -> None:
        ny = doc.styles.add_style(namn, WD_STYLE_TYPE.PARAGRAPH)
        ny.style_id = namn.translate(str.maketrans("åäöÅÄÖ", "aaoAAO"))  # as Word writes ids
        ny.base_style = doc.styles["Normal"]
        ny.quick_style = True
        ny.font.size = Pt(storlek)
        ny.font.bold = kw.get("fet", False)
        ny.font.italic = kw.get("kursiv", False)
        if "farg" in kw:
            ny.font.color.rgb = kw["farg"]
        format_ = ny.paragraph_format
        format_.space_before = Pt(kw.get("fore", 0))
        format_.space_after = Pt(kw.get("efter", 0))
        format_.line_spacing = kw.get("radavstand", 1.0)
        format_.keep_with_next = kw.get("hall_ihop", False)

    stil("Tabelltext", 9.5)
    stil("Tabellrubrik", 9.5, fet=True, farg=MORKBLA, hall_ihop=True)
    stil("Hjälptext", 8.5, farg=GRA_TEXT)
    stil("Mellanrubrik", 10.5, fet=True, farg=MORKBLA, fore=10, efter=4, hall_ihop=True)
    stil("Försättsblad", 14, fet=True, farg=MORKBLA, efter=6)
    stil("Vision", 13, kursiv=True, farg=MORKBLA, fore=150, radavstand=1.25)
    stil("Innehållsrubrik", 18, fet=True, farg=MORKBLA, efter=12)
    for niva in (1, 2, 3):
        toc = doc.styles.add_style(f"toc {niva}", WD_STYLE_TYPE.PARAGRAPH)
        toc.base_style = doc.styles["Normal"]
        toc.font.bold = niva == 1
        format_ = toc.paragraph_format
        format_.left_indent = Cm(0.6 * (niva - 1))
        format_.space_before = Pt(6 if niva == 1 else 0)
        format_.space_after = Pt(2)
        format_.tab_stops.add_tab_stop(Cm(textbredd(doc)), WD_TAB_ALIGNMENT.RIGHT, 1)  # dots


def _ta_bort_kantlinje(stil) -> None:
    ppr = stil.element.find(qn("w:pPr"))
    if ppr is not None and ppr.find(qn("w:pBdr")) is not None:
        ppr.remove(ppr.find(qn("w:pBdr")))


def _typsnittstabell(doc: Dokument) -> None:
    """Declare the font a sans serif, so Word substitutes a similar one where it is missing."""
    tabell = next(
        rel.target_part for rel in doc.part.rels.values() if rel.reltype.endswith("/fontTable")
    )
    rot = etree.fromstring(tabell.blob)
    font = OxmlElement("w:font")
    font.set(qn("w:name"), TYPSNITT)
    for namn, varde in (
        ("w:altName", "Source Sans Pro"),
        ("w:family", "swiss"),
        ("w:pitch", "variable"),
    ):
        element = OxmlElement(namn)
        element.set(qn("w:val"), varde)
        font.append(element)
    rot.insert(0, font)
    tabell._blob = etree.tostring(rot, xml_declaration=True, encoding="UTF-8", standalone=True)


def _installningar(doc: Dokument) -> None:
    """Swedish language and separators; Word updates the fields (TOC, pages) on open."""
    rot = doc.settings.element
    for namn in ("w:updateFields", "w:decimalSymbol", "w:listSeparator"):
        for gammal in rot.findall(qn(namn)):
            rot.remove(gammal)
    uppdatera = OxmlElement("w:updateFields")
    uppdatera.set(qn("w:val"), "true")
    rot.find(qn("w:compat")).addprevious(uppdatera)
    rot.find(qn("w:themeFontLang")).set(qn("w:val"), "sv-SE")
    for namn, varde in (("w:decimalSymbol", ","), ("w:listSeparator", ";")):
        element = OxmlElement(namn)
        element.set(qn("w:val"), varde)
        rot.find(qn("w14:docId")).addprevious(element)  # schema order: last before w14


def _sidhuvud_och_sidfot(doc: Dokument) -> None:
    sektion = doc.sections[0]
    sektion.different_first_page_header_footer = True  # no header on the cover
    sektion.first_page_header.is_linked_to_previous = False
    sektion.first_page_footer.is_linked_to_previous = False
    huvud = sektion.header.paragraphs[0]
    huvud.add_run("{{ organisation.namn }}")
    huvud.add_run("\t{{ dokument.titel }}")
    kantlinje(huvud, "bottom", LINJE)

    fot = sektion.footer.paragraphs[0]
    fot.add_run("{{ kommun.namn }}\tSida ")
    falt(fot, "PAGE", "1")
    fot.add_run(" av ")
    falt(fot, "NUMPAGES", "1")


# ---------------------------------------------------------------------------
# Low-level helpers: fields, borders, shading
# ---------------------------------------------------------------------------


def falt(stycke: Paragraph, instruktion: str, platshallare: str) -> None:
    """A complex field: Word and LibreOffice compute it; the placeholder shows until then."""

    def fldchar(typ: str) -> None:
        run = stycke.add_run()
        tecken = OxmlElement("w:fldChar")
        tecken.set(qn("w:fldCharType"), typ)
        if typ == "begin":
            tecken.set(qn("w:dirty"), "true")
        run._r.append(tecken)

    fldchar("begin")
    run = stycke.add_run()
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruktion} "
    run._r.append(instr)
    fldchar("separate")
    stycke.add_run(platshallare)
    fldchar("end")


def kantlinje(stycke: Paragraph, sida: str, farg: str, storlek: int = 6) -> None:
    ppr = stycke._p.get_or_add_pPr()
    pbdr = OxmlElement("w:pBdr")
    linje = OxmlElement(f"w:{sida}")
    for attr, varde in (("val", "single"), ("sz", str(storlek)), ("space", "4"), ("color", farg)):
        linje.set(qn(f"w:{attr}"), varde)
    pbdr.append(linje)
    ppr.insert_element_before(
        pbdr, "w:shd", "w:tabs", "w:spacing", "w:ind", "w:jc", "w:outlineLvl", "w:rPr"
    )


def _skugga(cell: _Cell, fyllning: str) -> None:
    tcpr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fyllning)
    tcpr.append(shd)


def _tabellkanter(tabell: Table) -> None:
    """Calm lines: a frame above and below, thin lines between rows, none between columns."""
    tblpr = tabell._tbl.tblPr
    kanter = OxmlElement("w:tblBorders")
    for sida, farg, storlek in (
        ("top", LINJE, 6),
        ("left", None, 0),
        ("bottom", LINJE, 6),
        ("right", None, 0),
        ("insideH", TUNN_LINJE, 4),
        ("insideV", None, 0),
    ):
        linje = OxmlElement(f"w:{sida}")
        linje.set(qn("w:val"), "single" if farg else "nil")
        if farg:
            linje.set(qn("w:sz"), str(storlek))
            linje.set(qn("w:space"), "0")
            linje.set(qn("w:color"), farg)
        kanter.append(linje)
    tblpr.insert_element_before(kanter, "w:shd", "w:tblLayout", "w:tblCellMar", "w:tblLook")
    marginaler = OxmlElement("w:tblCellMar")
    for sida, varde in (("top", 45), ("left", 85), ("bottom", 45), ("right", 85)):
        m = OxmlElement(f"w:{sida}")
        m.set(qn("w:w"), str(varde))
        m.set(qn("w:type"), "dxa")
        marginaler.append(m)
    tblpr.insert_element_before(marginaler, "w:tblLook", "w:tblCaption", "w:tblDescription")


def _radegenskap(rad, namn: str) -> None:
    trpr = rad._tr.get_or_add_trPr()
    trpr.append(OxmlElement(f"w:{namn}"))


# ---------------------------------------------------------------------------
# Content helpers
# ---------------------------------------------------------------------------


def stycke(behallare, text: str = "", stil: str | None = None) -> Paragraph:
    """A paragraph in a document or a table cell (whose first paragraph is reused)."""
    if isinstance(behallare, _Cell) and len(behallare.paragraphs) == 1 and not behallare.text:
        p = behallare.paragraphs[0]
        if stil:
            p.style = stil
        if text:
            p.add_run(text)
        return p
    return behallare.add_paragraph(text, stil)


def tagg(behallare, tagg_: str) -> Paragraph:
    """A paragraph holding only a docxtpl tag such as {%p if … %}; it disappears on rendering."""
    return stycke(behallare, tagg_, "Hjälptext")


def rubrik(doc: Dokument, text: str, niva: int) -> Paragraph:
    return doc.add_paragraph(text, f"Heading {niva}")


@dataclass
class Kolumn:
    """One table column: header text, cell content and width; all may hold Jinja tags.

    `cell` lines after the first are shown as small grey help text; a line given
    as (condition, text) is left out when the condition is false. `status` is the
    Jinja expression of a status: the cell gets its colour, symbol and label.
    `slinga` repeats the column: (loop in the header row, loop in the body row).
    """

    rubrik: str
    cell: str | list[str | tuple[str, str]] = ""
    bredd: float = 3.0
    tal: bool = False
    status: str | None = None
    slinga: tuple[str, str] | None = None


def statustext(uttryck: str) -> str:
    """docxtpl's cellbg colours the cell; symbol and label say the same in words."""
    farg = f"{uttryck}.farg|replace('#', '')"
    return f"{{% cellbg {farg} %}}{{{{ {uttryck}.symbol }}}} {{{{ {uttryck}.etikett }}}}"


def tabell(
    behallare,
    kolumner: list[Kolumn],
    slinga: str | None,
    summarader: list[list[str]] = (),
    malrad: tuple[list[str], str] | None = None,
    hall_ihop: bool = False,
) -> Table:
    """A table: header row (repeated on every page), a row per item of `slinga`, sum rows.

    Without `slinga` the body is a single row. `malrad` is (cells, inner loop):
    a row per item of `slinga`, each followed by a row per item of the inner loop.
    `hall_ihop` keeps a short table on one page.
    """
    celler: list[tuple[Kolumn, str | None]] = []
    for k in kolumner:
        celler += [(k, "for"), (k, None), (k, "endfor")] if k.slinga else [(k, None)]
    tab = behallare.add_table(rows=0, cols=len(celler))
    tab.alignment = WD_TABLE_ALIGNMENT.LEFT
    _tabellkanter(tab)
    bredder = [Cm(0.4 if kontroll else k.bredd) for k, kontroll in celler]
    for kolumn, bredd in zip(tab.columns, bredder, strict=True):
        kolumn.width = bredd

    def ny_rad(rubrikrad: bool = False):
        rad = tab.add_row()
        _radegenskap(rad, "cantSplit")
        if rubrikrad:
            _radegenskap(rad, "tblHeader")
        for cell, bredd in zip(rad.cells, bredder, strict=True):
            cell.width = bredd
        return rad

    for cell, (k, kontroll) in zip(ny_rad(rubrikrad=True).cells, celler, strict=True):
        _skugga(cell, RUBRIKFALT)
        text = k.rubrik
        if kontroll:
            text = f"{{%tc for {k.slinga[0]} %}}" if kontroll == "for" else "{%tc endfor %}"
        p = stycke(cell, text, "Tabellrubrik")
        if k.tal and not kontroll:
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT

    def slingrad(text: str) -> None:
        stycke(ny_rad().cells[0], text, "Hjälptext")

    def innehallsrad(texter: list, fet: bool = False, fyllning: str | None = None) -> None:
        for cell, (k, kontroll), text in zip(ny_rad().cells, celler, texter, strict=True):
            if fyllning:
                _skugga(cell, fyllning)
            rader = [text] if isinstance(text, str) else text
            status = rader[0].startswith("{% cellbg")
            for j, rad in enumerate(rader):
                villkor, radtext = rad if isinstance(rad, tuple) else (None, rad)
                if villkor:
                    tagg(cell, f"{{%p if {villkor} %}}")
                p = stycke(cell, "", "Tabelltext" if j == 0 else "Hjälptext")
                run = p.add_run(radtext)
                run.bold = True if fet or status else None
                if status:
                    run.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
                if k.tal and not kontroll:
                    p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
                if villkor:
                    tagg(cell, "{%p endif %}")

    def celltext(k: Kolumn, kontroll: str | None) -> str | list[str]:
        if kontroll:
            return f"{{%tc for {k.slinga[1]} %}}" if kontroll == "for" else "{%tc endfor %}"
        if k.status:
            rader = [k.cell] if isinstance(k.cell, str) else k.cell
            return [statustext(k.status), *(rad for rad in rader if rad)]
        return k.cell

    if slinga:
        slingrad(f"{{%tr for {slinga} %}}")
    if malrad:
        innehallsrad(malrad[0], fet=True, fyllning=MALRAD)
        slingrad(f"{{%tr for {malrad[1]} %}}")
    innehallsrad([celltext(k, kontroll) for k, kontroll in celler])
    if malrad:
        slingrad("{%tr endfor %}")
    if slinga:
        slingrad("{%tr endfor %}")
    for summa in summarader:
        innehallsrad(summa, fet=True)
    if hall_ihop:
        for rad in tab.rows[:-1]:
            for cell in rad.cells:
                for p in cell.paragraphs:
                    p.paragraph_format.keep_with_next = True
    return tab


def med_tom_text(doc: Dokument, villkor: str, tom_text: str, innehall) -> None:
    """{%p if villkor %} content {%p else %} a short sentence {%p endif %}."""
    tagg(doc, f"{{%p if {villkor} %}}")
    innehall()
    tagg(doc, "{%p else %}")
    stycke(doc, tom_text)
    tagg(doc, "{%p endif %}")


# ---------------------------------------------------------------------------
# Writing
# ---------------------------------------------------------------------------


def spara(doc: Dokument, fil: Path) -> None:
    """Save with fixed zip timestamps so that the same script gives the same bytes."""
    buffert = io.BytesIO()
    doc.save(buffert)
    with zipfile.ZipFile(buffert) as zin, zipfile.ZipFile(fil, "w", zipfile.ZIP_DEFLATED) as zout:
        for namn in zin.namelist():
            zout.writestr(zipfile.ZipInfo(namn, ZIPTID), zin.read(namn), zipfile.ZIP_DEFLATED)
