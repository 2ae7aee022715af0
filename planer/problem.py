"""Problems in the user's input.

Problems are data, not exceptions: every step collects them in a `Problemlista`
so that the user sees all of them at once, each with its place (workbook, sheet,
cell) and a hint of what to write instead. Exceptions are for bugs.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from enum import Enum


class Allvarlighet(Enum):
    FEL = "fel"  # the model cannot be trusted; exit non-zero
    VARNING = "varning"  # the model is usable, but probably not what the user meant
    NOTIS = "notis"  # worth knowing, e.g. a column that is not used

    @property
    def etikett(self) -> str:
        return {"fel": "Fel", "varning": "Varning", "notis": "Notis"}[self.value]


@dataclass(frozen=True, slots=True)
class Plats:
    """Where a problem is: a file, a sheet in it, and a cell or row there."""

    fil: str | None = None
    flik: str | None = None
    cell: str | None = None

    def __str__(self) -> str:
        delar = [d for d in (self.fil, self.flik) if d]
        if self.cell:
            delar.append(self.cell)
        return ", ".join(delar)


@dataclass(frozen=True, slots=True)
class Problem:
    allvarlighet: Allvarlighet
    meddelande: str
    plats: Plats = Plats()
    tips: str = ""

    def __str__(self) -> str:
        text = f"{self.allvarlighet.etikett}: {self.meddelande}"
        if str(self.plats):
            text = f"{self.plats}: {text}"
        if self.tips:
            text += f" {self.tips}"
        return text


class Problemlista:
    """Collects problems from every step of reading and validating."""

    def __init__(self) -> None:
        self._problem: list[Problem] = []

    def fel(self, meddelande: str, plats: Plats = Plats(), tips: str = "") -> None:
        self._problem.append(Problem(Allvarlighet.FEL, meddelande, plats, tips))

    def varning(self, meddelande: str, plats: Plats = Plats(), tips: str = "") -> None:
        self._problem.append(Problem(Allvarlighet.VARNING, meddelande, plats, tips))

    def notis(self, meddelande: str, plats: Plats = Plats(), tips: str = "") -> None:
        self._problem.append(Problem(Allvarlighet.NOTIS, meddelande, plats, tips))

    def antal(self, allvarlighet: Allvarlighet) -> int:
        return sum(1 for p in self._problem if p.allvarlighet is allvarlighet)

    @property
    def har_fel(self) -> bool:
        return any(p.allvarlighet is Allvarlighet.FEL for p in self._problem)

    def __iter__(self) -> Iterator[Problem]:
        return iter(self._problem)

    def __len__(self) -> int:
        return len(self._problem)


class PlanerFel(Exception):
    """A request that cannot be carried out, e.g. a workspace that is missing.

    The CLI shows the message and the hint and exits non-zero; no traceback.
    """

    def __init__(self, meddelande: str, tips: str = "") -> None:
        super().__init__(meddelande)
        self.meddelande = meddelande
        self.tips = tips
