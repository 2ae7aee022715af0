"""`planer mallar`: the templates' variables with examples, or a check of own templates."""

from __future__ import annotations

from pathlib import Path

import click

from planer.dokument import DOKUMENTTYPER, MOTESDOKUMENT
from planer.kommandon import (
    FLAGGOR,
    Avbrott,
    katalog_option,
    las_modell,
    med_antal,
    visa_planerfel,
    visa_problem,
)
from planer.mallkontroll import (
    MALLFORMAT,
    egna_mallar,
    exempelkontext,
    kontrollera_mallar,
    variabler,
)
from planer.rendering.mallar import WEBB, inbyggda_mallar
from planer.webb import exempelsidor


@click.command(options_metavar=FLAGGOR)
@katalog_option
@click.argument(
    "dokumenttyp",
    required=False,
    type=click.Choice((*DOKUMENTTYPER, *MOTESDOKUMENT, WEBB)),
    metavar="[DOKUMENTTYP]",
)
@click.option("--kontrollera", "kontrollera_", is_flag=True, help="Prova arbetsytans egna mallar.")
@visa_planerfel
def mallar(katalog: Path, dokumenttyp: str | None, kontrollera_: bool) -> None:
    """Visa mallarnas variabler, eller kontrollera egna mallar.

    Utan argument: dokumenttyperna och vilka mallfiler som används. Med en
    dokumenttyp: alla variabler dess mallar får, med exempel ur er egen data.
    Med --kontrollera: varje egen mall i mallar/ provas på riktigt, och syntaxfel
    och okända variabler visas med fil och rad (kod 1 vid fel).

    Med webb: variablerna för varje slags sida på webbplatsen (planer webb).

    Mallarnas variabler beskrivs i docs/mallar.md.

    Exempel:

    \b
        planer mallar
        planer mallar delarsrapport
        planer mallar webb
        planer mallar tjansteskrivelse
        planer mallar --kontrollera
    """
    inlasning = las_modell(katalog, "Mallarna kan inte visas")
    if kontrollera_:
        egna, problem = kontrollera_mallar(inlasning)
        if not egna:
            click.echo("Arbetsytan har inga egna mallar; de inbyggda används.")
            return
        visa_problem(problem)
        namn = ", ".join(p.name for p in egna)
        click.echo(f"Kontrollerade {med_antal(len(egna), 'egen mall', 'egna mallar')}: {namn}.")
        if problem.har_fel:
            raise Avbrott(f"{med_antal(len(problem), 'fel', 'fel')} i mallarna.")
        click.secho("Inga fel.", fg="green", bold=True)
        return
    if dokumenttyp is None:
        egna = {p.name for p in egna_mallar(inlasning)}
        for typ in DOKUMENTTYPER + MOTESDOKUMENT:
            filer = [f"{typ}.{f}" for f in MALLFORMAT]
            beskrivning = ", ".join(f"{f} ({'egen' if f in egna else 'inbyggd'})" for f in filer)
            click.echo(f"{typ:<16} {beskrivning}")
        egna_webb = {p.name for p in egna_mallar(inlasning) if p.parent.name == WEBB}
        filer = sorted(p.name for p in (inbyggda_mallar() / WEBB).iterdir())
        beskrivning = ", ".join(f"{f} ({'egen' if f in egna_webb else 'inbyggd'})" for f in filer)
        click.echo(f"{WEBB:<16} {beskrivning}")
        return
    if dokumenttyp == WEBB:
        for mall, kontext in exempelsidor(inlasning).items():
            click.secho(mall, bold=True)
            for variabel in variabler(kontext):
                click.echo(f"  {variabel.namn:<46} {variabel.exempel}")
        return
    for variabel in variabler(exempelkontext(inlasning, dokumenttyp)):
        click.echo(f"{variabel.namn:<48} {variabel.exempel}")
