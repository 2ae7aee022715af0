"""Styrkort: one compact overview of a body's perspectives, goals and measures with status."""

from __future__ import annotations

from planer.dokument import delar, jamforelse
from planer.dokument import format as fmt
from planer.dokument.delar import Kontext, Underlag

TYP = "styrkort"


def kontext(underlag: Underlag) -> Kontext:
    mal = [
        delar.mal(
            underlag,
            mal_,
            [
                {
                    **delar.matetal(underlag, m),
                    "jamforelse": jamforelse.matetal(underlag, m, med_diagram=False),
                }
                for m in underlag.modell.matetal_for(mal_.id)
            ],
        )
        for mal_ in underlag.egna_mal(underlag.period.ar)
    ]
    titel = f"Styrkort {fmt.period(underlag.period)}"
    resultat = delar.gemensamt(underlag, TYP, titel, underlag.organisation.namn, mal)
    resultat["kolada"] = jamforelse.kolada(underlag)
    resultat["ekonomi"] = {"drift": None, "investeringar": None}
    return resultat
