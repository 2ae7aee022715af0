"""Cell values → typed values, the way Swedish workbooks write them.

Every parser takes a raw cell value (as python-calamine gives it: str, float,
int, bool, date or datetime; "" for an empty cell) and returns the typed value,
None for an empty cell, or raises `Vardefel` with a Swedish message and hint.
"""

from __future__ import annotations

import datetime
import functools
import re
import unicodedata
from collections.abc import Iterable
from enum import Enum
from typing import Any, TypeVar

from planer.modell.objekt import Period

E = TypeVar("E", bound=Enum)

# Spaces Swedish text uses as thousands separators: space, NBSP, thin, narrow NBSP.
_MELLANRUM = dict.fromkeys(map(ord, " \u00a0\u2009\u202f\u2007"), None)
_MINUS = str.maketrans({"\u2212": "-", "\u2013": "-"})
_TAL = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")
# What XML 1.0, and so .docx and HTML, cannot carry: C0 controls but tab, LF and CR,
# lone surrogates, U+FFFE and U+FFFF. They get into cells by paste or CHAR().
_OTILLATET_I_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_OSYNLIGT = re.compile("[\u200b-\u200d\u2060\ufeff]")
_JAMFORELSE = re.compile(r"^(max|min|högst|minst|<=|>=|≤|≥|<|>)\s*", re.IGNORECASE)
_PERIOD = (
    re.compile(r"^(?P<ar>\d{4})$"),
    re.compile(r"^(?P<ar>\d{4})\s*[-–/ ]?\s*T(?P<t>\d)$", re.IGNORECASE),
    re.compile(r"^T(?P<t>\d)\s*[-–/ ]?\s*(?P<ar>\d{4})$", re.IGNORECASE),
)
MINSTA_AR, STORSTA_AR = 1900, 2100


class Vardefel(ValueError):
    def __init__(self, meddelande: str, tips: str = "") -> None:
        super().__init__(meddelande)
        self.meddelande = meddelande
        self.tips = tips


@functools.lru_cache(maxsize=8192)
def normalisera_namn(namn: str) -> str:
    """The form in which sheet, column and option names are compared.

    Case, surrounding and repeated spaces and diacritics (å ä ö) do not matter,
    so `Överordnat mål`, ` överordnat  mål ` and `Overordnat mal` are the same.
    """
    utan_accenter = "".join(
        c for c in unicodedata.normalize("NFKD", namn) if not unicodedata.combining(c)
    )
    return " ".join(utan_accenter.casefold().split())


def ar_tom(varde: Any) -> bool:
    return varde is None or (isinstance(varde, str) and not varde.strip())


def visa(varde: Any) -> str:
    """A raw cell value as the user would recognise it in a message."""
    if isinstance(varde, float) and varde.is_integer():
        return str(int(varde))
    if isinstance(varde, datetime.datetime):
        return varde.date().isoformat()
    if isinstance(varde, datetime.date):
        return varde.isoformat()
    return str(varde).strip()


def text(varde: Any) -> str | None:
    """A text, without the control characters a document cannot hold."""
    if ar_tom(varde):
        return None
    return _OTILLATET_I_XML.sub("", visa(varde)).strip() or None


def identitet(varde: Any) -> str | None:
    """An id: text with surrounding spaces removed; the number 12 becomes "12".

    Invisible characters (zero-width space, BOM), which a copy from a web page
    or a system export can leave, are removed so that equal-looking ids are equal.
    """
    rensad = text(varde)
    return rensad and (_OSYNLIGT.sub("", rensad).strip() or None)


def tal(varde: Any) -> float | None:
    """A number given as a number or as Swedish text: `12,5`, `1 234`, `−3`, `85 %`."""
    if ar_tom(varde):
        return None
    if isinstance(varde, bool):
        raise Vardefel(f"{visa(varde)} är inte ett tal.", "Skriv ett tal, t.ex. 12,5.")
    if isinstance(varde, int | float):
        return float(varde)
    if isinstance(varde, str):
        rensad = varde.strip().translate(_MELLANRUM).translate(_MINUS).rstrip("%")
        if _TAL.fullmatch(rensad):
            return float(rensad.replace(",", "."))
    raise Vardefel(
        f"”{visa(varde)}” är inte ett tal.",
        "Skriv ett tal som 12,5 eller 1 234 (decimalkomma, mellanslag för tusental).",
    )


def malvarde(varde: Any) -> float | None:
    """A target; `max 160` and `≥ 85` are 160 and 85 (the direction is the measure's)."""
    if isinstance(varde, str):
        varde = _JAMFORELSE.sub("", varde.strip())
    return tal(varde)


def heltal(varde: Any, *, minst: int | None = None, hogst: int | None = None) -> int | None:
    tal_ = tal(varde)
    if tal_ is None:
        return None
    if not tal_.is_integer():
        raise Vardefel(f"{visa(varde)} är inte ett heltal.", "Skriv ett heltal utan decimaler.")
    heltal_ = int(tal_)
    if (minst is not None and heltal_ < minst) or (hogst is not None and heltal_ > hogst):
        raise Vardefel(
            f"{heltal_} ligger utanför det tillåtna intervallet.",
            f"Skriv ett heltal från {minst} till {hogst}.",
        )
    return heltal_


_JA = {"ja", "j", "x", "sant", "true", "1"}
_NEJ = {"nej", "n", "falskt", "false", "0"}


def ja_nej(varde: Any) -> bool | None:
    """`ja`/`nej` (also x, sant/falskt, 1/0, Excel's TRUE/FALSE); empty is None."""
    if ar_tom(varde):
        return None
    if isinstance(varde, bool):
        return varde
    ord_ = visa(varde).casefold()
    if ord_ in _JA | _NEJ:
        return ord_ in _JA
    raise Vardefel(f"”{visa(varde)}” är varken ja eller nej.", "Skriv ja, nej eller lämna tomt.")


def ar(varde: Any) -> int | None:
    try:
        return heltal(varde, minst=MINSTA_AR, hogst=STORSTA_AR)
    except Vardefel:
        raise Vardefel(
            f"”{visa(varde)}” är inte ett årtal.", "Skriv året med fyra siffror, t.ex. 2026."
        ) from None


def period(varde: Any) -> Period | None:
    """`2025` (full year), `2026-T1`, `2026 T1`, `2026T1` or `T1 2026`."""
    if ar_tom(varde):
        return None
    skrivet = visa(varde)
    for monster in _PERIOD:
        if traff := monster.match(skrivet):
            ar_ = int(traff["ar"])
            tertial = int(traff["t"]) if traff.groupdict().get("t") else None
            if MINSTA_AR <= ar_ <= STORSTA_AR and tertial in (None, 1, 2):
                return Period(ar_, tertial)
            if tertial == 3:
                raise Vardefel(f"Perioden ”{skrivet}” är hela året.", f"Skriv bara året: {ar_}.")
    raise Vardefel(
        f"”{skrivet}” är ingen period.",
        "Skriv ett år för helår (2025), eller år och tertial: "
        "2026-T1 (jan–apr), 2026-T2 (jan–aug).",
    )


def datum(varde: Any) -> datetime.date | None:
    """An Excel date, or text in ISO form (2026-03-31)."""
    if ar_tom(varde):
        return None
    if isinstance(varde, datetime.datetime):
        return varde.date()
    if isinstance(varde, datetime.date):
        return varde
    if isinstance(varde, str):
        try:
            return datetime.date.fromisoformat(varde.strip())
        except ValueError:
            pass
    raise Vardefel(
        f"”{visa(varde)}” är inget datum.", "Skriv datumet som ÅÅÅÅ-MM-DD, t.ex. 2026-03-31."
    )


def tid(varde: Any) -> str | None:
    """A time of day as Swedish documents write it (`13.15`), or the text as written."""
    if isinstance(varde, datetime.time | datetime.datetime):
        return f"{varde.hour:02d}.{varde.minute:02d}"
    if isinstance(varde, datetime.timedelta):  # a time cell, as some readers give it
        minuter = round(varde.total_seconds() / 60) % (24 * 60)
        return f"{minuter // 60:02d}.{minuter % 60:02d}"
    return text(varde)


def agenda2030(varde: Any) -> tuple[int, ...]:
    """Agenda 2030 goal numbers, e.g. `3, 4, 10`."""
    if ar_tom(varde):
        return ()
    delar = re.split(r"[,;\s]+", visa(varde))
    try:
        nummer = tuple(heltal(d, minst=1, hogst=17) for d in delar if d)
    except Vardefel:
        raise Vardefel(
            f"”{visa(varde)}” är inga Agenda 2030-mål.",
            "Skriv målens nummer 1–17 åtskilda med komma, t.ex. 3, 4, 10.",
        ) from None
    return tuple(sorted(set(nummer)))  # type: ignore[arg-type]


def val(varde: Any, alternativ: dict[str, E], vad: str, visas: tuple[str, ...] = ()) -> E | None:
    """One of a fixed set of words, matched as names are (`alternativ` keys normalised).

    The hint lists `visas`, or else the enum values.
    """
    if ar_tom(varde):
        return None
    if (traff := alternativ.get(normalisera_namn(visa(varde)))) is not None:
        return traff
    giltiga = list(visas) or _unika(e.value for e in alternativ.values())
    raise Vardefel(
        f"”{visa(varde)}” är ingen giltig {vad}.", f"Skriv något av: {', '.join(giltiga)}."
    )


def _unika(varden: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(varden))


def alternativ_for(enum: type[E], extra: dict[str, E] | None = None) -> dict[str, E]:
    """The accepted spellings of an enum: its values plus extra aliases."""
    stavningar = {normalisera_namn(e.value): e for e in enum}
    stavningar.update({normalisera_namn(k): v for k, v in (extra or {}).items()})
    return stavningar
