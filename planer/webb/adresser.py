"""Where each page and copied document lives in the site, and the links between them.

Every address is relative to the site's root folder; a template puts `sida.rot`
("" or "../") in front, so the site works from any web server path and from
file://. Page names are ASCII slugs (`organisation/bun-barn-och-utbildningsnamnden.html`),
so links never need escaping; copied documents keep their own file names and
are percent-encoded in links.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from planer.bygg.bestallning import filnamnen
from planer.dokument import format as fmt
from planer.modell.objekt import Period
from planer.modell.styrmodell import Styrmodell

START, AGENDA2030, SOK, DOKUMENT = "index.html", "agenda2030.html", "sok.html", "dokument.html"
RESURSER = "resurser"
_SLUG_LANGD = 60
_DOKUMENTFORMAT = (("pdf", "PDF"), ("docx", "Word"))


def slug(text: str) -> str:
    """`Barn- och utbildningsnämnden` → `barn-och-utbildningsnamnden`."""
    ascii_ = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "-".join(re.findall(r"[a-z0-9]+", ascii_.lower()))[:_SLUG_LANGD].strip("-")


def unika_slugs(texter: dict[str, str], reserv: str) -> dict[str, str]:
    """Id → slug, unique: later ids (in sorted order) that collide get -2, -3 …"""
    resultat: dict[str, str] = {}
    tagna: set[str] = set()
    for nyckel in sorted(texter):
        bas = slug(texter[nyckel]) or reserv
        kandidat, n = bas, 2
        while kandidat in tagna:
            kandidat, n = f"{bas}-{n}", n + 1
        tagna.add(kandidat)
        resultat[nyckel] = kandidat
    return resultat


@dataclass
class Adresser:
    """Page addresses for the bodies and goals of a model (goals of the site's year only)."""

    organisationer: dict[str, str]
    mal: dict[str, str]

    @classmethod
    def for_modell(cls, modell: Styrmodell, ar: int) -> Adresser:
        org = unika_slugs({o.id: f"{o.id} {o.namn}" for o in modell.organisationer.values()}, "org")
        mal = unika_slugs({m.id: m.id for m in modell.mal.values() if m.galler(ar)}, "mal")
        return cls(
            {k: f"organisation/{v}.html" for k, v in org.items()},
            {k: f"mal/{v}.html" for k, v in mal.items()},
        )

    def org(self, org_id: str) -> str:
        return self.organisationer[org_id]

    def av_mal(self, mal_id: str) -> str | None:
        """None for a goal outside the site's year: shown as text, not linked."""
        return self.mal.get(mal_id)


def rot(sokvag: str) -> str:
    """The way back to the site's root from a page: "" or "../" per folder level."""
    return "../" * sokvag.count("/")


# --- the documents planer has built ----------------------------------------------------

_TYPNAMN = {
    "verksamhetsplan": ("Verksamhetsplan", "Mål och budget"),
    "delarsrapport": ("Delårsrapport", "Delårsrapport"),
    "arsredovisning": ("Verksamhetsberättelse", "Årsredovisning"),
    "styrkort": ("Styrkort", "Styrkort"),
}


def dokumentens_perioder(period: Period) -> list[tuple[str, Period]]:
    """(document type, period) the site links to when it shows `period`.

    The plans for the period's year and the next, the latest annual report
    (the period's own year if it is a full year, else the year before), and
    the interim report and scorecard of the period itself.
    """
    arsredovisning = Period(period.ar) if period.ar_helar else Period(period.ar - 1)
    resultat = [
        ("verksamhetsplan", Period(period.ar)),
        ("verksamhetsplan", Period(period.ar + 1)),
        ("arsredovisning", arsredovisning),
    ]
    if not period.ar_helar:
        resultat.append(("delarsrapport", period))
    resultat.append(("styrkort", period))
    return resultat


@dataclass
class Dokumentfil:
    kalla: Path  # the built document in utdata/
    sokvag: str  # its copy in the site, relative to the site's root


@dataclass
class Dokumenten:
    """The built documents found in utdata/ for the site's period, per body."""

    per_org: dict[str, list[dict]] = field(default_factory=dict)
    filer: list[Dokumentfil] = field(default_factory=list)


def hitta_dokument(modell: Styrmodell, utdata: Path, period: Period) -> Dokumenten:
    """Documents built for `period` (see dokumentens_perioder); those not built are left out."""
    stammar = filnamnen({o.id: o.namn for o in modell.organisationer.values()})
    resultat = Dokumenten()
    for typ, p in dokumentens_perioder(period):
        for org_id, stam in stammar.items():
            organisation = modell.organisationer[org_id]
            kf = organisation.overordnad is None
            titel = f"{_TYPNAMN[typ][kf]} {fmt.period(p)}"
            for format_, formatnamn in _DOKUMENTFORMAT:
                kalla = utdata / str(p) / typ / f"{stam}.{format_}"
                if not kalla.is_file():
                    continue
                sokvag = f"dokument/{p}/{typ}/{stam}.{format_}"
                resultat.filer.append(Dokumentfil(kalla, sokvag))
                resultat.per_org.setdefault(org_id, []).append(
                    {
                        "titel": titel,
                        "typ": typ,
                        "period": str(p),
                        "format": formatnamn,
                        "storlek": _storlek(kalla.stat().st_size),
                        "href": quote(sokvag),
                    }
                )
    return resultat


def _storlek(byte: int) -> str:
    if byte < 1_000_000:
        return fmt.med_enhet(max(1, round(byte / 1000)), "kB")
    return fmt.med_enhet(byte / 1_000_000, "MB", 1)
