"""Returned forms laid over the central rows, before the model is built.

Per input cell, with B what planer wrote into the form, R what came back and
C what the central workbook holds now (all compared as the model sees them):
R = B is nothing to do; R ≠ B and C = B is the unit's value, located at the
form's cell (a notice when it changes a pre-filled value: a correction); R ≠ B, C ≠ B and R ≠ C
is a conflict (an error naming both cells). A value without a central row
becomes a new row located in the form. Nothing is written back anywhere.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any

from planer.installningar import Kommun
from planer.lasning import schema, varden
from planer.lasning.formular import Formular, Formularcell, som_text
from planer.lasning.rader import Rad, utfallsvarde
from planer.lasning.varden import Vardefel, normalisera_namn
from planer.modell.objekt import Period
from planer.problem import Plats, Problemlista

Rader = dict[str, list[Rad] | None]


@dataclass(frozen=True)
class _Falt:
    """Where a form field lands: sheet, column, parser and what the user calls it."""

    flik: str
    kolumn: str
    tolkare: Callable[[Any], Any]
    vad: str


def _tolkare(flik: schema.Fliktyp, falt: str) -> Callable[[Any], Any]:
    return next(k.tolkare for k in flik.kolumner if k.falt == falt)


FALT = {
    ("matetal", "varde"): _Falt(
        "Utfall", "varde", lambda v: None if varden.ar_tom(v) else v, "utfallet"
    ),
    ("matetal", "kommentar"): _Falt("Utfall", "kommentar", varden.text, "kommentaren"),
    ("mal", "bedomning"): _Falt(
        "Texter", "bedomning", _tolkare(schema.TEXTER_FLIK, "bedomning"), "bedömningen"
    ),
    ("mal", "analys"): _Falt("Texter", "text", varden.text, "analysen"),
    ("aktivitet", "status"): _Falt(
        "Aktiviteter", "status", _tolkare(schema.AKTIVITETER_FLIK, "status"), "statusen"
    ),
    ("aktivitet", "kommentar"): _Falt("Aktiviteter", "kommentar", varden.text, "kommentaren"),
    ("uppdrag", "status"): _Falt(
        "Uppdrag", "status", _tolkare(schema.UPPDRAG_FLIK, "status"), "statusen"
    ),
    ("uppdrag", "kommentar"): _Falt("Uppdrag", "kommentar", varden.text, "kommentaren"),
    ("text", "text"): _Falt("Texter", "text", varden.text, "texten"),
    ("ekonomi", "prognos"): _Falt("Ekonomi", "prognos", varden.tal, "prognosen"),
}


class LagdRad(Rad):
    """A central row with some values from a form: those are located in the form."""

    def __init__(self, original: Rad, fran_formular: dict[str, Formularcell], nya: dict) -> None:
        super().__init__(
            original.flik, original.index, {**original.varden, **nya}, original.kolumner
        )
        self.fran_formular = fran_formular

    def plats(self, falt: str | None = None) -> Plats:
        if falt in self.fran_formular:
            return self.fran_formular[falt].plats()
        return super().plats(falt)

    def ar_procent(self, falt: str) -> bool:
        if (cell := self.fran_formular.get(falt)) is not None:
            return cell.flik.ar_procent(cell.rad, cell.kolumn)
        return super().ar_procent(falt)


def _visa(varde: str) -> str:
    return f"”{varde}”" if varde else "tomt"


def _kanonisk(varde: Any) -> str:
    return som_text(varde.value if isinstance(varde, Enum) else varde)


class _Index:
    """The central rows by what a form's values refer to."""

    def __init__(self, rader: Rader) -> None:
        def alla(flik: str) -> list[Rad]:
            return rader.get(flik) or []

        self.organisationer = {r["id"] for r in alla("Organisation") if r["id"]}
        self.mal = {r["id"] for r in alla("Mål") if r["id"]}
        self.matetal = {r["id"]: r for r in alla("Mätetal") if r["id"]}
        self.utfall = {(r["matetal"], r["period"]): r for r in alla("Utfall")}
        self.analyser = {(r["mal"], r["period"]): r for r in alla("Texter") if r["mal"]}
        self.texter = {
            (r["organisation"], r["period"], normalisera_namn(r["rubrik"] or "")): r
            for r in alla("Texter")
            if not r["mal"]
        }
        self.aktiviteter: dict[tuple[str, str], Rad] = {}
        for r in alla("Aktiviteter"):
            for nyckel in (r["id"], r["aktivitet"]):
                if nyckel:
                    self.aktiviteter.setdefault((r["organisation"], nyckel), r)
        self.uppdrag = {r["id"]: r for r in alla("Uppdrag") if r["id"]}
        self.ekonomi = {
            (
                r["organisation"],
                r["period"] or (Period(r["ar"]) if r["ar"] else None),
                normalisera_namn(r["post"] or ""),
                _kanonisk(r["typ"]),
            ): r
            for r in alla("Ekonomi")
        }

    def central(self, objekt: str, id_: str, org: str, period: Period) -> Rad | None:
        if objekt == "matetal":
            return self.utfall.get((id_, period))
        if objekt == "mal":
            return self.analyser.get((id_, period))
        if objekt == "text":
            return self.texter.get((org, period, normalisera_namn(id_)))
        if objekt == "aktivitet":
            return self.aktiviteter.get((org, id_))
        if objekt == "uppdrag":
            return self.uppdrag.get(id_)
        post, _, typ = id_.rpartition("|")
        return self.ekonomi.get((org, period, normalisera_namn(post), typ))

    def finns(self, objekt: str, id_: str) -> bool:
        """Whether the thing a group of cells is about still exists centrally."""
        if objekt == "matetal":
            return id_ in self.matetal
        if objekt == "mal":
            return id_ in self.mal
        return True  # activities, assignments and posts are looked up by row


def lagg_over(
    rader: Rader, formular: list[Formular], kommun: Kommun, problem: Problemlista
) -> Rader:
    """The central rows with every sound form's values laid over them."""
    index = _Index(rader)
    ersatta: dict[int, Rad] = {}
    nya: dict[str, list[Rad]] = {}
    sedda: dict[tuple[str, Period], Formular] = {}
    for f in sorted(formular, key=_ordning):  # a later period's activity status wins
        period = _giltigt(f, kommun, index, sedda, problem)
        if period is None:
            continue
        grupper: dict[tuple[str, str], dict[str, Formularcell]] = {}
        for cell in f.celler:
            grupper.setdefault((cell.objekt, cell.id), {})[cell.falt] = cell
        for (objekt, id_), celler in grupper.items():
            _lagg_over_grupp(f, period, objekt, id_, celler, index, ersatta, nya, problem)
    resultat: Rader = {}
    for flik, lista in rader.items():
        if lista is None:
            resultat[flik] = None
            continue
        resultat[flik] = [ersatta.get(id(r), r) for r in lista] + nya.get(flik, [])
    return resultat


def _ordning(f: Formular) -> tuple[int, int, str]:
    try:
        period = varden.period(f.period)
    except Vardefel:
        period = None
    return (*(period.sorteringsnyckel if period else (0, 0)), f.fil.name)


def _giltigt(
    f: Formular,
    kommun: Kommun,
    index: _Index,
    sedda: dict[tuple[str, Period], Formular],
    problem: Problemlista,
) -> Period | None:
    """The form's period if the form can be used: ours, for a body that exists, once."""
    if f.felaktig:
        return None
    kod, namn = f.identitet["kommunkod"], f.identitet["kommun"]
    if (kod != (kommun.kod or "")) if kod and kommun.kod else (namn != kommun.namn):
        problem.fel(
            f"Formuläret är från en annan kommun: {namn} ({kod or 'ingen kod'}), inte "
            f"{kommun.namn} ({kommun.kod or 'ingen kod'}).",
            f.plats(),
            "Ta bort filen ur indata/, eller skapa formuläret på nytt med planer utskick.",
        )
        return None
    try:
        period = varden.period(f.period)
    except Vardefel:
        period = None
    if period is None:
        problem.fel(f"Formulärets period ”{f.period}” kan inte läsas.", f.plats(), "")
        return None
    if f.org_id not in index.organisationer:
        problem.fel(
            f"Formuläret gäller organisationen ”{f.org_id}”, som inte finns på fliken "
            "Organisation.",
            f.plats(),
            "Ta bort filen ur indata/, eller lägg tillbaka organisationen.",
        )
        return None
    if (forsta := sedda.get((f.org_id, period))) is not None:
        problem.fel(
            f"Två formulär för {f.org_id} och {period}: {forsta.fil.name} och {f.fil.name}.",
            f.plats(),
            f"Behåll ett av dem i indata/ och flytta det andra (t.ex. {f.fil.name}) därifrån.",
        )
        return None
    sedda[f.org_id, period] = f
    return period


def _lagg_over_grupp(
    f: Formular,
    period: Period,
    objekt: str,
    id_: str,
    celler: dict[str, Formularcell],
    index: _Index,
    ersatta: dict[int, Rad],
    nya: dict[str, list[Rad]],
    problem: Problemlista,
) -> None:
    if not index.finns(objekt, id_):
        forsta = next(iter(celler.values()))
        vad = "Mätetalet" if objekt == "matetal" else "Målet"
        problem.varning(
            f"{vad} ”{id_}” finns inte längre centralt; formulärets värden läses inte.",
            forsta.plats(),
            "Stämmer det att det har tagits bort, kan varningen lämnas. Annars: lägg "
            f"tillbaka {vad.lower()} i den centrala arbetsboken.",
        )
        return
    central = index.central(objekt, id_, f.org_id, period)
    andrade: dict[str, Any] = {}
    for falt, cell in celler.items():
        spec = FALT[objekt, falt]
        try:
            tolkat = spec.tolkare(cell.varde)
        except Vardefel as fel:
            problem.fel(f"{spec.vad.capitalize()}: {fel.meddelande}", cell.plats(), fel.tips)
            continue
        returnerat = _jamforbar(objekt, falt, tolkat, cell, index, id_)
        if returnerat == cell.bas:
            continue
        nu = _centralt(objekt, falt, central, index, id_)
        if nu not in (cell.bas, returnerat):
            _konflikt(cell, spec, returnerat, nu, central, problem)
            continue
        if nu != returnerat and cell.bas:  # filling an empty cell is an answer, not a change
            f.rattelser.append(cell)
            problem.notis(
                f"Enheten har ändrat {spec.vad} från ”{cell.bas}” till {_visa(returnerat)}; "
                "formulärets värde gäller.",
                cell.plats(),
                "Inget att göra om ändringen stämmer.",
            )
        andrade[spec.kolumn] = (tolkat, cell)
    if not andrade:
        return
    if central is not None:
        tidigare = ersatta.get(id(central), central)  # an activity in forms of two periods
        fran = {**getattr(tidigare, "fran_formular", {}), **{k: c for k, (_, c) in andrade.items()}}
        ersatta[id(central)] = LagdRad(tidigare, fran, {k: v for k, (v, _) in andrade.items()})
    elif objekt in ("matetal", "mal", "text"):
        flik, rad = _ny_rad(f, period, objekt, id_, celler, andrade)
        nya.setdefault(flik, []).append(rad)
    else:
        forsta = next(iter(celler.values()))
        problem.varning(
            f"”{id_}” finns inte längre centralt; formulärets värden läses inte.",
            forsta.plats(),
            f"Lägg tillbaka raden på fliken {FALT[objekt, forsta.falt].flik}, om den ska finnas.",
        )


def _jamforbar(
    objekt: str, falt: str, tolkat: Any, cell: Formularcell, index: _Index, id_: str
) -> str:
    """A returned value as the model would see it, in the form base values are kept in."""
    if (objekt, falt) == ("matetal", "varde") and tolkat is not None:
        try:
            tal = varden.tal(tolkat)
        except Vardefel:
            return f"text: {varden.text(tolkat)}"
        procent = (index.matetal[id_]["enhet"] or "").strip() == "%"
        if procent and cell.flik.ar_procent(cell.rad, cell.kolumn):
            tal = round(tal * 100, 10)
        return som_text(tal)
    return _kanonisk(tolkat)


def _centralt(objekt: str, falt: str, central: Rad | None, index: _Index, id_: str) -> str:
    """What the central workbook holds now, as the model sees it."""
    if central is None:
        return ""
    if objekt == "matetal":
        varde, kommentar = utfallsvarde(central, index.matetal[id_], Problemlista())
        return som_text(varde if falt == "varde" else kommentar)
    return _kanonisk(central[FALT[objekt, falt].kolumn])


def _konflikt(
    cell: Formularcell,
    spec: _Falt,
    returnerat: str,
    nu: str,
    central: Rad | None,
    problem: Problemlista,
) -> None:
    var = str(central.plats(spec.kolumn)) if central else f"fliken {spec.flik} (raden saknas)"
    problem.fel(
        f"Konflikt: formuläret har {_visa(returnerat)}, men {spec.vad} har ändrats centralt "
        f"till {_visa(nu)} i {var} sedan formuläret skapades (då {_visa(cell.bas)}).",
        cell.plats(),
        f"Bestäm vilket värde som gäller och skriv det både i {var} och i formulärets cell.",
    )


def _ny_rad(
    f: Formular,
    period: Period,
    objekt: str,
    id_: str,
    celler: dict[str, Formularcell],
    andrade: dict[str, tuple[Any, Formularcell]],
) -> tuple[str, Rad]:
    """A row that has no central counterpart, located in the form."""
    forsta = next(iter(celler.values()))
    kolumner = {FALT[objekt, c.falt].kolumn: c.kolumn for c in celler.values()}
    varden_ = {k: v for k, (v, _) in andrade.items()}
    if objekt == "matetal":
        kolumner["matetal"] = 0
        return "Utfall", Rad(
            forsta.flik, forsta.rad, {"matetal": id_, "period": period, **varden_}, kolumner
        )
    kolumner["mal" if objekt == "mal" else "rubrik"] = 0
    grund = {"organisation": f.org_id, "period": period}
    if objekt == "mal":
        grund |= {"mal": id_, "rubrik": "Analys"}
    else:
        grund |= {"mal": None, "rubrik": id_}
    return "Texter", Rad(forsta.flik, forsta.rad, {**grund, **varden_}, kolumner)
