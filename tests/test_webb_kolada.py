"""The Kolada comparison on the website: what a resident reads on a body's and a goal's page,
the attribution, that a new fetch rewrites exactly the pages that show it, and axe-core."""

from __future__ import annotations

from pathlib import Path

import pytest
from webbsidor import sida as _sida
from webbsidor import text as _text

from planer import las_arbetsyta
from planer.kolada.data import EXEMPELDATA, Hamtning, Koladadata, Nyckeltal, Vardepost
from planer.kolada.fil import skriv_koladafil
from planer.webb import bygg_webb, diagram
from planer.webb.adresser import Adresser

KOMMUNER = [f"{1200 + i}" for i in range(40)]  # values 40 + i; 9999 is ours
GRUPP = (("1201", "Alfa"), ("1202", "Beta"), ("1210", "Gamma"))  # mean (41 + 42 + 50) / 3


def _skriv_kolada(
    katalog: Path, egen_2025: float = 61.5, exempel: bool = False, ar: tuple = (2024, 2025)
) -> None:
    """N15428 (measure M1 of BUN-1): ours missing in 2024, riket 60 both years."""
    poster = [(k, a, 40.0 + i) for i, k in enumerate(KOMMUNER) for a in ar]
    poster += [("9999", 2024, None), ("9999", 2025, egen_2025)]
    poster += [("0000", a, 60.0) for a in ar]
    data = Koladadata(
        Hamtning(
            "http://127.0.0.1/v3",
            "2026-01-01 00:00 UTC",
            "9999",
            ar,
            grupp="G1",
            gruppnamn="Liknande kommuner",
            jamforelse=GRUPP,
            exempeldata=exempel,
        ),
        {"N15428": Nyckeltal("N15428", "Gymnasieelever, behöriga")},
        tuple(Vardepost("N15428", k, ar, v) for k, ar, v in poster),
    )
    skriv_koladafil(katalog / "indata" / "kolada.xlsx", data)


@pytest.fixture
def katalog(arbetsyta, grund):
    katalog = arbetsyta(grund)
    _skriv_kolada(katalog)
    return katalog


def _bygg(katalog: Path):
    inlasning = las_arbetsyta(katalog)
    assert not inlasning.problem.har_fel, [str(p) for p in inlasning.problem]
    adresser = Adresser.for_modell(inlasning.modell, 2026)
    return bygg_webb(inlasning), adresser


def _matetalets_jamforelser(fil: Path, namn: str) -> list:
    """The comparison sections under the measure headed `namn` on the page."""
    return [
        j
        for avsnitt in _sida(fil).xpath("//section[contains(@class, 'matetal')]")
        if _text(avsnitt.xpath("./h3")[0]) == namn
        for j in avsnitt.xpath(".//section[@class='jamforelse']")
    ]


def _talen(jamforelse) -> dict[str, str]:
    return {
        _text(div.xpath("./dt")[0]): _text(div.xpath("./dd")[0])
        for div in jamforelse.xpath(".//dl[@class='jamforelsetal']/div")
    }


def _tabellen(jamforelse) -> list[list[str]]:
    return [[_text(c) for c in rad.xpath("./th|./td")] for rad in jamforelse.xpath(".//tr")]


@pytest.mark.parametrize("sida", ["org", "mal"])
def test_the_measure_shows_own_value_group_mean_riket_and_rank_with_the_year(katalog, sida):
    resultat, adresser = _bygg(katalog)
    fil = resultat.mapp / (adresser.org("BUN") if sida == "org" else adresser.av_mal("BUN-1"))
    (jamforelse,) = _matetalets_jamforelser(fil, "Andel behöriga elever")
    assert _text(jamforelse.xpath("./h4")[0]) == "Jämförelse med andra kommuner, 2025"
    assert _talen(jamforelse) == {
        "Testkommun": "61,5 %",
        "Liknande kommuner (medel)": "44,3 %",
        "Riket": "60,0 %",
        "Placering bland kommunerna": "plats 19 av 41 2:a kvartilen",  # 40..79: 18 above
    }
    assert _tabellen(jamforelse) == [
        ["År", "Testkommun", "Liknande kommuner (medel)", "Riket", "Placering"],
        ["2024", "–", "44,3 %", "60,0 %", "–"],
        ["2025", "61,5 %", "44,3 %", "60,0 %", "plats 19 av 41"],
    ]
    (svg,) = jamforelse.xpath(".//svg[@role='img']")
    alt = _text(svg.xpath("./desc")[0])
    assert alt.startswith("Linjediagram: Andel behöriga elever 2024–2025 för Testkommun")
    assert "2025: Testkommun 61,5 %, liknande kommuner 44,3 %, riket 60,0 %" in alt
    assert len(svg.xpath("./g[contains(@class, 'linje')]")) == 3
    assert [_text(t) for t in svg.xpath(".//text")][-2:] == ["2024", "2025"]


def test_the_attribution_is_there_and_example_data_is_marked(katalog):
    resultat, adresser = _bygg(katalog)
    (jamforelse,) = _matetalets_jamforelser(
        resultat.mapp / adresser.org("BUN"), "Andel behöriga elever"
    )
    kalla = _text(jamforelse.xpath(".//p[@class='kalla']")[0])
    assert "Kolada N15428: Gymnasieelever, behöriga." in kalla
    assert "Källa: Kolada (egna värden och riket, hämtade 2026-01-01 00:00 UTC)" in kalla
    assert "placering bland kommunerna: planers bearbetning av data från Kolada" in kalla
    assert "Liknande kommuner: Alfa, Beta, Gamma." in kalla
    assert "Exempeldata" not in _text(jamforelse)

    _skriv_kolada(katalog, exempel=True)
    resultat, _ = _bygg(katalog)
    (jamforelse,) = _matetalets_jamforelser(
        resultat.mapp / adresser.org("BUN"), "Andel behöriga elever"
    )
    assert _text(jamforelse.xpath(".//p[@class='exempeldata']")[0]) == f"{EXEMPELDATA}."


def test_one_year_is_shown_as_figures_and_table_without_a_chart(arbetsyta, grund):
    katalog = arbetsyta(grund)
    _skriv_kolada(katalog, ar=(2025,))
    resultat, adresser = _bygg(katalog)
    (jamforelse,) = _matetalets_jamforelser(
        resultat.mapp / adresser.org("BUN"), "Andel behöriga elever"
    )
    assert _talen(jamforelse)["Testkommun"] == "61,5 %"
    assert _tabellen(jamforelse)[1:] == [["2025", "61,5 %", "44,3 %", "60,0 %", "plats 19 av 41"]]
    assert jamforelse.xpath(".//svg") == []


def test_the_lines_break_where_a_value_is_missing():
    linjer = diagram.linjer(
        [2022, 2023, 2024, 2025],
        [("Vi", [10.0, None, 30.0, 40.0]), ("Gruppen", [20.0] * 4), ("Riket", [None] * 4)],
        0,
    )
    vi, gruppen, riket = linjer["linjer"]
    assert [d[0] for d in vi["d"].split()] == ["M", "M", "L"]  # no line across 2023
    assert len(vi["punkter"]) == 3 and len(gruppen["punkter"]) == 4 and riket["punkter"] == []
    assert [g["text"] for g in linjer["stodlinjer"]] == ["40", "25", "10"]
    hogst, lagst = linjer["stodlinjer"][0]["y"], linjer["stodlinjer"][-1]["y"]
    assert vi["punkter"][-1]["y"] == hogst and vi["punkter"][0]["y"] == lagst
    assert all(0 < a["x"] < linjer["bredd"] for a in linjer["ar"])


def test_a_measure_without_a_kolada_id_shows_no_comparison(katalog):
    resultat, adresser = _bygg(katalog)
    for org, mal, matetal in (("BUF-A", "BUF-A-1", "Handläggningstid"), ("KF", "KF-2", "Resultat")):
        for fil in (adresser.org(org), adresser.av_mal(mal)):
            sida = resultat.mapp / fil
            assert _matetalets_jamforelser(sida, matetal) == []
            text = _text(_sida(sida))
            assert matetal in text
            assert "Jämförelse med andra kommuner" not in text and "Källa: Kolada" not in text


def test_without_a_fetch_no_page_shows_a_comparison(arbetsyta, grund):
    resultat, _ = _bygg(arbetsyta(grund))
    for fil in resultat.mapp.rglob("*.html"):
        assert "Jämförelse med andra kommuner" not in _text(_sida(fil)), fil


def test_a_new_fetch_rewrites_exactly_the_pages_that_show_the_comparison(katalog):
    forsta, adresser = _bygg(katalog)
    assert len(forsta.skrivna) > 2
    assert _bygg(katalog)[0].skrivna == []
    _skriv_kolada(katalog, egen_2025=70.0)
    ater, _ = _bygg(katalog)
    mapp = ater.mapp
    assert {p.relative_to(mapp).as_posix() for p in ater.skrivna} == {
        adresser.org("BUN"),
        adresser.av_mal("BUN-1"),
    }
    (jamforelse,) = _matetalets_jamforelser(mapp / adresser.org("BUN"), "Andel behöriga elever")
    talen = _talen(jamforelse)
    assert talen["Testkommun"] == "70,0 %"
    assert talen["Placering bland kommunerna"] == "plats 10 av 41 1:a kvartilen (bästa)"


# --- in a real browser -----------------------------------------------------------------


@pytest.fixture(scope="module")
def exempelplats(exempel, tmp_path_factory):
    """The example's site: its comparison file holds synthetic values marked as such."""
    return bygg_webb(exempel, utdata=tmp_path_factory.mktemp("utdata")).mapp


def _sidor_med_jamforelse(exempel, mapp: Path) -> list[str]:
    adresser = Adresser.for_modell(exempel.modell, exempel.modell.perioder_med_utfall[-1].ar)
    org = exempel.modell.rot.id
    mal = next(
        m.id
        for m in exempel.modell.mal_for(org)
        if any(mt.kolada for mt in exempel.modell.matetal_for(m.id))
    )
    sidor = [adresser.org(org), adresser.av_mal(mal)]
    for sida in sidor:
        assert _sida(mapp / sida).xpath("//section[@class='jamforelse']"), sida
    return sidor


@pytest.mark.parametrize("bredd", [1280, 390])
def test_axe_finds_no_violations_on_pages_with_comparisons(chromium, exempel, exempelplats, bredd):
    from webblasare import axe_overtradelser, beskriv

    sida = chromium.new_page(viewport={"width": bredd, "height": 900})
    for adress in _sidor_med_jamforelse(exempel, exempelplats):
        sida.goto((exempelplats / adress).as_uri())
        assert sida.get_by_text(f"{EXEMPELDATA}.").first.is_visible()
        overtradelser = axe_overtradelser(sida)
        assert overtradelser == [], f"{adress} ({bredd} px):\n{beskriv(overtradelser)}"
        bredast = sida.evaluate("document.documentElement.scrollWidth")
        assert bredast <= bredd, f"{adress}: the page is {bredast} px wide at {bredd} px"
    sida.close()
