"""The build engine: only what changed is rebuilt, the same bytes whatever the number of
workers, and failures or interruptions never lose or half-write a document."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from planer import las_arbetsyta
from planer.bygg import bestallning, bygg
from planer.bygg.manifest import FILNAMN as MANIFEST
from planer.cli import main
from planer.rendering.mallar import inbyggda_mallar


def bygg_allt(katalog: Path, arbetare: int = 1, alltid: bool = False, **val):
    inlasning = las_arbetsyta(katalog)
    assert inlasning.modell is not None, [str(p) for p in inlasning.problem]
    return bygg(inlasning, bestallning(inlasning, **val), arbetare=arbetare, alltid=alltid)


def innehall(katalog: Path) -> dict[str, bytes]:
    """Every output file (not the manifest), relative path → bytes."""
    utdata = katalog / "utdata"
    return {
        str(p.relative_to(utdata)): p.read_bytes()
        for p in sorted(utdata.rglob("*"))
        if p.is_file() and p.name != MANIFEST
    }


def andra_utfall(katalog: Path, matetal: str, period: str, varde: float) -> None:
    fil = katalog / "indata" / "styrning.xlsx"
    bok = openpyxl.load_workbook(fil)
    for rad in bok["Utfall"].iter_rows(min_row=2):
        if rad[0].value == matetal and str(rad[1].value) == period:
            rad[2].value = varde
    bok.save(fil)


@pytest.fixture
def byggd(arbetsyta, grund):
    katalog = arbetsyta(grund)
    resultat = bygg_allt(katalog)
    assert not resultat.misslyckade, resultat.misslyckade
    return katalog


def test_oforandrat_byggs_inte_om(byggd):
    fore = innehall(byggd)
    resultat = bygg_allt(byggd)
    assert resultat.byggda == []
    assert resultat.oforandrade == 5 * 4  # bodies × document types
    assert innehall(byggd) == fore


def test_ett_andrat_utfall_bygger_om_exakt_det_som_andras(byggd, tmp_path):
    fore = innehall(byggd)
    andra_utfall(byggd, "M2", "2025", 9)  # BUF-A's measure, supporting BUN-1
    resultat = bygg_allt(byggd)
    efter = innehall(byggd)
    ombyggda = {str(p.relative_to(byggd / "utdata")) for p in resultat.byggda}

    # Correct: the incremental result is exactly what a fresh full build gives.
    ny = tmp_path / "ny"
    shutil.copytree(byggd, ny, ignore=shutil.ignore_patterns("utdata"))
    bygg_allt(ny)
    assert efter == innehall(ny)
    # Minimal: every rebuilt file really changed, and every changed file was rebuilt.
    andrade = {namn for namn in efter if efter[namn] != fore.get(namn)}
    assert ombyggda == andrade
    # And the expected ones are among them: the unit's own report, and the committee
    # whose goal it supports; the company's documents are untouched.
    assert "2025/arsredovisning/BUF-A-Älvskolan.pdf" in ombyggda
    assert "2025/arsredovisning/BUN-Barn- och utbildningsnämnden.docx" in ombyggda
    assert not any("BOL-" in namn for namn in ombyggda)


def test_andrad_mall_bygger_om_allt_som_anvander_den(byggd):
    egen = (inbyggda_mallar() / "styrkort.html").read_text(encoding="utf-8")
    (byggd / "mallar").mkdir()
    (byggd / "mallar" / "styrkort.html").write_text(egen.replace("Mål", "Målet"), "utf-8")
    resultat = bygg_allt(byggd)
    ombyggda = {p.relative_to(byggd / "utdata") for p in resultat.byggda}
    assert len(ombyggda) == 5 * 2  # every body's styrkort, as HTML and PDF
    assert all(p.parts[1] == "styrkort" and p.suffix in (".html", ".pdf") for p in ombyggda)


def test_borttaget_eller_handredigerat_dokument_byggs_om(byggd):
    pdf = byggd / "utdata" / "2026-T2" / "styrkort" / "KF-Kommunfullmäktige.pdf"
    docx = byggd / "utdata" / "2025" / "arsredovisning" / "BUN-Barn- och utbildningsnämnden.docx"
    original = pdf.read_bytes()
    pdf.unlink()
    docx.write_bytes(b"hand edited")
    resultat = bygg_allt(byggd)
    assert sorted(resultat.byggda) == sorted([pdf, docx])
    assert pdf.read_bytes() == original
    assert docx.read_bytes().startswith(b"PK")


def test_alltid_bygger_om_allt(byggd):
    assert len(bygg_allt(byggd, alltid=True).byggda) == 5 * 4 * 3


def test_samma_bytes_med_en_och_tva_arbetare(arbetsyta, grund, tmp_path):
    katalog = arbetsyta(grund)
    andra = tmp_path / "andra"
    shutil.copytree(katalog, andra)
    bygg_allt(katalog, arbetare=1)
    bygg_allt(andra, arbetare=2)
    ett, tva = innehall(katalog), innehall(andra)
    assert ett.keys() == tva.keys() and len(ett) > 60
    assert [n for n in ett if ett[n] != tva[n]] == []


def test_ett_misslyckat_dokument_stoppar_inte_de_andra(byggd):
    egen = (inbyggda_mallar() / "styrkort.html").read_text(encoding="utf-8")
    (byggd / "mallar").mkdir()
    (byggd / "mallar" / "styrkort.html").write_text(
        egen.replace(
            "{% block innehallet %}",
            "{% block innehallet %}{% if organisation.id == 'BOL' %}{{ finns_inte }}{% endif %}",
        ),
        "utf-8",
    )
    bol = byggd / "utdata" / "2026-T2" / "styrkort" / "BOL-Bostäder AB.pdf"
    fore = bol.read_bytes()
    resultat = CliRunner().invoke(main, ["bygg", "--katalog", str(byggd), "--jobb", "2"])
    assert resultat.exit_code == 1
    assert "Misslyckades: styrkort för BOL" in resultat.output
    assert "finns_inte" in resultat.output and "styrkort.html" in resultat.output
    assert "4 dokument byggda" in resultat.output
    assert bol.read_bytes() == fore  # the earlier output is kept, not half-written
    manifest = json.loads((byggd / "utdata" / MANIFEST).read_text(encoding="utf-8"))
    assert manifest["filer"]["2026-T2/styrkort/BOL-Bostäder AB.pdf"]["sha256"]
    # Back to the built-in template: the four styrkort built from the own template are
    # rebuilt; BOL's kept output already is what the built-in template gives.
    shutil.rmtree(byggd / "mallar")
    resultat = bygg_allt(byggd)
    assert len(resultat.byggda) == 4 * 2
    assert not any("BOL-" in p.name for p in resultat.byggda)


def test_avbrutet_bygge_lamnar_filer_och_manifest_hela(arbetsyta, grund, monkeypatch):
    katalog = arbetsyta(grund)
    inlasning = las_arbetsyta(katalog)
    klara = []

    def avbryt_efter_tva(handelse):
        klara.append(handelse)
        if len(klara) == 2:
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        bygg(inlasning, bestallning(inlasning), arbetare=1, efter_varje=avbryt_efter_tva)
    manifest = json.loads((katalog / "utdata" / MANIFEST).read_text(encoding="utf-8"))
    assert len(manifest["filer"]) == 2 * 3  # the two finished documents, all formats
    assert not list((katalog / "utdata").rglob("*.tmp"))
    resultat = bygg_allt(katalog)
    assert resultat.oforandrade == 2 and len(resultat.byggda) == (20 - 2) * 3


def test_fil_som_inte_kan_skrivas_namns(byggd, monkeypatch):
    ersatt = os.replace

    def upptagen(kalla, mal):  # as when Word holds the file open on a shared drive
        if str(mal).endswith(".docx"):
            raise PermissionError(13, "Permission denied")
        ersatt(kalla, mal)

    monkeypatch.setattr(os, "replace", upptagen)
    resultat = bygg_allt(byggd, alltid=True, org_ids=("KF",), dokumenttyper=("styrkort",))
    assert len(resultat.misslyckade) == 1
    fel = resultat.misslyckade[0].fel
    assert "KF-Kommunfullmäktige.docx kan inte skrivas över" in fel
    assert "Stäng filen om den är öppen i Word" in fel


def test_ett_fel_i_en_kontext_stoppar_inte_de_andra(byggd, monkeypatch):
    import planer.bygg

    riktig = planer.bygg.bygg_kontext

    def trasig(inlasning, typ, org_id, period):
        if org_id == "BUN":
            raise ValueError("ett fel i planer")
        return riktig(inlasning, typ, org_id, period)

    monkeypatch.setattr(planer.bygg, "bygg_kontext", trasig)
    resultat = bygg_allt(byggd, alltid=True, dokumenttyper=("styrkort",))
    assert [h.jobb.org_id for h in resultat.misslyckade] == ["BUN"]
    assert "Internt fel i planer (ValueError: ett fel i planer)" in resultat.misslyckade[0].fel
    assert len(resultat.byggda) == 4 * 3  # the other four bodies, three formats each
