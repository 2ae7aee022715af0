"""`planer utskick`: one data-entry workbook per body for a period."""

from __future__ import annotations

from pathlib import Path

import click

from planer.inrapportering import UTSKICK
from planer.inrapportering import utskick as skicka_ut
from planer.kommandon import (
    FLAGGOR,
    PeriodParam,
    jobb_option,
    katalog_option,
    las_modell,
    med_antal,
    med_underliggande_option,
    org_option,
    visa_planerfel,
)
from planer.lasning import varden


class DatumParam(click.ParamType):
    name = "datum"

    def convert(self, value, param, ctx):
        try:
            dag = varden.datum(value)
        except varden.Vardefel as fel:
            self.fail(f"{fel.meddelande} {fel.tips}", param, ctx)
        return dag


@click.command(options_metavar=FLAGGOR)
@katalog_option
@click.option(
    "--period",
    type=PeriodParam(),
    required=True,
    help="Perioden som ska rapporteras, t.ex. 2026-T2.",
)
@org_option
@med_underliggande_option
@click.option(
    "--utdata",
    type=click.Path(file_okay=False, path_type=Path),
    help=f"Mappen formulären hamnar i. Standard: {UTSKICK}/ i arbetsytan.",
)
@click.option(
    "--sista-dag",
    type=DatumParam(),
    metavar="ÅÅÅÅ-MM-DD",
    help="Sista dag att skicka tillbaka formuläret; står i anvisningen.",
)
@jobb_option("formulär")
@visa_planerfel
def utskick(katalog, period, org_ids, med_underliggande, utdata, sista_dag, arbetare) -> None:
    """Skapa ett inrapporteringsformulär (.xlsx) per organisation för en period.

    Formulären hamnar i utskick/<period>/<id>-<namn>.xlsx (eller i mappen som anges
    med --utdata). Varje formulär har bara organisationens egna mätetal, mål,
    aktiviteter, uppdrag, textavsnitt och, för tertial, ekonomins poster. Värden som
    redan finns centralt är ifyllda. Lägg de ifyllda formulären i indata/, så läses
    de som indata; se docs/inrapportering.md.

    Exempel:

    \b
        planer utskick --period 2026-T2 --sista-dag 2026-09-10
        planer utskick --period 2026 --org BUN --med-underliggande
    """
    inlasning = las_modell(katalog, "Inga formulär skapades")
    resultat = skicka_ut(
        inlasning, period, org_ids, med_underliggande, utdata, sista_dag, arbetare=arbetare
    )
    for fil in resultat.filer:
        click.echo(str(fil))
    if resultat.utan_innehall:
        click.echo(f"Inget att rapportera för {period}: {', '.join(resultat.utan_innehall)}.")
    click.secho(
        f"{med_antal(len(resultat.filer), 'formulär', 'formulär')} för {period} skapade.",
        fg="green",
        bold=True,
    )
