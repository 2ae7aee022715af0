"""Reading: workbooks under indata/ → typed rows per sheet of the input contract.

Returned data-entry forms are recognised first, by the identity planer wrote
into them, so that a form is never taken for a central workbook even though
its sheets share names with the contract's. Forms may lie in subfolders.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from planer.kolada.data import KOLADAFIL
from planer.lasning.excel import ARBETSBOKSTYPER, hitta_arbetsbocker, las_flikar
from planer.lasning.formular import Formular, formularets_egenskaper, las_formular
from planer.lasning.rader import Rad, las_rader
from planer.lasning.schema import FLIKTYPER
from planer.problem import Plats, Problemlista


@dataclass
class Indata:
    rader: dict[str, list[Rad] | None]  # the central rows, before any form is laid over
    formular: list[Formular]


def las_indata(katalog: Path, problem: Problemlista) -> Indata:
    """The central rows of every sheet type, and the returned forms.

    An optional sheet that is absent has no rows; a sheet that is required but
    absent, or that cannot be read, is None (the reason is already reported).
    """
    arbetsbocker = hitta_arbetsbocker(katalog, problem) if katalog.is_dir() else []
    formularfiler: dict[Path, dict[str, str]] = {}
    centrala = []
    for fil in arbetsbocker:
        if fil.name == KOLADAFIL:  # read by las_koladafil
            continue
        if (props := formularets_egenskaper(fil)) is not None:
            formularfiler[fil] = props
        else:
            centrala.append(fil)
    formularfiler |= _i_undermappar(katalog, problem)
    if not centrala:
        problem.fel(
            f"Det finns inga arbetsböcker (.xlsx) i {katalog}"
            + (" utom inrapporteringsformulär." if formularfiler else "."),
            Plats(katalog.name),
            "Lägg kommunens arbetsböcker där, eller skapa ett exempel med: planer ny KATALOG",
        )
    formular = [
        f for fil, props in formularfiler.items() if (f := las_formular(fil, problem, props))
    ]
    return Indata(_las_centrala(katalog, centrala, problem), formular)


def _i_undermappar(katalog: Path, problem: Problemlista) -> dict[Path, dict[str, str]]:
    """Forms anywhere below indata/; other workbooks there are not read (a note says so)."""
    if not katalog.is_dir():
        return {}
    formular = {}
    filer = []
    for mapp, mappar, namn in os.walk(katalog):  # does not follow links to folders
        mappar[:] = sorted(m for m in mappar if not m.startswith("."))
        if Path(mapp) != katalog:
            filer += [Path(mapp) / n for n in sorted(namn) if not n.startswith((".", "~$"))]
    for fil in filer:
        if not fil.is_file() or fil.suffix.lower() not in ARBETSBOKSTYPER:
            continue
        if (props := formularets_egenskaper(fil)) is not None:
            formular[fil] = props
        else:
            problem.notis(
                "Arbetsboken ligger i en undermapp och läses inte.",
                Plats(fil.relative_to(katalog).as_posix()),
                f"Flytta den direkt till {katalog.name}/ om den ska läsas. I undermappar "
                "läses bara inrapporteringsformulär.",
            )
    return formular


def _las_centrala(
    katalog: Path, arbetsbocker: list[Path], problem: Problemlista
) -> dict[str, list[Rad] | None]:
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
