"""`planer exportera`: tidy tables read back with pandas, equal to what the documents show."""

from __future__ import annotations

import pandas as pd
import pytest
from click.testing import CliRunner
from conftest import ingen_traceback
from test_kolada import skriv_koladadata

from planer import las_arbetsyta
from planer.cli import main
from planer.dokument import bygg_kontext
from planer.dokument import format as fmt
from planer.modell.objekt import Period


@pytest.fixture
def katalog(grund, arbetsyta):
    katalog = arbetsyta(grund)
    skriv_koladadata(
        katalog,
        [("9999", 2024, 79.0), ("9999", 2025, 61.5), ("1283", 2025, 70.0), ("0000", 2025, 60.0)],
    )
    return katalog


def exportera(katalog, *argument):
    resultat = CliRunner().invoke(main, ["exportera", "--katalog", str(katalog), *argument])
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    return resultat


def test_en_rad_per_matetal_och_period(katalog):
    exportera(katalog)
    tabeller = pd.read_excel(
        katalog / "utdata" / "planer-export.xlsx", sheet_name=None, engine="calamine"
    )
    assert list(tabeller) == ["Mätetal", "Mål", "Ekonomi"]
    matetal = tabeller["Mätetal"]
    assert not matetal.duplicated(["Mätetal", "Period"]).any()
    modell = las_arbetsyta(katalog).modell
    forvantat = {
        (m.id, str(p))
        for m in modell.matetal.values()
        for p in {*m.utfall, *(Period(a) for a in m.malvarden)}
    }
    assert set(zip(matetal["Mätetal"], matetal["Period"], strict=True)) == forvantat
    m2 = matetal[(matetal["Mätetal"] == "M2") & (matetal["Period"] == "2026-T1")].iloc[0]
    assert pd.isna(m2["Utfall"])  # "Ej mätt": empty, never 0
    assert m2["Status"] == "Ej bedömd"


def test_vardena_ar_de_som_dokumenten_visar(katalog):
    exportera(katalog)
    matetal = pd.read_excel(
        katalog / "utdata" / "planer-export.xlsx", sheet_name="Mätetal", engine="calamine"
    )
    inlasning = las_arbetsyta(katalog)
    kontext = bygg_kontext(inlasning, "arsredovisning", "BUN", Period(2025))
    (mt,) = kontext["perspektiv"][0]["mal"][0]["matetal"]
    rader = matetal[matetal["Mätetal"] == mt["id"]].set_index("Period")
    m = inlasning.modell.matetal[mt["id"]]
    for utfall in mt["utfall"]:
        if utfall["period"] not in rader.index:  # no outcome nor target: nothing to export
            assert utfall["varde"] == utfall["malvarde"] == fmt.TOMT
            continue
        rad = rader.loc[utfall["period"]]
        assert fmt.med_enhet(_tal(rad["Utfall"]), m.enhet, m.decimaler) == utfall["varde"]
        assert fmt.med_enhet(_tal(rad["Målvärde"]), m.enhet, m.decimaler) == utfall["malvarde"]
        assert rad["Status"] == utfall["status"]["etikett"]
    rad = rader.loc["2025"]
    assert rad["Trend"] == mt["trend"]["etikett"]
    j = mt["jamforelse"]
    assert fmt.med_enhet(rad["Kolada egen"], m.enhet, m.decimaler) == j["egen"] == "61,5\u00a0%"
    assert fmt.med_enhet(rad["Kolada riket"], m.enhet, m.decimaler) == j["riket"]
    plats, antal = int(rad["Kolada plats"]), int(rad["Kolada antal kommuner"])
    assert f"plats {plats} av {antal}" == j["plats"] == "plats 2 av 2"


def test_mal_och_ekonomi(katalog):
    exportera(katalog)
    tabeller = pd.read_excel(
        katalog / "utdata" / "planer-export.xlsx", sheet_name=None, engine="calamine"
    )
    mal = tabeller["Mål"].set_index(["Mål", "Period"])
    assert mal.loc[("BUN-1", "2025"), "Bedömning"] == "Uppfyllt"
    assert bool(mal.loc[("BUN-1", "2025"), "Manuell"]) is True
    ekonomi = tabeller["Ekonomi"]
    rad = ekonomi[(ekonomi["Organisation"] == "BUF-A") & (ekonomi["Period"] == "2026-T2")].iloc[0]
    assert (rad["Budget"], rad["Prognos"], rad["Avvikelse mot prognos"]) == (1100, 1120, -20)
    intakt = ekonomi[ekonomi["Post"] == "Statsbidrag"].iloc[0]
    assert intakt["Avvikelse mot utfall"] == 20  # more income than budgeted is positive


def test_csv_med_semikolon_och_decimalkomma(katalog):
    exportera(katalog, "--format", "csv", "--till", str(katalog / "analys"))
    fil = katalog / "analys" / "matetal.csv"
    assert fil.read_bytes().startswith(b"\xef\xbb\xbf")  # a BOM: Excel reads UTF-8
    matetal = pd.read_csv(fil, sep=";", decimal=",", encoding="utf-8-sig", dtype={"Period": str})
    rad = matetal[(matetal["Mätetal"] == "M1") & (matetal["Period"] == "2025")].iloc[0]
    assert rad["Utfall"] == 86.5
    assert {p.name for p in fil.parent.iterdir()} == {"ekonomi.csv", "mal.csv", "matetal.csv"}


def las(katalog) -> dict[str, pd.DataFrame]:
    return pd.read_excel(
        katalog / "utdata" / "planer-export.xlsx", sheet_name=None, engine="calamine"
    )


def _tal(varde):
    return None if pd.isna(varde) else float(varde)
