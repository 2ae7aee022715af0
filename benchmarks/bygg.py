"""Benchmark: build the documents of a synthetic municipality (issue 4).

    python benchmarks/bygg.py [--storlekar 50 200 800] [--dokument arsredovisning] [--jobb 2]
                              [--prov 8] [--varv 2]

For each size a workspace is generated first (not timed), then measured in one run:
(a) read + validate + every context, no rendering; (b) a full build per format,
each into its own utdata folder, with `--jobb` workers; (c) the same builds again
with nothing changed; (d) the same builds after one outcome cell of one unit
changed, and (d') once more with the cell changed back, in-process; (e) full PDF
builds with one worker and with two, back to back, each in a fresh process;
(f) planer's Word and PDF writing per document against the floor, bare docxtpl
and bare WeasyPrint on the same contexts, templates and pre-drawn charts, in one
process, for `--prov` documents; (g) peak memory of the main process and per worker.
A rough probe of how many cores are free is printed beside (b) and (e): the
machine may be shared, and every parallel figure depends on it.
`--dokument` limits the document types (default: all four) and `--jamfor-arbetare`
the sizes that get (e) (default: all) to keep the run
bearable. Prints figures only, never asserts. Results: benchmarks/RESULTAT.md.
"""

from __future__ import annotations

import argparse
import io
import itertools
import multiprocessing
import os
import platform
import resource
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path

# Only light imports at module level: spawned build workers import this script
# as their __main__, and should not load more than `planer bygg` would.
from planer import Bedomare, Period, las_arbetsyta
from planer.arbetsyta import Inlasning
from planer.bygg import BYGGD, FORMAT, bestallning, bygg
from planer.bygg.bestallning import Dokumentjobb, jobb
from planer.dokument import DOKUMENTTYPER, bygg_kontext, standardperiod
from planer.dokument.bild import Bild
from planer.modell.objekt import Niva, Riktning

# Targets (issue 4)
MAL_OFORANDRAT = 3.0  # % of the full build
MAL_ETT_VARDE = 10.0  # % of the full build
MAL_PARALLELL = 1.7  # speed-up, 2 workers against 1
MAL_WORD = 1.3  # planer ÷ floor
MAL_PDF = 1.15  # planer ÷ floor
MAL_MINNE_MB = 600.0  # per worker
MAL_STORLEK = 1.1  # time ratio ≤ 1.1 × size ratio (4.4 for 800/200)


# --- memory -------------------------------------------------------------------------


def _proc_kb(pid: int | str, falt: str) -> int | None:
    """A kB field of /proc/<pid>/status (Linux), e.g. VmHWM, the peak RSS."""
    try:
        for rad in Path(f"/proc/{pid}/status").read_text().splitlines():
            if rad.startswith(falt + ":"):
                return int(rad.split()[1])
    except (OSError, ValueError, IndexError):
        pass
    return None


def _nollstall_topp() -> bool:
    """Reset this process's VmHWM (Linux ≥ 4.0), so each size gets its own peak."""
    try:
        Path("/proc/self/clear_refs").write_text("5")
        return True
    except OSError:
        return False


def _egen_topp_mb() -> float:
    kb = _proc_kb("self", "VmHWM")
    if kb is None:  # ru_maxrss is kB on Linux, bytes on macOS
        kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
        kb = kb / 1024 if sys.platform == "darwin" else kb
    return kb / 1024


def _barnens_topp_mb() -> float:
    """Largest peak RSS of any waited-for child process so far."""
    kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return (kb / 1024 if sys.platform == "darwin" else kb) / 1024


class Arbetarminne:
    """efter_varje callback: the highest VmHWM among the build's workers, and what was built.

    Sampled in the main process as documents finish; VmHWM never decreases, so the
    last sample is close to each worker's peak.
    """

    def __init__(self) -> None:
        self.kb = 0
        self.byggda: list[Dokumentjobb] = []

    def __call__(self, handelse) -> None:
        if handelse.utfall == BYGGD:
            self.byggda.append(handelse.jobb)
        for process in multiprocessing.active_children():
            self.kb = max(self.kb, _proc_kb(process.pid, "VmHWM") or 0)

    @property
    def mb(self) -> float:
        return self.kb / 1024


# --- one build ----------------------------------------------------------------------


@dataclass
class Bygge:
    dokument: int  # documents asked for
    sekunder: float
    byggda: int  # documents (re)built
    oforandrade: int
    misslyckade: int
    cpu: float = 0.0  # CPU seconds of this process and its workers
    arbetare_mb: float = 0.0
    org_ids: list[str] = field(default_factory=list)  # bodies of the documents built

    @property
    def cpu_per_vagg(self) -> float:
        """About the number of cores kept busy; well below `arbetare` on a busy machine."""
        return self.cpu / self.sekunder


def kor_bygge(
    inlasning: Inlasning, typer: tuple[str, ...], format_: str, utdata: Path, arbetare: int
) -> Bygge:
    val = bestallning(inlasning, dokumenttyper=typer, format=(format_,))
    minne = Arbetarminne()
    cpu = _cpu()
    r = bygg(inlasning, val, utdata=utdata, arbetare=arbetare, efter_varje=minne)
    cpu = _cpu() - cpu
    for handelse in r.misslyckade[:3]:
        print(f"    MISSLYCKADES {handelse.jobb.org_id} {format_}: {handelse.fel}")
    return Bygge(
        dokument=len(val.org_ids) * len(val.dokumenttyper),
        sekunder=r.sekunder,
        byggda=len(minne.byggda),
        oforandrade=r.oforandrade,
        misslyckade=len(r.misslyckade),
        cpu=cpu,
        arbetare_mb=minne.mb,
        org_ids=sorted({j.org_id for j in minne.byggda}),
    )


def _cpu() -> float:
    """CPU seconds so far of this process and of its waited-for children."""
    return sum(
        r.ru_utime + r.ru_stime
        for r in (
            resource.getrusage(resource.RUSAGE_SELF),
            resource.getrusage(resource.RUSAGE_CHILDREN),
        )
    )


def _pdf_i_egen_process(katalog: str, typer: tuple[str, ...], utdata: str, arbetare: int) -> dict:
    """Runs in a fresh process: a full PDF build, as `planer bygg --format pdf` would.

    A fresh process, so that WeasyPrint's and matplotlib's import and the chart
    cache are paid as in a real run, not inherited from the benchmark's own process.
    """
    inlasning = las_arbetsyta(Path(katalog))
    bygge = kor_bygge(inlasning, typer, "pdf", Path(utdata), arbetare)
    if arbetare <= 1:  # the whole build ran in this one process
        bygge.arbetare_mb = _egen_topp_mb()
    return bygge.__dict__


def pdf_i_egen_process(katalog: Path, typer: tuple[str, ...], utdata: Path, arbetare: int) -> Bygge:
    spawn = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(1, mp_context=spawn) as pool:
        svar = pool.submit(_pdf_i_egen_process, str(katalog), typer, str(utdata), arbetare)
        return Bygge(**svar.result())


# --- (d): change one outcome ----------------------------------------------------------


def visad_period(inlasning: Inlasning, typer: tuple[str, ...]) -> Period:
    """A period whose outcomes the requested documents show, the årsredovisning's first."""
    for typ in ("arsredovisning", "delarsrapport", "styrkort"):
        if typ in typer:
            return standardperiod(inlasning, typ)
    # Verksamhetsplan: goals are assessed in the latest period before the plan year.
    planar = standardperiod(inlasning, "verksamhetsplan").ar
    modell = inlasning.modell
    return [p for p in modell.perioder_med_utfall if p.ar < planar][-1]


@dataclass
class Andring:
    org_id: str
    mal_id: str
    matetal_id: str
    period: Period
    fore: float
    efter: float
    vantade: set[str]  # the unit and its ancestors


def andra_ett_utfall(inlasning: Inlasning, typer: tuple[str, ...]) -> Andring:
    """Change one numeric outcome of a measure of a deepest Enhet, in indata/matetal.xlsx.

    The new value is put on the other side of the target, so the measure's status,
    and possibly its goal's and the goals above, change too.
    """
    modell = inlasning.modell
    period = visad_period(inlasning, typer)
    kandidater = [
        (org, mal, m)
        for org in modell.organisationer.values()
        if org.niva is Niva.ENHET
        for mal in modell.mal_for(org.id)
        for m in modell.matetal_for(mal.id)
        if m.varde(period) is not None
    ]
    # The deepest unit, and a goal with this one measure and no goals below it, whose
    # status then follows the measure's: the change may travel up the målkedja.
    kandidat = min(
        kandidater,
        key=lambda k: (
            -modell.djup(k[0].id),
            len(modell.matetal_for(k[1].id)) + len(modell.stodjande_mal(k[1].id)) > 1,
        ),
    )
    org, mal, matetal = kandidat
    fore = matetal.varde(period)
    malvarde = matetal.malvarde(period.ar)
    if malvarde is None:
        efter = fore * 2 if fore else 1.0
    else:
        hogre = matetal.riktning is Riktning.HOGRE
        uppnatt = fore >= malvarde if hogre else fore <= malvarde
        efter = malvarde * (0.5 if uppnatt == hogre else 1.5)
        if matetal.enhet == "%":
            efter = min(efter, 100.0)
    efter = round(efter, 1)

    _skriv_utfall(inlasning.arbetsyta, matetal.id, period, efter)
    vantade = {org.id} | {o.id for o in modell.forfader(org.id)}
    return Andring(org.id, mal.id, matetal.id, period, fore, efter, vantade)


def andring_tillbaka(inlasning: Inlasning, andring: Andring) -> str:
    _skriv_utfall(inlasning.arbetsyta, andring.matetal_id, andring.period, andring.fore)
    return f"{andring.matetal_id} {andring.period} {andring.efter:g} → {andring.fore:g}"


def _skriv_utfall(arbetsyta: Path, matetal_id: str, period: Period, varde: float) -> None:
    """Set one Värde cell of the Utfall sheet of indata/matetal.xlsx."""
    from openpyxl import load_workbook

    fil = arbetsyta / "indata" / "matetal.xlsx"
    bok = load_workbook(fil)
    ark = bok["Utfall"]
    rubriker = [c.value for c in ark[1]]
    kol_id, kol_period, kol_varde = (rubriker.index(r) for r in ("Mätetal", "Period", "Värde"))
    for rad in ark.iter_rows(min_row=2):
        if rad[kol_id].value == matetal_id and str(rad[kol_period].value) == str(period):
            rad[kol_varde].value = varde
            break
    else:
        raise SystemExit(f"Hittade inte utfallet {matetal_id} {period} i {fil}")
    bok.save(fil)


# --- (f): the floor -----------------------------------------------------------------


def _med(varde, bild):
    """A copy of a context with every Bild replaced by `bild(Bild)`."""
    if isinstance(varde, Bild):
        return bild(varde)
    if isinstance(varde, dict):
        return {k: _med(v, bild) for k, v in varde.items()}
    if isinstance(varde, list | tuple):
        return [_med(v, bild) for v in varde]
    return varde


@dataclass
class Golv:
    dokument: int
    diagram: float  # s per document: drawing its charts as PNG and SVG
    planer_docx: float  # s per document, skriv_dokument
    golv_docx: float
    planer_pdf: float
    golv_pdf: float
    # The floor doing what planer asks of WeasyPrint: PDF/UA-1 (tags), fonts loaded once.
    golv_pdf_ua: float


def mat_golvet(inlasning: Inlasning, prov: list[Dokumentjobb], varv: int, utdata: Path) -> Golv:
    """planer's skriv_dokument against bare docxtpl and bare WeasyPrint, per document.

    Same contexts, same built-in templates, same pre-drawn charts, one process;
    best of `varv` rounds per document, the variants interleaved.
    """
    from docx.shared import Cm
    from docxtpl import DocxTemplate, InlineImage
    from weasyprint import HTML
    from weasyprint.text.fonts import FontConfiguration

    from planer.bygg.skrivning import skriv_dokument
    from planer.rendering.html import render_html
    from planer.rendering.mallar import hitta_mall, jinja_miljo, mallkataloger

    arbetsyta = inlasning.arbetsyta
    utdata.mkdir(parents=True, exist_ok=True)
    kontexter = [bygg_kontext(inlasning, j.dokumenttyp, j.org_id, j.period) for j in prov]

    start = time.perf_counter()
    for kontext in kontexter:  # the charts, drawn once, are shared by all variants
        _med(kontext, lambda b: (b.png, b.svg))
    diagram = time.perf_counter() - start

    def planer_docx(j, kontext):
        skriv_dokument(arbetsyta, j.dokumenttyp, kontext, {"docx": utdata / "planer.docx"})

    def golv_docx(j, kontext):
        mall = DocxTemplate(hitta_mall(arbetsyta, f"{j.dokumenttyp}.docx"))
        bilder = _med(kontext, lambda b: InlineImage(mall, io.BytesIO(b.png), width=Cm(b.bredd_cm)))
        mall.render(bilder, jinja_miljo())
        mall.save(utdata / "golv.docx")

    def planer_pdf(j, kontext):
        skriv_dokument(arbetsyta, j.dokumenttyp, kontext, {"pdf": utdata / "planer.pdf"})

    bas = next(k for k in mallkataloger(arbetsyta) if k.is_dir())

    def golv_pdf(j, kontext):
        html = render_html(arbetsyta, j.dokumenttyp, kontext)
        HTML(string=html, base_url=str(bas)).write_pdf(utdata / "golv.pdf")

    typsnitt = FontConfiguration()

    def golv_pdf_ua(j, kontext):
        html = render_html(arbetsyta, j.dokumenttyp, kontext)
        HTML(string=html, base_url=str(bas)).write_pdf(
            utdata / "ua.pdf", font_config=typsnitt, pdf_variant="pdf/ua-1"
        )

    varianter = (planer_docx, golv_docx, planer_pdf, golv_pdf, golv_pdf_ua)
    for variant in varianter:  # warm-up: imports, fonts, first-use caches
        variant(prov[0], kontexter[0])
    basta = {v.__name__: [float("inf")] * len(prov) for v in varianter}
    for _ in range(varv):
        for i, (j, kontext) in enumerate(zip(prov, kontexter, strict=True)):
            for variant in varianter:
                start = time.perf_counter()
                variant(j, kontext)
                tid = time.perf_counter() - start
                basta[variant.__name__][i] = min(basta[variant.__name__][i], tid)
    n = len(prov)
    return Golv(n, diagram / n, *(sum(basta[v.__name__]) / n for v in varianter))


def jamnt_urval(alla: list, antal: int) -> list:
    """`antal` items spread evenly over `alla`, first and last included."""
    if antal >= len(alla):
        return list(alla)
    if antal <= 1:
        return alla[:1]
    return [alla[round(i * (len(alla) - 1) / (antal - 1))] for i in range(antal)]


# --- the machine ----------------------------------------------------------------------


def _snurra(varv: int, barriar=None, ko=None) -> float:
    """A CPU-bound loop; with a barrier, started together with the others."""
    if barriar is not None:
        barriar.wait()
    start = time.perf_counter()
    summa = 0
    for i in range(varv):
        summa += i
    tid = time.perf_counter() - start
    if ko is not None:
        ko.put(tid)
    return tid


def parallellitet(processer: int = 2, varv: int = 5_000_000) -> float:
    """About how many cores two CPU-bound processes get right now: 2.0 on an idle 2-core machine.

    The machine is shared: when other guests are busy, fewer cores are left, and
    every parallel figure of that moment is lower. Printed beside (b) and (e).
    """
    spawn = multiprocessing.get_context("spawn")
    ensam = min(_snurra(varv) for _ in range(3))
    tillsammans = float("inf")
    for _ in range(2):  # best of two: a probe of a noisy machine
        barriar, ko = spawn.Barrier(processer), spawn.Queue()
        alla = [spawn.Process(target=_snurra, args=(varv, barriar, ko)) for _ in range(processer)]
        for p in alla:
            p.start()
        tillsammans = min(tillsammans, max(ko.get() for _ in alla))
        for p in alla:
            p.join()
    return processer * ensam / tillsammans


# --- one size -----------------------------------------------------------------------

NAMN, KOL = 52, 10  # column widths of the printed tables


def _rubrik(text: str, *kolumner: str) -> None:
    print(f"\n{text:<{NAMN}}" + "".join(f"{k:>{KOL}}" for k in kolumner))


def _rad(namn: str, *celler: object) -> None:
    print(f"    {namn:<{NAMN - 4}}" + "".join(f"{c:>{KOL}}" for c in celler), flush=True)


@dataclass
class Matning:
    storlek: int
    dokument: int  # documents per format
    las: float
    kontexter: float
    fulla: dict[str, Bygge]
    las_igen: float
    oforandrat: dict[str, Bygge]
    andring: Andring
    las_andrad: float
    ett_varde: dict[str, Bygge]
    en_arbetare: Bygge | None  # None: (e) skipped for this size
    tva_arbetare: Bygge | None
    golv: Golv
    huvud_mb: float
    arbetare_mb: float


def _summa(byggen: dict[str, Bygge], las: float = 0.0) -> float:
    """Seconds of one build per format, each with its own reading of the workbooks."""
    return sum(b.sekunder + las for b in byggen.values())


def mat_storlek(
    tmp: Path,
    storlek: int,
    typer: tuple[str, ...],
    arbetare: int,
    prov: int,
    varv: int,
    jamfor_arbetare: bool,
) -> Matning:
    from syntetisk_kommun import skapa_kommun

    katalog = tmp / "kommun"
    start = time.perf_counter()
    antal = skapa_kommun(katalog, storlek)
    print(
        f"\n=== {antal['organisationer']} organisationer, {antal['mal']} mål, "
        f"{antal['matetal']} mätetal, {antal['utfall']} utfallsrader "
        f"(skapade på {time.perf_counter() - start:.1f} s, ej i tiden) ===",
        flush=True,
    )
    _nollstall_topp()

    # (a) read + validate + every context
    start = time.perf_counter()
    inlasning = las_arbetsyta(katalog)
    las = time.perf_counter() - start
    if inlasning.modell is None:
        sys.exit(
            "Den syntetiska kommunen validerade inte:\n" + "\n".join(map(str, inlasning.problem))
        )
    alla_jobb = jobb(inlasning, bestallning(inlasning, dokumenttyper=typer), tmp / "utdata")
    start = time.perf_counter()
    for j in alla_jobb:
        bygg_kontext(inlasning, j.dokumenttyp, j.org_id, j.period)
    kontexter = time.perf_counter() - start
    dok = len(alla_jobb)
    _rubrik("(a) läs + validera + kontexter", "dok", "s")
    _rad("läs + validera", "", f"{las:.2f}")
    _rad("alla kontexter, ingen rendering", dok, f"{kontexter:.2f}")
    _rad("totalt", dok, f"{las + kontexter:.2f}")

    # (b) full build per format, each into its own utdata folder
    _rubrik(f"(b) fullt bygge, arbetare={arbetare}", "dok", "s", "dok/s", "s×arb/dok", "cpu/vägg")
    print(f"    (kärnor lediga just nu, ungefär: {parallellitet():.1f})")
    fulla = {}
    for format_ in FORMAT:
        b = kor_bygge(inlasning, typer, format_, tmp / f"utdata-{format_}", arbetare)
        fulla[format_] = b
        _rad(
            format_,
            b.byggda,
            f"{b.sekunder:.2f}",
            f"{b.byggda / b.sekunder:.2f}",
            f"{b.sekunder * arbetare / max(b.byggda, 1):.3f}",
            f"{b.cpu_per_vagg:.2f}",
        )
    full = _summa(fulla)
    _rad("alla tre format (tre byggen)", 3 * dok, f"{full:.2f}", f"{3 * dok / full:.2f}")

    # (c) the same builds again, nothing changed; a rebuild reads the workbooks again
    start = time.perf_counter()
    inlasning = las_arbetsyta(katalog)
    las_igen = time.perf_counter() - start
    oforandrat = {f: kor_bygge(inlasning, typer, f, tmp / f"utdata-{f}", arbetare) for f in FORMAT}
    _skriv_ombygge("(c) nytt bygge utan ändring", oforandrat, fulla, las_igen)
    huvud_mb = _egen_topp_mb()  # the main process of a build with workers: it holds the contexts

    # (d) one outcome cell of one unit changed
    andring = andra_ett_utfall(inlasning, typer)
    fore = inlasning
    start = time.perf_counter()
    inlasning = las_arbetsyta(katalog)
    las_andrad = time.perf_counter() - start
    ett_varde = {f: kor_bygge(inlasning, typer, f, tmp / f"utdata-{f}", arbetare) for f in FORMAT}
    _skriv_ombygge("(d) nytt bygge efter ett ändrat utfall", ett_varde, fulla, las_andrad)
    _skriv_andring(andring, fore, inlasning, ett_varde)
    huvud_d_mb = _egen_topp_mb()  # (d) renders in this process when one document changed

    # (d') the same documents once more, in this process: what the worker pool costs
    aterstall = andring_tillbaka(inlasning, andring)
    inlasning = las_arbetsyta(katalog)
    i_processen = {f: kor_bygge(inlasning, typer, f, tmp / f"utdata-{f}", 1) for f in FORMAT}
    _rubrik("(d') tillbaka till förra värdet, arbetare=1", "dok", "byggda", "s")
    for format_, b in i_processen.items():
        _rad(format_, b.dokument, b.byggda, f"{b.sekunder:.2f}")
    print(f"    ändrat tillbaka: {aterstall}", flush=True)

    # (e) one worker against two: full PDF builds back to back, each in a fresh process
    en = tva = None
    if jamfor_arbetare:
        en = pdf_i_egen_process(katalog, typer, tmp / "utdata-pdf-1", 1)
        tva = pdf_i_egen_process(katalog, typer, tmp / "utdata-pdf-2", 2)
        _rubrik("(e) fullt PDF-bygge i en ny process", "dok", "s", "dok/s", "cpu/vägg")
        print(f"    (kärnor lediga efteråt, ungefär: {parallellitet():.1f})")
        for namn, b in (
            ("arbetare=1", en),
            ("arbetare=2", tva),
            (f"jfr (b), arbetare={arbetare}", fulla["pdf"]),
        ):
            _rad(
                namn,
                b.byggda,
                f"{b.sekunder:.2f}",
                f"{b.byggda / b.sekunder:.2f}",
                f"{b.cpu_per_vagg:.2f}",
            )
        _rad("uppsnabbning, arbetare=1 ÷ arbetare=2", dok, f"{en.sekunder / tva.sekunder:.2f}×")
    else:
        print("\n(e) hoppas över för den här storleken (--jamfor-arbetare)", flush=True)

    # (f) the floor
    urval = jamnt_urval(alla_jobb, max(1, prov))
    golv = mat_golvet(inlasning, urval, varv, tmp / "golv")
    _rubrik(f"(f) en process, bästa av {varv} varv", "dok", "s/dok", "÷ golv", "÷ golv 2")
    _rad("diagram, PNG + SVG (ritade före allt nedan)", golv.dokument, f"{golv.diagram:.3f}")
    _rad(
        "planer skriv_dokument, docx",
        golv.dokument,
        f"{golv.planer_docx:.3f}",
        f"{golv.planer_docx / golv.golv_docx:.2f}",
    )
    _rad("golv: DocxTemplate render + save", golv.dokument, f"{golv.golv_docx:.3f}")
    _rad(
        "planer skriv_dokument, pdf",
        golv.dokument,
        f"{golv.planer_pdf:.3f}",
        f"{golv.planer_pdf / golv.golv_pdf:.2f}",
        f"{golv.planer_pdf / golv.golv_pdf_ua:.2f}",
    )
    _rad("golv: HTML(render_html).write_pdf()", golv.dokument, f"{golv.golv_pdf:.3f}")
    _rad("golv 2: + pdf/ua-1, typsnitt laddade en gång", golv.dokument, f"{golv.golv_pdf_ua:.3f}")
    for format_ in ("docx", "pdf"):
        b = fulla[format_]
        _rad(
            f"jfr (b) {format_}: s × arbetare / dok",
            b.byggda,
            f"{b.sekunder * arbetare / max(b.byggda, 1):.3f}",
        )

    # (g) memory
    byggen = (*fulla.values(), *ett_varde.values(), *([tva] if tva else []))
    arbetare_mb = max(b.arbetare_mb for b in byggen)
    _rubrik("(g) minne, topp-RSS", "dok", "MB")
    _rad("huvudprocessen under (a)–(c)", dok, f"{huvud_mb:.0f}")
    _rad("huvudprocessen under (a)–(d)", dok, f"{huvud_d_mb:.0f}")
    for format_, b in fulla.items():
        _rad(f"största arbetaren, (b) {format_}", b.byggda, f"{b.arbetare_mb:.0f}")
    if tva and en:
        _rad("största arbetaren, (e) arbetare=2", tva.byggda, f"{tva.arbetare_mb:.0f}")
        _rad("allt i en process, (e) arbetare=1", en.byggda, f"{en.arbetare_mb:.0f}")
    _rad("största barnprocessen, ru_maxrss", "", f"{_barnens_topp_mb():.0f}")

    return Matning(
        storlek=antal["organisationer"],
        dokument=dok,
        las=las,
        kontexter=kontexter,
        fulla=fulla,
        las_igen=las_igen,
        oforandrat=oforandrat,
        andring=andring,
        las_andrad=las_andrad,
        ett_varde=ett_varde,
        en_arbetare=en,
        tva_arbetare=tva,
        golv=golv,
        huvud_mb=huvud_mb,
        arbetare_mb=arbetare_mb,
    )


def _skriv_ombygge(
    rubrik: str, byggen: dict[str, Bygge], fulla: dict[str, Bygge], las: float
) -> None:
    """A rebuild against the full build: each format, and all three without and with reading."""
    _rubrik(rubrik, "dok", "byggda", "s", "% av (b)")
    for format_, b in byggen.items():
        andel = 100 * b.sekunder / fulla[format_].sekunder
        _rad(format_, b.dokument, b.byggda, f"{b.sekunder:.2f}", f"{andel:.1f} %")
    dok = sum(b.dokument for b in byggen.values())
    byggda = sum(b.byggda for b in byggen.values())
    summa, full = _summa(byggen), _summa(fulla)
    _rad("alla tre format", dok, byggda, f"{summa:.2f}", f"{100 * summa / full:.1f} %")
    med, full_med = _summa(byggen, las), _summa(fulla, las)
    _rad(
        f"alla tre, + läsning 3 × {las:.2f} s (även i (b))",
        dok,
        byggda,
        f"{med:.2f}",
        f"{100 * med / full_med:.1f} %",
    )


def _skriv_andring(
    andring: Andring, fore: Inlasning, efter: Inlasning, byggen: dict[str, Bygge]
) -> None:
    period = andring.period
    a = Bedomare(fore.modell, fore.installningar.bedomning)
    b = Bedomare(efter.modell, efter.installningar.bedomning)
    print(
        f"    ändrat: {andring.matetal_id} {period} {andring.fore:g} → {andring.efter:g}; "
        f"mätetalet {a.matetal(andring.matetal_id, period).value} → "
        f"{b.matetal(andring.matetal_id, period).value}, målet {andring.mal_id} "
        f"{a.mal(andring.mal_id, period).status.value} → "
        f"{b.mal(andring.mal_id, period).status.value}"
    )
    print(f"    enheten {andring.org_id} med överordnade: {', '.join(sorted(andring.vantade))}")
    for format_, bygge in byggen.items():
        utanfor = sorted(set(bygge.org_ids) - andring.vantade)
        print(
            f"    {format_} byggdes om för: {', '.join(bygge.org_ids) or '–'}"
            + (f"; UTANFÖR kedjan: {', '.join(utanfor)}" if utanfor else ""),
            flush=True,
        )


# --- summary ------------------------------------------------------------------------


def _bedom(uppfyllt: bool) -> str:
    return "ok" if uppfyllt else "EJ"


def skriv_sammanfattning(matningar: list[Matning], typer: tuple[str, ...], arbetare: int) -> None:
    print(f"\n=== Sammanfattning: målen i issue 4 ({', '.join(typer)}; arbetare={arbetare}) ===")
    bredd = 16
    print(f"{'':<46}{'mål':>10}" + "".join(f"{f'{m.storlek} org':>{bredd}}" for m in matningar))

    def rad(namn: str, mal: str, celler: list[str]) -> None:
        print(f"{namn:<46}{mal:>10}" + "".join(f"{c:>{bredd}}" for c in celler))

    rad("dokument per format", "", [str(m.dokument) for m in matningar])
    rad("(a) läs + validera + kontexter, s", "", [f"{m.las + m.kontexter:.2f}" for m in matningar])
    rad(
        "(b) fullt bygge, tre format, s",
        "",
        [f"{_summa(m.fulla):.1f}" for m in matningar],
    )
    rad(
        "(b) dokument/s docx | pdf | html",
        "",
        ["|".join(f"{b.byggda / b.sekunder:.1f}" for b in m.fulla.values()) for m in matningar],
    )
    celler = []
    for m in matningar:
        andel = 100 * _summa(m.oforandrat, m.las_igen) / _summa(m.fulla, m.las_igen)
        celler.append(f"{andel:.1f} % {_bedom(andel <= MAL_OFORANDRAT)}")
    rad("(c) oförändrat, % av (b), med läsning", f"≤ {MAL_OFORANDRAT:g} %", celler)
    celler, antal = [], []
    for m in matningar:
        andel = 100 * _summa(m.ett_varde, m.las_andrad) / _summa(m.fulla, m.las_andrad)
        celler.append(f"{andel:.1f} % {_bedom(andel <= MAL_ETT_VARDE)}")
        byggda = sum(b.byggda for b in m.ett_varde.values())
        utanfor = sum(len(set(b.org_ids) - m.andring.vantade) for b in m.ett_varde.values())
        antal.append(f"{byggda} ({utanfor} utanför)")
    rad("(d) ett ändrat utfall, % av (b), med läsning", f"≤ {MAL_ETT_VARDE:g} %", celler)
    rad("(d) ombyggda dokument, tre format", "", antal)
    celler = []
    for m in matningar:
        if m.en_arbetare is None or m.tva_arbetare is None:
            celler.append("–")
            continue
        kvot = m.en_arbetare.sekunder / m.tva_arbetare.sekunder
        celler.append(f"{kvot:.2f}× {_bedom(kvot >= MAL_PARALLELL)}")
    rad("(e) PDF, arbetare=1 ÷ arbetare=2", f"≥ {MAL_PARALLELL:g}×", celler)
    celler = []
    for m in matningar:
        kvot = m.golv.planer_docx / m.golv.golv_docx
        celler.append(f"{kvot:.2f} {_bedom(kvot <= MAL_WORD)}")
    rad("(f) Word, planer ÷ golv", f"≤ {MAL_WORD:g}", celler)
    celler = []
    for m in matningar:
        kvot = m.golv.planer_pdf / m.golv.golv_pdf
        celler.append(f"{kvot:.2f} {_bedom(kvot <= MAL_PDF)}")
    rad("(f) PDF, planer ÷ golv", f"≤ {MAL_PDF:g}", celler)
    rad(
        "(f) PDF, planer ÷ golv 2 (pdf/ua-1 …)",
        "",
        [f"{m.golv.planer_pdf / m.golv.golv_pdf_ua:.2f}" for m in matningar],
    )
    rad(
        "(g) största arbetare, MB",
        f"< {MAL_MINNE_MB:.0f}",
        [f"{m.arbetare_mb:.0f} {_bedom(m.arbetare_mb < MAL_MINNE_MB)}" for m in matningar],
    )
    rad("(g) huvudprocessen, MB", "", [f"{m.huvud_mb:.0f}" for m in matningar])

    print(
        "\nStorleksförhållande, fullt bygge i tre format (mål: ≤ 1,1 × linjärt, 4,4 för 800/200):"
    )
    for forra, nasta in itertools.pairwise(matningar):
        storlek = nasta.storlek / forra.storlek
        tid = _summa(nasta.fulla) / _summa(forra.fulla)
        print(
            f"    {nasta.storlek}/{forra.storlek} org ({nasta.dokument}/{forra.dokument} dok "
            f"per format): {tid:.2f}× tid för {storlek:.2f}× storlek, "
            f"gräns {MAL_STORLEK * storlek:.2f}×: {_bedom(tid <= MAL_STORLEK * storlek)}"
        )
    if len(matningar) < 2:
        print("    (kräver minst två storlekar)")


def _mat_storlek(*argument) -> Matning:
    with tempfile.TemporaryDirectory() as tmp:
        return mat_storlek(Path(tmp), *argument)


def main() -> None:
    argument = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    argument.add_argument("--storlekar", type=int, nargs="+", default=[50, 200, 800])
    argument.add_argument(
        "--dokument", nargs="+", choices=DOKUMENTTYPER, default=list(DOKUMENTTYPER)
    )
    argument.add_argument("--jobb", type=int, default=2, help="arbetare i (b)–(d)")
    argument.add_argument("--prov", type=int, default=8, help="dokument i (f)")
    argument.add_argument("--varv", type=int, default=2, help="varv per dokument i (f)")
    argument.add_argument(
        "--jamfor-arbetare",
        type=int,
        nargs="*",
        metavar="STORLEK",
        help="storlekar som får (e), arbetare=1 mot 2 (standard: alla)",
    )
    val = argument.parse_args()
    typer = tuple(dict.fromkeys(val.dokument))

    maskin = platform.processor() or platform.machine()
    print(f"Maskin: {maskin}, {os.cpu_count()} kärnor, Python {platform.python_version()}")
    print(f"Dokumenttyper: {', '.join(typer)}; arbetare: {val.jobb}; storlekar: {val.storlekar}")
    matningar = []
    spawn = multiprocessing.get_context("spawn")
    for storlek in val.storlekar:
        # Each size in a fresh process: the main process's memory, the children's
        # peak and every cache start from nothing, as in a new `planer bygg`.
        with ProcessPoolExecutor(1, mp_context=spawn) as pool:
            jamfor = val.jamfor_arbetare is None or storlek in val.jamfor_arbetare
            svar = pool.submit(_mat_storlek, storlek, typer, val.jobb, val.prov, val.varv, jamfor)
            matningar.append(svar.result())
    skriv_sammanfattning(matningar, typer, val.jobb)


if __name__ == "__main__":
    main()
