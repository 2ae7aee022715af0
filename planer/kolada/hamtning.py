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
    installningar = inlasning.installningar
    per_kpi = _matetal_per_kpi(inlasning, problem)
    kommun = installningar.kommun.kod
    if problem.har_fel or kommun is None:
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
    gruppnamn, medlemmar = klient.grupp(kolada.grupp) if kolada.grupp else ("", [])
    jamforelse = dict(medlemmar) | {kod: dict(medlemmar).get(kod, "") for kod in kolada.kommuner}
    jamforelse.pop(kommun, None)  # the kommun is not its own comparison
    poster = _varden(klient, list(nyckeltal), ar_, kommun, list(jamforelse))
    namn = {kod: n for kod, n in jamforelse.items() if n}
    namn |= {kommun: installningar.kommun.namn, RIKET: "Riket"}
    hamtning = Hamtning(
        adress=kolada.adress,
        tidpunkt=datetime.datetime.now(datetime.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        kommun=kommun,
        ar=ar_,
        grupp=kolada.grupp,
        gruppnamn=gruppnamn,
        jamforelse=tuple(jamforelse.items()),
    )
    skriv_koladafil(fil, Koladadata(hamtning, nyckeltal, tuple(poster), namn))
    sekunder = time.monotonic() - start
    return Resultat(fil, len(nyckeltal), len(poster), ar_, klient.antal_anrop, sekunder)


def _matetal_per_kpi(inlasning: Inlasning, problem: Problemlista) -> dict[str, list[str]]:
    """KPI id → the measures that carry it; a missing kommun code or no id is an error."""
    if inlasning.installningar.kommun.kod is None:
        problem.fel(
            "Kommunkoden saknas, så planer vet inte vilken kommuns värden som ska hämtas.",
            Plats(FILNAMN, cell="kommun.kod"),
            'Skriv kommunkoden under [kommun] i planer.toml, t.ex. kod = "0180".',
        )
    assert inlasning.modell is not None
    per_kpi: dict[str, list[str]] = {}
    for m in inlasning.modell.matetal.values():
        if m.kolada:
            per_kpi.setdefault(m.kolada, []).append(m.id)
    if not per_kpi:
        problem.fel(
            "Inget mätetal har ett id i kolumnen Kolada, så det finns inget att hämta.",
            Plats(INDATA, "Mätetal"),
            "Skriv nyckeltalets id i Kolada (t.ex. N00945) i kolumnen Kolada på fliken Mätetal.",
        )
    return per_kpi


def _varden(
    klient: Klient, kpi: list[str], ar: tuple[int, ...], kommun: str, jamforelse: list[str]
) -> list[Vardepost]:
    """All kommuner's values (for the rank), and the kommun's, the group's and riket's by
    name; a year without the kommun's own value is kept as missing, not left out."""
    poster = {(v.kpi, v.kommun, v.ar): v for v in klient.varden(kpi, ar)}
    for v in klient.varden(kpi, ar, [kommun, *jamforelse, RIKET]):
        poster[v.kpi, v.kommun, v.ar] = v
    for k in kpi:
        for a in ar:
            poster.setdefault((k, kommun, a), Vardepost(k, kommun, a, None))
    return list(poster.values())


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
