"""The sheets and columns of the input contract (INDATA.md, version 1.1).

Names are matched case-insensitively, ignoring surrounding spaces and å/ä/ö
versus a/o (see `normalisera_namn`); aliases are extra accepted spellings.
"""

from __future__ import annotations

from functools import partial

from planer.lasning import varden
from planer.lasning.rader import BredForm, Fliktyp, Kolumn, raa
from planer.modell.objekt import (
    Aktivitetsstatus,
    Dokumenttyp,
    Niva,
    Posttyp,
    Riktning,
    Status,
    Uppdragsstatus,
)

NIVAER = varden.alternativ_for(
    Niva,
    {
        "KF": Niva.KOMMUNFULLMAKTIGE,
        "Fullmäktige": Niva.KOMMUNFULLMAKTIGE,
        "Styrelse": Niva.NAMND,
        "Kommunstyrelse": Niva.NAMND,
        "Nämnd/styrelse": Niva.NAMND,
        "Avdelning": Niva.ENHET,
        "Verksamhet": Niva.ENHET,
    },
)
RIKTNINGAR = varden.alternativ_for(
    Riktning,
    {"Högre": Riktning.HOGRE, "↑": Riktning.HOGRE, "Lägre": Riktning.LAGRE, "↓": Riktning.LAGRE},
)
AKTIVITETSSTATUSAR = varden.alternativ_for(Aktivitetsstatus, {"Påbörjad": Aktivitetsstatus.PAGAR})
UPPDRAGSSTATUSAR = varden.alternativ_for(
    Uppdragsstatus, {"Ej påbörjad": Uppdragsstatus.EJ_PABORJAT, "Klart": Uppdragsstatus.SLUTFORT}
)
POSTTYPER = varden.alternativ_for(
    Posttyp, {"Intäkter": Posttyp.INTAKT, "Kostnader": Posttyp.KOSTNAD}
)
BEDOMNINGAR = {
    k: v
    for k, v in varden.alternativ_for(Status, {"Delvis": Status.DELVIS}).items()
    if v is not Status.EJ_BEDOMD
}
DOKUMENTTYPER = varden.alternativ_for(
    Dokumenttyp,
    {
        "Verksamhetsplan": Dokumenttyp.VERKSAMHETSPLAN,
        "Mål och budget": Dokumenttyp.VERKSAMHETSPLAN,
        "Delårsrapport": Dokumenttyp.DELARSRAPPORT,
        "Tertialrapport": Dokumenttyp.DELARSRAPPORT,
        "Årsredovisning": Dokumenttyp.ARSREDOVISNING,
        "Verksamhetsberättelse": Dokumenttyp.ARSREDOVISNING,
        "Styrkort": Dokumenttyp.STYRKORT,
    },
)


def _val(alternativ: dict, vad: str, visas: tuple[str, ...] = ()):
    return partial(varden.val, alternativ=alternativ, vad=vad, visas=visas)


ID = Kolumn("Id", varden.identitet, obligatorisk=True)
ORGANISATION = Kolumn("Organisation", varden.identitet, obligatorisk=True)
AR = Kolumn("År", varden.ar, obligatorisk=True)
KOMMENTAR = Kolumn("Kommentar")

ORGANISATION_FLIK = Fliktyp(
    "Organisation",
    (
        ID,
        Kolumn("Namn", obligatorisk=True),
        Kolumn("Nivå", _val(NIVAER, "nivå"), obligatorisk=True),
        Kolumn("Överordnad", varden.identitet, kravs=True),
        Kolumn("Ansvarig"),
        Kolumn("Uppdrag"),
    ),
    kravs=True,
)
PERSPEKTIV_FLIK = Fliktyp(
    "Perspektiv",
    (
        ID,
        Kolumn("Namn", obligatorisk=True),
        Kolumn("Beskrivning"),
        Kolumn("Ordning", partial(varden.heltal, minst=0, hogst=1000)),
    ),
    kravs=True,
    alias=("Målområden", "Målområde"),
)
MAL_FLIK = Fliktyp(
    "Mål",
    (
        ID,
        ORGANISATION,
        Kolumn("Perspektiv", obligatorisk=True, alias=("Målområde",)),
        Kolumn("Överordnat mål", varden.identitet),
        Kolumn("Mål", obligatorisk=True, alias=("Måltext",)),
        Kolumn("Beskrivning"),
        Kolumn("Agenda 2030", varden.agenda2030),
        Kolumn("Från år", varden.ar),
        Kolumn("Till år", varden.ar),
    ),
    kravs=True,
)
MATETAL_FLIK = Fliktyp(
    "Mätetal",
    (
        ID,
        Kolumn("Mål", varden.identitet, obligatorisk=True),
        Kolumn("Namn", obligatorisk=True),
        Kolumn("Enhet", kravs=True),
        Kolumn("Riktning", _val(RIKTNINGAR, "riktning"), obligatorisk=True),
        Kolumn("Kolada", varden.identitet),
        Kolumn("Utfall från Kolada", varden.ja_nej),
        Kolumn("Källa"),
        Kolumn("Decimaler", partial(varden.heltal, minst=0, hogst=6)),
    ),
    kravs=True,
    alias=("Indikatorer",),
)
_MATETAL_ID = Kolumn("Mätetal", varden.identitet, obligatorisk=True)
_MALVARDE = Kolumn("Målvärde", varden.malvarde, kravs=True)
MALVARDEN_FLIK = Fliktyp(
    "Målvärden",
    (_MATETAL_ID, AR, _MALVARDE),
    bred_form=BredForm(_MATETAL_ID, AR, _MALVARDE),
)
_PERIOD = Kolumn("Period", varden.period, obligatorisk=True)
_VARDE = Kolumn("Värde", raa, kravs=True)
UTFALL_FLIK = Fliktyp(
    "Utfall",
    (_MATETAL_ID, _PERIOD, _VARDE, KOMMENTAR),
    bred_form=BredForm(_MATETAL_ID, _PERIOD, _VARDE),
)
AKTIVITETER_FLIK = Fliktyp(
    "Aktiviteter",
    (
        Kolumn("Id", varden.identitet),
        ORGANISATION,
        Kolumn("Mål", varden.identitet),
        Kolumn("Aktivitet", obligatorisk=True),
        Kolumn("Ansvarig"),
        Kolumn("Start", varden.datum),
        Kolumn("Slut", varden.datum),
        Kolumn("Status", _val(AKTIVITETSSTATUSAR, "aktivitetsstatus"), obligatorisk=True),
        KOMMENTAR,
    ),
)
UPPDRAG_FLIK = Fliktyp(
    "Uppdrag",
    (
        ID,
        ORGANISATION,
        Kolumn("Uppdragsgivare", varden.identitet),
        AR,
        Kolumn("Uppdrag", obligatorisk=True),
        Kolumn("Status", _val(UPPDRAGSSTATUSAR, "uppdragsstatus"), obligatorisk=True),
        KOMMENTAR,
    ),
)
_BELOPP = ("Budget", "Utfall", "Prognos")
EKONOMI_FLIK = Fliktyp(
    "Ekonomi",
    (
        ORGANISATION,
        AR,
        Kolumn("Period", varden.period),
        Kolumn("Post", obligatorisk=True),
        Kolumn("Typ", _val(POSTTYPER, "typ"), obligatorisk=True),
        *(Kolumn(namn, varden.tal, kravs=namn == "Budget") for namn in _BELOPP),
    ),
)
INVESTERINGAR_FLIK = Fliktyp(
    "Investeringar",
    (
        ORGANISATION,
        AR,
        Kolumn("Projekt", obligatorisk=True),
        *(Kolumn(namn, varden.tal, kravs=namn == "Budget") for namn in _BELOPP),
        KOMMENTAR,
    ),
)
TEXTER_FLIK = Fliktyp(
    "Texter",
    (
        ORGANISATION,
        _PERIOD,
        Kolumn("Mål", varden.identitet),
        Kolumn("Rubrik", kravs=True),
        Kolumn("Text", obligatorisk=True),
        Kolumn("Bedömning", _val(BEDOMNINGAR, "bedömning")),
    ),
)
_DOKUMENTNAMN = ("Verksamhetsplan", "Delårsrapport", "Årsredovisning", "Styrkort")
# Written like this, the item treats the council's document (INDATA.md, Sammanträden: Avser).
_KOMMUNNIVA = frozenset(varden.normalisera_namn(n) for n in ("Årsredovisning", "Mål och budget"))


def _dokument(varde) -> tuple[Dokumenttyp, bool] | None:
    """A document type, and whether the spelling names the council's own document."""
    typ = varden.val(varde, alternativ=DOKUMENTTYPER, vad="dokumenttyp", visas=_DOKUMENTNAMN)
    if typ is None:
        return None
    return typ, varden.normalisera_namn(varden.visa(varde)) in _KOMMUNNIVA


_DATUM = Kolumn("Datum", varden.datum, obligatorisk=True)
SAMMANTRADEN_FLIK = Fliktyp(
    "Sammanträden",
    (
        ORGANISATION,
        _DATUM,
        Kolumn("Nr", partial(varden.heltal, minst=1, hogst=999)),
        Kolumn("Ärende", obligatorisk=True),
        Kolumn("Dokument", _dokument),
        Kolumn("Avser", varden.identitet),
        Kolumn("Period", varden.period),
        Kolumn("Diarienummer", alias=("Dnr",)),
        Kolumn("Förslag till beslut"),
        Kolumn("Handläggare"),
        Kolumn("Föredragande"),
        Kolumn("Sammanfattning"),
        Kolumn("Ärendet"),
        Kolumn("Beslutet skickas till"),
        Kolumn("Bilaga", alias=("Bilagor",)),
    ),
)
MOTEN_FLIK = Fliktyp(
    "Möten",
    (
        ORGANISATION,
        _DATUM,
        Kolumn("Tid", varden.tid),
        Kolumn("Plats"),
        Kolumn("Ordförande"),
        Kolumn("Sekreterare"),
        Kolumn("Utskick", varden.datum),
    ),
    alias=("Sammanträdesdagar",),
)

FLIKTYPER = (
    ORGANISATION_FLIK,
    PERSPEKTIV_FLIK,
    MAL_FLIK,
    MATETAL_FLIK,
    MALVARDEN_FLIK,
    UTFALL_FLIK,
    AKTIVITETER_FLIK,
    UPPDRAG_FLIK,
    EKONOMI_FLIK,
    INVESTERINGAR_FLIK,
    TEXTER_FLIK,
    SAMMANTRADEN_FLIK,
    MOTEN_FLIK,
)
