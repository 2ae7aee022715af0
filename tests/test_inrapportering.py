"""The reporting round: forms out (`planer utskick`), filled forms back in as input,
the round's status, and the documents built from what the units reported."""

from __future__ import annotations

import datetime
import re
import shutil
import subprocess
from html import unescape
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import fel_i, giltig, ingen_traceback, skriv_arbetsbok, visar
from docx import Document
from systemprogram import libreoffice
from test_bygg import docx_text, pdf_text
from test_inkrementellt import innehall as utdatans_innehall

from planer import Period, las_arbetsyta
from planer.bygg import bestallning, bygg
from planer.cli import main
from planer.dokument import format as fmt
from planer.lasning.formular import FALTEN, IDENTITETSFLIK, MARKOR, las_formular
from planer.lasning.overlagg import FALT
from planer.problem import Problemlista

BEDOMNINGAR = ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")
LISTOR = {  # the contract's values (INDATA.md)
    "Mål": list(BEDOMNINGAR),
    "Aktiviteter": ["Ej påbörjad", "Pågår", "Klar", "Försenad", "Avbruten"],
    "Uppdrag": ["Ej påbörjat", "Pågår", "Slutfört", "Avslutat"],
}
T2 = "2026-T2"


def kor(*argument: str):
    return CliRunner().invoke(main, [str(a) for a in argument])


def formularet(katalog: Path, org: str, period: str) -> Path:
    (fil,) = (katalog / "utskick" / period).glob(f"{org}-*.xlsx")
    return fil


def inmatningsceller(bok):
    """(sheet, header, cell) for every unlocked cell on the visible sheets."""
    for blad in bok.worksheets:
        if blad.sheet_state != "visible":
            continue
        rubriker = [c.value for c in blad[1]]
        for rad in blad.iter_rows(min_row=2):
            for cell in rad:
                if not cell.protection.locked:
                    yield blad, rubriker[cell.column - 1], cell


def fyll_i(fil: Path, ut: Path) -> dict[str, list]:
    """Fill every input cell as a unit would; returns what was written, per kind."""
    bok = openpyxl.load_workbook(fil)
    skrivet: dict[str, list] = {"utfall": [], "bedomning": [], "text": []}
    for n, (blad, rubrik, cell) in enumerate(inmatningsceller(bok)):
        id_ = blad.cell(cell.row, 1).value
        if rubrik.startswith("Utfall"):
            enhet = blad.cell(cell.row, 4).value
            cell.value = 50.5 + n if enhet == "%" else 1234.5 + n
            skrivet["utfall"].append((id_, cell.value))
        elif rubrik == "Bedömning":
            cell.value = BEDOMNINGAR[n % 3]
            skrivet["bedomning"].append((blad.cell(cell.row, 2).value, cell.value))
        elif rubrik == "Status":
            cell.value = "Pågår"
        elif rubrik.startswith("Prognos"):
            cell.value = 1000 + n
        else:
            cell.value = f"Enhetens svar nr {n} ({blad.title}, {rubrik})."
            skrivet["text"].append(cell.value)
    ut.parent.mkdir(parents=True, exist_ok=True)
    bok.save(ut)
    return skrivet


# --- The example, full year 2026 (no outcomes yet): out, filled, in, built ---------------


@pytest.fixture(scope="module")
def runda(tmp_path_factory):
    katalog = tmp_path_factory.mktemp("runda") / "kommun"
    assert kor("ny", katalog).exit_code == 0
    resultat = kor("utskick", "-k", katalog, "--period", "2026", "--org", "BUN", "--org", "BUF-ALS")
    assert resultat.exit_code == 0, resultat.output
    skrivet = {}
    for org in ("BUN", "BUF-ALS"):
        fil = formularet(katalog, org, "2026")
        # a subfolder of indata/: forms may lie anywhere there
        skrivet[org] = fyll_i(fil, katalog / "indata" / "inrapportering" / fil.name)
    return katalog, skrivet


def test_formularen_ar_skyddade_med_listor_och_identitet(runda):
    katalog, _ = runda
    bok = openpyxl.load_workbook(formularet(katalog, "BUN", "2026"))
    assert bok.sheetnames[:4] == ["Anvisning", "Mätetal", "Mål", "Texter"]
    assert bok[IDENTITETSFLIK].sheet_state == "veryHidden"
    assert bok["Listor"].sheet_state == "hidden"
    assert bok.security.lockStructure
    egenskaper = {p.name: p.value for p in bok.custom_doc_props}
    assert egenskaper[MARKOR] == "1"
    assert egenskaper["planer-organisation"] == "BUN"
    assert egenskaper["planer-period"] == "2026"
    assert egenskaper["planer-kommunkod"] == "9999"
    oppna = {(b.title, c.coordinate) for b, _, c in inmatningsceller(bok)}
    assert oppna, "no input cells"
    for blad in bok.worksheets:
        assert blad.protection.sheet, blad.title
        if blad.sheet_state != "visible":
            continue
        for rad in blad.iter_rows():
            for cell in rad:
                if (blad.title, cell.coordinate) not in oppna:
                    assert cell.protection.locked, (blad.title, cell.coordinate)
    assert bok["Mätetal"].freeze_panes == "B2"
    listor = bok["Mål"].data_validations.dataValidation
    assert [v.type for v in listor] == ["list"]
    assert listor[0].showErrorMessage and listor[0].formula1.startswith("Listor!")
    bedomningar = [c for _, r, c in inmatningsceller(bok) if r == "Bedömning"]
    assert all(c.coordinate in listor[0].sqref for c in bedomningar)
    (tal,) = bok["Mätetal"].data_validations.dataValidation
    assert tal.type == "decimal" and tal.showErrorMessage
    anvisning = " ".join(str(c.value) for r in bok["Anvisning"].iter_rows() for c in r if c.value)
    assert "Barn- och utbildningsnämnden" in anvisning and "gula cellerna" in anvisning
    assert "Per Åkesson, ekonomichef" in anvisning  # [inrapportering] kontakt


def test_tertialformular_fragar_efter_prognos_och_status(tmp_path):
    katalog = tmp_path / "kommun"
    assert kor("ny", katalog).exit_code == 0
    kor("utskick", "-k", katalog, "--period", T2, "--org", "BUF-ALS", "--sista-dag", "2026-09-10")
    bok = openpyxl.load_workbook(formularet(katalog, "BUF-ALS", T2))
    ekonomi = bok["Ekonomi"]
    assert [c.value for c in ekonomi[1]][-1] == "Prognos helår, tkr"
    assert not ekonomi["E2"].protection.locked and ekonomi["C2"].protection.locked
    assert isinstance(ekonomi["E2"].value, float | int)  # pre-filled from the central data
    (tal,) = ekonomi.data_validations.dataValidation
    assert tal.showErrorMessage and tal.errorStyle == "stop"
    for blad in ("Aktiviteter",):
        (lista,) = bok[blad].data_validations.dataValidation
        assert lista.showErrorMessage and lista.type == "list"
    assert "2026-09-10" in str(bok["Anvisning"]["B6"].value)


def test_rundresa_kontrollera_utan_fel(runda):
    katalog, _ = runda
    resultat = kor("kontrollera", "-k", katalog)
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    assert re.search(r"^0 fel, 0 varningar", resultat.output, re.MULTILINE), resultat.output
    assert "Perioder med utfall: " in resultat.output and ", 2026\n" in resultat.output
    assert "Inrapporteringsformulär: 2 för 2026" in resultat.output


@pytest.fixture(scope="module")
def byggd_runda(runda):
    katalog, skrivet = runda
    resultat = kor(
        "bygg", "-k", katalog, "--org", "BUN", "--org", "BUF-ALS", "--dokument", "arsredovisning",
        "--ar", "2026", "--jobb", "1",
    )  # fmt: skip
    assert resultat.exit_code == 0, resultat.output
    return katalog, skrivet


@pytest.mark.parametrize("format_", ["docx", "pdf", "html"])
@pytest.mark.parametrize("org", ["BUN", "BUF-ALS"])
def test_dokumenten_visar_det_enheterna_rapporterade(byggd_runda, format_, org):
    katalog, skrivet = byggd_runda
    inlasning = las_arbetsyta(katalog)
    (fil,) = (katalog / "utdata" / "2026" / "arsredovisning").glob(f"{org}-*.{format_}")
    if format_ == "docx":
        text = docx_text(fil)
    elif format_ == "pdf":
        text = pdf_text(fil)
    else:
        html = re.sub(r"<[^>]+>", " ", fil.read_text(encoding="utf-8"))
        text = re.sub(r"[ \t\r\n]+", " ", unescape(html))  # keeps the non-breaking spaces

    def i_texten(sokt: str) -> bool:
        return (re.sub(r"\s+", "", sokt) if format_ == "pdf" else sokt) in text

    assert skrivet[org]["utfall"]
    for matetal_id, varde in skrivet[org]["utfall"]:
        m = inlasning.modell.matetal[matetal_id]
        visat = fmt.med_enhet(varde, m.enhet, m.decimaler)
        assert "," in visat or m.decimaler == 0
        assert i_texten(visat), (matetal_id, visat)
    for avsnitt in skrivet[org]["text"]:
        assert i_texten(avsnitt), avsnitt
    etikett = "Analytikerns bedömning" if format_ == "docx" else "(verksamhetens bedömning)"
    assert text.count(re.sub(r"\s+", "", etikett) if format_ == "pdf" else etikett) == len(
        skrivet[org]["bedomning"]
    )
    if format_ == "docx":  # Word: each goal's assessment in a table cell of its own
        celler = []  # a merged cell is listed once per column it spans: keep each once
        for tabell in Document(str(fil)).tables:
            for rad in tabell.rows:
                for c in rad.cells:
                    if "Analytikerns bedömning" in c.text and all(
                        c._tc is not k._tc for k in celler
                    ):
                        celler.append(c)
        visade = sorted(c.text.split("\n")[0].split(" ", 1)[1] for c in celler)
        assert visade == sorted(b for _, b in skrivet[org]["bedomning"])
    else:
        for mal, bedomning in skrivet[org]["bedomning"]:
            monster = re.escape(mal) + r"\s*Bedömning 2026\s*\S\s*" + re.escape(bedomning)
            if format_ == "pdf":
                monster = re.sub(r"(\\\s|\\s\*|\s)+", "", monster)
            assert re.search(monster, text), (mal, bedomning)


def test_manuell_bedomning_ersatter_den_beraknade(runda):
    katalog, skrivet = runda
    inlasning = las_arbetsyta(katalog)
    mal = {m.text: m.id for m in inlasning.modell.mal.values()}
    for text, bedomning in skrivet["BUN"]["bedomning"]:
        analys = inlasning.modell.analys(mal[text], Period(2026))
        assert analys.bedomning.value == bedomning


def test_libreoffice_sparar_om_med_identitet_och_varden(runda, tmp_path):
    """Another program re-saves the returned forms, as a unit might: nothing is lost."""
    soffice = libreoffice(calc=True)
    katalog, _ = runda
    originalen = sorted((katalog / "indata" / "inrapportering").glob("*.xlsx"))
    assert len(originalen) == 2
    ut = tmp_path / "ut"
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
         "xlsx:Calc MS Excel 2007 XML", "--outdir", str(ut), *map(str, originalen)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    kopia = tmp_path / "kopia"
    shutil.copytree(katalog, kopia, ignore=shutil.ignore_patterns("utdata"))
    for original in originalen:
        omsparad = ut / original.name
        fore, problem = las_formular(original, Problemlista()), Problemlista()
        efter = las_formular(omsparad, problem)
        assert not list(problem), [str(p) for p in problem]
        assert efter.identitet == fore.identitet
        assert [(c.cell, c.objekt, c.id, c.falt, c.bas) for c in efter.celler] == [
            (c.cell, c.objekt, c.id, c.falt, c.bas) for c in fore.celler
        ]
        assert [c.varde for c in efter.celler] == [c.varde for c in fore.celler]
        shutil.copy(omsparad, kopia / "indata" / "inrapportering" / original.name)
    # And as input: the re-saved forms give the same model as the ones planer wrote.
    efter, fore = las_arbetsyta(kopia).modell, las_arbetsyta(katalog).modell
    assert efter.matetal == fore.matetal
    assert (efter.texter, efter.aktiviteter) == (fore.texter, fore.aktiviteter)


def test_libreoffice_oppnar_formularen(runda, tmp_path):
    soffice = libreoffice(calc=True)
    katalog, _ = runda
    filer = sorted((katalog / "utskick" / "2026").glob("*.xlsx"))
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
         "pdf", "--outdir", str(tmp_path), *map(str, filer)],
        check=True, capture_output=True, timeout=300,
    )  # fmt: skip
    assert sorted(p.stem for p in tmp_path.glob("*.pdf")) == [f.stem for f in filer]


def test_status_visar_vem_som_svarat(runda, tmp_path):
    katalog, skrivet = runda
    resultat = kor("status", "-k", katalog, "--period", "2026", "--xlsx", tmp_path / "s.xlsx")
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    assert "Inrapportering 2026: 2 av 42 har svarat." in resultat.output
    rader = {r.split()[0]: r.split() for r in resultat.output.splitlines() if r}
    assert rader["KS"][2:4] == ["nej", "0/6"]
    antal = len(skrivet["BUN"]["utfall"])
    mal = len(skrivet["BUN"]["bedomning"])
    assert rader["BUN"][-6:] == ["ja", f"{antal}/{antal}", f"{mal}/{mal}", "3/3", "0", "0"]
    blad = openpyxl.load_workbook(tmp_path / "s.xlsx").active
    assert blad["A1"].value == "Inrapportering 2026: 2 av 42 har svarat"
    tabell = {r[0]: r for r in blad.iter_rows(min_row=3, values_only=True)}
    assert tabell["KS"][2] == "nej" and tabell["BUN"][2] == "ja"


# --- Rules, on the small test municipality, period 2026-T2 -----------------------------


@pytest.fixture
def tertial(arbetsyta, grund):
    """The small municipality with forms for 2026-T2 in utskick/."""
    katalog = arbetsyta(grund)
    resultat = kor("utskick", "-k", katalog, "--period", T2)
    assert resultat.exit_code == 0, resultat.output
    return katalog


def andra(fil: Path, ut: Path, flik: str, id_: str, rubrik: str, varde) -> str:
    """Set one cell (by row id and header) and save the form to `ut`; returns the cell."""
    bok = openpyxl.load_workbook(fil)
    blad = bok[flik]
    kolumn = [c.value for c in blad[1]].index(rubrik) + 1
    (rad,) = [r[0].row for r in blad.iter_rows(min_row=2) if r[0].value == id_]
    blad.cell(rad, kolumn).value = varde
    ut.parent.mkdir(parents=True, exist_ok=True)
    bok.save(ut)
    return blad.cell(rad, kolumn).coordinate


def lamna_in(katalog: Path, org: str, flik: str, id_: str, rubrik: str, varde) -> tuple[str, str]:
    fil = formularet(katalog, org, T2)
    return fil.name, andra(fil, katalog / "indata" / fil.name, flik, id_, rubrik, varde)


def andra_centralt(katalog: Path, flik: str, matchar, kolumn: int, varde) -> None:
    fil = katalog / "indata" / "styrning.xlsx"
    bok = openpyxl.load_workbook(fil)
    for rad in bok[flik].iter_rows(min_row=2):
        if matchar([c.value for c in rad]):
            rad[kolumn].value = varde
    bok.save(fil)


def test_rattelse_galler_och_visas_som_notis(tertial):
    namn, cell = lamna_in(tertial, "BUN", "Mätetal", "M1", f"Utfall {T2}", 72)
    resultat = kor("kontrollera", "-k", tertial)
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    visar(resultat, f"{namn} › Mätetal", cell, "från ”70” till ”72”", etikett="Notis")
    assert las_arbetsyta(tertial).modell.matetal["M1"].varde(Period(2026, 2)) == 72


def test_samma_varde_som_forut_ar_ingen_andring(tertial):
    lamna_in(tertial, "BUN", "Mätetal", "M1", f"Utfall {T2}", "70")
    giltig(kor("kontrollera", "-k", tertial))


def test_konflikt_namner_formularets_och_den_centrala_cellen(tertial):
    namn, cell = lamna_in(tertial, "BUN", "Mätetal", "M1", f"Utfall {T2}", 72)
    andra_centralt(tertial, "Utfall", lambda r: r[:2] == ["M1", T2], 2, 75)
    resultat = kor("kontrollera", "-k", tertial)
    fel_i(
        resultat, "Mätetal", cell, "Konflikt", "”72”", "”75”", "styrning.xlsx, Utfall, C4", fil=namn
    )


def test_tva_formular_for_samma_organisation(tertial):
    namn, _ = lamna_in(tertial, "BUN", "Mätetal", "M1", f"Utfall {T2}", 72)
    shutil.copy(tertial / "indata" / namn, tertial / "indata" / "BUN-kopia.xlsx")
    resultat = kor("kontrollera", "-k", tertial)
    ingen_traceback(resultat)
    assert resultat.exit_code == 1
    texter = [f"{p.meddelande} {p.tips}" for p in las_arbetsyta(tertial).problem]
    assert any("Två formulär för BUN" in t and namn in t and "BUN-kopia.xlsx" in t for t in texter)


def test_formular_fran_annan_kommun(tertial):
    namn, _ = lamna_in(tertial, "BUN", "Mätetal", "M1", f"Utfall {T2}", 72)
    toml = tertial / "planer.toml"
    toml.write_text(toml.read_text().replace('kod = "9999"', 'kod = "0180"'), encoding="utf-8")
    fel_i(kor("kontrollera", "-k", tertial), None, None, "annan kommun", "0180", fil=namn)


def test_formular_for_organisation_som_inte_finns(tertial, grund):
    namn, _ = lamna_in(tertial, "BOL", "Texter", "Viktiga händelser", "Text", "Nytt bolag.")
    andra_centralt(tertial, "Organisation", lambda r: r[0] == "BOL", 0, "BOL2")
    fel_i(kor("kontrollera", "-k", tertial), None, None, "”BOL”", "inte finns", fil=namn)


def test_matetal_som_inte_finns_langre_ar_en_varning(tertial):
    namn, cell = lamna_in(tertial, "BUN", "Mätetal", "M1", f"Utfall {T2}", 72)
    for flik in ("Mätetal", "Utfall", "Målvärden"):
        fil = tertial / "indata" / "styrning.xlsx"
        bok = openpyxl.load_workbook(fil)
        for rad in reversed(list(bok[flik].iter_rows(min_row=2))):
            if rad[0].value == "M1":
                bok[flik].delete_rows(rad[0].row)
        bok.save(fil)
    resultat = kor("kontrollera", "-k", tertial)
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    visar(resultat, f"{namn} › Mätetal", cell, "”M1” finns inte längre", etikett="Varning")
    assert kor("kontrollera", "-k", tertial, "--strikt").exit_code == 1


def test_andrad_last_cell_ar_fel_i_cellen(tertial):
    namn, cell = lamna_in(tertial, "BUN", "Mätetal", "M1", "Målvärde 2026", 50)
    fel_i(kor("kontrollera", "-k", tertial), "Mätetal", cell, "låst", "”88”", "”50”", fil=namn)


def test_andrad_identitetsflik_ar_fel(tertial):
    fil = formularet(tertial, "BUN", T2)
    bok = openpyxl.load_workbook(fil)
    bok[IDENTITETSFLIK]["B4"] = "SN"
    bok.save(tertial / "indata" / fil.name)
    resultat = kor("kontrollera", "-k", tertial)
    fel_i(resultat, IDENTITETSFLIK, "B4", "identitet har ändrats", "”SN”", fil=fil.name)


def test_text_i_stallet_for_tal_ar_fel_i_cellen(tertial):
    namn, cell = lamna_in(
        tertial, "BUF-A", "Ekonomi", "Personalkostnader", "Prognos helår, tkr", "mycket"
    )
    fel_i(kor("kontrollera", "-k", tertial), "Ekonomi", cell, "”mycket” är inte ett tal", fil=namn)


def test_ogiltig_status_ar_fel_i_cellen(tertial):
    namn, cell = lamna_in(tertial, "BUF-A", "Aktiviteter", "A1", "Status", "Nästan klar")
    fel_i(
        kor("kontrollera", "-k", tertial), "Aktiviteter", cell, "”Nästan klar”", "Pågår", fil=namn
    )


def test_ej_matt_ger_inget_varde_men_en_kommentar(tertial):
    lamna_in(tertial, "BUF-A", "Mätetal", "M2", f"Utfall {T2}", "Ej mätt")
    giltig(kor("kontrollera", "-k", tertial))
    utfall = las_arbetsyta(tertial).modell.matetal["M2"].utfall[Period(2026, 2)]
    assert utfall.varde is None and utfall.kommentar == "Ej mätt"


def test_procent_och_decimalkomma_som_text(tertial):
    lamna_in(tertial, "BUN", "Mätetal", "M1", f"Utfall {T2}", "85,5 %")
    assert las_arbetsyta(tertial).modell.matetal["M1"].varde(Period(2026, 2)) == 85.5


def test_prognos_och_status_laggs_over(tertial):
    fil = formularet(tertial, "BUF-A", T2)
    ut = tertial / "indata" / fil.name
    andra(fil, ut, "Ekonomi", "Personalkostnader", "Prognos helår, tkr", 1150)
    andra(ut, ut, "Aktiviteter", "A1", "Status", "Försenad")
    andra(ut, ut, "Mål", "BUF-A-1", "Bedömning", "Ej uppfyllt")
    modell = las_arbetsyta(tertial).modell
    (rad,) = modell.ekonomi_for("BUF-A", Period(2026, 2))
    assert rad.prognos == 1150
    assert modell.aktiviteter_for("BUF-A")[0].status.value == "Försenad"
    assert modell.analys("BUF-A-1", Period(2026, 2)).bedomning.value == "Ej uppfyllt"


def test_formular_ar_aldrig_en_central_arbetsbok(tertial):
    """A form shares sheet names with the contract (Mätetal, Mål …) and must not clash."""
    lamna_in(tertial, "BUN", "Texter", "Viktiga händelser", "Text", "Ny skola.")
    resultat = kor("kontrollera", "-k", tertial)
    assert "finns två gånger" not in resultat.output
    texter = las_arbetsyta(tertial).modell.textavsnitt("BUN", Period(2026, 2))
    assert [t.text for t in texter if t.rubrik == "Viktiga händelser"] == ["Ny skola."]


def test_status_utan_svar_och_med_fel(tertial):
    resultat = kor("status", "-k", tertial, "--period", T2)
    assert resultat.exit_code == 0, resultat.output
    assert "0 av 5 har svarat" in resultat.output
    namn, _ = lamna_in(tertial, "BUF-A", "Ekonomi", "Personalkostnader", "Prognos helår, tkr", "x")
    resultat = kor("status", "-k", tertial, "--period", T2)
    ingen_traceback(resultat)
    assert resultat.exit_code == 1
    assert "1 av 5 har svarat" in resultat.output and namn in resultat.output
    rader = {r.split()[0]: r.split() for r in resultat.output.splitlines() if r.strip()}
    assert rader["BUF-A"][-1] == "1"


def test_bygget_foljer_formularen(arbetsyta, grund, tmp_path):
    """Dropping a form in rebuilds exactly the documents whose content changed."""
    katalog = arbetsyta(grund)
    val = {"dokumenttyper": ("arsredovisning",), "format": ("docx", "html"), "ar": 2025}

    def bygg_om(k: Path):
        inlasning = las_arbetsyta(k)
        assert inlasning.modell is not None, [str(p) for p in inlasning.problem]
        return bygg(inlasning, bestallning(inlasning, **val), arbetare=1)

    bygg_om(katalog)
    fore = utdatans_innehall(katalog)
    assert kor("utskick", "-k", katalog, "--period", "2025", "--org", "BUF-A").exit_code == 0
    fil = formularet(katalog, "BUF-A", "2025")
    andra(fil, katalog / "indata" / fil.name, "Mätetal", "M2", "Utfall 2025", 9)
    resultat = bygg_om(katalog)
    efter = utdatans_innehall(katalog)
    ombyggda = {str(p.relative_to(katalog / "utdata")) for p in resultat.byggda}
    andrade = {namn for namn in efter if efter[namn] != fore.get(namn)}
    assert ombyggda == andrade
    assert "2025/arsredovisning/BUF-A-Älvskolan.docx" in ombyggda
    assert not any("BOL-" in namn for namn in ombyggda)
    ny = tmp_path / "ny"
    shutil.copytree(katalog, ny, ignore=shutil.ignore_patterns("utdata"))
    bygg_om(ny)
    assert efter == utdatans_innehall(ny)
    assert bygg_om(katalog).byggda == []


def test_andrad_lista_over_forifyllda_varden_ar_fel(tertial):
    """Changing a base value on the hidden sheet, to hide an edit, is seen."""
    fil = formularet(tertial, "BUN", T2)
    bok = openpyxl.load_workbook(fil)
    blad = bok[IDENTITETSFLIK]
    (rad,) = [
        r for r in blad.iter_rows(min_row=11) if r[3].value == "matetal" and r[5].value == "varde"
    ]
    rad[6].value = "60"
    bok.save(tertial / "indata" / fil.name)
    fel_i(
        kor("kontrollera", "-k", tertial), IDENTITETSFLIK, "A11", "förifyllda värden", fil=fil.name
    )


def test_varje_inmatningsfalt_har_en_plats_att_laggas_over():
    assert set(FALT) == FALTEN


def test_andra_arbetsbocker_i_undermappar_lases_inte(tertial):
    skriv_arbetsbok(tertial / "indata" / "gammalt" / "kopia.xlsx", {"Utfall": [["Mätetal"]]})
    resultat = kor("kontrollera", "-k", tertial)
    assert resultat.exit_code == 0, resultat.output
    visar(resultat, "gammalt/kopia.xlsx", None, "undermapp", "läses inte", etikett="Notis")


def test_utskick_skriver_aldrig_i_indata(tertial):
    resultat = kor("utskick", "-k", tertial, "--period", T2, "--utdata", tertial / "indata" / "ut")
    ingen_traceback(resultat)
    assert resultat.exit_code == 1
    assert "indata" in resultat.output and not (tertial / "indata" / "ut").exists()


def test_text_som_borjar_med_likhetstecken_blir_ingen_formel(arbetsyta, grund):
    grund["Texter"].append(["BUN", T2, None, "Viktiga händelser", "x", None])
    katalog = arbetsyta(grund)
    fil = katalog / "indata" / "styrning.xlsx"
    bok = openpyxl.load_workbook(fil)
    cell = bok["Texter"].cell(bok["Texter"].max_row, 5)
    cell.value, cell.data_type = '=HYPERLINK("x")', "s"  # text in the central workbook
    bok.save(fil)
    assert kor("utskick", "-k", katalog, "--period", T2, "--org", "BUN").exit_code == 0
    bok = openpyxl.load_workbook(formularet(katalog, "BUN", T2))
    (cell,) = [c for r in bok["Texter"].iter_rows() for c in r if c.value == '=HYPERLINK("x")']
    assert cell.data_type == "s"
    giltig(kor("kontrollera", "-k", katalog))


def test_readme_och_dokumentationen_tar_upp_kommandona():
    rot = Path(__file__).resolve().parent.parent
    readme = (rot / "README.md").read_text(encoding="utf-8")
    assert "`planer utskick --period P" in readme and "`planer status --period P" in readme
    dokumentation = (rot / "docs" / "inrapportering.md").read_text(encoding="utf-8")
    for ord_ in ("planer utskick", "planer status", "Konflikt", "Ej mätt", "[inrapportering]"):
        assert ord_ in dokumentation, ord_


def test_utskick_med_flera_arbetare_ger_samma_formular(arbetsyta, grund, tmp_path, monkeypatch):
    import planer.inrapportering as inrapportering

    inlasning = las_arbetsyta(arbetsyta(grund))
    monkeypatch.setattr(inrapportering, "_MINST_PER_ARBETARE", 1)
    nu = datetime.datetime(2026, 9, 1, 8, 0, tzinfo=datetime.UTC)
    en = inrapportering.utskick(
        inlasning, Period(2026, 2), utdata=tmp_path / "en", nu=nu, arbetare=1
    )
    tva = inrapportering.utskick(
        inlasning, Period(2026, 2), utdata=tmp_path / "tva", nu=nu, arbetare=2
    )
    assert [f.name for f in en.filer] == [f.name for f in tva.filer] and len(en.filer) == 5

    def innehallet(fil: Path):
        formular = las_formular(fil, Problemlista())
        return formular.identitet, [(c.cell, c.id, c.falt, c.bas) for c in formular.celler]

    assert [innehallet(f) for f in en.filer] == [innehallet(f) for f in tva.filer]


@pytest.mark.parametrize("period", ["2026", T2])
def test_varje_val_och_tal_har_validering_med_felmeddelande(tmp_path, period):
    katalog = tmp_path / "kommun"
    assert kor("ny", katalog).exit_code == 0
    assert (
        kor(
            "utskick", "-k", katalog, "--period", period, "--org", "KS", "--org", "BUF-ALS"
        ).exit_code
        == 0
    )
    granskade = set()
    for fil in sorted((katalog / "utskick" / period).glob("*.xlsx")):
        bok = openpyxl.load_workbook(fil)
        for blad, rubrik, cell in inmatningsceller(bok):
            regler = [v for v in blad.data_validations.dataValidation if cell.coordinate in v.sqref]
            if rubrik in ("Bedömning", "Status"):
                (regel,) = regler
                assert regel.type == "list" and regel.formula1.startswith("Listor!$")
                kolumn, forsta, sista = re.fullmatch(
                    r"Listor!\$([A-Z])\$(\d+):\$\1\$(\d+)", regel.formula1
                ).groups()
                lista = bok["Listor"][f"{kolumn}{forsta}:{kolumn}{sista}"]
                assert [r[0].value for r in lista] == LISTOR[blad.title]
            elif rubrik.startswith(("Utfall", "Prognos")):
                (regel,) = regler
                assert regel.type == "decimal"
            else:
                assert not regler
                continue
            assert regel.showErrorMessage and regel.error, (fil.name, blad.title, cell.coordinate)
            granskade.add((blad.title, rubrik.split()[0]))
    assert {("Mål", "Bedömning"), ("Aktiviteter", "Status"), ("Uppdrag", "Status")} <= granskade
    assert ("Mätetal", "Utfall") in granskade
    if period == T2:
        assert ("Ekonomi", "Prognos") in granskade


def test_status_nar_de_centrala_arbetsbockerna_har_fel(arbetsyta, grund):
    grund["Mål"][1][2] = "Okänt perspektiv"
    katalog = arbetsyta(grund)
    resultat = kor("status", "-k", katalog, "--period", T2)
    ingen_traceback(resultat)
    assert resultat.exit_code == 1
    assert "Okänt perspektiv" in resultat.output and "centrala arbetsböckerna" in resultat.output


def test_formular_av_annan_version_ar_fel(tertial):
    fil = formularet(tertial, "BUN", T2)
    bok = openpyxl.load_workbook(fil)
    bok[IDENTITETSFLIK]["B1"] = "2"
    bok.save(tertial / "indata" / fil.name)
    fel_i(kor("kontrollera", "-k", tertial), IDENTITETSFLIK, "B1", "version ”2”", fil=fil.name)


def test_formularen_och_arbetsbockerna_skrivs_aldrig_om(tertial):
    lamna_in(tertial, "BUN", "Mätetal", "M1", f"Utfall {T2}", 72)

    def indata() -> dict[str, bytes]:
        return {str(p): p.read_bytes() for p in sorted((tertial / "indata").rglob("*.xlsx"))}

    fore = indata()
    assert kor("kontrollera", "-k", tertial).exit_code == 0
    assert kor("status", "-k", tertial, "--period", T2).exit_code == 0
    resultat = kor(
        "bygg", "-k", tertial, "--org", "BUN", "--dokument", "delarsrapport", "--period", T2,
        "--format", "docx", "--jobb", "1",
    )  # fmt: skip
    assert resultat.exit_code == 0, resultat.output
    assert indata() == fore


def test_mal_som_inte_finns_langre_ar_en_varning(tertial):
    namn, cell = lamna_in(tertial, "KF", "Mål", "KF-2", "Bedömning", "Uppfyllt")
    fil = tertial / "indata" / "styrning.xlsx"
    bok = openpyxl.load_workbook(fil)
    for flik, id_ in (("Mål", "KF-2"), ("Mätetal", "M3"), ("Utfall", "M3"), ("Målvärden", "M3")):
        for rad in reversed(list(bok[flik].iter_rows(min_row=2))):
            if rad[0].value == id_:
                bok[flik].delete_rows(rad[0].row)
    bok.save(fil)
    resultat = kor("kontrollera", "-k", tertial)
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    visar(resultat, f"{namn} › Mål", cell, "Målet ”KF-2” finns inte längre", etikett="Varning")
