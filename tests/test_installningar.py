"""planer.toml: every mistake is an error that names the key; a missing file means defaults."""

from __future__ import annotations

import pytest
from test_validering import antal_fel, fel_i

from planer import Status, las_arbetsyta
from planer.installningar import STANDARDVISNING, Installningar


def fall(namn: str, toml: str, nyckel: str | None, *ord_: str):
    """A broken planer.toml, the key shown as the problem's place, and words of the message."""
    return pytest.param(toml, nyckel, ord_, id=namn)


FALL = [
    fall(
        "okänt avsnitt",
        '[kommunen]\nnamn = "X"\n',
        "[kommunen]",
        "Okänt avsnitt [kommunen]",
        "[kommun]",
    ),
    fall(
        "okänd nyckel",
        "[plan]\narr = 2027\n",
        "plan.arr",
        "Okänd inställning plan.arr",
        "ar, planperiod",
    ),
    fall(
        "okänd nyckel i status",
        '[status.uppfyllt]\ncolor = "#000000"\n',
        "status.uppfyllt.color",
        "Okänd inställning status.uppfyllt.color",
        "etikett, symbol, farg",
    ),
    fall(
        "nyckel med ä",  # not valid TOML without quotes; the hint says why
        '[status.uppfyllt]\nfärg = "#000000"\n',
        "rad 2",
        "kan inte läsas som TOML",
        "farg, inte färg",
    ),
    fall(
        "text i stället för tal",
        '[plan]\nplanperiod = "tre"\n',
        "plan.planperiod",
        "fel sorts värde",
        "'tre'",
        "heltal",
    ),
    fall("decimaltal som år", "[plan]\nar = 2027.5\n", "plan.ar", "fel sorts värde", "heltal"),
    fall("kod som tal", "[kommun]\nkod = 9999\n", "kommun.kod", "fel sorts värde", "citattecken"),
    fall(
        "kod med två siffror",
        '[kommun]\nkod = "12"\n',
        "kommun.kod",
        "”12” har inte fyra siffror",
    ),
    fall("kod med bokstäver", '[kommun]\nkod = "12ab"\n', "kommun.kod", "fyra siffror"),
    fall(
        "delvis_andel över 1",
        "[bedomning]\ndelvis_andel = 1.5\n",
        "bedomning.delvis_andel",
        "mellan 0 och 1",
    ),
    fall(
        "delvis_andel 0",
        "[bedomning]\ndelvis_andel = 0\n",
        "bedomning.delvis_andel",
        "mellan 0 och 1",
    ),
    fall(
        "delvis_andel i procent",
        "[bedomning]\ndelvis_andel = -0.8\n",
        "bedomning.delvis_andel",
        "mellan 0 och 1",
    ),
    fall(
        "okänd målregel",
        '[bedomning]\nmal_regel = "bast"\n',
        "bedomning.mal_regel",
        "Okänd målregel ”bast”",
        "andel",
    ),
    fall(
        "färg utan #",
        '[status.uppfyllt]\nfarg = "grön"\n',
        "status.uppfyllt.farg",
        "”grön” är ingen färgkod",
        "#RRGGBB",
    ),
    fall(
        "färg med tre siffror",
        '[status.delvis]\nfarg = "#abc"\n',
        "status.delvis.farg",
        "ingen färgkod",
    ),
    fall(
        "okänd status",
        '[status.bra]\nfarg = "#000000"\n',
        "status.bra",
        "Okänd status [status.bra]",
        "[status.uppfyllt]",
    ),
    fall(
        "logotyp saknas",
        '[kommun]\nlogotyp = "mallar/logotyp.png"\n',
        "kommun.logotyp",
        "Logotypen mallar/logotyp.png finns inte",
    ),
    fall(
        "planperiod orimlig",
        "[plan]\nplanperiod = 0\n",
        "plan.planperiod",
        "Planperioden 0 år är orimlig",
    ),
    fall("planår orimligt", "[plan]\nar = 27\n", "plan.ar", "Planåret 27"),
    fall(
        "avsnitt som värde",
        "kommun = 3\n",
        "kommun",
        "kommun ska vara ett avsnitt",
        "[kommun]",
    ),
    fall(
        "syntaxfel",
        '[kommun\nnamn = "X"\n',
        "rad 1",
        "kan inte läsas som TOML",
        "line 1",
    ),
    fall("citattecken saknas", "[kommun]\nnamn = Exempelkommun\n", "rad 2", "TOML"),
    fall(
        "okänd nyckel i inrapportering",
        '[inrapportering]\nkontakter = "Eva"\n',
        "inrapportering.kontakter",
        "Okänd inställning inrapportering.kontakter",
        "kontakt, textavsnitt",
    ),
    fall(
        "textavsnitt som text",
        '[inrapportering]\ntextavsnitt = "Viktiga händelser"\n',
        "inrapportering.textavsnitt",
        "fel sorts värde",
        "lista med texter",
    ),
    fall(
        "textavsnitt två gånger",
        '[inrapportering]\ntextavsnitt = ["Analys", "analys "]\n',
        "inrapportering.textavsnitt",
        "samma rubrik två gånger",
    ),
]


@pytest.mark.parametrize(("toml", "nyckel", "ord_"), FALL)
def test_trasig_planer_toml(grund, arbetsyta, kontrollera, toml, nyckel, ord_):
    resultat = kontrollera(arbetsyta(grund, toml=toml))
    fel_i(resultat, None, nyckel, *ord_, fil="planer.toml")
    assert antal_fel(resultat) == 1, resultat.output


def test_alla_fel_i_planer_toml_visas(grund, arbetsyta, kontrollera):
    toml = '[kommun]\nkod = "12"\n\n[plan]\narr = 2027\n\n[bedomning]\nmal_regel = "bast"\n'
    resultat = kontrollera(arbetsyta(grund, toml=toml))
    fel_i(resultat, None, "kommun.kod", "fyra siffror", fil="planer.toml")
    fel_i(resultat, None, "plan.arr", "Okänd inställning", fil="planer.toml")
    fel_i(resultat, None, "bedomning.mal_regel", "bast", fil="planer.toml")
    assert antal_fel(resultat) == 3


def test_fel_i_planer_toml_och_arbetsbok_visas_tillsammans(grund, arbetsyta, kontrollera):
    grund["Mätetal"][1][4] = "Uppåt"
    resultat = kontrollera(arbetsyta(grund, toml="[plan]\narr = 2027\n"))
    fel_i(resultat, None, "plan.arr", "plan.arr", fil="planer.toml")
    fel_i(resultat, "Mätetal", "E2", "Uppåt")
    assert antal_fel(resultat) == 2


def test_utan_planer_toml_galler_standardvarden(grund, arbetsyta, kontrollera):
    katalog = arbetsyta(grund)
    (katalog / "planer.toml").unlink()
    resultat = kontrollera(katalog)
    assert resultat.exit_code == 0, resultat.output
    inlasning = las_arbetsyta(katalog)
    assert inlasning.installningar == Installningar()
    regler = inlasning.installningar.bedomning
    assert (regler.delvis_andel, regler.mal_regel) == (0.8, "andel")
    assert inlasning.installningar.plan.planperiod == 3
    assert inlasning.installningar.ord.perspektiv == "Perspektiv"


def test_tom_planer_toml_ger_standardvarden(grund, arbetsyta):
    inlasning = las_arbetsyta(arbetsyta(grund, toml=""))
    assert not inlasning.problem.har_fel
    assert inlasning.installningar == Installningar()


def test_giltiga_installningar_lases(grund, arbetsyta, kontrollera, tmp_path):
    (tmp_path / "mallar").mkdir()
    (tmp_path / "mallar" / "logotyp.png").write_bytes(b"\x89PNG")
    toml = """
[kommun]
namn = "Exempelkommun"
kod = "0180"
vision = "Bäst i Sverige"
logotyp = "mallar/logotyp.png"

[plan]
ar = 2027
planperiod = 4

[ord]
perspektiv = "Målområde"

[bedomning]
delvis_andel = 1          # an integer is accepted for a fraction
mal_regel = "samsta"

[status.uppfyllt]
etikett = "Klart"
farg = "#00AA00"
"""
    katalog = arbetsyta(grund, toml=toml)
    resultat = kontrollera(katalog)
    assert resultat.exit_code == 0, resultat.output
    installningar = las_arbetsyta(katalog).installningar
    assert installningar.kommun.kod == "0180"
    assert installningar.plan.planperiod == 4
    assert installningar.ord.perspektiv == "Målområde"
    assert installningar.bedomning.delvis_andel == 1.0
    assert installningar.bedomning.mal_regel == "samsta"
    uppfyllt = installningar.status[Status.UPPFYLLT]
    assert (uppfyllt.etikett, uppfyllt.farg) == ("Klart", "#00AA00")
    assert uppfyllt.symbol == STANDARDVISNING[Status.UPPFYLLT].symbol  # the rest is kept


def test_statusfarg_med_for_svag_kontrast_ger_varning(grund, arbetsyta, kontrollera):
    """Status text must be readable (WCAG 2.1 AA, 4.5:1) on the table headers it stands on."""
    katalog = arbetsyta(grund, toml='[status.delvis]\nfarg = "#9a6700"\n')
    resultat = kontrollera(katalog)
    assert resultat.exit_code == 0, resultat.output  # a warning, not an error
    assert "status.delvis.farg" in resultat.output
    assert "kontrasten 4,2:1" in resultat.output and "4,5:1" in resultat.output
    assert "kontrasten" not in kontrollera(arbetsyta(grund)).output  # the defaults pass
