"""Verksamhetsplan (at council level "Mål och budget"): the plan for a year and plan years."""

from __future__ import annotations

from planer.dokument import delar
from planer.dokument import format as fmt
from planer.dokument.delar import Kontext, Underlag
from planer.modell.objekt import Period

TYP = "verksamhetsplan"


def kontext(underlag: Underlag) -> Kontext:
    """`underlag.period` is the plan year; goals show their latest assessment before it."""
    ar = underlag.period.ar
    planar = list(range(ar, ar + underlag.installningar.plan.planperiod))
    bedomd = _senaste_bedomda_period(underlag)
    # Goals and measures are assessed in the latest period with outcomes before the plan.
    bedomning = Underlag(underlag.inlasning, underlag.org_id, bedomd) if bedomd else underlag
    mal = []
    for mal_ in underlag.egna_mal(ar):
        matetal = []
        for m in underlag.modell.matetal_for(mal_.id):
            rad = delar.matetal(bedomning, m)
            baslinje = m.senaste_utfall(till_och_med=Period(ar - 1))
            rad["baslinje"] = {
                "period": fmt.period(baslinje.period) if baslinje else fmt.TOMT,
                "varde": delar.varde(m, baslinje.varde if baslinje else None),
            }
            rad["malvarden"] = [{"ar": a, "varde": delar.varde(m, m.malvarde(a))} for a in planar]
            matetal.append(rad)
        mal.append(delar.mal(bedomning, mal_, matetal))

    if underlag.ar_kf:
        titel = f"Mål och budget {ar}"
        undertitel = f"med plan för {planar[1]}–{planar[-1]}" if len(planar) > 1 else ""
    else:
        titel, undertitel = f"Verksamhetsplan {ar}", underlag.organisation.namn
    resultat = delar.gemensamt(underlag, TYP, titel, undertitel, mal)
    resultat["maluppfyllelse"] = delar.maluppfyllelse(bedomning, resultat["perspektiv"])
    resultat["planar"] = planar
    resultat["bedomningsperiod"] = fmt.period(bedomd) if bedomd else ""
    drift = delar.drift(underlag, Period(ar), avvikelse_mot=None)
    if drift is not None:
        drift["planar"] = [
            {
                "ar": a,
                "nettokostnad": fmt.tkr(
                    underlag.modell.driftredovisning(underlag.org_id, Period(a)).nettokostnad.budget
                ),
            }
            for a in planar
        ]
    resultat["ekonomi"] = {
        "drift": drift,
        "investeringar": delar.investeringar(underlag, ar, avvikelse_mot=None),
    }
    return resultat


def _senaste_bedomda_period(underlag: Underlag) -> Period | None:
    fore = [p for p in underlag.modell.perioder_med_utfall if p.ar < underlag.period.ar]
    return fore[-1] if fore else None
