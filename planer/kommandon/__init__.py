"""What every command shares: the workspace option, Swedish errors, showing problems.

One module per command lives beside this one; each parses its options, calls the
core and shows the result. Nothing is computed here.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Callable
from itertools import groupby
from pathlib import Path

import click

from planer.arbetsyta import Inlasning, las_arbetsyta
from planer.lasning import varden
from planer.problem import Allvarlighet, PlanerFel, Problemlista

FLAGGOR = "[FLAGGOR]"
_FARG = {Allvarlighet.FEL: "red", Allvarlighet.VARNING: "yellow", Allvarlighet.NOTIS: "blue"}

org_option = click.option(
    "--org", "org_ids", multiple=True, metavar="ID", help="Bara denna organisation (kan upprepas)."
)
med_underliggande_option = click.option(
    "--med-underliggande", is_flag=True, help="Ta med alla organisationer under --org."
)


def jobb_option(vad: str) -> Callable:
    """--jobb N: how many `vad` are made at once; default one per core."""
    return click.option(
        "--jobb",
        "arbetare",
        type=click.IntRange(min=1),
        metavar="N",
        default=os.cpu_count() or 1,
        show_default=True,
        help=f"Antal {vad} som görs samtidigt.",
    )


katalog_option = click.option(
    "--katalog",
    "-k",
    type=click.Path(file_okay=False, path_type=Path),
    default=Path("."),
    show_default=True,
    help="Arbetsytan: mappen med planer.toml och indata/.",
)


class Avbrott(click.ClickException):
    """A ClickException shown in Swedish: "Fel: …" and the hint, exit code 1."""

    def show(self, file=None) -> None:
        click.secho(f"Fel: {self.message}", fg="red", bold=True, err=True)


def visa_planerfel(kommando: Callable) -> Callable:
    """Turn the core's PlanerFel into a Swedish message and exit code 1."""

    @functools.wraps(kommando)
    def omslag(*args, **kwargs):
        try:
            return kommando(*args, **kwargs)
        except PlanerFel as fel:
            raise Avbrott(f"{fel.meddelande}\n{fel.tips}".strip()) from None

    return omslag


class PeriodParam(click.ParamType):
    name = "period"

    def convert(self, value, param, ctx):
        try:
            return varden.period(value)
        except varden.Vardefel as fel:
            self.fail(f"{fel.meddelande} {fel.tips}", param, ctx)


def las_modell(katalog: Path, vad: str) -> Inlasning:
    """Read the workspace; stop with its problems shown when there is no model."""
    inlasning = las_arbetsyta(katalog)
    if inlasning.modell is None:
        visa_problem(inlasning.problem)
        raise Avbrott(f"{vad}: rätta felen ovan och kör igen.")
    return inlasning


def visa_problem(problem: Problemlista) -> None:
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


def med_antal(n: int, ental: str, flertal: str) -> str:
    return f"{n} {ental if n == 1 else flertal}"
