"""Årsredovisning (the council) or verksamhetsberättelse (everyone else) for a year."""

from __future__ import annotations

from planer.dokument import delar, jamforelse
from planer.dokument.delar import Kontext, Underlag
from planer.modell.objekt import Period

TYP = "arsredovisning"
AR_BAKAT = 3  # measures are shown over three years


def kontext(underlag: Underlag) -> Kontext:
    ar = underlag.period.ar
    ar_att_visa = [Period(a) for a in range(ar - AR_BAKAT + 1, ar + 1)]
    mal = []
    for mal_ in underlag.egna_mal(ar):
        matetal = []
        for m in underlag.modell.matetal_for(mal_.id):
            rad = delar.matetal(underlag, m)
            rad["utfall"] = [delar.utfallsrad(underlag, m, p) for p in ar_att_visa]
            rad["jamforelse"] = jamforelse.matetal(underlag, m)
            matetal.append(rad)
        mal.append(delar.mal(underlag, mal_, matetal))
    titel = f"{'Årsredovisning' if underlag.ar_kf else 'Verksamhetsberättelse'} {ar}"
    resultat = delar.gemensamt(underlag, TYP, titel, underlag.organisation.namn, mal)
    resultat["kolada"] = jamforelse.kolada(underlag)
    resultat["ekonomi"] = {
        "drift": delar.drift(underlag, Period(ar), avvikelse_mot="utfall"),
        "investeringar": delar.investeringar(underlag, ar, avvikelse_mot="utfall"),
    }
    return resultat
