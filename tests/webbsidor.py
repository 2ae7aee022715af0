"""Reading the website's pages back, for the tests: as a tree, and as the text a reader sees."""

from __future__ import annotations

from pathlib import Path

import lxml.html


def sida(fil: Path):
    return lxml.html.fromstring(fil.read_bytes())


def text(element) -> str:
    """The element's text with whitespace (also no-break spaces) collapsed."""
    return " ".join(element.text_content().split())
