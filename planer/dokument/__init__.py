"""Document contexts: one module per document type, model → plain data for templates."""

from __future__ import annotations

from collections.abc import Callable

from planer.arbetsyta import Inlasning
from planer.dokument import (
    arsredovisning,
    delarsrapport,
    kallelse,
    styrkort,
    tjansteskrivelse,
    verksamhetsplan,
)
from planer.dokument.delar import Kontext, Underlag
from planer.modell.objekt import Arende, Mote, Period
from planer.modell.styrmodell import Styrmodell
from planer.problem import PlanerFel

KONTEXTER: dict[str, Callable[[Underlag], Kontext]] = {
    verksamhetsplan.TYP: verksamhetsplan.kontext,
    delarsrapport.TYP: delarsrapport.kontext,
    arsredovisning.TYP: arsredovisning.kontext,
    styrkort.TYP: styrkort.kontext,
}
DOKUMENTTYPER = tuple(KONTEXTER)
# Made per meeting by `planer handlingar`, not per body and period by `planer bygg`.
MOTESDOKUMENT = (kallelse.TYP, tjansteskrivelse.TYP)


def bygg_kontext(inlasning: Inlasning, dokumenttyp: str, org_id: str, period: Period) -> Kontext:
    """The context of one document: what both its Word and its HTML template get."""
    return KONTEXTER[dokumenttyp](Underlag(inlasning, org_id, period))


def motesperiod(inlasning: Inlasning, arende: Arende) -> Period | None:
    """The period of the document an item treats: the sheet's, else as `planer bygg` chooses."""
    if arende.dokument is None:
        return None
    return arende.period or standardperiod(inlasning, arende.dokument.value)


def motesdokument_kontext(
    inlasning: Inlasning,
    typ: str,
    mote: Mote,
    arende: Arende | None = None,
    sidor: dict[int, int] | None = None,
) -> Kontext:
    """The context of a kallelse (with the bundle's pages) or an item's tjänsteskrivelse."""
    if typ == kallelse.TYP:
        return kallelse.kontext(inlasning, mote, sidor)
    assert arende is not None
    return tjansteskrivelse.kontext(inlasning, mote, arende, motesperiod(inlasning, arende))


def standardperiod(inlasning: Inlasning, dokumenttyp: str, ar: int | None = None) -> Period:
    """The period a document type shows when none is asked for.

    Verksamhetsplan: the plan year (planer.toml, else the year after the latest
    outcomes). Årsredovisning: the latest full year with outcomes. Delårsrapport:
    the latest tertial with outcomes. Styrkort: the latest period with outcomes.
    With `ar`, the choice is made within that year.
    """
    modell = inlasning.modell
    assert modell is not None
    if dokumenttyp == verksamhetsplan.TYP:
        if ar is None:
            ar = inlasning.installningar.plan.ar or _senaste_ar(modell) + 1
        return Period(ar)
    villkor: Callable[[Period], bool] = {
        arsredovisning.TYP: lambda p: p.ar_helar,
        delarsrapport.TYP: lambda p: not p.ar_helar,
        styrkort.TYP: lambda p: True,
    }[dokumenttyp]
    kandidater = [
        p for p in modell.perioder_med_utfall if villkor(p) and (ar is None or p.ar == ar)
    ]
    if not kandidater:
        if dokumenttyp == arsredovisning.TYP and ar is not None:
            return Period(ar)
        raise PlanerFel(
            f"Det finns inga utfall för en {_periodslag(dokumenttyp)}"
            + (f" {ar}" if ar else "")
            + f", så planer vet inte vilken period {dokumenttyp} ska gälla.",
            "Ange perioden med --period (t.ex. 2026-T2) eller --ar, eller fyll i utfall.",
        )
    return kandidater[-1]


def _senaste_ar(modell: Styrmodell) -> int:
    perioder = modell.perioder_med_utfall
    if not perioder:
        raise PlanerFel(
            "Det finns inga utfall, så planåret kan inte räknas fram.",
            "Skriv planåret i planer.toml under [plan] som ar = 2027, eller ange --ar.",
        )
    return perioder[-1].ar


def _periodslag(dokumenttyp: str) -> str:
    return {arsredovisning.TYP: "helår", delarsrapport.TYP: "tertial"}.get(dokumenttyp, "period")
