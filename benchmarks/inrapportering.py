"""Benchmark: the reporting round for a synthetic municipality.

    python benchmarks/inrapportering.py [--organisationer 1000] [--utfall 20000] [--period 2026-T2]

Generates the workspace first (not timed), then, each step in a new process so
that its peak memory is its own:
  (a) utskick: read the workspace and write one form per body;
  (b) fill every form's input cells as a unit would (openpyxl; not a target);
  (c) read the returned forms (recognise + read the input cells), against reading a
      central workbook holding the same rows (same values, in the contract's sheets);
  (d) `planer kontrollera` with the forms in indata/ (read, lay over, validate).
Targets (issue 10): (a) under 60 s for 1,000 bodies; (c) forms at most 3× the central
rows; every process under 600 MB. Results are recorded in benchmarks/RESULTAT.md.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HAR = Path(__file__).resolve().parent
BEDOMNINGAR = ("Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt")


def svar(blad: str, rubrik: str, id_: str, n: int):
    """What a unit writes in an input cell: the same for the forms and the central rows."""
    if rubrik.startswith("Utfall"):
        return 40.5 + n % 50
    if rubrik == "Bedömning":
        return BEDOMNINGAR[n % 3]
    if rubrik == "Status":
        return "Pågår"
    if rubrik.startswith("Prognos"):
        return 1000.0 + n
    return f"Svar {n} om {id_} ({blad}, {rubrik})."


def _topp_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux: kB


def steg_utskick(katalog: Path, period: str) -> dict:
    from planer import las_arbetsyta
    from planer.inrapportering import utskick
    from planer.lasning.varden import period as tolka_period

    start = time.perf_counter()
    inlasning = las_arbetsyta(katalog)
    las = time.perf_counter() - start
    resultat = utskick(inlasning, tolka_period(period))
    return {
        "läs": las,
        "skriv": time.perf_counter() - start - las,
        "totalt": time.perf_counter() - start,
        "formulär": len(resultat.filer),
    }


def steg_fyll(katalog: Path, period: str) -> dict:
    """Fill every input cell and drop the forms into indata/; writes the same rows
    centrally (samma_rader.xlsx, outside indata/) for the comparison in (c)."""
    import openpyxl

    start = time.perf_counter()
    ut = katalog / "indata" / "inrapportering"
    ut.mkdir(parents=True, exist_ok=True)
    rader: dict[str, list[list]] = {"Utfall": [], "Texter": [], "Aktiviteter": []}
    rader |= {"Uppdrag": [], "Ekonomi": []}
    celler = 0
    for fil in sorted((katalog / "utskick" / period).glob("*.xlsx")):
        bok = openpyxl.load_workbook(fil)
        org = bok["planer-identitet"]["B4"].value
        for blad in bok.worksheets:
            if blad.sheet_state != "visible" or blad.title == "Anvisning":
                continue
            rubriker = [c.value for c in blad[1]]
            for rad in blad.iter_rows(min_row=2):
                id_ = str(rad[0].value)
                oppna = [c for c in rad if not c.protection.locked]
                for c in oppna:
                    c.value = svar(blad.title, rubriker[c.column - 1], id_, celler)
                    celler += 1
                _central_rad(rader, blad.title, org, period, [c.value for c in rad])
        bok.save(ut / fil.name)
    _skriv_centralt(katalog / "samma_rader.xlsx", rader)
    return {"totalt": time.perf_counter() - start, "celler": celler}


def _central_rad(rader: dict[str, list[list]], blad: str, org: str, period: str, v: list):
    """The row a central workbook would hold for one form row, in the contract's columns."""
    if blad == "Mätetal":
        rader["Utfall"].append([v[0], period, v[-2], v[-1]])
    elif blad == "Mål":
        rader["Texter"].append([org, period, v[0], "Analys", v[4], v[3]])
    elif blad == "Texter":
        rader["Texter"].append([org, period, None, v[0], v[1], None])
    elif blad == "Aktiviteter":
        rader["Aktiviteter"].append([v[0], org, None, v[1], v[3], None, v[4], v[5], v[6]])
    elif blad == "Uppdrag":
        rader["Uppdrag"].append([v[0], org, None, v[3], v[1], v[4], v[5]])
    elif blad == "Ekonomi":
        rader["Ekonomi"].append([org, int(period[:4]), period, v[0], v[1], v[2], v[3], v[4]])


def _skriv_centralt(fil: Path, rader: dict[str, list[list]]) -> None:
    import openpyxl

    rubriker = {
        "Utfall": ["Mätetal", "Period", "Värde", "Kommentar"],
        "Texter": ["Organisation", "Period", "Mål", "Rubrik", "Text", "Bedömning"],
        "Aktiviteter": [
            "Id", "Organisation", "Mål", "Aktivitet", "Ansvarig", "Start", "Slut", "Status",
            "Kommentar",
        ],
        "Uppdrag": ["Id", "Organisation", "Uppdragsgivare", "År", "Uppdrag", "Status", "Kommentar"],
        "Ekonomi": ["Organisation", "År", "Period", "Post", "Typ", "Budget", "Utfall", "Prognos"],
    }  # fmt: skip
    bok = openpyxl.Workbook(write_only=True)
    for namn, lista in rader.items():
        blad = bok.create_sheet(namn)
        blad.append(rubriker[namn])
        for rad in lista:
            blad.append(rad)
    bok.save(fil)


def steg_las(katalog: Path, period: str) -> dict:
    from planer.lasning.excel import las_flikar
    from planer.lasning.formular import formularets_egenskaper, las_formular
    from planer.lasning.rader import las_rader
    from planer.lasning.schema import FLIKTYPER
    from planer.problem import Problemlista

    filer = sorted((katalog / "indata" / "inrapportering").glob("*.xlsx"))
    tider: dict[str, list[float]] = {"formulär": [], "centralt": []}
    for _ in range(3):
        problem = Problemlista()
        start = time.perf_counter()
        formular = [
            las_formular(f, problem, p)
            for f in filer
            if (p := formularets_egenskaper(f)) is not None
        ]
        tider["formulär"].append(time.perf_counter() - start)
        assert not problem.har_fel, [str(p) for p in problem][:5]

        start = time.perf_counter()
        typer = {t.namn: t for t in FLIKTYPER}
        kanda = {s for t in FLIKTYPER for s in t.stavningar}
        flikar = las_flikar([katalog / "samma_rader.xlsx"], kanda, problem)
        rader = {namn: las_rader(flik, typer[flik.namn], problem) for namn, flik in flikar.items()}
        tider["centralt"].append(time.perf_counter() - start)
    return {
        "formulär_s": min(tider["formulär"]),
        "centralt_s": min(tider["centralt"]),
        "celler_formulär": sum(len(f.celler) for f in formular),
        "rader_centralt": sum(len(r or []) for r in rader.values()),
    }


def steg_kontrollera(katalog: Path, period: str) -> dict:
    from planer import Allvarlighet, las_arbetsyta

    start = time.perf_counter()
    inlasning = las_arbetsyta(katalog)
    return {
        "totalt": time.perf_counter() - start,
        "fel": inlasning.problem.antal(Allvarlighet.FEL),
        "formulär": len(inlasning.formular),
    }


STEG = {
    "utskick": steg_utskick,
    "fyll": steg_fyll,
    "las": steg_las,
    "kontrollera": steg_kontrollera,
}


def kor_steg(namn: str, katalog: Path, period: str) -> dict:
    """One step in a new process; returns its figures and its peak memory."""
    resultat = subprocess.run(
        [sys.executable, __file__, "--steg", namn, "--katalog", str(katalog), "--period", period],
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": os.pathsep.join([str(HAR.parent), str(HAR)])},
    )
    if resultat.returncode != 0:
        sys.exit(f"Steget {namn} misslyckades:\n{resultat.stderr}")
    return json.loads(resultat.stdout.strip().splitlines()[-1])


def main() -> None:
    argument = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argument.add_argument("--organisationer", type=int, default=1000)
    argument.add_argument("--utfall", type=int, default=20000)
    argument.add_argument("--period", default="2026-T2")
    argument.add_argument("--steg", choices=STEG, help=argparse.SUPPRESS)
    argument.add_argument("--katalog", type=Path, help=argparse.SUPPRESS)
    val = argument.parse_args()
    if val.steg:  # a child process: one step, its figures as JSON on the last line
        figurer = STEG[val.steg](val.katalog, val.period)
        print(json.dumps({**figurer, "topp_mb": _topp_mb()}))
        return

    from syntetisk_kommun import skapa_kommun

    with tempfile.TemporaryDirectory() as tmp:
        katalog = Path(tmp)
        start = time.perf_counter()
        antal = skapa_kommun(katalog, val.organisationer, val.utfall)
        skapad = time.perf_counter() - start
        figurer = {namn: kor_steg(namn, katalog, val.period) for namn in STEG}

    maskin = platform.processor() or platform.machine()
    print(f"Maskin: {maskin}, {os.cpu_count()} kärnor, Python {platform.python_version()}")
    print(
        f"Kommun: {antal['organisationer']} organisationer, {antal['mal']} mål, "
        f"{antal['matetal']} mätetal, {antal['utfall']} utfallsrader "
        f"(skapad på {skapad:.1f} s, ej i tiden); period {val.period}"
    )
    u, f, las, k = (figurer[n] for n in STEG)
    print(
        f"\n(a) utskick: {u['formulär']} formulär på {u['totalt']:.1f} s "
        f"(läs {u['läs']:.1f} s, skriv {u['skriv']:.1f} s), topp {u['topp_mb']:.0f} MB"
    )
    print(f"(b) fyll i: {f['celler']} celler på {f['totalt']:.1f} s, topp {f['topp_mb']:.0f} MB")
    kvot = las["formulär_s"] / las["centralt_s"]
    print(
        f"(c) läs {u['formulär']} formulär ({las['celler_formulär']} celler): "
        f"{las['formulär_s']:.2f} s; samma rader centralt ({las['rader_centralt']} rader): "
        f"{las['centralt_s']:.2f} s; kvot {kvot:.1f}×, topp {las['topp_mb']:.0f} MB"
    )
    print(
        f"(d) planer kontrollera med {k['formulär']} formulär: {k['totalt']:.1f} s, "
        f"{k['fel']} fel, topp {k['topp_mb']:.0f} MB"
    )
    topp = max(v["topp_mb"] for v in figurer.values())
    print("\nMål:")
    print(f"  utskick under 60 s: {'uppfyllt' if u['totalt'] < 60 else 'EJ'} ({u['totalt']:.1f} s)")
    print(f"  läsa formulär högst 3× centralt: {'uppfyllt' if kvot <= 3 else 'EJ'} ({kvot:.1f}×)")
    print(f"  minne under 600 MB per process: {'uppfyllt' if topp < 600 else 'EJ'} ({topp:.0f} MB)")


if __name__ == "__main__":
    main()
