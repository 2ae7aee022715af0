"""Benchmark: the reporting round for a synthetic municipality.

    python benchmarks/inrapportering.py [--organisationer 1000] [--utfall 20000] [--period 2026-T2]

Generates the workspace first (not timed), then, each step in a new process so
that its peak memory is its own:
  (a) utskick: read the workspace and write one form per body (workers: one per core);
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

from planer.problem import Problemlista

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


def _resurser() -> dict:
    """Peak memory of the largest process (this one or a worker) and CPU time of all."""
    egen, barn = (resource.getrusage(r) for r in (resource.RUSAGE_SELF, resource.RUSAGE_CHILDREN))
    return {
        "topp_mb": max(egen.ru_maxrss, barn.ru_maxrss) / 1024,  # Linux: kB
        "cpu_s": sum(r.ru_utime + r.ru_stime for r in (egen, barn)),
    }


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
    """Fill every input cell and drop the forms into indata/. Writes the same data as
    central workbooks (outside indata/) for (c): only the rows of the input cells
    (indata_rader.xlsx), and every row the forms hold, locked cells too (alla_rader.xlsx)."""
    import openpyxl

    start = time.perf_counter()
    ut = katalog / "indata" / "inrapportering"
    ut.mkdir(parents=True, exist_ok=True)
    indata: dict[str, list[list]] = {namn: [] for namn in RUBRIKER}
    alla: dict[str, list[list]] = {namn: [] for namn in RUBRIKER}
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
                for c in (c for c in rad if not c.protection.locked):
                    c.value = svar(blad.title, rubriker[c.column - 1], id_, celler)
                    celler += 1
                v = [c.value for c in rad]
                for flik, rad_ in _centrala_rader(
                    blad.title, org, period, rubriker, v, indata=True
                ):
                    indata[flik].append(rad_)
                for flik, rad_ in _centrala_rader(blad.title, org, period, rubriker, v):
                    alla[flik].append(rad_)
        bok.save(ut / fil.name)
    _skriv_centralt(katalog / "indata_rader.xlsx", indata)
    _skriv_centralt(katalog / "alla_rader.xlsx", alla)
    return {"totalt": time.perf_counter() - start, "celler": celler}


def _centrala_rader(
    blad: str, org: str, period: str, rubriker: list[str], v: list, indata: bool = False
) -> list[tuple[str, list]]:
    """The rows a central workbook holds for one form row, in the contract's columns:
    only those of the input cells, or (`indata` false) also those of the locked cells."""
    ar = int(period[:4])
    if blad == "Mätetal":
        rader = [("Utfall", [v[0], period, v[-2], v[-1]])]
        if not indata:
            rader += [("Mätetal", [v[0], v[2], v[1], v[3], v[4]]), ("Målvärden", [v[0], ar, v[5]])]
            rader += [("Utfall", [v[0], rubriker[i].split()[-1], v[i], None]) for i in (6, 7)]
        return rader
    if blad == "Mål":
        rader = [("Texter", [org, period, v[0], "Analys", v[4], v[3]])]
        return rader if indata else [*rader, ("Mål", [v[0], org, "INV", None, v[1]])]
    if blad == "Texter":
        return [("Texter", [org, period, None, v[0], v[1], None])]
    if blad == "Aktiviteter":
        return [("Aktiviteter", [v[0], org, None, v[1], v[3], None, v[4], v[5], v[6]])]
    if blad == "Uppdrag":
        return [("Uppdrag", [v[0], org, None, v[3], v[1], v[4], v[5]])]
    return [("Ekonomi", [org, ar, period, v[0], v[1], v[2], v[3], v[4]])]


RUBRIKER = {
    "Mätetal": ["Id", "Mål", "Namn", "Enhet", "Riktning"],
    "Målvärden": ["Mätetal", "År", "Målvärde"],
    "Utfall": ["Mätetal", "Period", "Värde", "Kommentar"],
    "Mål": ["Id", "Organisation", "Perspektiv", "Överordnat mål", "Mål"],
    "Texter": ["Organisation", "Period", "Mål", "Rubrik", "Text", "Bedömning"],
    "Aktiviteter": [
        "Id", "Organisation", "Mål", "Aktivitet", "Ansvarig", "Start", "Slut", "Status",
        "Kommentar",
    ],
    "Uppdrag": ["Id", "Organisation", "Uppdragsgivare", "År", "Uppdrag", "Status", "Kommentar"],
    "Ekonomi": ["Organisation", "År", "Period", "Post", "Typ", "Budget", "Utfall", "Prognos"],
}  # fmt: skip


def _skriv_centralt(fil: Path, rader: dict[str, list[list]]) -> None:
    import openpyxl

    bok = openpyxl.Workbook(write_only=True)
    for namn, lista in rader.items():
        if lista:
            blad = bok.create_sheet(namn)
            blad.append(RUBRIKER[namn])
            for rad in lista:
                blad.append(rad)
    bok.save(fil)


def steg_las(katalog: Path, period: str) -> dict:
    from planer.lasning.formular import formularets_egenskaper, las_formular

    filer = sorted((katalog / "indata" / "inrapportering").glob("*.xlsx"))
    tider: dict[str, list[float]] = {"formulär": [], "indata": [], "alla": []}
    antal: dict[str, int] = {}
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
        problem = Problemlista()  # the central rows' problems (e.g. goal texts as ids) aside

        for namn in ("indata", "alla"):
            start = time.perf_counter()
            rader = _las_centralt(katalog / f"{namn}_rader.xlsx", problem)
            tider[namn].append(time.perf_counter() - start)
            antal[namn] = sum(len(r or []) for r in rader.values())
    return {
        "formulär_s": min(tider["formulär"]),
        "indata_s": min(tider["indata"]),
        "alla_s": min(tider["alla"]),
        "celler_formulär": sum(len(f.celler) for f in formular),
        "rader_indata": antal["indata"],
        "rader_alla": antal["alla"],
    }


def _las_centralt(fil: Path, problem) -> dict:
    """Read a central workbook as planer does: every sheet, every cell parsed."""
    from planer.lasning.excel import las_flikar
    from planer.lasning.rader import las_rader
    from planer.lasning.schema import FLIKTYPER

    typer = {t.namn: t for t in FLIKTYPER}
    kanda = {s for t in FLIKTYPER for s in t.stavningar}
    flikar = las_flikar([fil], kanda, Problemlista() if problem is None else problem)
    return {namn: las_rader(flik, typer[flik.namn], problem) for namn, flik in flikar.items()}


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
        print(json.dumps({**figurer, **_resurser()}))
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
        f"(läs {u['läs']:.1f} s, skriv {u['skriv']:.1f} s; {u['cpu_s']:.1f} s cpu i alla "
        f"processer), topp {u['topp_mb']:.0f} MB"
    )
    print(f"(b) fyll i: {f['celler']} celler på {f['totalt']:.1f} s, topp {f['topp_mb']:.0f} MB")
    kvot_alla = las["formulär_s"] / las["alla_s"]
    kvot_indata = las["formulär_s"] / las["indata_s"]
    print(
        f"(c) läs {u['formulär']} formulär ({las['celler_formulär']} inmatningsceller): "
        f"{las['formulär_s']:.2f} s, topp {las['topp_mb']:.0f} MB\n"
        f"    samma data centralt, alla rader formulären har ({las['rader_alla']} rader): "
        f"{las['alla_s']:.2f} s, kvot {kvot_alla:.1f}×\n"
        f"    bara inmatningscellernas rader centralt ({las['rader_indata']} rader): "
        f"{las['indata_s']:.2f} s, kvot {kvot_indata:.1f}×"
    )
    print(
        f"(d) planer kontrollera med {k['formulär']} formulär: {k['totalt']:.1f} s, "
        f"{k['fel']} fel, topp {k['topp_mb']:.0f} MB"
    )
    topp = max(v["topp_mb"] for v in figurer.values())
    print("\nMål:")
    print(f"  utskick under 60 s: {'uppfyllt' if u['totalt'] < 60 else 'EJ'} ({u['totalt']:.1f} s)")
    for namn, kvot in (("alla rader", kvot_alla), ("bara inmatningsraderna", kvot_indata)):
        print(f"  läsa formulär högst 3× centralt, {namn}: {'uppfyllt' if kvot <= 3 else 'EJ'}")
    print(f"  minne under 600 MB per process: {'uppfyllt' if topp < 600 else 'EJ'} ({topp:.0f} MB)")


if __name__ == "__main__":
    main()
