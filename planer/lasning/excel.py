"""Workbooks under indata/ → raw sheets, found by name across all workbooks.

python-calamine reads the cell values fast; it does not report number formats,
so the few cells formatted as percent are found by a light scan of the sheet's
XML (`procentceller`), only for the sheets that need it.
"""

from __future__ import annotations

import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine

from planer.lasning.varden import normalisera_namn
from planer.problem import Plats, Problemlista

ARBETSBOKSTYPER = (".xlsx", ".xlsm")
_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_INBYGGDA_PROCENTFORMAT = {9, 10}
_CELL = re.compile(rb"<c\s([^>]*)>")
_ATTRIBUT_R = re.compile(rb'\br="([A-Z]+)(\d+)"')
_ATTRIBUT_S = re.compile(rb'\bs="(\d+)"')


@dataclass
class Flik:
    """One sheet as read: all rows from A1, values as calamine gives them."""

    fil: Path
    namn: str
    rader: list[list[Any]]
    _procentceller: set[tuple[int, int]] | None = field(default=None, repr=False)

    @property
    def filnamn(self) -> str:
        return self.fil.name

    def plats(self, cell: str | None = None) -> Plats:
        return Plats(self.filnamn, self.namn, cell)

    def ar_procent(self, rad: int, kolumn: int) -> bool:
        """Whether the cell (0-based row and column) is formatted as percent."""
        if self._procentceller is None:
            self._procentceller = procentceller(self.fil, self.namn)
        return (rad, kolumn) in self._procentceller


def hitta_arbetsbocker(katalog: Path) -> list[Path]:
    """The workbooks in a folder, without Excel's lock files (~$name.xlsx)."""
    return sorted(
        p
        for p in katalog.iterdir()
        if p.suffix.lower() in ARBETSBOKSTYPER and not p.name.startswith("~$") and p.is_file()
    )


def las_flikar(
    arbetsbocker: list[Path], kanda_flikar: set[str], problem: Problemlista
) -> dict[str, Flik]:
    """Read the known sheets of all workbooks, keyed by normalised sheet name.

    A sheet name that appears twice (in one workbook or across several) is an
    error; sheets planer does not know are reported as a note and not read.
    """
    flikar: dict[str, Flik] = {}
    for fil in arbetsbocker:
        try:
            bok = python_calamine.CalamineWorkbook.from_path(str(fil))
        except Exception as fel:  # calamine raises several unrelated types
            problem.fel(
                f"Arbetsboken kunde inte läsas ({fel}).",
                Plats(fil.name),
                "Öppna den i Excel och spara den som Excel-arbetsbok (.xlsx).",
            )
            continue
        for namn in bok.sheet_names:
            nyckel = normalisera_namn(namn)
            if nyckel not in kanda_flikar:
                problem.notis(
                    f"Fliken ”{namn}” används inte av planer.",
                    Plats(fil.name, namn),
                    "Byt namn på den om den skulle vara en av planers flikar.",
                )
                continue
            if nyckel in flikar:
                forsta = flikar[nyckel]
                problem.fel(
                    f"Fliken ”{namn}” finns två gånger: även i {forsta.filnamn}.",
                    Plats(fil.name, namn),
                    "Varje flik får bara finnas en gång. Slå ihop flikarna eller ta bort den ena.",
                )
                continue
            rader = bok.get_sheet_by_name(namn).to_python(skip_empty_area=False)
            flikar[nyckel] = Flik(fil, namn, rader)
        bok.close()
    return flikar


def procentceller(fil: Path, flik: str) -> set[tuple[int, int]]:
    """The (row, column) positions, 0-based, of cells formatted as percent."""
    with zipfile.ZipFile(fil) as arkiv:
        stilar = _procentstilar(arkiv)
        if not stilar:
            return set()
        xml = arkiv.read(_flikens_del(arkiv, flik))
    celler = set()
    for traff in _CELL.finditer(xml):
        attribut = traff.group(1)
        stil = _ATTRIBUT_S.search(attribut)
        if stil and int(stil.group(1)) in stilar and (ref := _ATTRIBUT_R.search(attribut)):
            celler.add((int(ref.group(2)) - 1, kolumnindex(ref.group(1).decode())))
    return celler


def _procentstilar(arkiv: zipfile.ZipFile) -> set[int]:
    """Indexes of the cell styles whose number format shows percent."""
    try:
        rot = ElementTree.fromstring(arkiv.read("xl/styles.xml"))
    except KeyError:
        return set()
    egna = {
        int(f.get("numFmtId", -1))
        for f in rot.iterfind("m:numFmts/m:numFmt", _NS)
        if "%" in re.sub(r'"[^"]*"|\\.', "", f.get("formatCode", ""))
    }
    procentformat = _INBYGGDA_PROCENTFORMAT | egna
    return {
        index
        for index, xf in enumerate(rot.iterfind("m:cellXfs/m:xf", _NS))
        if int(xf.get("numFmtId", 0)) in procentformat
    }


def _flikens_del(arkiv: zipfile.ZipFile, flik: str) -> str:
    """The zip member that holds a sheet, via workbook.xml and its relationships."""
    bok = ElementTree.fromstring(arkiv.read("xl/workbook.xml"))
    rid = next(
        s.get(f"{{{_NS['r']}}}id")
        for s in bok.iterfind("m:sheets/m:sheet", _NS)
        if s.get("name") == flik
    )
    relationer = ElementTree.fromstring(arkiv.read("xl/_rels/workbook.xml.rels"))
    mal = next(
        r.get("Target") for r in relationer.iterfind("rel:Relationship", _NS) if r.get("Id") == rid
    )
    return mal.lstrip("/") if mal.startswith("/") else f"xl/{mal}"


def kolumnindex(bokstaver: str) -> int:
    """`A` → 0, `AB` → 27."""
    index = 0
    for bokstav in bokstaver:
        index = index * 26 + ord(bokstav) - ord("A") + 1
    return index - 1


def kolumnbokstav(index: int) -> str:
    """0 → `A`, 27 → `AB`."""
    bokstaver = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        bokstaver = chr(ord("A") + rest) + bokstaver
    return bokstaver


def cellref(rad: int, kolumn: int) -> str:
    """A 0-based row and column as Excel writes it: (6, 2) → `C7`."""
    return f"{kolumnbokstav(kolumn)}{rad + 1}"
