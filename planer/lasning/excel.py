"""Workbooks under indata/ → raw sheets, found by name across all workbooks.

python-calamine reads the cell values fast; it does not report number formats
or formulas, so a light scan of the sheet's XML finds the few cells formatted as
percent (`procentceller`, only for the sheets that need it) and the formulas
that have no value to read (`formler_utan_varde`).

A file is looked at before it is read (`granska_arbetsbok`): what it really is
(an old .xls, a password-protected or truncated file, an .ods under another
name) and how far it would expand, so that a compressed bomb is refused
before anything is unpacked.
"""

from __future__ import annotations

import re
import zipfile
from collections import ChainMap
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import python_calamine

from planer.lasning.varden import normalisera_namn
from planer.problem import Plats, Problemlista

ARBETSBOKSTYPER = (".xlsx", ".xlsm")
# Spreadsheets planer does not read: calamine could, but not their number formats,
# so a percent cell would silently become 0.85 instead of 85.
ANDRA_KALKYLBLAD = (".xls", ".xlsb", ".ods", ".fods", ".numbers", ".csv", ".tsv")
_VISADE_CELLER = 5  # cells named in one message about a sheet
MAX_UPPACKAD = 300 * 1024 * 1024  # bytes a workbook may expand to; real ones are a few MB
_ZIP = b"PK\x03\x04"
_OLE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # Office's old container: .xls, encrypted .xlsx
_SPARA_SOM_XLSX = (
    "Öppna filen i Excel eller LibreOffice Calc och spara den som Excel-arbetsbok (.xlsx)."
)
_NS = {
    "m": "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
    "r": "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
    "rel": "http://schemas.openxmlformats.org/package/2006/relationships",
}
_INBYGGDA_PROCENTFORMAT = {9, 10}
_CELL = re.compile(rb"<c\s([^>]*)>")
_ATTRIBUT_R = re.compile(rb'\br="([A-Z]+)(\d+)"')
_ATTRIBUT_S = re.compile(rb'\bs="(\d+)"')
_CELL_MED_INNEHALL = re.compile(rb"<c\s([^>]*?)(?:/>|>(.*?)</c>)", re.DOTALL)
_VARDE = re.compile(rb"<v>([^<]*)</v>")


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


def hitta_arbetsbocker(katalog: Path, problem: Problemlista) -> list[Path]:
    """The workbooks in a folder.

    Excel's lock files (~$name.xlsx) and hidden files (macOS's ._name.xlsx) are
    skipped; other spreadsheets (.xls, .ods, .csv …) are not read, with a warning.
    """
    arbetsbocker = []
    for fil in sorted(katalog.iterdir()):
        if fil.name.startswith(("~$", ".")) or not fil.is_file():
            continue
        if fil.suffix.lower() in ARBETSBOKSTYPER:
            arbetsbocker.append(fil)
        elif fil.suffix.lower() in ANDRA_KALKYLBLAD:
            problem.varning(
                "Filen läses inte: planer läser bara Excel-arbetsböcker (.xlsx).",
                Plats(fil.name),
                f"{_SPARA_SOM_XLSX} Ta sedan bort {fil.name} ur {katalog.name}/.",
            )
    return arbetsbocker


def granska_arbetsbok(fil: Path) -> tuple[str, str] | None:
    """Why a file cannot be read as a workbook (message, hint), or None if it can.

    Looks only at the first bytes and the zip directory: nothing is unpacked.
    """
    with fil.open("rb") as strom:
        borjan = strom.read(8)
    if not borjan:
        return "Filen är tom (0 byte).", "Spara arbetsboken på nytt i Excel, eller ta bort filen."
    if borjan == _OLE:
        if "EncryptedPackage".encode("utf-16-le") in fil.read_bytes():
            return (
                "Arbetsboken är lösenordsskyddad, så planer kan inte läsa den.",
                "Ta bort lösenordet i Excel (Arkiv › Info › Skydda arbetsbok › Kryptera med "
                "lösenord, töm fältet) och spara. Skydd av enskilda flikar går bra.",
            )
        return "Filen är i Excels gamla format (.xls), fast den heter .xlsx.", _SPARA_SOM_XLSX
    if not borjan.startswith(_ZIP):
        return "Filen är inte en Excel-arbetsbok (.xlsx).", _SPARA_SOM_XLSX
    try:
        with zipfile.ZipFile(fil) as arkiv:
            namn = set(arkiv.namelist())
            uppackad = sum(del_.file_size for del_ in arkiv.infolist())
            mimetyp = arkiv.read("mimetype") if "mimetype" in namn else b""
    except (zipfile.BadZipFile, OSError, EOFError):
        return (
            "Arbetsboken är trasig eller ofullständig, kanske avbruten när den sparades "
            "eller kopierades.",
            "Öppna den i Excel och spara den på nytt, eller hämta en hel kopia.",
        )
    if b"opendocument" in mimetyp:
        return "Filen är ett OpenDocument-kalkylark (.ods), fast den heter .xlsx.", _SPARA_SOM_XLSX
    if "xl/workbook.xml" not in namn:
        return "Filen är inte en Excel-arbetsbok (.xlsx), fast den heter så.", _SPARA_SOM_XLSX
    if uppackad > MAX_UPPACKAD:
        return (
            f"Arbetsboken skulle packas upp till {_mb(uppackad)} MB, mer än gränsen "
            f"{_mb(MAX_UPPACKAD)} MB, och läses inte.",
            "En arbetsbok med planers data är några MB. Ta bort bilder, inklistrade objekt "
            "och flikar som inte behövs, eller dela upp den i flera arbetsböcker.",
        )
    return None


def _mb(antal_byte: int) -> str:
    return f"{round(antal_byte / 1024**2):,}".replace(",", "\u00a0")


def las_flikar(
    arbetsbocker: list[Path], kanda_flikar: set[str], problem: Problemlista
) -> dict[str, Flik]:
    """Read the known sheets of all workbooks, keyed by normalised sheet name.

    A sheet name that appears twice (in one workbook or across several) is an
    error; sheets planer does not know are reported as a note and not read.
    """
    flikar: dict[str, Flik] = {}
    for fil in arbetsbocker:
        if orsak := granska_arbetsbok(fil):
            problem.fel(orsak[0], Plats(fil.name), orsak[1])
            continue
        try:
            bok = python_calamine.CalamineWorkbook.from_path(str(fil))
            nya: dict[str, Flik] = {}
            for metadata in bok.sheets_metadata:
                lasta = ChainMap(nya, flikar)
                if flik := _las_flik(bok, fil, metadata, kanda_flikar, lasta, problem):
                    nya[normalisera_namn(flik.namn)] = flik
            bok.close()
        except Exception as fel:  # calamine raises several unrelated types
            problem.fel(
                f"Arbetsboken är trasig och kunde inte läsas ({fel}).",
                Plats(fil.name),
                "Öppna den i Excel och spara den på nytt som Excel-arbetsbok (.xlsx).",
            )
            continue
        _granska_formler(fil, list(nya.values()), problem)
        flikar.update(nya)
    return flikar


def _las_flik(
    bok: python_calamine.CalamineWorkbook,
    fil: Path,
    metadata: python_calamine.SheetMetadata,
    kanda_flikar: set[str],
    lasta: Mapping[str, Flik],
    problem: Problemlista,
) -> Flik | None:
    """One sheet of a workbook, or None if planer does not read it."""
    namn = metadata.name
    nyckel = normalisera_namn(namn)
    if nyckel not in kanda_flikar:
        problem.notis(
            f"Fliken ”{namn}” används inte av planer.",
            Plats(fil.name, namn),
            "Byt namn på den om den skulle vara en av planers flikar.",
        )
        return None
    if nyckel in lasta:
        problem.fel(
            f"Fliken ”{namn}” finns två gånger: även i {lasta[nyckel].filnamn}.",
            Plats(fil.name, namn),
            "Varje flik får bara finnas en gång. Slå ihop flikarna eller ta bort den ena.",
        )
        return None
    if metadata.visible != python_calamine.SheetVisibleEnum.Visible:
        problem.notis(
            "Fliken är dold i Excel men läses ändå.",
            Plats(fil.name, namn),
            "Ta bort fliken, eller byt namn på den, om den inte ska användas.",
        )
    rader = bok.get_sheet_by_name(namn).to_python(skip_empty_area=False)
    return Flik(fil, namn, rader)


def _granska_formler(fil: Path, flikar: list[Flik], problem: Problemlista) -> None:
    """Report formula cells that calamine reads as empty: no saved value, or an error."""
    if not flikar or fil.suffix.lower() not in ARBETSBOKSTYPER:
        return
    with zipfile.ZipFile(fil) as arkiv:
        for flik in flikar:
            utan_varde, felvarden = formler_utan_varde(arkiv.read(_flikens_del(arkiv, flik.namn)))
            if utan_varde:
                problem.fel(
                    f"{_celler(utan_varde)} innehåller formler utan sparade värden.",
                    flik.plats(utan_varde[0]),
                    "Arbetsboken har sparats av ett program som inte räknar ut formler. Öppna "
                    "den i Excel eller LibreOffice Calc och spara den igen, eller klistra in "
                    "värdena i stället för formlerna.",
                )
            for cell, varde in felvarden[:_VISADE_CELLER]:
                problem.fel(
                    f"Cellen visar felet {varde} från en formel.",
                    flik.plats(cell),
                    "Rätta formeln i Excel, eller skriv värdet direkt, eller töm cellen.",
                )


def _celler(celler: list[str]) -> str:
    """`Cellen B2` / `Cellerna B2, B3 och 4 till`."""
    if len(celler) == 1:
        return f"Cellen {celler[0]}"
    visade = ", ".join(celler[:_VISADE_CELLER])
    rest = len(celler) - _VISADE_CELLER
    return f"Cellerna {visade}" + (f" och {rest} till" if rest > 0 else "")


def formler_utan_varde(xml: bytes) -> tuple[list[str], list[tuple[str, str]]]:
    """In a sheet's XML: the cells with a formula but no saved value, and the cells
    whose formula gives an error such as #DIV/0! (reference, error text)."""
    if b"<f" not in xml and b't="e"' not in xml:  # the common case: a plain data sheet
        return [], []
    utan_varde, felvarden = [], []
    for traff in _CELL_MED_INNEHALL.finditer(xml):
        attribut, innehall = traff.group(1), traff.group(2) or b""
        ref = _ATTRIBUT_R.search(attribut)
        if ref is None:
            continue
        cell = ref.group(1).decode() + ref.group(2).decode()
        varde = _VARDE.search(innehall)
        if b't="e"' in attribut and varde:
            felvarden.append((cell, varde.group(1).decode()))
        elif b"<f" in innehall and not (varde and varde.group(1)) and b't="str"' not in attribut:
            utan_varde.append(cell)  # (a formula whose text result is "" is t="str")
    return utan_varde, felvarden


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
