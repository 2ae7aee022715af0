"""HTML and PDF output, read back as a reader (or a screen reader) gets it."""

from __future__ import annotations

import re
import subprocess
import sys
from html.parser import HTMLParser
from pathlib import Path

import pypdf
import pytest
from conftest import ROT

from planer import skapa_arbetsyta
from planer.dokument import bygg_kontext
from planer.modell.objekt import Period
from planer.rendering.html import Mallhamtare, render_html, skriv_pdf
from planer.rendering.mallar import Mallfel, inbyggda_mallar

NBSP = "\u00a0"

DOKUMENT = [
    ("verksamhetsplan", "KF", Period(2027)),
    ("verksamhetsplan", "BUF-ALS", Period(2027)),
    ("arsredovisning", "BUN", Period(2025)),
    ("delarsrapport", "SN", Period(2026, 2)),
    ("styrkort", "BUN", Period(2025)),
]


class _Text(HTMLParser):
    """The text of an HTML document with entities decoded, as a browser shows it."""

    def __init__(self) -> None:
        super().__init__()
        self.delar: list[str] = []
        self.lang: str | None = None

    def handle_starttag(self, tag, attrs):
        if tag == "html":
            self.lang = dict(attrs).get("lang")

    def handle_data(self, data):
        self.delar.append(data)


def html_text(html: str) -> tuple[str, str | None]:
    parser = _Text()
    parser.feed(html)
    return _rent(" ".join(parser.delar)), parser.lang


def pdf_text(fil: Path) -> str:
    """The text of a PDF without any white space.

    Where a line breaks (after "–" in "7–20", say) is layout, not text, and a
    no-break space shares its glyph with a space, so the extracted text cannot
    tell them apart. The HTML tests assert on the spaces.
    """
    return utan_luft(" ".join(sida.extract_text() for sida in pypdf.PdfReader(fil).pages))


def utan_luft(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _rent(text: str) -> str:
    """Collapse line breaks and spaces, but keep the non-breaking ones of the numbers."""
    return re.sub(r"[ \t\r\n]+", " ", text)


@pytest.fixture(scope="module")
def renderat(exempel, tmp_path_factory):
    """Each document rendered once: (context, html, pdf file)."""
    ut = tmp_path_factory.mktemp("pdf")
    cache = {}

    def hamta(typ: str, org: str, period: Period):
        if (typ, org, period) not in cache:
            kontext = bygg_kontext(exempel, typ, org, period)
            html = render_html(ROT, typ, kontext)
            pdf = ut / f"{typ}-{org}-{period}.pdf"
            skriv_pdf(html, ROT, pdf, kontext["dokument"]["titel"])
            cache[typ, org, period] = kontext, html, pdf
        return cache[typ, org, period]

    return hamta


def _allt_som_ska_synas(kontext: dict) -> list[str]:
    texter = []
    for perspektiv in kontext["perspektiv"]:
        texter.append(perspektiv["namn"])
        for mal in perspektiv["mal"]:
            texter += [mal["text"], mal["status"]["etikett"]]
            for matetal in mal["matetal"]:
                texter += [matetal["namn"], matetal["status"]["etikett"]]
    return texter


@pytest.mark.parametrize(("typ", "org", "period"), DOKUMENT, ids=lambda v: str(v))
def test_varje_mal_matetal_och_status_syns_i_html_och_pdf(renderat, typ, org, period):
    kontext, html, pdf = renderat(typ, org, period)
    i_html, lang = html_text(html)
    i_pdf = pdf_text(pdf)
    assert lang == "sv"
    assert kontext["antal_mal"] > 0
    for text in _allt_som_ska_synas(kontext):
        assert _rent(text) in i_html, text
        assert utan_luft(text) in i_pdf, text


def _matetal(kontext: dict) -> list[dict]:
    return [m for p in kontext["perspektiv"] for mal in p["mal"] for m in mal["matetal"]]


def _visade_varden(typ: str, matetal: dict) -> list[str]:
    """The values each document type shows for a measure."""
    if typ == "verksamhetsplan":
        return [matetal["baslinje"]["varde"], *(v["varde"] for v in matetal["malvarden"])]
    if typ == "styrkort":
        return [matetal["varde"], matetal["malvarde"]]
    return [u["varde"] for u in matetal["utfall"]]


@pytest.mark.parametrize(("typ", "org", "period"), DOKUMENT, ids=lambda v: str(v))
def test_talen_ar_svenska_i_html_och_pdf(renderat, typ, org, period):
    kontext, html, pdf = renderat(typ, org, period)
    i_html, i_pdf = html_text(html)[0], pdf_text(pdf)
    varden = [v for m in _matetal(kontext) for v in _visade_varden(typ, m)]
    procent = [v for v in varden if v.endswith(f"{NBSP}%")]
    assert procent, "the example has percentage measures"
    for varde in procent:
        assert varde in i_html and utan_luft(varde) in i_pdf, varde
        assert "." not in varde
    assert not re.search(r"\d %", i_html), "a percent sign after an ordinary space"


def test_belopp_har_hardt_mellanslag_i_tusental(renderat):
    kontext, html, pdf = renderat("arsredovisning", "BUN", Period(2025))
    netto = kontext["ekonomi"]["drift"]["nettokostnad"]["utfall"]
    assert re.fullmatch(r"\d{1,3}(\u00a0\d{3})+", netto)
    assert netto in html_text(html)[0]
    assert utan_luft(netto) in pdf_text(pdf)


def test_pdf_ar_taggad_med_sprak_och_titel(renderat):
    kontext, _, pdf = renderat("verksamhetsplan", "KF", Period(2027))
    lasare = pypdf.PdfReader(pdf)
    katalog = lasare.trailer["/Root"]
    assert "/StructTreeRoot" in katalog
    assert str(katalog["/Lang"]).startswith("sv")
    assert katalog["/MarkInfo"]["/Marked"].value is True
    assert kontext["dokument"]["titel"] in lasare.metadata.title
    assert b"pdfuaid:part" in katalog["/Metadata"].get_object().get_data()


def test_diagrammet_har_alternativtext_och_siffrorna_som_tabell(renderat):
    kontext, html, _ = renderat("arsredovisning", "BUN", Period(2025))
    diagram = kontext["maluppfyllelse"]["diagram"]
    assert f'alt="{diagram.alt}"' in html or diagram.alt in html_text(html)[0]
    assert '<table class="maluppfyllelse">' in html
    assert "<caption>Antal mål per perspektiv" in html


def test_samma_indata_ger_samma_pdf_byte_for_byte(renderat, tmp_path):
    """Also from a fresh process: nothing in the PDF may depend on time or on state."""
    kontext, html, forsta = renderat("styrkort", "BUN", Period(2025))
    (tmp_path / "dokument.html").write_text(html, encoding="utf-8")
    kod = (
        "import sys; from pathlib import Path; from planer.rendering.html import skriv_pdf; "
        "t = Path(sys.argv[1]); html = (t / 'dokument.html').read_text('utf-8'); "
        "skriv_pdf(html, Path(sys.argv[2]), t / 'igen.pdf', sys.argv[3])"
    )
    subprocess.run(
        [sys.executable, "-c", kod, str(tmp_path), str(ROT), kontext["dokument"]["titel"]],
        check=True,
    )
    assert (tmp_path / "igen.pdf").read_bytes() == forsta.read_bytes()


def test_specialtecken_visas_exakt_en_gang_escapade(exempel, tmp_path):
    kontext = bygg_kontext(exempel, "verksamhetsplan", "BUN", Period(2027))
    knepig = 'Trygg & säker <skola> för "alla" – 100 %'
    kontext["perspektiv"][0]["mal"][0]["text"] = knepig
    html = render_html(ROT, "verksamhetsplan", kontext)
    assert "Trygg &amp; säker &lt;skola&gt;" in html
    assert "&amp;amp;" not in html and "&amp;lt;" not in html
    assert knepig in html_text(html)[0]
    skriv_pdf(html, ROT, tmp_path / "knepig.pdf", "Knepig")
    assert utan_luft(knepig) in pdf_text(tmp_path / "knepig.pdf")


def test_tomma_listor_blir_en_mening_inte_en_tom_tabell(exempel):
    kontext = bygg_kontext(exempel, "arsredovisning", "BUN", Period(2025))
    kontext["uppdrag"] = []
    for perspektiv in kontext["perspektiv"]:
        for mal in perspektiv["mal"]:
            mal["aktiviteter"] = []
    html = render_html(ROT, "arsredovisning", kontext)
    assert "Inga uppdrag." in html
    assert '<table class="uppdrag">' not in html
    assert "Inga aktiviteter är kopplade till målet." in html
    assert '<table class="aktiviteter">' not in html.split('id="aktiviteter"')[0]


@pytest.fixture
def egen_arbetsyta(tmp_path):
    katalog = tmp_path / "kommun"
    skapa_arbetsyta(katalog)
    return katalog


def test_okand_variabel_i_egen_mall_ger_fil_och_rad(exempel, egen_arbetsyta):
    mall = egen_arbetsyta / "mallar" / "verksamhetsplan.html"
    mall.write_text(
        '{% extends "bas.html" %}\n{% block innehallet %}\n'
        "<p>{{ dokument.finns_inte }}</p>\n{% endblock %}\n",
        encoding="utf-8",
    )
    kontext = bygg_kontext(exempel, "verksamhetsplan", "BUN", Period(2027))
    with pytest.raises(Mallfel) as fel:
        render_html(egen_arbetsyta, "verksamhetsplan", kontext)
    assert fel.value.fil.name == "verksamhetsplan.html"
    assert fel.value.fil.parent == egen_arbetsyta / "mallar"
    assert fel.value.rad == 3
    assert "finns_inte" in str(fel.value)


def test_fel_i_den_gemensamma_layouten_pekar_ut_bas_html(exempel, egen_arbetsyta):
    bas = egen_arbetsyta / "mallar" / "bas.html"
    bas.write_text(
        '<html lang="sv">\n<title>{{ dokument.titel }}</title>\n{{ kommun.saknas }}\n',
        encoding="utf-8",
    )
    kontext = bygg_kontext(exempel, "styrkort", "BUN", Period(2025))
    with pytest.raises(Mallfel) as fel:
        render_html(egen_arbetsyta, "styrkort", kontext)
    assert (fel.value.fil.name, fel.value.rad) == ("bas.html", 3)


def test_sandladan_stoppar_forsok_att_na_python(exempel, egen_arbetsyta):
    mall = egen_arbetsyta / "mallar" / "styrkort.html"
    mall.write_text("<p>{{ ''.__class__.__mro__[1].__subclasses__() }}</p>\n", encoding="utf-8")
    kontext = bygg_kontext(exempel, "styrkort", "BUN", Period(2025))
    with pytest.raises(Mallfel, match=r"styrkort\.html"):
        render_html(egen_arbetsyta, "styrkort", kontext)


@pytest.mark.parametrize(
    "url",
    [
        "http://example.invalid/stil.css",
        "https://example.invalid/typsnitt.ttf",
        "file:///etc/passwd",
        "file:///dev/zero",
        (inbyggda_mallar() / ".." / "planer.toml").as_uri(),
        (inbyggda_mallar() / "typsnitt" / ".." / ".." / "pyproject.toml").as_uri(),
    ],
)
def test_hamtaren_vagrar_allt_utanfor_mallarna(url):
    with pytest.raises(Mallfel, match="hänvisar till"):
        Mallhamtare([inbyggda_mallar()]).fetch(url)


def test_hamtaren_later_data_och_mallfiler_passera_aven_inbyggda(egen_arbetsyta):
    hamtare = Mallhamtare([egen_arbetsyta / "mallar", inbyggda_mallar()])
    assert hamtare.fetch("data:text/plain;base64,aGVq").read() == b"hej"
    assert hamtare.fetch((egen_arbetsyta / "mallar" / "stil.css").as_uri()).read()
    # typsnitt/ is not copied into a new workspace; the built-in fonts are used.
    font = hamtare.fetch(
        (egen_arbetsyta / "mallar" / "typsnitt" / "source-sans-3-latin-400-normal.ttf").as_uri()
    )
    assert font.read(4) == b"\x00\x01\x00\x00"


def test_en_bild_fran_natet_stoppar_pdf_med_mallfel(egen_arbetsyta, tmp_path):
    html = '<html lang="sv"><title>T</title><img src="https://example.invalid/a.png" alt="x">'
    with pytest.raises(Mallfel, match=r"https://example\.invalid/a\.png"):
        skriv_pdf(html, egen_arbetsyta, tmp_path / "ut.pdf", "T")
