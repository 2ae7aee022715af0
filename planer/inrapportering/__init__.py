"""The reporting round's output: one data-entry workbook per body, like a document.

`utskick` takes the model and writes, for each chosen body with something to
report for the period, `<utdata>/<period>/<id>-<namn>.xlsx` (utdata defaults to
utskick/ in the workspace). Reading the returned forms is input, in
`planer.lasning.formular`.
"""

from __future__ import annotations

import datetime
import multiprocessing
import os
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from pathlib import Path

from planer.arbetsyta import Inlasning
from planer.bygg import kontrollera_utdata
from planer.bygg.bestallning import filnamnen, valda_organisationer
from planer.inrapportering.arbetsbok import Identitet, skriv_formular
from planer.inrapportering.innehall import Innehall, innehall
from planer.modell.objekt import Period

UTSKICK = "utskick"
_MINST_PER_ARBETARE = 50  # forms; fewer are written faster than a worker starts


@dataclass(frozen=True)
class Utskick:
    filer: list[Path]
    utan_innehall: list[str]  # bodies that had nothing to report for the period


def formularens_innehall(
    inlasning: Inlasning, period: Period, org_ids: list[str]
) -> list[Innehall]:
    modell = inlasning.modell
    assert modell is not None
    return [innehall(modell, inlasning.installningar, o, period) for o in org_ids]


def utskick(
    inlasning: Inlasning,
    period: Period,
    org_ids: tuple[str, ...] = (),
    med_underliggande: bool = False,
    utdata: Path | None = None,
    sista_dag: datetime.date | None = None,
    nu: datetime.datetime | None = None,
    arbetare: int | None = None,
) -> Utskick:
    """Write the forms for `period`; returns the files written.

    `arbetare` processes write them (default: one per core).
    """
    modell = inlasning.modell
    assert modell is not None
    utdata = utdata or inlasning.arbetsyta / UTSKICK
    kontrollera_utdata(inlasning.arbetsyta, utdata)
    kommun = inlasning.installningar.kommun
    identitet = Identitet(
        kommunkod=kommun.kod or "",
        kommun=kommun.namn,
        kontakt=inlasning.installningar.inrapportering.kontakt,
        skapad=nu or datetime.datetime.now(datetime.UTC).replace(microsecond=0),
        sista_dag=sista_dag,
    )
    stammar = filnamnen({o.id: o.namn for o in modell.organisationer.values()})
    katalog = utdata / str(period)
    uppgifter, utan = [], []
    for formular in formularens_innehall(
        inlasning, period, valda_organisationer(inlasning, org_ids, med_underliggande)
    ):
        if formular.tomt:
            utan.append(formular.org_id)
        else:
            uppgifter.append((formular, identitet, katalog / f"{stammar[formular.org_id]}.xlsx"))
    _skriv_alla(uppgifter, arbetare or os.cpu_count() or 1)
    return Utskick([fil for _, _, fil in uppgifter], utan)


def _skriv_alla(uppgifter: list[tuple[Innehall, Identitet, Path]], arbetare: int) -> None:
    """In worker processes when there are many forms (starting one costs about a second)."""
    if arbetare <= 1 or len(uppgifter) < _MINST_PER_ARBETARE * 2:
        for uppgift in uppgifter:
            skriv_formular(*uppgift)
        return
    arbetare = min(arbetare, len(uppgifter) // _MINST_PER_ARBETARE)
    with ProcessPoolExecutor(arbetare, mp_context=multiprocessing.get_context("spawn")) as pool:
        for _ in pool.map(_skriv, uppgifter, chunksize=_MINST_PER_ARBETARE):
            pass  # map re-raises a worker's exception here


def _skriv(uppgift: tuple[Innehall, Identitet, Path]) -> None:
    skriv_formular(*uppgift)
