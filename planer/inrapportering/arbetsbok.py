"""One `Innehall` → one data-entry workbook a unit can fill in without help.

Every sheet is protected with only the yellow input cells unlocked; choices are
drop-down lists (their values on a hidden sheet: Excel breaks literal lists
over 255 characters) with the error message on; numbers are validated as
numbers. The identity and every value written go on a very hidden sheet and,
with the table's fingerprint, into custom document properties, so that
`planer.lasning.formular` can match and check a returned file.
"""

from __future__ import annotations

import datetime
import json
import math
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.workbook.protection import WorkbookProtection
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet

from planer.bygg.skrivning import atomisk
from planer.dokument import format as fmt
from planer.inrapportering.innehall import Innehall
from planer.lasning.formular import (
    EGENSKAP,
    IDENTITET,
    IDENTITETSFLIK,
    INDATA,
    LAST,
    LISTFLIK,
    MARKOR,
    TABELLRUBRIK,
    VERSION,
    som_text,
    tabellens_avtryck,
)
from planer.modell.objekt import Aktivitetsstatus, Status, Uppdragsstatus

BEDOMNINGAR = (Status.UPPFYLLT.value, Status.DELVIS.value, Status.EJ_UPPFYLLT.value)
LISTOR = {
    "Bedömning": BEDOMNINGAR,
    "Aktivitetsstatus": tuple(s.value for s in Aktivitetsstatus),
    "Uppdragsstatus": tuple(s.value for s in Uppdragsstatus),
}
_RUBRIKFARG = PatternFill("solid", fgColor="1F4E79")
_KANT = Border(*(Side(style="thin", color="BFBFBF"),) * 4)
_RADBRYT = Alignment(wrap_text=True, vertical="top")
# Named styles: one style per cell kind is much faster to set than fill, border … each.
LAST_STIL, INDATA_STIL = "planer låst", "planer att fylla i"
_STILAR = {
    LAST_STIL: (PatternFill("solid", fgColor="EDEDED"), Protection(locked=True)),
    INDATA_STIL: (PatternFill("solid", fgColor="FFF2CC"), Protection(locked=False)),
}
_STORT_TAL = 1e15


@dataclass(frozen=True)
class Identitet:
    kommunkod: str
    kommun: str
    kontakt: str
    skapad: datetime.datetime
    sista_dag: datetime.date | None


@dataclass
class _Skrivare:
    """Writes cells and remembers each with its base value for the identity table."""

    bok: Workbook
    tabell: list[tuple[str, ...]] = field(default_factory=list)
    listor: dict[str, DataValidation] = field(default_factory=dict)

    def flik(self, namn: str, kolumner: list[tuple[str, int]]) -> Worksheet:
        blad = self.bok.create_sheet(namn)
        for i, (rubrik, bredd) in enumerate(kolumner, start=1):
            cell = blad.cell(1, i, rubrik)
            cell.font = Font(bold=True, color="FFFFFF")
            cell.fill = _RUBRIKFARG
            cell.alignment = _RADBRYT
            blad.column_dimensions[get_column_letter(i)].width = bredd
        blad.row_dimensions[1].height = 32  # two lines: "Målvärde 2026" wraps
        blad.freeze_panes = "B2"
        _skydda(blad)
        return blad

    def lasta(self, blad: Worksheet, rad: int, varden: list[Any], nyckel: tuple[str, str]) -> list:
        """A row's locked cells, A onwards; one table row holds all their values."""
        celler = []
        for kol, varde in enumerate(varden, start=1):
            cell = _satt(blad, rad, kol, varde)
            cell.style = LAST_STIL
            celler.append(cell)
        omrade = f"A{rad}:{celler[-1].coordinate}"
        texter = json.dumps([som_text(v) for v in varden], ensure_ascii=False)
        self.tabell.append((blad.title, omrade, LAST, *nyckel, "", texter))
        return celler

    def indata(
        self,
        blad: Worksheet,
        rad: int,
        kol: int,
        varde: Any,
        nyckel: tuple[str, str, str],
        validering: DataValidation | None = None,
    ):
        cell = _satt(blad, rad, kol, varde)
        cell.style = INDATA_STIL
        if validering is not None:
            validering.add(cell)
        self.tabell.append((blad.title, cell.coordinate, INDATA, *nyckel, som_text(varde)))
        return cell

    def lista(self, blad: Worksheet, namn: str) -> DataValidation:
        """A drop-down of one of `LISTOR`, its values on the hidden list sheet."""
        kolumn = get_column_letter(list(LISTOR).index(namn) + 1)
        validering = DataValidation(
            type="list",
            formula1=f"{LISTFLIK}!${kolumn}$2:${kolumn}${len(LISTOR[namn]) + 1}",
            allow_blank=True,
            showErrorMessage=True,
            errorTitle=f"Ogiltig {namn.lower()}",
            error=f"Välj {namn.lower()} i listan: {', '.join(LISTOR[namn])}.",
            showInputMessage=True,
            promptTitle=namn,
            prompt="Välj i listan.",
        )
        blad.add_data_validation(validering)
        return validering


def _satt(blad: Worksheet, rad: int, kol: int, varde: Any):
    """A cell with a value; text is text, even when it starts with = (not a formula)."""
    cell = blad.cell(rad, kol, varde)
    if isinstance(varde, str):
        cell.data_type = "s"
    return cell


def _skydda(blad: Worksheet) -> None:
    """Protected without a password: a unit may resize columns and rows, nothing else."""
    blad.protection.sheet = True
    blad.protection.formatColumns = False
    blad.protection.formatRows = False


def _tal(blad: Worksheet, stopp: bool) -> DataValidation:
    """Numbers only; for outcomes a warning, so that `Ej mätt` can still be written."""
    validering = DataValidation(
        type="decimal",
        operator="between",
        formula1=str(-_STORT_TAL),
        formula2=str(_STORT_TAL),
        allow_blank=True,
        showErrorMessage=True,
        errorStyle="stop" if stopp else "warning",
        errorTitle="Skriv ett tal",
        error="Skriv ett tal, t.ex. 12,5."
        + ("" if stopp else " Finns inget värde, skriv Ej mätt och förklara i Kommentar."),
    )
    blad.add_data_validation(validering)
    return validering


def talformat(decimaler: int | None) -> str:
    if decimaler is None:
        return "General"
    return "#,##0" + ("." + "0" * decimaler if decimaler else "")


def skriv_formular(innehall: Innehall, identitet: Identitet, fil: Path) -> None:
    """Write the form atomically: a half-written file never replaces a whole one."""
    bok = Workbook()
    for namn, (fyllning, skydd) in _STILAR.items():
        bok.add_named_style(
            NamedStyle(namn, fill=fyllning, border=_KANT, alignment=_RADBRYT, protection=skydd)
        )
    skrivare = _Skrivare(bok)
    _anvisning(bok.active, innehall, identitet)
    if innehall.matetal:
        _matetal(skrivare, innehall)
    if innehall.mal:
        _mal(skrivare, innehall)
    if innehall.aktiviteter:
        _aktiviteter(skrivare, innehall)
    if innehall.uppdrag:
        _uppdrag(skrivare, innehall)
    if innehall.texter:
        _texter(skrivare, innehall)
    if innehall.ekonomi:
        _ekonomi(skrivare, innehall)
    for blad in bok.worksheets:
        _radhojder(blad)
        _utskrift(blad)
    _listflik(bok)
    _identitetsflik(bok, skrivare.tabell, innehall, identitet)
    bok.security = WorkbookProtection(lockStructure=True)  # hidden sheets stay hidden
    bok.properties.title = f"Inrapportering {innehall.period} – {innehall.org_namn}"
    bok.properties.creator = "planer"
    with atomisk(fil) as tmp:
        bok.save(tmp)


def _anvisning(blad: Worksheet, innehall: Innehall, identitet: Identitet) -> None:
    blad.title = "Anvisning"
    blad.column_dimensions["A"].width = 18
    blad.column_dimensions["B"].width = 90
    blad["A1"] = f"Inrapportering {fmt.period(innehall.period)}"
    blad["A1"].font = Font(bold=True, size=16)
    fakta = [
        ("Kommun", identitet.kommun),
        ("Organisation", f"{innehall.org_namn} ({innehall.org_id})"),
        ("Period", fmt.period(innehall.period)),
        ("Sista dag", identitet.sista_dag.isoformat() if identitet.sista_dag else "–"),
        ("Kontakt", identitet.kontakt or "–"),
    ]
    for rad, (rubrik, text) in enumerate(fakta, start=3):
        blad.cell(rad, 1, rubrik).font = Font(bold=True)
        blad.cell(rad, 2, text).alignment = _RADBRYT
    stycken = [
        "Så fyller du i",
        "Fyll i de gula cellerna på flikarna. Grå celler är låsta och visar vad som redan "
        "finns: id, namn, målvärden och tidigare utfall. Ändra inte dem, och byt inte namn "
        "på flikarna eller filen – planer känner igen formuläret på dess innehåll.",
        *_flikbeskrivningar(innehall),
        "Tal skrivs som vanligt i Excel, t.ex. 12,5. Saknas ett värde, skriv Ej mätt i "
        "utfallscellen och förklara i Kommentar – det blir aldrig en nolla.",
        "Värden som redan finns centralt är ifyllda. Ändra dem bara om de är fel.",
        "Spara filen som Excel-arbetsbok (.xlsx) och skicka tillbaka den"
        + (f" senast {identitet.sista_dag.isoformat()}" if identitet.sista_dag else "")
        + (f" till {identitet.kontakt}." if identitet.kontakt else "."),
    ]
    for rad, text in enumerate(stycken, start=len(fakta) + 4):
        cell = blad.cell(rad, 1 if rad == len(fakta) + 4 else 2, text)
        cell.alignment = _RADBRYT
        if rad == len(fakta) + 4:
            cell.font = Font(bold=True)
    _skydda(blad)


def _flikbeskrivningar(innehall: Innehall) -> list[str]:
    beskrivningar = [
        (innehall.matetal, f"Mätetal: utfall för {innehall.period} och en kommentar."),
        (innehall.mal, "Mål: bedömning (välj i listan) och en analys av varje mål."),
        (innehall.aktiviteter, "Aktiviteter: status (välj i listan) och en kommentar."),
        (innehall.uppdrag, "Uppdrag: status för uppdragen ni har fått, och en kommentar."),
        (innehall.texter, "Texter: en text under varje rubrik."),
        (innehall.ekonomi, "Ekonomi: prognos för helåret per post, i tkr."),
    ]
    return [text for rader, text in beskrivningar if rader]


def _matetal(s: _Skrivare, innehall: Innehall) -> None:
    tidigare = [f"Utfall {p}" for p in innehall.tidigare_perioder]
    kolumner = [("Id", 14), ("Mätetal", 40), ("Mål", 36), ("Enhet", 10), ("Riktning", 16)]
    kolumner += [(f"Målvärde {innehall.period.ar}", 12), *((t, 12) for t in tidigare)]
    kolumner += [(f"Utfall {innehall.period}", 14), ("Kommentar", 44)]
    blad = s.flik("Mätetal", kolumner)
    validering = _tal(blad, stopp=False)
    for rad, m in enumerate(innehall.matetal, start=2):
        nyckel = ("matetal", m.id)
        varden = [m.id, m.namn, m.mal, m.enhet, m.riktning, m.malvarde, *m.tidigare]
        for cell in s.lasta(blad, rad, varden, nyckel)[5:]:
            cell.number_format = talformat(m.decimaler)
        kol = len(varden) + 1
        cell = s.indata(blad, rad, kol, m.utfall, (*nyckel, "varde"), validering)
        cell.number_format = talformat(m.decimaler)
        s.indata(blad, rad, kol + 1, m.kommentar, (*nyckel, "kommentar"))


def _mal(s: _Skrivare, innehall: Innehall) -> None:
    kolumner = [("Id", 14), ("Mål", 44), ("Stödjer målet", 36), ("Bedömning", 18)]
    blad = s.flik("Mål", [*kolumner, ("Analys", 70)])
    lista = s.lista(blad, "Bedömning")
    for rad, m in enumerate(innehall.mal, start=2):
        nyckel = ("mal", m.id)
        s.lasta(blad, rad, [m.id, m.text, m.stodjer], nyckel)
        s.indata(blad, rad, 4, m.bedomning, (*nyckel, "bedomning"), lista)
        s.indata(blad, rad, 5, m.analys, (*nyckel, "analys"))
        blad.row_dimensions[rad].height = 60


def _aktiviteter(s: _Skrivare, innehall: Innehall) -> None:
    kolumner = [("Id", 14), ("Aktivitet", 44), ("Mål", 32), ("Ansvarig", 18), ("Slut", 12)]
    blad = s.flik("Aktiviteter", [*kolumner, ("Status", 16), ("Kommentar", 44)])
    lista = s.lista(blad, "Aktivitetsstatus")
    for rad, a in enumerate(innehall.aktiviteter, start=2):
        nyckel = ("aktivitet", a.nyckel)
        celler = s.lasta(blad, rad, [a.id, a.text, a.mal, a.ansvarig, a.slut], nyckel)
        celler[-1].number_format = "yyyy-mm-dd"
        s.indata(blad, rad, 6, a.status, (*nyckel, "status"), lista)
        s.indata(blad, rad, 7, a.kommentar, (*nyckel, "kommentar"))


def _uppdrag(s: _Skrivare, innehall: Innehall) -> None:
    kolumner = [("Id", 14), ("Uppdrag", 44), ("Uppdragsgivare", 28), ("År", 8)]
    blad = s.flik("Uppdrag", [*kolumner, ("Status", 16), ("Kommentar", 44)])
    lista = s.lista(blad, "Uppdragsstatus")
    for rad, u in enumerate(innehall.uppdrag, start=2):
        nyckel = ("uppdrag", u.id)
        s.lasta(blad, rad, [u.id, u.text, u.uppdragsgivare, u.ar], nyckel)
        s.indata(blad, rad, 5, u.status, (*nyckel, "status"), lista)
        s.indata(blad, rad, 6, u.kommentar, (*nyckel, "kommentar"))


def _texter(s: _Skrivare, innehall: Innehall) -> None:
    blad = s.flik("Texter", [("Rubrik", 26), ("Text", 100)])
    for rad, t in enumerate(innehall.texter, start=2):
        s.lasta(blad, rad, [t.rubrik], ("text", t.rubrik))
        s.indata(blad, rad, 2, t.text, ("text", t.rubrik, "text"))
        blad.row_dimensions[rad].height = 120


def _ekonomi(s: _Skrivare, innehall: Innehall) -> None:
    kolumner = [("Post", 32), ("Typ", 10), ("Budget, tkr", 14), ("Utfall, tkr", 14)]
    blad = s.flik("Ekonomi", [*kolumner, ("Prognos helår, tkr", 18)])
    validering = _tal(blad, stopp=True)
    for rad, e in enumerate(innehall.ekonomi, start=2):
        nyckel = ("ekonomi", e.nyckel)
        for cell in s.lasta(blad, rad, [e.post, e.typ, e.budget, e.utfall], nyckel)[2:]:
            cell.number_format = "#,##0"
        s.indata(blad, rad, 5, e.prognos, (*nyckel, "prognos"), validering).number_format = "#,##0"


def _radhojder(blad: Worksheet) -> None:
    """Rows tall enough for their wrapped text: not every program sizes them on opening."""
    bredder = {k: d.width for k, d in blad.column_dimensions.items()}
    for rad in blad.iter_rows(min_row=2):
        rader = 1
        for cell in rad:
            if isinstance(cell.value, str):
                tecken = max(bredder.get(cell.column_letter, 10) * 1.1, 1)
                radvis = (math.ceil(len(del_) / tecken) for del_ in cell.value.split("\n"))
                rader = max(rader, sum(max(n, 1) for n in radvis))
        hojd = blad.row_dimensions[rad[0].row].height or 0
        blad.row_dimensions[rad[0].row].height = max(hojd, min(15 * rader, 400))


def _utskrift(blad: Worksheet) -> None:
    """Printed landscape, as wide as the page, the header on every page."""
    blad.page_setup.orientation = "landscape"
    blad.page_setup.paperSize = blad.PAPERSIZE_A4
    blad.sheet_properties.pageSetUpPr.fitToPage = True
    blad.page_setup.fitToWidth, blad.page_setup.fitToHeight = 1, 0
    if blad.title != "Anvisning":
        blad.print_title_rows = "1:1"


def _listflik(bok: Workbook) -> None:
    blad = bok.create_sheet(LISTFLIK)
    for kol, (namn, varden) in enumerate(LISTOR.items(), start=1):
        for rad, varde in enumerate((namn, *varden), start=1):
            blad.cell(rad, kol, varde)
    blad.sheet_state = "hidden"
    _skydda(blad)


def _identitetsflik(
    bok: Workbook, tabell: list[tuple[str, ...]], innehall: Innehall, identitet: Identitet
) -> None:
    varden = {
        "kommunkod": identitet.kommunkod,
        "kommun": identitet.kommun,
        "organisation": innehall.org_id,
        "period": str(innehall.period),
        "skapad": identitet.skapad.isoformat(timespec="seconds"),
        "sista dag": identitet.sista_dag.isoformat() if identitet.sista_dag else "",
        "basvärden": tabellens_avtryck(tabell),
    }
    blad = bok.create_sheet(IDENTITETSFLIK)
    rader = [(MARKOR, VERSION), *((namn, varden[namn]) for namn in IDENTITET)]
    rader += [(), TABELLRUBRIK, *tabell]  # the header on row TABELLRAD
    for nummer, rad in enumerate(rader, start=1):
        for kol, varde in enumerate(rad, start=1):
            _satt(blad, nummer, kol, varde)
    for cell in blad["B"]:
        cell.number_format = "@"  # kept as text, also by programs that guess types
    blad.sheet_state = "veryHidden"
    _skydda(blad)
    bok.custom_doc_props.append(StringProperty(name=MARKOR, value=VERSION))
    for namn in IDENTITET:
        if varden[namn]:
            bok.custom_doc_props.append(StringProperty(name=EGENSKAP[namn], value=varden[namn]))
