"""`planer mallar`: the variables of a document type, and checks of a workspace's own templates."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from planer.cli import main
from planer.rendering.mallar import inbyggda_mallar


@pytest.fixture
def kommun(tmp_path):
    katalog = tmp_path / "kommun"
    assert CliRunner().invoke(main, ["ny", str(katalog)]).exit_code == 0
    return katalog


def kor(*argument: str):
    return CliRunner().invoke(main, ["mallar", *argument])


def test_variablerna_listas_med_exempel_ur_egen_data(kommun):
    resultat = kor("delarsrapport", "--katalog", str(kommun))
    assert resultat.exit_code == 0, resultat.output
    rader = dict(r.split(maxsplit=1) for r in resultat.output.splitlines() if " " in r.strip())
    assert rader["kommun.namn"] == "Älvby kommun"
    assert rader["dokument.titel"] == "Delårsrapport januari–augusti 2026"
    assert "perspektiv[].mal[].matetal[].status.etikett" in rader
    assert rader["maluppfyllelse.diagram"].startswith("(bild:")


def test_utan_egna_mallar_anvands_de_inbyggda(kommun):
    resultat = kor("--katalog", str(kommun))
    assert "verksamhetsplan.docx (inbyggd), verksamhetsplan.html (inbyggd)" in resultat.output
    resultat = kor("--kontrollera", "--katalog", str(kommun))
    assert resultat.exit_code == 0
    assert "inga egna mallar" in resultat.output


def test_egen_mall_med_okand_variabel_ger_fil_och_rad(kommun):
    mall = kommun / "mallar" / "styrkort.html"
    mall.write_text(
        "<!doctype html>\n<html lang='sv'>\n<title>{{ dokument.titel }}</title>\n"
        "<p>{{ organisation.namnet }}</p>\n</html>\n",
        encoding="utf-8",
    )
    resultat = kor("--kontrollera", "--katalog", str(kommun))
    assert resultat.exit_code == 1, resultat.output
    assert "styrkort.html" in resultat.output
    assert "rad 4" in resultat.output
    assert "namnet" in resultat.output
    assert "Traceback" not in resultat.output
    assert "styrkort.html (egen)" in kor("--katalog", str(kommun)).output


def test_egen_mall_med_syntaxfel(kommun):
    (kommun / "mallar" / "delarsrapport.html").write_text(
        "<html lang='sv'>\n{% for mal in perspektiv %}\n{{ mal.namn }}\n</html>\n",
        encoding="utf-8",
    )
    resultat = kor("--kontrollera", "--katalog", str(kommun))
    assert resultat.exit_code == 1
    assert "syntaxfel" in resultat.output and "delarsrapport.html" in resultat.output


def test_en_korrekt_egen_mall_godkanns(kommun):
    egen = (inbyggda_mallar() / "styrkort.html").read_text(encoding="utf-8")
    (kommun / "mallar" / "styrkort.html").write_text(egen + "<!-- vår version -->\n", "utf-8")
    resultat = kor("--kontrollera", "--katalog", str(kommun))
    assert resultat.exit_code == 0, resultat.output
    assert "Kontrollerade 1 egen mall: styrkort.html." in resultat.output
    assert "Inga fel." in resultat.output


def test_bygg_med_trasig_mall_stoppar_dokumentet_med_fil_och_rad(kommun):
    (kommun / "mallar" / "styrkort.html").write_text(
        "<html lang='sv'>\n{{ ''.__class__.__mro__[1].__subclasses__() }}\n</html>\n",
        encoding="utf-8",
    )
    resultat = CliRunner().invoke(
        main,
        [
            "bygg",
            "--katalog",
            str(kommun),
            "--org",
            "KS",
            "--dokument",
            "styrkort",
            "--format",
            "html",
        ],
    )
    assert resultat.exit_code == 1
    assert "styrkort.html" in resultat.output
    assert "otillåten" in resultat.output
    assert not list((kommun / "utdata").rglob("KS-*.html"))
