"""Sammanträden and Möten rows → meetings with their agenda items, every problem at its cell.

Kept apart from `validering` (the styrmodell's own sheets): a meeting refers to
bodies and to files under indata/, and nothing else in the model refers to it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path, PurePosixPath
from typing import TYPE_CHECKING

from planer.lasning.rader import Rad
from planer.modell.objekt import Arende, Dokumenttyp, Mote, Period
from planer.problem import Problemlista

if TYPE_CHECKING:
    from planer.validering import _Referenser

BILAGETYPER = (".pdf", ".docx")
_FILHUVUD = {".pdf": b"%PDF-", ".docx": b"PK\x03\x04"}  # how such a file begins (a .docx is a zip)
_LISTTECKEN = re.compile(r"^\s*(?:\d+[.)]|[-–•*])\s+")


def moten(
    arenderader: list[Rad], motesrader: list[Rad], kontroll: _Referenser, indata: Path, rot: str
) -> list[Mote]:
    """The meetings named on either sheet, with the items that are sound.

    `rot` is the council, whose document an item treats by default when its
    Dokument cell says Årsredovisning or Mål och budget.
    """
    problem = kontroll.problem
    per_mote: dict[tuple, list[Rad]] = {}
    for rad in arenderader:
        if not rad["datum"] or not rad["arende"] or not kontroll.organisation(rad):
            continue
        giltig = kontroll.finns(
            rad, "avser", kontroll.organisationer, "organisationen", "Organisation"
        )
        bilagor = _bilagor(rad, indata, problem)
        _rimlig_period(rad, problem)
        if giltig and bilagor is not None:
            rad.varden["bilagor"] = bilagor
            per_mote.setdefault((rad["organisation"], rad["datum"]), []).append(rad)
    motesrader_ = _motesrader(motesrader, kontroll)
    resultat = []
    for (org_id, datum), rader in per_mote.items():
        arenden = sorted((_arende(r, nr, rot) for r, nr in _numrerade(rader, problem)), key=_nr)
        uppgifter = {}
        if (rad := motesrader_.get((org_id, datum))) is not None:
            uppgifter = {
                f: rad[f] for f in ("tid", "plats", "ordforande", "sekreterare", "utskick")
            }
        resultat.append(Mote(org_id, datum, tuple(arenden), **uppgifter))
    for (org_id, datum), rad in motesrader_.items():
        if (org_id, datum) not in per_mote:
            problem.notis(
                f"Sammanträdet för {org_id} {datum.isoformat()} har inga ärenden på fliken "
                "Sammanträden och får ingen kallelse.",
                rad.plats("datum"),
                "Lägg till ärendena på fliken Sammanträden, eller ta bort raden.",
            )
    return resultat


def _nr(arende: Arende) -> int:
    return arende.nr


def _motesrader(rader: list[Rad], kontroll: _Referenser) -> dict[tuple, Rad]:
    """(body, date) → the sound Möten row of that meeting."""
    forsta: dict[tuple, Rad] = {}
    for rad in rader:
        if not rad["datum"] or not kontroll.organisation(rad):
            continue
        nyckel = (rad["organisation"], rad["datum"])
        if nyckel in forsta:
            kontroll.problem.fel(
                f"Sammanträdet för {nyckel[0]} {nyckel[1].isoformat()} finns redan i "
                f"{forsta[nyckel].plats('datum').cell}.",
                rad.plats("datum"),
                "Ett sammanträde har en rad på fliken Möten. Ta bort den ena raden.",
            )
            continue
        if rad["utskick"] and rad["utskick"] > rad["datum"]:
            kontroll.problem.fel(
                f"Utskick ({rad['utskick'].isoformat()}) är efter sammanträdet "
                f"({rad['datum'].isoformat()}).",
                rad.plats("utskick"),
                "Skriv det datum kallelsen skickas, före sammanträdet.",
            )
            continue
        forsta[nyckel] = rad
    return forsta


def _rimlig_period(rad: Rad, problem: Problemlista) -> None:
    """A delårsrapport covers a tertial; a plan or an annual report a whole year.

    Version 1 of the contract kept this sheet without using it, so a period that
    does not fit is a warning, not an error that would stop every build: a
    whole-year document takes the period's year, a delårsrapport the default period.
    """
    dokument, period = rad["dokument"], rad["period"]
    if dokument is None or period is None:
        return
    typ = dokument[0]
    if typ is Dokumenttyp.DELARSRAPPORT and period.ar_helar:
        problem.varning(
            f"En delårsrapport gäller ett tertial, inte helåret {period}. planer använder "
            "det senaste tertialet med utfall.",
            rad.plats("period"),
            f"Skriv {period.ar}-T1 (januari–april) eller {period.ar}-T2 (januari–augusti).",
        )
        rad.varden["period"] = None
    elif typ in (Dokumenttyp.VERKSAMHETSPLAN, Dokumenttyp.ARSREDOVISNING) and not period.ar_helar:
        namn = "verksamhetsplan" if typ is Dokumenttyp.VERKSAMHETSPLAN else "årsredovisning"
        problem.varning(
            f"En {namn} gäller ett helt år, inte {period}. planer använder {period.ar}.",
            rad.plats("period"),
            f"Skriv bara året, t.ex. {period.ar}.",
        )
        rad.varden["period"] = Period(period.ar)


def _numrerade(rader: list[Rad], problem: Problemlista) -> Iterable[tuple[Rad, int]]:
    """Each item with its number: the written Nr, else the next after the highest written.

    A number used twice in one meeting is reported at the second and that item left out.
    """
    givna: dict[int, Rad] = {}
    for rad in rader:
        if (nr := rad["nr"]) is None:
            continue
        if nr in givna:
            problem.fel(
                f"Ärende nr {nr} finns redan i samma sammanträde ({givna[nr].plats('nr').cell}).",
                rad.plats("nr"),
                "Ge varje ärende i sammanträdet ett eget nummer, eller lämna Nr tomt så "
                "numreras ärendena i den ordning de står.",
            )
            continue
        givna[nr] = rad
        yield rad, nr
    nasta = max(givna, default=0)
    for rad in rader:
        if rad["nr"] is None:
            nasta += 1
            yield rad, nasta


def _bilagor(rad: Rad, indata: Path, problem: Problemlista) -> tuple[str, ...] | None:
    """The attachments as paths relative to indata/; None (reported) if one is wrong."""
    text = rad["bilaga"]
    if not text:
        return ()
    resultat = []
    rot = indata.resolve()
    for del_ in (d.strip() for d in text.split(";")):
        if not del_:
            continue
        relativ = PurePosixPath(del_.replace("\\", "/"))
        fil = (indata / relativ).resolve()
        if relativ.is_absolute() or not fil.is_relative_to(rot):
            tips = "Lägg filen i indata/ (t.ex. indata/bilagor/) och skriv sökvägen därifrån, "
            problem.fel(
                f"Bilagan ”{del_}” ligger utanför indata/.",
                rad.plats("bilaga"),
                tips + "t.ex. bilagor/protokollsutdrag.pdf.",
            )
            return None
        if fil.suffix.lower() not in BILAGETYPER:
            problem.fel(
                f"Bilagan ”{del_}” är varken PDF eller Word-dokument (.docx).",
                rad.plats("bilaga"),
                "Spara bilagan som PDF (eller .docx) och skriv det nya filnamnet.",
            )
            return None
        if not fil.is_file():
            problem.fel(
                f"Bilagan ”{del_}” finns inte i indata/.",
                rad.plats("bilaga"),
                "Kontrollera stavningen och att filen ligger under indata/. "
                "Flera bilagor skiljs med semikolon.",
            )
            return None
        if not _borjar_som(fil):
            problem.fel(
                f"Bilagan ”{del_}” är ingen riktig {fil.suffix.lower()[1:].upper()}-fil "
                "(den är skadad eller har fått fel filändelse).",
                rad.plats("bilaga"),
                "Öppna filen och spara den på nytt som PDF eller Word-dokument.",
            )
            return None
        resultat.append(fil.relative_to(rot).as_posix())
    return tuple(resultat)


def _borjar_som(fil: Path) -> bool:
    """Whether the file begins as its kind does: a renamed .xlsx or a broken download does not."""
    huvud = _FILHUVUD[fil.suffix.lower()]
    try:
        with fil.open("rb") as f:
            return f.read(len(huvud)) == huvud
    except OSError:
        return False


def _arende(rad: Rad, nr: int, rot: str) -> Arende:
    dokument: tuple[Dokumenttyp, bool] | None = rad["dokument"]
    avser = rad["avser"]
    if dokument is not None and avser is None:
        avser = rot if dokument[1] else rad["organisation"]
    return Arende(
        organisation=rad["organisation"],
        datum=rad["datum"],
        nr=nr,
        rubrik=rad["arende"],
        dokument=dokument[0] if dokument else None,
        avser=avser if dokument else None,
        period=rad["period"],
        diarienummer=rad["diarienummer"],
        forslag_till_beslut=tuple(_punkter(rad["forslag_till_beslut"])),
        handlaggare=rad["handlaggare"],
        foredragande=rad["foredragande"],
        sammanfattning=rad["sammanfattning"],
        arendet=rad["arendet"],
        skickas_till=tuple(_mottagare(rad["beslutet_skickas_till"])),
        bilagor=rad.varden.get("bilagor", ()),
    )


def _punkter(text: str | None) -> list[str]:
    """One decision point per line; numbers or bullets the writer typed are dropped."""
    return [_LISTTECKEN.sub("", r).strip() for r in (text or "").splitlines() if r.strip()]


def _mottagare(text: str | None) -> list[str]:
    """Recipients, one per line or comma-separated."""
    return [m.strip() for r in (text or "").splitlines() for m in r.split(",") if m.strip()]
