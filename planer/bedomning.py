"""Assessment (bedömning): pure functions from values and settings to a status.

- A measure in a period: its outcome against the year's target, direction-aware.
  Uppfyllt when the target is reached; Delvis uppfyllt when the outcome reaches
  `delvis_andel` of the target (higher is better: outcome ≥ andel × target;
  lower is better: target ≥ andel × outcome); otherwise Ej uppfyllt. A target
  of 0 or below has no meaningful share, so there it is met or not. No outcome
  or no target: Ej bedömd.
- A goal: the manual Bedömning in Texter for the period if there is one,
  otherwise the configured rule (`mal_regel`) over its measures — and, with
  `inkludera_undermal`, the goals that support it.
- Trend: the outcome against the same period a year earlier.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from enum import Enum

from planer.installningar import Bedomningsregler
from planer.modell.objekt import Matetal, Period, Riktning, Status
from planer.modell.styrmodell import Styrmodell


class Trend(Enum):
    FORBATTRAD = "Förbättrad"
    OFORANDRAD = "Oförändrad"
    FORSAMRAD = "Försämrad"
    SAKNAS = "Saknas"


_POANG = {Status.UPPFYLLT: 2, Status.DELVIS: 1, Status.EJ_UPPFYLLT: 0}


def _nar(varde: float, grans: float) -> bool:
    """`varde` ≥ `grans`, forgiving float noise such as 84.99999999 for 85."""
    return varde >= grans or math.isclose(varde, grans, rel_tol=1e-9, abs_tol=1e-12)


def bedom_varde(
    varde: float | None, malvarde: float | None, riktning: Riktning, delvis_andel: float
) -> Status:
    if varde is None or malvarde is None:
        return Status.EJ_BEDOMD
    if riktning is Riktning.HOGRE:
        if _nar(varde, malvarde):
            return Status.UPPFYLLT
        if malvarde > 0 and _nar(varde, delvis_andel * malvarde):
            return Status.DELVIS
        return Status.EJ_UPPFYLLT
    if _nar(malvarde, varde):
        return Status.UPPFYLLT
    if malvarde > 0 and _nar(malvarde, delvis_andel * varde):
        return Status.DELVIS
    return Status.EJ_UPPFYLLT


def bedom_matetal(matetal: Matetal, period: Period, regler: Bedomningsregler) -> Status:
    return bedom_varde(
        matetal.varde(period), matetal.malvarde(period.ar), matetal.riktning, regler.delvis_andel
    )


def trend(matetal: Matetal, period: Period) -> Trend:
    nu, innan = matetal.varde(period), matetal.varde(period.aret_innan())
    if nu is None or innan is None:
        return Trend.SAKNAS
    if matetal.decimaler is not None:  # compare what the reader sees
        nu, innan = round(nu, matetal.decimaler), round(innan, matetal.decimaler)
    if math.isclose(nu, innan, rel_tol=1e-9, abs_tol=1e-12):
        return Trend.OFORANDRAD
    battre = nu > innan if matetal.riktning is Riktning.HOGRE else nu < innan
    return Trend.FORBATTRAD if battre else Trend.FORSAMRAD


def sammanvag(underlag: list[Status], regler: Bedomningsregler) -> Status:
    """A goal's status from its measures' (and optionally goals') statuses."""
    bedomda = [s for s in underlag if s is not Status.EJ_BEDOMD]
    if not bedomda:
        return Status.EJ_BEDOMD
    if regler.mal_regel == "samsta":
        return min(bedomda, key=_POANG.__getitem__)
    if regler.mal_regel == "medel":
        medel = sum(_POANG[s] for s in bedomda) / len(bedomda)
        if medel >= 1.5:
            return Status.UPPFYLLT
        return Status.DELVIS if medel >= 0.5 else Status.EJ_UPPFYLLT
    uppfyllda = sum(s is Status.UPPFYLLT for s in bedomda)
    if _nar(uppfyllda / len(bedomda), regler.mal_andel):
        return Status.UPPFYLLT
    if all(s is Status.EJ_UPPFYLLT for s in bedomda):
        return Status.EJ_UPPFYLLT
    return Status.DELVIS


@dataclass(frozen=True, slots=True)
class Malbedomning:
    status: Status
    manuell: bool  # the analyst's assessment from Texter, not computed
    underlag: tuple[Status, ...]  # what a computed status was based on


class Bedomare:
    """Assesses a model's goals, remembering results: a goal is asked for many times."""

    def __init__(self, modell: Styrmodell, regler: Bedomningsregler) -> None:
        self.modell = modell
        self.regler = regler
        self._mal: dict[tuple[str, Period], Malbedomning] = {}

    def matetal(self, matetal_id: str, period: Period) -> Status:
        return bedom_matetal(self.modell.matetal[matetal_id], period, self.regler)

    def trend(self, matetal_id: str, period: Period) -> Trend:
        return trend(self.modell.matetal[matetal_id], period)

    def mal(self, mal_id: str, period: Period) -> Malbedomning:
        nyckel = (mal_id, period)
        if nyckel not in self._mal:
            self._mal[nyckel] = self._bedom_mal(mal_id, period)
        return self._mal[nyckel]

    def _bedom_mal(self, mal_id: str, period: Period) -> Malbedomning:
        analys = self.modell.analys(mal_id, period)
        if analys is not None and analys.bedomning is not None:
            return Malbedomning(analys.bedomning, True, ())
        underlag = [self.matetal(m.id, period) for m in self.modell.matetal_for(mal_id)]
        if self.regler.inkludera_undermal:
            underlag += [self.mal(m.id, period).status for m in self.modell.stodjande_mal(mal_id)]
        return Malbedomning(sammanvag(underlag, self.regler), False, tuple(underlag))
