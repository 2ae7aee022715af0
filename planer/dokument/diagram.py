"""Charts for the documents, drawn with matplotlib: SVG for HTML/PDF, PNG for Word.

Every chart carries alt text, and every segment is labelled with its count, so
that no meaning depends on colour alone; the documents also show the numbers
as a table.
"""

from __future__ import annotations

import functools
import io
import re
import textwrap
from collections.abc import Sequence

from planer.dokument.bild import Bild

_SVG_META = {"Date": None, "Creator": "planer"}
_PNG_META = {"Software": "planer"}
_ETIKETT_BREDD = 28  # characters per line of a category label beside the bars


def staplat_diagram(
    kategorier: Sequence[str],
    serier: Sequence[tuple[str, str, Sequence[int]]],
    rubrik: str,
    alt: str,
) -> Bild:
    """Horizontal stacked bars: one bar per category, one segment per (label, colour, counts)."""
    serier = tuple((etikett, farg, tuple(antal)) for etikett, farg, antal in serier)
    kategorier = tuple(map(_kortad_etikett, kategorier))
    return Bild(alt=alt, diagram=("staplar", (kategorier, serier, rubrik)))


# Each series differs in line style and marker as well as colour.
_LINJESTIL = (("#1b3a5c", "-", "o"), ("#b35900", "--", "s"), ("#5f6368", ":", "^"))


def linjediagram(
    ar: Sequence[int],
    serier: Sequence[tuple[str, Sequence[float | None]]],
    enhet: str,
    alt: str,
) -> Bild:
    """A small line chart over years, one line per (label, values); None is a gap."""
    serier = tuple((etikett, tuple(varden)) for etikett, varden in serier)
    return Bild(alt=alt, bredd_cm=11.0, diagram=("linjer", (tuple(ar), serier, enhet)))


@functools.lru_cache(maxsize=512)
def rita(slag: str, data: tuple, format_: str) -> bytes:
    """Draw once per distinct chart and format: many bodies share the same charts."""
    plt = _pyplot()
    figur = {"staplar": _staplar, "linjer": _linjer}[slag](plt, *data)
    figur.tight_layout()
    utdata = io.BytesIO()
    figur.savefig(utdata, format=format_, metadata=_SVG_META if format_ == "svg" else _PNG_META)
    plt.close(figur)
    return utdata.getvalue()


def _linjer(plt, ar: tuple[int, ...], serier: tuple, enhet: str):
    figur, axel = plt.subplots(figsize=(5.2, 3.0), dpi=150)
    for (etikett, varden), (farg, stil, markor) in zip(serier, _LINJESTIL, strict=False):
        y = [float("nan") if v is None else v for v in varden]
        axel.plot(ar, y, color=farg, linestyle=stil, marker=markor, label=etikett, linewidth=1.8)
    axel.set_xticks(list(ar), [str(a) for a in ar])
    axel.yaxis.set_major_formatter(_svenska_tal())
    axel.set_ylabel(enhet, fontsize=8)
    axel.spines[["top", "right"]].set_visible(False)
    axel.tick_params(labelsize=8)
    bred = sum(len(etikett) for etikett, _ in serier) > 60  # one legend row would be cut
    axel.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.15),
        ncols=1 if bred else 3,
        frameon=False,
        fontsize=8,
    )
    return figur


def _kortad_etikett(text: str, rader: int = 2) -> str:
    """A label that fits beside the bars: wrapped, at most two lines, cut with "…".

    The alt text and the table beside the chart carry the whole name.
    """
    delar = textwrap.wrap(" ".join(text.split()), _ETIKETT_BREDD) or [""]
    if len(delar) > rader:
        delar = [*delar[: rader - 1], delar[rader - 1][: _ETIKETT_BREDD - 1].rstrip() + "…"]
    return "\n".join(delar)


def _staplar(
    plt,
    kategorier: tuple[str, ...],
    serier: tuple[tuple[str, str, tuple[int, ...]], ...],
    rubrik: str,
):
    hojd = 0.6 + 0.45 * len(kategorier)
    figur, axel = plt.subplots(figsize=(7.0, hojd + 0.9), dpi=150)
    vanster = [0] * len(kategorier)
    for etikett, farg, antal in serier:
        staplar = axel.barh(
            kategorier, antal, left=vanster, color=farg, label=etikett, edgecolor="white"
        )
        axel.bar_label(
            staplar,
            labels=[str(a) if a else "" for a in antal],
            label_type="center",
            color="white",
            fontsize=9,
            fontweight="bold",
        )
        vanster = [v + a for v, a in zip(vanster, antal, strict=True)]
    axel.invert_yaxis()  # first category on top, as in the table
    axel.set_title(rubrik, loc="left", fontsize=11, fontweight="bold", color="#1d2b3a")
    axel.set_xlabel("Antal mål", fontsize=9)
    axel.xaxis.get_major_locator().set_params(integer=True)
    axel.spines[["top", "right"]].set_visible(False)
    axel.tick_params(labelsize=9)
    axel.legend(
        loc="upper center",
        bbox_to_anchor=(0.5, -0.35 if len(kategorier) < 3 else -0.18),
        ncols=len(serier),
        frameon=False,
        fontsize=9,
    )
    return figur


def _svenska_tal():
    """Tick labels as the documents write numbers: `84,5`, `12 800`, `−2`."""
    from matplotlib.ticker import ScalarFormatter

    class SvenskaTal(ScalarFormatter):
        def __call__(self, x, pos=None) -> str:
            heltal, komma, decimaler = super().__call__(x, pos).partition(".")
            heltal = re.sub(r"(\d)(?=(\d{3})+$)", "\\1\u00a0", heltal)
            return heltal + ("," if komma else "") + decimaler

    return SvenskaTal(useOffset=False)


@functools.cache
def _pyplot():
    """matplotlib, loaded on the first drawing: building contexts alone never needs it."""
    import matplotlib

    matplotlib.use("Agg")  # no display; must precede pyplot
    import matplotlib.pyplot as plt

    # Fixed metadata and hash salt keep the files identical from run to run.
    plt.rcParams["svg.hashsalt"] = "planer"
    plt.rcParams["font.family"] = ["DejaVu Sans"]
    return plt
