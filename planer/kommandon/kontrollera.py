"""`planer kontrollera`: read and check everything, show problems and a summary."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

import click

from planer.arbetsyta import Inlasning, las_arbetsyta
from planer.kommandon import FLAGGOR, katalog_option, med_antal, visa_planerfel, visa_problem
from planer.modell.objekt import Niva
from planer.problem import Allvarlighet

_NIVAORD = {
    Niva.KOMMUNFULLMAKTIGE: ("kommunfullmäktige", "kommunfullmäktige"),
    Niva.NAMND: ("nämnd", "nämnder"),
    Niva.BOLAG: ("bolag", "bolag"),
    Niva.FORVALTNING: ("förvaltning", "förvaltningar"),
    Niva.ENHET: ("enhet", "enheter"),
}


@click.command(options_metavar=FLAGGOR)
@katalog_option
@click.option("--strikt", is_flag=True, help="Räkna varningar som fel (avsluta med kod 1).")
@visa_planerfel
def kontrollera(katalog: Path, strikt: bool) -> None:
    """Läs och kontrollera arbetsböckerna och planer.toml.

    Visar alla problem på en gång, ordnade efter arbetsbok och flik, med cell och
    ett förslag på vad som ska stå där, och sedan en sammanfattning.
    Avslutas med kod 1 om något fel hittades, annars 0.

    Exempel:

    \b
        planer kontrollera
        planer kontrollera --katalog ../minkommun --strikt
    """
    inlasning = las_arbetsyta(katalog)
    visa_problem(inlasning.problem)
    if inlasning.modell is not None:
        visa_sammanfattning(inlasning)
    fel = inlasning.problem.antal(Allvarlighet.FEL)
    varningar = inlasning.problem.antal(Allvarlighet.VARNING)
    notiser = inlasning.problem.antal(Allvarlighet.NOTIS)
    rad = (
        ", ".join(
            (
                med_antal(fel, "fel", "fel"),
                med_antal(varningar, "varning", "varningar"),
                med_antal(notiser, "notis", "notiser"),
            )
        )
        + "."
    )
    if fel or (strikt and varningar):
        click.secho(rad, fg="red", bold=True)
        raise SystemExit(1)
    click.secho(rad, fg="green", bold=True)


def visa_sammanfattning(inlasning: Inlasning) -> None:
    modell = inlasning.modell
    assert modell is not None
    click.secho(f"{inlasning.installningar.kommun.namn}: sammanfattning", bold=True)
    nivaer = ", ".join(
        med_antal(antal, *_NIVAORD[niva]) for niva, antal in modell.per_niva().items() if antal
    )
    antal = modell.sammanfattning()
    click.echo(f"  {antal.pop('organisationer')} organisationer ({nivaer})")
    click.echo("  " + ", ".join(f"{n} {namn}" for namn, n in antal.items()))
    perioder = modell.perioder_med_utfall
    if perioder:
        click.echo(f"  Perioder med utfall: {', '.join(map(str, perioder))}")
    if (kolada := inlasning.kolada) is not None:
        hamtning = kolada.hamtning
        antal = med_antal(len(kolada.nyckeltal), "nyckeltal", "nyckeltal")
        click.echo(
            f"  Jämförelser från Kolada: {antal}, år {', '.join(map(str, hamtning.ar))}, "
            f"hämtade {hamtning.tidpunkt}"
            + (" (exempeldata, inte verkliga Kolada-värden)" if hamtning.exempeldata else "")
        )
    if inlasning.formular:
        per_period = Counter(f.period for f in inlasning.formular)
        delar = ", ".join(f"{n} för {p}" for p, n in sorted(per_period.items()))
        click.echo(f"  Inrapporteringsformulär: {delar}")
    click.echo()
