"""Writing one document: its formats rendered from one context, each written safely.

Every output is written to a temporary file beside its target and renamed into
place, so a failure or an interruption never leaves a half-written document.
This runs in the build workers; the heavy libraries load there, once.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from planer.dokument.delar import Kontext
from planer.problem import PlanerFel

WORD_TITEL = 255  # Word's core properties hold at most 255 characters (python-docx checks)


def skriv_dokument(
    arbetsyta: Path, dokumenttyp: str, kontext: Kontext, filer: dict[str, Path]
) -> dict[Path, str]:
    """Render `kontext` to each format → file; returns each written file's SHA-256."""
    from planer.rendering.docx import skriv_docx
    from planer.rendering.html import render_html, skriv_pdf

    titel = f"{kontext['dokument']['titel']} – {kontext['organisation']['namn']}"
    html = render_html(arbetsyta, dokumenttyp, kontext) if {"html", "pdf"} & set(filer) else None
    skrivna = {}
    for format_, fil in filer.items():
        with atomisk(fil) as tmp:
            if format_ == "docx":
                skriv_docx(arbetsyta, dokumenttyp, kontext, tmp, _kortad(titel, WORD_TITEL))
            elif format_ == "pdf":
                skriv_pdf(html, arbetsyta, tmp, titel)
            else:
                tmp.write_text(html, encoding="utf-8")
            skrivna[fil] = hashlib.sha256(tmp.read_bytes()).hexdigest()
    return skrivna


def _kortad(text: str, langd: int) -> str:
    return text if len(text) <= langd else text[: langd - 1] + "…"


def kopiera_om_andrad(kalla: Path, mal: Path) -> None:
    innehall = kalla.read_bytes()
    if not mal.is_file() or mal.read_bytes() != innehall:
        with atomisk(mal) as tmp:
            tmp.write_bytes(innehall)


@contextmanager
def atomisk(mal: Path) -> Iterator[Path]:
    """A temporary path beside `mal`, renamed onto it only if the block succeeds."""
    try:
        mal.parent.mkdir(parents=True, exist_ok=True)
        fd, namn = tempfile.mkstemp(prefix=f".{mal.name}.", suffix=".tmp", dir=mal.parent)
        os.close(fd)
    except OSError as fel:
        raise PlanerFel(
            f"Kan inte skriva i {mal.parent}: {fel.strerror}.",
            "Kontrollera att mappen finns och går att skriva i.",
        ) from None
    tmp = Path(namn)
    try:
        yield tmp
        os.chmod(tmp, 0o644)  # mkstemp makes it private; documents are for sharing
        os.replace(tmp, mal)
    except PermissionError:
        raise PlanerFel(
            f"{mal} kan inte skrivas över.",
            "Stäng filen om den är öppen i Word eller en PDF-läsare, "
            "och kontrollera att den inte är skrivskyddad.",
        ) from None
    finally:
        tmp.unlink(missing_ok=True)
