"""A workspace: planer.toml, indata/, mallar/ and utdata/ in one folder.

`las_arbetsyta` is the whole front of the pipeline: settings, workbooks, rows,
validated model and every problem found on the way.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from functools import cached_property
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING

from planer.installningar import FILNAMN, Installningar, las_installningar
from planer.kolada.data import KOLADAFIL, Koladadata
from planer.kolada.kontroll import granska
from planer.lasning import las_indata
from planer.lasning.formular import Formular
from planer.lasning.kolada import las_koladafil
from planer.lasning.overlagg import lagg_over
from planer.modell.styrmodell import Styrmodell
from planer.problem import PlanerFel, Plats, Problemlista
from planer.validering import bygg_styrmodell

if TYPE_CHECKING:
    from planer.kolada.jamforelse import Jamforelser

INDATA, MALLAR, UTDATA = "indata", "mallar", "utdata"


@dataclass
class Inlasning:
    arbetsyta: Path
    installningar: Installningar
    modell: Styrmodell | None  # None when there are errors
    problem: Problemlista
    kolada: Koladadata | None = None  # indata/kolada.xlsx, from `planer kolada`
    koladaplatser: dict[str, Plats] = field(default_factory=dict)  # measure → its Kolada cell
    formular: list[Formular] = field(default_factory=list)  # returned data-entry forms

    @cached_property
    def jamforelser(self) -> Jamforelser:
        """Comparisons with other kommuner, computed once (pandas: only when asked for)."""
        from planer.kolada.jamforelse import berakna

        return berakna(self.kolada, self.modell)


def las_arbetsyta(arbetsyta: Path, med_kolada: bool = True, med_formular: bool = True) -> Inlasning:
    """Settings, workbooks and the model; returned forms laid over the central rows.

    `med_kolada=False` leaves indata/kolada.xlsx unread (for the fetch that replaces
    it, so a broken old file does not stop it). `med_formular=False` builds the model
    from the central workbooks alone (what the forms were made from), for the round's
    status.
    """
    if not (arbetsyta / FILNAMN).is_file() and not (arbetsyta / INDATA).is_dir():
        raise PlanerFel(
            f"{arbetsyta} är ingen arbetsyta för planer: "
            f"där finns varken {FILNAMN} eller {INDATA}/.",
            "Gå till mappen med planer.toml, ange den med --katalog, "
            "eller skapa en ny med: planer ny KATALOG",
        )
    problem = Problemlista()
    installningar = las_installningar(arbetsyta, problem)
    indata = las_indata(arbetsyta / INDATA, problem)
    rader = indata.rader
    if med_formular:
        rader = lagg_over(rader, indata.formular, installningar.kommun, problem)
    koladafil = arbetsyta / INDATA / KOLADAFIL
    kolada = las_koladafil(koladafil, problem) if med_kolada and koladafil.is_file() else None
    modell = bygg_styrmodell(rader, problem, arbetsyta / INDATA, kolada)
    platser = {
        r["id"]: r.plats("kolada") for r in rader.get("Mätetal") or () if r["id"] and r["kolada"]
    }
    if kolada is not None and modell is not None:
        granska(kolada, modell, installningar.kommun.kod, platser, problem)
    return Inlasning(arbetsyta, installningar, modell, problem, kolada, platser, indata.formular)


def exempelkatalog() -> Path:
    """The example workspace: packed into the wheel, or the checkout's own root."""
    i_paketet = Path(str(resources.files("planer") / "_exempel"))
    if i_paketet.is_dir():
        return i_paketet
    return Path(__file__).resolve().parent.parent


def skapa_arbetsyta(katalog: Path) -> list[Path]:
    """Create a new workspace with the example municipality; returns what was written."""
    if katalog.is_symlink() or (katalog.exists() and any(katalog.iterdir())):
        raise PlanerFel(
            f"{katalog} finns redan och är inte tom.",
            "Ange en ny mapp, så skrivs inget över.",
        )
    kalla = exempelkatalog()
    try:
        katalog.mkdir(parents=True, exist_ok=True)
    except OSError as fel:
        raise PlanerFel(
            f"Mappen {katalog} kunde inte skapas ({fel.strerror}).",
            "Välj en mapp där du får skriva.",
        ) from None
    skrivna = [Path(shutil.copy2(kalla / FILNAMN, katalog / FILNAMN))]
    for mapp in (INDATA, MALLAR):
        (katalog / mapp).mkdir()
        # indata/ with its subfolders (attachments in indata/bilagor/); mallar/ without the fonts
        filer = (kalla / mapp).rglob("*") if mapp == INDATA else (kalla / mapp).iterdir()
        for fil in sorted(filer):
            if fil.is_file() and not fil.name.startswith(("~$", ".")):
                mal = katalog / fil.relative_to(kalla)
                mal.parent.mkdir(parents=True, exist_ok=True)
                skrivna.append(Path(shutil.copy2(fil, mal)))
    (katalog / ".gitignore").write_text(f"{UTDATA}/\n~$*\n", encoding="utf-8")
    return skrivna
