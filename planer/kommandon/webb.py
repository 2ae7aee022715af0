"""`planer webb`: the website "Våra resultat", written to utdata/webb/."""

from __future__ import annotations

from pathlib import Path

import click

from planer.kommandon import (
    FLAGGOR,
    PeriodParam,
    katalog_option,
    las_modell,
    med_antal,
    visa_planerfel,
)
from planer.webb import bygg_webb


@click.command(options_metavar=FLAGGOR)
@katalog_option
@click.option(
    "--period",
    type=PeriodParam(),
    help="Perioden webbplatsen visar, t.ex. 2026-T2. Standard: den senaste med utfall.",
)
@click.option(
    "--utdata",
    type=click.Path(file_okay=False, path_type=Path),
    help="Mappen med dokumenten; webbplatsen hamnar i webb/ i den. Standard: utdata/.",
)
@visa_planerfel
def webb(katalog: Path, period, utdata: Path | None) -> None:
    """Gör webbplatsen "Våra resultat" av mål, mätetal och ekonomi.

    Webbplatsen hamnar i utdata/webb/ och öppnas med utdata/webb/index.html. Den
    har en sida för kommunen, för varje organisation och för varje mål, en sida
    om Agenda 2030 och en sökbar lista över alla mål. Dokument som planer bygg
    redan har gjort för perioden (PDF och Word) kopieras in och länkas.

    Allt är vanliga filer med relativa länkar: lägg mappen på kommunens webbserver
    eller en delad mapp. Bara sidor som har ändrats skrivs om.

    Exempel:

    \b
        planer webb
        planer webb --period 2025
        planer bygg --format pdf --format docx && planer webb
    """
    inlasning = las_modell(katalog, "Webbplatsen byggdes inte")
    resultat = bygg_webb(inlasning, period, utdata)
    click.echo(
        f"Webbplatsen för {resultat.period} i {resultat.mapp}: "
        f"{med_antal(len(resultat.skrivna), 'sida skriven', 'sidor skrivna')}, "
        f"{resultat.oforandrade} oförändrade, "
        f"{med_antal(resultat.kopierade, 'fil kopierad', 'filer kopierade')}"
        + (f", {resultat.borttagna} borttagna" if resultat.borttagna else "")
        + f", {resultat.sekunder:.1f} s."
    )
    click.echo(f"Öppna {resultat.mapp / 'index.html'}")
