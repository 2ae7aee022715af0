"""Raw sheets → rows of typed values that remember their cells.

A `Fliktyp` declares a sheet of the input contract: its name, accepted
spellings and columns. `las_rader` finds the header, matches the columns,
parses every cell with the column's parser and reports each problem at its
cell. Cross-references between sheets are checked later, in `validering`.
"""

from __future__ import annotations

import difflib
import itertools
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cached_property
from typing import Any

from planer.lasning import varden
from planer.lasning.excel import Flik, cellref, kolumnbokstav
from planer.lasning.varden import Vardefel, ar_tom, normalisera_namn
from planer.problem import Plats, Problemlista

# Excel's limit for one cell; openpyxl cuts longer texts there without a word.
EXCELS_LANGSTA_TEXT = 32_767


def raa(varde: Any) -> Any:
    """Keep the cell as it is; parsed later where more is known (e.g. the unit)."""
    return None if ar_tom(varde) else varde


@dataclass(frozen=True)
class Kolumn:
    namn: str
    tolkare: Callable[[Any], Any] = varden.text
    kravs: bool = False  # the column must be present in the sheet
    obligatorisk: bool = False  # every row must have a value (implies kravs)
    alias: tuple[str, ...] = ()

    @cached_property
    def falt(self) -> str:
        """The field name in code: `Överordnat mål` → `overordnat_mal`."""
        return normalisera_namn(self.namn).replace(" ", "_")

    @cached_property
    def stavningar(self) -> set[str]:
        return {normalisera_namn(n) for n in (self.namn, *self.alias)}


@dataclass(frozen=True)
class BredForm:
    """A wide form: one row per key, one column per year or period."""

    nyckel: Kolumn  # the column that names the row, e.g. Mätetal
    rubrik: Kolumn  # what a column header is, e.g. År (parsed from the header text)
    varde: Kolumn  # what a cell is, e.g. Målvärde


@dataclass(frozen=True)
class Fliktyp:
    namn: str
    kolumner: tuple[Kolumn, ...]
    kravs: bool = False
    alias: tuple[str, ...] = ()
    bred_form: BredForm | None = None

    @property
    def stavningar(self) -> set[str]:
        return {normalisera_namn(n) for n in (self.namn, *self.alias)}


@dataclass
class Rad:
    """One data row (or, in wide form, one cell) with its parsed values."""

    flik: Flik
    index: int  # 0-based row in the sheet
    varden: dict[str, Any]
    kolumner: dict[str, int] = field(repr=False)

    def __getitem__(self, falt: str) -> Any:
        return self.varden.get(falt)

    def plats(self, falt: str | None = None) -> Plats:
        if falt is not None and falt in self.kolumner:
            return self.flik.plats(cellref(self.index, self.kolumner[falt]))
        return self.flik.plats(f"rad {self.index + 1}")

    def ar_procent(self, falt: str) -> bool:
        return falt in self.kolumner and self.flik.ar_procent(self.index, self.kolumner[falt])


def las_rader(flik: Flik, typ: Fliktyp, problem: Problemlista) -> list[Rad] | None:
    """Parse a sheet's rows; problems go to `problem`, bad cells become None.

    None when the sheet cannot be read at all (a required column is missing).
    """
    rubrikrad = _hitta_rubrikrad(flik, typ, problem)
    if rubrikrad is None:
        rapportera = problem.fel if typ.kravs else problem.varning
        rapportera(
            "Fliken är tom.",
            flik.plats(),
            f"Skriv kolumnrubrikerna på första raden: {', '.join(k.namn for k in typ.kolumner)}.",
        )
        return None if typ.kravs else []
    rubriker = [varden.visa(r) if not ar_tom(r) else "" for r in flik.rader[rubrikrad]]
    if typ.bred_form and _ar_bred(rubriker, typ):
        return _las_bred(flik, typ.bred_form, rubrikrad, rubriker, problem)
    kolumner = _matcha_kolumner(flik, typ, rubrikrad, rubriker, problem)
    if kolumner is None:
        return None
    positioner = {k.falt: i for i, k in kolumner.items()}  # shared by all rows of the sheet
    return [
        rad
        for index in range(rubrikrad + 1, len(flik.rader))
        if (rad := _las_rad(flik, index, kolumner, positioner, problem)) is not None
    ]


_RADER_OVANFOR_RUBRIKEN = 10  # non-empty rows (a title, a note) the header may sit below


def _hitta_rubrikrad(flik: Flik, typ: Fliktyp, problem: Problemlista) -> int | None:
    """The header row: the first non-empty row, or a later one below a title.

    A later row is taken only if it names every required column (or, for a sheet
    with a wide form, its key column) and the first does not; the rows above it
    are then skipped with a warning. None for an empty sheet.
    """
    icke_tomma = (i for i, rad in enumerate(flik.rader) if not all(map(ar_tom, rad)))
    kandidater = list(itertools.islice(icke_tomma, _RADER_OVANFOR_RUBRIKEN + 1))
    if not kandidater:
        return None
    for rubrikrad in kandidater:
        celler = flik.rader[rubrikrad]
        rubriker = {normalisera_namn(varden.visa(c)) for c in celler if not ar_tom(c)}
        if _ar_rubrikrad(rubriker, typ):
            break
    else:
        return kandidater[0]
    if rubrikrad != kandidater[0]:
        problem.varning(
            f"Rubrikraden är rad {rubrikrad + 1}; raderna ovanför läses inte.",
            flik.plats(f"rad {kandidater[0] + 1}"),
            "Det går bra med en rubrik ovanför tabellen. Flytta upp tabellen till rad 1 "
            "om raderna ovanför skulle läsas.",
        )
    return rubrikrad


def _ar_rubrikrad(rubriker: set[str], typ: Fliktyp) -> bool:
    if typ.bred_form and rubriker & typ.bred_form.nyckel.stavningar:
        return True
    kravda = [k for k in typ.kolumner if k.kravs or k.obligatorisk]
    return bool(kravda) and all(rubriker & k.stavningar for k in kravda)


def _matcha_kolumner(
    flik: Flik, typ: Fliktyp, rubrikrad: int, rubriker: list[str], problem: Problemlista
) -> dict[int, Kolumn] | None:
    """Column index → Kolumn, or None when a required column is missing."""
    efter_stavning = {s: k for k in typ.kolumner for s in k.stavningar}
    kolumner: dict[int, Kolumn] = {}
    for index, rubrik in enumerate(rubriker):
        if not rubrik:
            continue
        kolumn = efter_stavning.get(normalisera_namn(rubrik))
        plats = flik.plats(cellref(rubrikrad, index))
        if kolumn is None:
            forslag = difflib.get_close_matches(rubrik, [k.namn for k in typ.kolumner], n=1)
            problem.notis(
                f"Kolumnen ”{rubrik}” används inte och läses inte in.",
                plats,
                f"Menade du ”{forslag[0]}”?" if forslag else _kanda_kolumner(typ),
            )
        elif kolumn in kolumner.values():
            problem.fel(
                f"Kolumnen ”{kolumn.namn}” finns två gånger.",
                plats,
                "Ta bort eller byt namn på den ena kolumnen.",
            )
        else:
            kolumner[index] = kolumn
    saknade = [
        k.namn for k in typ.kolumner if (k.kravs or k.obligatorisk) and k not in kolumner.values()
    ]
    for namn in saknade:
        problem.fel(
            f"Kolumnen ”{namn}” saknas.",
            flik.plats(f"rad {rubrikrad + 1}"),
            f"Lägg till en kolumn med rubriken ”{namn}” på rubrikraden. {_kanda_kolumner(typ)}",
        )
    return None if saknade else kolumner


def _kanda_kolumner(typ: Fliktyp) -> str:
    return f"Fliken {typ.namn} har kolumnerna: {', '.join(k.namn for k in typ.kolumner)}."


def _las_rad(
    flik: Flik,
    index: int,
    kolumner: dict[int, Kolumn],
    positioner: dict[str, int],
    problem: Problemlista,
) -> Rad | None:
    celler = flik.rader[index]
    if all(ar_tom(celler[i]) for i in kolumner if i < len(celler)):
        return None
    rad = Rad(flik, index, {}, positioner)
    for i, kolumn in kolumner.items():
        cell = celler[i] if i < len(celler) else ""
        if isinstance(cell, str) and len(cell) >= EXCELS_LANGSTA_TEXT:
            problem.varning(
                f"{kolumn.namn}: texten är {len(cell)} tecken lång, det mesta en cell i Excel "
                "rymmer. Den kan ha klippts av när den skrevs.",
                rad.plats(kolumn.falt),
                "Kontrollera att texten slutar där den ska, eller korta den.",
            )
        try:
            varde = kolumn.tolkare(cell)
        except Vardefel as fel:
            problem.fel(f"{kolumn.namn}: {fel.meddelande}", rad.plats(kolumn.falt), fel.tips)
            varde = None
        else:
            if kolumn.obligatorisk and varde in (None, ()):
                problem.fel(
                    f"{kolumn.namn} saknas.",
                    rad.plats(kolumn.falt),
                    f"Fyll i {kolumn.namn.lower()}.",
                )
        rad.varden[kolumn.falt] = varde
    return rad


def _ar_bred(rubriker: list[str], typ: Fliktyp) -> bool:
    """Wide when no header but the key names a column of the long form."""
    assert typ.bred_form is not None
    langa = {s for k in typ.kolumner if k is not typ.bred_form.nyckel for s in k.stavningar}
    return not any(normalisera_namn(r) in langa for r in rubriker if r)


def _las_bred(
    flik: Flik,
    form: BredForm,
    rubrikrad: int,
    rubriker: list[str],
    problem: Problemlista,
) -> list[Rad] | None:
    nyckelkolumn = next(
        (i for i, r in enumerate(rubriker) if normalisera_namn(r) in form.nyckel.stavningar), None
    )
    if nyckelkolumn is None:
        problem.fel(
            f"Kolumnen ”{form.nyckel.namn}” saknas.",
            flik.plats(f"rad {rubrikrad + 1}"),
            f"Skriv ”{form.nyckel.namn}” över kolumnen med id:n och {form.rubrik.namn.lower()} "
            f"som rubriker över värdena, eller använd lång form med kolumnerna "
            f"{form.nyckel.namn}, {form.rubrik.namn} och {form.varde.namn}.",
        )
        return None
    rubrikvarden: dict[int, Any] = {}
    for index, rubrik in enumerate(rubriker):
        if index == nyckelkolumn or not rubrik:
            continue
        try:
            rubrikvarden[index] = form.rubrik.tolkare(rubrik)
        except Vardefel as fel:
            problem.fel(
                f"Kolumnrubriken: {fel.meddelande}",
                flik.plats(f"{kolumnbokstav(index)}{rubrikrad + 1}"),
                fel.tips,
            )
    rader = []
    for index in range(rubrikrad + 1, len(flik.rader)):
        celler = flik.rader[index]
        nyckel = form.nyckel.tolkare(celler[nyckelkolumn]) if nyckelkolumn < len(celler) else None
        for kolumn, rubrikvarde in rubrikvarden.items():
            cell = celler[kolumn] if kolumn < len(celler) else ""
            if ar_tom(cell):
                continue
            rad = Rad(
                flik,
                index,
                {form.nyckel.falt: nyckel, form.rubrik.falt: rubrikvarde},
                {form.nyckel.falt: nyckelkolumn, form.varde.falt: kolumn, form.rubrik.falt: kolumn},
            )
            try:
                rad.varden[form.varde.falt] = form.varde.tolkare(cell)
            except Vardefel as fel:
                problem.fel(
                    f"{form.varde.namn}: {fel.meddelande}", rad.plats(form.varde.falt), fel.tips
                )
                continue
            if nyckel is None:
                problem.fel(
                    f"{form.nyckel.namn} saknas för värdet.",
                    rad.plats(form.nyckel.falt),
                    f"Skriv {form.nyckel.namn.lower()}s id i kolumn {kolumnbokstav(nyckelkolumn)}.",
                )
                continue
            rader.append(rad)
    return rader


# --- Values that depend on more than their cell ---------------------------------


def i_procent(rad: Rad, falt: str, tal: float, matetal: Rad) -> float:
    """A percent-formatted cell holds 0.85 for 85 %; a `%` measure means 85."""
    if (matetal["enhet"] or "").strip() == "%" and rad.ar_procent(falt):
        return round(tal * 100, 10)
    return tal


def utfallsvarde(rad: Rad, matetal: Rad, problem: Problemlista) -> tuple[float | None, str | None]:
    """A number, or text such as `Ej mätt`: no value, kept as comment, never zero."""
    kommentar = rad["kommentar"]
    if rad["varde"] is None:
        return None, kommentar
    try:
        tal = varden.tal(rad["varde"])
    except Vardefel:
        text = varden.text(rad["varde"]) or ""
        if isinstance(rad["varde"], bool) or any(tecken.isdigit() for tecken in text):
            problem.varning(
                f"Värdet ”{text}” läses som text, inte som tal, och mätetalet saknar utfall "
                f"för {rad['period']}.",
                rad.plats("varde"),
                "Skriv bara talet (t.ex. 12,5) och lägg förklaringen i Kommentar.",
            )
        return None, "; ".join(t for t in (text, kommentar) if t)
    return i_procent(rad, "varde", tal, matetal), kommentar
