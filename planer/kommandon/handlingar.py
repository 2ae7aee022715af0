"""`planer handlingar`: kallelse, tjänsteskrivelser and the bundle, per meeting."""

from __future__ import annotations

import datetime
from pathlib import Path

import click

from planer.bygg import BYGGD, FORMAT
from planer.bygg.handlingar import SAMLAD, bygg_handlingar, valj_moten
from planer.kommandon import (
    FLAGGOR,
    Avbrott,
    jobb_option,
    katalog_option,
    las_modell,
    med_antal,
    visa_planerfel,
)


class DatumParam(click.ParamType):
    name = "datum"

    def convert(self, value, param, ctx):
        if isinstance(value, datetime.date):
            return value
        try:
            return datetime.date.fromisoformat(value.strip())
        except ValueError:
            self.fail(f"”{value}” är inget datum. Skriv ÅÅÅÅ-MM-DD, t.ex. 2026-04-06.", param, ctx)


@click.command(options_metavar=FLAGGOR)
@katalog_option
@click.option(
    "--org",
    "org_ids",
    multiple=True,
    metavar="ID",
    help="Bara denna nämnds sammanträden (kan upprepas).",
)
@click.option(
    "--datum", type=DatumParam(), metavar="ÅÅÅÅ-MM-DD", help="Bara sammanträden denna dag."
)
@click.option(
    "--format",
    "format_",
    multiple=True,
    type=click.Choice(FORMAT),
    help="Format (kan upprepas). Standard: docx, pdf och html. "
    "Sammanträdeshandlingarna som en PDF görs när pdf är med.",
)
@click.option(
    "--utdata",
    type=click.Path(file_okay=False, path_type=Path),
    help="Mappen handlingarna hamnar under (i sammantraden/). Standard: utdata/ i arbetsytan.",
)
@jobb_option("dokument eller sammanträden")
@click.option("--alltid", is_flag=True, help="Bygg om allt, också det som inte har ändrats.")
@visa_planerfel
def handlingar(katalog, org_ids, datum, format_, utdata, arbetare, alltid) -> None:
    """Gör sammanträdeshandlingar: kallelse, tjänsteskrivelser och en samlad PDF.

    För varje sammanträde på fliken Sammanträden skrivs mappen
    utdata/sammantraden/<datum>-<id>/ med kallelse med föredragningslista, en
    tjänsteskrivelse per ärende med dokument eller förslag till beslut, dokumenten
    som ärendena behandlar, bilagorna och sammantradeshandlingar.pdf: allt i
    föredragningslistans ordning, med bokmärken och löpande sidnummer.

    Bara det som har ändrats sedan förra gången byggs om.

    Exempel:

    \b
        planer handlingar
        planer handlingar --org KS --datum 2026-04-06
        planer handlingar --org SN --org BUN --format pdf
    """
    inlasning = las_modell(katalog, "Inga handlingar byggdes")
    moten = valj_moten(inlasning, org_ids, datum)
    try:
        resultat = bygg_handlingar(inlasning, moten, format_, utdata, arbetare, alltid)
    except KeyboardInterrupt:
        raise Avbrott(
            "Avbrutet. Filer som hann bli klara finns kvar; kör kommandot igen."
        ) from None
    fel = 0
    for r in resultat:
        organ = inlasning.modell.organisationer[r.mote.organisation].namn
        click.secho(f"{organ} {r.mote.datum.isoformat()}: {r.katalog}", bold=True)
        click.echo(
            f"  {med_antal(len(r.byggda), 'fil skriven', 'filer skrivna')}, "
            f"{r.oforandrade} oförändrade."
        )
        if r.samlad:
            lage = "byggd" if r.samlad == BYGGD else "oförändrad"
            click.echo(f"  {SAMLAD}: {lage}, {r.antal_sidor} sidor.")
            sidor = ", ".join(f"ärende {nr} s. {s}" for nr, s in sorted(r.sidor.items()))
            if sidor:
                click.echo(f"  Föredragningslistan: {sidor}.")
        if r.pdf_bilagor:
            click.echo(
                f"  Bilagor sist i {SAMLAD}: {', '.join(r.pdf_bilagor)}. Bilagornas "
                "tillgänglighet är deras upphovspersoners ansvar; planer taggar bara "
                "sina egna delar."
            )
        if r.word_bilagor:
            click.echo(
                f"  Word-bilagor bredvid, inte i {SAMLAD}: {', '.join(r.word_bilagor)}. "
                "Spara dem som PDF (tillgänglighetsanpassad) för att få med dem."
            )
        for text in r.fel:
            fel += 1
            click.secho(f"  Misslyckades: {text}", fg="red", err=True)
    if fel:
        raise SystemExit(1)
