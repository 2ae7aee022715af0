"""The `planer` command: parse options, call the core, show results and problems.

Nothing is computed here. Problems from the core are shown grouped by file and
sheet; `PlanerFel` becomes a Swedish message and a non-zero exit.
"""

from __future__ import annotations

import functools
import os
import sys
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

import click

from planer import __version__
from planer.arbetsyta import Inlasning, las_arbetsyta, skapa_arbetsyta
from planer.bygg import FORMAT, Handelse, bestallning
from planer.bygg import bygg as bygg_dokumenten
from planer.clicktext import tala_svenska
from planer.dokument import DOKUMENTTYPER
from planer.lasning import varden
from planer.mallkontroll import (
    MALLFORMAT,
    egna_mallar,
    exempelkontext,
    kontrollera_mallar,
    variabler,
)
from planer.modell.objekt import Niva
from planer.problem import Allvarlighet, PlanerFel, Problemlista

tala_svenska()  # before the commands below are declared: some texts are read then

_FLAGGOR = "[FLAGGOR]"
_FARG = {Allvarlighet.FEL: "red", Allvarlighet.VARNING: "yellow", Allvarlighet.NOTIS: "blue"}
_NIVAORD = {
    Niva.KOMMUNFULLMAKTIGE: ("kommunfullmäktige", "kommunfullmäktige"),
    Niva.NAMND: ("nämnd", "nämnder"),
    Niva.BOLAG: ("bolag", "bolag"),
    Niva.FORVALTNING: ("förvaltning", "förvaltningar"),
    Niva.ENHET: ("enhet", "enheter"),
}

katalog_option = click.option(
    "--katalog",
    "-k",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Arbetsytan: mappen med planer.toml och indata/.",
)


class _Avbrott(click.ClickException):
    """A ClickException shown in Swedish: "Fel: …" and the hint, exit code 1."""

    def show(self, file=None) -> None:
        click.secho(f"Fel: {self.message}", fg="red", bold=True, err=True)


def _visa_planerfel(kommando: Callable) -> Callable:
    """Turn the core's PlanerFel into a Swedish message and exit code 1."""

    @functools.wraps(kommando)
    def omslag(*args, **kwargs):
        try:
            return kommando(*args, **kwargs)
        except PlanerFel as fel:
            raise _Avbrott(f"{fel.meddelande}\n{fel.tips}".strip()) from None

    return omslag


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    options_metavar=_FLAGGOR,
    subcommand_metavar="KOMMANDO [ARGUMENT]...",
)
@click.version_option(__version__, "--version", prog_name="planer", message="%(prog)s %(version)s")
def main() -> None:
    """planer gör verksamhetsplaner, delårsrapporter, årsredovisningar och styrkort
    av kommunens arbetsböcker i Excel.

    Börja med ett exempel:

    \b
        planer ny minkommun && cd minkommun && planer kontrollera
    """


@main.command(options_metavar=_FLAGGOR)
@katalog_option
@click.option("--strikt", is_flag=True, help="Räkna varningar som fel (avsluta med kod 1).")
@_visa_planerfel
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
    _visa_problem(inlasning.problem)
    if inlasning.modell is not None:
        _visa_sammanfattning(inlasning)
    fel = inlasning.problem.antal(Allvarlighet.FEL)
    varningar = inlasning.problem.antal(Allvarlighet.VARNING)
    notiser = inlasning.problem.antal(Allvarlighet.NOTIS)
    rad = (
        ", ".join(
            (
                _antal(fel, "fel", "fel"),
                _antal(varningar, "varning", "varningar"),
                _antal(notiser, "notis", "notiser"),
            )
        )
        + "."
    )
    if fel or (strikt and varningar):
        click.secho(rad, fg="red", bold=True)
        raise SystemExit(1)
    click.secho(rad, fg="green", bold=True)


class _PeriodParam(click.ParamType):
    name = "period"

    def convert(self, value, param, ctx):
        try:
            return varden.period(value)
        except varden.Vardefel as fel:
            self.fail(f"{fel.meddelande} {fel.tips}", param, ctx)


@main.command(options_metavar=_FLAGGOR)
@katalog_option
@click.option(
    "--utdata",
    type=click.Path(file_okay=False, path_type=Path),
    help="Mappen dokumenten hamnar i. Standard: utdata/ i arbetsytan. "
    "Får inte vara arbetsytan själv eller ligga i indata/ eller mallar/.",
)
@click.option(
    "--org", "org_ids", multiple=True, metavar="ID", help="Bara denna organisation (kan upprepas)."
)
@click.option("--med-underliggande", is_flag=True, help="Ta med alla organisationer under --org.")
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
    "--period", type=_PeriodParam(), help="Period för delårsrapport och styrkort, t.ex. 2026-T2."
)
@click.option(
    "--jobb",
    "arbetare",
    type=click.IntRange(min=1),
    metavar="N",
    default=os.cpu_count() or 1,
    show_default=True,
    help="Antal dokument som byggs samtidigt.",
)
@click.option("--alltid", is_flag=True, help="Bygg om allt, också dokument som inte har ändrats.")
@_visa_planerfel
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
    inlasning = las_arbetsyta(katalog)
    if inlasning.modell is None:
        _visa_problem(inlasning.problem)
        raise _Avbrott("Inga dokument byggdes: rätta felen ovan och kör igen.")
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
            raise _Avbrott(
                "Avbrutet. Dokument som hann bli klara finns kvar; kör planer bygg igen för resten."
            ) from None
    byggda = antal - resultat.oforandrade - len(resultat.misslyckade)
    click.echo(
        f"{_antal(byggda, 'dokument byggt', 'dokument byggda')} ({len(resultat.byggda)} filer), "
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


@main.command(options_metavar=_FLAGGOR)
@katalog_option
@click.argument(
    "dokumenttyp", required=False, type=click.Choice(DOKUMENTTYPER), metavar="[DOKUMENTTYP]"
)
@click.option("--kontrollera", "kontrollera_", is_flag=True, help="Prova arbetsytans egna mallar.")
@_visa_planerfel
def mallar(katalog: Path, dokumenttyp: str | None, kontrollera_: bool) -> None:
    """Visa mallarnas variabler, eller kontrollera egna mallar.

    Utan argument: dokumenttyperna och vilka mallfiler som används. Med en
    dokumenttyp: alla variabler dess mallar får, med exempel ur er egen data.
    Med --kontrollera: varje egen mall i mallar/ provas på riktigt, och syntaxfel
    och okända variabler visas med fil och rad (kod 1 vid fel).

    Mallarnas variabler beskrivs i docs/mallar.md.

    Exempel:

    \b
        planer mallar
        planer mallar delarsrapport
        planer mallar --kontrollera
    """
    inlasning = las_arbetsyta(katalog)
    if inlasning.modell is None:
        _visa_problem(inlasning.problem)
        raise _Avbrott("Mallarna kan inte visas förrän felen ovan är rättade.")
    if kontrollera_:
        egna, problem = kontrollera_mallar(inlasning)
        if not egna:
            click.echo("Arbetsytan har inga egna mallar; de inbyggda används.")
            return
        _visa_problem(problem)
        namn = ", ".join(p.name for p in egna)
        click.echo(f"Kontrollerade {_antal(len(egna), 'egen mall', 'egna mallar')}: {namn}.")
        if problem.har_fel:
            raise _Avbrott(f"{_antal(len(problem), 'fel', 'fel')} i mallarna.")
        click.secho("Inga fel.", fg="green", bold=True)
        return
    if dokumenttyp is None:
        egna = {p.name for p in egna_mallar(inlasning)}
        for typ in DOKUMENTTYPER:
            filer = [f"{typ}.{f}" for f in MALLFORMAT]
            beskrivning = ", ".join(f"{f} ({'egen' if f in egna else 'inbyggd'})" for f in filer)
            click.echo(f"{typ:<16} {beskrivning}")
        return
    for variabel in variabler(exempelkontext(inlasning, dokumenttyp)):
        click.echo(f"{variabel.namn:<48} {variabel.exempel}")


@main.command(options_metavar=_FLAGGOR)
@click.argument("katalog", type=click.Path(file_okay=False, path_type=Path))
@_visa_planerfel
def ny(katalog: Path) -> None:
    """Skapa en ny arbetsyta i KATALOG med exempelkommunen, planer.toml och mallarna.

    Exempel:

    \b
        planer ny minkommun
    """
    skrivna = skapa_arbetsyta(katalog)
    click.echo(f"Skapade {katalog} med {len(skrivna)} filer:")
    for fil in skrivna:
        click.echo(f"  {fil.relative_to(katalog)}")
    click.echo(f"\nNästa steg: cd {katalog} && planer kontrollera")


def _visa_problem(problem: Problemlista) -> None:
    def grupp(p):
        return (p.plats.fil or "", p.plats.flik or "")

    for (fil, flik), i_gruppen in groupby(sorted(problem, key=grupp), key=grupp):
        rubrik = " › ".join(d for d in (fil, flik) if d) or "Allmänt"
        click.secho(rubrik, bold=True)
        for p in i_gruppen:
            cell = f"{p.plats.cell}  " if p.plats.cell else ""
            etikett = click.style(f"{p.allvarlighet.etikett}:", fg=_FARG[p.allvarlighet], bold=True)
            click.echo(f"  {cell}{etikett} {p.meddelande}")
            if p.tips:
                click.echo(f"      {p.tips}")
        click.echo()


def _visa_sammanfattning(inlasning: Inlasning) -> None:
    modell = inlasning.modell
    assert modell is not None
    click.secho(f"{inlasning.installningar.kommun.namn}: sammanfattning", bold=True)
    nivaer = ", ".join(
        _antal(antal, *_NIVAORD[niva]) for niva, antal in modell.per_niva().items() if antal
    )
    antal = modell.sammanfattning()
    click.echo(f"  {antal.pop('organisationer')} organisationer ({nivaer})")
    click.echo("  " + ", ".join(f"{n} {namn}" for namn, n in antal.items()))
    perioder = modell.perioder_med_utfall
    if perioder:
        click.echo(f"  Perioder med utfall: {', '.join(map(str, perioder))}")
    click.echo()


def _antal(n: int, ental: str, flertal: str) -> str:
    return f"{n} {ental if n == 1 else flertal}"
