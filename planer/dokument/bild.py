"""An image in a document context: a chart or the logo, always with alt text."""

from __future__ import annotations

import base64
import hashlib
from functools import cached_property
from typing import Any


class Bild:
    """SVG for HTML and PDF (sharp at any size), PNG for Word; either may be missing.

    A chart is kept as its drawing instructions (`diagram`) and drawn only in the
    format a template asks for, so a Word-only build never draws SVG. A Bild is
    plain data: it pickles to build workers and has a stable `fingeravtryck`.
    `src` is a data: URI, so HTML templates never load images from elsewhere.
    """

    def __init__(
        self,
        alt: str,
        svg: bytes | None = None,
        png: bytes | None = None,
        bredd_cm: float = 16.0,  # width in Word
        diagram: tuple[Any, ...] | None = None,  # arguments of diagram.rita, without format
    ) -> None:
        self.alt = alt
        self.bredd_cm = bredd_cm
        self._svg, self._png, self.diagram = svg, png, diagram

    @cached_property
    def svg(self) -> bytes | None:
        return self._svg if self._svg is not None or self.diagram is None else self._rita("svg")

    @cached_property
    def png(self) -> bytes | None:
        return self._png if self._png is not None or self.diagram is None else self._rita("png")

    def _rita(self, format_: str) -> bytes:
        from planer.dokument.diagram import rita  # matplotlib: only where a chart is drawn

        return rita(*self.diagram, format_)

    @property
    def src(self) -> str:
        if self.svg is not None:
            return "data:image/svg+xml;base64," + base64.b64encode(self.svg).decode("ascii")
        assert self.png is not None, "a Bild needs SVG or PNG"
        return "data:image/png;base64," + base64.b64encode(self.png).decode("ascii")

    @property
    def fingeravtryck(self) -> str:
        """Changes exactly when the image would: its alt text, data or drawing instructions."""
        innehall = repr((self.alt, self.bredd_cm, self.diagram)).encode()
        for data in (self._svg, self._png):
            innehall += hashlib.sha256(data or b"").digest()
        return hashlib.sha256(innehall).hexdigest()

    def __getstate__(self) -> dict[str, Any]:
        # Drawn formats stay behind: a worker draws what its templates need.
        return {k: v for k, v in self.__dict__.items() if k not in ("svg", "png")}

    def __repr__(self) -> str:
        return f"Bild(alt={self.alt!r})"
