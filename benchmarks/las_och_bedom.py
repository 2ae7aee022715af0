"""Benchmark: read + validate + assess a synthetic municipality.

    python benchmarks/las_och_bedom.py [--organisationer 1000] [--utfall 20000] [--varv 3]

Generates the workspace first (not timed), then times, in one process, each
step of the front of the pipeline and the whole, best of `--varv` rounds, and
`planer kontrollera` as a user runs it (a new process, imports included).
Target (issue 2): read + validate + assess under 3 s for 1,000 bodies and
20,000 outcome rows. Results are recorded in benchmarks/RESULTAT.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import subprocess
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

from syntetisk_kommun import skapa_kommun

from planer.arbetsyta import INDATA
from planer.bedomning import Bedomare
from planer.installningar import las_installningar
from planer.lasning import las_indata
from planer.problem import Problemlista
from planer.validering import bygg_styrmodell


def bedom_allt(modell, regler) -> Counter:
    """Every measure and goal, in every period with outcomes, and every trend."""
    bedomare = Bedomare(modell, regler)
    antal: Counter = Counter()
    for period in modell.perioder_med_utfall:
        for matetal_id in modell.matetal:
            antal[bedomare.matetal(matetal_id, period)] += 1
            bedomare.trend(matetal_id, period)
        for mal_id in modell.mal:
            antal[bedomare.mal(mal_id, period).status] += 1
    return antal


def ett_varv(katalog: Path) -> dict[str, float]:
    tider = {}
    start = time.perf_counter()
    problem = Problemlista()
    installningar = las_installningar(katalog, problem)
    rader = las_indata(katalog / INDATA, problem).rader
    tider["läs"] = time.perf_counter() - start

    steg = time.perf_counter()
    modell = bygg_styrmodell(rader, problem, katalog / INDATA)
    tider["validera"] = time.perf_counter() - steg
    if modell is None:
        sys.exit("Den syntetiska kommunen validerade inte:\n" + "\n".join(map(str, problem)))

    steg = time.perf_counter()
    bedom_allt(modell, installningar.bedomning)
    tider["bedöm"] = time.perf_counter() - steg
    tider["totalt"] = time.perf_counter() - start
    return tider


def main() -> None:
    argument = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argument.add_argument("--organisationer", type=int, default=1000)
    argument.add_argument("--utfall", type=int, default=20000)
    argument.add_argument("--varv", type=int, default=3)
    val = argument.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        katalog = Path(tmp)
        antal = skapa_kommun(katalog, val.organisationer, val.utfall)
        varv = [ett_varv(katalog) for _ in range(val.varv)]
        start = time.perf_counter()
        cli = subprocess.run(
            [sys.executable, "-m", "planer", "kontrollera", "--katalog", str(katalog)],
            capture_output=True,
            text=True,
        )
        cli_tid = time.perf_counter() - start

    maskin = platform.processor() or platform.machine()
    print(f"Maskin: {maskin}, {os.cpu_count()} kärnor, Python {platform.python_version()}")
    print(
        f"Kommun: {antal['organisationer']} organisationer, {antal['mal']} mål, "
        f"{antal['matetal']} mätetal, {antal['utfall']} utfallsrader, "
        f"{antal['ekonomi']} ekonomirader"
    )
    print(f"\n{'steg':<12}{'bästa s':>10}{'sämsta s':>10}")
    for steg in varv[0]:
        tider = [v[steg] for v in varv]
        print(f"{steg:<12}{min(tider):>10.2f}{max(tider):>10.2f}")
    print(f"{'planer kontrollera (ny process)':<32}{cli_tid:>8.2f} s, kod {cli.returncode}")
    mal = 3.0
    bast = min(v["totalt"] for v in varv)
    print(f"\nMål: läs + validera + bedöm under {mal:.0f} s: {'uppfyllt' if bast < mal else 'EJ'}")


if __name__ == "__main__":
    main()
