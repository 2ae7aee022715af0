"""Templates and names are user input: what they may reach, and where planer writes.

Templates run in Jinja's sandbox and WeasyPrint only reads the template folders;
output goes only under the output folder, with file names that are safe and
unique on every file system. And click's own messages are in Swedish.
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import docx
import pytest
from click.testing import CliRunner
from pypdf import PdfReader

from planer import Period, las_arbetsyta
from planer.bygg import bestallning, filnamn
from planer.bygg.bestallning import filnamnen, jobb
from planer.cli import main
from planer.dokument import bygg_kontext
from planer.rendering.docx import skriv_docx
from planer.rendering.html import Mallhamtare, render_html, skriv_pdf
from planer.rendering.mallar import Mallfel

HEMLIGT = "HEMLIGT-INNEHALL-4711"


def kor(*argument: str):
    return CliRunner().invoke(main, [str(a) for a in argument], prog_name="planer")


@pytest.fixture
def kommun(tmp_path):
    """A new workspace, with a secret file beside the templates that they must not reach."""
    katalog = tmp_path / "kommun"
    assert kor("ny", katalog).exit_code == 0
    (katalog / "indata" / "hemlig.txt").write_text(HEMLIGT, encoding="utf-8")
    return katalog


@pytest.fixture(scope="module")
def kontext(exempel):
    return bygg_kontext(exempel, "styrkort", "BUN", Period(2025))


def skriv_mall(kommun: Path, format_: str, *rader: str) -> Path:
    """mallar/styrkort.<format>: an HTML file with these lines, or a Word file with these
    paragraphs."""
    fil = kommun / "mallar" / f"styrkort.{format_}"
    if format_ == "html":
        fil.write_text("\n".join(rader) + "\n", encoding="utf-8")
    else:
        dokument = docx.Document()
        for rad in rader:
            dokument.add_paragraph(rad)
        dokument.save(str(fil))
    return fil


def rendera(kommun: Path, format_: str, kontext: dict) -> None:
    if format_ == "html":
        render_html(kommun, "styrkort", kontext)
    else:
        skriv_docx(kommun, "styrkort", kontext, kommun / "ut.docx", "T")


def bygg_styrkort(katalog: Path, org: str, format_: str, *extra: str):
    return kor(
        "bygg",
        "--katalog",
        katalog,
        "--org",
        org,
        "--dokument",
        "styrkort",
        "--format",
        format_,
        "--jobb",
        "1",
        *extra,
    )


# --- The Jinja sandbox, for Word and HTML templates alike ----------------------------

FLYKTFORSOK = [
    ("{{ ''.__class__.__mro__ }}", "__class__"),
    ("{{ cycler.__init__.__globals__ }}", "__init__"),
    ("{{ self._TemplateReference__context }}", "_TemplateReference__context"),
    ("{{ lipsum.__globals__.os.popen('id').read() }}", "__globals__"),
    ("{{ '{0.__class__}'.format(dokument) }}", "__class__"),
    ("{{ kommun.update({'namn': 'Falsk kommun'}) }}", "update"),
    ("{{ perspektiv.clear() }}", "clear"),
]


@pytest.mark.parametrize("format_", ["html", "docx"])
@pytest.mark.parametrize(("forsok", "namn"), FLYKTFORSOK)
def test_sandladan_stoppar_flykt_med_fil_och_rad(kommun, kontext, format_, forsok, namn):
    fil = skriv_mall(kommun, format_, "Styrkort", forsok)
    with pytest.raises(Mallfel) as fel:
        rendera(kommun, format_, kontext)
    meddelande = str(fel.value)
    assert meddelande.startswith(f"Mallen {fil}, rad {fel.value.rad}: otillåten åtgärd")
    assert f"mallar får inte använda ”{namn}”" in meddelande
    if format_ == "html":
        assert fel.value.rad == 2
    else:
        assert f"Felet finns i stycket: ”{forsok}”" in meddelande
        assert not (kommun / "ut.docx").exists()


@pytest.mark.parametrize("format_", ["html", "docx"])
def test_python_moduler_finns_inte_for_mallar(kommun, kontext, format_):
    fil = skriv_mall(kommun, format_, "Styrkort", "{{ os.system('id') }}")
    plats = re.escape(f"Mallen {fil}, rad ")
    with pytest.raises(Mallfel, match=rf"^{plats}\d+: okänd variabel ”os”\."):
        rendera(kommun, format_, kontext)


@pytest.mark.parametrize("format_", ["html", "docx"])
def test_bygget_rapporterar_dokumentet_som_misslyckat(kommun, format_):
    skriv_mall(kommun, format_, "<p>Styrkort</p>", "{{ lipsum.__globals__ }}")
    resultat = bygg_styrkort(kommun, "KS", format_)
    assert resultat.exit_code == 1, resultat.output
    assert f"Misslyckades: styrkort för KS: Mallen {kommun / 'mallar'}" in resultat.output
    assert f"styrkort.{format_}, rad" in resultat.output
    assert "otillåten åtgärd: mallar får inte använda ”__globals__”" in resultat.output
    assert "1 misslyckade" in resultat.output
    assert "Traceback" not in resultat.output
    assert not list((kommun / "utdata").rglob(f"KS-*.{format_}"))


@pytest.mark.parametrize("format_", ["html", "docx"])
def test_fel_som_mallen_orsakar_ar_mallfel_inte_internt_fel(kommun, format_):
    skriv_mall(kommun, format_, "<p>Styrkort</p>", "{{ range(10 ** 9) | list }}")
    resultat = bygg_styrkort(kommun, "KS", format_)
    assert resultat.exit_code == 1
    assert f"styrkort.{format_}, rad" in resultat.output
    assert "mallen kunde inte köras (OverflowError" in resultat.output
    assert "Internt fel" not in resultat.output


@pytest.mark.parametrize(
    ("rader", "i_meddelandet"),
    [
        (("Styrkort", "{% if organisation.namn %}utan slut"), "syntaxfel"),
        (("Styrkort", "Ansvarig: {{ organisation.chef }}"), "okänd variabel ”chef”"),
        (("Styrkort", "{% include 'delar.html' %}"), "hänvisar till mallen ”delar.html”"),
    ],
)
def test_kontrollen_visar_fil_och_rad_aven_for_wordmallar(kommun, rader, i_meddelandet):
    skriv_mall(kommun, "docx", *rader)
    resultat = kor("mallar", "--kontrollera", "--katalog", kommun)
    assert resultat.exit_code == 1, resultat.output
    rubrik, rad = resultat.output.splitlines()[:2]
    assert rubrik == "styrkort.docx"
    assert rad.startswith("  rad ")
    assert i_meddelandet in rad


def test_kontrollen_visar_fil_och_rad_for_html_som_hamtar_fran_indata(kommun):
    skriv_mall(kommun, "html", "<p>Styrkort</p>", "{% include '../indata/hemlig.txt' %}")
    resultat = kor("mallar", "--kontrollera", "--katalog", kommun)
    assert resultat.exit_code == 1
    assert "styrkort.html" in resultat.output
    assert "rad 2  Fel: hänvisar till mallen ”../indata/hemlig.txt”" in resultat.output
    assert HEMLIGT not in resultat.output


# --- Links out of mallar/ ------------------------------------------------------------


def test_en_inkluderad_mall_som_lankar_ut_vagras(kommun, kontext):
    (kommun / "mallar" / "lank.html").symlink_to(kommun / "indata" / "hemlig.txt")
    skriv_mall(kommun, "html", "<p>Styrkort</p>", "{% include 'lank.html' %}")
    with pytest.raises(Mallfel) as fel:
        render_html(kommun, "styrkort", kontext)
    assert str(fel.value).startswith(
        f"Mallen {kommun / 'mallar' / 'lank.html'}: är en länk till "
        f"{(kommun / 'indata' / 'hemlig.txt').resolve()}, utanför mallmappen."
    )
    assert HEMLIGT not in str(fel.value)


@pytest.mark.parametrize("format_", ["html", "docx"])
def test_en_mall_som_lankar_ut_vagras(kommun, kontext, format_, tmp_path):
    utanfor = tmp_path / f"annan.{format_}"
    (kommun / "mallar" / f"styrkort.{format_}").rename(utanfor)
    (kommun / "mallar" / f"styrkort.{format_}").symlink_to(utanfor)
    with pytest.raises(Mallfel, match=r"är en länk till .*, utanför mallmappen"):
        rendera(kommun, format_, kontext)


def test_html_bygget_kopierar_inget_som_lankar_ut(kommun):
    (kommun / "mallar" / "hemlig.css").symlink_to(kommun / "indata" / "hemlig.txt")
    resultat = bygg_styrkort(kommun, "KS", "html")
    assert resultat.exit_code == 1
    assert f"Mallen {kommun / 'mallar' / 'hemlig.css'}: är en länk till" in resultat.output
    kopior = [p for p in (kommun / "utdata").rglob("*") if p.is_file()]
    assert not any(HEMLIGT in p.read_text(errors="replace") for p in kopior)


# --- What WeasyPrint may read -------------------------------------------------------


@pytest.fixture
def lankar(kommun):
    """Links inside mallar/ that point out of it: to a file, to a device, to a folder."""
    mallar = kommun / "mallar"
    (mallar / "lank.txt").symlink_to(kommun / "indata" / "hemlig.txt")
    (mallar / "noll.css").symlink_to("/dev/zero")
    (mallar / "indata").symlink_to(kommun / "indata", target_is_directory=True)
    return mallar


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.invalid/stil.css",
        "FILE:///etc/passwd",
        "file:///dev/urandom",
        "file:///proc/self/environ",
        "{mallar}/%2e%2e/indata/hemlig.txt",
        "{mallar}/lank.txt",
        "{mallar}/noll.css",
        "{mallar}/indata/hemlig.txt",
    ],
)
def test_hamtaren_vagrar_natet_enheter_och_lankar_ut(lankar, url):
    hamtare = Mallhamtare([lankar])
    with pytest.raises(Mallfel, match="hänvisar till") as fel:
        hamtare.fetch(url.format(mallar=lankar.as_uri()))
    assert fel.value.fil == lankar.resolve()
    assert hamtare.vagrade == [fel.value]


def pdf_fran(kommun: Path, tmp_path: Path, innehall: str) -> Path:
    html = f'<html lang="sv"><head><title>T</title></head><body><p>Hej</p>{innehall}</body></html>'
    skriv_pdf(html, kommun, tmp_path / "ut.pdf", "T")
    return tmp_path / "ut.pdf"


def test_pdf_bilagor_ur_mallar_baddas_in(kommun, tmp_path):
    # WeasyPrint embeds attachments in our PDF/UA, so a refused one would really leak.
    pdf = pdf_fran(kommun, tmp_path, '<link rel="attachment" href="stil.css">')
    assert b"/EmbeddedFile" in pdf.read_bytes()
    assert list(PdfReader(pdf).attachments) == ["stil.css"]


@pytest.mark.parametrize(
    "innehall",
    [
        '<a rel="attachment" href="../indata/ekonomi.xlsx">Ekonomi</a>',
        '<a rel="attachment" href="../indata/hemlig.txt" download="h.txt">Hemligt</a>',
        '<link rel="attachment" href="/etc/passwd">',
        '<link rel="attachment" href="file:///proc/self/environ">',
        '<a rel="attachment" href="lank.txt">Länk</a>',
        '<img src="lank.svg" alt="Bild">',
    ],
)
def test_pdf_bilagor_och_bilder_utanfor_mallar_stoppar_dokumentet(kommun, tmp_path, innehall):
    mallar = kommun / "mallar"
    (mallar / "lank.txt").symlink_to(kommun / "indata" / "hemlig.txt")
    # WeasyPrint itself swallows a failed image inside an SVG; planer does not.
    (mallar / "lank.svg").write_text(
        '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" '
        'width="10" height="10"><image xlink:href="../indata/hemlig.txt" width="10" '
        'height="10"/></svg>',
        encoding="utf-8",
    )
    with pytest.raises(Mallfel, match=r"hänvisar till .*, som inte finns i mallar/\."):
        pdf_fran(kommun, tmp_path, innehall)


def test_bygget_skriver_ingen_pdf_med_bilaga_fran_indata(kommun):
    skriv_mall(
        kommun,
        "html",
        '{% extends "bas.html" %}',
        "{% block innehallet %}",
        '<a rel="attachment" href="../indata/ekonomi.xlsx">Ekonomi</a>',
        "{% endblock %}",
    )
    resultat = bygg_styrkort(kommun, "KS", "pdf")
    assert resultat.exit_code == 1
    assert f"hänvisar till {kommun.resolve() / 'indata' / 'ekonomi.xlsx'}" in resultat.output
    assert not [p for p in (kommun / "utdata").rglob("*") if p.suffix == ".pdf"]


# --- File names and where outputs go ------------------------------------------------

KONSTIGA_NAMN = [
    ("B/N", "Barn/utbildning\\Skola"),
    ("..", ".."),
    ("../../etc", "passwd"),
    ("/etc", "/passwd"),
    ("CON", "Namn"),
    ("NUL.1", "x"),
    ("com1 .txt", "y"),
    ("LPT1", "."),
    ("A", "Namn. . ."),
    (" . ", " slutar med punkt. "),
    ("L", "x" * 300),
    ("E", "😀" * 100),
    ("K", "Rad\nbrytning\ttabb\x7fdel\x85nästa rad"),
    ("R", "avtal\u202efdp.exe"),  # a right-to-left override disguises the extension
    ("Ä", "Förvaltningen för vård och omsorg – Äldreboenden"),
]
RESERVERADE = {"CON", "PRN", "AUX", "NUL", *(f"{p}{n}" for p in ("COM", "LPT") for n in range(10))}


@pytest.mark.parametrize(("org_id", "namn"), KONSTIGA_NAMN)
def test_filnamn_ar_sakra_pa_alla_system(org_id, namn, tmp_path):
    stam = filnamn(org_id, namn)
    assert stam
    assert not set(stam) & set('\\/:*?"<>|')
    assert all(unicodedata.category(c)[0] != "C" for c in stam)
    assert stam[0] not in " ." and stam[-1] not in " ."
    assert stam.split(".")[0].rstrip().upper() not in RESERVERADE
    assert len(stam) <= 80 and len(stam.encode()) <= 200
    fil = tmp_path / "utdata" / "2026-T2" / "verksamhetsplan" / f"{stam}.docx"
    fil.parent.mkdir(parents=True)
    fil.write_bytes(b"x")  # also a file name the file system accepts
    assert fil.resolve().parent == fil.parent.resolve()
    assert [p.name for p in tmp_path.rglob("*") if p.is_file()] == [f"{stam}.docx"]


def test_filnamn_exempel():
    assert filnamn("../../etc", "passwd") == "-..-etc-passwd"
    assert filnamn("NUL.1", "x") == "NUL_.1-x"
    assert filnamn("K", "a\x00b\x1fc") == "K-a-b-c"
    assert filnamn("R", "avtal\u202efdp.exe") == "R-avtal-fdp.exe"
    assert filnamn("BUN", "Barn- och utbildningsnämnden") == "BUN-Barn- och utbildningsnämnden"


def test_filnamnen_ar_unika_aven_dar_skiftlaget_inte_raknas():
    namn = {
        "BUN": "Nämnden",
        "bun": "Nämnden",
        "A/B": "Skolan",
        "A:B": "Skolan",
        "A-B-Skolan": "2",  # naturally A-B-Skolan-2: the suffix must go around it
        unicodedata.normalize("NFC", "Å"): "Enhet",
        unicodedata.normalize("NFD", "Å"): "Enhet",
        "X" * 90 + "1": "",
        "X" * 90 + "2": "",
    }
    stammar = filnamnen(namn)
    assert len({s.casefold() for s in stammar.values()}) == len(namn)
    assert stammar["BUN"] == "BUN-Nämnden" and stammar["bun"] == "bun-Nämnden-2"
    assert stammar["A-B-Skolan"] == "A-B-Skolan-2"
    assert stammar["A/B"] == "A-B-Skolan" and stammar["A:B"] == "A-B-Skolan-3"
    # Deterministic: the same whatever order the bodies come in.
    assert filnamnen(dict(reversed(namn.items()))) == stammar


def test_organisationer_med_samma_filnamn_far_egna_filer(arbetsyta, grund):
    grund["Organisation"] += [
        ["X/1", "Skolan", "Enhet", "BUF", None, None],
        ["X:1", "Skolan", "Enhet", "BUF", None, None],
    ]
    katalog = arbetsyta(grund)
    resultat = bygg_styrkort(katalog, "X/1", "html", "--org", "X:1")
    assert resultat.exit_code == 0, resultat.output
    filer = sorted(p.name for p in (katalog / "utdata").rglob("X*.html"))
    assert filer == ["X-1-Skolan-2.html", "X-1-Skolan.html"]
    # The name is the body's, not the build's: X:1 alone still gets its own file.
    assert bygg_styrkort(katalog, "X:1", "html", "--alltid").exit_code == 0
    assert sorted(p.name for p in (katalog / "utdata").rglob("X*.html")) == filer


def test_varje_jobb_skriver_i_sin_egen_fil_i_utdata(arbetsyta, grund, tmp_path):
    grund["Organisation"] += [[o, n, "Enhet", "BUF", None, None] for o, n in KONSTIGA_NAMN]
    grund["Organisation"] += [["X/1", "Skolan", "Enhet", "BUF", None, None]]
    grund["Organisation"] += [["X:1", "Skolan", "Enhet", "BUF", None, None]]
    inlasning = las_arbetsyta(arbetsyta(grund))
    assert inlasning.modell is not None, [str(p) for p in inlasning.problem]
    utdata = tmp_path / "utdata"
    alla = jobb(inlasning, bestallning(inlasning), utdata)
    filer = [fil for j in alla for fil in j.filer]
    assert len(alla) == 4 * len(inlasning.modell.organisationer)
    assert len({str(f).casefold() for f in filer}) == len(filer)
    for j in alla:
        for fil in j.filer:
            assert fil.parent == utdata / str(j.period) / j.dokumenttyp
            assert fil.resolve().is_relative_to(utdata.resolve())


def test_en_lank_i_utdata_som_pekar_ut_vagras(kommun):
    (kommun / "utdata").mkdir()
    (kommun / "utdata" / "2026-T2").symlink_to(kommun / "indata", target_is_directory=True)
    fore = sorted(p.name for p in (kommun / "indata").iterdir())
    resultat = bygg_styrkort(kommun, "KS", "html")
    assert resultat.exit_code == 1
    assert f"Fel: {kommun / 'utdata' / '2026-T2' / 'styrkort'} är en länk till" in resultat.output
    assert sorted(p.name for p in (kommun / "indata").iterdir()) == fore


@pytest.mark.parametrize(
    ("utdata", "hor_till"),
    [
        ("indata", "indata"),
        ("indata/dokument", "indata"),
        ("mallar", "mallar"),
        ("mallar/typsnitt", "mallar"),
        ("genvag", "indata"),  # a link to indata/
    ],
)
def test_utdata_far_inte_ligga_i_indata_eller_mallar(kommun, utdata, hor_till):
    (kommun / "genvag").symlink_to(kommun / "indata", target_is_directory=True)
    fore = sorted(str(p) for p in kommun.rglob("*"))
    resultat = bygg_styrkort(kommun, "KS", "html", "--utdata", kommun / utdata)
    assert resultat.exit_code == 1
    assert (
        f"Fel: Dokumenten kan inte skrivas till {kommun / utdata}: den mappen hör till "
        f"{kommun / hor_till}, och där skriver planer aldrig."
    ) in resultat.output
    assert f"--utdata {kommun / 'utdata'}" in resultat.output
    assert sorted(str(p) for p in kommun.rglob("*")) == fore


def test_utdata_far_inte_vara_arbetsytan(kommun):
    resultat = bygg_styrkort(kommun, "KS", "html", "--utdata", kommun)
    assert resultat.exit_code == 1
    assert f"Fel: Dokumenten kan inte skrivas till {kommun}: det är arbetsytan själv." in (
        resultat.output
    )
    assert not (kommun / "2026-T2").exists()


def test_utdata_kan_vara_en_annan_mapp(kommun, tmp_path):
    resultat = bygg_styrkort(kommun, "KS", "html", "--utdata", tmp_path / "delad")
    assert resultat.exit_code == 0, resultat.output
    assert (tmp_path / "delad" / "2026-T2" / "styrkort" / "KS-Kommunstyrelsen.html").is_file()
    assert not (kommun / "utdata").exists()


def test_ny_skriver_aldrig_over(kommun):
    toml = (kommun / "planer.toml").read_text(encoding="utf-8")
    (kommun / "planer.toml").write_text(toml + "# egen rad\n", encoding="utf-8")
    resultat = kor("ny", kommun)
    assert resultat.exit_code == 1
    assert f"Fel: {kommun} finns redan och är inte tom." in resultat.output
    assert (kommun / "planer.toml").read_text(encoding="utf-8").endswith("# egen rad\n")

    resultat = kor("ny", kommun / "planer.toml")
    assert resultat.exit_code == 2
    assert f"Mapp '{kommun / 'planer.toml'}' är en fil." in resultat.output


def test_ny_pa_en_lank_som_pekar_ingenstans(tmp_path):
    (tmp_path / "lank").symlink_to(tmp_path / "finns-inte")
    resultat = kor("ny", tmp_path / "lank")
    assert resultat.exit_code == 1
    assert "finns redan" in resultat.output
    assert "Traceback" not in resultat.output


def test_mallkontrollen_vagrar_en_lank_till_en_enhet(kommun):
    (kommun / "mallar" / "stil.css").unlink()
    (kommun / "mallar" / "stil.css").symlink_to("/dev/zero")
    resultat = kor("mallar", "--katalog", kommun, "--kontrollera")  # must not hang
    assert resultat.exit_code == 1
    assert "är en länk till /dev/zero, utanför mallmappen" in resultat.output


# --- click's own messages, in Swedish ----------------------------------------------


@pytest.mark.parametrize(
    ("argument", "forsok", "fel"),
    [
        (["bygg", "--jobb", "0"], "planer bygg", "Ogiltigt värde för '--jobb': 0 ligger utanför"),
        (
            ["bygg", "--dokument", "fel"],
            "planer bygg",
            "Ogiltigt värde för '--dokument': 'fel' är inte något av 'verksamhetsplan',",
        ),
        (["bygg", "--ar", "tjugo"], "planer bygg", "'tjugo' är inget heltal."),
        (["bygg", "--okand"], "planer bygg", "Okänd flagga '--okand'."),
        (["bygg", "--alltd"], "planer bygg", "Menade du '--alltid'?"),
        (["ny"], "planer ny", "Argument saknas: 'KATALOG'."),
        (["ny", "a", "b"], "planer ny", "Oväntat extra argument (b)"),
        (["byg"], "planer", "Okänt kommando 'byg'."),
    ],
)
def test_felaktiga_kommandon_visas_pa_svenska(argument, forsok, fel):
    resultat = kor(*argument)
    assert resultat.exit_code == 2
    rader = resultat.output.splitlines()
    assert rader[0].startswith(f"Användning: {forsok} [FLAGGOR]")
    assert f"Försök '{forsok} --help' för hjälp." in rader
    assert rader[-1].startswith("Fel: ") and fel in rader[-1]
    for engelska in ("Usage", "Error", "Try ", "Invalid", "No such", "Missing"):
        assert engelska not in resultat.output


def test_flagga_utan_varde_visas_pa_svenska():
    resultat = kor("bygg", "--org")
    assert resultat.exit_code == 2
    assert resultat.output == "Fel: Flaggan '--org' behöver ett värde.\n"


def test_hjalpen_ar_pa_svenska():
    resultat = kor("bygg", "--help")
    assert resultat.exit_code == 0
    assert resultat.output.startswith("Användning: planer bygg [FLAGGOR]\n")
    assert "\nFlaggor:\n" in resultat.output
    assert "--utdata MAPP" in resultat.output
    assert "Visa den här hjälpen och avsluta." in resultat.output
    # Examples keep their lines.
    assert "\n      planer bygg\n" in resultat.output
    assert "Kommandon:" in kor("--help").output
