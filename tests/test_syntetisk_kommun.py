"""Tests for the synthetic municipality generator (benchmarks/syntetisk_kommun.py)."""

import importlib.util
import sys
from pathlib import Path

import pytest
from openpyxl import load_workbook

_MODUL = Path(__file__).resolve().parents[1] / "benchmarks" / "syntetisk_kommun.py"
_spec = importlib.util.spec_from_file_location("syntetisk_kommun", _MODUL)
syntetisk_kommun = importlib.util.module_from_spec(_spec)
sys.modules["syntetisk_kommun"] = syntetisk_kommun
_spec.loader.exec_module(syntetisk_kommun)
skapa_kommun = syntetisk_kommun.skapa_kommun

ARK = {
    "styrning.xlsx": {
        "Organisation": ["Id", "Namn", "Nivå", "Överordnad", "Ansvarig", "Uppdrag"],
        "Perspektiv": ["Id", "Namn", "Beskrivning", "Ordning"],
        "Mål": [
            "Id",
            "Organisation",
            "Perspektiv",
            "Överordnat mål",
            "Mål",
            "Beskrivning",
            "Agenda 2030",
        ],
        "Aktiviteter": [
            "Id",
            "Organisation",
            "Mål",
            "Aktivitet",
            "Ansvarig",
            "Start",
            "Slut",
            "Status",
            "Kommentar",
        ],
        "Uppdrag": ["Id", "Organisation", "Uppdragsgivare", "År", "Uppdrag", "Status", "Kommentar"],
        "Texter": ["Organisation", "Period", "Mål", "Rubrik", "Text", "Bedömning"],
    },
    "matetal.xlsx": {
        "Mätetal": ["Id", "Mål", "Namn", "Enhet", "Riktning", "Kolada", "Källa", "Decimaler"],
        "Målvärden": ["Mätetal", "År", "Målvärde"],
        "Utfall": ["Mätetal", "Period", "Värde", "Kommentar"],
    },
    "ekonomi.xlsx": {
        "Ekonomi": ["Organisation", "År", "Period", "Post", "Typ", "Budget", "Utfall", "Prognos"],
        "Investeringar": [
            "Organisation",
            "År",
            "Projekt",
            "Budget",
            "Utfall",
            "Prognos",
            "Kommentar",
        ],
    },
}


def _las(katalog: Path) -> dict[str, list[dict]]:
    """Read every sheet as a list of dicts keyed by header."""
    data = {}
    for fil, ark in ARK.items():
        wb = load_workbook(katalog / "indata" / fil, read_only=True)
        assert wb.sheetnames == list(ark)
        for namn, rubriker in ark.items():
            rader = list(wb[namn].iter_rows(values_only=True))
            assert list(rader[0]) == rubriker
            # read-only rows may omit trailing empty cells
            bredd = len(rubriker)
            data[namn] = [
                dict(zip(rubriker, (*r, *[None] * (bredd - len(r))), strict=True))
                for r in rader[1:]
            ]
        wb.close()
    return data


@pytest.fixture(scope="module")
def kommun(tmp_path_factory):
    katalog = tmp_path_factory.mktemp("kommun")
    antal = skapa_kommun(katalog, organisationer=60, seed=3)
    return katalog, antal, _las(katalog)


def test_filer_och_installningar(kommun):
    katalog, antal, data = kommun
    toml = (katalog / "planer.toml").read_text(encoding="utf-8")
    assert 'namn = "Syntetisk kommun"' in toml and 'kod = "9999"' in toml and "ar = 2027" in toml
    assert antal["organisationer"] == 60 == len(data["Organisation"])
    assert antal["utfall"] == len(data["Utfall"])


def test_organisationstrad(kommun):
    _, _, data = kommun
    org = {r["Id"]: r for r in data["Organisation"]}
    assert len(org) == len(data["Organisation"])  # unique ids
    rotter = [r for r in org.values() if r["Överordnad"] is None]
    assert [r["Id"] for r in rotter] == ["KF"]
    assert rotter[0]["Nivå"] == "Kommunfullmäktige"
    djup_max = 0
    for oid in org:
        sett, nod, djup = set(), oid, 1
        while org[nod]["Överordnad"] is not None:
            assert org[nod]["Överordnad"] in org
            assert nod not in sett  # no cycles
            sett.add(nod)
            nod, djup = org[nod]["Överordnad"], djup + 1
        djup_max = max(djup_max, djup)
    assert djup_max >= 5
    nivaer = {r["Nivå"] for r in org.values()}
    assert nivaer == {"Kommunfullmäktige", "Nämnd", "Bolag", "Förvaltning", "Enhet"}
    assert org["KS"]["Nivå"] == "Nämnd"


def test_referenser_och_malkedja(kommun):
    _, _, data = kommun
    org = {r["Id"]: r for r in data["Organisation"]}
    mal = {r["Id"]: r for r in data["Mål"]}
    assert len(mal) == len(data["Mål"])
    perspektiv = {r["Id"] for r in data["Perspektiv"]}
    assert perspektiv == {"INV", "OMV", "ORG", "EKO"}

    def forfader(oid):
        while (oid := org[oid]["Överordnad"]) is not None:
            yield oid

    for m in mal.values():
        assert m["Organisation"] in org
        assert m["Perspektiv"] in perspektiv
        if m["Organisation"] == "KF":
            assert m["Överordnat mål"] is None
        else:
            over = m["Överordnat mål"]
            assert over in mal
            assert mal[over]["Organisation"] in set(forfader(m["Organisation"]))

    matetal = {r["Id"]: r for r in data["Mätetal"]}
    assert len(matetal) == len(data["Mätetal"])
    for t in matetal.values():
        assert t["Mål"] in mal
        assert t["Riktning"] in ("Högre är bättre", "Lägre är bättre")
    for r in data["Utfall"] + data["Målvärden"]:
        assert r["Mätetal"] in matetal
    par = [(r["Mätetal"], r["Period"]) for r in data["Utfall"]]
    assert len(par) == len(set(par))

    for r in data["Aktiviteter"]:
        assert r["Organisation"] in org and r["Mål"] in mal
        assert r["Status"] in ("Ej påbörjad", "Pågår", "Klar", "Försenad", "Avbruten")
    for r in data["Uppdrag"]:
        assert r["Organisation"] in org and r["Uppdragsgivare"] in org
        assert r["Status"] in ("Ej påbörjat", "Pågår", "Slutfört", "Avslutat")
    for r in data["Ekonomi"] + data["Investeringar"]:
        assert r["Organisation"] in org
    for r in data["Texter"]:
        assert r["Organisation"] in org
        assert r["Mål"] is None or r["Mål"] in mal


def test_exakt_antal_utfall(tmp_path):
    antal = skapa_kommun(tmp_path, organisationer=60, utfallsrader=500, seed=1)
    assert antal["utfall"] == 500
    data = _las(tmp_path)
    par = [(r["Mätetal"], r["Period"]) for r in data["Utfall"]]
    assert len(par) == 500
    assert len(set(par)) == 500


def test_for_manga_utfall_ger_fel(tmp_path):
    with pytest.raises(ValueError):
        skapa_kommun(tmp_path, organisationer=60, utfallsrader=10**6)


def test_deterministisk(tmp_path):
    a = skapa_kommun(tmp_path / "a", organisationer=60, seed=7)
    b = skapa_kommun(tmp_path / "b", organisationer=60, seed=7)
    assert a == b
    assert _las(tmp_path / "a") == _las(tmp_path / "b")
