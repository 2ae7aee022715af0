"""`planer exportera`: the assessed model as tidy tables in .xlsx or .csv."""

from __future__ import annotations

from pathlib import Path

import click

from planer.arbetsyta import UTDATA
from planer.kommandon import FLAGGOR, katalog_option, las_modell, visa_planerfel


@click.command(options_metavar=FLAGGOR)
@katalog_option
@click.option(
    "--format",
    "format_",
    type=click.Choice(("xlsx", "csv")),
    default="xlsx",
    show_default=True,
    help="En arbetsbok med en flik per tabell, eller en CSV-fil per tabell.",
)
@click.option(
    "--till",
    type=click.Path(path_type=Path),
    help="Filen (xlsx) eller mappen (csv) att skriva. Standard: utdata/planer-export.xlsx "
    "eller utdata/export/.",
)
@visa_planerfel
def exportera(katalog: Path, format_: str, till: Path | None) -> None:
    """Exportera mätetal, mål och ekonomi som tabeller för Excel eller Power BI.

    En rad per mätetal och period (målvärde, utfall, status, trend och jämförelsen
    från Kolada för helår), per mål och period (bedömning) och per ekonomirad
    (budget, utfall, prognos och avvikelse). Tal är tal; ett saknat värde är tomt.
    CSV-filerna har semikolon och decimalkomma, som svenska Excel väntar sig.

    Exempel:

    \b
        planer exportera
        planer exportera --format csv --till analys/
    """
    from planer.exportera import skriv  # pandas: only for this command

    inlasning = las_modell(katalog, "Ingenting exporterades")
    if till is None:
        till = katalog / UTDATA / ("planer-export.xlsx" if format_ == "xlsx" else "export")
    for fil in skriv(inlasning, till, format_):
        click.echo(f"Skrev {fil}")
