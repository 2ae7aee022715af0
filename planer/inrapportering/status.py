"""The round's status: who has answered, how completely, with what corrections and errors.

A pure function of the model, the returned forms and the problems found when
reading them; `skriv_status` writes the same table as a workbook that the
controller can send as a reminder.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from planer.bygg.skrivning import atomisk
from planer.inrapportering.innehall import innehall
from planer.installningar import Installningar
from planer.lasning.formular import Formular
from planer.lasning.varden import ar_tom
from planer.modell.objekt import Period
from planer.modell.styrmodell import Styrmodell
from planer.problem import Allvarlighet, Problemlista

RUBRIKER = ("Id", "Organisation", "Svar", "Mätetal", "Mål", "Texter", "Rättelser", "Fel", "Fil")


@dataclass(frozen=True)
class Andel:
    ifyllda: int
    av: int

    def __str__(self) -> str:
        return f"{self.ifyllda}/{self.av}" if self.av else "–"


@dataclass(frozen=True)
class Svar:
    org_id: str
    org_namn: str
    fil: str | None  # the returned form, None if the body has not answered
    matetal: Andel  # measures with an outcome
    mal: Andel  # goals assessed
    texter: Andel  # text sections written
    rattelser: int
    fel: int

    @property
    def svarat(self) -> bool:
        return self.fil is not None


@dataclass(frozen=True)
class Rundstatus:
    period: Period
    svar: tuple[Svar, ...]

    @property
    def antal_svar(self) -> int:
        return sum(s.svarat for s in self.svar)

    @property
    def antal_fel(self) -> int:
        return sum(s.fel for s in self.svar)

    @property
    def sammanfattning(self) -> str:
        return f"{self.antal_svar} av {len(self.svar)} har svarat"


def rundans_status(
    modell: Styrmodell,
    installningar: Installningar,
    formular: list[Formular],
    problem: Problemlista,
    period: Period,
    org_ids: list[str] | None = None,
) -> Rundstatus:
    """One line per body that gets a form for the period, in the organisation's order."""
    fel_per_fil: dict[str, int] = {}
    for p in problem:
        if p.allvarlighet is Allvarlighet.FEL and p.plats.fil:
            fel_per_fil[p.plats.fil] = fel_per_fil.get(p.plats.fil, 0) + 1
    svarade: dict[str, Formular] = {}
    for f in formular:
        if f.identitet.get("period") == str(period):
            svarade.setdefault(f.org_id, f)
    svar = []
    for org_id in org_ids or list(modell.organisationer):
        plan = innehall(modell, installningar, org_id, period)
        if plan.tomt:
            continue
        f = svarade.get(org_id)
        if f is None:
            svar.append(
                Svar(
                    org_id,
                    plan.org_namn,
                    None,
                    Andel(0, len(plan.matetal)),
                    Andel(0, len(plan.mal)),
                    Andel(0, len(plan.texter)),
                    0,
                    0,
                )
            )
            continue
        svar.append(
            Svar(
                org_id,
                plan.org_namn,
                f.fil.name,
                _andel(f, "matetal", "varde"),
                _andel(f, "mal", "bedomning"),
                _andel(f, "text", "text"),
                len(f.rattelser),
                fel_per_fil.get(f.fil.name, 0),
            )
        )
    return Rundstatus(period, tuple(svar))


def _andel(f: Formular, objekt: str, falt: str) -> Andel:
    celler = [c for c in f.celler if (c.objekt, c.falt) == (objekt, falt)]
    return Andel(sum(not ar_tom(c.varde) for c in celler), len(celler))


def som_rader(status: Rundstatus) -> list[tuple[str, ...]]:
    """The table as text, one tuple per body in `RUBRIKER` order."""
    return [
        (
            s.org_id,
            s.org_namn,
            "ja" if s.svarat else "nej",
            str(s.matetal),
            str(s.mal),
            str(s.texter),
            str(s.rattelser),
            str(s.fel),
            s.fil or "",
        )
        for s in status.svar
    ]


def skriv_status(status: Rundstatus, fil: Path) -> None:
    """The table as a workbook, those who have not answered marked."""
    bok = Workbook()
    blad = bok.active
    blad.title = f"Status {status.period}"
    blad.append([f"Inrapportering {status.period}: {status.sammanfattning}"])
    blad["A1"].font = Font(bold=True, size=14)
    blad.append(list(RUBRIKER))
    for cell in blad[2]:
        cell.font = Font(bold=True)
    saknas = PatternFill("solid", fgColor="FCE4D6")
    for svar, rad in zip(status.svar, som_rader(status), strict=True):
        blad.append(list(rad))
        if not svar.svarat:
            for cell in blad[blad.max_row]:
                cell.fill = saknas
    for kolumn, bredd in zip("ABCDEFGHI", (12, 40, 8, 10, 10, 10, 11, 8, 50), strict=True):
        blad.column_dimensions[kolumn].width = bredd
    blad.freeze_panes = "A3"
    blad.auto_filter.ref = f"A2:I{blad.max_row}"
    with atomisk(fil) as tmp:
        bok.save(tmp)
