"""Word output: render real contexts, read the .docx back, and check what a reader sees."""

from __future__ import annotations

import copy
import importlib.util
import re
import sys
import zipfile
from pathlib import Path

import docx
import pytest
from conftest import ROT
from docx.oxml.ns import qn

from planer import Period
from planer.dokument import bygg_kontext
from planer.rendering.docx import skriv_docx
from planer.rendering.mallar import Mallfel

PERIODER = {
    "verksamhetsplan": Period(2027),
    "delarsrapport": Period(2026, 2),
    "arsredovisning": Period(2025),
    "styrkort": Period(2026, 2),
}
ORGANISATIONER = ("KF", "BUN", "BUF-ALS")
FALL = [(typ, org) for typ in PERIODER for org in ORGANISATIONER]


@pytest.fixture(scope="module")
def renderat(exempel, tmp_path_factory):
    """Every document type for three bodies: (typ, org) → (kontext, file)."""
    ut = tmp_path_factory.mktemp("docx")
    resultat = {}
    for typ, org in FALL:
        kontext = bygg_kontext(exempel, typ, org, PERIODER[typ])
        fil = ut / f"{typ}_{org}.docx"
        skriv_docx(ROT, typ, kontext, fil, kontext["dokument"]["titel"])
        resultat[typ, org] = (kontext, fil)
    return resultat


def stycken(doc) -> list[str]:
    """The text of every paragraph in the body, table cells (also nested) included."""
    return [
        "".join(t.text or "" for t in p.iter(qn("w:t"))) for p in doc.element.body.iter(qn("w:p"))
    ]


def stycken_med_stil(doc, stil: str) -> list[str]:
    return [p.text for p in doc.paragraphs if p.style.name == stil]


def alla_mal(kontext: dict) -> list[dict]:
    return [m for p in kontext["perspektiv"] for m in p["mal"]]


def lasa(renderat, typ: str, org: str):
    kontext, fil = renderat[typ, org]
    return kontext, docx.Document(str(fil))


@pytest.mark.parametrize(("typ", "org"), FALL)
def test_varje_mal_matetal_och_bedomning_syns(renderat, typ, org):
    kontext, doc = lasa(renderat, typ, org)
    text = stycken(doc)
    allt = "\n".join(text)
    mal = alla_mal(kontext)
    assert mal, "the example has goals for every body tested"
    for m in mal:
        assert m["text"] in text
        status = m["status"]
        assert f"{status['symbol']} {status['etikett']}" in text  # symbol and words, not colour
        for mt in m["matetal"]:
            assert mt["namn"] in allt
            assert f"{mt['status']['symbol']} {mt['status']['etikett']}" in text
    for p in kontext["perspektiv"]:
        assert p["namn"] in stycken_med_stil(doc, "Heading 2")


@pytest.mark.parametrize("org", ORGANISATIONER)
def test_svenska_tal_med_hart_mellanslag_och_decimalkomma(renderat, org):
    kontext, doc = lasa(renderat, "delarsrapport", org)
    text = stycken(doc)
    netto = kontext["ekonomi"]["drift"]["nettokostnad"]
    for varde in (netto["budget"], netto["utfall"], netto["prognos"]):
        assert re.fullmatch(r"−?\d{1,3}(\u00a0\d{3})*", varde)
        assert varde in text
    celler = "\n".join(
        "".join(t.text or "" for t in tc.iter(qn("w:t")))
        for tc in doc.element.body.iter(qn("w:tc"))
    )
    assert re.search(r"\d\u00a0\d{3}", celler)
    assert re.search(r"\d,\d", celler)
    assert not re.search(r"\d \d{3}\b", celler), "thousands are never split by a breaking space"


def test_procent_med_hart_mellanslag(renderat):
    kontext, doc = lasa(renderat, "arsredovisning", "KF")
    text = "\n".join(stycken(doc))
    procent = [mt["varde"] for m in alla_mal(kontext) for mt in m["matetal"] if mt["enhet"] == "%"]
    assert procent
    for varde in procent:
        assert varde.endswith("\u00a0%") and varde in text


def test_tecken_som_betyder_nagot_i_xml_syns_som_de_ar(exempel, tmp_path):
    kontext = copy.deepcopy(bygg_kontext(exempel, "delarsrapport", "BUN", Period(2026, 2)))
    knepig = 'Trygg & säker skola för <alla> – "på riktigt"'
    alla_mal(kontext)[0]["text"] = knepig
    kontext["texter"].append({"rubrik": "R&D <test>", "text": 'A & B < C > D "E"'})
    fil = tmp_path / "knepig.docx"
    skriv_docx(ROT, "delarsrapport", kontext, fil, 'Titel & "citat"')
    doc = docx.Document(str(fil))
    text = stycken(doc)
    assert knepig in stycken_med_stil(doc, "Heading 3")
    assert "R&D <test>" in stycken_med_stil(doc, "Heading 1")
    assert 'A & B < C > D "E"' in text
    assert doc.core_properties.title == 'Titel & "citat"'


@pytest.mark.parametrize("typ", PERIODER)
def test_rubriker_ar_wordrubriker(renderat, typ):
    kontext, doc = lasa(renderat, typ, "BUN")
    h1 = stycken_med_stil(doc, "Heading 1")
    assert h1 and "Innehåll" not in h1
    if typ != "styrkort":  # the scorecard is the compact overview: goals and measures only
        assert {t["rubrik"] for t in kontext["texter"]} <= set(h1)
        assert "Mål och mätetal" in h1
        assert [m["text"] for m in alla_mal(kontext)] == stycken_med_stil(doc, "Heading 3")


@pytest.mark.parametrize(("typ", "org"), FALL)
def test_varje_tabell_har_en_upprepad_rubrikrad(renderat, typ, org):
    _, doc = lasa(renderat, typ, org)
    tabeller = list(doc.element.body.iter(qn("w:tbl")))
    assert tabeller
    for tabell in tabeller:
        forsta = tabell.find(qn("w:tr"))
        assert forsta.find(f"{qn('w:trPr')}/{qn('w:tblHeader')}") is not None
        rutnat = tabell.find(qn("w:tblGrid")).findall(qn("w:gridCol"))
        assert len(rutnat) == len(forsta.findall(qn("w:tc")))
    for tcpr in doc.element.body.iter(qn("w:tcPr")):  # schema order: Word is strict
        namn = [barn.tag.split("}")[1] for barn in tcpr]
        if "shd" in namn and "tcW" in namn:
            assert namn.index("tcW") < namn.index("shd")


@pytest.mark.parametrize("typ", PERIODER)
def test_bilder_har_alternativtext(renderat, typ):
    kontext, doc = lasa(renderat, typ, "KF")
    bilder = doc.element.body.xpath(".//wp:docPr")
    alt = [b.get("descr") for b in bilder]
    assert kontext["kommun"]["logotyp"].alt in alt
    if typ != "verksamhetsplan":
        assert kontext["maluppfyllelse"]["diagram"].alt in alt
    assert all(alt), "every image has alt text"


def test_maluppfyllelse_ocksa_som_tabell(renderat):
    kontext, doc = lasa(renderat, "arsredovisning", "BUN")
    tabell = next(t for t in doc.tables if t.rows[0].cells[0].text == "Perspektiv")
    rader = {r.cells[0].text: [c.text for c in r.cells[1:]] for r in tabell.rows[1:]}
    for rad in kontext["maluppfyllelse"]["rader"]:
        nycklar = ("uppfyllt", "delvis", "ej_uppfyllt", "ej_bedomd", "totalt")
        assert rader[rad["perspektiv"]] == [str(rad[n]) for n in nycklar]


@pytest.mark.parametrize("typ", PERIODER)
def test_svenska_titel_och_innehallsforteckning(renderat, typ):
    kontext, fil = renderat[typ, "BUN"]
    doc = docx.Document(str(fil))
    assert doc.core_properties.title == kontext["dokument"]["titel"]
    assert doc.core_properties.language == "sv-SE"
    sprak = doc.styles.element.find(f"{qn('w:docDefaults')}/{qn('w:rPrDefault')}/{qn('w:rPr')}")
    assert sprak.find(qn("w:lang")).get(qn("w:val")) == "sv-SE"
    instruktioner = [i.text for i in doc.element.body.iter(qn("w:instrText"))]
    assert any(i.strip().startswith('TOC \\o "1-3"') for i in instruktioner)
    assert doc.settings.element.find(qn("w:updateFields")) is not None
    toc = [p.text for p in doc.paragraphs if p.style.name.lower().startswith("toc")]
    assert stycken_med_stil(doc, "Heading 1")[0] == toc[0]
    assert set(stycken_med_stil(doc, "Heading 1")) <= set(toc)


def test_sidhuvud_sidfot_och_liggande_styrkort(renderat):
    kontext, doc = lasa(renderat, "styrkort", "BUN")
    sektion = doc.sections[0]
    assert sektion.page_width > sektion.page_height
    huvud = sektion.header.paragraphs[0].text
    assert kontext["organisation"]["namn"] in huvud and kontext["dokument"]["titel"] in huvud
    fot = sektion.footer._element
    assert "Sida" in "".join(t.text for t in fot.iter(qn("w:t")))
    falt = "".join(i.text for i in fot.iter(qn("w:instrText")))
    assert "PAGE" in falt and "NUMPAGES" in falt
    _, vp = lasa(renderat, "verksamhetsplan", "BUN")
    assert vp.sections[0].page_width < vp.sections[0].page_height


def test_tomma_listor_ger_en_mening(renderat):
    kontext, doc = lasa(renderat, "arsredovisning", "BUF-ALS")
    assert not kontext["uppdrag"] and not kontext["ekonomi"]["investeringar"]
    text = stycken(doc)
    assert "Älvskolan F–6 har inga uppdrag för perioden." in text
    assert "Det finns inga investeringar för perioden." in text


def test_samma_indata_ger_samma_bytes(renderat, tmp_path):
    kontext, fil = renderat["arsredovisning", "BUN"]
    igen = tmp_path / "igen.docx"
    skriv_docx(ROT, "arsredovisning", kontext, igen, kontext["dokument"]["titel"])
    assert igen.read_bytes() == fil.read_bytes()


def test_inbyggda_mallar_ar_vad_skriptet_skriver(tmp_path, monkeypatch):
    spec = importlib.util.spec_from_file_location("skapa", ROT / "verktyg" / "skapa_wordmallar.py")
    skript = importlib.util.module_from_spec(spec)
    monkeypatch.setitem(sys.modules, "skapa", skript)
    monkeypatch.syspath_prepend(str(ROT / "verktyg"))
    spec.loader.exec_module(skript)
    for namn, bygg in skript.MALLAR.items():
        skript.spara(bygg(), tmp_path / f"{namn}.docx")
        assert (tmp_path / f"{namn}.docx").read_bytes() == (
            ROT / "mallar" / f"{namn}.docx"
        ).read_bytes(), (
            f"mallar/{namn}.docx är inte uppdaterad: kör python verktyg/skapa_wordmallar.py"
        )


# --- the user's own templates -------------------------------------------------------


def egen_mall(arbetsyta: Path, *stycken_: str) -> None:
    doc = docx.Document()
    for text in stycken_:
        doc.add_paragraph(text)
    (arbetsyta / "mallar").mkdir(exist_ok=True)
    doc.save(str(arbetsyta / "mallar" / "styrkort.docx"))


@pytest.fixture(scope="module")
def styrkortskontext(exempel):
    return bygg_kontext(exempel, "styrkort", "BUN", Period(2026, 2))


def test_egen_mall_ersatter_den_inbyggda(tmp_path, styrkortskontext):
    egen_mall(
        tmp_path,
        "Eget styrkort för {{ organisation.namn }}",
        "{{ kommun.logotyp }}",
        "Bilden visar {{ kommun.logotyp.alt }}.",
    )
    skriv_docx(tmp_path, "styrkort", styrkortskontext, tmp_path / "ut.docx", "T")
    doc = docx.Document(str(tmp_path / "ut.docx"))
    alt = styrkortskontext["kommun"]["logotyp"].alt
    assert stycken(doc) == [
        "Eget styrkort för Barn- och utbildningsnämnden",
        "",
        f"Bilden visar {alt}.",
    ]
    assert [b.get("descr") for b in doc.element.body.xpath(".//wp:docPr")] == [alt]


@pytest.mark.parametrize(
    ("stycke", "i_meddelandet"),
    [
        ("Hej {{ organisation.namnet }}", "okänd variabel"),
        ("{{ finns_inte }}", "finns_inte"),
        ("{% if organisation.namn %}utan slut", "syntaxfel"),
        ("{{ organisation.namn.__class__.__mro__ }}", "otillåten"),
        ("{{ kommun.logotyp._mall.save('/tmp/x.docx') }}", "otillåten"),
    ],
)
def test_fel_i_egen_mall_blir_mallfel(tmp_path, styrkortskontext, stycke, i_meddelandet):
    egen_mall(tmp_path, "Första stycket", stycke)
    with pytest.raises(Mallfel) as fel:
        skriv_docx(tmp_path, "styrkort", styrkortskontext, tmp_path / "ut.docx", "T")
    assert i_meddelandet in str(fel.value)
    assert str(tmp_path / "mallar" / "styrkort.docx") in str(fel.value)
    assert not (tmp_path / "ut.docx").exists()


def test_okand_variabel_pekar_ut_stycket(tmp_path, styrkortskontext):
    egen_mall(tmp_path, "Första", "Ansvarig: {{ organisation.chef }}", "Sista")
    with pytest.raises(Mallfel) as fel:
        skriv_docx(tmp_path, "styrkort", styrkortskontext, tmp_path / "ut.docx", "T")
    assert "Ansvarig: {{ organisation.chef }}" in str(fel.value)
    assert fel.value.rad is not None


def test_tabelltagg_utanfor_tabell_ger_tips(tmp_path, styrkortskontext):
    egen_mall(tmp_path, "{%tr for p in perspektiv %}", "{{ p.namn }}", "{%tr endfor %}")
    with pytest.raises(Mallfel) as fel:
        skriv_docx(tmp_path, "styrkort", styrkortskontext, tmp_path / "ut.docx", "T")
    assert "tabellrad" in fel.value.tips


def test_egen_xml_i_sidhuvudet_blir_mallfel(tmp_path, styrkortskontext):
    doc = docx.Document()
    doc.sections[0].header.paragraphs[0].text = "{{ '<x>'|safe }}"
    (tmp_path / "mallar").mkdir()
    doc.save(str(tmp_path / "mallar" / "styrkort.docx"))
    with pytest.raises(Mallfel, match="giltigt Word-dokument"):
        skriv_docx(tmp_path, "styrkort", styrkortskontext, tmp_path / "ut.docx", "T")


def test_mall_sparad_i_libreoffice_far_en_karnegenskapsdel(tmp_path, styrkortskontext):
    """LibreOffice relates docProps/core.xml under an older type name."""
    (tmp_path / "mallar").mkdir()
    with (
        zipfile.ZipFile(ROT / "mallar" / "styrkort.docx") as zin,
        zipfile.ZipFile(tmp_path / "mallar" / "styrkort.docx", "w") as zout,
    ):
        for namn in zin.namelist():
            data = zin.read(namn)
            if namn == "_rels/.rels":
                data = data.replace(
                    b"package/2006/relationships/metadata",
                    b"officedocument/2006/relationships/metadata",
                )
            zout.writestr(namn, data)
    skriv_docx(tmp_path, "styrkort", styrkortskontext, tmp_path / "ut.docx", "Titeln")
    with zipfile.ZipFile(tmp_path / "ut.docx") as zut:
        assert zut.namelist().count("docProps/core.xml") == 1
    assert docx.Document(str(tmp_path / "ut.docx")).core_properties.title == "Titeln"


def test_mall_som_inte_ar_ett_worddokument(tmp_path, styrkortskontext):
    (tmp_path / "mallar").mkdir()
    (tmp_path / "mallar" / "styrkort.docx").write_text("inte en zip", encoding="utf-8")
    with pytest.raises(Mallfel, match="inget Word-dokument"):
        skriv_docx(tmp_path, "styrkort", styrkortskontext, tmp_path / "ut.docx", "T")
