"""What one body's data-entry form for one period holds, taken from the model.

`utskick` writes it as a workbook and `status` counts it for bodies that have
not answered, so both agree on what a form asks for. Values the model already
has for the period are the form's base values (pre-filled, so that a
correction round works).
"""

from __future__ import annotations

import datetime
from dataclasses import dataclass

from planer.installningar import Installningar
from planer.modell.objekt import Period, Uppdragsstatus
from planer.modell.styrmodell import Styrmodell

_AVSLUTADE_UPPDRAG = {Uppdragsstatus.SLUTFORT, Uppdragsstatus.AVSLUTAT}


@dataclass(frozen=True)
class Matetalsrad:
    id: str
    namn: str
    mal: str
    enhet: str
    riktning: str
    decimaler: int | None
    malvarde: float | None
    tidigare: tuple[float | None, ...]  # one per `Innehall.tidigare_perioder`
    utfall: float | None
    kommentar: str | None


@dataclass(frozen=True)
class Malrad:
    id: str
    text: str
    stodjer: str  # the goal it supports, "" for none
    bedomning: str | None
    analys: str | None


@dataclass(frozen=True)
class Aktivitetsrad:
    nyckel: str  # the activity's id, or its text where it has none
    id: str
    text: str
    mal: str
    ansvarig: str
    slut: datetime.date | None
    status: str
    kommentar: str | None


@dataclass(frozen=True)
class Uppdragsrad:
    id: str
    text: str
    uppdragsgivare: str
    ar: int
    status: str
    kommentar: str | None


@dataclass(frozen=True)
class Textrad:
    rubrik: str
    text: str | None


@dataclass(frozen=True)
class Ekonomirad:
    post: str
    typ: str
    budget: float | None
    utfall: float | None
    prognos: float | None

    @property
    def nyckel(self) -> str:
        return f"{self.post}|{self.typ}"


@dataclass(frozen=True)
class Innehall:
    org_id: str
    org_namn: str
    period: Period
    tidigare_perioder: tuple[Period, ...]
    matetal: tuple[Matetalsrad, ...]
    mal: tuple[Malrad, ...]
    aktiviteter: tuple[Aktivitetsrad, ...]
    uppdrag: tuple[Uppdragsrad, ...]
    texter: tuple[Textrad, ...]
    ekonomi: tuple[Ekonomirad, ...]

    @property
    def tomt(self) -> bool:
        return not any(
            (self.matetal, self.mal, self.aktiviteter, self.uppdrag, self.texter, self.ekonomi)
        )


def tidigare_perioder(period: Period) -> tuple[Period, ...]:
    """The earlier outcomes a form shows: two years back, or last year and the same tertial."""
    if period.ar_helar:
        return (Period(period.ar - 2), Period(period.ar - 1))
    return (Period(period.ar - 1), period.aret_innan())


def innehall(
    modell: Styrmodell, installningar: Installningar, org_id: str, period: Period
) -> Innehall:
    ar = period.ar
    egna_mal = [m for m in modell.mal_for(org_id) if m.galler(ar)]
    tidigare = tidigare_perioder(period)
    matetal = []
    for mal_ in egna_mal:
        for m in modell.matetal_for(mal_.id):
            utfall = m.utfall.get(period)
            matetal.append(
                Matetalsrad(
                    id=m.id,
                    namn=m.namn,
                    mal=mal_.text,
                    enhet=m.enhet,
                    riktning=m.riktning.value,
                    decimaler=m.decimaler,
                    malvarde=m.malvarde(ar),
                    tidigare=tuple(m.varde(p) for p in tidigare),
                    utfall=utfall.varde if utfall else None,
                    kommentar=utfall.kommentar if utfall else None,
                )
            )
    mal = []
    for mal_ in egna_mal:
        analys = modell.analys(mal_.id, period)
        overordnat = modell.overordnat_mal(mal_.id)
        mal.append(
            Malrad(
                id=mal_.id,
                text=mal_.text,
                stodjer=f"{overordnat.id} {overordnat.text}" if overordnat else "",
                bedomning=analys.bedomning.value if analys and analys.bedomning else None,
                analys=(analys.text or None) if analys else None,
            )
        )
    aktiviteter = [
        Aktivitetsrad(
            nyckel=a.id or a.text,
            id=a.id or "",
            text=a.text,
            mal=modell.mal[a.mal].text if a.mal in modell.mal else "",
            ansvarig=a.ansvarig or "",
            slut=a.slut,
            status=a.status.value,
            kommentar=a.kommentar,
        )
        for a in modell.aktiviteter_for(org_id)
    ]
    uppdrag = [
        Uppdragsrad(
            id=u.id,
            text=u.text,
            uppdragsgivare=modell.organisationer[u.uppdragsgivare].namn if u.uppdragsgivare else "",
            ar=u.ar,
            status=u.status.value,
            kommentar=u.kommentar,
        )
        for u in modell.uppdrag_for(org_id)
        if u.ar == ar or (u.ar < ar and u.status not in _AVSLUTADE_UPPDRAG)
    ]
    return Innehall(
        org_id=org_id,
        org_namn=modell.organisationer[org_id].namn,
        period=period,
        tidigare_perioder=tidigare,
        matetal=tuple(matetal),
        mal=tuple(mal),
        aktiviteter=tuple(aktiviteter),
        uppdrag=tuple(uppdrag),
        texter=_texter(modell, installningar, org_id, period),
        ekonomi=_ekonomi(modell, org_id, period),
    )


def _texter(
    modell: Styrmodell, installningar: Installningar, org_id: str, period: Period
) -> tuple[Textrad, ...]:
    """The configured sections, then any other section the body already has for the period."""
    befintliga = {t.rubrik.strip().casefold(): t for t in modell.textavsnitt(org_id, period)}
    rubriker = list(dict.fromkeys(r.strip() for r in installningar.inrapportering.textavsnitt))
    kanda = {r.casefold() for r in rubriker}
    rubriker += [t.rubrik for k, t in befintliga.items() if k not in kanda]
    return tuple(
        Textrad(r, befintliga[r.casefold()].text if r.casefold() in befintliga else None)
        for r in rubriker
    )


def _ekonomi(modell: Styrmodell, org_id: str, period: Period) -> tuple[Ekonomirad, ...]:
    """A tertial form asks for a forecast of each of the body's own posts."""
    if period.ar_helar:
        return ()
    return tuple(
        Ekonomirad(r.post, r.typ.value, r.budget, r.utfall, r.prognos)
        for r in modell.ekonomi_for(org_id, period)
    )
