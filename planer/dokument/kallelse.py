"""Kallelse with föredragningslista: who meets when and where, and the items in order.

`sidor` gives, per item number, the page of the meeting papers
(sammantradeshandlingar.pdf) where the item starts; the build knows it only
after rendering the other parts, so the kallelse is made last.
"""

from __future__ import annotations

from planer.arbetsyta import Inlasning
from planer.dokument import delar
from planer.dokument import format as fmt
from planer.dokument.delar import Kontext, Underlag
from planer.dokument.tjansteskrivelse import forvaltning
from planer.modell.objekt import Mote, Period

TYP = "kallelse"
_VECKODAGAR = ("måndag", "tisdag", "onsdag", "torsdag", "fredag", "lördag", "söndag")
_MANADER = (
    "januari",
    "februari",
    "mars",
    "april",
    "maj",
    "juni",
    "juli",
    "augusti",
    "september",
    "oktober",
    "november",
    "december",
)


def datum_text(mote: Mote) -> str:
    """`måndagen den 6 april 2026`, as a kallelse writes the day."""
    d = mote.datum
    return f"{_VECKODAGAR[d.weekday()]}en den {d.day} {_MANADER[d.month - 1]} {d.year}"


def kontext(inlasning: Inlasning, mote: Mote, sidor: dict[int, int] | None = None) -> Kontext:
    modell = inlasning.modell
    assert modell is not None
    underlag = Underlag(inlasning, mote.organisation, Period(mote.datum.year))
    sidor = sidor or {}
    return {
        "kommun": delar.kommun(underlag),
        "organisation": delar.organisation(underlag),
        "dokument": {
            "typ": TYP,
            "titel": "Kallelse",
            "undertitel": f"Sammanträde med {underlag.organisation.namn.lower()}",
            "datum": fmt.datum(mote.utskick or mote.datum),
        },
        "forvaltning": {"namn": forvaltning(modell, mote.organisation).namn},
        "mote": {
            "datum": fmt.datum(mote.datum),
            "datum_text": datum_text(mote),
            "tid": mote.tid or "",
            "plats": mote.plats or "",
            "ordforande": mote.ordforande or underlag.organisation.ansvarig or "",
            "sekreterare": mote.sekreterare or "",
            "utskick": fmt.datum(mote.utskick) if mote.utskick else "",
        },
        "arenden": [
            {
                "nr": a.nr,
                "rubrik": a.rubrik,
                "diarienummer": a.diarienummer or "",
                "foredragande": a.foredragande or "",
                "har_handlingar": a.har_tjansteskrivelse or bool(a.bilagor),
                "sida": str(sidor[a.nr]) if a.nr in sidor else "",
            }
            for a in mote.arenden
        ],
    }
