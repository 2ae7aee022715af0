"""Help for template authors: which variables a document type has, and whether
the workspace's own templates work with them.

The variables are read off a real context built from the workspace's own data,
so the list can never drift from what the templates actually get. A template
is checked by rendering it for real, in every format it exists in, for the
council and for one body at the bottom of the tree: syntax errors, unknown
variables and sandbox violations come back as problems with file and line.
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from planer.arbetsyta import MALLAR, Inlasning
from planer.dokument import (
    DOKUMENTTYPER,
    MOTESDOKUMENT,
    bygg_kontext,
    motesdokument_kontext,
    standardperiod,
)
from planer.dokument.bild import Bild
from planer.dokument.tjansteskrivelse import TYP as TS_TYP
from planer.problem import PlanerFel, Plats, Problemlista
from planer.rendering.mallar import WEBB, Mallfel, mallkataloger

MALLFORMAT = ("docx", "html")


@dataclass(frozen=True)
class Variabel:
    namn: str  # e.g. perspektiv[].mal[].status.etikett
    exempel: str


def variabler(kontext: Any, prefix: str = "") -> list[Variabel]:
    """Every variable path of a context with an example value, lists merged."""
    if isinstance(kontext, dict):
        resultat = []
        for nyckel, varde in kontext.items():
            resultat += variabler(varde, f"{prefix}.{nyckel}" if prefix else nyckel)
        return resultat
    if isinstance(kontext, list):
        element: dict[str, Any] = {}
        for e in kontext:  # the union of keys over all elements, first value wins
            if not isinstance(e, dict):
                return [Variabel(f"{prefix}[]", _exempel(e))]
            for k, v in e.items():
                if k not in element or (v not in (None, "", []) and element[k] in (None, "", [])):
                    element[k] = v
        return (
            variabler(element, f"{prefix}[]")
            if element
            else [Variabel(f"{prefix}[]", "(tom lista)")]
        )
    return [Variabel(prefix, _exempel(kontext))]


def _exempel(varde: Any) -> str:
    if isinstance(varde, Bild):
        return f"(bild: {varde.alt})"
    if varde is None:
        return "(tom)"
    text = str(varde).replace("\n", " ")
    return text if len(text) <= 60 else text[:57] + "…"


def exempelkontext(inlasning: Inlasning, dokumenttyp: str, org_id: str | None = None) -> dict:
    modell = inlasning.modell
    assert modell is not None
    if dokumenttyp in MOTESDOKUMENT:
        return _motesexempel(inlasning, dokumenttyp)
    return bygg_kontext(
        inlasning, dokumenttyp, org_id or modell.rot.id, standardperiod(inlasning, dokumenttyp)
    )


def _motesexempel(inlasning: Inlasning, dokumenttyp: str) -> dict:
    """A meeting document from the data, for an item that shows the most: a memo on a document."""
    modell = inlasning.modell
    assert modell is not None
    par = [
        (m, a)
        for m in modell.moten
        for a in m.arenden
        if a.har_tjansteskrivelse or dokumenttyp != TS_TYP
    ]
    par.sort(key=lambda p: (not p[1].har_tjansteskrivelse, p[1].dokument is None))
    if not par:
        raise PlanerFel(
            f"Det finns inga sammanträden med ärenden att visa {dokumenttyp} för.",
            "Fyll i fliken Sammanträden (se docs/sammantraden.md).",
        )
    mote, arende = par[0]
    return motesdokument_kontext(inlasning, dokumenttyp, mote, arende, {arende.nr: 1})


def egna_mallar(inlasning: Inlasning) -> list[Path]:
    """The workspace's own template files: those that differ from the built-in ones.

    `planer ny` copies the built-in templates; an unchanged copy is not "own".
    """
    katalog = inlasning.arbetsyta / MALLAR
    kataloger = mallkataloger(inlasning.arbetsyta)
    if not katalog.is_dir() or len(kataloger) == 1:  # the built-in folder itself
        return []
    inbyggda = kataloger[-1]
    egna = [
        p
        for p in katalog.iterdir()
        if p.suffix in (".html", ".docx", ".css") and not _oforandrad_kopia(p, inbyggda / p.name)
    ]
    if (katalog / WEBB).is_dir():  # the website's templates, file by file like the others
        egna += [
            p
            for p in (katalog / WEBB).rglob("*")
            if p.suffix in (".html", ".css", ".js")
            and not _oforandrad_kopia(p, inbyggda / p.relative_to(katalog))
        ]
    return sorted(egna)


def _oforandrad_kopia(fil: Path, inbyggd: Path) -> bool:
    """A regular file in its own folder with the built-in file's bytes.

    A link out of the folder or to a device is never a copy, and is not read here:
    checking the templates reports it.
    """
    return (
        fil.is_file()
        and fil.resolve().is_relative_to(fil.parent.resolve())
        and inbyggd.is_file()
        and inbyggd.stat().st_size == fil.stat().st_size
        and inbyggd.read_bytes() == fil.read_bytes()
    )


def kontrollera_mallar(inlasning: Inlasning) -> tuple[list[Path], Problemlista]:
    """Render every document type whose templates the workspace overrides."""
    from planer.rendering.docx import skriv_docx  # heavy: only when checking
    from planer.rendering.html import html_resurser, render_html

    problem = Problemlista()
    rapporterade: set[str] = set()
    egna = egna_mallar(inlasning)
    webb = inlasning.arbetsyta / MALLAR / WEBB
    html_andrad = any(p.suffix in (".html", ".css") and webb not in p.parents for p in egna)
    modell = inlasning.modell
    assert modell is not None
    organisationer = [modell.rot.id, _langst_ned(inlasning)]
    if html_andrad:
        try:
            html_resurser(inlasning.arbetsyta)  # stil.css and fonts: links out are refused
        except Mallfel as fel:
            _rapportera(fel, problem, rapporterade)
    with tempfile.TemporaryDirectory() as tmp:
        for typ in DOKUMENTTYPER + MOTESDOKUMENT:
            format_ = [
                f for f in MALLFORMAT if (inlasning.arbetsyta / MALLAR / f"{typ}.{f}") in egna
            ]
            if html_andrad and "html" not in format_:
                format_.append("html")  # a shared part (bas.html, stil.css) may break any type
            for kontext in _provkontexter(inlasning, typ, organisationer, format_, problem):
                for f in format_:
                    try:
                        if f == "html":
                            render_html(inlasning.arbetsyta, typ, kontext)
                        else:
                            skriv_docx(
                                inlasning.arbetsyta, typ, kontext, Path(tmp) / "prov.docx", "prov"
                            )
                    except Mallfel as fel:
                        _rapportera(fel, problem, rapporterade)
                    except PlanerFel as fel:
                        problem.fel(fel.meddelande, Plats(f"{typ}.{f}"), fel.tips)
        if any(webb in p.parents for p in egna):
            _kontrollera_webb(inlasning, Path(tmp), problem, rapporterade)
    return egna, problem


def _kontrollera_webb(
    inlasning: Inlasning, tmp: Path, problem: Problemlista, rapporterade: set[str]
) -> None:
    """Build the whole website once, aside: its first template error is reported."""
    from planer.webb import bygg_webb

    try:
        bygg_webb(inlasning, utdata=tmp / "webbprov")
    except Mallfel as fel:
        _rapportera(fel, problem, rapporterade)
    except PlanerFel as fel:
        problem.fel(fel.meddelande, Plats(WEBB), fel.tips)


def _provkontexter(
    inlasning: Inlasning, typ: str, organisationer: list[str], format_: list[str], problem
) -> list[dict]:
    """The contexts a type's templates are tried with: the council's and the lowest body's,
    or for a meeting document one from the data; a note when there is none to try with."""
    if typ not in MOTESDOKUMENT:
        return [exempelkontext(inlasning, typ, org_id) for org_id in organisationer]
    try:
        return [exempelkontext(inlasning, typ)]
    except PlanerFel as fel:
        egna = [
            f"{typ}.{f}" for f in format_ if (inlasning.arbetsyta / MALLAR / f"{typ}.{f}").exists()
        ]
        if egna:
            problem.notis(
                f"{', '.join(egna)} provades inte: {fel.meddelande[0].lower()}{fel.meddelande[1:]}",
                Plats(egna[0]),
                fel.tips,
            )
        return []


def _rapportera(fel: Mallfel, problem: Problemlista, rapporterade: set[str]) -> None:
    """A template error once, however many document types and bodies show it."""
    if str(fel) not in rapporterade:
        rapporterade.add(str(fel))
        plats = Plats(fel.fil.name, cell=f"rad {fel.rad}" if fel.rad else None)
        problem.fel(fel.grund, plats, fel.tips)


def _langst_ned(inlasning: Inlasning) -> str:
    """A body at the bottom of the tree: the other extreme from the council."""
    modell = inlasning.modell
    assert modell is not None
    return max(modell.organisationer, key=modell.djup)
