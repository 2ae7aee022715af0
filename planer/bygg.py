"""Build: which documents to make, and making each one safely.

Every output is written to a temporary file beside its target and renamed into
place, so a failure never leaves a half-written document, and one failing
document does not stop the others.
"""

from __future__ import annotations

import os
import re
import tempfile
import unicodedata
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from planer.arbetsyta import UTDATA, Inlasning
from planer.dokument import DOKUMENTTYPER, bygg_kontext, standardperiod
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


@dataclass
class Byggresultat:
    byggda: list[Path] = field(default_factory=list)
    misslyckade: list[tuple[Dokumentjobb, str]] = field(default_factory=list)


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


def bygg(
    inlasning: Inlasning,
    val: Bestallning,
    utdata: Path | None = None,
    efter_varje: Callable[[Dokumentjobb, str | None], None] = lambda j, fel: None,
) -> Byggresultat:
    """Build every document; `efter_varje(jobb, felmeddelande_or_None)` reports progress."""
    utdata = utdata or inlasning.arbetsyta / UTDATA
    resultat = Byggresultat()
    alla = jobb(inlasning, val, utdata)
    if "html" in val.format:
        _kopiera_html_resurser(inlasning.arbetsyta, {j.filer[0].parent for j in alla})
    for j in alla:
        try:
            resultat.byggda += bygg_dokument(inlasning, j)
        except PlanerFel as fel:
            meddelande = f"{fel.meddelande} {fel.tips}".strip()
        except Exception as fel:  # a bug must not stop the other documents
            meddelande = (
                f"Internt fel i planer ({type(fel).__name__}: {fel}). Rapportera gärna felet."
            )
        else:
            efter_varje(j, None)
            continue
        resultat.misslyckade.append((j, meddelande))
        efter_varje(j, meddelande)
    return resultat


def bygg_dokument(inlasning: Inlasning, j: Dokumentjobb) -> list[Path]:
    """One document in all its formats, from one context."""
    from planer.rendering.docx import skriv_docx  # heavy imports: only when building
    from planer.rendering.html import render_html, skriv_pdf

    kontext = bygg_kontext(inlasning, j.dokumenttyp, j.org_id, j.period)
    titel = f"{kontext['dokument']['titel']} – {kontext['organisation']['namn']}"
    arbetsyta = inlasning.arbetsyta
    html = (
        render_html(arbetsyta, j.dokumenttyp, kontext) if {"html", "pdf"} & set(j.format) else None
    )
    for format_, fil in zip(j.format, j.filer, strict=True):
        with atomisk(fil) as tmp:
            if format_ == "docx":
                skriv_docx(arbetsyta, j.dokumenttyp, kontext, tmp, titel)
            elif format_ == "pdf":
                skriv_pdf(html, arbetsyta, tmp, titel)
            else:
                tmp.write_text(html, encoding="utf-8")
    return list(j.filer)


def _kopiera_html_resurser(arbetsyta: Path, kataloger: set[Path]) -> None:
    """Put stil.css and the fonts beside the HTML files, where they are not already."""
    from planer.rendering.html import html_resurser

    for relativ, kalla in html_resurser(arbetsyta).items():
        innehall = kalla.read_bytes()
        for katalog in sorted(kataloger):
            mal = katalog / relativ
            if not mal.is_file() or mal.read_bytes() != innehall:
                with atomisk(mal) as tmp:
                    tmp.write_bytes(innehall)


@contextmanager
def atomisk(mal: Path) -> Iterator[Path]:
    """A temporary path beside `mal`, renamed onto it only if the block succeeds."""
    try:
        mal.parent.mkdir(parents=True, exist_ok=True)
        fd, namn = tempfile.mkstemp(prefix=f".{mal.name}.", suffix=".tmp", dir=mal.parent)
        os.close(fd)
    except OSError as fel:
        raise PlanerFel(
            f"Kan inte skriva i {mal.parent}: {fel.strerror}.",
            "Kontrollera att mappen går att skriva i.",
        ) from None
    tmp = Path(namn)
    try:
        yield tmp
        os.chmod(tmp, 0o644)  # mkstemp makes it private; documents are for sharing
        os.replace(tmp, mal)
    except PermissionError:
        raise PlanerFel(
            f"{mal} kan inte skrivas över.",
            "Stäng filen om den är öppen i Word eller en PDF-läsare, "
            "och kontrollera att den inte är skrivskyddad.",
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
