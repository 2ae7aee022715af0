"""`planer handlingar`: the meeting papers read back as a secretary and a screen reader would.

The example's KS and KF meetings are built once (KF has a PDF attachment); the
incremental tests use the small workspace of conftest, where a build is quick.
"""

from __future__ import annotations

import io
import re
import shutil
import subprocess

import docx
import pikepdf
import pytest
import weasyprint
from click.testing import CliRunner
from conftest import ROT, ingen_traceback, skriv_arbetsbok
from pypdf import PdfReader, PdfWriter
from systemprogram import libreoffice

from planer.bygg.handlingar import SAMLAD, motesmapp
from planer.bygg.samlad import Del, Punkt, bygg_samlad
from planer.cli import main
from planer.dokument import bygg_kontext, motesdokument_kontext, motesperiod
from planer.dokument.tjansteskrivelse import datum as ts_datum

MOTEN = (("SN", "2026-03-18"), ("KS", "2026-04-06"), ("KF", "2026-04-27"))


@pytest.fixture(scope="module")
def byggt(tmp_path_factory, exempel):
    utdata = tmp_path_factory.mktemp("handlingar")
    for org, datum in MOTEN:
        resultat = CliRunner().invoke(
            main,
            ["handlingar", "-k", str(ROT), "--org", org, "--datum", datum, "--utdata", str(utdata)],
        )
        ingen_traceback(resultat)
        assert resultat.exit_code == 0, resultat.output
    moten = [m for m in exempel.modell.moten if (m.organisation, m.datum.isoformat()) in MOTEN]
    return utdata, moten, resultat.output


def _text(pdf: PdfReader, sida: int) -> str:
    return " ".join(pdf.pages[sida - 1].extract_text().split())


def _med_handlingar(mote):
    return [a for a in mote.arenden if a.har_tjansteskrivelse or a.bilagor]


def test_varje_tjansteskrivelse_har_dnr_datum_handlaggare_och_numrerade_forslag(byggt):
    utdata, moten, _ = byggt
    provade = 0
    for mote in moten:
        for a in (a for a in mote.arenden if a.har_tjansteskrivelse):
            fil = motesmapp(utdata, mote) / f"{a.nr}-tjansteskrivelse"
            word = "\n".join(p.text for p in docx.Document(fil.with_suffix(".docx")).paragraphs)
            pdf = "\n".join(s.extract_text() for s in PdfReader(fil.with_suffix(".pdf")).pages)
            for text in (word, pdf):
                lasbar = " ".join(text.replace("\t", " ").split())
                assert re.search(rf"Diarienummer:? {re.escape(a.diarienummer)}", lasbar)
                assert re.search(rf"Datum:? {ts_datum(mote).isoformat()}", lasbar)
                assert a.handlaggare in lasbar
                for i, punkt in enumerate(a.forslag_till_beslut, start=1):
                    assert f"{i}. {' '.join(punkt.split())}" in lasbar
            assert "Förslag till beslut" in pdf and "Beslutsunderlag" in pdf
            provade += 1
    assert provade >= 4  # SN also has a plain item with a proposal


def test_bokmarkena_ett_per_arende_med_handlingar_i_foredragningslistans_ordning(byggt):
    utdata, moten, _ = byggt
    for mote in moten:
        with pikepdf.open(motesmapp(utdata, mote) / SAMLAD) as pdf, pdf.open_outline() as ol:
            titlar = [str(o.title) for o in ol.root]
            barn = {str(o.title): [str(b.title) for b in o.children] for o in ol.root}
        forvantat = [f"{a.nr}. {a.rubrik}" for a in _med_handlingar(mote)]
        assert titlar == ["Kallelse med föredragningslista", *forvantat]
        for a in _med_handlingar(mote):
            delar = barn[f"{a.nr}. {a.rubrik}"]
            assert delar[0] == "Tjänsteskrivelse"
            assert [d for d in delar if d.startswith("Bilaga: ")] == [
                f"Bilaga: {b.rsplit('/', 1)[-1]}" for b in a.bilagor
            ]
            if a.dokument is not None:
                assert re.match(r"(Årsredovisning|Verksamhetsberättelse) 2025", delar[1])


def test_sidantalet_ar_summan_av_delarna(byggt):
    utdata, moten, _ = byggt
    for mote in moten:
        mapp = motesmapp(utdata, mote)
        delar = [mapp / "kallelse.pdf"]
        for a in _med_handlingar(mote):
            delar.append(mapp / f"{a.nr}-tjansteskrivelse.pdf")
            if a.dokument is not None:
                delar.append(mapp / f"{a.nr}-{a.dokument.value}.pdf")
        delar += [
            mapp / f"{a.nr}-bilaga-{b.rsplit('/', 1)[-1]}" for a in mote.arenden for b in a.bilagor
        ]
        summa = sum(len(PdfReader(d).pages) for d in delar)
        assert len(PdfReader(mapp / SAMLAD).pages) == summa > 10


def test_foredragningslistans_sida_har_arendets_tjansteskrivelse(byggt):
    utdata, moten, _ = byggt
    for mote in moten:
        mapp = motesmapp(utdata, mote)
        (tabell,) = docx.Document(mapp / "kallelse.docx").tables
        rader = [[c.text for c in r.cells] for r in tabell.rows]
        assert rader[0] == ["Nr", "Ärende", "Dnr", "Föredragande", "Sida"]
        pdf = PdfReader(mapp / SAMLAD)
        assert "Föredragningslista" in _text(pdf, 1)
        for a in mote.arenden:
            (rad,) = [r for r in rader[1:] if r[0] == str(a.nr)]
            if not a.har_tjansteskrivelse:
                assert rad[4] == "–"  # no papers: no page, and no empty cell
                continue
            sida = _text(pdf, int(rad[4]))
            assert "Tjänsteskrivelse" in sida and " ".join(a.rubrik.split()) in sida
            assert f"Ärende {a.nr} · Sida {rad[4]} av {len(pdf.pages)}" in sida  # continuous
            assert a.diarienummer in sida


def test_varje_sida_ar_med_i_det_enda_strukturtradet(byggt):
    utdata, moten, _ = byggt
    for mote in moten:
        with pikepdf.open(motesmapp(utdata, mote) / SAMLAD) as pdf:
            rot = pdf.Root
            nums = rot.StructTreeRoot.ParentTree.Nums
            nycklar = {int(nums[i]): nums[i + 1] for i in range(0, len(nums), 2)}
            for i, sida in enumerate(pdf.pages):
                assert "/StructParents" in sida.obj, f"sida {i + 1}"
                assert int(sida.obj.StructParents) in nycklar, f"sida {i + 1}"
            assert str(rot.Lang) == "sv"
            assert bool(rot.MarkInfo.Marked)
            assert str(pdf.docinfo.Title).startswith("Sammanträdeshandlingar – ")
            assert "pdfuaid" in str(pdf.open_metadata())


def test_bilagan_ar_en_figur_med_alternativtext_och_namns_i_sammanfattningen(byggt):
    utdata, moten, utskrift = byggt
    (kf,) = [m for m in moten if m.organisation == "KF"]
    with pikepdf.open(motesmapp(utdata, kf) / SAMLAD) as pdf:
        sista = pdf.pages[-1].obj
        nums = pdf.Root.StructTreeRoot.ParentTree.Nums
        elem = dict(zip(nums[::2], nums[1::2], strict=True))[sista.StructParents][0]
        assert elem.S == "/Figure" and "revisionsberattelse-2025.pdf" in str(elem.Alt)
    assert "tillgänglighet är deras upphovspersoners ansvar" in utskrift


def test_att_sla_ihop_fardiga_pdf_er_tappar_strukturtradet(byggt):
    """Why the bundle is rendered, not merged: pypdf keeps no page of the parts in a tree."""
    utdata, moten, _ = byggt
    mapp = motesmapp(utdata, moten[0])
    skrivare = PdfWriter()
    for fil in ("kallelse.pdf", "2-tjansteskrivelse.pdf"):
        skrivare.append(mapp / fil)
    buffert = io.BytesIO()
    skrivare.write(buffert)
    buffert.seek(0)
    with pikepdf.open(buffert) as pdf:
        rot = pdf.Root
        nycklar = set()
        if "/StructTreeRoot" in rot:
            nums = rot.StructTreeRoot.ParentTree.Nums
            nycklar = {int(nums[i]) for i in range(0, len(nums), 2)}
        i_tradet = [int(s.obj.get("/StructParents", -1)) in nycklar for s in pdf.pages]
    assert len(i_tradet) >= 2 and not all(i_tradet)  # at most the first file's pages


def test_libreoffice_oppnar_varje_worddokument(byggt, tmp_path):
    soffice = libreoffice()
    utdata, _, _ = byggt
    worddokument = sorted((utdata / "sammantraden").rglob("*.docx"))
    kopior = tmp_path / "in"
    kopior.mkdir()
    for i, fil in enumerate(worddokument):
        shutil.copy(fil, kopior / f"{i:03d}.docx")
    subprocess.run(
        [soffice, "--headless", f"-env:UserInstallation=file://{tmp_path}/lo", "--convert-to",
         "pdf", "--outdir", str(tmp_path / "ut"), *sorted(str(p) for p in kopior.iterdir())],
        check=True, capture_output=True, timeout=900,
    )  # fmt: skip
    sidor = {p.stem: len(PdfReader(p).pages) for p in (tmp_path / "ut").glob("*.pdf")}
    saknas = [f.name for i, f in enumerate(worddokument) if sidor.get(f"{i:03d}", 0) == 0]
    assert not saknas and len(worddokument) >= 8, (saknas, len(worddokument))


# --- Incremental, on the small workspace of conftest ----------------------------------


def _kor(katalog, *extra):
    resultat = CliRunner().invoke(
        main, ["handlingar", "-k", str(katalog), "--format", "pdf", "--jobb", "1", *extra]
    )
    ingen_traceback(resultat)
    return resultat


def _avtryck(katalog) -> dict[str, int]:
    filer = [*(katalog / "utdata").rglob("*.pdf")]
    return {f.relative_to(katalog / "utdata").as_posix(): f.stat().st_mtime_ns for f in filer}


def test_handlingarna_byggs_om_bara_nar_en_del_har_andrats(grund, arbetsyta):
    katalog = arbetsyta(grund)
    forsta = _kor(katalog)
    assert forsta.exit_code == 0, forsta.output
    assert f"{SAMLAD}: byggd" in forsta.output
    fore = _avtryck(katalog)
    samlad = "sammantraden/2026-03-18-BUN/" + SAMLAD
    dokument = next(k for k in fore if k.startswith("2025/arsredovisning/"))
    assert {samlad, dokument, "sammantraden/2026-03-18-BUN/1-tjansteskrivelse.pdf"} <= set(fore)

    andra = _kor(katalog)
    assert "0 filer skrivna" in andra.output and f"{SAMLAD}: oförändrad" in andra.output
    assert _avtryck(katalog) == fore

    grund["Sammanträden"][1][6] = "Nämnden godkänner verksamhetsberättelsen med en ändring."
    skriv_arbetsbok(katalog / "indata" / "styrning.xlsx", grund)
    tredje = _kor(katalog)
    efter = _avtryck(katalog)
    assert f"{SAMLAD}: byggd" in tredje.output
    assert efter[samlad] != fore[samlad] and efter[dokument] == fore[dokument]
    text = " ".join(PdfReader(katalog / "utdata" / samlad).pages[1].extract_text().split())
    assert "1. Nämnden godkänner verksamhetsberättelsen med en ändring." in text

    grund["Utfall"][2][2] = 60  # M1 2025: the treated document changes, so the bundle does
    skriv_arbetsbok(katalog / "indata" / "styrning.xlsx", grund)
    fjarde = _kor(katalog)
    slutet = _avtryck(katalog)
    assert f"{SAMLAD}: byggd" in fjarde.output
    assert slutet[samlad] != efter[samlad] and slutet[dokument] != efter[dokument]


@pytest.mark.parametrize(
    ("extra", "ord_"),
    [
        (["--org", "XX"], ("Okänd organisation: XX", "BUN")),
        (["--datum", "2020-01-01"], ("inget sammanträde den 2020-01-01", "BUN 2026-03-18")),
        (["--datum", "igår"], ("”igår” är inget datum", "ÅÅÅÅ-MM-DD")),
    ],
    ids=["okänd organisation", "ingen sammanträdesdag", "datum som inte är ett datum"],
)
def test_fel_val_ger_ett_svenskt_besked(grund, arbetsyta, extra, ord_):
    resultat = _kor(arbetsyta(grund), *extra)
    assert resultat.exit_code != 0
    for o in ord_:
        assert o in resultat.output, resultat.output


def test_sidnumren_stammer_aven_nar_delarnas_sidantal_ar_okant_eller_fel(tmp_path):
    """The parts' own page counts are a forecast: unknown or wrong, the bundle counts again."""

    def html(titel: str, sidor: int) -> str:
        brytningar = '<p style="break-before: page">mer</p>' * (sidor - 1)
        return f'<html lang="sv"><title>{titel}</title><h1>{titel}</h1>{brytningar}</html>'

    def kallelse(sidor: dict[int, int]) -> str:
        rader = "".join(f"<p>Ärende {nr}: sida {s}</p>" for nr, s in sorted(sidor.items()))
        return f'<html lang="sv"><title>Kallelse</title><h1>Kallelse</h1>{rader}</html>'

    punkter = [
        Punkt(1, "Första", [Del("Tjänsteskrivelse", html("TS 1", 3))]),  # unknown
        Punkt(2, "Andra", [Del("Tjänsteskrivelse", html("TS 2", 2), sidor=1)]),  # wrong
    ]
    mal = tmp_path / SAMLAD
    samlad = bygg_samlad(ROT, kallelse, punkter, mal, "Prov")
    assert samlad.sidor == {1: 2, 2: 5} and samlad.antal_sidor == 6
    pdf = PdfReader(mal)
    assert len(pdf.pages) == 6
    assert "Ärende 1: sida 2" in _text(pdf, 1) and "Ärende 2: sida 5" in _text(pdf, 1)
    assert "TS 2" in _text(pdf, 5) and "Ärende 2 · Sida 5 av 6" in _text(pdf, 5)
    assert "Ärende 1 · Sida 4 av 6" in _text(pdf, 4)


def test_planer_mallar_visar_och_provar_motesdokumentens_mallar(grund, arbetsyta):
    katalog = arbetsyta(grund)
    lista = CliRunner().invoke(main, ["mallar", "-k", str(katalog)])
    assert "kallelse         kallelse.docx (inbyggd), kallelse.html (inbyggd)" in lista.output
    assert "tjansteskrivelse tjansteskrivelse.docx (inbyggd)" in lista.output
    variabler = CliRunner().invoke(main, ["mallar", "-k", str(katalog), "tjansteskrivelse"])
    assert "forslag[]" in variabler.output and "BUN 2026/12" in variabler.output
    (katalog / "mallar").mkdir()
    (katalog / "mallar" / "tjansteskrivelse.html").write_text(
        '{% extends "bas.html" %}{% block innehallet %}{{ arende.dnr }}{% endblock %}',
        encoding="utf-8",
    )
    prov = CliRunner().invoke(main, ["mallar", "-k", str(katalog), "--kontrollera"])
    ingen_traceback(prov)
    assert prov.exit_code == 1
    assert "tjansteskrivelse.html" in prov.output and "okänd variabel" in prov.output


def test_kallelsen_i_word_far_sidorna_fran_en_aktuell_samlad_pdf(grund, arbetsyta):
    katalog = arbetsyta(grund)
    assert _kor(katalog).exit_code == 0
    resultat = CliRunner().invoke(main, ["handlingar", "-k", str(katalog), "--format", "docx"])
    assert resultat.exit_code == 0, resultat.output
    mapp = katalog / "utdata" / "sammantraden" / "2026-03-18-BUN"
    (tabell,) = docx.Document(mapp / "kallelse.docx").tables
    assert [c.text for c in tabell.rows[1].cells][4] == "2"


def test_en_skadad_pdf_bilaga_stoppar_bara_den_samlade_pdfen(grund, arbetsyta):
    grund["Sammanträden"][0].append("Bilaga")
    grund["Sammanträden"][1].append("bilagor/skadad.pdf")
    katalog = arbetsyta(grund)
    (katalog / "indata" / "bilagor").mkdir()
    (katalog / "indata" / "bilagor" / "skadad.pdf").write_bytes(b"%PDF-1.7\nbara skrap")
    resultat = _kor(katalog)
    assert resultat.exit_code == 1
    assert "Bilagan skadad.pdf går inte att läsa som PDF" in resultat.output
    mapp = katalog / "utdata" / "sammantraden" / "2026-03-18-BUN"
    assert (mapp / "1-tjansteskrivelse.pdf").is_file() and (mapp / "kallelse.pdf").is_file()
    assert not (mapp / SAMLAD).exists()
    assert not [f for f in mapp.iterdir() if f.name.endswith(".tmp")]


def test_ett_arende_med_bara_en_bilaga_far_sitt_bokmarke_i_ordning(tmp_path):
    bilaga = tmp_path / "protokoll.pdf"
    bilaga.write_bytes(weasyprint.HTML(string="<p>Protokollsutdrag</p>").write_pdf())
    punkter = [
        Punkt(1, "Första", [Del("Tjänsteskrivelse", "<html lang='sv'><h1>TS 1</h1></html>")]),
        Punkt(2, "Bara bilaga", [], [bilaga]),
        Punkt(3, "Tredje", [Del("Tjänsteskrivelse", "<html lang='sv'><h1>TS 3</h1></html>")]),
    ]
    samlad = bygg_samlad(ROT, lambda s: "<html lang='sv'><h1>K</h1></html>", punkter,
                         tmp_path / SAMLAD, "Prov")  # fmt: skip
    assert samlad.sidor == {1: 2, 2: 4, 3: 3}
    with pikepdf.open(tmp_path / SAMLAD) as pdf, pdf.open_outline() as ol:
        assert [str(o.title) for o in ol.root] == [
            "Kallelse med föredragningslista", "1. Första", "2. Bara bilaga", "3. Tredje"
        ]  # fmt: skip
        assert [str(b.title) for b in ol.root[2].children] == ["Bilaga: protokoll.pdf"]


def test_flera_moten_parallellt_ger_samma_filer_och_manifest(grund, arbetsyta, tmp_path):
    rad = list(grund["Sammanträden"][1])
    rad[0], rad[2], rad[5] = "KF", "Årsredovisning 2025", "KS 2026/3"
    grund["Sammanträden"].append(rad)
    katalog = arbetsyta(grund)
    filer = {}
    for jobb in ("1", "2"):
        utdata = tmp_path / f"ut{jobb}"
        resultat = CliRunner().invoke(
            main, ["handlingar", "-k", str(katalog), "--utdata", str(utdata), "--jobb", jobb]
        )
        assert resultat.exit_code == 0, resultat.output
        mapp = utdata / "sammantraden"
        filer[jobb] = {f.relative_to(mapp): f.read_bytes() for f in mapp.rglob("*") if f.is_file()}
        andra = CliRunner().invoke(
            main, ["handlingar", "-k", str(katalog), "--utdata", str(utdata), "--jobb", jobb]
        )
        assert andra.output.count("0 filer skrivna") == 2, andra.output  # the manifest knew all
    assert len({p.parts[0] for p in filer["1"]}) == 2
    assert filer["1"] == filer["2"]


def test_de_skrivna_texterna_har_dokumentets_egna_siffror(exempel):
    """Sammanfattning and Ärendet written by planer quote the treated document, nothing else."""
    provade = 0
    for mote in exempel.modell.moten:
        for a in mote.arenden:
            if a.dokument is None or a.dokument.value not in ("arsredovisning", "delarsrapport"):
                continue
            ts = motesdokument_kontext(exempel, "tjansteskrivelse", mote, a)
            dok = bygg_kontext(exempel, a.dokument.value, a.avser, motesperiod(exempel, a))
            summa = dok["maluppfyllelse"]["summa"]
            assert f"de {summa['totalt']} målen" in ts["sammanfattning"]
            for nyckel, ord_ in (("uppfyllt", "uppfyllt"), ("ej_uppfyllt", "ej uppfyllt")):
                if summa[nyckel] == 1:
                    assert f"1 {ord_}" in ts["sammanfattning"]
            netto = dok["ekonomi"]["drift"]["nettokostnad"]
            belopp = netto["utfall" if a.dokument.value == "arsredovisning" else "prognos"]
            for tal in (belopp, netto["budget"], netto["avvikelse"].lstrip("−")):
                assert f"{tal} tkr" in ts["ekonomiska_konsekvenser"], (tal, ts)
            ord_ = "överskott" if not netto["avvikelse"].startswith("−") else "underskott"
            assert ord_ in ts["arendet"]
            provade += 1
    assert provade >= 6
