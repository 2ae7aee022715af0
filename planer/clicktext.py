"""click's own texts in Swedish: usage errors, help headings, `Usage:`.

click marks every text it shows for gettext; `_SVENSKA` maps its message ids to
Swedish, and `tala_svenska` installs the tables in click's modules. An id that a
later click changes falls back to click's English text.
"""

from __future__ import annotations

import click.core
import click.decorators
import click.exceptions
import click.formatting
import click.parser
import click.types

_SVENSKA = {
    "Usage:": "Användning:",
    "Options": "Flaggor",
    "Commands": "Kommandon",
    "Show this message and exit.": "Visa den här hjälpen och avsluta.",
    "Show the version and exit.": "Visa versionen och avsluta.",
    "default: {default}": "standard: {default}",
    "Error: {message}": "Fel: {message}",
    "Try '{command} {option}' for help.": "Försök '{command} {option}' för hjälp.",
    "Invalid value: {message}": "Ogiltigt värde: {message}",
    "Invalid value for {param_hint}: {message}": "Ogiltigt värde för {param_hint}: {message}",
    "Missing argument": "Argument saknas:",
    "Missing option": "Flagga saknas:",
    "Missing parameter": "Värde saknas:",
    "Missing command.": "Ange ett kommando.",
    "No such option {name!r}.": "Okänd flagga {name!r}.",
    "No such command {name!r}.": "Okänt kommando {name!r}.",
    "Option {name!r} does not take a value.": "Flaggan {name!r} tar inget värde.",
    "{value!r} is not a valid {number_type}.": "{value!r} är inget heltal.",
    "{value} is not in the range {range}.": "{value} ligger utanför intervallet {range}.",
    "{name} {filename!r} is a file.": "{name} {filename!r} är en fil.",
    "directory": "mapp",
    "Aborted!": "Avbrutet.",
    "required": "krävs",
}
_SVENSKA_FLERTAL = {
    "Did you mean {possibility}?": (
        "Menade du {possibility}?",
        "(Menade du någon av: {possibilities}?)",
    ),
    "Got unexpected extra argument ({args})": (
        "Oväntat extra argument ({args})",
        "Oväntade extra argument ({args})",
    ),
    "Option {name!r} requires an argument.": (
        "Flaggan {name!r} behöver ett värde.",
        "Flaggan {name!r} behöver {nargs} värden.",
    ),
    "{value!r} is not {choice}.": (
        "{value!r} är inte {choice}.",
        "{value!r} är inte något av {choices}.",
    ),
}


def _oversatt(text: str) -> str:
    return _SVENSKA.get(text, text)


def _oversatt_flertal(ental: str, flertal: str, n: int) -> str:
    return _SVENSKA_FLERTAL.get(ental, (ental, flertal))[n != 1]


def tala_svenska() -> None:
    """Replace gettext's `_` and `ngettext` in the click modules with the tables above."""
    moduler = (
        click.core,
        click.decorators,
        click.exceptions,
        click.formatting,
        click.parser,
        click.types,
    )
    for modul in moduler:
        modul._ = _oversatt
        if hasattr(modul, "ngettext"):
            modul.ngettext = _oversatt_flertal
