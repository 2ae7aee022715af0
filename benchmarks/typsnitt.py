"""Benchmark: how the PDFs embed their fonts (issue 9), three ways on the same documents.

    python benchmarks/typsnitt.py [--org KF --org BUN ...] [--varv 3]

Renders the example's HTML documents (all four types for the bodies given) to PDF in
one process, each way in turn, `--varv` rounds, and prints per way the median render
time per document (layout + writing), the total file size, and whether two renders
gave the same bytes:
- harfbuzz: subsets with the system's libharfbuzz-subset (needs Debian's
  libharfbuzz-subset0; not installed by the README's commands);
- fonttools: what WeasyPrint does without that library, with SOURCE_DATE_EPOCH fixed
  (else fontTools writes the current time into each subset font);
- hela: the whole font files embedded (WeasyPrint's full_fonts), no subsetting.
Prints figures only. Results: benchmarks/RESULTAT.md.
"""

from __future__ import annotations

import argparse
import hashlib
import os
import statistics
import tempfile
import time
from pathlib import Path

import weasyprint.pdf.fonts as weasy_fonts
from weasyprint import HTML

from planer import las_arbetsyta
from planer.bygg import bestallning, bygg
from planer.rendering.html import PDF_VARIANT, Mallhamtare, _typsnitt
from planer.rendering.mallar import mallkataloger

ROT = Path(__file__).resolve().parent.parent
SATT = ("harfbuzz", "fonttools", "hela")


def rendera(html: Path, satt: str) -> tuple[float, bytes]:
    kataloger = [k for k in mallkataloger(ROT) if k.is_dir()]
    start = time.perf_counter()
    dokument = HTML(
        string=html.read_text(encoding="utf-8"),
        base_url=kataloger[0],
        url_fetcher=Mallhamtare(kataloger),
    ).render(font_config=_typsnitt(), pdf_variant=PDF_VARIANT)
    data = dokument.write_pdf(pdf_variant=PDF_VARIANT, full_fonts=satt == "hela")
    return time.perf_counter() - start, data


def main() -> None:
    argument = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argument.add_argument("--org", action="append", default=None)
    argument.add_argument("--varv", type=int, default=3)
    val = argument.parse_args()
    inlasning = las_arbetsyta(ROT)
    with tempfile.TemporaryDirectory() as tmp:
        utdata = Path(tmp)
        bestalld = bestallning(inlasning, val.org or ["KF", "BUN", "BUF-ALS"], False, (),
                               ("html",), None, None)  # fmt: skip
        bygg(inlasning, bestalld, utdata, 1, True, lambda h: None)
        filer = sorted(utdata.rglob("*.html"))
        harfbuzz = weasy_fonts.harfbuzz_subset
        print(f"{len(filer)} dokument, {val.varv} varv; libharfbuzz-subset: "
              f"{'finns' if harfbuzz else 'saknas'}")  # fmt: skip
        for satt in SATT:
            if satt == "harfbuzz" and not harfbuzz:
                print(f"{satt:<10} hoppas över: biblioteket saknas")
                continue
            weasy_fonts.harfbuzz_subset = harfbuzz if satt == "harfbuzz" else None
            if satt == "fonttools":
                os.environ["SOURCE_DATE_EPOCH"] = "0"
            tider, storlek, forsta, samma = [], 0, {}, True
            for varv in range(val.varv):
                for fil in filer:
                    sekunder, data = rendera(fil, satt)
                    tider.append(sekunder)
                    summa = hashlib.sha256(data).digest()
                    if varv == 0:
                        storlek += len(data)
                        forsta[fil] = summa
                    samma &= summa == forsta[fil]
            os.environ.pop("SOURCE_DATE_EPOCH", None)
            print(f"{satt:<10} {statistics.median(tider):6.3f} s/dokument (median), "
                  f"{storlek / 1024:8.0f} KiB totalt, samma bytes varje varv: {samma}")  # fmt: skip
        weasy_fonts.harfbuzz_subset = harfbuzz


if __name__ == "__main__":
    main()
