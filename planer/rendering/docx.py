"""Word documents: a .docx template with Jinja tags (docxtpl), filled with a document context.

The template runs in the same sandboxed Jinja environment as the HTML templates.
After rendering, every image gets its alt text, the document is marked Swedish
and titled, and the file is written with fixed dates and zip timestamps, so the
same context and template always give the same bytes.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import html
import io
import re
import zipfile
from pathlib import Path
from typing import Any

from docx.document import Document
from docx.opc.exceptions import PackageNotFoundError
from docx.shared import Cm
from docxtpl import DocxTemplate, InlineImage
from lxml import etree

from planer.dokument.bild import Bild
from planer.problem import PlanerFel
from planer.rendering import wordefterbehandling as efterbehandling
from planer.rendering.mallar import Mallfel, hitta_mall, jinja_miljo, som_mallfel

FAST_TID = dt.datetime(2026, 1, 1, tzinfo=dt.UTC)  # core properties: same input, same bytes
ZIPTID = (1980, 1, 1, 0, 0, 0)


def skriv_docx(arbetsyta: Path, dokumenttyp: str, kontext: dict, mal: Path, titel: str) -> None:
    """Render `<dokumenttyp>.docx` (the workspace's own, else the built-in) to `mal`."""
    mallfil = hitta_mall(arbetsyta, f"{dokumenttyp}.docx")
    try:
        mall = DocxTemplate(mallfil)
        mall.init_docx()
    except (zipfile.BadZipFile, PackageNotFoundError, KeyError) as fel:
        raise Mallfel(
            mallfil,
            None,
            "filen är inget Word-dokument.",
            "Spara mallen i Word som Word-dokument (*.docx), inte som .doc eller .dotx.",
        ) from fel
    efterbehandling.ratta_egenskapsrelation(mall.docx)  # before docxtpl reads them
    alt_texter: dict[str, str] = {}
    try:
        mall.render(_med_bilder(kontext, mall, alt_texter), jinja_miljo())
    except etree.XMLSyntaxError as fel:
        raise Mallfel(
            mallfil,
            None,
            f"mallen blir inte ett giltigt Word-dokument ({fel.msg}).",
            "Ta bort |safe och annat som lägger in egen XML i mallen.",
        ) from fel
    except PlanerFel:
        raise  # already says what is wrong, e.g. an SVG logo Word cannot show
    except Exception as fel:  # whatever the template does wrong, e.g. {{ 1 / 0 }}
        raise _mallfel(fel, mall, mallfil) from fel
    doc = mall.docx
    efterbehandling.satt_alt_texter(doc, alt_texter)
    efterbehandling.satt_sprak(doc)
    efterbehandling.ordna_cellegenskaper(doc)
    efterbehandling.anpassa_tabellrutnat(doc)
    efterbehandling.fyll_innehallsforteckning(doc)
    egenskaper = doc.core_properties
    egenskaper.title = titel
    egenskaper.language = efterbehandling.SPRAK
    egenskaper.created = egenskaper.modified = FAST_TID
    egenskaper.revision = 1
    _spara(doc, mal)


class _Bildinfogning:
    """A `Bild` as a Word template sees it: `{{ bild }}` inserts it; `bild.alt`, `bild.src` read.

    The renderer is kept in underscore attributes, which the sandbox hides from templates.
    """

    __slots__ = ("_bild", "_mall")

    def __init__(self, bild: Bild, mall: DocxTemplate) -> None:
        self._bild = bild
        self._mall = mall

    @property
    def alt(self) -> str:
        return self._bild.alt

    @property
    def src(self) -> str:
        return self._bild.src

    def __html__(self) -> str:
        if self._bild.png is None:
            raise PlanerFel(
                f"Bilden ”{self._bild.alt}” finns bara som SVG, och Word kan inte visa SVG.",
                "Lägg en PNG-bild med samma namn bredvid SVG-filen, t.ex. mallar/logotyp.png.",
            )
        bild = InlineImage(self._mall, io.BytesIO(self._bild.png), width=Cm(self._bild.bredd_cm))
        return bild.__html__()

    __str__ = __html__


def _med_bilder(varde: Any, mall: DocxTemplate, alt_texter: dict[str, str]) -> Any:
    """A copy of the context with every `Bild` ready to insert; alt texts by PNG hash."""
    if isinstance(varde, Bild):
        if varde.png is not None:
            alt_texter.setdefault(hashlib.sha1(varde.png).hexdigest(), varde.alt)
        return _Bildinfogning(varde, mall)
    if isinstance(varde, dict):
        return {k: _med_bilder(v, mall, alt_texter) for k, v in varde.items()}
    if isinstance(varde, list | tuple):
        return [_med_bilder(v, mall, alt_texter) for v in varde]
    return varde


def _spara(doc: Document, mal: Path) -> None:
    """Write with fixed zip entry times and attributes (the build makes it atomic)."""
    buffert = io.BytesIO()
    doc.save(buffert)
    ut = io.BytesIO()
    with zipfile.ZipFile(buffert) as zin, zipfile.ZipFile(ut, "w", zipfile.ZIP_DEFLATED) as zout:
        for namn in zin.namelist():
            post = zipfile.ZipInfo(namn, ZIPTID)
            post.create_system = 0
            post.external_attr = 0
            zout.writestr(post, zin.read(namn), zipfile.ZIP_DEFLATED)
    mal.write_bytes(ut.getvalue())


def _mallfel(fel: Exception, mall: DocxTemplate, mallfil: Path) -> Mallfel:
    """A Jinja error as Mallfel, with the text of the Word paragraph where it happened."""
    mallfel = som_mallfel(fel, mallfil)
    text = _stycke_pa_rad(mall, mallfel.rad)
    if text:
        mallfel.meddelande += f" Felet finns i stycket: ”{text}”."
        mallfel.args = (mallfel.meddelande,)
    if re.search(r"unknown tag '(tr|tc|p|r)'", str(fel)):
        mallfel.tips = (
            "{%tr … %} ska stå ensamt i en tabellrad, {%tc … %} i en tabellcell och "
            "{%p … %} i ett eget stycke."
        )
    return mallfel


def _stycke_pa_rad(mall: DocxTemplate, rad: int | None) -> str:
    """docxtpl renders one XML line per paragraph; Jinja's line number points at one."""
    del_ = mall.current_rendering_part
    if rad is None or del_ is None:
        return ""
    xml = mall.get_xml() if del_ is mall.docx.part else mall.get_part_xml(del_)
    rader = re.sub(r"<w:p([ >])", r"\n<w:p\1", mall.patch_xml(xml)).splitlines()
    if not 0 < rad <= len(rader):
        return ""
    text = html.unescape(re.sub(r"<[^>]+>", "", rader[rad - 1])).strip()
    return text if len(text) <= 120 else text[:119] + "…"
