"""Write the symbol fonts mallar/typsnitt/noto-*.ttf from Debian's Noto fonts.

Source Sans 3 has no status symbols (✔ ◐ ✖), no diagonal arrows (↗ ↘) and no
subscripts (CO₂). Without a font of their own the documents took them from whatever
the system had (DejaVu Sans on one machine, nothing on another). These subsets of
Noto (SIL Open Font License 1.1, no Reserved Font Name) travel with the templates
instead. Each keeps the glyphs of a few Unicode blocks, so that a workspace's own
template may use any symbol of those blocks. The output is deterministic: the
font's own timestamps are kept.

Run from the repository root, with Debian's fonts-noto-core unpacked or installed:
    apt-get download fonts-noto-core && dpkg -x fonts-noto-core_*.deb /tmp/noto
    python verktyg/symboltypsnitt.py /tmp/noto/usr/share/fonts/truetype/noto
"""

from __future__ import annotations

import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

ROT = Path(__file__).resolve().parent.parent
UT = ROT / "mallar" / "typsnitt"

# Target file → (Noto source file, Unicode blocks kept).
SYMBOLTYPSNITT = {
    "noto-sans-symbols-2-former.ttf": (
        "NotoSansSymbols2-Regular.ttf",
        [(0x25A0, 0x25FF), (0x2700, 0x27BF)],  # geometric shapes, dingbats: ✔ ◐ ✖ ● ○
    ),
    "noto-sans-symbols-pilar.ttf": (
        "NotoSansSymbols-Regular.ttf",
        [(0x2190, 0x21FF)],  # arrows: → ↗ ↘ ↑ ↓
    ),
    "noto-sans-index.ttf": (
        "NotoSans-Regular.ttf",
        [(0x2070, 0x209F)],  # superscripts and subscripts: CO₂, m²
    ),
}


def skriv(kalla: Path) -> None:
    for mal, (fil, block) in SYMBOLTYPSNITT.items():
        typsnitt = TTFont(kalla / fil, recalcTimestamp=False)
        tecken = [c for c in typsnitt.getBestCmap() if any(a <= c <= b for a, b in block)]
        alternativ = subset.Options(layout_features=["*"], name_IDs=["*"], notdef_outline=True)
        alternativ.recalc_timestamp = False
        delmangd = subset.Subsetter(alternativ)
        delmangd.populate(unicodes=tecken)
        delmangd.subset(typsnitt)
        typsnitt.save(UT / mal)
        print(f"{mal}: {len(tecken)} tecken ur {fil}")


if __name__ == "__main__":
    skriv(Path(sys.argv[1]))
