"""Tjänsteskrivelse: the cover memo of one agenda item, as Swedish municipalities write it.

Header (kommun, förvaltning, datum, diarienummer, handläggare, recipient), the
ärende as title, Förslag till beslut as numbered points that can be moved into
the minutes, Sammanfattning, Beslutsunderlag, Ärendet, Ekonomiska konsekvenser,
Beslutet skickas till and signature lines. Empty texts are written from the
treated document's data (`arendetext`).
"""

from __future__ import annotations

import datetime

from planer.arbetsyta import Inlasning
from planer.dokument import arendetext, delar
from planer.dokument import format as fmt
from planer.dokument.delar import Kontext, Underlag
from planer.modell.objekt import Arende, Dokumenttyp, Mote, Niva, Organisation, Period
from planer.modell.styrmodell import Styrmodell

TYP = "tjansteskrivelse"
DOKUMENTNAMN = {
    Dokumenttyp.VERKSAMHETSPLAN: ("Mål och budget", "Verksamhetsplan"),
    Dokumenttyp.DELARSRAPPORT: ("Delårsrapport", "Delårsrapport"),
    Dokumenttyp.ARSREDOVISNING: ("Årsredovisning", "Verksamhetsberättelse"),
    Dokumenttyp.STYRKORT: ("Styrkort", "Styrkort"),
}


def datum(mote: Mote) -> datetime.date:
    """The memo's date: the day the papers are sent (Möten: Utskick), else the meeting day."""
    return mote.utskick or mote.datum


def forvaltning(modell: Styrmodell, org_id: str) -> Organisation:
    """Who writes the memo: the nearest förvaltning below the body, else the body itself.

    Breadth first, so a nämnd gets its own förvaltning and the council that of
    kommunstyrelsen (the first body under it that has one).
    """
    kon = list(modell.barn(org_id))
    while kon:
        org = kon.pop(0)
        if org.niva is Niva.FORVALTNING:
            return org
        kon.extend(modell.barn(org.id))
    return modell.organisationer[org_id]


def dokumenttitel(underlag: Underlag, typ: Dokumenttyp) -> str:
    """The treated document's title as the document itself shows it."""
    kf_namn, namn = DOKUMENTNAMN[typ]
    period = underlag.period
    if typ is Dokumenttyp.DELARSRAPPORT:
        namn = "Tertialrapport" if period.tertial == 1 else "Delårsrapport"
        return f"{namn} {fmt.period(period)}"
    if typ is Dokumenttyp.STYRKORT:
        return f"Styrkort {fmt.period(period)}"
    return f"{kf_namn if underlag.ar_kf else namn} {period.ar}"


def person(text: str | None) -> Kontext:
    """`Jessica Norén, controller` → name and title, as signature lines show them."""
    namn, _, titel = (text or "").partition(",")
    return {"namn": namn.strip(), "titel": titel.strip()}


def kontext(
    inlasning: Inlasning, mote: Mote, arende: Arende, period: Period | None = None
) -> Kontext:
    """`period`: the treated document's period, resolved by the caller (the build's default)."""
    modell = inlasning.modell
    assert modell is not None
    motesorgan = Underlag(inlasning, mote.organisation, period or Period(mote.datum.year))
    skrivare = forvaltning(modell, mote.organisation)
    dag = fmt.datum(datum(mote))
    sammanfattning, arendet, ekonomi = arende.sammanfattning, arende.arendet, ""
    genererat = []
    underlag_dokument = None
    if arende.dokument is not None and arende.avser is not None and period is not None:
        underlag_ = Underlag(inlasning, arende.avser, period)
        titel = dokumenttitel(underlag_, arende.dokument)
        underlag_dokument = {
            "titel": titel,
            "organisation": arendetext.namn(underlag_),
            "period_text": fmt.period(period),
        }
        if not sammanfattning:
            sammanfattning = arendetext.sammanfattning(underlag_, arende.dokument, titel)
            genererat.append("sammanfattning")
        if not arendet:
            arendet = arendetext.arendet(underlag_, arende.dokument, titel)
            genererat.append("arendet")
        ekonomi = arendetext.ekonomiska_konsekvenser(underlag_, arende.dokument)
    beslutsunderlag = [{"titel": f"Tjänsteskrivelse, {skrivare.namn}", "datum": dag}]
    if underlag_dokument:
        beslutsunderlag.append(
            {
                "titel": f"{underlag_dokument['titel']}, {underlag_dokument['organisation']}",
                "datum": dag,
            }
        )
    beslutsunderlag += [
        {"titel": f"Bilaga: {b.rsplit('/', 1)[-1]}", "datum": ""} for b in arende.bilagor
    ]
    organ = motesorgan.organisation
    return {
        "kommun": delar.kommun(motesorgan),
        "organisation": delar.organisation(motesorgan),
        "dokument": {
            "typ": TYP,
            "titel": arende.rubrik,
            "undertitel": "Tjänsteskrivelse",
            "datum": dag,
        },
        "forvaltning": {"id": skrivare.id, "namn": skrivare.namn},
        "mottagare": organ.namn,
        "arende": {
            "nr": arende.nr,
            "rubrik": arende.rubrik,
            "diarienummer": arende.diarienummer or "",
            "handlaggare": arende.handlaggare or "",
            "foredragande": arende.foredragande or "",
            "sammantrade": fmt.datum(mote.datum),
        },
        "forslag": list(arende.forslag_till_beslut),
        "sammanfattning": sammanfattning or "",
        "arendet": arendet or "",
        "genererat": genererat,
        "ekonomiska_konsekvenser": ekonomi,
        "behandlat_dokument": underlag_dokument,
        "beslutsunderlag": beslutsunderlag,
        "skickas_till": list(arende.skickas_till),
        "underskrifter": [
            u for u in (person(skrivare.ansvarig), person(arende.handlaggare)) if u["namn"]
        ],
    }
