"""The website in a real browser: Chromium opens it from file://, follows the målkedja
down and back up, filters the list of goals, and axe-core checks every kind of page."""

from __future__ import annotations

import pytest

from planer.bygg import bestallning, bygg
from planer.modell.objekt import Niva
from planer.webb import bygg_webb
from planer.webb.adresser import Adresser


@pytest.fixture(scope="module")
def plats(exempel, tmp_path_factory):
    """The example's site, with the council's scorecard in Word to link to."""
    utdata = tmp_path_factory.mktemp("utdata")
    val = bestallning(exempel, ("KF",), dokumenttyper=("styrkort",), format=("docx",))
    assert not bygg(exempel, val, utdata, arbetare=1).misslyckade
    return bygg_webb(exempel, utdata=utdata).mapp


def _adresser(exempel) -> Adresser:
    return Adresser.for_modell(exempel.modell, exempel.modell.perioder_med_utfall[-1].ar)


def _kedja_till_enhet(modell, ar):
    """A committee, one of its goals, and a unit's goal that supports it (via any levels)."""
    for org in modell.organisationer.values():
        if org.niva is not Niva.NAMND:
            continue
        for mal in modell.mal_for(org.id):
            for ned in modell.malkedja_ned(mal.id):
                enhet = modell.organisationer[ned.organisation]
                if enhet.niva is Niva.ENHET and mal.galler(ar) and ned.galler(ar):
                    return org, mal, ned
    raise AssertionError("the example has no målkedja from a committee to a unit")


def test_chromium_follows_the_malkedja_down_and_back_up(chromium, exempel, plats):
    from playwright.sync_api import expect

    modell = exempel.modell
    namnd, mal, enhetens_mal = _kedja_till_enhet(modell, modell.perioder_med_utfall[-1].ar)
    sida = chromium.new_page()
    sida.goto((plats / "index.html").as_uri())
    rubrik = sida.get_by_role("heading", level=1)
    sida.locator("ul.trad").get_by_role("link", name=namnd.namn, exact=True).click()
    expect(rubrik).to_have_text(namnd.namn)
    sida.locator("#styrkort").get_by_role("link", name=mal.text, exact=True).first.click()
    expect(rubrik).to_have_text(mal.text)
    sida.locator("ul.kedja").get_by_role("link", name=enhetens_mal.text, exact=True).click()
    expect(rubrik).to_have_text(enhetens_mal.text)
    enhet = modell.organisationer[enhetens_mal.organisation]
    expect(sida.locator(".overrubrik")).to_contain_text(enhet.namn)
    for overordnat in modell.malkedja_upp(enhetens_mal.id):  # up, one step at a time
        sida.locator("ol.kedja-upp a").first.click()
        expect(rubrik).to_have_text(overordnat.text)
    assert overordnat.organisation == modell.rot.id
    assert sida.url.startswith("file://")
    sida.close()


def _sidor_av_varje_slag(exempel) -> list[str]:
    modell, adresser = exempel.modell, _adresser(exempel)
    namnd, mal, enhetens_mal = _kedja_till_enhet(modell, modell.perioder_med_utfall[-1].ar)
    kf_mal = modell.malkedja_upp(mal.id)[-1]
    return [
        "index.html",
        adresser.org(namnd.id),
        adresser.org(enhetens_mal.organisation),
        adresser.av_mal(kf_mal.id),  # with the målkedja drawn
        adresser.av_mal(enhetens_mal.id),
        "agenda2030.html",
        "sok.html?q=elever",  # with the filter running
        "dokument.html",
    ]


@pytest.mark.parametrize("bredd", [1280, 390])
def test_axe_finds_no_wcag_violations(chromium, exempel, plats, bredd):
    from webblasare import axe_overtradelser, beskriv

    sida = chromium.new_page(viewport={"width": bredd, "height": 900})
    for adress in _sidor_av_varje_slag(exempel):
        sida.goto((plats / "index.html").as_uri().removesuffix("index.html") + adress)
        overtradelser = axe_overtradelser(sida)
        assert overtradelser == [], f"{adress} ({bredd} px):\n{beskriv(overtradelser)}"
    sida.close()


def test_search_filters_with_javascript_and_lists_everything_without(chromium, plats):
    from playwright.sync_api import expect

    sida = chromium.new_page()
    sida.goto((plats / "index.html").as_uri())
    sida.get_by_label("Sök mål och mätetal").fill("Förskola")
    sida.get_by_label("Sök mål och mätetal").press("Enter")
    assert "sok.html?q=F" in sida.url
    synliga = sida.locator(".filterpost:visible")
    expect(sida.locator("#filter")).to_have_value("Förskola")
    alla = sida.locator(".filterpost").count()
    assert 0 < synliga.count() < alla
    for text in synliga.all_inner_texts():
        assert "forskola" in text.lower().replace("ö", "o")
    sida.close()

    utan = chromium.new_context(java_script_enabled=False)
    sida = utan.new_page()
    sida.goto((plats / "sok.html").as_uri() + "?q=Förskola")
    assert sida.locator(".filterpost:visible").count() == alla
    expect(sida.locator(".filter")).to_be_hidden()
    utan.close()
