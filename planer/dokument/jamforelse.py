"""Comparisons with other kommuner in a document: plain data for the templates.

Kolada's terms: values shown as fetched (the kommun's own, riket's) carry
"Källa: Kolada"; what planer computes from them (the group's mean, the rank)
is labelled as planer's processing of Kolada data. Example data is marked.
"""

from __future__ import annotations

from planer.dokument import format as fmt
from planer.dokument.bild import Bild
from planer.dokument.delar import Kontext, Underlag, varde
from planer.dokument.diagram import linjediagram
from planer.kolada.data import EXEMPELDATA
from planer.modell.objekt import Matetal

KALLA = "Källa: Kolada"
BEARBETNING = (
    "Medelvärde för jämförelsegruppen och placering bland kommunerna: "
    "planers bearbetning av data från Kolada."
)


def kolada(underlag: Underlag) -> Kontext:
    """The document's facts about the comparisons: labels, source and when fetched."""
    data = underlag.inlasning.kolada
    if data is None:
        return {"finns": False, "exempeldata": ""}
    hamtning = data.hamtning
    return {
        "finns": bool(underlag.inlasning.jamforelser),
        "egen": underlag.installningar.kommun.namn,
        "grupp": hamtning.gruppnamn or "Jämförelsekommuner",
        "grupp_kommuner": ", ".join(n or k for k, n in hamtning.jamforelse),
        "kalla": KALLA,
        "bearbetning": BEARBETNING,
        "hamtad": hamtning.tidpunkt,
        "exempeldata": EXEMPELDATA if hamtning.exempeldata else "",
        "text": " ".join(
            t
            for t in (
                f"{KALLA} (egna värden och riket, hämtade {hamtning.tidpunkt}).",
                BEARBETNING,
                f"{EXEMPELDATA}." if hamtning.exempeldata else "",
            )
            if t
        ),
    }


def matetal(underlag: Underlag, m: Matetal, med_diagram: bool = True) -> Kontext | None:
    """The measure's comparison for the document's year (or the latest before it), or None."""
    jamforelser = underlag.inlasning.jamforelser
    if not m.kolada or not jamforelser:
        return None
    ar = underlag.period.ar
    senaste = jamforelser.senaste(m.kolada, m.riktning, ar)
    if senaste is None:
        return None
    serie = [  # a year the file lists but nobody has a value for is no point in the chart
        j
        for j in jamforelser.serie(m.kolada, m.riktning, ar)
        if j.ar > ar - 5 and (j.egen, j.grupp_medel, j.riket) != (None, None, None)
    ]
    nyckeltal = jamforelser.kolada.nyckeltal.get(m.kolada)
    rader = [
        {
            "ar": j.ar,
            "egen": varde(m, j.egen),
            "grupp": varde(m, j.grupp_medel),
            "riket": varde(m, j.riket),
            "plats": _plats(j.plats, j.antal),
        }
        for j in serie
    ]
    resultat = {
        "id": m.kolada,
        "titel": nyckeltal.titel if nyckeltal else "",
        "ar": senaste.ar,
        "egen": varde(m, senaste.egen),
        "grupp": varde(m, senaste.grupp_medel),
        "riket": varde(m, senaste.riket),
        "plats": _plats(senaste.plats, senaste.antal),
        "kvartil": _KVARTIL.get(senaste.kvartil, fmt.TOMT),
        "kort": f"{_plats(senaste.plats, senaste.antal)} ({senaste.ar})"
        if senaste.plats
        else f"riket {varde(m, senaste.riket)} ({senaste.ar})",
        "serie": rader,
        "diagram": _diagram(underlag, m, serie) if med_diagram and len(serie) > 1 else None,
    }
    return resultat


_KVARTIL = {
    1: "1:a kvartilen (bästa)",
    2: "2:a kvartilen",
    3: "3:e kvartilen",
    4: "4:e kvartilen (sämsta)",
}


def _plats(plats: int | None, antal: int) -> str:
    return f"plats {plats} av {antal}" if plats else fmt.TOMT


def _diagram(underlag: Underlag, m: Matetal, serie: list) -> Bild:
    kommun = underlag.installningar.kommun.namn
    grupp = kolada(underlag)["grupp"]
    sista = serie[-1]
    return linjediagram(
        [j.ar for j in serie],
        [
            (kommun, [j.egen for j in serie]),
            (f"{grupp} (medel)", [j.grupp_medel for j in serie]),
            ("Riket", [j.riket for j in serie]),
        ],
        m.enhet,
        alt=(
            f"Linjediagram: {m.namn} {serie[0].ar}–{sista.ar} för {kommun}, medelvärdet för "
            f"{grupp.lower()} och riket. {sista.ar}: {kommun} {varde(m, sista.egen)}, "
            f"{grupp.lower()} {varde(m, sista.grupp_medel)}, riket {varde(m, sista.riket)}. "
            "Siffrorna finns i tabellen."
        ),
    )
