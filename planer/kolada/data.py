"""What a Kolada fetch holds, as plain data: read from and written to indata/kolada.xlsx."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

KOLADAFIL = "kolada.xlsx"  # in indata/; not a central workbook, read on its own
RIKET = "0000"
EXEMPELDATA = "Exempeldata, inte verkliga Kolada-värden"


@dataclass(frozen=True, slots=True)
class Vardepost:
    kpi: str
    kommun: str
    ar: int
    varde: float | None  # None: Kolada has no value, never 0


@dataclass(frozen=True, slots=True)
class Nyckeltal:
    id: str
    titel: str
    beskrivning: str = ""


@dataclass(frozen=True)
class Hamtning:
    """Where and when the values were fetched, and who they are compared with."""

    adress: str
    tidpunkt: str  # ISO 8601, UTC
    kommun: str  # the own kommunkod
    ar: tuple[int, ...]
    grupp: str | None = None
    gruppnamn: str = ""
    jamforelse: tuple[tuple[str, str], ...] = ()  # (kod, namn) of the comparison kommuner
    exempeldata: bool = False  # synthetic values, for the example municipality


@dataclass(frozen=True)
class Koladadata:
    hamtning: Hamtning
    nyckeltal: Mapping[str, Nyckeltal]
    varden: tuple[Vardepost, ...]
    kommunnamn: Mapping[str, str] = field(default_factory=dict)  # kod → namn, where known


def ar_kommun(kod: str) -> bool:
    """Kolada's kommuner: four digits, not riket (0000) nor a region (00xx)."""
    return len(kod) == 4 and kod.isdigit() and not kod.startswith("00")
