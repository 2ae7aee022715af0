"""Templates are user input: found file by file, rendered in Jinja's sandbox.

A workspace's own mallar/ overrides the built-in templates file by file.
Autoescape is on and undefined variables are errors, so a typo in a template
stops the document with file and line instead of rendering blanks. Only files
that lie inside a template folder, after following links, are ever read.
"""

from __future__ import annotations

import re
from pathlib import Path

import jinja2
from jinja2.loaders import split_template_path
from jinja2.sandbox import ImmutableSandboxedEnvironment

from planer.arbetsyta import MALLAR, exempelkatalog
from planer.problem import PlanerFel

WEBB = "webb"  # the website's templates, in a folder of their own under mallar/


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
            kontrollera_lank(katalog / filnamn, katalog)
            return katalog / filnamn
    raise PlanerFel(
        f"Mallen {filnamn} finns varken i {arbetsyta / MALLAR} eller bland de inbyggda.",
        "Lägg en fil med det namnet i mallar/, eller installera om planer.",
    )


def kontrollera_lank(fil: Path, katalog: Path) -> None:
    """A template file must lie in its folder also after following links."""
    mal = fil.resolve()
    if not mal.is_relative_to(katalog.resolve()):
        raise Mallfel(
            fil,
            None,
            f"är en länk till {mal}, utanför mallmappen. Mallar får bara läsa filer i mallar/.",
            "Kopiera filen till mallar/ i stället för att länka till den.",
        )


class _Mallladdare(jinja2.FileSystemLoader):
    """Jinja's file loader follows links out of its folders; this one refuses them."""

    def get_source(self, environment, template):
        for katalog in self.searchpath:
            fil = Path(katalog, *split_template_path(template))
            if fil.is_file():
                kontrollera_lank(fil, Path(katalog))
                break
        return super().get_source(environment, template)


def jinja_miljo(kataloger: list[Path] | None = None) -> ImmutableSandboxedEnvironment:
    """The one Jinja environment for Word templates (no folders: nothing to include)
    and HTML templates (`{% include %}` and `{% extends %}` from the template folders).

    The sandbox hides Python's internals (`__class__`, `__globals__` …) and, being
    immutable, also methods that change the context (`update`, `append` …): the
    formats of one document are rendered from the same context.
    """
    return ImmutableSandboxedEnvironment(
        loader=_Mallladdare([str(k) for k in kataloger or []]),
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
    rad = _rad_i_mallen(fel, fil)
    if isinstance(fel, jinja2.exceptions.SecurityError):
        return Mallfel(
            fil,
            rad,
            f"otillåten åtgärd: {_otillatet(str(fel))}",
            "Mallar får bara läsa dokumentets variabler; se dem med: planer mallar DOKUMENTTYP",
        )
    if isinstance(fel, jinja2.UndefinedError):
        return Mallfel(
            fil,
            rad,
            f"okänd variabel {_okand(fel.message or '')}.",
            "Se vilka variabler som finns med: planer mallar DOKUMENTTYP",
        )
    if isinstance(fel, jinja2.TemplateNotFound):
        return Mallfel(
            fil,
            rad,
            f"hänvisar till mallen ”{fel.name}”, som inte finns i mallar/.",
            "Word-mallar kan inte ta med andra mallar. HTML-mallar kan ta med filer i mallar/ "
            'med sitt namn, t.ex. {% include "delar.html" %}.',
        )
    return Mallfel(
        fil,
        rad,
        f"mallen kunde inte köras ({type(fel).__name__}: {fel}).",
        "Mallar ska bara visa dokumentets variabler, inte räkna med dem.",
    )


def _otillatet(text: str) -> str:
    """Jinja's sandbox message, in Swedish where its form is known."""
    traff = re.match(r"access to attribute '(.+)' of", text)
    return f"mallar får inte använda ”{traff[1]}”." if traff else text


def _okand(text: str) -> str:
    """The missing name from Jinja's message: "'x' is undefined", "… has no attribute 'x'"."""
    traff = re.fullmatch(r"'(.+)' is undefined|.* has no (?:attribute|element) '?(.+?)'?", text)
    return f"”{traff[1] or traff[2]}”" if traff else f"({text})"


def _rad_i_mallen(fel: Exception, fil: Path | str) -> int | None:
    """The template line in the traceback, if the template was compiled from a file."""
    tb = fel.__traceback__
    rad = None
    while tb is not None:
        if tb.tb_frame.f_code.co_filename in (str(fil), "<template>"):
            rad = tb.tb_lineno
        tb = tb.tb_next
    return rad
