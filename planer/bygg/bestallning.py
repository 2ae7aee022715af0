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
_OTILLATET = set('\\/:*?"<>|')
_RESERVERAT = re.compile(r"(CON|PRN|AUX|NUL|COM[0-9¹²³]|LPT[0-9¹²³]|CONIN\$|CONOUT\$)", re.I)
_MAX_BYTE = 200


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


def valda_organisationer(
    inlasning: Inlasning, org_ids: tuple[str, ...] = (), med_underliggande: bool = False
) -> list[str]:
    """The bodies asked for with --org (all when none), with those below them on request.

    An unknown id is a PlanerFel that names it; each body comes once.
    """
    modell = inlasning.modell
    assert modell is not None
    kanda_organisationer(inlasning, org_ids, list(modell.organisationer))
    valda = list(org_ids) or list(modell.organisationer)
    if med_underliggande:
        valda += [u.id for o in org_ids for u in modell.underliggande(o)]
    return list(dict.fromkeys(valda))


def kanda_organisationer(inlasning: Inlasning, org_ids: tuple[str, ...], forslag: list[str]):
    """Stop with a Swedish message at the first --org id the model does not have."""
    assert inlasning.modell is not None
    okanda = [o for o in org_ids if o not in inlasning.modell.organisationer]
    if okanda:
        raise PlanerFel(
            f"Okänd organisation: {', '.join(okanda)}.",
            f"Använd Id från fliken Organisation, t.ex. {', '.join(forslag[:4])}.",
        )


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
    valda = valda_organisationer(inlasning, org_ids, med_underliggande)
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
    """One job per document type and body, its files under `utdata` and nowhere else."""
    modell = inlasning.modell
    assert modell is not None
    stammar = filnamnen({o.id: o.namn for o in modell.organisationer.values()})
    rot = utdata.resolve()
    resultat = []
    for typ in val.dokumenttyper:
        period = val.perioder[typ]
        katalog = utdata / str(period) / typ
        if not katalog.resolve().is_relative_to(rot):
            raise PlanerFel(
                f"{katalog} är en länk till {katalog.resolve()}, utanför {utdata}.",
                "Ta bort länken; planer skapar mappen själv.",
            )
        for org_id in val.org_ids:
            filer = tuple(katalog / f"{stammar[org_id]}.{f}" for f in val.format)
            resultat.append(Dokumentjobb(typ, org_id, period, val.format, filer))
    return resultat


def filnamnen(namn: dict[str, str]) -> dict[str, str]:
    """Id → file name stem for every body, unique even where case does not count.

    Two bodies whose stems collide (`A/B` and `A:B`, names cut at the same place,
    or stems that differ only in case, which Windows and macOS see as one file) get
    -2, -3 … in id order, so a body's file name does not depend on what is built.
    """
    stammar = {org_id: filnamn(org_id, namn[org_id]) for org_id in sorted(namn)}
    tagna = {s.casefold() for s in stammar.values()}
    forsta: dict[str, str] = {}
    for org_id, stam in stammar.items():
        if forsta.setdefault(stam.casefold(), org_id) == org_id:
            continue
        n = 2
        while f"{stam}-{n}".casefold() in tagna:
            n += 1
        stammar[org_id] = f"{stam}-{n}"
        tagna.add(stammar[org_id].casefold())
    return stammar


def filnamn(org_id: str, namn: str, max_langd: int = 80) -> str:
    """`<id>-<name>`, safe on Windows, macOS and Linux and on shared drives.

    No separators, characters Windows forbids, control or invisible characters
    (a right-to-left mark could disguise the extension), no leading dots (hidden
    files) and no trailing dots or spaces; the stem is never a reserved device
    name such as CON. At most `max_langd` characters and 200 bytes in UTF-8
    (Linux allows 255 per name, and the build's temporary file adds 14), so that
    utdata/<period>/<typ>/<stem>.docx stays within Windows' 260 characters for a
    workspace path of up to 130.
    """
    text = unicodedata.normalize("NFC", f"{org_id}-{namn}")
    # Every unsafe character becomes "/", and each run of them one hyphen.
    text = "".join("/" if c in _OTILLATET or unicodedata.category(c)[0] == "C" else c for c in text)
    text = " ".join(re.sub("/+", "-", text).split())[:max_langd]
    while len(text.encode()) > _MAX_BYTE:
        text = text[:-1]
    text = text.strip(" .")
    bas = text.split(".")[0].rstrip()
    if _RESERVERAT.fullmatch(bas):
        text = f"{bas}_{text[len(bas) :]}"
    return text
