"""What to build: the user's choices resolved to one job per body and document type."""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

from planer.arbetsyta import Inlasning
from planer.dokument import DOKUMENTTYPER, standardperiod
from planer.modell.objekt import Period
from planer.problem import PlanerFel

FORMAT = ("docx", "pdf", "html")
_OTILLATET = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


@dataclass(frozen=True)
class Bestallning:
    """What to build: bodies × document types × formats, with periods chosen."""

    org_ids: tuple[str, ...]
    dokumenttyper: tuple[str, ...]
    format: tuple[str, ...]
    perioder: dict[str, Period]  # document type → period


@dataclass(frozen=True)
class Dokumentjobb:
    dokumenttyp: str
    org_id: str
    period: Period
    format: tuple[str, ...]
    filer: tuple[Path, ...]  # one per format, same order


def bestallning(
    inlasning: Inlasning,
    org_ids: tuple[str, ...] = (),
    med_underliggande: bool = False,
    dokumenttyper: tuple[str, ...] = (),
    format: tuple[str, ...] = (),
    ar: int | None = None,
    period: Period | None = None,
) -> Bestallning:
    """Resolve the user's choices against the model; unknown ids are a PlanerFel."""
    modell = inlasning.modell
    assert modell is not None
    okanda = [o for o in org_ids if o not in modell.organisationer]
    if okanda:
        raise PlanerFel(
            f"Okänd organisation: {', '.join(okanda)}.",
            "Använd Id från fliken Organisation, t.ex. "
            + ", ".join(list(modell.organisationer)[:4])
            + ".",
        )
    valda = list(org_ids) or list(modell.organisationer)
    if med_underliggande:
        valda += [u.id for o in org_ids for u in modell.underliggande(o)]
    typer = dokumenttyper or DOKUMENTTYPER
    perioder = {}
    for typ in typer:
        if period is not None and (typ in ("delarsrapport", "styrkort") or ar is None):
            perioder[typ] = period if typ in ("delarsrapport", "styrkort") else Period(period.ar)
        else:
            perioder[typ] = standardperiod(inlasning, typ, ar)
    if "delarsrapport" in perioder and perioder["delarsrapport"].ar_helar:
        raise PlanerFel(
            f"En delårsrapport gäller ett tertial, inte helåret {perioder['delarsrapport']}.",
            "Ange t.ex. --period 2026-T2 (januari–augusti).",
        )
    return Bestallning(tuple(dict.fromkeys(valda)), tuple(typer), tuple(format or FORMAT), perioder)


def jobb(inlasning: Inlasning, val: Bestallning, utdata: Path) -> list[Dokumentjobb]:
    modell = inlasning.modell
    assert modell is not None
    resultat = []
    for typ in val.dokumenttyper:
        period = val.perioder[typ]
        for org_id in val.org_ids:
            stam = filnamn(org_id, modell.organisationer[org_id].namn)
            katalog = utdata / str(period) / typ
            filer = tuple(katalog / f"{stam}.{f}" for f in val.format)
            resultat.append(Dokumentjobb(typ, org_id, period, val.format, filer))
    return resultat


def filnamn(org_id: str, namn: str, max_langd: int = 80) -> str:
    """`<id>-<name>`, safe on Windows, macOS and Linux and on shared drives.

    No separators or characters Windows forbids, no trailing dots or spaces; the
    hyphen means the stem is never a reserved device name such as CON.
    """
    text = unicodedata.normalize("NFC", f"{org_id}-{namn}")
    text = " ".join(_OTILLATET.sub("-", text).split())
    return text[:max_langd].rstrip(" .")
