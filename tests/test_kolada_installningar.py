"""[kolada] in planer.toml and the Mätetal column `Utfall från Kolada`."""

from __future__ import annotations

import pytest
from conftest import antal_fel, fel_i, giltig

from planer import las_arbetsyta
from planer.installningar import Kolada


def test_standardvarden(grund, arbetsyta):
    inlasning = las_arbetsyta(arbetsyta(grund))
    assert inlasning.installningar.kolada == Kolada("https://api.kolada.se/v3", None, ())


def test_giltiga_kolada_installningar(grund, arbetsyta, kontrollera):
    toml = (
        '[kommun]\nkod = "0180"\n\n[kolada]\nadress = "http://127.0.0.1:8000/v3"\n'
        'grupp = "G124035"\nkommuner = ["1283", "0380"]\n'
    )
    katalog = arbetsyta(grund, toml=toml)
    giltig(kontrollera(katalog))
    kolada = las_arbetsyta(katalog).installningar.kolada
    assert kolada == Kolada("http://127.0.0.1:8000/v3", "G124035", ("1283", "0380"))


@pytest.mark.parametrize(
    ("toml", "nyckel", "ord_"),
    [
        ('[kolada]\nadress = "api.kolada.se"\n', "kolada.adress", ("webbadress",)),
        ('[kolada]\ngrupp = "G 12/3"\n', "kolada.grupp", ("kommungrupp",)),
        ('[kolada]\nkommuner = ["128"]\n', "kolada.kommuner", ("128", "fyrsiffriga")),
        ('[kolada]\nkommuner = ["0000"]\n', "kolada.kommuner", ("Riket jämförs alltid",)),
        ('[kolada]\nkommuner = "1283"\n', "kolada.kommuner", ("lista", "[")),
        ("[kolada]\nkommuner = [1283]\n", "kolada.kommuner", ("lista",)),
        ('[kolada]\nnyckel = "x"\n', "kolada.nyckel", ("Okänd inställning", "grupp")),
    ],
)
def test_fel_i_kolada_installningar(grund, arbetsyta, kontrollera, toml, nyckel, ord_):
    resultat = kontrollera(arbetsyta(grund, toml=toml))
    fel_i(resultat, None, nyckel, *ord_, fil="planer.toml")
    assert antal_fel(resultat) == 1, resultat.output


def test_utfall_fran_kolada_lases(grund, arbetsyta, kontrollera):
    grund["Mätetal"][0].append("Utfall från Kolada")
    grund["Mätetal"][1].append("ja")
    grund["Mätetal"][2].append("nej")
    katalog = arbetsyta(grund)
    giltig(kontrollera(katalog))
    matetal = las_arbetsyta(katalog).modell.matetal
    assert matetal["M1"].utfall_fran_kolada is True
    assert matetal["M2"].utfall_fran_kolada is False
    assert matetal["M3"].utfall_fran_kolada is False


def test_utfall_fran_kolada_utan_id_ar_fel(grund, arbetsyta, kontrollera):
    grund["Mätetal"][0].append("Utfall från Kolada")
    grund["Mätetal"][2].append("ja")  # M2 has no Kolada id
    resultat = kontrollera(arbetsyta(grund))
    fel_i(resultat, "Mätetal", "H3", "inget id i kolumnen Kolada")
    assert antal_fel(resultat) == 1


def test_utfall_fran_kolada_okant_varde(grund, arbetsyta, kontrollera):
    grund["Mätetal"][0].append("Utfall från Kolada")
    grund["Mätetal"][1].append("kanske")
    resultat = kontrollera(arbetsyta(grund))
    fel_i(resultat, "Mätetal", "H2", "kanske", "ja, nej")
