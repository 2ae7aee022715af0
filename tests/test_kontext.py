"""Document contexts: what every template of a document type gets to show."""

from __future__ import annotations

import pytest

from planer import las_arbetsyta
from planer.bygg import filnamn
from planer.dokument import DOKUMENTTYPER, bygg_kontext, standardperiod
from planer.modell.objekt import Period


@pytest.fixture
def inlasning(arbetsyta, grund):
    resultat = las_arbetsyta(arbetsyta(grund))
    assert resultat.modell is not None, [str(p) for p in resultat.problem]
    return resultat


def mal_i(kontext):
    return [m for p in kontext["perspektiv"] for m in p["mal"]]


def test_standardperioder(inlasning):
    assert standardperiod(inlasning, "verksamhetsplan") == Period(2027)  # planer.toml
    assert standardperiod(inlasning, "arsredovisning") == Period(2025)
    assert standardperiod(inlasning, "delarsrapport") == Period(2026, 2)
    assert standardperiod(inlasning, "styrkort") == Period(2026, 2)
    assert standardperiod(inlasning, "delarsrapport", ar=2026) == Period(2026, 2)


@pytest.mark.parametrize("typ", DOKUMENTTYPER)
def test_varje_dokument_har_organisationens_mal_och_matetal(inlasning, typ):
    kontext = bygg_kontext(inlasning, typ, "BUN", standardperiod(inlasning, typ))
    mal = mal_i(kontext)
    assert [m["text"] for m in mal] == ["Fler elever ska nå målen"]
    assert [m["namn"] for m in mal[0]["matetal"]] == ["Andel behöriga elever"]
    assert mal[0]["overordnat"] == {
        "id": "KF-1",
        "text": "Alla barn ska lyckas i skolan",
        "organisation": "Kommunfullmäktige",
    }
    assert [s["id"] for s in mal[0]["stodjande"]] == ["BUF-A-1"]
    assert kontext["organisation"]["overordnad"] == {"id": "KF", "namn": "Kommunfullmäktige"}
    assert kontext["kommun"]["namn"] == "Testkommun"
    assert [p["namn"] for p in kontext["perspektiv"]] == ["Invånare", "Ekonomi"]
    assert kontext["maluppfyllelse"]["diagram"].alt


def test_arsredovisning_visar_tre_ar_och_manuell_bedomning(inlasning):
    kontext = bygg_kontext(inlasning, "arsredovisning", "BUN", Period(2025))
    assert kontext["dokument"]["titel"] == "Verksamhetsberättelse 2025"
    mal = mal_i(kontext)[0]
    assert mal["status"]["etikett"] == "Uppfyllt" and mal["manuell"]
    assert mal["analys"] == "Resultaten förbättras."
    m1 = mal["matetal"][0]
    assert [u["period"] for u in m1["utfall"]] == ["2023", "2024", "2025"]
    assert [u["varde"] for u in m1["utfall"]] == ["–", "80,0\u00a0%", "86,5\u00a0%"]
    assert m1["malvarde"] == "85,0\u00a0%"
    assert m1["status"]["etikett"] == "Uppfyllt"
    assert m1["trend"] == {"nyckel": "forbattrad", "etikett": "Förbättrad", "symbol": "↗"}
    assert kontext["texter"] == [{"rubrik": "Viktiga händelser", "text": "Ny skola invigd."}]
    assert kontext["maluppfyllelse"]["summa"]["uppfyllt"] == 1


def test_fullmaktiges_dokument_heter_arsredovisning_och_mal_och_budget(inlasning):
    assert bygg_kontext(inlasning, "arsredovisning", "KF", Period(2025))["dokument"]["titel"] == (
        "Årsredovisning 2025"
    )
    plan = bygg_kontext(inlasning, "verksamhetsplan", "KF", Period(2027))["dokument"]
    assert (plan["titel"], plan["undertitel"]) == ("Mål och budget 2027", "med plan för 2028–2029")


def test_verksamhetsplan_har_baslinje_och_planarens_malvarden(inlasning):
    kontext = bygg_kontext(inlasning, "verksamhetsplan", "BUN", Period(2027))
    m1 = mal_i(kontext)[0]["matetal"][0]
    assert m1["baslinje"] == {"period": "januari–augusti 2026", "varde": "70,0\u00a0%"}
    assert m1["malvarden"] == [
        {"ar": 2027, "varde": "90,0\u00a0%"},
        {"ar": 2028, "varde": "–"},
        {"ar": 2029, "varde": "–"},
    ]
    assert kontext["planar"] == [2027, 2028, 2029]


def test_delarsrapport_ekonomi_med_prognos_och_avvikelse(inlasning):
    kontext = bygg_kontext(inlasning, "delarsrapport", "BUN", Period(2026, 2))
    assert kontext["dokument"]["titel"] == "Delårsrapport januari–augusti 2026"
    assert kontext["dokument"]["per_datum"] == "2026-08-31"
    drift = kontext["ekonomi"]["drift"]
    assert drift["nettokostnad"] == {
        "budget": "1\u00a0100",
        "utfall": "700",
        "prognos": "1\u00a0120",
        "avvikelse": "\u221220",
    }
    assert drift["har_prognos"]


def test_arsredovisning_ekonomi_summeras_over_tradet(inlasning):
    drift = bygg_kontext(inlasning, "arsredovisning", "KF", Period(2025))["ekonomi"]["drift"]
    assert drift["kostnader"]["budget"] == "1\u00a0500"
    assert drift["intakter"]["avvikelse"] == "20"  # more income than budgeted: positive
    assert drift["nettokostnad"]["avvikelse"] == "50"
    investeringar = bygg_kontext(inlasning, "arsredovisning", "BUN", Period(2025))["ekonomi"][
        "investeringar"
    ]
    assert investeringar["rader"][0]["projekt"] == "Ny skolgård"
    assert investeringar["summa"]["avvikelse"] == "20"


def test_enhet_utan_egna_mal_far_ett_tomt_men_giltigt_dokument(inlasning):
    kontext = bygg_kontext(inlasning, "styrkort", "BOL", Period(2026, 2))
    assert kontext["antal_mal"] == 0
    assert all(p["mal"] == [] for p in kontext["perspektiv"])
    assert kontext["maluppfyllelse"]["summa"]["totalt"] == 0


@pytest.mark.parametrize(
    ("org_id", "namn", "vantat"),
    [
        ("BUN", "Barn- och utbildningsnämnden", "BUN-Barn- och utbildningsnämnden"),
        ("X", "Kultur/fritid: <ny>?", "X-Kultur-fritid- -ny-"),
        ("CON", "", "CON-"),
        ("A", "namn...", "A-namn"),
        ("..", "..", "-"),  # no path parts, no leading or trailing dots
        ("B", "x" * 200, "B-" + "x" * 78),
    ],
)
def test_filnamn_ar_sakra(org_id, namn, vantat):
    assert filnamn(org_id, namn) == vantat
