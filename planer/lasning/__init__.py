"""Reading: workbooks under indata/ → typed rows per sheet of the input contract."""

from __future__ import annotations

from pathlib import Path

from planer.kolada.data import KOLADAFIL
from planer.lasning.excel import hitta_arbetsbocker, las_flikar
from planer.lasning.rader import Rad, las_rader
from planer.lasning.schema import FLIKTYPER
from planer.problem import Plats, Problemlista


def las_indata(katalog: Path, problem: Problemlista) -> dict[str, list[Rad] | None]:
    """The rows of every sheet type, keyed by the sheet's contract name.

    An optional sheet that is absent has no rows; a sheet that is required but
    absent, or that cannot be read, is None (the reason is already reported).
    """
    arbetsbocker = hitta_arbetsbocker(katalog, problem) if katalog.is_dir() else []
    arbetsbocker = [f for f in arbetsbocker if f.name != KOLADAFIL]  # read by las_koladafil
    if not arbetsbocker:
        problem.fel(
            f"Det finns inga arbetsböcker (.xlsx) i {katalog}.",
            Plats(katalog.name),
            "Lägg kommunens arbetsböcker där, eller skapa ett exempel med: planer ny KATALOG",
        )
    kanda = {s for typ in FLIKTYPER for s in typ.stavningar}
    flikar = las_flikar(arbetsbocker, kanda, problem)
    rader: dict[str, list[Rad] | None] = {}
    for typ in FLIKTYPER:
        hittade = [flikar[s] for s in sorted(typ.stavningar) if s in flikar]
        for extra in hittade[1:]:
            problem.fel(
                f"Fliken ”{extra.namn}” är samma sak som ”{hittade[0].namn}” "
                f"i {hittade[0].filnamn}.",
                extra.plats(),
                f"Behåll en av dem: {typ.namn} får bara finnas en gång.",
            )
        if hittade:
            rader[typ.namn] = las_rader(hittade[0], typ, problem)
        else:
            rader[typ.namn] = None if typ.kravs else []
            if typ.kravs and arbetsbocker:
                problem.fel(
                    f"Fliken {typ.namn} saknas.",
                    Plats(katalog.name),
                    f"Lägg till en flik som heter {typ.namn} i någon av arbetsböckerna.",
                )
    return rader
