"""`planer kolada`'s work: what to fetch for a workspace, fetching it, writing the file.

Everything is fetched before anything is written, and the file is replaced
atomically, so a failure at any point leaves the previous fetch as it was.
"""

from __future__ import annotations

import datetime
import time
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from planer.arbetsyta import INDATA, Inlasning
from planer.installningar import FILNAMN
from planer.kolada.data import KOLADAFIL, RIKET, Hamtning, Koladadata, Nyckeltal, Vardepost
from planer.kolada.fil import skriv_koladafil
from planer.kolada.klient import Klient
from planer.lasning.kolada import las_koladafil
from planer.modell.styrmodell import Styrmodell
from planer.problem import PlanerFel, Plats, Problemlista

AR_BAKAT = 3  # the årsredovisning shows measures over three years


@dataclass(frozen=True)
class Resultat:
    fil: Path
    nyckeltal: int
    varden: int  # rows written, missing values included
    ar: tuple[int, ...]
    anrop: int
    sekunder: float


def standardar(modell: Styrmodell) -> tuple[int, ...]:
    """The years the documents show: three years back from the latest full year with
    outcomes, up to the latest year with any outcome."""
    perioder = modell.perioder_med_utfall
    if not perioder:
        raise PlanerFel(
            "Det finns inga utfall, så planer vet inte vilka år som ska hämtas.",
            "Ange åren med --ar, t.ex. planer kolada --ar 2024 --ar 2025.",
        )
    helar = [p.ar for p in perioder if p.ar_helar] or [perioder[-1].ar]
    return tuple(range(max(helar) - AR_BAKAT + 1, perioder[-1].ar + 1))


def hamta(
    inlasning: Inlasning, ar: Iterable[int], klient: Klient, problem: Problemlista
) -> Resultat | None:
    """Fetch and write indata/kolada.xlsx; None (and nothing written) if `problem` has errors."""
    start = time.monotonic()
    modell, installningar = inlasning.modell, inlasning.installningar
    assert modell is not None
    kommun = installningar.kommun.kod
    if kommun is None:
        problem.fel(
            "Kommunkoden saknas, så planer vet inte vilken kommuns värden som ska hämtas.",
            Plats(FILNAMN, cell="kommun.kod"),
            'Skriv kommunkoden under [kommun] i planer.toml, t.ex. kod = "0180".',
        )
    per_kpi: dict[str, list[str]] = {}
    for m in modell.matetal.values():
        if m.kolada:
            per_kpi.setdefault(m.kolada, []).append(m.id)
    if not per_kpi:
        problem.fel(
            "Inget mätetal har ett id i kolumnen Kolada, så det finns inget att hämta.",
            Plats(INDATA, "Mätetal"),
            "Skriv nyckeltalets id i Kolada (t.ex. N00945) i kolumnen Kolada på fliken Mätetal.",
        )
    if problem.har_fel:
        return None
    ar_ = tuple(sorted(set(ar)))
    nyckeltal = {n.id: n for n in klient.nyckeltal(per_kpi)}
    for kpi in per_kpi.keys() - nyckeltal.keys():
        for matetal_id in per_kpi[kpi]:
            problem.fel(
                f"Kolada känner inte till nyckeltalet ”{kpi}” (mätetalet {matetal_id}).",
                inlasning.koladaplatser.get(matetal_id, Plats(INDATA, "Mätetal")),
                "Kontrollera id:t på www.kolada.se; det börjar oftast med N eller U och fem "
                "siffror, t.ex. N00945.",
            )
    if problem.har_fel:
        return None
    fil = inlasning.arbetsyta / INDATA / KOLADAFIL
    _varna_for_nya_titlar(fil, nyckeltal, per_kpi, inlasning, problem)
    kolada = installningar.kolada
    grupp, gruppnamn, medlemmar = kolada.grupp, "", []
    if grupp:
        gruppnamn, medlemmar = klient.grupp(grupp)
    jamforelse = dict(medlemmar)
    jamforelse.update({kod: jamforelse.get(kod, "") for kod in kolada.kommuner})
    jamforelse.pop(kommun, None)
    assert kommun is not None
    utvalda = klient.varden(nyckeltal, ar_, [kommun, *jamforelse, RIKET])
    alla = klient.varden(nyckeltal, ar_)
    poster = {(v.kpi, v.kommun, v.ar): v for v in alla}
    poster.update({(v.kpi, v.kommun, v.ar): v for v in utvalda})  # asked for by name: kept
    for kpi in nyckeltal:  # a year Kolada has nothing for is shown as missing, not left out
        for a in ar_:
            poster.setdefault((kpi, kommun, a), Vardepost(kpi, kommun, a, None))
    namn = {kod: n for kod, n in jamforelse.items() if n}
    namn[kommun] = installningar.kommun.namn
    namn[RIKET] = "Riket"
    data = Koladadata(
        Hamtning(
            adress=kolada.adress,
            tidpunkt=datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
            kommun=kommun,
            ar=ar_,
            grupp=grupp,
            gruppnamn=gruppnamn,
            jamforelse=tuple(jamforelse.items()),
        ),
        nyckeltal,
        tuple(poster.values()),
        namn,
    )
    skriv_koladafil(fil, data)
    return Resultat(
        fil, len(nyckeltal), len(poster), ar_, klient.antal_anrop, time.monotonic() - start
    )


def _varna_for_nya_titlar(
    fil: Path,
    nyckeltal: dict[str, Nyckeltal],
    per_kpi: dict[str, list[str]],
    inlasning: Inlasning,
    problem: Problemlista,
) -> None:
    """Kolada changes what an id means without notice: a new title is worth a look."""
    if not fil.is_file():
        return
    tidigare = las_koladafil(fil, Problemlista())  # a broken old file is simply replaced
    if tidigare is None:
        return
    for kpi, ny in nyckeltal.items():
        gammal = tidigare.nyckeltal.get(kpi)
        if gammal is None or gammal.titel == ny.titel:
            continue
        for matetal_id in per_kpi[kpi]:
            problem.varning(
                f"Nyckeltalet {kpi} heter nu ”{ny.titel}” i Kolada, men hette "
                f"”{gammal.titel}” vid förra hämtningen (mätetalet {matetal_id}, "
                f"”{inlasning.modell.matetal[matetal_id].namn}”).",
                inlasning.koladaplatser.get(matetal_id, Plats(KOLADAFIL, "Koladanyckeltal")),
                "Kontrollera att nyckeltalet fortfarande mäter samma sak som mätetalet.",
            )
