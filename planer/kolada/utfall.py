"""`Utfall från Kolada = ja`: yearly outcomes from the fetched file, under the sheet's.

The Utfall sheet wins: Kolada fills only the years where the sheet has no
number, and where both have one and they differ, the sheet's is kept with a
notice at its cell. A Kolada value is the kommun's own, gender total.
"""

from __future__ import annotations

import math
from collections.abc import Mapping

from planer.kolada.data import Koladadata
from planer.modell.objekt import Period, Utfall
from planer.problem import Plats, Problemlista

KOMMENTAR = "Källa: Kolada"


def med_koladautfall(
    matetal_id: str,
    kpi: str,
    utfall: dict[Period, Utfall],
    platser: Mapping[Period, Plats],
    kolada: Koladadata,
    problem: Problemlista,
) -> dict[Period, Utfall]:
    """The measure's outcomes with Kolada's yearly values added where the sheet has none."""
    resultat = dict(utfall)
    for post in kolada.varden:
        if post.kpi != kpi or post.kommun != kolada.hamtning.kommun or post.varde is None:
            continue
        period = Period(post.ar)
        fran_bladet = utfall.get(period)
        if fran_bladet is None or fran_bladet.varde is None:
            kommentar = "; ".join(
                t for t in (fran_bladet.kommentar if fran_bladet else None, KOMMENTAR) if t
            )
            resultat[period] = Utfall(period, post.varde, kommentar)
        elif not math.isclose(fran_bladet.varde, post.varde, rel_tol=1e-9, abs_tol=1e-9):
            problem.notis(
                f"Utfallet {period} för {matetal_id} ({_tal(fran_bladet.varde)}) skiljer sig "
                f"från Koladas värde för {kpi} ({_tal(post.varde)}). Värdet här används.",
                platser.get(period, Plats()),
                "Töm cellen om Koladas värde ska gälla.",
            )
    return resultat


def _tal(tal: float) -> str:
    return f"{tal:g}".replace(".", ",")
