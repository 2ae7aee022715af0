from planer import las_arbetsyta
from planer.modell.objekt import Period


def test_grunden_ar_giltig(arbetsyta, grund, kontrollera):
    resultat = kontrollera(arbetsyta(grund))
    assert resultat.exit_code == 0, resultat.output
    assert "0 fel" in resultat.output
    assert "5 organisationer" in resultat.output


def test_grunden_laser_in_allt(arbetsyta, grund):
    modell = las_arbetsyta(arbetsyta(grund)).modell
    assert modell is not None
    m1 = modell.matetal["M1"]
    assert m1.varde(Period(2025)) == 86.5
    assert m1.malvarde(2027) == 90
    assert modell.matetal["M2"].utfall[Period(2026, 1)].kommentar == "Ej mätt; Systembyte"
    assert modell.matetal["M3"].varde(Period(2026, 1)) == 5
