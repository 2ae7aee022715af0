"""HTML and accessible PDF: a document context → `<typ>.html` (Jinja) → PDF/UA-1 (WeasyPrint).

The HTML template and everything it loads (stil.css, fonts) are user files, so
WeasyPrint may only read `data:` URIs and files inside the template folders.
A workspace's own file wins over the built-in one of the same name, for CSS and
fonts as for templates.
"""

from __future__ import annotations

import contextlib
import functools
import os
from collections.abc import Iterator
from io import BytesIO
from pathlib import Path
from types import TracebackType
from urllib.parse import urlsplit
from urllib.request import url2pathname

from weasyprint import CSS, HTML, Document
from weasyprint.text.fonts import FontConfiguration
from weasyprint.urls import FatalURLFetchingError, URLFetcher, URLFetcherResponse

from planer.problem import PlanerFel
from planer.rendering.mallar import (
    WEBB,
    Mallfel,
    hitta_mall,
    jinja_miljo,
    kontrollera_lank,
    mallkataloger,
    som_mallfel,
)
from planer.rendering.pdfua import efterbehandla

PDF_VARIANT = "pdf/ua-1"
TIPS = "Lägg filen i mallar/ och hänvisa till den med ett relativt namn, t.ex. typsnitt/fil.ttf."


def render_html(arbetsyta: Path, dokumenttyp: str, kontext: dict) -> str:
    """The document as HTML, from the workspace's template or the built-in one."""
    filnamn = f"{dokumenttyp}.html"
    fil = hitta_mall(arbetsyta, filnamn)
    kataloger = mallkataloger(arbetsyta)
    try:
        return jinja_miljo(kataloger).get_template(filnamn).render(kontext)
    except PlanerFel:
        raise  # already says what is wrong, e.g. a link out of mallar/
    except Exception as fel:  # whatever the template does wrong, e.g. {{ 1 / 0 }}
        raise som_mallfel(fel, _mall_med_felet(fel.__traceback__, kataloger) or fil) from fel


def skriv_pdf(html: str, arbetsyta: Path, mal: Path, titel: str) -> None:
    """Write `html` as a tagged PDF/UA-1 to `mal`.

    The title and language come from `<title>` and `<html lang>`; `titel` and
    Swedish are used where the template has none, as PDF/UA requires both. The
    PDF carries no dates, so the same input gives the same bytes: where the
    system has no libharfbuzz-subset, WeasyPrint subsets fonts with fontTools,
    which would write the current time into each font, so its clock is fixed.
    """
    skriv_samlad_pdf([rendera(html, arbetsyta)], mal, titel, arbetsyta)


def rendera(html: str, arbetsyta: Path, css: str | None = None) -> Document:
    """Lay out `html` as WeasyPrint pages, with `css` after the template's own style."""
    kataloger = [k for k in mallkataloger(arbetsyta) if k.is_dir()]
    hamtare = Mallhamtare(kataloger)
    with _mallfel_vid_hamtning(kataloger[0]):
        dokument = HTML(string=html, base_url=kataloger[0], url_fetcher=hamtare).render(
            font_config=_typsnitt(),
            pdf_variant=PDF_VARIANT,
            stylesheets=[CSS(string=css, font_config=_typsnitt())] if css else None,
        )
    _kontrollera_hamtningar(dokument)
    return dokument


def _kontrollera_hamtningar(dokument: Document) -> None:
    """WeasyPrint skips an image inside an SVG that cannot be fetched: raise the refusal.

    Such images are fetched when the page is drawn, so this is asked again after writing.
    """
    hamtare = dokument.url_fetcher
    if isinstance(hamtare, Mallhamtare) and hamtare.vagrade:
        raise hamtare.vagrade[0]


def skriv_samlad_pdf(delar: list[Document], mal: Path | BytesIO, titel: str, arbetsyta: Path):
    """Write the pages of one or more rendered documents as one tagged PDF/UA-1.

    The pages keep their layout; WeasyPrint tags them at writing, so every part
    ends up in the one structure tree (merging finished PDFs would lose it).
    """
    forsta = delar[0]
    dokument = forsta.copy([sida for d in delar for sida in d.pages])
    dokument.metadata.title = titel if len(delar) > 1 else forsta.metadata.title or titel
    dokument.metadata.lang = forsta.metadata.lang or "sv"
    kataloger = [k for k in mallkataloger(arbetsyta) if k.is_dir()]
    with _mallfel_vid_hamtning(kataloger[0]), _fast_typsnittstid():
        data = dokument.write_pdf(pdf_variant=PDF_VARIANT)
    for del_ in delar:
        _kontrollera_hamtningar(del_)
    data = efterbehandla(data)
    if isinstance(mal, BytesIO):
        mal.write(data)
    else:
        mal.write_bytes(data)


@contextlib.contextmanager
def _mallfel_vid_hamtning(katalog: Path) -> Iterator[None]:
    try:
        yield
    except FatalURLFetchingError as fel:
        if isinstance(fel.__cause__, Mallfel):
            raise fel.__cause__ from None
        raise Mallfel(katalog, None, f"kunde inte läsa {fel}") from fel


class Mallhamtare(URLFetcher):
    """WeasyPrint's URL fetcher, restricted to data: URIs and the template folders.

    Everything WeasyPrint reads goes through here: style sheets, fonts, images,
    SVG content and PDF attachments (`<a rel="attachment">`, `<link rel="attachment">`).
    Anything else (http, ftp, other files, devices, `..` or links out of the
    folder) stops the document with a Mallfel: a template that needs it would
    otherwise render wrong. Refusals are also kept in `vagrade`, since WeasyPrint
    swallows some errors (an image inside an SVG).
    """

    def __init__(self, kataloger: list[Path]) -> None:
        super().__init__(allowed_protocols={"data", "file"}, fail_on_errors=True)
        self.kataloger = [k.resolve() for k in kataloger]
        self.vagrade: list[Mallfel] = []

    def fetch(self, url: str, headers: dict | None = None) -> URLFetcherResponse:
        if url.startswith("file:"):
            return super().fetch(self._mallfil(url).as_uri(), headers)
        if url.startswith("data:"):
            return super().fetch(url, headers)
        raise self._vagra(f"hänvisar till {url}, men mallar får inte hämta från nätet.")

    def _vagra(self, meddelande: str) -> Mallfel:
        fel = Mallfel(self.kataloger[0], None, meddelande, TIPS)
        self.vagrade.append(fel)
        return fel

    def _mallfil(self, url: str) -> Path:
        """The file a file: URL names, looked up in each template folder in turn."""
        sokvag = Path(url2pathname(urlsplit(url).path)).resolve()
        relativ = next(
            (sokvag.relative_to(k) for k in self.kataloger if sokvag.is_relative_to(k)), None
        )
        if relativ is not None:
            for katalog in self.kataloger:
                fil = (katalog / relativ).resolve()
                if fil.is_relative_to(katalog) and fil.is_file():
                    return fil
        raise self._vagra(f"hänvisar till {sokvag}, som inte finns i mallar/.")


@contextlib.contextmanager
def _fast_typsnittstid() -> Iterator[None]:
    """fontTools dates a subset font by SOURCE_DATE_EPOCH when set, else by the clock.

    Whole fonts (WeasyPrint's full_fonts) would avoid subsetting, but their
    ToUnicode maps leave out ligatures: "effektiv" read back as "e\x80ektiv"
    (benchmarks/RESULTAT.md). A date the user has set is kept.
    """
    tidigare = os.environ.get("SOURCE_DATE_EPOCH")
    os.environ.setdefault("SOURCE_DATE_EPOCH", "0")
    try:
        yield
    finally:
        if tidigare is None:
            del os.environ["SOURCE_DATE_EPOCH"]


@functools.cache
def _typsnitt() -> FontConfiguration:
    """One font configuration per process: @font-face files are loaded once."""
    return FontConfiguration()


def _mall_med_felet(tb: TracebackType | None, kataloger: list[Path]) -> Path | None:
    """The innermost template file in the traceback, e.g. bas.html under verksamhetsplan.html."""
    fil = None
    rotter = [k.resolve() for k in kataloger]
    while tb is not None:
        namn = Path(tb.tb_frame.f_code.co_filename)
        if namn.suffix == ".html" and any(namn.resolve().is_relative_to(k) for k in rotter):
            fil = namn
        tb = tb.tb_next
    return fil


def html_resurser(arbetsyta: Path) -> dict[Path, Path]:
    """What an HTML file needs beside it (stil.css, typsnitt/ …): relative path → source.

    Every file in the template folders that is not itself a template, the
    workspace's own winning over the built-in one, so that the HTML a build
    writes looks the same in a browser as the PDF made from it.
    """
    resurser: dict[Path, Path] = {}
    for katalog in reversed(mallkataloger(arbetsyta)):  # built-in first, own files win
        if katalog.is_dir():
            for fil in sorted(katalog.rglob("*")):
                if fil.suffix in (".html", ".docx") or fil.name.startswith(("~$", ".")):
                    continue
                if fil.relative_to(katalog).parts[0] == WEBB:  # the website's, not the documents'
                    continue
                if fil.is_symlink():  # also one to a device or a folder outside
                    kontrollera_lank(fil, katalog)
                if fil.is_file():
                    resurser[fil.relative_to(katalog)] = fil
    return resurser
