"""An image in a document context: a chart or the logo, always with alt text."""

from __future__ import annotations

import base64
from dataclasses import dataclass


@dataclass(frozen=True)
class Bild:
    """SVG for HTML and PDF (sharp at any size), PNG for Word; either may be missing.

    `src` is a data: URI, so HTML templates never load images from elsewhere.
    """

    alt: str
    svg: bytes | None = None
    png: bytes | None = None
    bredd_cm: float = 16.0  # width in Word

    @property
    def src(self) -> str:
        if self.svg is not None:
            return "data:image/svg+xml;base64," + base64.b64encode(self.svg).decode("ascii")
        assert self.png is not None, "a Bild needs SVG or PNG"
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")
