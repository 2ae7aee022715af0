"""The assessed model as tidy tables, for analysts in Excel or Power BI.

Three tables, one row per observation: measures × periods (target, outcome,
status, trend and the Kolada comparison for full years), goals × periods
(assessment) and the operating accounts per body and period (with deviation).
Numbers stay numbers; a missing value is empty, never 0. Written atomically.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from planer.arbetsyta import Inlasning
from planer.bedomning import Bedomare
from planer.bygg.skrivning import atomisk
from planer.lasning.varden import normalisera_namn
from planer.modell.objekt import Period
from planer.modell.styrmodell import Belopp, Ekonomipost

if TYPE_CHECKING:
    import pandas as pd

FORMAT = ("xlsx", "csv")


def tabeller(inlasning: Inlasning) -> dict[str, pd.DataFrame]:
    """Table name (the sheet or file name) → its rows."""
    import pandas as pd

    assert inlasning.modell is not None
    heltal = {"Kolada plats": "Int64", "Kolada antal kommuner": "Int64"}  # empty, not NaN
    return {
        "Mätetal": pd.DataFrame(_matetal(inlasning), columns=MATETALSKOLUMNER).astype(heltal),
        "Mål": pd.DataFrame(_mal(inlasning), columns=MALKOLUMNER),
        "Ekonomi": pd.DataFrame(_ekonomi(inlasning), columns=EKONOMIKOLUMNER),
    }


MATETALSKOLUMNER = [
    "Organisation",
    "Mål",
    "Mätetal",
    "Namn",
    "Enhet",
    "Riktning",
    "Period",
    "År",
    "Målvärde",
    "Utfall",
    "Status",
    "Trend",
    "Kolada",
    "Kolada egen",
    "Kolada gruppmedel",
    "Kolada riket",
    "Kolada plats",
    "Kolada antal kommuner",
]
MALKOLUMNER = ["Organisation", "Perspektiv", "Mål", "Text", "Period", "Bedömning", "Manuell"]
EKONOMIKOLUMNER = [
    "Organisation",
    "Period",
    "Post",
    "Typ",
    "Budget",
    "Utfall",
    "Prognos",
    "Avvikelse mot utfall",
    "Avvikelse mot prognos",
]


def _status(inlasning: Inlasning, status) -> str:
    return inlasning.installningar.status[status].etikett


def _matetal(inlasning: Inlasning) -> list[list]:
    modell = inlasning.modell
    bedomare = Bedomare(modell, inlasning.installningar.bedomning)
    jamforelser = inlasning.jamforelser
    rader = []
    for m in modell.matetal.values():
        mal = modell.mal[m.mal]
        perioder = set(m.utfall) | {Period(ar) for ar in m.malvarden}
        for period in sorted(perioder):
            j = (
                jamforelser.for_ar(m.kolada, m.riktning, period.ar)
                if m.kolada and period.ar_helar
                else None
            )
            rader.append(
                [
                    mal.organisation,
                    mal.id,
                    m.id,
                    m.namn,
                    m.enhet,
                    m.riktning.value,
                    str(period),
                    period.ar,
                    m.malvarde(period.ar),
                    m.varde(period),
                    _status(inlasning, bedomare.matetal(m.id, period)),
                    bedomare.trend(m.id, period).value,
                    m.kolada,
                    j and j.egen,
                    j and j.grupp_medel,
                    j and j.riket,
                    j and j.plats,
                    j and j.antal,
                ]
            )
    return rader


def _mal(inlasning: Inlasning) -> list[list]:
    modell = inlasning.modell
    bedomare = Bedomare(modell, inlasning.installningar.bedomning)
    perspektiv = {p.id: p.namn for p in modell.perspektiv}
    rader = []
    for mal in modell.mal.values():
        for period in modell.perioder_med_utfall:
            if not mal.galler(period.ar):
                continue
            bedomning = bedomare.mal(mal.id, period)
            rader.append(
                [
                    mal.organisation,
                    perspektiv[mal.perspektiv],
                    mal.id,
                    mal.text,
                    str(period),
                    _status(inlasning, bedomning.status),
                    bedomning.manuell,
                ]
            )
    return rader


def _ekonomi(inlasning: Inlasning) -> list[list]:
    """Each body's own rows as typed: sums up the tree are the analyst's to make."""
    rader = []
    for r in inlasning.modell.ekonomi:
        post = Ekonomipost(r.post, r.typ, Belopp(r.budget, r.utfall, r.prognos))
        rader.append(
            [
                r.organisation,
                str(r.period),
                r.post,
                r.typ.value,
                r.budget,
                r.utfall,
                r.prognos,
                post.avvikelse_utfall,
                post.avvikelse_prognos,
            ]
        )
    return rader


def skriv(inlasning: Inlasning, mal: Path, format_: str) -> list[Path]:
    """Write the tables: one workbook (`xlsx`) or one file per table (`csv`) in `mal`."""
    import pandas as pd

    delar = tabeller(inlasning)
    if format_ == "xlsx":
        with atomisk(mal) as tmp, pd.ExcelWriter(tmp, engine="openpyxl") as bok:
            for namn, tabell in delar.items():
                tabell.to_excel(bok, sheet_name=namn, index=False)
        return [mal]
    skrivna = []
    for namn, tabell in delar.items():
        fil = mal / f"{normalisera_namn(namn)}.csv"  # ASCII: mätetal → matetal.csv
        with atomisk(fil) as tmp:
            # Swedish Excel opens this directly: semicolons, decimal comma, a BOM for UTF-8.
            tabell.to_csv(tmp, sep=";", decimal=",", index=False, encoding="utf-8-sig")
        skrivna.append(fil)
    return skrivna
