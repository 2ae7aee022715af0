"""Swedish formatting for documents: `1 234,5`, `85 %`, tkr and mnkr, ISO dates.

Thousands are separated by a non-breaking space (U+00A0) and the minus sign is
U+2212, so numbers never break over lines and read as "minus" aloud. Babel
supplies the Swedish number patterns.
"""

from __future__ import annotations

import datetime
import decimal

from babel.numbers import format_decimal

from planer.modell.objekt import Period

SPRAK = "sv_SE"
NBSP = "\u00a0"
TOMT = "–"  # shown where there is no value
# Babel rounds in the current decimal context, whose default 28 digits are too few for a
# large float with decimals (1e22 with 6 decimals); 400 digits hold any float's.
_SIFFROR = 400


def tal(varde: float | None, decimaler: int | None = None) -> str:
    """`1 234,5`; without `decimaler`, whole numbers show none and others one."""
    if varde is None:
        return TOMT
    if decimaler is None:
        decimaler = 0 if float(varde).is_integer() else 1
    monster = "#,##0" + ("." + "0" * decimaler if decimaler else "")
    with decimal.localcontext(prec=_SIFFROR):
        text = format_decimal(varde, format=monster, locale=SPRAK)
    if text.lstrip("-−").strip("0,") == "":  # -0,0 after rounding is 0,0
        text = text.lstrip("-−")
    return text.replace("-", "\u2212")


def med_enhet(varde: float | None, enhet: str, decimaler: int | None = None) -> str:
    """`85 %`, `160 kWh/m²`, `12 dagar`; the unit after a non-breaking space."""
    if varde is None:
        return TOMT
    return f"{tal(varde, decimaler)}{NBSP}{enhet}".rstrip() if enhet else tal(varde, decimaler)


def procent(andel: float | None, decimaler: int = 0) -> str:
    """A share 0–1 as `85 %`."""
    return med_enhet(None if andel is None else andel * 100, "%", decimaler)


def tkr(belopp: float | None) -> str:
    """An amount in tkr as whole thousands: `12 345`."""
    return tal(belopp, 0)


def mnkr(belopp_tkr: float | None, decimaler: int = 1) -> str:
    """An amount given in tkr, shown in millions: `12,3`."""
    return tal(None if belopp_tkr is None else belopp_tkr / 1000, decimaler)


def datum(dag: datetime.date | None) -> str:
    """ISO 8601: `2026-03-31`."""
    return dag.isoformat() if dag else TOMT


def period(period: Period) -> str:
    """`2025`, `januari–april 2026`, `januari–augusti 2026`."""
    if period.tertial is None:
        return str(period.ar)
    return f"{'januari–april' if period.tertial == 1 else 'januari–augusti'} {period.ar}"


def period_slutdatum(period: Period) -> str:
    """The closing date of a period: `2026-08-31` for 2026-T2."""
    manad, dag = {None: (12, 31), 1: (4, 30), 2: (8, 31)}[period.tertial]
    return datetime.date(period.ar, manad, dag).isoformat()
