"""Templates are user input: found file by file, rendered in Jinja's sandbox.

A workspace's own mallar/ overrides the built-in templates file by file.
Autoescape is on and undefined variables are errors, so a typo in a template
stops the document with file and line instead of rendering blanks.
"""

from __future__ import annotations

from pathlib import Path

import jinja2
from jinja2.sandbox import SandboxedEnvironment

from planer.arbetsyta import MALLAR, exempelkatalog
from planer.problem import PlanerFel


class Mallfel(PlanerFel):
    """A template that cannot be used: syntax, unknown variable, sandbox violation."""

    def __init__(self, fil: Path | str, rad: int | None, meddelande: str, tips: str = "") -> None:
        plats = f"{fil}, rad {rad}" if rad else str(fil)
        super().__init__(f"Mallen {plats}: {meddelande}", tips)
        self.fil = Path(fil)
        self.rad = rad
        self.grund = meddelande  # without the place, for lists grouped by file


def inbyggda_mallar() -> Path:
    return exempelkatalog() / MALLAR


def mallkataloger(arbetsyta: Path) -> list[Path]:
    """Where templates are looked for, first match wins."""
    egna = arbetsyta / MALLAR
    inbyggda = inbyggda_mallar()
    return [egna, inbyggda] if egna.resolve() != inbyggda.resolve() else [inbyggda]


def hitta_mall(arbetsyta: Path, filnamn: str) -> Path:
    for katalog in mallkataloger(arbetsyta):
        if (katalog / filnamn).is_file():
            return katalog / filnamn
    raise PlanerFel(
        f"Mallen {filnamn} finns varken i {arbetsyta / MALLAR} eller bland de inbyggda.",
        "Lägg en fil med det namnet i mallar/, eller installera om planer.",
    )


def jinja_miljo(kataloger: list[Path] | None = None) -> SandboxedEnvironment:
    """The one Jinja environment for both Word and HTML templates."""
    return SandboxedEnvironment(
        loader=jinja2.FileSystemLoader([str(k) for k in kataloger]) if kataloger else None,
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
        keep_trailing_newline=True,
    )


def som_mallfel(fel: Exception, fil: Path | str) -> Mallfel:
    """A Jinja exception → Mallfel with the template's file and line."""
    if isinstance(fel, jinja2.TemplateSyntaxError):
        return Mallfel(
            fel.filename or fil,
            fel.lineno,
            f"syntaxfel: {fel.message}",
            "Kontrollera att {% … %} och {{ … }} är hela och att varje block avslutas.",
        )
    if isinstance(fel, jinja2.exceptions.SecurityError):
        return Mallfel(
            fil,
            None,
            f"otillåten åtgärd i mallen: {fel}",
            "Mallar får bara läsa dokumentets variabler.",
        )
    if isinstance(fel, jinja2.UndefinedError):
        return Mallfel(
            fil,
            _rad_i_mallen(fel, fil),
            f"okänd variabel: {fel.message}",
            "Se vilka variabler som finns med: planer mallar DOKUMENTTYP",
        )
    return Mallfel(fil, _rad_i_mallen(fel, fil), str(fel))


def _rad_i_mallen(fel: Exception, fil: Path | str) -> int | None:
    """The template line in the traceback, if the template was compiled from a file."""
    tb = fel.__traceback__
    rad = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in (str(fil), "<template>"):
            rad = tb.tb_lineno
        tb = tb.tb_next
    return rad
