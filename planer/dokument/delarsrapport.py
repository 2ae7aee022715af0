"""Delårsrapport (per 31 August) or tertialrapport (per 30 April): the year so far."""

from __future__ import annotations

from planer.dokument import delar, jamforelse
from planer.dokument import format as fmt
from planer.dokument.delar import Kontext, Underlag

TYP = "delarsrapport"


def kontext(underlag: Underlag) -> Kontext:
    period = underlag.period
    mal = []
    for mal_ in underlag.egna_mal(period.ar):
        matetal = []
        for m in underlag.modell.matetal_for(mal_.id):
            rad = delar.matetal(underlag, m)
            rad["utfall"] = [
                delar.utfallsrad(underlag, m, p) for p in (period.aret_innan(), period)
            ]
            rad["jamforelse"] = jamforelse.matetal(underlag, m)
            matetal.append(rad)
        mal.append(delar.mal(underlag, mal_, matetal))
    namn = "Tertialrapport" if period.tertial == 1 else "Delårsrapport"
    titel = f"{namn} {fmt.period(period)}"
    resultat = delar.gemensamt(underlag, TYP, titel, underlag.organisation.namn, mal)
    resultat["kolada"] = jamforelse.kolada(underlag)
    resultat["ekonomi"] = {
        "drift": delar.drift(underlag, period, avvikelse_mot="prognos"),
        "investeringar": delar.investeringar(underlag, period.ar, avvikelse_mot="prognos"),
    }
    return resultat
