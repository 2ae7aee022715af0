"""Write indata/kolada.xlsx for the example municipality: SYNTHETIC comparison values.

Älvby kommun (code 9999) is fictional, and so is everything here: the comparison
group, its kommuner and every value. The file and the documents say so
("Exempeldata, inte verkliga Kolada-värden"), so that a fresh build shows
comparisons offline without passing invented figures off as Kolada's.
The kommun's own values are its full-year outcomes from indata/, so the two
never disagree. Deterministic: run by verktyg/exempelkommun.py after the workbooks.

Run from the repository root:  python verktyg/exempel_kolada.py
"""

from __future__ import annotations

import random
import statistics
from pathlib import Path

from exempelkommun import spara

from planer.arbetsyta import las_arbetsyta
from planer.kolada.data import KOLADAFIL, RIKET, Hamtning, Koladadata, Nyckeltal, Vardepost
from planer.kolada.fil import koladabok
from planer.modell.objekt import Matetal, Period, Riktning

ROT = Path(__file__).resolve().parent.parent
KOMMUN = "9999"
AR = (2023, 2024, 2025, 2026)  # what `planer kolada` fetches for the example by default
GRUPP = ("G99999", "Liknande kommuner (påhittad exempelgrupp)")
# Fictional kommuner in a code range no real kommun uses.
GRUPPKOMMUNER = (
    ("9901", "Björkdala"),
    ("9902", "Forsvik"),
    ("9903", "Granlunda"),
    ("9904", "Hagaby"),
    ("9905", "Lindås"),
    ("9906", "Norrvik"),
)
ANTAL_KOMMUNER = 290


def varden_for(m: Matetal, rng: random.Random) -> list[Vardepost]:
    """All kommuner's values for the measure's KPI, spread around the kommun's own."""
    egna = {ar: m.varde(Period(ar)) for ar in AR}
    kand = [v for v in egna.values() if v is not None] or list(m.malvarden.values()) or [50.0]
    bas = statistics.fmean(kand)
    # Älvby is somewhat better than the middle: the typical kommun is a little worse.
    sida = -1 if m.riktning is Riktning.HOGRE else 1
    medel = bas * (1 + sida * rng.uniform(0.02, 0.08))
    spridning = max(abs(medel) * 0.12, 0.5)
    decimaler = m.decimaler if m.decimaler is not None else 1
    koder = [kod for kod, _ in GRUPPKOMMUNER] + [f"{9000 + i}" for i in range(1, 285)]
    lagen = {kod: rng.gauss(0, 1) for kod in koder[: ANTAL_KOMMUNER - 1]}
    poster = []
    for i, ar in enumerate(AR):
        if ar == AR[-1]:  # Kolada publishes a year's values the year after
            poster.append(Vardepost(m.kolada, KOMMUN, ar, None))
            continue
        trend = 1 + sida * -0.01 * i
        alla = []
        for kod, z in lagen.items():
            varde = medel * trend + spridning * (z + rng.gauss(0, 0.15))
            if m.enhet == "%":
                varde = min(max(varde, 0.0), 100.0)
            varde = max(varde, 0.0)
            alla.append(varde)
            poster.append(Vardepost(m.kolada, kod, ar, round(varde, decimaler)))
        poster.append(Vardepost(m.kolada, RIKET, ar, round(statistics.fmean(alla), decimaler)))
        poster.append(Vardepost(m.kolada, KOMMUN, ar, egna[ar]))
    return poster


def main() -> None:
    inlasning = las_arbetsyta(ROT, med_kolada=False)
    assert inlasning.modell is not None, [str(p) for p in inlasning.problem]
    forsta: dict[str, Matetal] = {}
    for m in inlasning.modell.matetal.values():
        if m.kolada:
            forsta.setdefault(m.kolada, m)
    rng = random.Random(9999)
    poster = [p for kpi in sorted(forsta) for p in varden_for(forsta[kpi], rng)]
    nyckeltal = {
        kpi: Nyckeltal(
            kpi,
            f"{m.namn} (exempel)",
            "Påhittat exempel. Nyckeltalets riktiga titel och beskrivning hämtas med "
            "planer kolada.",
        )
        for kpi, m in sorted(forsta.items())
    }
    namn = dict(GRUPPKOMMUNER) | {KOMMUN: inlasning.installningar.kommun.namn, RIKET: "Riket"}
    data = Koladadata(
        Hamtning(
            adress=inlasning.installningar.kolada.adress,
            tidpunkt="2026-03-02 08:00 UTC",
            kommun=KOMMUN,
            ar=AR,
            grupp=GRUPP[0],
            gruppnamn=GRUPP[1],
            jamforelse=GRUPPKOMMUNER,
            exempeldata=True,
        ),
        nyckeltal,
        tuple(poster),
        namn,
    )
    spara(koladabok(data), ROT / "indata" / KOLADAFIL)
    print(f"Skrev indata/{KOLADAFIL} (påhittade jämförelsevärden) i {ROT}")


if __name__ == "__main__":
    main()
