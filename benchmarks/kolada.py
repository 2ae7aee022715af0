"""Benchmark: `planer kolada` for 125 measures against a local Kolada, and start-up cost.

    python benchmarks/kolada.py [--matetal 125] [--kommuner 290] [--varv 5]

1. Fetching: a workspace with `--matetal` measures, each with its own KPI id, and a
   local v3-shaped server (tests/kolada_server.py) with every kommun's values for
   four years. Prints the requests made (chunks of 25 ids, pages of 5000 rows, at
   most 5 requests a second) and the seconds, fetch and file together.
2. Start-up: `import planer.cli` in a new process (what every `planer bygg` pays
   before it starts), with `-X importtime`: the total, and whether pandas, httpx
   or openpyxl is among the modules; and the same with pandas imported as well,
   to show what a non-lazy import would have cost. Best of `--varv`.
Results are recorded in benchmarks/RESULTAT.md.
"""

from __future__ import annotations

import argparse
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import Workbook

ROT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROT / "tests"))  # the local Kolada server of the client's tests

from kolada_server import Kolada, vardepost  # noqa: E402
from pytest_httpserver import HTTPServer  # noqa: E402

from planer.arbetsyta import las_arbetsyta  # noqa: E402
from planer.kolada.hamtning import hamta  # noqa: E402
from planer.kolada.klient import Klient  # noqa: E402
from planer.problem import Problemlista  # noqa: E402

AR = (2022, 2023, 2024, 2025)


def arbetsyta(katalog: Path, antal: int) -> list[str]:
    """A one-body workspace with `antal` measures, each with a KPI id; returns the ids."""
    ids = [f"N{10000 + i}" for i in range(antal)]
    bok = Workbook()
    bok.remove(bok.active)
    flikar = {
        "Organisation": [["Id", "Namn", "Nivå", "Överordnad"], ["KF", "Fullmäktige", "KF", None]],
        "Perspektiv": [["Id", "Namn"], ["INV", "Invånare"]],
        "Mål": [["Id", "Organisation", "Perspektiv", "Mål"], ["M", "KF", "INV", "Ett mål"]],
        "Mätetal": [["Id", "Mål", "Namn", "Enhet", "Riktning", "Kolada"]]
        + [[f"M{i}", "M", f"Mätetal {i}", "%", "Högre", kpi] for i, kpi in enumerate(ids)],
        "Utfall": [["Mätetal", "Period", "Värde"]]
        + [[f"M{i}", str(ar), 50 + i % 40] for i in range(antal) for ar in (2024, 2025)],
    }
    for namn, rader in flikar.items():
        flik = bok.create_sheet(namn)
        for rad in rader:
            flik.append(rad)
    (katalog / "indata").mkdir(parents=True)
    bok.save(katalog / "indata" / "styrning.xlsx")
    (katalog / "planer.toml").write_text('[kommun]\nkod = "0180"\n', encoding="utf-8")
    return ids


def hamtning(antal: int, kommuner: int) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        katalog = Path(tmp)
        ids = arbetsyta(katalog, antal)
        koder = ["0180", "0000", *(f"{1000 + i}" for i in range(kommuner - 1))]
        varden = [
            vardepost(kpi, kod, ar, float((i * 7 + j) % 100))
            for i, kpi in enumerate(ids)
            for j, kod in enumerate(koder)
            for ar in AR
        ]
        server = HTTPServer(host="127.0.0.1")
        server.start()
        try:
            Kolada(server, {kpi: f"Titel {kpi}" for kpi in ids}, varden)
            toml = katalog / "planer.toml"
            toml.write_text(toml.read_text() + f'\n[kolada]\nadress = "{server.url_for("/v3")}"\n')
            inlasning = las_arbetsyta(katalog)
            problem = Problemlista()
            start = time.perf_counter()
            with Klient(inlasning.installningar.kolada.adress) as klient:
                resultat = hamta(inlasning, AR, klient, problem)
            sekunder = time.perf_counter() - start
        finally:
            server.clear()
            server.stop()
        assert resultat is not None, [str(p) for p in problem]
        storlek = resultat.fil.stat().st_size / 1024**2
    print(f"Hämtning: {antal} mätetal, {kommuner} kommuner + riket, {len(AR)} år")
    print(f"  serverns rader        {len(varden)}")
    print(f"  anrop                 {resultat.anrop}")
    print(f"  värden i filen        {resultat.varden}")
    print(f"  sekunder              {sekunder:.1f} (hämtning och fil, {storlek:.1f} MB)")
    print(f"  varav vänta på takten ≥ {(resultat.anrop - 1) / 5:.1f} s (högst 5 anrop/s)")


def uppstart(varv: int, jamfor: Path | None) -> None:
    def matt(kod: str, rot: Path = ROT) -> tuple[float, set[str]]:
        miljo = {**os.environ, "PYTHONPATH": str(rot)}
        bast, moduler = float("inf"), set()
        for _ in range(varv):
            svar = subprocess.run(
                [sys.executable, "-X", "importtime", "-c", kod],
                capture_output=True,
                text=True,
                env=miljo,
                check=True,
            )
            rader = [r for r in svar.stderr.splitlines() if r.startswith("import time:")]
            totalt = sum(int(r.split("|")[0].split(":")[1]) for r in rader[1:])
            moduler = {r.split("|")[2].strip() for r in rader[1:]}
            bast = min(bast, totalt / 1e6)
        return bast, moduler

    utan, moduler = matt("import planer.cli")
    med, _ = matt("import planer.cli, pandas")
    tunga = [m for m in ("pandas", "httpx", "openpyxl", "matplotlib") if m in moduler]
    print(f"Uppstart (bästa av {varv}, summa av -X importtime):")
    print(f"  import planer.cli             {utan:.3f} s")
    print(f"  import planer.cli, pandas     {med:.3f} s (om pandas importerades direkt)")
    print(f"  tunga moduler vid start: {', '.join(tunga) or 'inga'}")
    planer = [m for m in moduler if re.fullmatch(r"planer(\..*)?", m)]
    print(f"  planer-moduler vid start: {len(planer)}")
    if jamfor is not None:
        fore, _ = matt("import planer.cli", jamfor)
        print(f"  import planer.cli i {jamfor}: {fore:.3f} s (utan planer kolada/exportera)")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--matetal", type=int, default=125)
    parser.add_argument("--kommuner", type=int, default=290)
    parser.add_argument("--varv", type=int, default=5)
    parser.add_argument(
        "--jamfor", type=Path, help="En annan utcheckning (t.ex. main) att jämföra uppstarten med."
    )
    argument = parser.parse_args(argv)
    print(
        f"Maskin: {platform.machine()}, {os.cpu_count()} kärnor, Python {platform.python_version()}"
    )
    hamtning(argument.matetal, argument.kommuner)
    uppstart(argument.varv, argument.jamfor)
    return 0


if __name__ == "__main__":
    sys.exit(main())
