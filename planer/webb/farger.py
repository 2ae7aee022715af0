"""Colours on the website: the status colours of planer.toml, made readable.

The site shows status colours as text on white and on its light grey
(`LJUS`, the menu and footer), and as the background of white text, so each
colour must reach WCAG 2.1 AA's 4.5:1 against the grey (and so against white).
A configured colour that does not is darkened, keeping its hue, until it does.
"""

from __future__ import annotations

import functools

KONTRAST_AA = 4.5
LJUS = "#f3f6f9"  # --ljus in webb.css: the lightest background but white


def _luminans(farg: str) -> float:
    """WCAG 2.1 relative luminance of #rrggbb."""
    kanaler = [int(farg[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    r, g, b = (c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in kanaler)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def kontrast(a: str, b: str) -> float:
    ljus, mork = sorted((_luminans(a), _luminans(b)), reverse=True)
    return (ljus + 0.05) / (mork + 0.05)


@functools.lru_cache(maxsize=64)  # a handful of colours, asked for on every status shown
def lasbar(farg: str, mot: str = LJUS, krav: float = KONTRAST_AA) -> str:
    """`farg`, or the nearest darker shade of it that reaches `krav` against `mot`."""
    farg = farg.lower()
    kanaler = [int(farg[i : i + 2], 16) for i in (1, 3, 5)]
    while kontrast(farg, mot) < krav:
        kanaler = [int(c * 0.95) for c in kanaler]
        farg = "#" + "".join(f"{c:02x}" for c in kanaler)
    return farg
