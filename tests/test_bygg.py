"""End to end: `planer bygg` on the example, every body, every document type, every format,
read back as a reader would see them (python-docx, a PDF text extractor, the HTML)."""

from __future__ import annotations

import re
import shutil
import subprocess
import time
from html.parser import HTMLParser
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from docx import Document
from pypdf import PdfReader
from systemprogram import libreoffice

from planer import Bedomare, las_arbetsyta
from planer.bygg import filnamn
from planer.cli import main
from planer.dokument import DOKUMENTTYPER, standardperiod

SVART_MAL = "BUN-1"
SVAR_TEXT = ' & <fler> "behöriga" elever'  # must survive in every format


@pytest.fixture(scope="module")
def byggt(tmp_path_factory):
    """The example with one hostile goal text, built once in all formats."""
    katalog = tmp_path_factory.mktemp("bygg") / "kommun"
    runner = CliRunner()
    assert runner.invoke(main, ["ny", str(katalog)]).exit_code == 0
    bok = openpyxl.load_workbook(katalog / "indata" / "styrning.xlsx")
    flik = bok["Mål"]
    for rad in flik.iter_rows(min_row=2):
        if rad[0].value == SVART_MAL:
            rad[4].value += SVAR_TEXT
    bok.save(katalog / "indata" / "styrning.xlsx")

    start = time.perf_counter()
    resultat = runner.invoke(main, ["bygg", "--katalog", str(katalog)])
    print(f"\nplaner bygg av exemplet: {time.perf_counter() - start:.1f} s")
    assert resultat.exit_code == 0, resultat.output
    inlasning = las_arbetsyta(katalog)
    return katalog, inlasning, resultat.output


def normalisera(text: str) -> str:
    """Collapse line breaks and spaces, but keep non-breaking spaces: they are asserted on."""
    return re.sub(r"[ \t\r\n\f\v]+", " ", text.replace("\u00ad", "")).strip()


def docx_text(fil: Path) -> str:
    dokument = Document(str(fil))
    delar = [p.text for p in dokument.paragraphs]
    stack = list(dokument.tables)
    while stack:
        tabell = stack.pop()
        for rad in tabell.rows:
            for cell in rad.cells:
                delar += [p.text for p in cell.paragraphs]
                stack += cell.tables
    for sektion in dokument.sections:
        delar += [p.text for p in sektion.header.paragraphs]
    return normalisera("\n".join(delar))


def pdf_text(fil: Path) -> str:
    """Without any white space: a PDF breaks lines anywhere (e.g. after "7–"), and a text
    extractor cannot tell a non-breaking space from a space there."""
    text = "".join(sida.extract_text() or "" for sida in PdfReader(fil).pages)
    return re.sub(r"\s+", "", text)


def finns_i(sokt: str, text: str, format_: str) -> bool:
    return (re.sub(r"\s+", "", sokt) if format_ == "pdf" else normalisera(sokt)) in text


class _Text(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.delar: list[str] = []

    def handle_data(self, data: str) -> None:
        self.delar.append(data)


def html_text(fil: Path) -> str:
    parser = _Text()
    parser.feed(fil.read_text(encoding="utf-8"))
    return normalisera(" ".join(parser.delar))


LASARE = {"docx": docx_text, "pdf": pdf_text, "html": html_text}


def fil_for(katalog: Path, inlasning, typ: str, org_id: str, format_: str) -> Path:
    period = standardperiod(inlasning, typ)
    namn = filnamn(org_id, inlasning.modell.organisationer[org_id].namn)
    return katalog / "utdata" / str(period) / typ / f"{namn}.{format_}"


def test_alla_dokument_byggs_for_alla_organisationer(byggt):
    katalog, inlasning, utskrift = byggt
    saknas = [
        fil
        for typ in DOKUMENTTYPER
        for org_id in inlasning.modell.organisationer
        for format_ in LASARE
        if not (fil := fil_for(katalog, inlasning, typ, org_id, format_)).is_file()
    ]
    assert not saknas, saknas[:5]
    dokument = len(DOKUMENTTYPER) * len(inlasning.modell.organisationer)
    filer = dokument * len(LASARE)
    assert f"{dokument} dokument byggda ({filer} filer), 0 oförändrade, 0 misslyckade" in utskrift
    assert not list((katalog / "utdata").rglob("*.tmp"))


@pytest.mark.parametrize("format_", list(LASARE))
@pytest.mark.parametrize("typ", DOKUMENTTYPER)
def test_varje_organisations_mal_matetal_och_status_syns(byggt, typ, format_):
    """Per body: each goal text, measure name and goal status label is in the document."""
    katalog, inlasning, _ = byggt
    modell = inlasning.modell
    period = standardperiod(inlasning, typ)
    bedomare = Bedomare(modell, inlasning.installningar.bedomning)
    saknas = []
    for org_id in modell.organisationer:
        text = LASARE[format_](fil_for(katalog, inlasning, typ, org_id, format_))
        for mal in modell.mal_for(org_id):
            if not mal.galler(period.ar):
                continue
            if not finns_i(mal.text, text, format_):
                saknas.append((org_id, "mål", mal.text))
            for matetal in modell.matetal_for(mal.id):
                if not finns_i(matetal.namn, text, format_):
                    saknas.append((org_id, "mätetal", matetal.namn))
            if typ != "verksamhetsplan":  # a plan shows the latest assessment before its year
                etikett = inlasning.installningar.status[
                    bedomare.mal(mal.id, period).status
                ].etikett
                if not finns_i(etikett, text, format_):
                    saknas.append((org_id, "status", etikett))
    assert not saknas, saknas[:10]


@pytest.mark.parametrize("format_", list(LASARE))
def test_svar_maltext_overlever_exakt(byggt, format_):
    katalog, inlasning, _ = byggt
    mal = inlasning.modell.mal[SVART_MAL]
    assert mal.text.endswith(SVAR_TEXT)
    for typ in DOKUMENTTYPER:
        text = LASARE[format_](fil_for(katalog, inlasning, typ, mal.organisation, format_))
        assert finns_i(mal.text, text, format_), typ
        assert "&amp;" not in text and "&lt;" not in text


@pytest.mark.parametrize("format_", ["docx", "html"])
def test_tal_skrivs_pa_svenska(byggt, format_):
    katalog, inlasning, _ = byggt
    text = LASARE[format_](fil_for(katalog, inlasning, "arsredovisning", "KF", format_))
    assert re.search(r"\d\u00a0\d{3}\b", text), "thousands with a non-breaking space"
    assert re.search(r"\d,\d\u00a0%", text), "decimal comma and a non-breaking space before %"
    assert not re.search(r"\d\.\d\s?%", text), "no decimal point"


def test_tal_i_pdf_har_decimalkomma(byggt):
    katalog, inlasning, _ = byggt
    text = pdf_text(fil_for(katalog, inlasning, "arsredovisning", "KF", "pdf"))
    assert re.search(r"\d,\d%", text) and not re.search(r"\d\.\d%", text)


def test_varje_pdf_ar_taggad_med_sprak_och_titel(byggt):
    """PDF/UA basics for every PDF of the example: structure tree, language, title."""
    katalog, _, _ = byggt
    brister = []
    for fil in sorted((katalog / "utdata").rglob("*.pdf")):
        pdf = PdfReader(fil)
        rot = pdf.trailer["/Root"]
        if "/StructTreeRoot" not in rot:
            brister.append((fil.name, "ingen strukturträd"))
        if not str(rot.get("/Lang", "")).startswith("sv"):
            brister.append((fil.name, f"språk {rot.get('/Lang')}"))
        if not rot.get("/MarkInfo", {}).get("/Marked"):
            brister.append((fil.name, "inte markerad som taggad"))
        if not (pdf.metadata and pdf.metadata.title):
            brister.append((fil.name, "ingen titel"))
    assert not brister, brister[:10]


def test_libreoffice_oppnar_varje_worddokument(byggt, tmp_path):
    """A real Word client: LibreOffice converts every .docx of the example to PDF."""
    soffice = libreoffice()
    katalog, _, _ = byggt
    worddokument = sorted((katalog / "utdata").rglob("*.docx"))
    kopior = tmp_path / "in"
    kopior.mkdir()
    for i, fil in enumerate(worddokument):  # unique names: the same body name recurs per type
        shutil.copy(fil, kopior / f"{i:03d}.docx")
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
         "pdf", "--outdir", str(tmp_path / "ut"), *sorted(str(p) for p in kopior.iterdir())],
        check=True, capture_output=True, timeout=1800,
    )  # fmt: skip
    sidor = {p.stem: len(PdfReader(p).pages) for p in (tmp_path / "ut").glob("*.pdf")}
    saknas = [worddokument[int(s)].name for s in (f"{i:03d}" for i in range(len(worddokument)))
              if sidor.get(s, 0) == 0]  # fmt: skip
    assert not saknas, saknas[:10]
    print(f"\nLibreOffice öppnade {len(sidor)} Word-dokument, {sum(sidor.values())} sidor")
