"""Sammanträden (version 1.1) and Möten: what is read, and one broken workbook per rule."""

from __future__ import annotations

import datetime

import pytest
from conftest import antal_fel, fel_i, giltig, visar

from planer import las_arbetsyta
from planer.modell.objekt import Dokumenttyp

RUBRIKER = [
    "Organisation",
    "Datum",
    "Nr",
    "Ärende",
    "Dokument",
    "Avser",
    "Period",
    "Diarienummer",
    "Förslag till beslut",
    "Handläggare",
    "Föredragande",
    "Sammanfattning",
    "Ärendet",
    "Beslutet skickas till",
    "Bilaga",
]
DAG = datetime.date(2026, 4, 6)


def arende(**varden) -> list:
    rad = dict.fromkeys(RUBRIKER)
    rad.update(Organisation="BUN", Datum=DAG, Ärende="Val av justerare")
    rad.update({k.replace("_", " "): v for k, v in varden.items()})
    return [rad[r] for r in RUBRIKER]


def med_moten(grund, *rader, moten=None) -> dict:
    grund["Sammanträden"] = [RUBRIKER, *rader]
    if moten is not None:
        grund["Möten"] = [
            ["Organisation", "Datum", "Tid", "Plats", "Ordförande", "Sekreterare", "Utskick"],
            *moten,
        ]
    return grund


@pytest.fixture
def bilaga(arbetsyta, grund):
    """A workspace whose indata/ holds bilagor/utdrag.pdf; returns a writer of sheets."""

    def skriv(flikar):
        katalog = arbetsyta(flikar)
        (katalog / "indata" / "bilagor").mkdir(exist_ok=True)
        (katalog / "indata" / "bilagor" / "utdrag.pdf").write_bytes(b"%PDF-1.4\n%%EOF\n")
        (katalog / "indata" / "bilagor" / "trasig.pdf").write_bytes(b"PK\x03\x04 en xlsx")
        return katalog

    return skriv


def test_version_1_1_las_in_moten_och_arenden(grund, bilaga, kontrollera):
    flikar = med_moten(
        grund,
        arende(Ärende="Val av justerare"),
        arende(
            Ärende="Verksamhetsberättelse 2025",
            Dokument="Verksamhetsberättelse",
            Period="2025",
            Diarienummer="BUN 2026/12",
            Förslag_till_beslut="1. Nämnden godkänner.\n2. Nämnden överlämnar.",
            Beslutet_skickas_till="Kommunstyrelsen, Ekonomiavdelningen",
            Bilaga="bilagor/utdrag.pdf",
        ),
        arende(Nr=10, Ärende="Årsredovisning", Dokument="Årsredovisning", Period="2025"),
        moten=[["BUN", DAG, datetime.time(13, 15), "Sessionssalen", "Anna", "Bo", "2026-03-30"]],
    )
    katalog = bilaga(flikar)
    giltig(kontrollera(katalog))
    (mote,) = las_arbetsyta(katalog).modell.moten
    utskick = datetime.date(2026, 3, 30)
    assert (mote.tid, mote.plats, mote.utskick) == ("13.15", "Sessionssalen", utskick)
    assert [a.nr for a in mote.arenden] == [10, 11, 12]  # unnumbered items follow the highest
    arsred, justerare, vb = mote.arenden
    assert (arsred.dokument, arsred.avser) == (Dokumenttyp.ARSREDOVISNING, "KF")  # the council's
    assert (vb.dokument, vb.avser) == (Dokumenttyp.ARSREDOVISNING, "BUN")  # the body's own
    assert vb.forslag_till_beslut == ("Nämnden godkänner.", "Nämnden överlämnar.")
    assert vb.skickas_till == ("Kommunstyrelsen", "Ekonomiavdelningen")
    assert vb.bilagor == ("bilagor/utdrag.pdf",)
    assert not justerare.har_tjansteskrivelse and vb.har_tjansteskrivelse


def test_version_1_med_atta_kolumner_fungerar(grund, arbetsyta, kontrollera):
    giltig(kontrollera(arbetsyta(grund)))  # conftest's Sammanträden has version 1's columns
    (mote,) = las_arbetsyta(arbetsyta(grund)).modell.moten
    (a,) = mote.arenden
    assert (a.nr, a.avser, a.diarienummer, a.handlaggare) == (1, "BUN", "BUN 2026/12", "Eva Ek")


@pytest.mark.parametrize(
    ("rad", "cell", "ord_"),
    [
        (arende(Organisation="BUNN"), "A2", ("”BUNN” finns inte", "Menade du ”BUN”")),
        (arende(Dokument="Styrkort", Avser="XYZ"), "F2", ("”XYZ” finns inte", "Organisation")),
        (arende(Datum="6 april"), "B2", ("”6 april” är inget datum", "ÅÅÅÅ-MM-DD")),
        (arende(Dokument="Protokoll"), "E2", ("ingen giltig dokumenttyp", "Delårsrapport")),
        (arende(Bilaga="bilagor/saknas.pdf"), "O2", ("”bilagor/saknas.pdf” finns inte",)),
        (arende(Bilaga="bilagor/lista.xlsx"), "O2", ("varken PDF", ".docx")),
        (arende(Bilaga="../planer.toml.pdf"), "O2", ("utanför indata/", "bilagor/")),
        (arende(Bilaga="/etc/passwd.pdf"), "O2", ("utanför indata/",)),
        (arende(Bilaga="bilagor/trasig.pdf"), "O2", ("ingen riktig PDF-fil", "spara den")),
    ],
    ids=[
        "okänd organisation",
        "okänd Avser",
        "datum som inte är ett datum",
        "okänd dokumenttyp",
        "bilaga saknas",
        "bilaga som inte är pdf eller docx",
        "bilaga utanför indata",
        "bilaga med absolut sökväg",
        "bilaga som inte är en pdf inuti",
    ],
)
def test_trasigt_arende_visas_i_sin_cell(grund, bilaga, kontrollera, rad, cell, ord_):
    resultat = kontrollera(bilaga(med_moten(grund, rad)))
    fel_i(resultat, "Sammanträden", cell, *ord_)
    assert antal_fel(resultat) == 1


@pytest.mark.parametrize(
    ("rad", "ord_", "period"),
    [
        (arende(Dokument="Delårsrapport", Period="2025"), ("ett tertial", "2025-T2"), None),
        (arende(Dokument="Mål och budget", Period="2027-T1"), ("helt år", "2027"), "2027"),
    ],
    ids=["delårsrapport för ett helt år", "verksamhetsplan för ett tertial"],
)
def test_period_som_inte_passar_dokumentet_ar_en_varning(
    grund, arbetsyta, kontrollera, rad, ord_, period
):
    """Version 1 kept this sheet unused: a mismatch must not stop every build."""
    katalog = arbetsyta(med_moten(grund, rad))
    resultat = kontrollera(katalog)
    assert resultat.exit_code == 0, resultat.output
    visar(resultat, "styrning.xlsx › Sammanträden", "G2", *ord_, etikett="Varning")
    (mote,) = las_arbetsyta(katalog).modell.moten
    (arendet,) = mote.arenden
    assert (str(arendet.period) if arendet.period else None) == period


def test_samma_nr_tva_ganger_i_ett_sammantrade(grund, arbetsyta, kontrollera):
    flikar = med_moten(
        grund,
        arende(Nr=1),
        arende(Nr=2, Ärende="Delegationsbeslut"),
        arende(Nr=2, Ärende="Informationsärenden"),
        arende(Nr=2, Organisation="KF"),  # another meeting: its own numbers
    )
    resultat = kontrollera(arbetsyta(flikar))
    fel_i(resultat, "Sammanträden", "C4", "nr 2 finns redan", "C3", "eget nummer")
    assert antal_fel(resultat) == 1


def test_moten_med_trasiga_rader(grund, arbetsyta, kontrollera):
    flikar = med_moten(
        grund,
        arende(),
        moten=[
            ["BUN", DAG, "13.00", None, None, None, None],
            ["BUN", DAG, "15.00", None, None, None, None],
            ["BUN", DAG.replace(day=7), None, None, None, None, "2026-04-30"],
            ["XX", DAG, None, None, None, None, None],
            ["BUN", "i morgon", None, None, None, None, None],
        ],
    )
    resultat = kontrollera(arbetsyta(flikar))
    fel_i(resultat, "Möten", "B3", "finns redan i B2")
    visar(resultat, "styrning.xlsx › Möten", "G4", "efter sammanträdet")
    visar(resultat, "styrning.xlsx › Möten", "A5", "”XX” finns inte")
    visar(resultat, "styrning.xlsx › Möten", "B6", "inget datum")
    assert antal_fel(resultat) == 4


def test_mote_utan_arenden_ar_en_notis(grund, arbetsyta, kontrollera):
    flikar = med_moten(grund, arende(), moten=[["BUN", DAG.replace(day=9)] + [None] * 5])
    resultat = kontrollera(arbetsyta(flikar))
    visar(resultat, "styrning.xlsx › Möten", "B2", "inga ärenden", etikett="Notis")
    assert resultat.exit_code == 0
