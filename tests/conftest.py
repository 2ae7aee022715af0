"""Shared test helpers: a small valid workspace, written with openpyxl, to break on purpose."""

from __future__ import annotations

import copy
import datetime
import os
import re
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import openpyxl
import pytest
from click.testing import CliRunner

from planer import las_arbetsyta
from planer.cli import main

Flikar = dict[str, list[list]]
Andring = Callable[[Flikar], None]

# A minimal but complete municipality: 4 levels, a målkedja three deep, every sheet.
GRUND: dict[str, list[list]] = {
    "Organisation": [
        ["Id", "Namn", "Nivå", "Överordnad", "Ansvarig", "Uppdrag"],
        ["KF", "Kommunfullmäktige", "Kommunfullmäktige", None, "Ordförande", None],
        ["BUN", "Barn- och utbildningsnämnden", "Nämnd", "KF", None, "Skola och förskola."],
        ["BUF", "Barn- och utbildningsförvaltningen", "Förvaltning", "BUN", None, None],
        ["BUF-A", "Älvskolan", "Enhet", "BUF", "Rektor", None],
        ["BOL", "Bostäder AB", "Bolag", "KF", None, None],
    ],
    "Perspektiv": [
        ["Id", "Namn", "Beskrivning", "Ordning"],
        ["INV", "Invånare", "Dem vi finns till för.", 1],
        ["EKO", "Ekonomi", None, 2],
    ],
    "Mål": [
        ["Id", "Organisation", "Perspektiv", "Överordnat mål", "Mål", "Agenda 2030"],
        ["KF-1", "KF", "INV", None, "Alla barn ska lyckas i skolan", "4"],
        ["BUN-1", "BUN", "Invånare", "KF-1", "Fler elever ska nå målen", "4, 10"],
        ["BUF-A-1", "BUF-A", "INV", "BUN-1", "Alla elever läser varje dag", None],
        ["KF-2", "KF", "EKO", None, "En ekonomi i balans", None],
    ],
    "Mätetal": [
        ["Id", "Mål", "Namn", "Enhet", "Riktning", "Kolada", "Decimaler"],
        ["M1", "BUN-1", "Andel behöriga elever", "%", "Högre är bättre", "N15428", 1],
        ["M2", "BUF-A-1", "Handläggningstid", "dagar", "Lägre", None, 0],
        ["M3", "KF-2", "Resultat", "mnkr", "↑", None, None],
    ],
    "Målvärden": [
        ["Mätetal", 2025, 2026, 2027],
        ["M1", 85, 88, 90],
        ["M2", 10, 9, 8],
        ["M3", 20, 20, 25],
    ],
    "Utfall": [
        ["Mätetal", "Period", "Värde", "Kommentar"],
        ["M1", "2024", 80, None],
        ["M1", "2025", "86,5", None],
        ["M1", "2026-T2", 70, None],
        ["M2", 2025, 12, None],
        ["M2", "2026 T1", "Ej mätt", "Systembyte"],
        ["M3", "T1 2026", 5, None],
    ],
    "Aktiviteter": [
        ["Id", "Organisation", "Mål", "Aktivitet", "Ansvarig", "Start", "Slut", "Status"],
        [
            "A1",
            "BUF-A",
            "BUF-A-1",
            "Läsfrämjande insats",
            "Rektor",
            datetime.date(2026, 1, 10),
            datetime.date(2026, 12, 20),
            "Pågår",
        ],
    ],
    "Uppdrag": [
        ["Id", "Organisation", "Uppdragsgivare", "År", "Uppdrag", "Status"],
        ["U1", "BUN", "KF", 2026, "Utred skolskjuts", "Pågår"],
    ],
    "Ekonomi": [
        ["Organisation", "År", "Period", "Post", "Typ", "Budget", "Utfall", "Prognos"],
        ["BUF-A", 2025, None, "Personalkostnader", "Kostnad", 1000, 950, None],
        ["BUF-A", 2025, None, "Statsbidrag", "Intäkt", 100, 120, None],
        ["BUF", 2025, None, "Personalkostnader", "Kostnad", 500, 520, None],
        ["BUF-A", 2026, "2026-T2", "Personalkostnader", "Kostnad", 1100, 700, 1120],
    ],
    "Investeringar": [
        ["Organisation", "År", "Projekt", "Budget", "Utfall", "Prognos"],
        ["BUF-A", 2025, "Ny skolgård", 300, 280, None],
    ],
    "Texter": [
        ["Organisation", "Period", "Mål", "Rubrik", "Text", "Bedömning"],
        ["BUN", "2025", "BUN-1", "Analys", "Resultaten förbättras.", "Uppfyllt"],
        ["BUN", "2025", None, "Viktiga händelser", "Ny skola invigd.", None],
    ],
    "Sammanträden": [
        [
            "Organisation",
            "Datum",
            "Ärende",
            "Dokument",
            "Period",
            "Diarienummer",
            "Förslag till beslut",
            "Handläggare",
        ],
        [
            "BUN",
            datetime.date(2026, 3, 18),
            "Verksamhetsberättelse 2025",
            "Verksamhetsberättelse",
            "2025",
            "BUN 2026/12",
            "Nämnden godkänner verksamhetsberättelsen.",
            "Eva Ek",
        ],
    ],
}

ROT = Path(__file__).resolve().parent.parent  # the checkout: the example workspace


@pytest.fixture(scope="session")
def exempel():
    """The example municipality, read once for the whole run (tests only read it)."""
    inlasning = las_arbetsyta(ROT)
    assert inlasning.modell is not None, [str(p) for p in inlasning.problem]
    return inlasning


TOML = '[kommun]\nnamn = "Testkommun"\nkod = "9999"\n\n[plan]\nar = 2027\n'


def skriv_arbetsbok(fil: Path, flikar: dict[str, list[list]]) -> Path:
    """Write sheets (name → rows, header first) into one workbook."""
    bok = openpyxl.Workbook()
    bok.remove(bok.active)
    for namn, rader in flikar.items():
        flik = bok.create_sheet(namn)
        for rad in rader:
            flik.append(rad)
    fil.parent.mkdir(parents=True, exist_ok=True)
    bok.save(fil)
    return fil


@pytest.fixture
def grund() -> dict[str, list[list]]:
    """A deep copy of the valid base data, to change in a test."""
    return copy.deepcopy(GRUND)


@pytest.fixture
def arbetsyta(tmp_path: Path):
    """Write a workspace from sheets; returns its folder."""

    def skriv(flikar: dict[str, list[list]], toml: str = TOML) -> Path:
        (tmp_path / "planer.toml").write_text(toml, encoding="utf-8")
        skriv_arbetsbok(tmp_path / "indata" / "styrning.xlsx", flikar)
        return tmp_path

    return skriv


@pytest.fixture
def kontrollera():
    """Run `planer kontrollera` on a folder; returns the click Result."""

    def kor(katalog: Path, *extra: str):
        return CliRunner().invoke(main, ["kontrollera", "--katalog", str(katalog), *extra])

    return kor


# --- Reading the output --------------------------------------------------------------

_PROBLEMRAD = re.compile(r"^  (?:(?P<cell>\S.*?)  )?(?P<etikett>Fel|Varning|Notis): (?P<text>.*)$")


@dataclass
class Utskrivet:
    cell: str | None
    etikett: str
    meddelande: str
    tips: str = ""


def problem_i(utdata: str) -> dict[str, list[Utskrivet]]:
    """The printed problems, grouped under their heading (`styrning.xlsx › Mål`)."""
    grupper: dict[str, list[Utskrivet]] = {}
    rubrik = None
    for rad in utdata.splitlines():
        if rad and not rad.startswith(" "):
            rubrik = rad
            continue
        if rubrik is None:
            continue
        if traff := _PROBLEMRAD.match(rad):
            grupper.setdefault(rubrik, []).append(
                Utskrivet(traff["cell"], traff["etikett"], traff["text"])
            )
        elif rad.startswith("      ") and grupper.get(rubrik):
            grupper[rubrik][-1].tips = rad.strip()
    return grupper


def visar(resultat, rubrik: str, cell: str | None, *ord_: str, etikett: str = "Fel") -> None:
    """Assert that a problem is printed under `rubrik`, at `cell`, with all words."""
    grupp = problem_i(resultat.output).get(rubrik)
    assert grupp, f"no heading {rubrik!r} in:\n{resultat.output}"
    i_cellen = [p for p in grupp if p.cell == cell and p.etikett == etikett]
    assert i_cellen, f"no {etikett} at {cell!r} under {rubrik!r} in:\n{resultat.output}"
    assert any(
        all(o.casefold() in f"{p.meddelande} {p.tips}".casefold() for o in ord_) for p in i_cellen
    ), f"{ord_} not in {[(p.meddelande, p.tips) for p in i_cellen]}"


def ingen_traceback(resultat) -> None:
    assert resultat.exception is None or isinstance(resultat.exception, SystemExit), repr(
        resultat.exception
    )
    assert "Traceback" not in resultat.output


def antal_fel(resultat) -> int:
    traff = re.search(r"^(\d+) fel, ", resultat.output, re.MULTILINE)
    assert traff, resultat.output
    return int(traff[1])


def fel_i(resultat, flik: str | None, cell: str | None, *ord_: str, fil: str = "styrning.xlsx"):
    """The common assertion: exit 1, no traceback, the error at its sheet and cell."""
    ingen_traceback(resultat)
    assert resultat.exit_code == 1, resultat.output
    visar(resultat, f"{fil} › {flik}" if flik else fil, cell, *ord_)


def giltig(resultat) -> None:
    ingen_traceback(resultat)
    assert resultat.exit_code == 0, resultat.output
    assert "0 fel, 0 varningar, 0 notiser." in resultat.output


# --- Changing the base data ------------------------------------------------------------


def kolumn(flikar: Flikar, flik: str, rubrik: str) -> int:
    return flikar[flik][0].index(rubrik)


def satt(flik: str, rad: int, rubrik: str, varde) -> Andring:
    """Set a cell; `rad` is the row number as Excel shows it (header = 1)."""

    def andra(flikar: Flikar) -> None:
        flikar[flik][rad - 1][kolumn(flikar, flik, rubrik)] = varde

    return andra


def lagg_till(flik: str, *rad) -> Andring:
    return lambda flikar: flikar[flik].append(list(rad))


# --- LibreOffice ---------------------------------------------------------------------


def libreoffice(calc: bool = False) -> str:
    """The soffice program (with Calc, for workbooks, if asked); a test without it skips,
    except in CI (CI=true), where it fails."""
    soffice = shutil.which("soffice")
    paket = "libreoffice-calc-nogui" if calc else "libreoffice-writer-nogui"
    saknas = soffice is None or (
        calc and not (Path(os.path.realpath(soffice)).parent / "libsclo.so").exists()
    )
    if saknas:
        if os.environ.get("CI") == "true":
            pytest.fail(f"LibreOffice ({paket}) saknas i CI; .ci/run ska installera det.")
        pytest.skip(f"LibreOffice saknas: installera {paket} (apt-get install {paket}).")
    return soffice
