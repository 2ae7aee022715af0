"""The comparison arithmetic: pure functions of the fetched values, with pandas.

For each KPI and year: the kommun's own value, the comparison group's
unweighted mean (the group's members and the listed kommuner, the kommun
itself left out), riket's value (0000, as Kolada gives it), and the kommun's
rank among all kommuner with a value — rank 1 is the best, by the measure's
direction, ties share the better rank — and the quartile (1 = the best
quarter). Regions (00xx) are not ranked. Missing values are left out, never 0.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import TYPE_CHECKING

from planer.kolada.data import RIKET, Koladadata, ar_kommun
from planer.modell.objekt import Riktning
from planer.modell.styrmodell import Styrmodell

if TYPE_CHECKING:
    import pandas as pd

_NYCKEL = ["kpi", "ar"]


@dataclass(frozen=True, slots=True)
class Jamforelse:
    kpi: str
    ar: int
    egen: float | None
    grupp_medel: float | None
    grupp_antal: int  # comparison kommuner with a value
    riket: float | None
    plats: int | None  # 1 = best; None without an own value
    antal: int  # kommuner with a value

    @property
    def kvartil(self) -> int | None:
        if self.plats is None or not self.antal:
            return None
        return min(4, math.ceil(4 * self.plats / self.antal))


class Jamforelser:
    """Comparisons per (KPI, direction, year); empty when nothing has been fetched."""

    def __init__(self, kolada: Koladadata | None, tabell: dict[tuple, Jamforelse]) -> None:
        self.kolada = kolada
        self._tabell = tabell

    def __bool__(self) -> bool:
        return bool(self._tabell)

    def for_ar(self, kpi: str, riktning: Riktning, ar: int) -> Jamforelse | None:
        return self._tabell.get((kpi, riktning, ar))

    def serie(self, kpi: str, riktning: Riktning, till_ar: int) -> list[Jamforelse]:
        """Every year up to `till_ar` with any value, oldest first."""
        return sorted(
            (
                j
                for (k, r, a), j in self._tabell.items()
                if k == kpi and r == riktning and a <= till_ar
            ),
            key=lambda j: j.ar,
        )

    def senaste(self, kpi: str, riktning: Riktning, till_ar: int) -> Jamforelse | None:
        """The latest year up to `till_ar` where the kommun or riket has a value."""
        aktuella = [
            j
            for j in self.serie(kpi, riktning, till_ar)
            if j.egen is not None or j.riket is not None
        ]
        return aktuella[-1] if aktuella else None


def berakna(kolada: Koladadata | None, modell: Styrmodell | None) -> Jamforelser:
    """The comparisons for every KPI a measure of the model uses, in its direction."""
    if kolada is None or modell is None:
        return Jamforelser(kolada, {})  # without a fetch, a build never loads pandas
    import pandas as pd

    riktningar = {(m.kolada, m.riktning) for m in modell.matetal.values() if m.kolada}
    varden = pd.DataFrame(
        [(v.kpi, v.kommun, v.ar, v.varde) for v in kolada.varden],
        columns=["kpi", "kommun", "ar", "varde"],
    ).astype({"varde": "float64"})
    jamforelse = {kod for kod, _ in kolada.hamtning.jamforelse} - {kolada.hamtning.kommun}
    tabell: dict[tuple, Jamforelse] = {}
    for riktning in {r for _, r in riktningar}:
        kpier = {k for k, r in riktningar if r == riktning}
        del_ = varden[varden["kpi"].isin(kpier)]
        for rad in jamfor(del_, kolada.hamtning.kommun, jamforelse, riktning).itertuples():
            tabell[rad.kpi, riktning, rad.ar] = Jamforelse(
                rad.kpi,
                int(rad.ar),
                _tal(rad.egen),
                _tal(rad.grupp_medel),
                int(rad.grupp_antal),
                _tal(rad.riket),
                None if math.isnan(rad.plats) else int(rad.plats),
                int(rad.antal),
            )
    return Jamforelser(kolada, tabell)


def jamfor(
    varden: pd.DataFrame, egen: str, jamforelse: set[str], riktning: Riktning
) -> pd.DataFrame:
    """One row per (kpi, ar): egen, grupp_medel, grupp_antal, riket, plats, antal.

    `varden` is tidy: kpi, kommun, ar, varde (NaN where Kolada has no value).
    """
    med_varde = varden.dropna(subset=["varde"])
    kommuner = med_varde[med_varde["kommun"].map(ar_kommun)].copy()
    kommuner["plats"] = kommuner.groupby(_NYCKEL)["varde"].rank(
        ascending=riktning is Riktning.LAGRE, method="min"
    )
    antal = kommuner.groupby(_NYCKEL).size().rename("antal")
    egna = kommuner[kommuner["kommun"] == egen].set_index(_NYCKEL)[["varde", "plats"]]
    grupp = (
        med_varde[med_varde["kommun"].isin(jamforelse)]
        .groupby(_NYCKEL)["varde"]
        .agg(grupp_medel="mean", grupp_antal="count")
    )
    riket = med_varde[med_varde["kommun"] == RIKET].set_index(_NYCKEL)["varde"].rename("riket")
    alla = varden[_NYCKEL].drop_duplicates().set_index(_NYCKEL)
    tabell = (
        alla.join(egna.rename(columns={"varde": "egen"}))
        .join(grupp)
        .join(riket)
        .join(antal)
        .fillna({"grupp_antal": 0, "antal": 0})
    )
    return tabell.reset_index().sort_values(_NYCKEL, ignore_index=True)


def _tal(varde: float) -> float | None:
    return None if math.isnan(varde) else float(varde)
