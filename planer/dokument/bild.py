"""An image in a document context: a chart or the logo, always with alt text."""

from __future__ import annotations

import base64
from collections.abc import Callable
from functools import cached_property


class Bild:
    """SVG for HTML and PDF (sharp at any size), PNG for Word; either may be missing.

    A chart is drawn only in the format a template asks for (`rita("svg")` or
    `rita("png")`), so a Word-only build never draws SVG and vice versa. `src`
    is a data: URI, so HTML templates never load images from elsewhere.
    """

    def __init__(
        self,
        alt: str,
        svg: bytes | None = None,
        png: bytes | None = None,
        bredd_cm: float = 16.0,  # width in Word
        rita: Callable[[str], bytes] | None = None,
    ) -> None:
        self.alt = alt
        self.bredd_cm = bredd_cm
        self._svg, self._png, self._rita = svg, png, rita

    @cached_property
    def svg(self) -> bytes | None:
        return self._svg if self._svg is not None or self._rita is None else self._rita("svg")

    @cached_property
    def png(self) -> bytes | None:
        return self._png if self._png is not None or self._rita is None else self._rita("png")

    @property
    def src(self) -> str:
        if self.svg is not None:
            return "data:image/svg+xml;base64," + base64.b64encode(self.svg).decode("ascii")
        assert self.png is not None, "a Bild needs SVG or PNG"
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")

    def __repr__(self) -> str:
        return f"Bild(alt={self.alt!r})"
