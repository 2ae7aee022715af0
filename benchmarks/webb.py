"""Benchmark: the website of a synthetic municipality (issue 13).

    python benchmarks/webb.py [--organisationer 200] [--varv 3]

A workspace is generated first (not timed). Then, each `--varv` times in one
process: reading the workbooks; (a) a full build of the site into an empty
folder; (b) a rebuild with nothing changed; (c) a rebuild after one outcome of
a deepest unit changed so that its status stays the same (only the figure
changes); (d) a rebuild after the same outcome changed across the target (the
measure's and the goal's status change, which the målkedja shows further up).
Then (e) a rebuild after the documents of every body appeared in utdata/
(stand-ins: styrkort and delårsrapport as PDF and Word, `--dokument-kb` each,
not real documents: building them would take many minutes), which copies them
into the site, and (f) a rebuild with them and nothing changed.
Each rebuild reads the workbooks again, as `planer webb` would; the reading is
printed apart. Prints figures only, never asserts. Results: benchmarks/RESULTAT.md.
"""

from __future__ import annotations

import argparse
import platform
import shutil
import sys
import tempfile
import time
from pathlib import Path

from openpyxl import load_workbook

sys.path.insert(0, str(Path(__file__).resolve().parent))
from syntetisk_kommun import skapa_kommun

from planer import Bedomare, Period, las_arbetsyta
from planer.bygg.bestallning import filnamnen
from planer.dokument import standardperiod
from planer.modell.objekt import Niva, Riktning
from planer.webb import bygg_webb


def _skriv_utfall(arbetsyta: Path, matetal_id: str, period: Period, varde: float) -> None:
    fil = arbetsyta / "indata" / "matetal.xlsx"
    bok = load_workbook(fil)
    ark = bok["Utfall"]
    rubriker = [c.value for c in ark[1]]
    kol_id, kol_period, kol_varde = (rubriker.index(r) for r in ("Mätetal", "Period", "Värde"))
    for rad in ark.iter_rows(min_row=2):
        if rad[kol_id].value == matetal_id and str(rad[kol_period].value) == str(period):
            rad[kol_varde].value = varde
            break
    else:
        raise SystemExit(f"Hittade inte utfallet {matetal_id} {period} i {fil}")
    bok.save(fil)


def valj_utfall(inlasning, period: Period):
    """A measure of a deepest unit with a value and a target in the period, whose goal
    has only this measure: a status change there travels to the goal's status."""
    modell = inlasning.modell
    kandidater = [
        (org, mal, m)
        for org in modell.organisationer.values()
        if org.niva is Niva.ENHET
        for mal in modell.mal_for(org.id)
        if mal.galler(period.ar) and len(modell.matetal_for(mal.id)) == 1
        for m in modell.matetal_for(mal.id)
        if m.varde(period) and m.malvarde(period.ar)
    ]
    return max(kandidater, key=lambda k: modell.djup(k[0].id))


def _lagg_dokument(modell, utdata: Path, period: Period, kb: int) -> int:
    """Stand-in documents where planer bygg would write them: what the site copies."""
    stammar = filnamnen({o.id: o.namn for o in modell.organisationer.values()})
    innehall = bytes(range(256)) * (kb * 4)
    antal = 0
    for typ in ("styrkort", "delarsrapport"):
        for stam in stammar.values():
            for format_ in ("pdf", "docx"):
                fil = utdata / str(period) / typ / f"{stam}.{format_}"
                fil.parent.mkdir(parents=True, exist_ok=True)
                fil.write_bytes(innehall)
                antal += 1
    return antal


def kor(katalog: Path, utdata: Path) -> tuple[float, float, object]:
    t0 = time.perf_counter()
    inlasning = las_arbetsyta(katalog)
    t1 = time.perf_counter()
    resultat = bygg_webb(inlasning, utdata=utdata)
    return t1 - t0, time.perf_counter() - t1, resultat


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("--organisationer", type=int, default=200)
    p.add_argument("--varv", type=int, default=3)
    p.add_argument("--dokument-kb", type=int, default=150)
    a = p.parse_args(argv)
    print(f"Maskin: {platform.machine()}, Python {platform.python_version()}")
    with tempfile.TemporaryDirectory() as tmp:
        katalog = Path(tmp) / "kommun"
        antal = skapa_kommun(katalog, a.organisationer, None, 1)
        inlasning = las_arbetsyta(katalog)
        modell = inlasning.modell
        period = standardperiod(inlasning, "styrkort")
        org, mal, matetal = valj_utfall(inlasning, period)
        fore = matetal.varde(period)
        malvarde = matetal.malvarde(period.ar)
        bedomare = Bedomare(modell, inlasning.installningar.bedomning)
        status_fore = bedomare.matetal(matetal.id, period).value
        # (c): a little better or worse on the same side of the target; (d): across it.
        hogre = matetal.riktning is Riktning.HOGRE
        uppnatt = fore >= malvarde if hogre else fore <= malvarde
        samma_sida = round(fore * (1.01 if uppnatt == hogre else 0.99), 1)
        andra_sidan = round(malvarde * (0.5 if uppnatt == hogre else 1.5), 1)
        print(
            f"Kommun: {antal.get('organisationer', a.organisationer)} organisationer, "
            f"{len(modell.mal)} mål, {len(modell.matetal)} mätetal; period {period}"
        )
        print(
            f"Ändrat utfall: {matetal.id} ({org.id}, målet {mal.id}) {period}: {fore:g}, "
            f"målvärde {malvarde:g}, {status_fore}"
        )
        print(f"{'steg':52} {'läs s':>6} {'bygg s':>7} {'skrivna':>8} {'oförändrade':>11}")
        for varv in range(1, a.varv + 1):
            utdata = Path(tmp) / f"utdata{varv}"
            _skriv_utfall(katalog, matetal.id, period, fore)
            steg = [
                ("(a) fullt bygge, tom mapp", None),
                ("(b) nytt bygge utan ändring", None),
                (f"(c) utfall {fore:g} → {samma_sida:g}, samma status", samma_sida),
                (f"(d) utfall {samma_sida:g} → {andra_sidan:g}, ny status", andra_sidan),
            ]
            for namn, varde in steg:
                if varde is not None:
                    _skriv_utfall(katalog, matetal.id, period, varde)
                las, sek, r = kor(katalog, utdata)
                print(
                    f"{namn:52} {las:6.2f} {sek:7.2f} {len(r.skrivna):8} {r.oforandrade:11}"
                    + (f"   varv {varv}" if varde is None and namn.startswith("(a)") else "")
                )
                if varde is not None and varv == a.varv:
                    print(
                        "    skrivna: "
                        + ", ".join(p.relative_to(r.mapp).as_posix() for p in r.skrivna)
                    )
            antal_dok = _lagg_dokument(modell, utdata, period, a.dokument_kb)
            for namn in (f"(e) {antal_dok} dokument har byggts", "(f) nytt bygge utan ändring"):
                las, sek, r = kor(katalog, utdata)
                print(
                    f"{namn:52} {las:6.2f} {sek:7.2f} {len(r.skrivna):8} {r.oforandrade:11}"
                    f"   kopierade {r.kopierade}"
                )
            storlek = sum(f.stat().st_size for f in (utdata / "webb").rglob("*") if f.is_file())
            shutil.rmtree(utdata)
        print(f"Webbplatsen: {storlek / 1e6:.1f} MB med typsnitten och dokumenten")
    return 0


if __name__ == "__main__":
    sys.exit(main())
