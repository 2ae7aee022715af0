"""Does the fetched file still fit the workspace? Checked on every read, like a reference."""

from __future__ import annotations

from collections.abc import Mapping

from planer.installningar import FILNAMN
from planer.kolada.data import KOLADAFIL, Koladadata
from planer.modell.styrmodell import Styrmodell
from planer.problem import Plats, Problemlista

_HAMTA = "Hämta jämförelserna på nytt med: planer kolada"


def granska(
    kolada: Koladadata,
    modell: Styrmodell,
    kommunkod: str | None,
    platser: Mapping[str, Plats],
    problem: Problemlista,
) -> None:
    """A file fetched for another kommun, or without a measure's KPI, is worth a word."""
    if kommunkod is not None and kolada.hamtning.kommun != kommunkod:
        problem.varning(
            f"{KOLADAFIL} hämtades för kommunkod {kolada.hamtning.kommun}, men kommunens kod "
            f"är {kommunkod}: jämförelserna gäller en annan kommun.",
            Plats(FILNAMN, cell="kommun.kod"),
            _HAMTA,
        )
    for m in modell.matetal.values():
        if m.kolada and m.kolada not in kolada.nyckeltal:
            problem.notis(
                f"Nyckeltalet {m.kolada} finns inte i {KOLADAFIL}, så mätetalet visas utan "
                "jämförelse med andra kommuner.",
                platser.get(m.id, Plats(KOLADAFIL)),
                _HAMTA,
            )
