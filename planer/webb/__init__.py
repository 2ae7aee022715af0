"""The website "Våra resultat": a static, accessible site of the whole styrmodell.

Another renderer beside Word and PDF, not another model: page contexts are
built from the documents' parts (planer.dokument.delar) and rendered with the
templates in mallar/webb/ in the same Jinja sandbox. The site is written to
<utdata>/webb/ with relative links only, its CSS, script, fonts and logo
copied into resurser/ and the documents already built for the period copied
into dokument/, so that it works from any web server and from file://.

A rebuild is incremental: a page whose context and templates have the same
fingerprint as when it was last written, and whose file is unchanged, is not
rendered; a rendered page identical to the file on disk is not written. Every
file is written atomically. Files the site no longer has are removed, but only
files planer itself wrote there (the manifest lists them).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import time
from dataclasses import dataclass, field
from pathlib import Path

from planer import __version__
from planer.arbetsyta import UTDATA, Inlasning
from planer.bygg import kontrollera_utdata
from planer.bygg.manifest import Manifest, dokumentets_avtryck, kontextens_avtryck
from planer.bygg.skrivning import atomisk
from planer.dokument import standardperiod
from planer.modell.objekt import Period
from planer.problem import PlanerFel
from planer.rendering.mallar import (
    WEBB,
    jinja_miljo,
    kontrollera_lank,
    mallkataloger,
    som_mallfel,
)
from planer.webb import adresser as adr
from planer.webb.sidor import Webbplats
from planer.webb.sidtyper import sidor

MAPP = WEBB  # in utdata/, as in mallar/
KOPIA = "kopia"  # the manifest's fingerprint for a copied file: only its presence matters


@dataclass
class Webbresultat:
    mapp: Path
    period: Period
    skrivna: list[Path] = field(default_factory=list)  # pages written
    oforandrade: int = 0  # pages left as they were
    kopierade: int = 0  # resources and documents copied because new or changed
    borttagna: int = 0  # files of an earlier build the site no longer has
    sekunder: float = 0.0


def bygg_webb(
    inlasning: Inlasning, period: Period | None = None, utdata: Path | None = None
) -> Webbresultat:
    """Write the site for `period` (default: the latest with outcomes) to <utdata>/webb/."""
    start = time.perf_counter()
    arbetsyta = inlasning.arbetsyta
    utdata = utdata or arbetsyta / UTDATA
    kontrollera_utdata(arbetsyta, utdata)
    period = _period(inlasning, period)
    mapp = utdata / MAPP
    resultat = Webbresultat(mapp, period)
    manifest = Manifest(mapp)
    tidigare = set(manifest.poster)

    filer = _resurser(arbetsyta)
    logotyp, adress = _logotyp(inlasning), None
    if logotyp is not None:
        adress = f"{adr.RESURSER}/logotyp{logotyp.suffix.lower()}"
        filer[adress] = logotyp
    webbplats = Webbplats(inlasning, period, utdata, adress)
    for dokument in webbplats.dokumenten.filer:
        filer[dokument.sokvag] = dokument.kalla

    miljo = jinja_miljo(mallkataloger(arbetsyta))
    mallar = _mallarnas_avtryck(arbetsyta)
    aktuella: set[str] = set()
    try:
        for sida in sidor(webbplats):
            fil = mapp / sida.sokvag
            aktuella.add(sida.sokvag)
            kontext = sida.kontext()
            avtryck = dokumentets_avtryck(kontextens_avtryck(kontext), mallar)
            if manifest.aktuell(fil, avtryck):
                resultat.oforandrade += 1
                continue
            data = _rendera(miljo, arbetsyta, sida.mall, kontext).encode("utf-8")
            if _skriv_om_andrad(fil, data):
                resultat.skrivna.append(fil)
            else:
                resultat.oforandrade += 1
            manifest.registrera(fil, avtryck, hashlib.sha256(data).hexdigest())
        for sokvag, kalla in sorted(filer.items()):
            aktuella.add(sokvag)
            resultat.kopierade += _kopiera(kalla, mapp / sokvag)
            manifest.registrera(mapp / sokvag, KOPIA, "")
        for sokvag in sorted(tidigare - aktuella):
            fil = mapp / sokvag
            if fil.resolve().is_relative_to(
                mapp.resolve()
            ):  # never outside, whatever the manifest says
                fil.unlink(missing_ok=True)
            del manifest.poster[sokvag]
            resultat.borttagna += 1
    finally:
        manifest.spara()
    resultat.sekunder = time.perf_counter() - start
    return resultat


def exempelsidor(inlasning: Inlasning, utdata: Path | None = None) -> dict[str, dict]:
    """Template name → the context of one page of its kind, for `planer mallar webb`."""
    utdata = utdata or inlasning.arbetsyta / UTDATA
    webbplats = Webbplats(inlasning, _period(inlasning, None), utdata, None)
    exempel: dict[str, dict] = {}
    for sida in sidor(webbplats):
        if sida.mall not in exempel:  # the first of each kind: the council's, where it has one
            exempel[sida.mall] = sida.kontext()
    return exempel


def _period(inlasning: Inlasning, period: Period | None) -> Period:
    """The period asked for, else the latest with outcomes."""
    assert inlasning.modell is not None, "the website needs a model without errors"
    if period is not None:
        return period
    if not inlasning.modell.perioder_med_utfall:
        raise PlanerFel(
            "Det finns inga utfall, så planer vet inte vilken period webbplatsen ska visa.",
            "Ange perioden med --period, t.ex. --period 2026-T2, eller fyll i utfall.",
        )
    return standardperiod(inlasning, "styrkort")


def _skriv_om_andrad(fil: Path, data: bytes) -> bool:
    """Write `data` atomically unless the file already holds exactly it."""
    if fil.is_file() and fil.stat().st_size == len(data) and fil.read_bytes() == data:
        return False
    with atomisk(fil) as tmp:
        tmp.write_bytes(data)
    return True


def _kopiera(kalla: Path, mal: Path) -> bool:
    """Copy atomically unless the copy has the source's size and time (as rsync decides):
    the documents are large, and reading them all on every build would dominate it."""
    fran = kalla.stat()
    if mal.is_file():
        till = mal.stat()
        if (till.st_size, till.st_mtime_ns) == (fran.st_size, fran.st_mtime_ns):
            return False
    with atomisk(mal) as tmp:
        shutil.copyfile(kalla, tmp)
        os.utime(tmp, ns=(fran.st_atime_ns, fran.st_mtime_ns))
    return True


def _rendera(miljo, arbetsyta: Path, mall: str, kontext: dict) -> str:
    try:
        return miljo.get_template(mall).render(kontext)
    except PlanerFel:
        raise
    except Exception as fel:  # whatever a template does wrong
        raise som_mallfel(fel, _mallfil(arbetsyta, mall)) from fel


def _mallfil(arbetsyta: Path, mall: str) -> Path:
    for katalog in mallkataloger(arbetsyta):
        if (katalog / mall).is_file():
            return katalog / mall
    return Path(mall)


def _mallfiler(arbetsyta: Path, under: str) -> dict[str, Path]:
    """Files under `under` in the template folders, relative name → file, own winning."""
    filer: dict[str, Path] = {}
    for katalog in reversed(mallkataloger(arbetsyta)):
        if not (katalog / under).is_dir():
            continue
        for fil in sorted((katalog / under).rglob("*")):
            if fil.name.startswith(("~$", ".")):
                continue
            if fil.is_symlink():
                kontrollera_lank(fil, katalog)
            if fil.is_file():
                filer[fil.relative_to(katalog / under).as_posix()] = fil
    return filer


def _resurser(arbetsyta: Path) -> dict[str, Path]:
    """The site's CSS, script and other files from mallar/webb/, and the fonts."""
    filer = {
        f"{adr.RESURSER}/{namn}": fil
        for namn, fil in _mallfiler(arbetsyta, MAPP).items()
        if not namn.endswith(".html")
    }
    for namn, fil in _mallfiler(arbetsyta, "typsnitt").items():
        filer[f"{adr.RESURSER}/typsnitt/{namn}"] = fil
    return filer


def _logotyp(inlasning: Inlasning) -> Path | None:
    namn = inlasning.installningar.kommun.logotyp
    fil = inlasning.arbetsyta / namn if namn else None
    return fil if fil is not None and fil.is_file() else None


def _mallarnas_avtryck(arbetsyta: Path) -> str:
    """The site's templates and planer's version: a change re-renders every page."""
    summa = hashlib.sha256(f"{__version__}|{MAPP}".encode())
    for namn, fil in sorted(_mallfiler(arbetsyta, MAPP).items()):
        if namn.endswith(".html"):
            summa.update(namn.encode() + hashlib.sha256(fil.read_bytes()).digest())
    return summa.hexdigest()
