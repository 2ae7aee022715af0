"""Fingerprints and the manifest: what each output was built from.

A document's fingerprint covers everything its content depends on: its
context (which holds every figure, text and setting it shows), the template
files its format uses, and planer's version. The manifest in utdata/ records,
per output file, the fingerprint it was built from and the SHA-256 of the file
written. An output whose fingerprint is unchanged and whose file still has
that hash is up to date; anything else is rebuilt.
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

from planer import __version__
from planer.bygg.skrivning import atomisk
from planer.dokument import DOKUMENTTYPER, MOTESDOKUMENT
from planer.dokument.bild import Bild
from planer.rendering.mallar import WEBB, mallkataloger

FILNAMN = ".planer-manifest.json"
VERSION = 1


def kontextens_avtryck(kontext: Any) -> str:
    """A stable hash of a context: plain data, with images by their own fingerprint."""
    text = json.dumps(kontext, sort_keys=True, ensure_ascii=False, default=_som_json)
    return hashlib.sha256(text.encode()).hexdigest()


def _som_json(varde: Any) -> Any:
    if isinstance(varde, Bild):
        return {"bild": varde.fingeravtryck}
    raise TypeError(f"{type(varde).__name__} hör inte hemma i en dokumentkontext")


def mallarnas_avtryck(arbetsyta: Path) -> dict[tuple[str, str], str]:
    """Per (document type, format), a hash of the template files it may use.

    Word uses the type's .docx template. HTML and PDF use the type's .html and
    every shared file (bas.html, delar.html, stil.css, fonts…), but not the other
    types' .html templates. The workspace's own files win over the built-in ones.
    """
    filer: dict[str, bytes] = {}
    for katalog in reversed(mallkataloger(arbetsyta)):
        if katalog.is_dir():
            for fil in katalog.rglob("*"):
                if fil.relative_to(katalog).parts[0] == WEBB:  # only the website uses these
                    continue
                if fil.is_file() and not fil.name.startswith(("~$", ".")):
                    filer[fil.relative_to(katalog).as_posix()] = hashlib.sha256(
                        fil.read_bytes()
                    ).digest()
    avtryck = {}
    alla = DOKUMENTTYPER + MOTESDOKUMENT
    for typ in alla:
        andras = {f"{t}.html" for t in alla if t != typ}
        delar = {
            "docx": [f"{typ}.docx"],
            "html": [n for n in filer if not n.endswith(".docx") and n not in andras],
        }
        for format_, namn in delar.items():
            summa = hashlib.sha256(f"{__version__}|{typ}|{format_}".encode())
            for n in sorted(namn):
                summa.update(n.encode() + filer.get(n, b""))
            avtryck[typ, format_] = summa.hexdigest()
        avtryck[typ, "pdf"] = hashlib.sha256(b"pdf" + avtryck[typ, "html"].encode()).hexdigest()
    return avtryck


def dokumentets_avtryck(kontext_avtryck: str, mall_avtryck: str) -> str:
    return hashlib.sha256(f"{kontext_avtryck}|{mall_avtryck}".encode()).hexdigest()


class Manifest:
    """Output file (relative to utdata/) → {fingerprint, sha256}; saved atomically."""

    def __init__(self, utdata: Path) -> None:
        self.utdata = utdata
        self.fil = utdata / FILNAMN
        self.poster: dict[str, dict[str, str]] = {}
        try:
            data = json.loads(self.fil.read_text(encoding="utf-8"))
            if data.get("version") == VERSION:
                self.poster = data["filer"]
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            pass  # no or unreadable manifest: everything is rebuilt

    def aktuell(self, fil: Path, avtryck: str) -> bool:
        """Built from this fingerprint, and the file is still exactly what was written."""
        post = self.poster.get(self._nyckel(fil))
        if post is None or post.get("avtryck") != avtryck or not fil.is_file():
            return False
        return hashlib.sha256(fil.read_bytes()).hexdigest() == post.get("sha256")

    def registrera(self, fil: Path, avtryck: str, sha256: str, **uppgifter) -> None:
        """`uppgifter`: what a skipped build needs to know of the file (e.g. its pages)."""
        self.poster[self._nyckel(fil)] = {"avtryck": avtryck, "sha256": sha256, **uppgifter}

    def uppgifter(self, fil: Path) -> dict:
        return self.poster.get(self._nyckel(fil), {})

    def spara(self) -> None:
        with atomisk(self.fil) as tmp:
            tmp.write_text(
                json.dumps({"version": VERSION, "filer": self.poster}, indent=1, sort_keys=True),
                encoding="utf-8",
            )

    def _nyckel(self, fil: Path) -> str:
        return fil.relative_to(self.utdata).as_posix()
