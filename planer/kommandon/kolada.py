"""`planer kolada`: fetch the comparison values from Kolada into indata/kolada.xlsx."""

from __future__ import annotations

from pathlib import Path

import click

from planer.arbetsyta import las_arbetsyta
from planer.kommandon import (
    FLAGGOR,
    Avbrott,
    katalog_option,
    med_antal,
    visa_planerfel,
    visa_problem,
)
from planer.problem import Problemlista


@click.command(options_metavar=FLAGGOR)
@katalog_option
@click.option(
    "--ar",
    "ar",
    multiple=True,
    type=click.IntRange(1900, 2100),
    metavar="ÅR",
    help="År att hämta (kan upprepas). Standard: åren som dokumenten visar.",
)
@visa_planerfel
def kolada(katalog: Path, ar: tuple[int, ...]) -> None:
    """Hämta jämförelser från Kolada till indata/kolada.xlsx.

    Hämtar, för varje mätetal med ett id i kolumnen Kolada, nyckeltalets titel,
    kommunens egna värden ([kommun] kod), jämförelsekommunernas ([kolada] grupp och
    kommuner), rikets och alla kommuners värden (för rangordningen). Filen skrivs
    först när allt är hämtat; misslyckas hämtningen finns den förra kvar.
    Bygget läser bara filen och går aldrig ut på nätet.

    Exempel:

    \b
        planer kolada
        planer kolada --ar 2024 --ar 2025
    """
    from planer.kolada.hamtning import hamta, standardar  # httpx: only for this command
    from planer.kolada.klient import Klient

    inlasning = las_arbetsyta(katalog, med_kolada=False)
    if inlasning.modell is None:
        visa_problem(inlasning.problem)
        raise Avbrott("Ingenting hämtades: rätta felen ovan och kör igen.")
    problem = Problemlista()
    adress = inlasning.installningar.kolada.adress
    click.echo(f"Hämtar från {adress} …")
    with Klient(adress) as klient:
        resultat = hamta(inlasning, ar or standardar(inlasning.modell), klient, problem)
    visa_problem(problem)
    if resultat is None:
        raise Avbrott("Ingenting hämtades: rätta felen ovan och kör igen.")
    click.echo(
        f"Hämtade {med_antal(resultat.nyckeltal, 'nyckeltal', 'nyckeltal')} för "
        f"{', '.join(map(str, resultat.ar))}: {resultat.varden} värden i "
        f"{med_antal(resultat.anrop, 'anrop', 'anrop')} på {resultat.sekunder:.1f} s."
    )
    click.echo(f"Sparat i {resultat.fil}. Kör planer bygg för att visa jämförelserna.")
