"""The domain objects of the styrmodell: immutable, and free of workbook positions."""

from __future__ import annotations

import datetime
from collections.abc import Mapping
from dataclasses import dataclass
from enum import Enum


class Niva(Enum):
    KOMMUNFULLMAKTIGE = "Kommunfullmäktige"
    NAMND = "Nämnd"
    BOLAG = "Bolag"
    FORVALTNING = "Förvaltning"
    ENHET = "Enhet"


class Riktning(Enum):
    HOGRE = "Högre är bättre"
    LAGRE = "Lägre är bättre"


class Aktivitetsstatus(Enum):
    EJ_PABORJAD = "Ej påbörjad"
    PAGAR = "Pågår"
    KLAR = "Klar"
    FORSENAD = "Försenad"
    AVBRUTEN = "Avbruten"


class Uppdragsstatus(Enum):
    EJ_PABORJAT = "Ej påbörjat"
    PAGAR = "Pågår"
    SLUTFORT = "Slutfört"
    AVSLUTAT = "Avslutat"


class Status(Enum):
    """The assessment (bedömning) of a measure or a goal in a period."""

    UPPFYLLT = "Uppfyllt"
    DELVIS = "Delvis uppfyllt"
    EJ_UPPFYLLT = "Ej uppfyllt"
    EJ_BEDOMD = "Ej bedömd"


class Posttyp(Enum):
    INTAKT = "Intäkt"
    KOSTNAD = "Kostnad"


class Dokumenttyp(Enum):
    VERKSAMHETSPLAN = "verksamhetsplan"
    DELARSRAPPORT = "delarsrapport"
    ARSREDOVISNING = "arsredovisning"
    STYRKORT = "styrkort"


@dataclass(frozen=True, slots=True)
class Period:
    """A full year (tertial None) or the cumulative months of a tertial.

    Tertial 1 is January–April, tertial 2 January–August. Ordering puts a full
    year after its tertials, since it covers the most months.
    """

    ar: int
    tertial: int | None = None

    @property
    def ar_helar(self) -> bool:
        return self.tertial is None

    @property
    def sorteringsnyckel(self) -> tuple[int, int]:
        return (self.ar, self.tertial or 3)

    def __lt__(self, other: Period) -> bool:
        return self.sorteringsnyckel < other.sorteringsnyckel

    def __le__(self, other: Period) -> bool:
        return self.sorteringsnyckel <= other.sorteringsnyckel

    def __gt__(self, other: Period) -> bool:
        return self.sorteringsnyckel > other.sorteringsnyckel

    def __ge__(self, other: Period) -> bool:
        return self.sorteringsnyckel >= other.sorteringsnyckel

    def aret_innan(self) -> Period:
        """The same period one year earlier, for trends."""
        return Period(self.ar - 1, self.tertial)

    def __str__(self) -> str:
        return str(self.ar) if self.tertial is None else f"{self.ar}-T{self.tertial}"


@dataclass(frozen=True, slots=True)
class Organisation:
    id: str
    namn: str
    niva: Niva
    overordnad: str | None
    ansvarig: str | None = None
    uppdrag: str | None = None


@dataclass(frozen=True, slots=True)
class Perspektiv:
    id: str
    namn: str
    beskrivning: str | None = None
    ordning: int | None = None


@dataclass(frozen=True, slots=True)
class Mal:
    id: str
    organisation: str
    perspektiv: str  # perspective id, resolved from an id or a name
    text: str
    overordnat_mal: str | None = None
    beskrivning: str | None = None
    agenda2030: tuple[int, ...] = ()
    fran_ar: int | None = None
    till_ar: int | None = None

    def galler(self, ar: int) -> bool:
        """Whether the goal is valid in a year."""
        return (self.fran_ar is None or self.fran_ar <= ar) and (
            self.till_ar is None or ar <= self.till_ar
        )


@dataclass(frozen=True, slots=True)
class Utfall:
    period: Period
    varde: float | None  # None: no value (e.g. "Ej mätt"), never zero
    kommentar: str | None = None


@dataclass(frozen=True, slots=True)
class Matetal:
    id: str
    mal: str
    namn: str
    enhet: str
    riktning: Riktning
    malvarden: Mapping[int, float]  # year -> target
    utfall: Mapping[Period, Utfall]
    kolada: str | None = None
    kalla: str | None = None
    decimaler: int | None = None
    utfall_fran_kolada: bool = False  # yearly outcomes from the fetched Kolada file

    def malvarde(self, ar: int) -> float | None:
        return self.malvarden.get(ar)

    def varde(self, period: Period) -> float | None:
        utfall = self.utfall.get(period)
        return utfall.varde if utfall else None

    def senaste_utfall(self, till_och_med: Period | None = None) -> Utfall | None:
        """The latest outcome with a value (the baseline of a plan)."""
        kandidater = [
            u
            for p, u in self.utfall.items()
            if u.varde is not None and (till_och_med is None or p <= till_och_med)
        ]
        return max(kandidater, key=lambda u: u.period.sorteringsnyckel, default=None)


@dataclass(frozen=True, slots=True)
class Aktivitet:
    id: str | None
    organisation: str
    text: str
    status: Aktivitetsstatus
    mal: str | None = None
    ansvarig: str | None = None
    start: datetime.date | None = None
    slut: datetime.date | None = None
    kommentar: str | None = None


@dataclass(frozen=True, slots=True)
class Uppdrag:
    id: str
    organisation: str
    ar: int
    text: str
    status: Uppdragsstatus
    uppdragsgivare: str | None = None
    kommentar: str | None = None


@dataclass(frozen=True, slots=True)
class Ekonomirad:
    """One operating-account line in tkr, as typed: positive amounts."""

    organisation: str
    period: Period
    post: str
    typ: Posttyp
    budget: float | None
    utfall: float | None = None
    prognos: float | None = None


@dataclass(frozen=True, slots=True)
class Investering:
    organisation: str
    ar: int
    projekt: str
    budget: float | None
    utfall: float | None = None
    prognos: float | None = None
    kommentar: str | None = None


@dataclass(frozen=True, slots=True)
class Text:
    """A narrative text: a goal's analysis (mal set) or a section of a body's document."""

    organisation: str
    period: Period
    rubrik: str
    text: str
    mal: str | None = None
    bedomning: Status | None = None


@dataclass(frozen=True, slots=True)
class Arende:
    """One item on a meeting's agenda (föredragningslista).

    With `dokument` the item treats that document of `avser` for `period` (None:
    the default period of `planer bygg`). Attachments are paths relative to indata/.
    """

    organisation: str
    datum: datetime.date
    nr: int
    rubrik: str
    dokument: Dokumenttyp | None = None
    avser: str | None = None
    period: Period | None = None
    diarienummer: str | None = None
    forslag_till_beslut: tuple[str, ...] = ()
    handlaggare: str | None = None
    foredragande: str | None = None
    sammanfattning: str | None = None
    arendet: str | None = None
    skickas_till: tuple[str, ...] = ()
    bilagor: tuple[str, ...] = ()

    @property
    def har_tjansteskrivelse(self) -> bool:
        """Items with a document or a proposal get a cover memo; plain items are only listed."""
        return self.dokument is not None or bool(self.forslag_till_beslut)


@dataclass(frozen=True, slots=True)
class Mote:
    """A meeting of a body on a day, with its items in agenda order."""

    organisation: str
    datum: datetime.date
    arenden: tuple[Arende, ...]
    tid: str | None = None
    plats: str | None = None
    ordforande: str | None = None
    sekreterare: str | None = None
    utskick: datetime.date | None = None
