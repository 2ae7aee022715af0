"""Meeting papers: per meeting a folder with kallelse, tjänsteskrivelser, documents and bundle.

utdata/sammantraden/<datum>-<org-id>/ gets kallelse.<format>,
<nr>-tjansteskrivelse.<format>, the treated documents as <nr>-<typ>.<format>
(built by `bygg` into their usual place, reusing up-to-date ones, then copied),
the attachments as <nr>-bilaga-<namn>, and sammantradeshandlingar.pdf. Like
`bygg`, only what changed is rebuilt: every file is fingerprinted in the
manifest, the bundle by all of its parts together.
"""

from __future__ import annotations

import datetime
import hashlib
import multiprocessing
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import dataclass, field
from pathlib import Path

import pikepdf

from planer.arbetsyta import INDATA, UTDATA, Inlasning
from planer.bygg import BYGGD, OFORANDRAD, bygg, kontrollera_utdata, orsak
from planer.bygg.bestallning import FORMAT, Bestallning, filnamn, jobb, kanda_organisationer
from planer.bygg.manifest import (
    Manifest,
    dokumentets_avtryck,
    kontextens_avtryck,
    mallarnas_avtryck,
)
from planer.bygg.samlad import Del, Punkt, bygg_samlad
from planer.bygg.skrivning import kopiera_om_andrad, skriv_dokument
from planer.dokument import bygg_kontext, motesdokument_kontext, motesperiod, tjansteskrivelse
from planer.dokument.kallelse import TYP as KALLELSE
from planer.modell.objekt import Mote, Period
from planer.problem import PlanerFel

MAPP = "sammantraden"
SAMLAD = "sammantradeshandlingar.pdf"
TS = tjansteskrivelse.TYP


@dataclass
class Motesresultat:
    """What one meeting's build did, for the summary."""

    mote: Mote
    katalog: Path
    byggda: list[Path] = field(default_factory=list)
    oforandrade: int = 0
    samlad: str | None = None  # BYGGD, OFORANDRAD, or None without PDF
    sidor: dict[int, int] = field(default_factory=dict)  # item → page in the bundle
    antal_sidor: int | None = None
    pdf_bilagor: list[str] = field(default_factory=list)  # appended, untagged by us
    word_bilagor: list[str] = field(default_factory=list)  # beside the bundle, not in it
    fel: list[str] = field(default_factory=list)


def valj_moten(
    inlasning: Inlasning, org_ids: tuple[str, ...] = (), datum: datetime.date | None = None
) -> list[Mote]:
    modell = inlasning.modell
    assert modell is not None
    kanda_organisationer(
        inlasning, org_ids, list(dict.fromkeys(m.organisation for m in modell.moten))
    )
    valda = [
        m
        for m in modell.moten
        if (not org_ids or m.organisation in org_ids) and (datum is None or m.datum == datum)
    ]
    if not valda:
        finns = ", ".join(f"{m.organisation} {m.datum.isoformat()}" for m in modell.moten[:6])
        raise PlanerFel(
            "Det finns inget sammanträde"
            + (f" för {', '.join(org_ids)}" if org_ids else "")
            + (f" den {datum.isoformat()}" if datum else "")
            + " på fliken Sammanträden.",
            f"Sammanträden som finns: {finns}." if finns else "Fyll i fliken Sammanträden.",
        )
    return valda


def motesmapp(utdata: Path, mote: Mote) -> Path:
    return utdata / MAPP / filnamn(mote.datum.isoformat(), mote.organisation)


def bygg_handlingar(
    inlasning: Inlasning,
    moten: list[Mote],
    format_: tuple[str, ...] = (),
    utdata: Path | None = None,
    arbetare: int | None = None,
    alltid: bool = False,
) -> list[Motesresultat]:
    arbetsyta = inlasning.arbetsyta
    utdata = utdata or arbetsyta / UTDATA
    kontrollera_utdata(arbetsyta, utdata)
    format_ = format_ or FORMAT
    dokumentfiler, dokumentfel = _bygg_dokumenten(
        inlasning, moten, format_, utdata, arbetare, alltid
    )
    manifest = Manifest(utdata)  # after `bygg`, which keeps its own copy of the manifest
    uppgift = (inlasning, format_, utdata, dokumentfiler, alltid)
    resultat = []
    try:
        for r, poster in _utfor(uppgift, moten, manifest, arbetare or 1):
            manifest.poster.update(poster)
            nycklar = dict.fromkeys(_dokument(inlasning, r.mote).values())
            r.fel += [dokumentfel[k] for k in nycklar if k in dokumentfel]
            resultat.append(r)
    finally:
        manifest.spara()
    return sorted(resultat, key=lambda r: moten.index(r.mote))


def _utfor(uppgift: tuple, moten: list[Mote], manifest: Manifest, arbetare: int):
    """Yield (result, its manifest entries) per meeting, in worker processes when asked.

    A worker reads the manifest as `bygg` left it and returns only the entries of
    its own meeting's folder, which no other meeting writes.
    """
    if arbetare <= 1 or len(moten) <= 1:
        for mote in moten:
            yield _ett_mote(*uppgift, mote, manifest)
        return
    pool = ProcessPoolExecutor(
        max_workers=min(arbetare, len(moten)), mp_context=multiprocessing.get_context("spawn")
    )
    try:
        framtider = [pool.submit(_ett_mote, *uppgift, mote) for mote in moten]
        for framtid in as_completed(framtider):
            yield framtid.result()
    finally:
        pool.shutdown(wait=True, cancel_futures=True)


def _ett_mote(inlasning, format_, utdata, dokumentfiler, alltid, mote, manifest=None):
    """One meeting's files; never raises, so a failure reaches the user as text."""
    manifest = manifest or Manifest(utdata)
    r = Motesresultat(mote, motesmapp(utdata, mote))
    mallar = mallarnas_avtryck(inlasning.arbetsyta)
    try:
        _bygg_mote(inlasning, r, format_, manifest, mallar, dokumentfiler, alltid)
    except Exception as fel:  # one meeting's failure must not stop the others
        r.fel.append(orsak(fel))
    prefix = r.katalog.relative_to(utdata).as_posix() + "/"
    return r, {k: v for k, v in manifest.poster.items() if k.startswith(prefix)}


def _dokument(inlasning: Inlasning, mote: Mote) -> dict[int, tuple[str, str, Period]]:
    """Item number → (typ, body, period) of the document it treats, for items that treat one."""
    return {
        a.nr: (a.dokument.value, a.avser, motesperiod(inlasning, a))
        for a in mote.arenden
        if a.dokument is not None and a.avser is not None
    }


def _bygg_dokumenten(inlasning, moten, format_, utdata, arbetare, alltid):
    """Build the treated documents as `planer bygg` does; returns their files and failures."""
    grupper: dict[tuple[str, Period], list[str]] = {}
    for mote in moten:
        for typ, org_id, period in _dokument(inlasning, mote).values():
            grupper.setdefault((typ, period), []).append(org_id)
    filer: dict[tuple[str, str, Period], dict[str, Path]] = {}
    fel: dict[tuple[str, str, Period], str] = {}
    for (typ, period), org_ids in grupper.items():
        val = Bestallning(tuple(dict.fromkeys(org_ids)), (typ,), format_, {typ: period})
        for j in jobb(inlasning, val, utdata):
            filer[typ, j.org_id, period] = dict(zip(j.format, j.filer, strict=True))
        utfall = bygg(inlasning, val, utdata, arbetare, alltid)
        for h in utfall.misslyckade:
            fel[typ, h.jobb.org_id, period] = f"{typ} för {h.jobb.org_id}: {h.fel}"
    return filer, fel


def _bygg_mote(inlasning, r: Motesresultat, format_, manifest, mallar, dokumentfiler, alltid):
    arbetsyta, mote = inlasning.arbetsyta, r.mote
    indata = arbetsyta / INDATA

    def skriv(typ: str, kontext: dict, stam: str) -> None:
        kontext_avtryck = kontextens_avtryck(kontext)
        filer, avtryck = {}, {}
        for f in format_:
            fil = r.katalog / f"{stam}.{f}"
            avtryck[fil] = dokumentets_avtryck(kontext_avtryck, mallar[typ, f])
            if alltid or not manifest.aktuell(fil, avtryck[fil]):
                filer[f] = fil
        r.oforandrade += len(format_) - len(filer)
        for fil, sha256 in (
            skriv_dokument(arbetsyta, typ, kontext, filer) if filer else {}
        ).items():
            manifest.registrera(fil, avtryck[fil], sha256)
            r.byggda.append(fil)

    def kopiera(kalla: Path, namn: str) -> None:
        mal = r.katalog / namn
        fore = mal.read_bytes() if mal.is_file() else None
        kopiera_om_andrad(kalla, mal)
        if fore != kalla.read_bytes():
            r.byggda.append(mal)
        else:
            r.oforandrade += 1

    behandlade = _dokument(inlasning, mote)
    punkter, avtryck = [], [mallar[KALLELSE, "html"]]
    for a in mote.arenden:
        delar = []
        if a.har_tjansteskrivelse:
            kontext = motesdokument_kontext(inlasning, TS, mote, a)
            skriv(TS, kontext, f"{a.nr}-{TS}")
            delar.append(("Tjänsteskrivelse", TS, kontext, r.katalog / f"{a.nr}-{TS}.pdf"))
            avtryck += [kontextens_avtryck(kontext), mallar[TS, "html"]]
        if a.nr in behandlade:
            typ, org_id, period = behandlade[a.nr]
            for f, fil in dokumentfiler.get(behandlade[a.nr], {}).items():
                if fil.is_file():
                    kopiera(fil, f"{a.nr}-{typ}.{f}")
            kontext = bygg_kontext(inlasning, typ, org_id, period)
            titel = f"{kontext['dokument']['titel']}, {kontext['organisation']['namn']}"
            delar.append((titel, typ, kontext, dokumentfiler.get(behandlade[a.nr], {}).get("pdf")))
            avtryck += [kontextens_avtryck(kontext), mallar[typ, "html"]]
        bilagor = []
        for bilaga in a.bilagor:
            fil = indata / bilaga
            kopiera(fil, f"{a.nr}-bilaga-{fil.name}")
            avtryck.append(hashlib.sha256(fil.read_bytes()).hexdigest())
            if fil.suffix.lower() == ".pdf":
                bilagor.append(fil)
                r.pdf_bilagor.append(f"{a.nr}-bilaga-{fil.name}")
            else:
                r.word_bilagor.append(f"{a.nr}-bilaga-{fil.name}")
        if delar or bilagor:
            punkter.append((a, delar, bilagor))

    if "html" in format_:  # stil.css and the fonts beside the HTML files, as `bygg` does
        from planer.rendering.html import html_resurser

        for relativ, kalla in html_resurser(arbetsyta).items():
            kopiera_om_andrad(kalla, r.katalog / relativ)
    try:
        _bygg_samlad(inlasning, r, punkter, avtryck, manifest, alltid, "pdf" in format_)
    except Exception as fel:  # e.g. a broken attachment: the other files are still made
        r.fel.append(f"{SAMLAD}: {orsak(fel)}")
    kallelse = motesdokument_kontext(inlasning, KALLELSE, mote, sidor=r.sidor)
    skriv(KALLELSE, kallelse, KALLELSE)


def _sidantal(pdf: Path | None) -> int | None:
    """The pages of a part's own PDF, which the bundle lays out alike; None if there is none."""
    if pdf is None or not pdf.is_file():
        return None
    try:
        with pikepdf.open(pdf) as dokument:
            return len(dokument.pages)
    except pikepdf.PdfError:
        return None  # the bundle counts the pages itself


def _bygg_samlad(inlasning, r: Motesresultat, punkter, avtryck, manifest, alltid, bygg_pdf):
    """The bundle, unless it is up to date: then its pages come from the manifest.

    Without `bygg_pdf` (no PDF asked for) an up-to-date bundle still gives the
    kallelse its page numbers; an outdated one is left as it is.
    """
    from planer.rendering.html import render_html

    arbetsyta, mote = inlasning.arbetsyta, r.mote
    platshallare = motesdokument_kontext(
        inlasning, KALLELSE, mote, sidor={a.nr: 0 for a, *_ in punkter}
    )
    fil = r.katalog / SAMLAD
    helhet = hashlib.sha256(
        "|".join([SAMLAD, kontextens_avtryck(platshallare), *avtryck]).encode()
    ).hexdigest()
    if not (alltid and bygg_pdf) and manifest.aktuell(fil, helhet):
        uppgifter = manifest.uppgifter(fil)
        r.sidor = {int(k): v for k, v in uppgifter.get("sidor", {}).items()}
        r.antal_sidor = uppgifter.get("antal_sidor")
        if bygg_pdf:
            r.samlad = OFORANDRAD
            r.oforandrade += 1
        return
    if not bygg_pdf:
        return

    def kallelse_html(sidor: dict[int, int]) -> str:
        kontext = motesdokument_kontext(inlasning, KALLELSE, mote, sidor=sidor)
        return render_html(arbetsyta, KALLELSE, kontext)

    delar = [
        Punkt(
            a.nr,
            a.rubrik,
            [Del(e, render_html(arbetsyta, typ, k), _sidantal(pdf)) for e, typ, k, pdf in delar_],
            bilagor,
        )
        for a, delar_, bilagor in punkter
    ]
    organ = inlasning.modell.organisationer[mote.organisation].namn
    titel = f"Sammanträdeshandlingar – {organ} {mote.datum.isoformat()}"
    samlad = bygg_samlad(arbetsyta, kallelse_html, delar, fil, titel)
    r.sidor, r.antal_sidor, r.samlad = samlad.sidor, samlad.antal_sidor, BYGGD
    sha256 = hashlib.sha256(fil.read_bytes()).hexdigest()
    manifest.registrera(
        fil,
        helhet,
        sha256,
        sidor={str(k): v for k, v in r.sidor.items()},
        antal_sidor=r.antal_sidor,
    )
    r.byggda.append(fil)
