"""Benchmark: one meeting's bundle against rendering its parts alone (issue 11).

    python benchmarks/handlingar.py [--org KF --datum 2026-04-27] [--varv 3]

In one process, on the example municipality (fonts and templates warmed first):
(a) the parts alone: each part's HTML laid out and written as its own PDF, as
the standalone files are made (kallelse, tjänsteskrivelser, documents); (b) the
bundle: `bygg_samlad`, which lays out every part once with the bundle's footer,
the kallelse twice, writes one PDF and appends the attachments. The ratio (b)/(a)
is the bundle's cost; the target is at most 1.15. Best of `--varv` runs, (a) and
(b) taken in turn, and the ratio of each run; also in CPU time of this process,
which other load on a shared machine disturbs less than wall time.
(c) What merging the finished parts does to the structure tree, with pypdf and
pikepdf: pages of the result that have /StructParents with an entry in the
ParentTree, against the bundle's. Prints figures only. Results: benchmarks/RESULTAT.md.
"""

from __future__ import annotations

import argparse
import datetime
import io
import tempfile
import time
import warnings
from pathlib import Path

import pikepdf
from pypdf import PdfReader, PdfWriter

from planer import las_arbetsyta
from planer.bygg.samlad import Del, Punkt, bygg_samlad
from planer.dokument import bygg_kontext, motesdokument_kontext, motesperiod
from planer.rendering.html import render_html, rendera, skriv_samlad_pdf

ROT = Path(__file__).resolve().parent.parent


def delar_for(inlasning, mote):
    """(label, type, HTML) per part, and each item's PDF attachments, as the build makes them."""
    punkter = []
    for a in mote.arenden:
        delar = []
        if a.har_tjansteskrivelse:
            k = motesdokument_kontext(inlasning, "tjansteskrivelse", mote, a)
            delar.append(Del("Tjänsteskrivelse", render_html(ROT, "tjansteskrivelse", k)))
        if a.dokument is not None:
            typ = a.dokument.value
            k = bygg_kontext(inlasning, typ, a.avser, motesperiod(inlasning, a))
            delar.append(Del(k["dokument"]["titel"], render_html(ROT, typ, k)))
        bilagor = [ROT / "indata" / b for b in a.bilagor if b.endswith(".pdf")]
        if delar or bilagor:
            punkter.append(Punkt(a.nr, a.rubrik, delar, bilagor))
    return punkter


def i_tradet(data: bytes) -> tuple[int, int]:
    """(pages in the structure tree, pages) of a PDF."""
    with pikepdf.open(io.BytesIO(data)) as pdf:
        nycklar = set()
        if "/StructTreeRoot" in pdf.Root and "/ParentTree" in pdf.Root.StructTreeRoot:
            nums = pdf.Root.StructTreeRoot.ParentTree.get("/Nums", [])
            nycklar = {int(nums[i]) for i in range(0, len(nums), 2)}
        sidor = [int(s.obj.get("/StructParents", -1)) in nycklar for s in pdf.pages]
        return sum(sidor), len(sidor)


def main() -> None:
    tolk = argparse.ArgumentParser()
    tolk.add_argument("--org", default="KF")
    tolk.add_argument("--datum", default="2026-04-27")
    tolk.add_argument("--varv", type=int, default=3)
    val = tolk.parse_args()
    inlasning = las_arbetsyta(ROT)
    (mote,) = [
        m
        for m in inlasning.modell.moten
        if m.organisation == val.org and m.datum == datetime.date.fromisoformat(val.datum)
    ]
    punkter = delar_for(inlasning, mote)

    def kallelse_html(sidor):
        return render_html(
            ROT, "kallelse", motesdokument_kontext(inlasning, "kallelse", mote, sidor=sidor)
        )

    alla_html = [kallelse_html({})] + [d.html for p in punkter for d in p.delar]
    delar_pdf: list[bytes] = []

    def delarna_var_for_sig() -> None:
        delar_pdf.clear()
        for html in alla_html:
            buffert = io.BytesIO()
            skriv_samlad_pdf([rendera(html, ROT)], buffert, "del", ROT)
            delar_pdf.append(buffert.getvalue())

    with tempfile.TemporaryDirectory() as tmp:
        mal = Path(tmp) / "samlad.pdf"

        def samlad() -> None:
            bygg_samlad(ROT, kallelse_html, punkter, mal, "Sammanträdeshandlingar")

        delarna_var_for_sig()  # warm fonts and templates; the parts' own page counts, as
        antal = iter(len(PdfReader(io.BytesIO(d)).pages) for d in delar_pdf[1:])  # the build
        for p in punkter:  # reads them off the parts' own PDFs
            p.delar = [Del(d.etikett, d.html, next(antal)) for d in p.delar]
        tider = {"delar": [], "samlad": []}
        cpu = {"delar": [], "samlad": []}
        for _ in range(val.varv):
            for namn, steg in (("delar", delarna_var_for_sig), ("samlad", samlad)):
                start, start_cpu = time.perf_counter(), time.process_time()
                steg()
                tider[namn].append(time.perf_counter() - start)
                cpu[namn].append(time.process_time() - start_cpu)
        samlad_data = mal.read_bytes()

    a, b = min(tider["delar"]), min(tider["samlad"])
    kvoter = sorted(s / d for d, s in zip(tider["delar"], tider["samlad"], strict=True))
    sidor = sum(len(PdfReader(io.BytesIO(d)).pages) for d in delar_pdf)
    print(f"Sammanträde {val.org} {val.datum}: {len(alla_html)} delar, {sidor} sidor "
          f"(+ {sum(len(p.bilagor) for p in punkter)} PDF-bilaga), bäst av {val.varv}")  # fmt: skip
    print(f"(a) delarna var för sig          {a:6.2f} s")
    print(f"(b) samlad PDF                   {b:6.2f} s   {b / a:.2f} × (a)   mål ≤ 1,15")
    print(f"    kvoten varv för varv (b/a, sorterad): {', '.join(f'{k:.2f}' for k in kvoter)}")
    a_cpu, b_cpu = min(cpu["delar"]), min(cpu["samlad"])
    print(f"    processortid: (a) {a_cpu:.2f} s, (b) {b_cpu:.2f} s, {b_cpu / a_cpu:.2f} × (a)")

    skrivare = PdfWriter()
    for d in delar_pdf:
        skrivare.append(io.BytesIO(d))
    buffert = io.BytesIO()
    skrivare.write(buffert)
    med_pikepdf = pikepdf.new()
    with warnings.catch_warnings():  # named destinations are not what is measured here
        warnings.simplefilter("ignore")
        for d in delar_pdf:
            med_pikepdf.pages.extend(pikepdf.open(io.BytesIO(d)).pages)
    buffert2 = io.BytesIO()
    med_pikepdf.save(buffert2)
    for namn, data in (
        ("pypdf append", buffert.getvalue()),
        ("pikepdf pages.extend", buffert2.getvalue()),
        ("planer (renderade delar)", samlad_data),
    ):
        inne, totalt = i_tradet(data)
        print(f"(c) {namn:<28} {inne:3d} av {totalt:3d} sidor i strukturträdet")


if __name__ == "__main__":
    main()
