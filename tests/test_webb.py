"""The website: what a resident reads on it, that every link works, and that a rebuild
after one changed outcome rewrites only the pages that show it
(test_webb_inkrementellt.py). In a real browser: test_webb_i_webblasaren.py."""

from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote, urlsplit

import pytest
from click.testing import CliRunner
from webbsidor import sida as _sida
from webbsidor import text as _text

from planer import las_arbetsyta
from planer.bedomning import Bedomare
from planer.bygg import bestallning, bygg
from planer.cli import main
from planer.modell.objekt import Niva
from planer.webb import bygg_webb
from planer.webb.adresser import Adresser

_CSS_URL = re.compile(r"url\(\s*['\"]?([^'\")]+)")


@pytest.fixture(scope="module")
def plats(exempel, tmp_path_factory):
    """The example's site, with the council's scorecard built first (Word and PDF)."""
    utdata = tmp_path_factory.mktemp("utdata")
    val = bestallning(exempel, ("KF",), dokumenttyper=("styrkort",), format=("docx", "pdf"))
    assert not bygg(exempel, val, utdata, arbetare=1).misslyckade
    resultat = bygg_webb(exempel, utdata=utdata)
    return resultat.mapp


def _adresser(exempel) -> Adresser:
    return Adresser.for_modell(exempel.modell, exempel.modell.perioder_med_utfall[-1].ar)


# --- what a resident reads ------------------------------------------------------------


def test_every_goal_and_measure_is_on_its_bodys_page(exempel, plats):
    modell, adresser = exempel.modell, _adresser(exempel)
    ar = modell.perioder_med_utfall[-1].ar
    antal = 0
    for org in modell.organisationer.values():
        text = _text(_sida(plats / adresser.org(org.id)))
        for mal in modell.mal_for(org.id):
            if not mal.galler(ar):
                continue
            assert " ".join(mal.text.split()) in text, (org.id, mal.id)
            for matetal in modell.matetal_for(mal.id):
                assert " ".join(matetal.namn.split()) in text, (org.id, matetal.id)
                antal += 1
    assert antal > 100


def test_status_is_shown_with_symbol_and_text(exempel, plats):
    """Each goal in a body's scorecard: its assessment as symbol and label, as computed."""
    modell, adresser = exempel.modell, _adresser(exempel)
    period = modell.perioder_med_utfall[-1]
    bedomare = Bedomare(modell, exempel.installningar.bedomning)
    org_id = "BUN"
    sida = _sida(plats / adresser.org(org_id))
    grupper = sida.xpath('//tbody[@class="malgrupp"]')
    mal = [m for m in modell.mal_for(org_id) if m.galler(period.ar)]
    assert len(grupper) == len(mal) > 0
    for grupp in grupper:
        lank = grupp.xpath(".//th//a")[0]
        mal_ = next(m for m in mal if adresser.av_mal(m.id) in lank.get("href"))
        visning = exempel.installningar.status[bedomare.mal(mal_.id, period).status]
        status = grupp.xpath('.//span[contains(@class, "status")]')[0]
        assert _text(status) == f"{visning.symbol} {visning.etikett}"
        assert status.xpath('./span[@class="symbol"]')[0].text == visning.symbol


def test_goal_page_shows_the_malkedja_both_ways(exempel, plats):
    modell, adresser = exempel.modell, _adresser(exempel)
    kf_mal = next(m for m in modell.mal_for(modell.rot.id) if len(modell.malkedja_ned(m.id)) > 3)
    sida = _sida(plats / adresser.av_mal(kf_mal.id))
    assert _text(sida.xpath("//h1")[0]) == " ".join(kf_mal.text.split())
    lista = sida.xpath('//ul[@class="kedja"]')[0]
    lankar = {a.get("href").removeprefix("../") for a in lista.xpath(".//a")}
    assert lankar == {adresser.av_mal(m.id) for m in modell.malkedja_ned(kf_mal.id)}
    svg = sida.xpath("//figure[contains(@class, 'malkedja')]//svg[@role='img']")[0]
    assert "målkedjan" in _text(svg.xpath("./desc")[0]).lower()
    # A unit's goal links up, every step to the council's goal.
    langst_ned = max(modell.malkedja_ned(kf_mal.id), key=lambda m: len(modell.malkedja_upp(m.id)))
    upp = _sida(plats / adresser.av_mal(langst_ned.id)).xpath('//ol[@class="kedja-upp"]//a')
    assert [a.get("href").removeprefix("../") for a in upp] == [
        adresser.av_mal(m.id) for m in modell.malkedja_upp(langst_ned.id)
    ]


def test_agenda_2030_lists_the_goals_per_global_goal(exempel, plats):
    sida = _sida(plats / "agenda2030.html")
    adresser = _adresser(exempel)
    for nr in range(1, 18):
        avsnitt = sida.get_element_by_id(f"globalt-mal-{nr}")
        lankar = {a.get("href") for a in avsnitt.xpath(".//li/a")}
        vantade = {
            adresser.av_mal(m.id) for m in exempel.modell.mal.values() if nr in m.agenda2030
        } - {None}
        assert lankar == vantade, nr


def test_documents_built_are_copied_and_linked(plats):
    start = _sida(plats / "index.html")
    lankar = [a.get("href") for a in start.xpath('//ul[@class="dokument"]//a')]
    assert sorted(Path(unquote(h)).suffix for h in lankar) == [".docx", ".pdf"]
    for href in lankar:
        assert (plats / unquote(href)).read_bytes()[:4] in (b"%PDF", b"PK\x03\x04")
    # Only the council's scorecard was built: no other body links a document.
    bun = _sida(next((plats / "organisation").glob("bun-*.html")))
    assert not bun.xpath('//ul[@class="dokument"]')


# --- links and resources --------------------------------------------------------------


def _lankar(fil: Path) -> list[str]:
    if fil.suffix == ".css":
        return _CSS_URL.findall(fil.read_text(encoding="utf-8"))
    sida = _sida(fil)
    return [
        *sida.xpath("//a/@href"),
        *sida.xpath("//link/@href"),
        *sida.xpath("//img/@src"),
        *sida.xpath("//script/@src"),
        *sida.xpath("//form/@action"),
    ]


def test_links_are_relative_and_nothing_is_fetched_from_elsewhere(plats):
    filer = [*plats.rglob("*.html"), *plats.rglob("*.css")]
    assert len(filer) > 100
    for fil in filer:
        for lank in _lankar(fil):
            delar = urlsplit(lank)
            assert not delar.scheme and not delar.netloc, (fil, lank)
            assert not delar.path.startswith("/"), (fil, lank)
        if fil.suffix == ".html":
            text = fil.read_text(encoding="utf-8")
            assert "http://" not in text and "https://" not in text, fil


def test_crawler_every_link_and_resource_resolves(plats):
    """From the start page, follow every link: each file exists, each #anchor has its id,
    and every page of the site is reached."""
    sett: set[Path] = set()
    att_besoka = [plats / "index.html"]
    ankare: list[tuple[Path, str, Path]] = []
    while att_besoka:
        fil = att_besoka.pop()
        if fil in sett:
            continue
        sett.add(fil)
        if fil.suffix not in (".html", ".css"):
            continue
        for lank in _lankar(fil):
            delar = urlsplit(lank)
            mal = (fil.parent / unquote(delar.path)).resolve() if delar.path else fil
            assert mal.is_relative_to(plats.resolve()), (fil, lank)
            assert mal.is_file(), f"{fil.relative_to(plats)}: {lank} finns inte"
            if delar.fragment:
                ankare.append((fil, delar.fragment, mal))
            att_besoka.append(mal)
    for fil, fragment, mal in ankare:
        assert _sida(mal).xpath(f'//*[@id="{fragment}"]'), f"{fil}: #{fragment} i {mal}"
    sidor = {p.resolve() for p in plats.rglob("*.html")}
    assert sidor <= {p.resolve() for p in sett}, sidor - sett


def test_one_h1_skip_link_and_landmarks_on_every_page(plats):
    for fil in plats.rglob("*.html"):
        sida = _sida(fil)
        assert sida.get("lang") == "sv"
        assert len(sida.xpath("//h1")) == 1, fil
        assert sida.xpath("//a[@class='hoppa']/@href") == ["#innehall"]
        for landmark in ("header", "nav", "main", "footer"):
            assert sida.xpath(f"//{landmark}"), (fil, landmark)
        for tabell in sida.xpath("//table"):
            assert tabell.xpath(".//th[@scope]"), fil
        ider = sida.xpath("//@id")
        assert len(ider) == len(set(ider)), fil
        for ref in sida.xpath("//@aria-labelledby"):
            assert all(i in ider for i in ref.split()), (fil, ref)


# --- the command and own templates -------------------------------------------------------


def test_command_prints_pages_written_and_unchanged(arbetsyta, grund):
    katalog = arbetsyta(grund)
    forsta = CliRunner().invoke(main, ["webb", "--katalog", str(katalog)])
    assert forsta.exit_code == 0, forsta.output
    assert "Webbplatsen för 2026-T2" in forsta.output and " 0 oförändrade" in forsta.output
    andra = CliRunner().invoke(main, ["webb", "--katalog", str(katalog), "--period", "2025"])
    assert andra.exit_code == 0, andra.output
    assert "Webbplatsen för 2025" in andra.output
    assert "2025" in _text(_sida(katalog / "utdata/webb/index.html").xpath("//h1")[0])


def test_bad_period_is_a_swedish_message(arbetsyta, grund):
    katalog = arbetsyta(grund)
    resultat = CliRunner().invoke(main, ["webb", "--katalog", str(katalog), "--period", "T7"])
    assert resultat.exit_code == 2 and "Traceback" not in resultat.output
    assert "--period" in resultat.output


def test_without_outcomes_the_period_must_be_given(arbetsyta, grund):
    grund["Utfall"] = grund["Utfall"][:1]
    katalog = arbetsyta(grund)
    resultat = CliRunner().invoke(main, ["webb", "--katalog", str(katalog)])
    assert resultat.exit_code == 1 and "Traceback" not in resultat.output
    assert "inga utfall" in resultat.output and "--period 2026-T2" in resultat.output
    resultat = CliRunner().invoke(main, ["webb", "--katalog", str(katalog), "--period", "2026"])
    assert resultat.exit_code == 0, resultat.output
    assert "Ej bedömd" in _text(_sida(katalog / "utdata/webb/mal/bun-1.html"))


def test_own_template_overrides_one_file_and_errors_name_it(arbetsyta, grund):
    katalog = arbetsyta(grund)
    egen = katalog / "mallar" / "webb"
    egen.mkdir(parents=True)
    (egen / "agenda2030.html").write_text(
        '{% extends "webb/bas.html" %}{% block innehallet %}<h1>Våra globala mål</h1>'
        "{% for g in globala_mal %}<p>{{ g.nr }} {{ g.mal|length }}</p>{% endfor %}"
        "{% endblock %}",
        encoding="utf-8",
    )
    mapp = bygg_webb(las_arbetsyta(katalog)).mapp
    assert _text(_sida(mapp / "agenda2030.html").xpath("//h1")[0]) == "Våra globala mål"
    assert "Agenda 2030" in _text(_sida(mapp / "index.html"))  # the others built in
    (egen / "agenda2030.html").write_text("{{ okand.variabel }}", encoding="utf-8")
    resultat = CliRunner().invoke(main, ["webb", "--katalog", str(katalog)])
    assert resultat.exit_code == 1 and "Traceback" not in resultat.output
    assert "agenda2030.html" in resultat.output and "okänd variabel ”okand”" in resultat.output


def test_mallar_kontrollera_checks_own_website_templates(arbetsyta, grund):
    katalog = arbetsyta(grund)
    egen = katalog / "mallar" / "webb"
    egen.mkdir(parents=True)
    (egen / "mal.html").write_text(
        '{% extends "webb/bas.html" %}\n{% block innehallet %}\n{{ mal.txet }}\n{% endblock %}\n',
        encoding="utf-8",
    )
    resultat = CliRunner().invoke(main, ["mallar", "--kontrollera", "--katalog", str(katalog)])
    assert resultat.exit_code == 1 and "Traceback" not in resultat.output
    assert "mal.html" in resultat.output and "okänd variabel ”txet”" in resultat.output
    assert "rad 3" in resultat.output
    (egen / "mal.html").write_text(
        '{% extends "webb/bas.html" %}{% block innehallet %}<h1>{{ mal.text }}</h1>{% endblock %}',
        encoding="utf-8",
    )
    resultat = CliRunner().invoke(main, ["mallar", "--kontrollera", "--katalog", str(katalog)])
    assert resultat.exit_code == 0, resultat.output
    assert "Kontrollerade 1 egen mall: mal.html." in resultat.output


def test_text_from_the_workbooks_is_shown_as_text(arbetsyta, grund):
    grund["Mål"][3][4] = 'Läsa <script>alert("x")</script> & skriva'  # BUF-A-1
    mapp = bygg_webb(las_arbetsyta(arbetsyta(grund))).mapp
    for fil in (mapp / "mal/buf-a-1.html", mapp / "mal/kf-1.html", mapp / "sok.html"):
        sida = _sida(fil)
        assert not sida.xpath("//script[not(@src)]"), fil
        assert 'Läsa <script>alert("x")</script> & skriva' in _text(sida), fil


def test_a_link_out_of_the_template_folder_is_refused(arbetsyta, grund, tmp_path):
    katalog = arbetsyta(grund)
    hemlig = tmp_path / "hemlig.txt"
    hemlig.write_text("hemligt", encoding="utf-8")
    (katalog / "mallar" / "webb").mkdir(parents=True)
    (katalog / "mallar" / "webb" / "extra.css").symlink_to(hemlig)
    resultat = CliRunner().invoke(main, ["webb", "--katalog", str(katalog)])
    assert resultat.exit_code == 1 and "Traceback" not in resultat.output
    assert "utanför mallmappen" in resultat.output
    assert not list((katalog / "utdata").rglob("extra.css"))


def test_webb_templates_do_not_touch_the_documents(arbetsyta, grund, tmp_path):
    """The website's CSS is not copied beside the HTML documents."""
    katalog = arbetsyta(grund)
    inlasning = las_arbetsyta(katalog)
    val = bestallning(inlasning, ("BUN",), dokumenttyper=("styrkort",), format=("html",))
    assert not bygg(inlasning, val, tmp_path / "ut", arbetare=1).misslyckade
    assert not list((tmp_path / "ut").rglob("webb.css"))
    assert not list((tmp_path / "ut").rglob("sok.js"))


def test_every_body_level_has_a_page(exempel, plats):
    adresser = _adresser(exempel)
    for niva in Niva:
        org = next(o for o in exempel.modell.organisationer.values() if o.niva is niva)
        assert (plats / adresser.org(org.id)).is_file()


def test_a_new_workspace_gets_the_built_in_website(tmp_path):
    katalog = tmp_path / "minkommun"
    assert CliRunner().invoke(main, ["ny", str(katalog)]).exit_code == 0
    resultat = CliRunner().invoke(main, ["webb", "--katalog", str(katalog)])
    assert resultat.exit_code == 0, resultat.output
    start = _sida(katalog / "utdata/webb/index.html")
    assert "Älvby kommun" in _text(start.xpath("//h1")[0])
    assert (katalog / "utdata/webb/resurser/webb.css").is_file()


def test_mallar_webb_lists_every_pages_variables(arbetsyta, grund):
    katalog = arbetsyta(grund)
    (katalog / "mallar" / "webb").mkdir(parents=True)
    (katalog / "mallar" / "webb" / "webb.css").write_text("body {}", encoding="utf-8")
    resultat = CliRunner().invoke(main, ["mallar", "webb", "--katalog", str(katalog)])
    assert resultat.exit_code == 0, resultat.output
    for mall in ("start", "organisation", "mal", "agenda2030", "sok", "dokument"):
        assert f"webb/{mall}.html" in resultat.output
    assert re.search(
        r"kedja_ned\[\]\.under\[\]\.text +Alla elever läser varje dag", resultat.output
    )
    lista = CliRunner().invoke(main, ["mallar", "--katalog", str(katalog)])
    assert "webb.css (egen)" in lista.output and "start.html (inbyggd)" in lista.output


def test_a_goal_that_supports_none_says_so(arbetsyta, grund):
    grund["Mål"][3][3] = None  # BUF-A-1 no longer supports BUN-1
    mapp = bygg_webb(las_arbetsyta(arbetsyta(grund))).mapp
    assert "inte kopplat till något mål högre upp" in _text(_sida(mapp / "mal/buf-a-1.html"))
    assert "ett av fullmäktiges mål" in _text(_sida(mapp / "mal/kf-1.html"))
