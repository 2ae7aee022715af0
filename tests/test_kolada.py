"""`planer kolada` against a local server, and what the fetched file gives the build."""

from __future__ import annotations

import subprocess
import sys

import openpyxl
import pytest
from click.testing import CliRunner
from conftest import GRUND, ROT, TOML, fel_i, giltig, ingen_traceback, skriv_arbetsbok, visar
from docx import Document
from kolada_server import Kolada, vardepost
from pytest_httpserver import HTTPServer
from test_bygg import LASARE, finns_i

from planer import las_arbetsyta
from planer.cli import main
from planer.dokument import bygg_kontext
from planer.dokument import format as fmt
from planer.kolada.data import Hamtning, Koladadata, Nyckeltal, Vardepost
from planer.kolada.fil import skriv_koladafil
from planer.modell.objekt import Period
from planer.rendering.docx import skriv_docx
from planer.rendering.html import render_html

KOMMUNER = [f"{1200 + i}" for i in range(40)]  # 40 kommuner; 9999 is ours
GRUPP = ("Liknande kommuner", [("1201", "Alfa"), ("1202", "Beta"), ("9999", "Testkommun")])


def varden() -> list[dict]:
    """N15428: kommun 12xx has 40 + i, ours 61.5 in 2025 (missing in 2024), riket 60."""
    rader = [
        vardepost("N15428", k, ar, 40.0 + i) for i, k in enumerate(KOMMUNER) for ar in (2024, 2025)
    ]
    rader += [vardepost("N15428", "9999", 2024, None), vardepost("N15428", "9999", 2025, 61.5)]
    rader += [vardepost("N15428", "0000", ar, 60.0) for ar in (2024, 2025)]
    rader += [vardepost("N15428", "0001", 2025, 99.0)]  # a region: not ranked
    return rader


@pytest.fixture
def server(httpserver):
    return Kolada(httpserver, {"N15428": "Gymnasieelever, behöriga"}, varden(), {"G1": GRUPP})


def arbetsyta_med(tmp_path, adress: str, toml_extra: str = "", toml: str = TOML):
    (tmp_path / "planer.toml").write_text(
        toml + f'\n[kolada]\nadress = "{adress}"\n{toml_extra}', encoding="utf-8"
    )
    skriv_arbetsbok(tmp_path / "indata" / "styrning.xlsx", GRUND)
    return tmp_path


def kor(katalog, *argument):
    return CliRunner().invoke(main, ["kolada", "--katalog", str(katalog), *argument])


def blad(fil, namn: str) -> list[tuple]:
    return list(openpyxl.load_workbook(fil)[namn].iter_rows(values_only=True))


def test_hamtning_skriver_koladafilen(tmp_path, server):
    katalog = arbetsyta_med(tmp_path, server.adress, 'grupp = "G1"\nkommuner = ["1210"]\n')
    resultat = kor(katalog, "--ar", "2024", "--ar", "2025")
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    assert "Hämtade 1 nyckeltal för 2024, 2025" in resultat.output
    fil = katalog / "indata" / "kolada.xlsx"
    varden_ = {(r[0], r[1], r[3]): r[4] for r in blad(fil, "Koladavärden")[1:]}
    assert varden_["N15428", "9999", 2025] == 61.5
    assert varden_["N15428", "9999", 2024] is None  # missing, not 0
    assert varden_["N15428", "0000", 2025] == 60.0
    assert varden_["N15428", "1239", 2024] == 79.0  # all kommuner, for the rank
    assert blad(fil, "Koladanyckeltal")[1][:2] == ("N15428", "Gymnasieelever, behöriga")
    info = {(r[0], r[1]): r[2] for r in blad(fil, "Koladahämtning")[1:]}
    assert info["Kommungrupp", "G1"] == "Liknande kommuner"
    assert ("Jämförelsekommun", "1201") in info and ("Jämförelsekommun", "1210") in info
    assert ("Jämförelsekommun", "9999") not in info  # the kommun itself is no comparison
    assert info["Adress", server.adress] is None


def test_jamforelserna_raknas_fran_filen(tmp_path, server):
    katalog = arbetsyta_med(tmp_path, server.adress, 'grupp = "G1"\nkommuner = ["1210"]\n')
    assert kor(katalog, "--ar", "2024", "--ar", "2025").exit_code == 0
    server.server.clear()
    inlasning = las_arbetsyta(katalog)
    assert not server.server.log  # reading never touches the network
    assert not inlasning.problem.har_fel, [str(p) for p in inlasning.problem]
    m1 = inlasning.modell.matetal["M1"]
    j = inlasning.jamforelser.for_ar("N15428", m1.riktning, 2025)
    assert j.egen == 61.5 and j.riket == 60.0
    assert j.grupp_medel == pytest.approx((41 + 42 + 50) / 3)  # 1201, 1202, 1210
    assert (j.plats, j.antal) == (19, 41)  # 1222..1239 (62–79) are higher
    assert j.kvartil == 2
    assert inlasning.jamforelser.for_ar("N15428", m1.riktning, 2024).plats is None


def test_standardar_ar_aren_som_dokumenten_visar(tmp_path, server):
    katalog = arbetsyta_med(tmp_path, server.adress)
    resultat = kor(katalog)
    assert resultat.exit_code == 0, resultat.output
    fil = katalog / "indata" / "kolada.xlsx"
    info = {r[0]: r[1] for r in blad(fil, "Koladahämtning")[1:]}
    assert info["År"] == "2023, 2024, 2025, 2026"  # three years to 2025, and 2026's tertials


def test_misslyckad_hamtning_lamnar_forra_filen(tmp_path, httpserver, server):
    katalog = arbetsyta_med(tmp_path, server.adress)
    assert kor(katalog, "--ar", "2025").exit_code == 0
    fil = katalog / "indata" / "kolada.xlsx"
    fore = fil.read_bytes()
    httpserver.clear()
    httpserver.expect_request("/v3/kpi/N15428").respond_with_data("fel", status=500)
    resultat = kor(katalog, "--ar", "2025")
    ingen_traceback(resultat)
    assert resultat.exit_code == 1
    assert "felkod 500 när nyckeltalen N15428 skulle hämtas, efter 3 försök" in resultat.output
    assert fil.read_bytes() == fore
    assert sorted(p.name for p in fil.parent.iterdir()) == ["kolada.xlsx", "styrning.xlsx"]


def test_okant_id_ar_fel_pa_matetalets_rad(tmp_path, httpserver):
    Kolada(httpserver, {}, [])
    katalog = arbetsyta_med(tmp_path, httpserver.url_for("/v3"))
    resultat = kor(katalog, "--ar", "2025")
    fel_i(resultat, "Mätetal", "F2", "känner inte till nyckeltalet ”N15428”", "M1")
    assert not (katalog / "indata" / "kolada.xlsx").exists()


def test_kommunkod_saknas(tmp_path, server):
    katalog = arbetsyta_med(tmp_path, server.adress, toml='[kommun]\nnamn = "X"\n')
    resultat = kor(katalog, "--ar", "2025")
    fel_i(resultat, None, "kommun.kod", "Kommunkoden saknas", fil="planer.toml")
    assert not server.server.log  # nothing was asked of Kolada


def test_ny_titel_ger_varning(tmp_path, server):
    katalog = arbetsyta_med(tmp_path, server.adress)
    assert kor(katalog, "--ar", "2025").exit_code == 0
    server.nyckeltal["N15428"] = "Gymnasieelever med examen"
    resultat = kor(katalog, "--ar", "2025")
    assert resultat.exit_code == 0, resultat.output
    fel_i_rubrik = "styrning.xlsx › Mätetal"
    assert fel_i_rubrik in resultat.output
    assert "Varning: Nyckeltalet N15428 heter nu ”Gymnasieelever med examen”" in resultat.output
    assert "mätetalet M1" in resultat.output


DOKUMENT = ("--dokument", "arsredovisning", "--dokument", "delarsrapport", "--dokument", "styrkort")


@pytest.fixture(scope="module")
def byggt_med_kolada(tmp_path_factory):
    """GRUND fetched from a server of its own, which is then stopped; then built."""
    katalog = tmp_path_factory.mktemp("kolada")
    server = HTTPServer(host="127.0.0.1")
    server.start()
    try:
        egen = Kolada(server, {"N15428": "Gymnasieelever, behöriga"}, varden(), {"G1": GRUPP})
        arbetsyta_med(katalog, egen.adress, 'grupp = "G1"\nkommuner = ["1210"]\n')
        assert kor(katalog, "--ar", "2024", "--ar", "2025").exit_code == 0
    finally:
        server.clear()
        server.stop()
    resultat = CliRunner().invoke(
        main,
        ["bygg", "--katalog", str(katalog), "--org", "BUN", *DOKUMENT],
    )
    assert resultat.exit_code == 0, resultat.output
    return katalog / "utdata"


@pytest.mark.parametrize("format_", ["docx", "pdf", "html"])
@pytest.mark.parametrize("mapp", ["2025/arsredovisning", "2026-T2/delarsrapport"])
def test_bygget_visar_jamforelserna(byggt_med_kolada, mapp, format_):
    (fil,) = (byggt_med_kolada / mapp).glob(f"*.{format_}")
    text = LASARE[format_](fil)
    for sokt in (
        "Jämförelse med andra kommuner",
        "Andel behöriga elever, 2025: Testkommun 61,5\u00a0%, liknande kommuner 44,3\u00a0% "
        "(medel), riket 60,0\u00a0%; plats 19 av 41, 2:a kvartilen.",
        "Liknande kommuner (medel)",
        "plats 19 av 41",
        "Källa: Kolada",
        "planers bearbetning av data från Kolada",
    ):
        assert finns_i(sokt, text, format_), f"{sokt!r} saknas i {format_}:\n{text[-3000:]}"
    assert not finns_i("Exempeldata", text, format_)


@pytest.mark.parametrize("format_", ["docx", "pdf", "html"])
def test_styrkortet_visar_placeringen(byggt_med_kolada, format_):
    (fil,) = (byggt_med_kolada / "2026-T2" / "styrkort").glob(f"*.{format_}")
    text = LASARE[format_](fil)
    for sokt in ("Jämförelse", "plats 19 av 41 (2025)", "Källa: Kolada", "planers bearbetning"):
        assert finns_i(sokt, text, format_), f"{sokt!r} saknas i {format_}"


def test_diagrammet_har_alternativtext(byggt_med_kolada):
    mapp = byggt_med_kolada / "2025" / "arsredovisning"
    (fil,) = mapp.glob("*.html")
    html = fil.read_text(encoding="utf-8")
    assert 'alt="Linjediagram: Andel behöriga elever 2024–2025 för Testkommun' in html
    (docx,) = mapp.glob("*.docx")
    beskrivningar = Document(str(docx)).inline_shapes
    assert any(
        "Linjediagram: Andel behöriga elever" in s._inline.docPr.get("descr", "")
        for s in beskrivningar
    )


def skriv_koladadata(katalog, poster, exempel: bool = False):
    data = Koladadata(
        Hamtning(
            "http://127.0.0.1/v3",
            "2026-01-01 00:00 UTC",
            "9999",
            (2023, 2024, 2025),
            exempeldata=exempel,
        ),
        {"N15428": Nyckeltal("N15428", "Gymnasieelever, behöriga")},
        tuple(Vardepost("N15428", k, ar, v) for k, ar, v in poster),
    )
    skriv_koladafil(katalog / "indata" / "kolada.xlsx", data)


def test_utfall_fran_kolada_fyller_ar_utan_utfall(grund, arbetsyta, kontrollera):
    grund["Mätetal"][0].append("Utfall från Kolada")
    grund["Mätetal"][1].append("ja")
    katalog = arbetsyta(grund)
    poster = [("9999", 2023, 77.0), ("9999", 2024, 80.0), ("9999", 2025, 85.0), ("1283", 2022, 1.0)]
    skriv_koladadata(katalog, poster)
    resultat = kontrollera(katalog)
    assert resultat.exit_code == 0, resultat.output
    visar(
        resultat,
        "styrning.xlsx › Utfall",
        "C3",
        "86,5",
        "85",
        "Värdet här används",
        etikett="Notis",
    )
    assert resultat.output.count("skiljer sig från Koladas") == 1  # 2024 agrees
    m1 = las_arbetsyta(katalog).modell.matetal["M1"]
    assert m1.varde(Period(2023)) == 77.0  # from Kolada: the sheet has none
    assert m1.utfall[Period(2023)].kommentar == "Källa: Kolada"
    assert m1.varde(Period(2025)) == 86.5  # the sheet wins
    assert Period(2022) not in m1.utfall  # another kommun's value is not ours


def test_utan_ja_anvands_inte_kolada_som_utfall(grund, arbetsyta):
    katalog = arbetsyta(grund)
    skriv_koladadata(katalog, [("9999", 2023, 77.0)])
    assert Period(2023) not in las_arbetsyta(katalog).modell.matetal["M1"].utfall


def test_koladafilen_ar_ingen_central_arbetsbok(grund, arbetsyta, kontrollera):
    katalog = arbetsyta(grund)
    skriv_koladadata(katalog, [("9999", 2023, 77.0)])
    giltig(kontrollera(katalog))  # no notice about unknown sheets


def test_trasigt_varde_i_koladafilen(grund, arbetsyta, kontrollera):
    katalog = arbetsyta(grund)
    skriv_koladadata(katalog, [("9999", 2023, 77.0)])
    fil = katalog / "indata" / "kolada.xlsx"
    bok = openpyxl.load_workbook(fil)
    bok["Koladavärden"]["E2"] = "många"
    bok.save(fil)
    fel_i(
        kontrollera(katalog), "Koladavärden", "rad 2", "många", "planer kolada", fil="kolada.xlsx"
    )


def test_exemplet_visar_jamforelser_markta_som_exempeldata(exempel, tmp_path):
    kontext = bygg_kontext(exempel, "arsredovisning", "KF", Period(2025))
    assert kontext["kolada"]["exempeldata"] == "Exempeldata, inte verkliga Kolada-värden"
    matetal = [mt for p in kontext["perspektiv"] for m in p["mal"] for mt in m["matetal"]]
    med = [mt for mt in matetal if mt["jamforelse"]]
    assert med and all(mt["kolada"] for mt in med)
    j = med[0]["jamforelse"]
    assert j["ar"] == 2025 and j["plats"].endswith("av 290") and j["egen"] == med[0]["varde"]
    html = render_html(ROT, "arsredovisning", kontext)
    assert "Exempeldata, inte verkliga Kolada-värden." in html
    assert "Liknande kommuner (påhittad exempelgrupp) (medel)" in html
    skriv_docx(ROT, "arsredovisning", kontext, tmp_path / "ar.docx", "Årsredovisning")
    text = LASARE["docx"](tmp_path / "ar.docx")
    assert "Exempeldata, inte verkliga Kolada-värden." in text
    assert j["plats"] in text


def test_koladafil_for_annan_kommun_och_saknat_nyckeltal(grund, arbetsyta, kontrollera):
    grund["Mätetal"][2][5] = "N00945"  # M2 gets a KPI the file does not have
    katalog = arbetsyta(grund, toml='[kommun]\nkod = "0180"\n')
    skriv_koladadata(katalog, [("9999", 2023, 77.0)])  # fetched for 9999
    resultat = kontrollera(katalog)
    assert resultat.exit_code == 0, resultat.output
    visar(resultat, "planer.toml", "kommun.kod", "9999", "0180", "planer kolada", etikett="Varning")
    visar(
        resultat,
        "styrning.xlsx › Mätetal",
        "F3",
        "N00945 finns inte i kolada.xlsx",
        etikett="Notis",
    )


def test_trasig_tidigare_fil_hindrar_inte_ny_hamtning(tmp_path, server):
    katalog = arbetsyta_med(tmp_path, server.adress)
    (katalog / "indata" / "kolada.xlsx").write_bytes(b"inte en arbetsbok")
    resultat = kor(katalog, "--ar", "2025")
    assert resultat.exit_code == 0, resultat.output
    inlasning = las_arbetsyta(katalog)
    assert not inlasning.problem.har_fel
    assert Vardepost("N15428", "9999", 2025, 61.5) in inlasning.kolada.varden


def test_kontrollera_sammanfattar_hamtningen(grund, arbetsyta, kontrollera):
    katalog = arbetsyta(grund)
    skriv_koladadata(katalog, [("9999", 2023, 77.0)], exempel=True)
    resultat = kontrollera(katalog)
    assert "Jämförelser från Kolada: 1 nyckeltal, år 2023, 2024, 2025" in resultat.output
    assert "(exempeldata, inte verkliga Kolada-värden)" in resultat.output


def test_diagrammets_axel_har_svenska_tal():
    from planer.dokument.diagram import _pyplot, _svenska_tal

    plt = _pyplot()
    figur, axel = plt.subplots()
    etiketter = []
    for y in ([12634.5, 13300.0], [84.1, 85.9], [-2.0, 3.0]):
        axel.clear()
        axel.plot([2024, 2025], y)
        axel.yaxis.set_major_formatter(_svenska_tal())
        figur.canvas.draw()
        etiketter += [t.get_text() for t in axel.get_yticklabels()]
    plt.close(figur)
    assert {"12\u00a0800", "84,25", "\u22122"} <= set(etiketter)
    assert not any("." in e for e in etiketter)


def test_bygge_utan_koladafil_laddar_inte_pandas(grund, arbetsyta):
    katalog = arbetsyta(grund)
    kod = (
        "import sys; from pathlib import Path; from planer import las_arbetsyta; "
        "from planer.dokument import bygg_kontext; from planer.modell.objekt import Period; "
        "i = las_arbetsyta(Path(sys.argv[1])); "
        "k = bygg_kontext(i, 'arsredovisning', 'BUN', Period(2025)); "
        "assert not k['kolada']['finns']; print('pandas' in sys.modules)"
    )
    svar = subprocess.run(
        [sys.executable, "-c", kod, str(katalog)], capture_output=True, text=True, check=True
    )
    assert svar.stdout.strip() == "False"


def test_exporten_har_samma_varden_som_dokumentet(byggt_med_kolada):
    import pandas as pd

    katalog = byggt_med_kolada.parent
    resultat = CliRunner().invoke(main, ["exportera", "--katalog", str(katalog)])
    assert resultat.exit_code == 0, resultat.output
    tabell = pd.read_excel(
        katalog / "utdata" / "planer-export.xlsx", sheet_name="Mätetal", engine="calamine"
    )
    (html,) = (byggt_med_kolada / "2025" / "arsredovisning").glob("*.html")
    text = LASARE["html"](html)
    rader = tabell[(tabell["Mätetal"] == "M1") & tabell["Period"].isin(["2024", "2025"])]
    assert len(rader) == 2
    for rad in rader.itertuples():
        assert fmt.med_enhet(rad.Utfall, "%", 1) in text  # 80,0 % and 86,5 %
    rad = rader[rader["Period"] == "2025"].iloc[0]
    visat = (
        f"Testkommun {fmt.med_enhet(rad['Kolada egen'], '%', 1)}, liknande kommuner "
        f"{fmt.med_enhet(rad['Kolada gruppmedel'], '%', 1)} (medel), riket "
        f"{fmt.med_enhet(rad['Kolada riket'], '%', 1)}; "
        f"plats {int(rad['Kolada plats'])} av {int(rad['Kolada antal kommuner'])}"
    )
    assert visat in text


def test_jamforelsen_som_ren_funktion():
    import pandas as pd

    from planer.kolada.jamforelse import jamfor
    from planer.modell.objekt import Riktning

    rader = [
        ("N1", "0180", 2025, 10.0),
        ("N1", "1283", 2025, 20.0),
        ("N1", "0114", 2025, 10.0),  # a tie with ours
        ("N1", "0115", 2025, None),  # missing: not ranked, not a zero
        ("N1", "0000", 2025, 15.0),  # riket: not ranked
        ("N1", "0013", 2025, 1.0),  # a region: not ranked
        ("N1", "0180", 2024, None),
    ]
    varden = pd.DataFrame(rader, columns=["kpi", "kommun", "ar", "varde"])
    hogre = jamfor(varden, "0180", {"1283", "0115"}, Riktning.HOGRE).set_index("ar")
    lagre = jamfor(varden, "0180", {"1283", "0115"}, Riktning.LAGRE).set_index("ar")
    assert (hogre.loc[2025, "plats"], hogre.loc[2025, "antal"]) == (2, 3)
    assert (lagre.loc[2025, "plats"], lagre.loc[2025, "antal"]) == (1, 3)  # shares the best
    assert hogre.loc[2025, "grupp_medel"] == 20.0 and hogre.loc[2025, "grupp_antal"] == 1
    assert hogre.loc[2025, "riket"] == 15.0
    assert pd.isna(hogre.loc[2024, "egen"]) and pd.isna(hogre.loc[2024, "plats"])


@pytest.mark.parametrize(
    ("plats", "antal", "kvartil"),
    [(1, 290, 1), (72, 290, 1), (73, 290, 2), (145, 290, 2), (146, 290, 3), (290, 290, 4),
     (None, 290, None)],
)  # fmt: skip
def test_kvartil(plats, antal, kvartil):
    from planer.kolada.jamforelse import Jamforelse

    assert Jamforelse("N1", 2025, 1.0, None, 0, None, plats, antal).kvartil == kvartil
