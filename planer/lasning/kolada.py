"""indata/kolada.xlsx → `Koladadata`: the fetched comparison values, read like any input.

The file is written by `planer kolada`, but a user may open and save it, so
its cells are checked like a workbook's and problems name sheet and cell.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import python_calamine

from planer.kolada import fil as layout
from planer.kolada.data import Hamtning, Koladadata, Nyckeltal, Vardepost
from planer.lasning import varden
from planer.lasning.excel import cellref, granska_arbetsbok
from planer.problem import Plats, Problemlista

_TIPS = "Hämta jämförelserna på nytt med: planer kolada"


def las_koladafil(fil: Path, problem: Problemlista) -> Koladadata | None:
    """The fetched values, or None (with the reason reported) if the file is unusable."""
    if orsak := granska_arbetsbok(fil):
        problem.fel(orsak[0], Plats(fil.name), f"{orsak[1]} Eller: {_TIPS}")
        return None
    try:
        bok = python_calamine.CalamineWorkbook.from_path(str(fil))
        flikar = {
            namn: bok.get_sheet_by_name(namn).to_python(skip_empty_area=False)
            for namn in bok.sheet_names
        }
        bok.close()
    except Exception as fel:  # calamine raises several unrelated types
        problem.fel(f"Filen kunde inte läsas ({fel}).", Plats(fil.name), _TIPS)
        return None
    saknade = [
        (namn, kolumner)
        for namn, kolumner in (
            (layout.HAMTNINGSFLIK, layout.HAMTNINGSKOLUMNER),
            (layout.NYCKELTALSFLIK, layout.NYCKELTALSKOLUMNER),
            (layout.VARDEFLIK, layout.VARDEKOLUMNER),
        )
        if not flikar.get(namn) or tuple(flikar[namn][0][: len(kolumner)]) != kolumner
    ]
    for namn, kolumner in saknade:
        problem.fel(
            f"Fliken {namn} saknas eller har inte kolumnerna {', '.join(kolumner)}.",
            Plats(fil.name, namn),
            f"Filen skrivs av planer; ändra inte flikarnas namn och rubriker. {_TIPS}",
        )
    if saknade:
        return None
    info = _hamtning(flikar[layout.HAMTNINGSFLIK], fil, problem)
    nyckeltal = {
        str(rad[0]).strip(): Nyckeltal(
            str(rad[0]).strip(), varden.text(rad[1]) or "", varden.text(rad[2]) or ""
        )
        for rad in flikar[layout.NYCKELTALSFLIK][1:]
        if not varden.ar_tom(rad[0])
    }
    poster, namn = _varden(flikar[layout.VARDEFLIK], fil, problem)
    if info is None:
        return None
    namn.update({kod: n for kod, n in info.jamforelse if n})
    return Koladadata(info, nyckeltal, tuple(poster), namn)


def _hamtning(rader: list[list[Any]], fil: Path, problem: Problemlista) -> Hamtning | None:
    uppgifter: dict[str, list[tuple[str, str]]] = {}
    for rad in rader[1:]:
        nyckel, varde, namn = [*rad, None, None, None][:3]
        if not varden.ar_tom(nyckel):
            uppgifter.setdefault(varden.visa(nyckel), []).append(
                (varden.text(varde) or "", varden.text(namn) or "")
            )

    def forsta(nyckel: str) -> tuple[str, str]:
        return (uppgifter.get(nyckel) or [("", "")])[0]

    kommun = forsta(layout.KOMMUN)[0]
    try:
        ar = tuple(int(a) for a in forsta(layout.AR)[0].replace(",", " ").split())
    except ValueError:
        ar = ()
    if not kommun or not ar:
        problem.fel(
            "Uppgiften om kommun eller år saknas.",
            Plats(fil.name, layout.HAMTNINGSFLIK),
            _TIPS,
        )
        return None
    return Hamtning(
        adress=forsta(layout.ADRESS)[0],
        tidpunkt=forsta(layout.HAMTAD)[0],
        kommun=kommun,
        ar=ar,
        grupp=forsta(layout.GRUPP)[0] or None,
        gruppnamn=forsta(layout.GRUPP)[1],
        jamforelse=tuple(uppgifter.get(layout.JAMFORELSEKOMMUN, [])),
        exempeldata=forsta(layout.EXEMPEL)[0].casefold() == "ja",
    )


def _varden(
    rader: list[list[Any]], fil: Path, problem: Problemlista
) -> tuple[list[Vardepost], dict[str, str]]:
    """The value rows; a cell that is not a number is reported, an empty one is missing."""
    poster, namn = [], {}
    for index, rad in enumerate(rader[1:], start=1):
        rad = [*rad, *[None] * (5 - len(rad))]
        if all(varden.ar_tom(c) for c in rad):
            continue
        kpi, kod, kommunnamn, ar, varde = rad[:5]
        try:
            tal = varden.tal(varde)
            ar_ = varden.ar(ar)
        except varden.Vardefel as fel:
            problem.fel(
                fel.meddelande,
                Plats(fil.name, layout.VARDEFLIK, f"rad {index + 1}"),
                f"{fel.tips} {_TIPS}",
            )
            continue
        kod_ = varden.identitet(kod)
        if varden.ar_tom(kpi) or kod_ is None or ar_ is None:
            problem.fel(
                "Raden saknar nyckeltal, kommunkod eller år.",
                Plats(fil.name, layout.VARDEFLIK, cellref(index, 0)),
                _TIPS,
            )
            continue
        kod_ = kod_.zfill(4)  # a kommunkod saved as a number loses its leading zero
        if kommunnamn:
            namn[kod_] = varden.text(kommunnamn) or ""
        poster.append(Vardepost(str(kpi).strip(), kod_, ar_, tal))
    return poster, namn
