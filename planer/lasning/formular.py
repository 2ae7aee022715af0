"""Returned data-entry forms: recognised by the identity planer wrote, read cell by cell.

A form (written by `planer utskick`) carries its identity twice: as custom
document properties and on a very hidden sheet, which also lists every cell
planer wrote with the value it wrote (its base value). Reading a form reads
only the cells that list names; a locked cell whose value differs from its
base, or an identity sheet that no longer matches the properties, is an error
at that cell. The values are laid over the central rows by `overlagg`.
"""

from __future__ import annotations

import datetime
import hashlib
import json
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine

from planer.lasning.excel import MAX_UPPACKAD, Flik, cellref, granska_arbetsbok, kolumnindex
from planer.lasning.varden import ar_tom, visa
from planer.problem import Plats, Problemlista

VERSION = "1"
MARKOR = "planer-inrapportering"  # A1 of the identity sheet, and a property name
IDENTITETSFLIK = "planer-identitet"
LISTFLIK = "Listor"
LAST, INDATA = "låst", "indata"
TABELLRUBRIK = ("Flik", "Cell", "Slag", "Objekt", "Id", "Fält", "Värde")
# Identity fields, in order, on the identity sheet (rows 2–8) and as properties.
IDENTITET = ("kommunkod", "kommun", "organisation", "period", "skapad", "sista dag", "basvärden")
EGENSKAP = {namn: f"planer-{namn.replace(' ', '-').replace('ä', 'a')}" for namn in IDENTITET}
TABELLRAD = len(IDENTITET) + 3  # 1-based row of the table's header
# The input cells a form can have: (objekt, falt).
FALTEN = frozenset(
    {
        ("matetal", "varde"),
        ("matetal", "kommentar"),
        ("mal", "bedomning"),
        ("mal", "analys"),
        ("aktivitet", "status"),
        ("aktivitet", "kommentar"),
        ("uppdrag", "status"),
        ("uppdrag", "kommentar"),
        ("text", "text"),
        ("ekonomi", "prognos"),
    }
)
_OMRADE = re.compile(
    r"(?P<fran>[A-Z]{1,3})(?P<rad>[1-9][0-9]{0,6})(?::(?P<till>[A-Z]{1,3})(?P<rad2>[1-9][0-9]{0,6}))?"
)
_NYTT_FORMULAR = (
    "Be enheten skicka originalfilen, eller skapa ett nytt formulär med planer utskick."
)
_MAX_DEL = 10 * 1024 * 1024  # bytes a small part may unpack to; a bomb is refused
_CUSTOM = "{http://schemas.openxmlformats.org/officeDocument/2006/custom-properties}"


def som_text(varde: Any) -> str:
    """A cell value in the one form base values are stored and compared in."""
    if ar_tom(varde):
        return ""
    if isinstance(varde, bool):
        return "SANT" if varde else "FALSKT"
    if isinstance(varde, int | float):
        return format(float(varde), ".15g")
    if isinstance(varde, datetime.datetime):
        return varde.date().isoformat()
    return visa(varde)


def tabellens_avtryck(tabell: list[tuple[str, ...]]) -> str:
    """The SHA-256 of the base-value table, kept in the properties to see an edit."""
    return hashlib.sha256(json.dumps(tabell, ensure_ascii=False).encode()).hexdigest()


@dataclass
class Formularcell:
    """An input cell of a form: what it is for, what planer wrote, what came back."""

    flik: Flik
    rad: int  # 0-based
    kolumn: int  # 0-based
    objekt: str  # matetal, mal, aktivitet, uppdrag, text, ekonomi
    id: str
    falt: str  # e.g. varde, kommentar, bedomning, analys, status, text, prognos
    bas: str  # som_text of what planer wrote
    varde: Any  # the returned raw value, as calamine gives it ("" or None when empty)

    @property
    def cell(self) -> str:
        return cellref(self.rad, self.kolumn)

    def plats(self) -> Plats:
        return self.flik.plats(self.cell)


@dataclass
class Formular:
    fil: Path
    identitet: dict[str, str]
    celler: list[Formularcell] = field(default_factory=list)
    rattelser: list[Formularcell] = field(default_factory=list)  # set when laid over
    felaktig: bool = False  # an error was found: its values are not used

    @property
    def org_id(self) -> str:
        return self.identitet["organisation"]

    @property
    def period(self) -> str:
        return self.identitet["period"]

    def plats(self) -> Plats:
        return Plats(self.fil.name)


def formularets_egenskaper(fil: Path) -> dict[str, str] | None:
    """A form's custom document properties (name → text), {} for a form whose
    properties a program dropped, or None for a workbook that is not a form.

    Opens the zip once and reads two small parts only (each refused over
    `_MAX_DEL` bytes unpacked), so that every workbook under indata/ can be asked
    before anything else is read.
    """
    try:
        with zipfile.ZipFile(fil) as arkiv:
            storlek = {i.filename: i.file_size for i in arkiv.infolist()}
            if sum(storlek.values()) > MAX_UPPACKAD:
                return None  # read as a central workbook, whose check refuses it
            if storlek.get("docProps/custom.xml", _MAX_DEL) < _MAX_DEL:
                rot = ElementTree.fromstring(arkiv.read("docProps/custom.xml"))
                egna = {
                    e.get("name", ""): "".join(e.itertext()).strip()
                    for e in rot.iter(f"{_CUSTOM}property")
                }
                if MARKOR in egna:
                    return egna
            if storlek.get("xl/workbook.xml", _MAX_DEL) < _MAX_DEL:
                bok = arkiv.read("xl/workbook.xml")
                return {} if f'name="{IDENTITETSFLIK}"'.encode() in bok else None
    except (zipfile.BadZipFile, OSError, ElementTree.ParseError):
        pass
    return None


def las_formular(
    fil: Path, problem: Problemlista, props: dict[str, str] | None = None
) -> Formular | None:
    """Read one form: its identity and input cells; None if it cannot be read at all.

    `props` are its properties if already read by `formularets_egenskaper`, which
    has then also checked the zip's size.
    """
    if props is None:
        if orsak := granska_arbetsbok(fil):
            problem.fel(orsak[0], Plats(fil.name), orsak[1])
            return None
        props = formularets_egenskaper(fil) or {}
    try:
        bok = python_calamine.CalamineWorkbook.from_path(str(fil))
        try:
            return _las(bok, fil, props, problem)
        finally:
            bok.close()
    except Exception as fel:  # calamine raises several unrelated types
        problem.fel(
            f"Inrapporteringsformuläret är trasigt och kunde inte läsas ({fel}).",
            Plats(fil.name),
            "Öppna det i Excel och spara det på nytt, eller be enheten skicka det igen.",
        )
        return None


def _las(
    bok: python_calamine.CalamineWorkbook, fil: Path, props: dict[str, str], problem: Problemlista
) -> Formular | None:
    if IDENTITETSFLIK not in bok.sheet_names:
        problem.fel(
            "Filen är ett inrapporteringsformulär men dess dolda identitetsflik saknas.",
            Plats(fil.name),
            "Skapa ett nytt formulär med planer utskick och för över värdena till det.",
        )
        return None
    rader = bok.get_sheet_by_name(IDENTITETSFLIK).to_python(skip_empty_area=False)
    flik = Flik(fil, IDENTITETSFLIK, rader)
    identitet = {
        namn: som_text(_cell(rader, i + 1, 1)) for i, namn in enumerate(IDENTITET)
    }  # rows 2–8, column B
    formular = Formular(fil, identitet)
    bredd = len(TABELLRUBRIK)
    tabell = [  # planer wrote every value as text; som_text only for what a program changed
        tuple(
            v if isinstance(v, str) else som_text(v) for v in [*rad[:bredd], *[""] * bredd][:bredd]
        )
        for rad in rader[TABELLRAD:]
        if rad and not ar_tom(rad[0])
    ]
    if not _identiteten_stammer(formular, flik, props, tabell, problem):
        formular.felaktig = True
        return formular
    flikar: dict[str, Flik] = {}
    for nummer, (fliknamn, omrade, slag, objekt, id_, falt, bas) in enumerate(tabell):
        celler = _celler(omrade, slag, objekt, falt, bas)
        if celler is None:
            problem.fel(
                "Formulärets lista över förifyllda värden har ändrats.",
                flik.plats(f"A{TABELLRAD + 1 + nummer}"),
                _NYTT_FORMULAR,
            )
            formular.felaktig = True
            return formular
        if fliknamn not in flikar:
            if fliknamn not in bok.sheet_names:
                problem.fel(
                    f"Fliken ”{fliknamn}” saknas i formuläret.",
                    formular.plats(),
                    "Byt tillbaka namnet på fliken, eller be enheten skicka originalfilen.",
                )
                formular.felaktig = True
                return formular
            flikar[fliknamn] = Flik(
                fil, fliknamn, bok.get_sheet_by_name(fliknamn).to_python(skip_empty_area=False)
            )
        datablad = flikar[fliknamn]
        for rad, kolumn, varde in celler:
            ref = Formularcell(datablad, rad, kolumn, objekt, id_, falt, varde, None)
            ref.varde = _cell(datablad.rader, rad, kolumn)
            if slag == INDATA:
                formular.celler.append(ref)
            elif (nu := som_text(ref.varde)) != varde:
                problem.fel(
                    f"Cellen är låst och ska inte ändras: planer skrev ”{varde}”, nu står det "
                    f"”{nu}”.",
                    ref.plats(),
                    f"Skriv tillbaka ”{varde}”. Bara de gula cellerna fylls i.",
                )
                formular.felaktig = True
    return formular


def _celler(
    omrade: str, slag: str, objekt: str, falt: str, bas: str
) -> list[tuple[int, int, str]] | None:
    """(row, column, base value) of a table row's cells; None if the row is not planer's.

    An input cell is one cell; locked cells are a range in one row (`A2:G2`) with
    their values as a JSON list.
    """
    traff = _OMRADE.fullmatch(omrade)
    if traff is None:
        return None
    rad, forsta = int(traff["rad"]) - 1, kolumnindex(traff["fran"])
    if slag == INDATA and (objekt, falt) in FALTEN and not traff["till"]:
        return [(rad, forsta, bas)]
    if slag != LAST or not traff["till"] or traff["rad2"] != traff["rad"]:
        return None
    try:
        varden = json.loads(bas)
    except ValueError:
        return None
    sista = kolumnindex(traff["till"])
    if not isinstance(varden, list) or len(varden) != sista - forsta + 1:
        return None
    return [(rad, forsta + i, str(v)) for i, v in enumerate(varden)]


def _identiteten_stammer(
    formular: Formular,
    flik: Flik,
    props: dict[str, str],
    tabell: list[tuple[str, ...]],
    problem: Problemlista,
) -> bool:
    """The identity sheet agrees with the properties, and its table with its fingerprint."""
    if som_text(_cell(flik.rader, 0, 0)) != MARKOR:
        problem.fel(
            "Formulärets identitetsflik har ändrats.",
            flik.plats("A1"),
            _NYTT_FORMULAR,
        )
        return False
    if (version := som_text(_cell(flik.rader, 0, 1))) != VERSION:
        problem.fel(
            f"Formuläret har version ”{version}”, som den här versionen av planer inte läser "
            f"(den läser version {VERSION}).",
            flik.plats("B1"),
            "Skapa ett nytt formulär med planer utskick och för över värdena till det.",
        )
        return False
    for i, namn in enumerate(IDENTITET[:-1]):
        if props and props.get(EGENSKAP[namn], "") != formular.identitet[namn]:
            problem.fel(
                f"Formulärets identitet har ändrats: {namn} är ”{formular.identitet[namn]}” "
                f"på identitetsfliken men ”{props.get(EGENSKAP[namn], '')}” i "
                "dokumentegenskaperna.",
                flik.plats(f"B{i + 2}"),
                _NYTT_FORMULAR,
            )
            return False
    # Without properties (a program that drops them) the sheet's own copy is checked.
    forvantat = props.get(EGENSKAP["basvärden"]) if props else formular.identitet["basvärden"]
    if forvantat != tabellens_avtryck(tabell):
        problem.fel(
            "Formulärets lista över förifyllda värden har ändrats.",
            flik.plats(f"A{TABELLRAD + 1}"),
            _NYTT_FORMULAR,
        )
        return False
    return True


def _cell(rader: list[list[Any]], rad: int, kolumn: int) -> Any:
    if rad < len(rader) and kolumn < len(rader[rad]):
        return rader[rad][kolumn]
    return None
