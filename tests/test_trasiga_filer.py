"""Broken and odd files in indata/: what a user gets for each (issue 5).

Every case is either a Swedish message naming the file (and sheet and cell
where there is one) with exit code 1, or a correct reading with a warning.
The two binary files in tests/filer/ were made once: gammalt-format.xls with
xlwt (Excel 97–2003), losenordsskyddad.xlsx with msoffcrypto-tool (password
"hemligt"); neither library is needed to run the tests.
"""

from __future__ import annotations

import io
import shutil
import subprocess
import zipfile
from pathlib import Path

import docx
import openpyxl
import pytest
from click.testing import CliRunner
from conftest import (
    antal_fel,
    fel_i,
    giltig,
    ingen_traceback,
    lagg_till,
    satt,
    visar,
)

from planer import las_arbetsyta
from planer.cli import main
from planer.lasning.excel import MAX_UPPACKAD

FILER = Path(__file__).parent / "filer"


def _indata(katalog: Path) -> Path:
    return katalog / "indata"


def _exit_noll_med(resultat, fil: str, *ord_: str, etikett: str = "Varning") -> None:
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    visar(resultat, fil, None, *ord_, etikett=etikett)


# --- Files that are not workbooks ------------------------------------------------------


def _avbruten(katalog: Path) -> bytes:
    hel = (_indata(katalog) / "styrning.xlsx").read_bytes()
    return hel[: len(hel) // 2]


def _ods(_katalog: Path) -> bytes:
    strom = io.BytesIO()
    with zipfile.ZipFile(strom, "w") as arkiv:
        arkiv.writestr("mimetype", "application/vnd.oasis.opendocument.spreadsheet")
        arkiv.writestr("content.xml", "<office:document-content/>")
    return strom.getvalue()


def _word(_katalog: Path) -> bytes:
    strom = io.BytesIO()
    docx.Document().save(strom)
    return strom.getvalue()


@pytest.mark.parametrize(
    ("innehall", "ord_"),
    [
        pytest.param(
            lambda _: b"Id;Namn\nKF;Kommunfullm\xe4ktige\n", ["inte en Excel-arbetsbok"], id="text"
        ),
        pytest.param(lambda _: b"", ["tom (0 byte)"], id="tom"),
        pytest.param(_avbruten, ["trasig eller ofullständig", "spara den på nytt"], id="avbruten"),
        pytest.param(
            lambda _: (FILER / "gammalt-format.xls").read_bytes(),
            ["gamla format (.xls)", "spara den som Excel-arbetsbok (.xlsx)"],
            id="xls-som-heter-xlsx",
        ),
        pytest.param(
            lambda _: (FILER / "losenordsskyddad.xlsx").read_bytes(),
            ["lösenordsskyddad", "Ta bort lösenordet"],
            id="losenord",
        ),
        pytest.param(_ods, ["OpenDocument", "(.xlsx)"], id="ods-som-heter-xlsx"),
        pytest.param(_word, ["inte en Excel-arbetsbok"], id="docx-som-heter-xlsx"),
    ],
)
def test_fil_som_inte_gar_att_lasa(grund, arbetsyta, kontrollera, innehall, ord_):
    katalog = arbetsyta(grund)
    (_indata(katalog) / "enhet.xlsx").write_bytes(innehall(katalog))
    resultat = kontrollera(katalog)
    fel_i(resultat, None, None, *ord_, fil="enhet.xlsx")
    assert antal_fel(resultat) == 1  # styrning.xlsx beside it is still read


@pytest.mark.parametrize("filnamn", ["utfall.csv", "styrning.ods", "gammal.xls", "data.xlsb"])
def test_andra_kalkylblad_lases_inte_med_en_varning(grund, arbetsyta, kontrollera, filnamn):
    katalog = arbetsyta(grund)
    shutil.copy(FILER / "gammalt-format.xls", _indata(katalog) / filnamn)
    resultat = kontrollera(katalog)
    _exit_noll_med(resultat, filnamn, "läses inte", "bara Excel-arbetsböcker (.xlsx)")


def test_xls_i_stallet_for_xlsx(tmp_path, kontrollera):
    (tmp_path / "indata").mkdir()
    shutil.copy(FILER / "gammalt-format.xls", tmp_path / "indata" / "styrning.xls")
    resultat = kontrollera(tmp_path)
    fel_i(resultat, None, None, "inga arbetsböcker (.xlsx)", fil="indata")
    visar(resultat, "styrning.xls", None, "spara den som Excel-arbetsbok", etikett="Varning")


def test_komprimerad_bomb_vagras_innan_den_packas_upp(grund, arbetsyta, kontrollera):
    katalog = arbetsyta(grund)
    nollor = bytes(1024 * 1024)
    with zipfile.ZipFile(_indata(katalog) / "bomb.xlsx", "w", zipfile.ZIP_DEFLATED) as arkiv:
        arkiv.writestr("xl/workbook.xml", "<workbook/>")
        with arkiv.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as del_:
            for _ in range(MAX_UPPACKAD // len(nollor) + 1):
                del_.write(nollor)
    assert (_indata(katalog) / "bomb.xlsx").stat().st_size < 2 * 1024 * 1024
    resultat = kontrollera(katalog)
    fel_i(resultat, None, None, "packas upp till 301 MB", "gränsen 300 MB", fil="bomb.xlsx")
    assert antal_fel(resultat) == 1


@pytest.mark.parametrize("namn", ["~$styrning.xlsx", ".~lock.styrning.xlsx#", "._styrning.xlsx"])
def test_las_och_skuggfiler_hoppas_over(grund, arbetsyta, kontrollera, namn):
    katalog = arbetsyta(grund)
    (_indata(katalog) / namn).write_bytes(b"\x00\x05Excel lock")
    giltig(kontrollera(katalog))


# --- Workbooks with something odd inside ------------------------------------------------


def test_tom_arbetsbok_bredvid_ar_en_notis(grund, arbetsyta, kontrollera):
    katalog = arbetsyta(grund)
    openpyxl.Workbook().save(_indata(katalog) / "ny.xlsx")
    resultat = kontrollera(katalog)
    _exit_noll_med(resultat, "ny.xlsx › Sheet", "används inte av planer", etikett="Notis")


def test_bara_en_tom_arbetsbok(tmp_path, kontrollera):
    (tmp_path / "indata").mkdir()
    openpyxl.Workbook().save(tmp_path / "indata" / "styrning.xlsx")
    resultat = kontrollera(tmp_path)
    fel_i(resultat, None, None, "Fliken Organisation saknas", fil="indata")
    fel_i(resultat, None, None, "Fliken Mål saknas", fil="indata")


def test_rubrik_ovanfor_tabellen_ger_en_varning_och_ratta_celler(grund, arbetsyta, kontrollera):
    satt("Mål", 4, "Organisation", "XX")(grund)  # the row of BUF-A-1
    grund["Mål"][0:0] = [["Mål och budget 2027, Testkommun"], [None]]  # it is now row 6
    grund["Utfall"][0:0] = [["Utfall", None, None, "Källa: Kolada"]]
    resultat = kontrollera(arbetsyta(grund))
    visar(resultat, "styrning.xlsx › Mål", "rad 1", "Rubrikraden är rad 3", etikett="Varning")
    visar(resultat, "styrning.xlsx › Utfall", "rad 1", "Rubrikraden är rad 2", etikett="Varning")
    fel_i(resultat, "Mål", "B6", "”XX” finns inte")
    assert antal_fel(resultat) == 1


def test_rubrik_ovanfor_tabellen_laser_alla_rader(grund, arbetsyta):
    grund["Organisation"].insert(0, ["Organisationen 2027"])
    grund["Målvärden"].insert(0, ["Målvärden, beslutade av KF"])  # wide form
    modell = las_arbetsyta(arbetsyta(grund)).modell
    assert modell is not None
    assert len(modell.organisationer) == 5
    assert modell.matetal["M1"].malvarde(2027) == 90


def test_dold_flik_lases_med_en_notis(grund, arbetsyta, kontrollera):
    katalog = arbetsyta(grund)
    fil = _indata(katalog) / "styrning.xlsx"
    bok = openpyxl.load_workbook(fil)
    bok["Aktiviteter"].sheet_state = "hidden"
    bok.save(fil)
    resultat = kontrollera(katalog)
    _exit_noll_med(resultat, "styrning.xlsx › Aktiviteter", "dold i Excel", etikett="Notis")
    assert len(las_arbetsyta(katalog).modell.aktiviteter) == 1


def _med_formler(katalog: Path, formler: dict[str, str], sparade: dict[str, str]) -> None:
    """Put formulas into Utfall!Cn; `sparade` gives the value Excel would have saved."""
    fil = _indata(katalog) / "styrning.xlsx"
    bok = openpyxl.load_workbook(fil)
    for cell, formel in formler.items():
        bok["Utfall"][cell] = formel
    bok.save(fil)
    if not sparade:
        return
    # openpyxl writes <f>…</f><v></v>, as a program that does not calculate would.
    inne = {n: a.read(n) for a in [zipfile.ZipFile(fil)] for n in a.namelist()}
    del_ = "xl/worksheets/sheet6.xml"
    for cell, varde in sparade.items():
        gammal = f'<c r="{cell}"><f>{formler[cell][1:]}</f><v></v></c>'.encode()
        assert gammal in inne[del_]
        inne[del_] = inne[del_].replace(
            gammal, gammal.replace(b"<v></v>", f"<v>{varde}</v>".encode())
        )
    with zipfile.ZipFile(fil, "w") as arkiv:
        for namn, data in inne.items():
            arkiv.writestr(namn, data)


def test_formler_utan_sparade_varden_ar_fel(grund, arbetsyta, kontrollera):
    katalog = arbetsyta(grund)
    _med_formler(katalog, {"C2": "=80+6.5", "C3": "=C2*2", "C5": "=1+1"}, {})
    resultat = kontrollera(katalog)
    fel_i(resultat, "Utfall", "C2", "Cellerna C2, C3, C5", "formler utan sparade värden", "spara")
    assert antal_fel(resultat) == 1


def test_formler_med_sparade_varden_lases(grund, arbetsyta, kontrollera):
    katalog = arbetsyta(grund)
    _med_formler(katalog, {"C2": "=80+6.5"}, {"C2": "86.5"})
    giltig(kontrollera(katalog))


def test_formel_som_visar_ett_fel(grund, arbetsyta, kontrollera):
    katalog = arbetsyta(grund)
    fil = _indata(katalog) / "styrning.xlsx"
    bok = openpyxl.load_workbook(fil)
    bok["Utfall"]["C3"] = "#DIV/0!"
    bok["Utfall"]["C3"].data_type = "e"
    bok.save(fil)
    resultat = kontrollera(katalog)
    fel_i(resultat, "Utfall", "C3", "felet #DIV/0!", "Rätta formeln")
    assert antal_fel(resultat) == 1


# --- Ids ------------------------------------------------------------------------------------


def test_id_som_bara_skiljer_i_versaler_ar_fel(grund, arbetsyta, kontrollera):
    lagg_till("Organisation", "bun", "Bygg- och miljönämnden", "Nämnd", "KF", None, None)(grund)
    resultat = kontrollera(arbetsyta(grund))
    fel_i(resultat, "Organisation", "A7", "”bun”", "stora och små bokstäver", "”BUN” i A3")
    assert antal_fel(resultat) == 1


def test_hanvisning_med_fel_versaler_foreslar_ratt_id(grund, arbetsyta, kontrollera):
    satt("Mål", 3, "Organisation", "bun")(grund)
    resultat = kontrollera(arbetsyta(grund))
    fel_i(resultat, "Mål", "B3", "”bun” finns inte", "Menade du ”BUN”?")


@pytest.mark.parametrize("varde", ["BUN ", " BUN\u00a0", "BUN\u200b", "\ufeffBUN"])
def test_id_med_osynliga_tecken_runt_ar_samma_id(grund, arbetsyta, kontrollera, varde):
    satt("Mål", 3, "Organisation", varde)(grund)
    satt("Organisation", 4, "Överordnad", varde)(grund)
    katalog = arbetsyta(grund)
    giltig(kontrollera(katalog))
    assert las_arbetsyta(katalog).modell.mal["BUN-1"].organisation == "BUN"


# --- Size ---------------------------------------------------------------------------------


def test_flik_med_hundratusen_rader(grund, arbetsyta, kontrollera):
    rubrik, *_ = grund.pop("Ekonomi")
    katalog = arbetsyta(grund)
    bok = openpyxl.Workbook(write_only=True)
    flik = bok.create_sheet("Ekonomi")
    flik.append(rubrik)
    for i in range(100_000):
        ar = 2020 + i % 6
        flik.append(["BUF-A", ar, None, f"Post {i:06d}", "Kostnad", 1000 + i, 990 + i, None])
    bok.save(_indata(katalog) / "ekonomi.xlsx")
    giltig(kontrollera(katalog))
    modell = las_arbetsyta(katalog).modell
    assert len(modell.ekonomi) == 100_000
    assert modell.ekonomi[-1].utfall == 990 + 99_999


# --- Texts that documents must survive ------------------------------------------------------

LANG_TEXT = "Alla elever ska läsa varje dag. " * 1000  # 32 000 characters, near Excel's limit
TEXTER = {
    # Control characters, as Excel stores them (_xHHHH_): removed, they cannot be in a .docx.
    "KF-1": "Trygg_x0001_ skola_x000B_ för alla_x001F_",
    "BUN-1": "Fler elever når målen 📚✅ — עברית ועוד العربية",  # emoji, RTL
    "BUF-A-1": LANG_TEXT,
}


def test_styrtecken_emoji_hoger_till_vanster_och_langa_texter(grund, arbetsyta, tmp_path):
    for rad in grund["Mål"][1:]:
        rad[4] = TEXTER.get(rad[0], rad[4])
    katalog = arbetsyta(grund)
    argument = ["bygg", "--katalog", str(katalog), "--org", "BUN", "--med-underliggande"]
    argument += ["--dokument", "verksamhetsplan", "--format", "docx", "--format", "html"]
    resultat = CliRunner().invoke(main, [*argument, "--jobb", "1"])
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    utdata = katalog / "utdata"
    bun, enhet = (next(utdata.rglob(f"{org}-*.docx")) for org in ("BUN", "BUF-A"))
    assert TEXTER["BUN-1"] in _docx_text(bun)
    assert "Trygg skola för alla" in _docx_text(bun)  # the council's goal, which BUN-1 supports
    assert LANG_TEXT.strip() in _docx_text(enhet)
    assert TEXTER["BUN-1"] in bun.with_suffix(".html").read_text(encoding="utf-8")
    if shutil.which("soffice"):  # a real client opens them without repair
        lo = ["soffice", f"-env:UserInstallation=file://{tmp_path}/lo", "--headless"]
        lo += ["--convert-to", "pdf", "--outdir", str(tmp_path), str(bun), str(enhet)]
        subprocess.run(lo, check=True, capture_output=True, timeout=300)
        for fil in (bun, enhet):
            assert (tmp_path / fil.with_suffix(".pdf").name).stat().st_size > 10_000


def _docx_text(fil: Path) -> str:
    """All paragraph and table-cell text, nested tables included."""
    dokument = docx.Document(fil)
    return " ".join(t.text for t in dokument.element.body.iter(docx.oxml.ns.qn("w:t")))
