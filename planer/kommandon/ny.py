"""`planer ny`: a new workspace with the example municipality."""

from __future__ import annotations

from pathlib import Path

import click

from planer.arbetsyta import skapa_arbetsyta
from planer.kommandon import FLAGGOR, visa_planerfel


@click.command(options_metavar=FLAGGOR)
@click.argument("katalog", type=click.Path(file_okay=False, path_type=Path))
@visa_planerfel
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
