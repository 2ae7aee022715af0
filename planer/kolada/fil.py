"""The layout of indata/kolada.xlsx, and writing it: a file a user can open and read.

Three sheets whose names no sheet of the input contract has: the values (one
tidy row per KPI, kommun and year), the KPIs' titles and descriptions, and
what was fetched, from where and when. Written atomically, so a failed write
leaves the previous fetch in place.
"""

from __future__ import annotations

from pathlib import Path

from planer.kolada.data import EXEMPELDATA, Koladadata

VARDEFLIK = "Koladavärden"
NYCKELTALSFLIK = "Koladanyckeltal"
HAMTNINGSFLIK = "Koladahämtning"
VARDEKOLUMNER = ("Nyckeltal", "Kommunkod", "Kommun", "År", "Värde")
NYCKELTALSKOLUMNER = ("Nyckeltal", "Titel", "Beskrivning")
HAMTNINGSKOLUMNER = ("Uppgift", "Värde", "Namn")
# The keys of the fetch sheet, as its first column shows them.
EXEMPEL = "Exempeldata"
KALLA = "Källa"
ADRESS = "Adress"
HAMTAD = "Hämtad"
KOMMUN = "Kommun"
GRUPP = "Kommungrupp"
JAMFORELSEKOMMUN = "Jämförelsekommun"
AR = "År"
KON = "Kön"
ANMARKNING = "Anmärkning"
KALLTEXT = "Kolada, RKA (Rådet för främjande av kommunala analyser), www.kolada.se"


def skriv_koladafil(fil: Path, data: Koladadata) -> None:
    from planer.bygg.skrivning import atomisk

    with atomisk(fil) as tmp:
        koladabok(data).save(tmp)


def koladabok(data: Koladadata):
    """The workbook, not yet saved (write-only: a fetch for all kommuner is large)."""
    from openpyxl import Workbook  # only the fetch (and the example tool) writes

    bok = Workbook(write_only=True)
    hamtning = data.hamtning
    info = bok.create_sheet(HAMTNINGSFLIK)
    info.append(HAMTNINGSKOLUMNER)
    if hamtning.exempeldata:
        info.append((EXEMPEL, "ja", EXEMPELDATA))
    info.append((KALLA, KALLTEXT, None))
    info.append((ADRESS, hamtning.adress, None))
    info.append((HAMTAD, hamtning.tidpunkt, None))
    info.append((KOMMUN, hamtning.kommun, data.kommunnamn.get(hamtning.kommun)))
    if hamtning.grupp:
        info.append((GRUPP, hamtning.grupp, hamtning.gruppnamn))
    for kod, namn in hamtning.jamforelse:
        info.append((JAMFORELSEKOMMUN, kod, namn))
    info.append((AR, ", ".join(map(str, hamtning.ar)), None))
    info.append((KON, "T", "Totalt, båda könen"))
    info.append(
        (
            ANMARKNING,
            "Ett tomt värde betyder att Kolada saknar värde. Filen skrivs av planer kolada "
            "och skrivs över vid nästa hämtning.",
            None,
        )
    )
    nyckeltal = bok.create_sheet(NYCKELTALSFLIK)
    nyckeltal.append(NYCKELTALSKOLUMNER)
    for n in data.nyckeltal.values():
        nyckeltal.append((n.id, n.titel, n.beskrivning or None))
    varden = bok.create_sheet(VARDEFLIK)
    varden.append(VARDEKOLUMNER)
    for v in sorted(data.varden, key=lambda v: (v.kpi, v.kommun, v.ar)):
        varden.append((v.kpi, v.kommun, data.kommunnamn.get(v.kommun), v.ar, v.varde))
    return bok
