"""Broken workbooks, one per validation rule: the user must see the sheet, the cell and why.

Each case changes the valid base data (`grund`) in one way and checks what
`planer kontrollera` prints: the group heading `styrning.xlsx › <Sheet>`, a line
`  <CELL>  Fel: <message>`, key words of the message or its hint, exit code 1,
no traceback, and (where one mistake is made) that exactly one error is shown.
"""

from __future__ import annotations

import datetime
from pathlib import Path

import openpyxl
import pytest
from conftest import (
    Andring,
    Flikar,
    antal_fel,
    fel_i,
    giltig,
    ingen_traceback,
    kolumn,
    lagg_till,
    problem_i,
    satt,
    skriv_arbetsbok,
    visar,
)

from planer import las_arbetsyta
from planer.modell.objekt import Period, Riktning

# --- Changing the base data ------------------------------------------------------------


def ersatt(flik: str, *rader: list) -> Andring:
    """Replace a whole sheet (header first)."""
    return lambda flikar: flikar.__setitem__(flik, [list(r) for r in rader])


def ta_bort_flik(flik: str) -> Andring:
    return lambda flikar: flikar.pop(flik)


def ta_bort_kolumn(flik: str, rubrik: str) -> Andring:
    def andra(flikar: Flikar) -> None:
        index = kolumn(flikar, flik, rubrik)
        for rad in flikar[flik]:
            del rad[index]

    return andra


def byt_rubrik(flik: str, gammal: str, ny) -> Andring:
    def andra(flikar: Flikar) -> None:
        flikar[flik][0][kolumn(flikar, flik, gammal)] = ny

    return andra


def byt_fliknamn(gammal: str, ny: str) -> Andring:
    return lambda flikar: flikar.__setitem__(ny, flikar.pop(gammal))


def alla(*andringar: Andring) -> Andring:
    def andra(flikar: Flikar) -> None:
        for andring in andringar:
            andring(flikar)

    return andra


def fall(namn: str, andring: Andring, flik: str | None, cell: str | None, *ord_, antal: int = 1):
    """One broken workbook: the change, where the error must show and with which words.

    `flik` None means the problem is about the indata folder (a missing sheet).
    """
    return pytest.param(andring, flik, cell, ord_, antal, id=namn)


MALVARDEN_LANG = ["Mätetal", "År", "Målvärde"]
EN_ENHET = ["BUF-B", "Bäckskolan", "Enhet", "BUF", None, None]


FALL = [
    # 1. Missing required sheets, columns and values.
    fall("flik Organisation saknas", ta_bort_flik("Organisation"), None, None, "Organisation"),
    fall("flik Perspektiv saknas", ta_bort_flik("Perspektiv"), None, None, "Perspektiv saknas"),
    fall("flik Mål saknas", ta_bort_flik("Mål"), None, None, "Fliken Mål saknas"),
    fall("flik Mätetal saknas", ta_bort_flik("Mätetal"), None, None, "Mätetal saknas"),
    fall(
        "kolumn Mål.Perspektiv saknas",
        ta_bort_kolumn("Mål", "Perspektiv"),
        "Mål",
        "rad 1",
        "Kolumnen ”Perspektiv” saknas",
    ),
    fall(
        "kolumn Mätetal.Riktning saknas",
        ta_bort_kolumn("Mätetal", "Riktning"),
        "Mätetal",
        "rad 1",
        "”Riktning” saknas",
    ),
    fall(
        "kolumn Organisation.Överordnad saknas",
        ta_bort_kolumn("Organisation", "Överordnad"),
        "Organisation",
        "rad 1",
        "”Överordnad” saknas",
    ),
    fall(
        "kolumn Utfall.Värde saknas",
        ta_bort_kolumn("Utfall", "Värde"),
        "Utfall",
        "rad 1",
        "”Värde” saknas",
    ),
    fall(
        "bred form utan Mätetal",
        byt_rubrik("Målvärden", "Mätetal", "Id"),
        "Målvärden",
        "rad 1",
        "”Mätetal” saknas",
    ),
    fall("tom måltext", satt("Mål", 3, "Mål", None), "Mål", "E3", "Mål saknas"),
    fall("tomt mätetalsnamn", satt("Mätetal", 3, "Namn", "  "), "Mätetal", "C3", "Namn saknas"),
    fall("tom nivå", satt("Organisation", 4, "Nivå", None), "Organisation", "C4", "Nivå saknas"),
    fall("tom riktning", satt("Mätetal", 2, "Riktning", None), "Mätetal", "E2", "saknas"),
    fall("tomt uppdragsår", satt("Uppdrag", 2, "År", None), "Uppdrag", "D2", "År saknas"),
    fall("tom status", satt("Aktiviteter", 2, "Status", None), "Aktiviteter", "H2", "saknas"),
    fall(
        "tomt mål-id",
        satt("Mål", 5, "Id", None),
        "Mål",
        "A5",
        "Id saknas",
        antal=2,  # and M3's goal KF-2 is then truly unknown
    ),
    # 2. Perspektiv under both its names.
    fall(
        "Perspektiv och Målområden",
        lambda f: f.__setitem__("Målområden", [list(r) for r in f["Perspektiv"]]),
        "Perspektiv",
        None,
        "samma sak som ”Målområden”",
        "bara finnas en gång",
    ),
    # 3. Duplicate ids, naming the first occurrence's cell.
    fall(
        "dubbelt organisations-id",
        lagg_till("Organisation", "BUN", "Ny nämnd", "Nämnd", "KF", None, None),
        "Organisation",
        "A7",
        "”BUN” finns redan i A3",
    ),
    fall(
        "dubbelt mål-id",
        lagg_till("Mål", "KF-1", "KF", "INV", None, "Ett till", None),
        "Mål",
        "A6",
        "”KF-1” finns redan i A2",
    ),
    fall(
        "dubbelt mätetals-id",
        lagg_till("Mätetal", "M1", "KF-2", "Annat", "%", "Högre", None, None),
        "Mätetal",
        "A5",
        "”M1” finns redan i A2",
    ),
    fall(
        "dubbelt uppdrags-id",
        lagg_till("Uppdrag", "U1", "BUN", "KF", 2026, "Annat", "Pågår"),
        "Uppdrag",
        "A3",
        "”U1” finns redan i A2",
    ),
    fall(
        "dubbelt aktivitets-id",
        lagg_till("Aktiviteter", "A1", "BUF-A", None, "Annan", None, None, None, "Klar"),
        "Aktiviteter",
        "A3",
        "”A1” finns redan i A2",
    ),
    fall(
        "dubbelt perspektiv-id",
        lagg_till("Perspektiv", "INV", "Invånare igen", None, 3),
        "Perspektiv",
        "A4",
        "”INV” finns redan i A2",
    ),
    # 4. Unknown references.
    fall(
        "okänd överordnad",
        satt("Organisation", 4, "Överordnad", "BUNN"),
        "Organisation",
        "D4",
        "”BUNN” finns inte",
        "Menade du ”BUN”",
    ),
    fall(
        "okänd organisation för mål",
        satt("Mål", 3, "Organisation", "BUM"),
        "Mål",
        "B3",
        "”BUM” finns inte på fliken Organisation",
    ),
    fall(
        "okänt perspektiv-id",
        satt("Mål", 2, "Perspektiv", "XYZ"),
        "Mål",
        "C2",
        "”XYZ” finns inte på fliken Perspektiv",
        "INV (Invånare)",
    ),
    fall(
        "okänt perspektivnamn",
        satt("Mål", 3, "Perspektiv", "Invånarna"),
        "Mål",
        "C3",
        "”Invånarna” finns inte",
    ),
    fall(
        "okänt överordnat mål",
        satt("Mål", 3, "Överordnat mål", "KF-9"),
        "Mål",
        "D3",
        "Överordnat mål ”KF-9” finns inte",
    ),
    fall(
        "okänt mål för mätetal",
        satt("Mätetal", 2, "Mål", "BUN-9"),
        "Mätetal",
        "B2",
        "”BUN-9” finns inte på fliken Mål",
        "Menade du ”BUN-1”",
    ),
    fall(
        "okänt mätetal i målvärden, lång form",
        ersatt("Målvärden", MALVARDEN_LANG, ["M1", 2026, 88], ["M9", 2026, 3]),
        "Målvärden",
        "A3",
        "”M9” finns inte på fliken Mätetal",
    ),
    fall(
        "okänt mätetal i målvärden, bred form",
        lagg_till("Målvärden", "M9", 1, 2, 3),
        "Målvärden",
        "A5",
        "”M9” finns inte på fliken Mätetal",
    ),
    fall(
        "okänt mätetal i utfall",
        satt("Utfall", 4, "Mätetal", "M7"),
        "Utfall",
        "A4",
        "”M7” finns inte på fliken Mätetal",
    ),
    fall(
        "okänt mätetal i utfall, bred form",
        ersatt("Utfall", ["Mätetal", "2025", "2026-T1"], ["M1", 80, 81], ["M8", 1, None]),
        "Utfall",
        "A3",
        "”M8” finns inte",
    ),
    fall(
        "okänd organisation för aktivitet",
        satt("Aktiviteter", 2, "Organisation", "XX"),
        "Aktiviteter",
        "B2",
        "”XX” finns inte på fliken Organisation",
    ),
    fall(
        "okänt mål för aktivitet",
        satt("Aktiviteter", 2, "Mål", "XX-1"),
        "Aktiviteter",
        "C2",
        "”XX-1” finns inte på fliken Mål",
    ),
    fall(
        "okänd mottagare av uppdrag",
        satt("Uppdrag", 2, "Organisation", "XX"),
        "Uppdrag",
        "B2",
        "Organisationen ”XX” finns inte",
    ),
    fall(
        "okänd uppdragsgivare",
        satt("Uppdrag", 2, "Uppdragsgivare", "KS"),
        "Uppdrag",
        "C2",
        "Uppdragsgivaren ”KS” finns inte",
    ),
    fall(
        "okänd organisation i ekonomi",
        satt("Ekonomi", 3, "Organisation", "XX"),
        "Ekonomi",
        "A3",
        "”XX” finns inte",
    ),
    fall(
        "okänd organisation i investeringar",
        satt("Investeringar", 2, "Organisation", "XX"),
        "Investeringar",
        "A2",
        "”XX” finns inte",
    ),
    fall(
        "okänd organisation i texter",
        satt("Texter", 3, "Organisation", "XX"),
        "Texter",
        "A3",
        "”XX” finns inte",
    ),
    fall(
        "okänt mål i texter",
        satt("Texter", 2, "Mål", "BUN-7"),
        "Texter",
        "C2",
        "”BUN-7” finns inte på fliken Mål",
    ),
    fall(
        "okänd organisation i sammanträden",
        satt("Sammanträden", 2, "Organisation", "XX"),
        "Sammanträden",
        "A2",
        "”XX” finns inte",
    ),
    # 5. Exactly one root.
    fall(
        "två rötter",
        satt("Organisation", 6, "Överordnad", None),
        "Organisation",
        None,
        "exakt en högsta nivå",
        "har 2",
        "KF (D2)",
        "BOL (D6)",
    ),
    fall(
        "ingen rot",
        satt("Organisation", 2, "Överordnad", "BUN"),
        "Organisation",
        None,
        "exakt en högsta nivå",
        "har 0",
        antal=2,  # and the loop KF → BUN → KF, below
    ),
    # 6. Loops.
    fall(
        "slinga",
        satt("Organisation", 3, "Överordnad", "BUF"),
        "Organisation",
        "D3",
        "slinga",
        "BUN → BUF → BUN",
    ),
    fall(
        "slinga utan rot",
        satt("Organisation", 2, "Överordnad", "BUN"),
        "Organisation",
        "D2",
        "slinga",
        "KF → BUN → KF",
        antal=2,
    ),
    fall(
        "egen överordnad",
        satt("Organisation", 3, "Överordnad", "BUN"),
        "Organisation",
        "D3",
        "sin egen överordnade",
    ),
    # 7. The målkedja: a supported goal must belong to an ancestor.
    fall(
        "bolagets mål stödjer nämndens",
        lagg_till("Mål", "BOL-1", "BOL", "INV", "BUN-1", "Fler bostäder", None),
        "Mål",
        "D6",
        "”BUN-1” tillhör BUN",
        "inte står över BOL",
    ),
    fall(
        "enhetens mål stödjer syskonets",
        alla(
            lagg_till("Organisation", *EN_ENHET),
            lagg_till("Mål", "BUF-B-1", "BUF-B", "INV", "BUF-A-1", "Läsa mer", None),
        ),
        "Mål",
        "D6",
        "”BUF-A-1” tillhör BUF-A",
        "inte står över BUF-B",
    ),
    fall(
        "mål stödjer ett mål hos samma organisation",
        satt("Mål", 5, "Överordnat mål", "KF-1"),
        "Mål",
        "D5",
        "tillhör KF",
        "inte står över KF",
    ),
    # 8. Bad values.
    fall(
        "okänd nivå",
        satt("Organisation", 3, "Nivå", "Styrelsen"),
        "Organisation",
        "C3",
        "”Styrelsen” är ingen giltig nivå",
        "Nämnd",
    ),
    fall(
        "okänd riktning",
        satt("Mätetal", 2, "Riktning", "Uppåt"),
        "Mätetal",
        "E2",
        "”Uppåt” är ingen giltig riktning",
        "Högre är bättre",
    ),
    fall(
        "okänd aktivitetsstatus",
        satt("Aktiviteter", 2, "Status", "Klart"),
        "Aktiviteter",
        "H2",
        "ingen giltig aktivitetsstatus",
        "Ej påbörjad",
    ),
    fall(
        "okänd uppdragsstatus",
        satt("Uppdrag", 2, "Status", "Klar"),
        "Uppdrag",
        "F2",
        "ingen giltig uppdragsstatus",
        "Slutfört",
    ),
    fall(
        "okänd bedömning",
        satt("Texter", 2, "Bedömning", "Bra"),
        "Texter",
        "F2",
        "”Bra” är ingen giltig bedömning",
        "Delvis uppfyllt",
    ),
    fall(
        "okänd dokumenttyp",
        satt("Sammanträden", 2, "Dokument", "Protokoll"),
        "Sammanträden",
        "D2",
        "”Protokoll” är ingen giltig dokumenttyp",
        "Delårsrapport",  # the hint shows Swedish names, not internal codes
    ),
    fall("okänd ekonomityp", satt("Ekonomi", 2, "Typ", "Avgift"), "Ekonomi", "E2", "Intäkt"),
    fall(
        "period 2026-T4",
        satt("Utfall", 2, "Period", "2026-T4"),
        "Utfall",
        "B2",
        "”2026-T4” är ingen period",
        "2026-T2",
    ),
    fall(
        "period T3 2026",
        satt("Utfall", 2, "Period", "T3 2026"),
        "Utfall",
        "B2",
        "är hela året",
        "Skriv bara året: 2026",
    ),
    fall(
        "period hösten",
        satt("Texter", 3, "Period", "hösten"),
        "Texter",
        "B3",
        "”hösten” är ingen period",
    ),
    fall(
        "period som rubrik i bred form",
        ersatt("Utfall", ["Mätetal", "2025", "hösten"], ["M1", 80, 81]),
        "Utfall",
        "C1",
        "”hösten” är ingen period",
    ),
    fall(
        "år tjugo", satt("Uppdrag", 2, "År", "tjugo"), "Uppdrag", "D2", "”tjugo” är inte ett årtal"
    ),
    fall("år 20261", satt("Ekonomi", 2, "År", 20261), "Ekonomi", "B2", "”20261” är inte ett årtal"),
    fall(
        "år som rubrik i bred form",
        byt_rubrik("Målvärden", 2026, "tjugo"),
        "Målvärden",
        "C1",
        "”tjugo” är inte ett årtal",
    ),
    fall(
        "tal 12,5,3",
        satt("Målvärden", 2, 2025, "12,5,3"),
        "Målvärden",
        "B2",
        "”12,5,3” är inte ett tal",
    ),
    fall("tal abc", satt("Ekonomi", 2, "Budget", "abc"), "Ekonomi", "F2", "”abc” är inte ett tal"),
    fall(
        "decimaler 9",
        satt("Mätetal", 2, "Decimaler", 9),
        "Mätetal",
        "G2",
        "utanför det tillåtna",
        "från 0 till 6",
    ),
    fall("decimaler -1", satt("Mätetal", 3, "Decimaler", -1), "Mätetal", "G3", "utanför"),
    fall("decimaler 1,5", satt("Mätetal", 3, "Decimaler", "1,5"), "Mätetal", "G3", "heltal"),
    fall(
        "agenda 2030 18",
        satt("Mål", 2, "Agenda 2030", "18"),
        "Mål",
        "F2",
        "”18” är inga Agenda 2030-mål",
        "1–17",
    ),
    fall("agenda 2030 4, 0", satt("Mål", 3, "Agenda 2030", "4, 0"), "Mål", "F3", "Agenda 2030"),
    fall(
        "datum som text",
        satt("Aktiviteter", 2, "Start", "31/3 2026"),
        "Aktiviteter",
        "F2",
        "”31/3 2026” är inget datum",
        "ÅÅÅÅ-MM-DD",
    ),
    fall(
        "sammanträdesdatum som text",
        satt("Sammanträden", 2, "Datum", "18 mars"),
        "Sammanträden",
        "B2",
        "inget datum",
    ),
    fall(
        "slut före start",
        satt("Aktiviteter", 2, "Slut", datetime.date(2025, 12, 31)),
        "Aktiviteter",
        "G2",
        "Slut (2025-12-31) är före Start (2026-01-10)",
    ),
    fall(
        "till år före från år",
        alla(
            lambda f: [r.extend([None, None]) for r in f["Mål"]],
            lambda f: f["Mål"][0].__setitem__(slice(-2, None), ["Från år", "Till år"]),
            satt("Mål", 2, "Från år", 2027),
            satt("Mål", 2, "Till år", 2026),
        ),
        "Mål",
        "H2",
        "Till år (2026) är före Från år (2027)",
    ),
    fall(
        "ekonomiperiod i annat år",
        satt("Ekonomi", 5, "Period", "2025-T2"),
        "Ekonomi",
        "C5",
        "2025-T2 hör inte till år 2026",
    ),
    fall(
        "ordning som inte är ett tal",
        satt("Perspektiv", 2, "Ordning", "först"),
        "Perspektiv",
        "D2",
        "inte ett tal",
    ),
    fall(
        "kolumn två gånger",
        byt_rubrik("Mål", "Agenda 2030", " mål "),
        "Mål",
        "F1",
        "”Mål” finns två gånger",
    ),
    # 9. Keys that must be unique, reported at the repeated cell, naming the first.
    fall(
        "målvärde två gånger, lång form",
        ersatt("Målvärden", MALVARDEN_LANG, ["M1", 2026, 88], ["M1", "2026", 90]),
        "Målvärden",
        "C3",
        "samma mätetal och år finns redan i C2",
    ),
    fall(
        "målvärde två gånger, bred form",
        lagg_till("Målvärden", "M2", None, 7, None),
        "Målvärden",
        "C5",
        "samma mätetal och år finns redan i C3",
    ),
    fall(
        "utfall två gånger",
        lagg_till("Utfall", "M1", "2025", 87, None),
        "Utfall",
        "C8",
        "samma mätetal och period finns redan i C3",
    ),
    fall(
        "utfall två gånger, olika stavning av perioden",
        lagg_till("Utfall", "M1", "T2 2026", 71, None),
        "Utfall",
        "C8",
        "finns redan i C4",
    ),
    fall(
        "ekonomipost två gånger",
        lagg_till("Ekonomi", "BUF-A", 2025, "2025", "personalkostnader", "Kostnad", 1, 1, None),
        "Ekonomi",
        "D6",
        "Samma post för samma organisation och period finns redan i D2",
    ),
    fall(
        "analys två gånger",
        lagg_till("Texter", "BUN", "2025", "BUN-1", "Analys igen", "Mer text.", None),
        "Texter",
        "C4",
        "En analys för samma mål och period finns redan i C2",
    ),
    # One mistake, one message: rows that refer to a broken row are not reported again.
    fall(
        "fel nivå hos en nämnd med mål och barn",
        satt("Organisation", 3, "Nivå", "Styrelsen"),
        "Organisation",
        "C3",
        "ingen giltig nivå",
    ),
    fall(
        "okänd överordnad hos en förvaltning",
        satt("Organisation", 4, "Överordnad", "XX"),
        "Organisation",
        "D4",
        "”XX” finns inte",
    ),
    fall(
        "mål utan organisation stöds av ett annat",
        satt("Mål", 2, "Organisation", None),
        "Mål",
        "B2",
        "Organisation saknas",
    ),
]


@pytest.mark.parametrize(("andring", "flik", "cell", "ord_", "antal"), FALL)
def test_trasig_arbetsbok(grund, arbetsyta, kontrollera, andring, flik, cell, ord_, antal):
    andring(grund)
    resultat = kontrollera(arbetsyta(grund))
    if flik is None:
        fel_i(resultat, None, cell, *ord_, fil="indata")
    else:
        fel_i(resultat, flik, cell, *ord_)
    assert antal_fel(resultat) == antal, resultat.output


def test_alla_problem_visas_pa_en_gang(grund, arbetsyta, kontrollera):
    satt("Organisation", 3, "Nivå", "Styrelsen")(grund)
    satt("Mätetal", 2, "Riktning", "Uppåt")(grund)
    satt("Utfall", 2, "Period", "hösten")(grund)
    lagg_till("Mål", "X-1", "XX", "INV", None, "Okänd ägare", None)(grund)
    resultat = kontrollera(arbetsyta(grund))
    fel_i(resultat, "Organisation", "C3", "Styrelsen")
    fel_i(resultat, "Mätetal", "E2", "Uppåt")
    fel_i(resultat, "Utfall", "B2", "hösten")
    fel_i(resultat, "Mål", "B6", "”XX” finns inte")
    assert antal_fel(resultat) == 4
    assert resultat.output.rstrip().endswith("4 fel, 0 varningar, 0 notiser.")


def test_ett_fel_i_bred_form_visas_en_gang(grund, arbetsyta, kontrollera):
    # Three values on a row with an unknown measure: one message at the id cell.
    lagg_till("Målvärden", "M9", 1, 2, 3)(grund)
    resultat = kontrollera(arbetsyta(grund))
    grupp = problem_i(resultat.output)["styrning.xlsx › Målvärden"]
    assert [(p.cell, p.etikett) for p in grupp] == [("A5", "Fel")]


# --- 2. The same sheet in two workbooks -------------------------------------------------


@pytest.mark.parametrize("namn", ["Mål", " mål ", "MÅL"])
def test_flik_i_tva_arbetsbocker(grund, arbetsyta, kontrollera, namn):
    katalog = arbetsyta(grund)
    skriv_arbetsbok(katalog / "indata" / "matetal.xlsx", {namn: grund["Mål"]})
    resultat = kontrollera(katalog)
    # matetal.xlsx is read first (sorted), so styrning.xlsx's copy is the extra one
    fel_i(resultat, "Mål", None, "finns två gånger", "matetal.xlsx")
    assert antal_fel(resultat) == 1


def test_flikar_fordelade_pa_flera_arbetsbocker(grund, arbetsyta, kontrollera):
    katalog = arbetsyta({k: v for k, v in grund.items() if k not in ("Mätetal", "Utfall")})
    skriv_arbetsbok(
        katalog / "indata" / "matetal.xlsx",
        {"Mätetal": grund["Mätetal"], "Utfall": grund["Utfall"]},
    )
    resultat = kontrollera(katalog)
    assert resultat.exit_code == 0, resultat.output
    assert "3 mätetal" in resultat.output


def test_fel_i_andra_arbetsboken_visar_dess_namn(grund, arbetsyta, kontrollera):
    katalog = arbetsyta({k: v for k, v in grund.items() if k != "Utfall"})
    satt("Utfall", 3, "Mätetal", "M7")(grund)
    skriv_arbetsbok(katalog / "indata" / "utfall.xlsx", {"Utfall": grund["Utfall"]})
    resultat = kontrollera(katalog)
    fel_i(resultat, "Utfall", "A3", "”M7” finns inte", fil="utfall.xlsx")


# --- 10. Unknown columns and sheets are notes -----------------------------------------


def test_felstavad_valfri_kolumn_ar_en_notis(grund, arbetsyta, kontrollera):
    byt_rubrik("Mål", "Överordnat mål", "Överordnad mål")(grund)
    resultat = kontrollera(arbetsyta(grund))
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    visar(
        resultat,
        "styrning.xlsx › Mål",
        "D1",
        "”Överordnad mål” används inte",
        "Menade du ”Överordnat mål”",
        etikett="Notis",
    )
    assert "0 fel, 0 varningar, 1 notis." in resultat.output


def test_felstavad_kravd_kolumn_ar_notis_och_fel(grund, arbetsyta, kontrollera):
    byt_rubrik("Mätetal", "Riktning", "Riktnig")(grund)
    resultat = kontrollera(arbetsyta(grund))
    fel_i(resultat, "Mätetal", "rad 1", "”Riktning” saknas")
    visar(resultat, "styrning.xlsx › Mätetal", "E1", "Menade du ”Riktning”", etikett="Notis")
    assert antal_fel(resultat) == 1


def test_okand_kolumn_visar_kolumnerna(grund, arbetsyta, kontrollera):
    for rad, varde in zip(grund["Perspektiv"], ["Anteckning", "x", None], strict=True):
        rad.append(varde)
    resultat = kontrollera(arbetsyta(grund))
    assert resultat.exit_code == 0, resultat.output
    visar(
        resultat,
        "styrning.xlsx › Perspektiv",
        "E1",
        "”Anteckning” används inte",
        "Id, Namn, Beskrivning, Ordning",
        etikett="Notis",
    )


def test_okand_flik_ar_en_notis(grund, arbetsyta, kontrollera):
    grund["Anteckningar"] = [["Vad"], ["Kom ihåg"]]
    resultat = kontrollera(arbetsyta(grund))
    assert resultat.exit_code == 0, resultat.output
    visar(resultat, "styrning.xlsx › Anteckningar", None, "används inte", etikett="Notis")


# --- 11. Text in Utfall -------------------------------------------------------------------


def test_ej_matt_ar_inget_varde(grund, arbetsyta, kontrollera):
    grund["Utfall"][1][2:4] = ["Ej mätt", "Ny enkät"]  # M1, 2024
    katalog = arbetsyta(grund)
    resultat = kontrollera(katalog, "--strikt")
    assert resultat.exit_code == 0, resultat.output
    assert "0 fel, 0 varningar" in resultat.output
    utfall = las_arbetsyta(katalog).modell.matetal["M1"].utfall[Period(2024)]
    assert utfall.varde is None
    assert utfall.kommentar == "Ej mätt; Ny enkät"


def test_tal_med_text_ar_en_varning(grund, arbetsyta, kontrollera):
    satt("Utfall", 2, "Värde", "ca 85")(grund)
    katalog = arbetsyta(grund)
    resultat = kontrollera(katalog)
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    visar(resultat, "styrning.xlsx › Utfall", "C2", "”ca 85”", "Kommentar", etikett="Varning")
    assert "0 fel, 1 varning" in resultat.output
    assert las_arbetsyta(katalog).modell.matetal["M1"].utfall[Period(2024)].varde is None

    strikt = kontrollera(katalog, "--strikt")
    ingen_traceback(strikt)
    assert strikt.exit_code == 1, strikt.output
    visar(strikt, "styrning.xlsx › Utfall", "C2", "”ca 85”", etikett="Varning")


# --- 12. Percent-formatted cells ---------------------------------------------------------


def _procent(katalog: Path, flik: str, cell: str, varde: float) -> None:
    fil = katalog / "indata" / "styrning.xlsx"
    bok = openpyxl.load_workbook(fil)
    bok[flik][cell].value = varde
    bok[flik][cell].number_format = "0%"
    bok.save(fil)


@pytest.mark.parametrize(
    ("flik", "cell", "matetal", "hamta", "vantat"),
    [
        ("Utfall", "C2", "M1", lambda m: m.utfall[Period(2024)].varde, 85),
        ("Målvärden", "B2", "M1", lambda m: m.malvarde(2025), 85),
        ("Utfall", "C5", "M2", lambda m: m.utfall[Period(2025)].varde, 0.85),  # unit: dagar
        ("Målvärden", "B3", "M2", lambda m: m.malvarde(2025), 0.85),
    ],
    ids=["utfall %", "målvärde %, bred form", "utfall dagar", "målvärde dagar"],
)
def test_procentformaterad_cell(grund, arbetsyta, flik, cell, matetal, hamta, vantat):
    katalog = arbetsyta(grund)
    _procent(katalog, flik, cell, 0.85)
    inlasning = las_arbetsyta(katalog)
    assert not inlasning.problem.har_fel, [str(p) for p in inlasning.problem]
    assert hamta(inlasning.modell.matetal[matetal]) == pytest.approx(vantat)


def test_procentformaterad_cell_i_lang_form(grund, arbetsyta):
    ersatt("Målvärden", MALVARDEN_LANG, ["M1", 2026, 0], ["M2", 2026, 9])(grund)
    katalog = arbetsyta(grund)
    _procent(katalog, "Målvärden", "C2", 0.9)
    modell = las_arbetsyta(katalog).modell
    assert modell.matetal["M1"].malvarde(2026) == pytest.approx(90)


# --- 13. Accepted spellings --------------------------------------------------------------


def test_flik_och_kolumnnamn_i_annan_form(grund, arbetsyta, kontrollera):
    byt_fliknamn("Mål", " MÅL ")(grund)
    byt_fliknamn("Mätetal", "mätetal ")(grund)
    byt_fliknamn("Perspektiv", "Målområden")(grund)
    byt_rubrik(" MÅL ", "Organisation", " organisation ")(grund)
    byt_rubrik("mätetal ", "Riktning", "RIKTNING")(grund)
    byt_rubrik("Utfall", "Period", "  period")(grund)
    katalog = arbetsyta(grund)
    giltig(kontrollera(katalog))
    modell = las_arbetsyta(katalog).modell
    assert modell.mal["BUN-1"].organisation == "BUN"
    assert modell.matetal["M1"].riktning is Riktning.HOGRE
    assert [p.id for p in modell.perspektiv] == ["INV", "EKO"]


def test_perioder_i_olika_former(grund, arbetsyta, kontrollera):
    grund["Utfall"][1:] = [
        ["M1", "2026 T1", 1, None],
        ["M1", "T2 2026", 2, None],
        ["M2", "2026-t2", 3, None],
        ["M2", 2025, 4, None],
        ["M3", " 2026-T1 ", 5, None],
    ]
    katalog = arbetsyta(grund)
    giltig(kontrollera(katalog))
    matetal = las_arbetsyta(katalog).modell.matetal
    assert matetal["M1"].utfall[Period(2026, 1)].varde == 1
    assert matetal["M1"].utfall[Period(2026, 2)].varde == 2
    assert matetal["M2"].utfall[Period(2026, 2)].varde == 3
    assert matetal["M2"].utfall[Period(2025)].varde == 4
    assert matetal["M3"].utfall[Period(2026, 1)].varde == 5


def test_riktningar_i_olika_former(grund, arbetsyta, kontrollera):
    for rad, riktning in zip(grund["Mätetal"][1:], ["Högre", "↓", "lägre är bättre"], strict=True):
        rad[4] = riktning
    lagg_till("Mätetal", "M4", "KF-2", "Skuld", "kr", "↑", None, None)(grund)
    lagg_till("Mätetal", "M5", "KF-2", "Kostnad", "kr", " Lägre ", None, None)(grund)
    katalog = arbetsyta(grund)
    giltig(kontrollera(katalog))
    matetal = las_arbetsyta(katalog).modell.matetal
    assert {i: m.riktning for i, m in matetal.items()} == {
        "M1": Riktning.HOGRE,
        "M2": Riktning.LAGRE,
        "M3": Riktning.LAGRE,
        "M4": Riktning.HOGRE,
        "M5": Riktning.LAGRE,
    }


def test_svenska_tal(grund, arbetsyta, kontrollera):
    satt("Utfall", 2, "Värde", "1\u00a0086,5")(grund)  # no-break space
    satt("Utfall", 5, "Värde", "1\u2009234")(grund)  # thin space
    satt("Utfall", 7, "Värde", "\u22123,5")(grund)  # minus sign
    satt("Målvärden", 2, 2025, "85 %")(grund)
    satt("Ekonomi", 2, "Budget", "1 000")(grund)
    satt("Ekonomi", 2, "Utfall", "−12,25")(grund)
    katalog = arbetsyta(grund)
    giltig(kontrollera(katalog))
    modell = las_arbetsyta(katalog).modell
    assert modell.matetal["M1"].utfall[Period(2024)].varde == 1086.5
    assert modell.matetal["M2"].utfall[Period(2025)].varde == 1234
    assert modell.matetal["M3"].utfall[Period(2026, 1)].varde == -3.5
    assert modell.matetal["M1"].malvarde(2025) == 85
    forsta = modell.ekonomi[0]
    assert (forsta.budget, forsta.utfall) == (1000, -12.25)


def test_numeriska_id_som_text(grund, arbetsyta, kontrollera):
    satt("Organisation", 3, "Id", 12)(grund)  # a number in Excel
    satt("Organisation", 4, "Överordnad", "12")(grund)  # referenced as text
    satt("Mål", 3, "Organisation", " 12 ")(grund)
    satt("Uppdrag", 2, "Organisation", 12.0)(grund)
    for flik, rad in [("Texter", 2), ("Texter", 3), ("Sammanträden", 2)]:
        satt(flik, rad, "Organisation", "12")(grund)
    katalog = arbetsyta(grund)
    giltig(kontrollera(katalog))
    modell = las_arbetsyta(katalog).modell
    assert modell.organisationer["BUF"].overordnad == "12"
    assert modell.mal["BUN-1"].organisation == "12"


def test_tomma_rader_hoppas_over(grund, arbetsyta, kontrollera):
    grund["Mål"].insert(2, [None] * 6)
    grund["Mål"].insert(4, ["", " ", None, None, None, None])
    katalog = arbetsyta(grund)
    giltig(kontrollera(katalog))
    assert len(las_arbetsyta(katalog).modell.mal) == 4


def test_mal_kan_stodja_mal_langre_upp(grund, arbetsyta, kontrollera):
    satt("Mål", 4, "Överordnat mål", "KF-1")(grund)  # the unit's goal supports the council's
    giltig(kontrollera(arbetsyta(grund)))


# --- 15. Not a workspace -----------------------------------------------------------------


def test_ingen_arbetsyta(tmp_path, kontrollera):
    resultat = kontrollera(tmp_path)
    ingen_traceback(resultat)
    assert resultat.exit_code == 1
    assert "ingen arbetsyta för planer" in resultat.output
    assert "planer ny" in resultat.output


def test_katalogen_finns_inte(tmp_path, kontrollera):
    resultat = kontrollera(tmp_path / "saknas")
    ingen_traceback(resultat)
    assert resultat.exit_code == 1
    assert "ingen arbetsyta för planer" in resultat.output


def test_indata_utan_arbetsbocker(tmp_path, kontrollera):
    (tmp_path / "indata").mkdir()
    (tmp_path / "indata" / "anteckningar.txt").write_text("inte en arbetsbok")
    resultat = kontrollera(tmp_path)
    fel_i(resultat, None, None, "inga arbetsböcker", fil="indata")
    assert antal_fel(resultat) == 1  # and no missing-sheet errors on top


def test_planer_toml_utan_indata(tmp_path, kontrollera):
    (tmp_path / "planer.toml").write_text('[kommun]\nnamn = "X"\n', encoding="utf-8")
    resultat = kontrollera(tmp_path)
    fel_i(resultat, None, None, "inga arbetsböcker", fil="indata")


def test_text_lika_lang_som_excels_grans_ger_varning(grund, arbetsyta, kontrollera):
    """A text of exactly 32,767 characters was probably cut by the program that wrote it."""
    grund["Mål"][1][4] = "Alla barn ska lyckas. " * 1489 + "x" * 9  # 32,767 characters
    resultat = kontrollera(arbetsyta(grund))
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    visar(resultat, "styrning.xlsx › Mål", "E2", "32767 tecken lång", "klippts", etikett="Varning")
