"""`planer status`: who has answered the reporting round, and how completely."""

from __future__ import annotations

from pathlib import Path

import click

from planer.arbetsyta import las_arbetsyta
from planer.bygg.bestallning import valda_organisationer
from planer.inrapportering.status import RUBRIKER, rundans_status, skriv_status, som_rader
from planer.kommandon import (
    FLAGGOR,
    Avbrott,
    PeriodParam,
    katalog_option,
    med_underliggande_option,
    org_option,
    visa_planerfel,
    visa_problem,
)
from planer.problem import Allvarlighet, Problemlista


@click.command(options_metavar=FLAGGOR)
@katalog_option
@click.option("--period", type=PeriodParam(), required=True, help="Perioden, t.ex. 2026-T2.")
@org_option
@med_underliggande_option
@click.option(
    "--xlsx",
    type=click.Path(dir_okay=False, path_type=Path),
    metavar="FIL",
    help="Skriv tabellen också som arbetsbok, t.ex. för en påminnelse.",
)
@visa_planerfel
def status(katalog, period, org_ids, med_underliggande, xlsx) -> None:
    """Visa inrapporteringens läge: vilka som har svarat och hur fullständigt.

    En rad per organisation som får ett formulär för perioden: om formuläret har
    kommit in (lagts i indata/), hur många mätetal som har utfall, mål som är
    bedömda och texter som är skrivna, hur många förifyllda värden enheten har
    rättat och hur många fel formuläret har. Avslutas med kod 1 bara om
    formulären har fel; felen visas då först.

    Exempel:

    \b
        planer status --period 2026-T2
        planer status --period 2026 --xlsx paminnelse.xlsx
    """
    inlasning = las_arbetsyta(katalog)
    underlag = inlasning
    if inlasning.modell is None:  # errors, maybe in the forms: count from the central data
        underlag = las_arbetsyta(katalog, med_formular=False)
        if underlag.modell is None:
            visa_problem(underlag.problem)
            raise Avbrott("Status kan inte visas: rätta felen i de centrala arbetsböckerna först.")
    orgs = valda_organisationer(underlag, org_ids, med_underliggande)
    resultat = rundans_status(
        underlag.modell, underlag.installningar, inlasning.formular, inlasning.problem, period, orgs
    )
    formularfel = Problemlista()
    filer = {f.fil.name for f in inlasning.formular}
    for p in inlasning.problem:
        if p.allvarlighet is Allvarlighet.FEL and p.plats.fil in filer:
            formularfel.fel(p.meddelande, p.plats, p.tips)
    if len(formularfel):
        visa_problem(formularfel)
    _visa_tabell(som_rader(resultat))
    if xlsx is not None:
        skriv_status(resultat, xlsx)
        click.echo(f"Tabellen skrevs till {xlsx}.")
    farg = "red" if resultat.antal_fel else "green"
    click.secho(f"Inrapportering {period}: {resultat.sammanfattning}.", fg=farg, bold=True)
    if resultat.antal_fel:
        raise SystemExit(1)


def _visa_tabell(rader: list[tuple[str, ...]]) -> None:
    kolumner = RUBRIKER[:-1]  # the file name makes the lines too long; it is in --xlsx
    bredder = [max(len(r[i]) for r in [kolumner, *rader]) for i in range(len(kolumner))]
    bredder[1] = min(bredder[1], 40)
    for rad in [kolumner, *rader]:
        celler = [text[:b].ljust(b) for text, b in zip(rad, bredder, strict=False)]
        click.echo("  ".join(celler).rstrip())
    click.echo()
