"""Every document type as the accessibility law's tools read it, and the same on any machine.

PDF: the machine-checkable PDF/UA-1 conditions (tests/pdfua.py). HTML: axe-core in
Debian's Chromium, WCAG 2.1 A and AA. Word: the rules of Word's accessibility checker.
And the PDFs have the same bytes and the same fonts whatever the machine has installed.
"""

from __future__ import annotations

import io
import os
import subprocess
import sys
import time
from pathlib import Path

import docx
import pikepdf
import pytest
from click.testing import CliRunner
from conftest import ROT
from docx.oxml.ns import qn
from fontTools.ttLib import TTFont
from pdfua import brister
from weasyprint import HTML
from webblasare import axe_overtradelser, beskriv

from planer import las_arbetsyta
from planer.cli import main
from planer.dokument import DOKUMENTTYPER, MOTESDOKUMENT

# The council and a unit: between them every variant of every default template.
ORGANISATIONER = ("KF", "BUF-ALS")
# A meeting with a document, plain items and a PDF attachment: kallelse, tjänsteskrivelser
# and the bundle (the attachment itself is its author's, and is not checked).
MOTE = ("KF", "2026-04-27")
TYPSNITT = ROT / "mallar" / "typsnitt"
SAMLAD = "sammantradeshandlingar"


def bygg(utdata: Path, *flaggor: str) -> None:
    argument = ["bygg", "--katalog", str(ROT), "--utdata", str(utdata), "--alltid"]
    for org in ORGANISATIONER:
        argument += ["--org", org]
    resultat = CliRunner().invoke(main, [*argument, *flaggor])
    assert resultat.exit_code == 0, resultat.output


@pytest.fixture(scope="module")
def byggt(tmp_path_factory) -> Path:
    utdata = tmp_path_factory.mktemp("tillganglighet")
    bygg(utdata, "--jobb", "1")
    org, datum = MOTE
    argument = ["handlingar", "-k", str(ROT), "--org", org, "--datum", datum]
    resultat = CliRunner().invoke(main, [*argument, "--utdata", str(utdata), "--jobb", "1"])
    assert resultat.exit_code == 0, resultat.output
    return utdata


def dokumenttyp(fil: Path) -> str | None:
    """The document type a generated file is, or None for a copy or an attachment."""
    if fil.parent.name in DOKUMENTTYPER:
        return fil.parent.name
    if fil.stem == SAMLAD:
        return SAMLAD
    typ = fil.stem.rsplit("-", 1)[-1]
    return typ if typ in MOTESDOKUMENT else None


def filer(utdata: Path, format_: str) -> list[Path]:
    """Every generated document in the format, each type present (none missed)."""
    hittade = [f for f in sorted(utdata.rglob(f"*.{format_}")) if dokumenttyp(f)]
    vantade = {*DOKUMENTTYPER, *MOTESDOKUMENT} | ({SAMLAD} if format_ == "pdf" else set())
    assert {dokumenttyp(f) for f in hittade} == vantade
    return hittade


# --- PDF/UA-1 --------------------------------------------------------------------------


def test_varje_pdf_klarar_pdfua_villkoren(byggt):
    fel = {str(f.relative_to(byggt)): brister(f) for f in filer(byggt, "pdf")}
    assert not any(fel.values()), {namn: b[:5] for namn, b in fel.items() if b}


def test_pdfua_kontrollen_hittar_det_weasyprint_lamnar(tmp_path):
    """The checks can fail: an untagged PDF, and WeasyPrint's own PDF/UA before planer mends it."""
    html = (
        '<html lang="sv"><title>Prov</title><style>@page { @bottom-right {'
        ' content: "Sida " counter(page) } }</style><h1>Rubrik</h1><h3>För djup</h3>'
        "<table><tr><td>1</td></tr></table><img src='data:image/png;base64,"
        "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGNgYGD4DwABBAEAwS2OUAAAAABJRU5ErkJggg=='>"
    )
    otaggad, weasyprint = tmp_path / "otaggad.pdf", tmp_path / "ua.pdf"
    HTML(string=html).write_pdf(otaggad)
    HTML(string=html).write_pdf(weasyprint, pdf_variant="pdf/ua-1")
    utan = " ".join(brister(otaggad))
    assert all(k in utan for k in ("01-001", "06-001", "07-002", "06-002", "01-005"))
    med = " ".join(brister(weasyprint))
    for villkor in ("01-004", "14-003", "15-003", "13-004"):  # header, h1→h3, no TH, no alt
        assert villkor in med, med


# --- Fonts and bytes ------------------------------------------------------------------


def test_inget_tecken_tas_fran_systemets_typsnitt(byggt):
    """Every font embedded in every PDF is one of mallar/typsnitt/, none of the system's."""
    egna = {_familj(TTFont(f)) for f in TYPSNITT.glob("*.ttf")}
    for fil in filer(byggt, "pdf"):
        with pikepdf.open(fil) as pdf:
            for objekt in pdf.objects:
                if isinstance(objekt, pikepdf.Stream) and "/Length1" in objekt.stream_dict:
                    familj = _familj(TTFont(io.BytesIO(objekt.read_bytes())))
                    assert familj in egna, f"{fil.name}: typsnittet {familj} finns inte i mallar/"


def _familj(typsnitt: TTFont) -> str:
    return typsnitt["name"].getDebugName(1)


def test_samma_bytes_pa_en_ny_maskin_med_en_och_tva_arbetare(tmp_path):
    """Without libharfbuzz-subset, one worker and two, a second apart: the same PDFs, bundle too.

    Without the library WeasyPrint subsets fonts with fontTools, which would write
    the time of the build into each font. The sitecustomize below makes every
    process of the build, workers too, behave as on such a machine.
    """
    utan = tmp_path / "utan_harfbuzz_subset"
    utan.mkdir()
    (utan / "sitecustomize.py").write_text(
        "import weasyprint.pdf.fonts, weasyprint.text.ffi\n"
        "weasyprint.text.ffi.harfbuzz_subset = weasyprint.pdf.fonts.harfbuzz_subset = None\n"
    )
    miljo = {**os.environ, "PYTHONPATH": os.pathsep.join([str(utan), *sys.path])}
    miljo.pop("SOURCE_DATE_EPOCH", None)

    def bygg_pa_ny_maskin(utdata: Path, arbetare: str) -> dict[Path, bytes]:
        planer = [sys.executable, "-m", "planer"]
        gemensamt = ["--katalog", str(ROT), "--utdata", str(utdata), "--jobb", arbetare]
        organisationer = [f for org in ORGANISATIONER for f in ("--org", org)]
        org, datum = MOTE
        for argument in (
            [*planer, "bygg", *gemensamt, "--format", "pdf", *organisationer],
            [*planer, "handlingar", *gemensamt, "--org", org, "--datum", datum],
        ):
            subprocess.run(argument, env=miljo, check=True, capture_output=True, timeout=600)
        return {f.relative_to(utdata): f.read_bytes() for f in filer(utdata, "pdf")}

    forsta = bygg_pa_ny_maskin(tmp_path / "en", "1")
    time.sleep(1.1)  # another second on the clock that fontTools would read
    andra = bygg_pa_ny_maskin(tmp_path / "tva", "2")
    assert forsta.keys() == andra.keys()
    assert [f for f in forsta if forsta[f] != andra[f]] == []


# --- HTML in a real browser -----------------------------------------------------------


def test_html_har_inga_wcag_overtradelser_i_chromium(byggt, chromium):
    """axe-core finds no WCAG 2.1 A/AA violation; a screenshot of each type is kept to look at."""
    bilder = byggt / "skarmbilder"
    bilder.mkdir(exist_ok=True)
    sida = chromium.new_page(viewport={"width": 1280, "height": 900})
    fel = {}
    for fil in filer(byggt, "html"):
        sida.goto(fil.as_uri())
        namn = str(fil.relative_to(byggt))
        sida.screenshot(path=bilder / f"{namn.replace('/', '-')}.png", full_page=True)
        if overtradelser := axe_overtradelser(sida):
            fel[namn] = beskriv(overtradelser)
    sida.close()
    assert not fel, "\n".join(f"{namn}:\n{text}" for namn, text in fel.items())


# --- Word, as Word's accessibility checker reads it -----------------------------------


def test_word_klarar_tillganglighetskontrollens_regler(byggt, exempel):
    statusfarger = {
        v.farg.lstrip("#").upper(): v.etikett for v in exempel.installningar.status.values()
    }
    for fil in filer(byggt, "docx"):
        namn = str(fil.relative_to(byggt))
        dokument = docx.Document(fil)
        assert dokument.core_properties.title.strip(), f"{namn}: ingen dokumenttitel"
        sprak = dokument.styles.element.find(f".//{qn('w:docDefaults')}//{qn('w:lang')}")
        assert sprak is not None and sprak.get(qn("w:val")) == "sv-SE", f"{namn}: inget språk"
        for bild in dokument.element.body.iter(qn("wp:docPr")):
            assert (bild.get("descr") or "").strip(), f"{namn}: en bild utan alternativtext"
        for tabell in dokument.tables:
            forsta = tabell.rows[0]._tr
            assert forsta.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None, (
                f"{namn}: tabellen {tabell.rows[0].cells[0].text!r} saknar upprepad rubrikrad"
            )
            tomma = [c for r in tabell.rows for c in r.cells if not c.text.strip()]
            assert not tomma, f"{namn}: tomma celler i tabellen {tabell.rows[0].cells[0].text!r}"
        nivaer = [
            int(p.style.name.rsplit(" ", 1)[1])
            for p in dokument.paragraphs
            if p.style.name.startswith("Heading ")
        ]
        for forra, denna in zip([1, *nivaer], nivaer, strict=False):
            assert denna <= forra + 1, f"{namn}: Heading {denna} efter Heading {forra}"
        for stycke in _alla_stycken(dokument):
            for kortext in stycke.iter(qn("w:r")):
                farg = kortext.find(f"{qn('w:rPr')}/{qn('w:color')}")
                etikett = (
                    statusfarger.get((farg.get(qn("w:val")) or "").upper())
                    if farg is not None
                    else None
                )
                if etikett and "".join(t.text or "" for t in kortext.iter(qn("w:t"))).strip():
                    text = "".join(t.text or "" for t in stycke.iter(qn("w:t")))
                    assert etikett in text, f"{namn}: status bara med färg i {text!r}"


def _alla_stycken(dokument):
    return dokument.element.body.iter(qn("w:p"))


def test_exemplets_installningar_ger_lasbara_statusfarger():
    """The example's status colours pass the contrast check planer kontrollera makes."""
    assert not [p for p in las_arbetsyta(ROT).problem if "kontrasten" in p.meddelande]
