"""`planer bygg`: build the documents, incrementally and in parallel, with progress."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from planer.bygg import FORMAT, Handelse, bestallning
from planer.bygg import bygg as bygg_dokumenten
from planer.dokument import DOKUMENTTYPER
from planer.kommandon import (
    FLAGGOR,
    Avbrott,
    PeriodParam,
    jobb_option,
    katalog_option,
    las_modell,
    med_antal,
    med_underliggande_option,
    org_option,
    visa_planerfel,
)


@click.command(options_metavar=FLAGGOR)
@katalog_option
@click.option(
    "--utdata",
    type=click.Path(file_okay=False, path_type=Path),
    help="Mappen dokumenten hamnar i. Standard: utdata/ i arbetsytan. "
    "Får inte vara arbetsytan själv eller ligga i indata/ eller mallar/.",
)
@org_option
@med_underliggande_option
@click.option(
    "--dokument",
    "dokumenttyper",
    multiple=True,
    type=click.Choice(DOKUMENTTYPER),
    help="Dokumenttyp (kan upprepas). Standard: alla.",
)
@click.option(
    "--format",
    "format_",
    multiple=True,
    type=click.Choice(FORMAT),
    help="Format (kan upprepas). Standard: docx, pdf och html.",
)
@click.option(
    "--ar", type=int, metavar="ÅR", help="År för verksamhetsplan och årsredovisning, t.ex. 2027."
)
@click.option(
    "--period", type=PeriodParam(), help="Period för delårsrapport och styrkort, t.ex. 2026-T2."
)
@jobb_option("dokument")
@click.option("--alltid", is_flag=True, help="Bygg om allt, också dokument som inte har ändrats.")
@visa_planerfel
def bygg(
    katalog,
    utdata,
    org_ids,
    med_underliggande,
    dokumenttyper,
    format_,
    ar,
    period,
    arbetare,
    alltid,
) -> None:
    """Bygg dokumenten för alla organisationer, eller de som anges.

    Dokumenten hamnar i utdata/<år eller period>/<dokumenttyp>/<id>-<namn>.<format>
    (eller i mappen som anges med --utdata).
    Utan --ar och --period väljs planåret för verksamhetsplanen, det senaste året med
    utfall för årsredovisningen och det senaste tertialet för delårsrapporten.

    Bara dokument vars data eller mall har ändrats sedan förra bygget byggs om; ett
    dokument som har tagits bort eller ändrats för hand byggs också om. Ett dokument
    som inte går att bygga stoppar inte de andra; kommandot avslutas då med kod 1.

    Exempel:

    \b
        planer bygg
        planer bygg --org BUN --med-underliggande --dokument delarsrapport --period 2026-T2
        planer bygg --dokument verksamhetsplan --format pdf --alltid
    """
    inlasning = las_modell(katalog, "Inga dokument byggdes")
    val = bestallning(inlasning, org_ids, med_underliggande, dokumenttyper, format_, ar, period)
    antal = len(val.org_ids) * len(val.dokumenttyper)
    terminal = sys.stdout.isatty()
    with click.progressbar(
        length=antal,
        label="Bygger",
        show_pos=True,
        item_show_func=lambda h: h and f"{h.jobb.dokumenttyp} {h.jobb.org_id}",
        file=None if terminal else _Tyst(),
    ) as stapel:

        def efter_varje(handelse: Handelse) -> None:
            stapel.update(1, handelse)
            j = handelse.jobb
            if handelse.fel:
                click.secho(
                    f"\nMisslyckades: {j.dokumenttyp} för {j.org_id}: {handelse.fel}",
                    fg="red",
                    err=True,
                )
            elif not terminal:
                click.echo(f"{handelse.utfall}: {j.dokumenttyp} {j.org_id} ({j.period})")

        try:
            resultat = bygg_dokumenten(inlasning, val, utdata, arbetare, alltid, efter_varje)
        except KeyboardInterrupt:
            raise Avbrott(
                "Avbrutet. Dokument som hann bli klara finns kvar; kör planer bygg igen för resten."
            ) from None
    byggda = antal - resultat.oforandrade - len(resultat.misslyckade)
    click.echo(
        f"{med_antal(byggda, 'dokument byggt', 'dokument byggda')} ({len(resultat.byggda)} filer), "
        f"{resultat.oforandrade} oförändrade, {len(resultat.misslyckade)} misslyckade, "
        f"{resultat.sekunder:.1f} s."
    )
    if resultat.misslyckade:
        raise SystemExit(1)


class _Tyst:
    """A sink for the progress bar when output is not a terminal (plain lines instead)."""

    def write(self, text: str) -> None:
        pass

    def flush(self) -> None:
        pass
