"""Build: only what changed, in parallel, and never a half-written document.

For every requested document the context is built (fast) and fingerprinted
with the templates of each format; outputs whose fingerprint and file are
unchanged since the manifest was written are skipped. The rest are rendered in
worker processes (spawn start method; WeasyPrint, matplotlib and fonts load
once per worker). A failing document is reported and the others go on; the
manifest only ever records files that are completely in place, so an
interrupted build leaves earlier outputs intact and the manifest consistent.
"""

from __future__ import annotations

import multiprocessing
import os
import time
from collections.abc import Callable
from concurrent.futures import Future, ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

from planer.arbetsyta import INDATA, UTDATA, Inlasning
from planer.bygg.bestallning import (
    FORMAT,
    Bestallning,
    Dokumentjobb,
    bestallning,
    filnamn,
    jobb,
)
from planer.bygg.manifest import (
    Manifest,
    dokumentets_avtryck,
    kontextens_avtryck,
    mallarnas_avtryck,
)
from planer.bygg.skrivning import kopiera_om_andrad, skriv_dokument
from planer.dokument import bygg_kontext
from planer.dokument.delar import Kontext
from planer.problem import PlanerFel
from planer.rendering.mallar import mallkataloger

__all__ = ["FORMAT", "Bestallning", "Byggresultat", "Handelse", "bestallning", "bygg", "filnamn"]

BYGGD, OFORANDRAD, MISSLYCKAD = "byggd", "oförändrad", "misslyckad"


@dataclass(frozen=True)
class Handelse:
    """One document finished: built, unchanged or failed (with the reason)."""

    jobb: Dokumentjobb
    utfall: str
    fel: str | None = None


@dataclass
class Byggresultat:
    byggda: list[Path] = field(default_factory=list)  # files written
    oforandrade: int = 0  # documents skipped as up to date
    misslyckade: list[Handelse] = field(default_factory=list)
    sekunder: float = 0.0


@dataclass(frozen=True)
class _Uppgift:
    jobb: Dokumentjobb
    kontext: Kontext
    filer: dict[str, Path]  # only the formats to (re)build
    avtryck: dict[Path, str]


def bygg(
    inlasning: Inlasning,
    val: Bestallning,
    utdata: Path | None = None,
    arbetare: int | None = None,
    alltid: bool = False,
    efter_varje: Callable[[Handelse], None] = lambda h: None,
) -> Byggresultat:
    """Build what `val` asks for; `alltid` rebuilds even unchanged documents."""
    start = time.perf_counter()
    arbetsyta = inlasning.arbetsyta
    utdata = utdata or arbetsyta / UTDATA
    kontrollera_utdata(arbetsyta, utdata)
    resultat = Byggresultat()
    alla = jobb(inlasning, val, utdata)
    if "html" in val.format:
        _kopiera_html_resurser(arbetsyta, {j.filer[0].parent for j in alla})

    manifest = Manifest(utdata)
    mallar = mallarnas_avtryck(arbetsyta)
    uppgifter = []
    for j in alla:
        try:
            kontext = bygg_kontext(inlasning, j.dokumenttyp, j.org_id, j.period)
        except Exception as fel:  # bad data or a bug in one context must not stop the others
            _rapportera(resultat, efter_varje, Handelse(j, MISSLYCKAD, orsak(fel)))
            continue
        kontext_avtryck = kontextens_avtryck(kontext)
        filer, avtryck = {}, {}
        for format_, fil in zip(j.format, j.filer, strict=True):
            avtryck[fil] = dokumentets_avtryck(kontext_avtryck, mallar[j.dokumenttyp, format_])
            if alltid or not manifest.aktuell(fil, avtryck[fil]):
                filer[format_] = fil
        if filer:
            uppgifter.append(_Uppgift(j, kontext, filer, avtryck))
        else:
            _rapportera(resultat, efter_varje, Handelse(j, OFORANDRAD))

    try:
        for uppgift, skrivna, fel in _utfor(arbetsyta, uppgifter, arbetare or os.cpu_count() or 1):
            if fel is not None:
                _rapportera(resultat, efter_varje, Handelse(uppgift.jobb, MISSLYCKAD, fel))
                continue
            for fil, sha256 in skrivna.items():
                manifest.registrera(fil, uppgift.avtryck[fil], sha256)
                resultat.byggda.append(fil)
            _rapportera(resultat, efter_varje, Handelse(uppgift.jobb, BYGGD))
    finally:
        if uppgifter:
            manifest.spara()
    resultat.sekunder = time.perf_counter() - start
    return resultat


def kontrollera_utdata(arbetsyta: Path, utdata: Path) -> None:
    """Refuse an output folder where building would overwrite the user's own files."""
    tips = f"Ange en egen mapp för dokumenten, t.ex. --utdata {arbetsyta / UTDATA}."
    if utdata.exists() and utdata.samefile(arbetsyta):
        raise PlanerFel(
            f"Dokumenten kan inte skrivas till {utdata}: det är arbetsytan själv.", tips
        )
    for mapp in (arbetsyta / INDATA, *mallkataloger(arbetsyta)):
        if _ar_eller_ligger_i(utdata, mapp):
            raise PlanerFel(
                f"Dokumenten kan inte skrivas till {utdata}: den mappen hör till {mapp}, "
                "och där skriver planer aldrig.",
                tips,
            )


def _ar_eller_ligger_i(mal: Path, mapp: Path) -> bool:
    """`mal` is `mapp` or lies in it, also through links or in other case (Windows, macOS)."""
    if not mapp.exists():
        return False
    mal = mal.resolve()
    return any(p.exists() and p.samefile(mapp) for p in (mal, *mal.parents))


def _rapportera(resultat: Byggresultat, efter_varje, handelse: Handelse) -> None:
    if handelse.utfall == MISSLYCKAD:
        resultat.misslyckade.append(handelse)
    elif handelse.utfall == OFORANDRAD:
        resultat.oforandrade += 1
    efter_varje(handelse)


def _utfor(arbetsyta: Path, uppgifter: list[_Uppgift], arbetare: int):
    """Yield (uppgift, written files → sha256, error) as documents finish."""
    if arbetare <= 1 or len(uppgifter) <= 1:
        for uppgift in uppgifter:
            yield (
                uppgift,
                *_skriv(arbetsyta, uppgift.jobb.dokumenttyp, uppgift.kontext, uppgift.filer),
            )
        return
    pool = ProcessPoolExecutor(
        max_workers=min(arbetare, len(uppgifter)),
        mp_context=multiprocessing.get_context("spawn"),
        initializer=_starta_arbetare,
    )
    try:
        framtider: dict[Future, _Uppgift] = {
            pool.submit(_skriv, arbetsyta, u.jobb.dokumenttyp, u.kontext, u.filer): u
            for u in uppgifter
        }
        for framtid in as_completed(framtider):
            yield (framtider[framtid], *framtid.result())
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _starta_arbetare() -> None:
    """Load the heavy libraries once per worker, before its first document."""
    import planer.rendering.docx
    import planer.rendering.html  # noqa: F401


def _skriv(
    arbetsyta: Path, dokumenttyp: str, kontext: Kontext, filer: dict[str, Path]
) -> tuple[dict[Path, str], str | None]:
    """Runs in a worker: never raises, so every failure reaches the user as text."""
    try:
        return skriv_dokument(arbetsyta, dokumenttyp, kontext, filer), None
    except Exception as fel:  # a bug must not stop the other documents
        return {}, orsak(fel)


def orsak(fel: Exception) -> str:
    """Why a document failed, for the user: our message, or a bug to report."""
    if isinstance(fel, PlanerFel):
        return f"{fel.meddelande} {fel.tips}".strip()
    return f"Internt fel i planer ({type(fel).__name__}: {fel}). Rapportera gärna felet."


def _kopiera_html_resurser(arbetsyta: Path, kataloger: set[Path]) -> None:
    """Put stil.css and the fonts beside the HTML files, where they are not already."""
    from planer.rendering.html import html_resurser

    for relativ, kalla in html_resurser(arbetsyta).items():
        for katalog in sorted(kataloger):
            kopiera_om_andrad(kalla, katalog / relativ)
