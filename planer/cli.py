"""The `planer` command group. Each command is a module of its own in planer/kommandon/."""

from __future__ import annotations

import click

from planer import __version__
from planer.clicktext import tala_svenska

tala_svenska()  # before the commands are imported: some of their texts are read then

from planer.kommandon import FLAGGOR  # noqa: E402
from planer.kommandon.bygg import bygg  # noqa: E402
from planer.kommandon.exportera import exportera  # noqa: E402
from planer.kommandon.handlingar import handlingar  # noqa: E402
from planer.kommandon.kolada import kolada  # noqa: E402
from planer.kommandon.kontrollera import kontrollera  # noqa: E402
from planer.kommandon.mallar import mallar  # noqa: E402
from planer.kommandon.ny import ny  # noqa: E402
from planer.kommandon.status import status  # noqa: E402
from planer.kommandon.utskick import utskick  # noqa: E402
from planer.kommandon.webb import webb  # noqa: E402


@click.group(
    context_settings={"help_option_names": ["-h", "--help"]},
    options_metavar=FLAGGOR,
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


for _kommando in (
    kontrollera,
    bygg,
    mallar,
    ny,
    handlingar,
    utskick,
    status,
    kolada,
    exportera,
    webb,
):
    main.add_command(_kommando)
