"""Typed rows → a validated `Styrmodell`, checking every reference between sheets.

All problems are collected in one pass, each at the cell that holds the bad
value. Rows with a broken reference are left out of the model, so one mistake
gives one message rather than a cascade: a reference to a row that exists but
is wrong itself, or to a sheet that could not be read, is not reported again.
The model is returned only when there are no errors.
"""

from __future__ import annotations

import difflib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any

from planer.kolada.data import Koladadata
from planer.kolada.utfall import med_koladautfall
from planer.lasning import schema
from planer.lasning.rader import Rad, i_procent, utfallsvarde
from planer.lasning.varden import normalisera_namn
from planer.modell.objekt import (
    Aktivitet,
    Ekonomirad,
    Investering,
    Mal,
    Matetal,
    Organisation,
    Period,
    Perspektiv,
    Text,
    Uppdrag,
    Utfall,
)
from planer.modell.styrmodell import Styrmodell
from planer.problem import Plats, Problemlista
from planer.validering_moten import moten

Rader = dict[str, list[Rad]]


def bygg_styrmodell(
    lasta: dict[str, list[Rad] | None],
    problem: Problemlista,
    indata: Path,
    kolada: Koladadata | None = None,
) -> Styrmodell | None:
    """The model from `las_indata`'s rows (None: a sheet that could not be read).

    `indata` is the folder the rows were read from: meeting attachments lie there.
    `kolada`, the fetched comparison file, gives yearly outcomes to the measures
    marked `Utfall från Kolada`.
    """
    rader: Rader = {namn: r or [] for namn, r in lasta.items()}
    organisationer, trad = _organisationer(rader[schema.ORGANISATION_FLIK.namn], problem)
    forfader = _forfader(trad)
    kontroll = _Referenser(problem, organisationer, {n for n, r in lasta.items() if r is None})
    kontroll.skrivna["Organisation"] = _ids(rader[schema.ORGANISATION_FLIK.namn])

    perspektiv = _perspektiv(rader[schema.PERSPEKTIV_FLIK.namn], problem)
    kontroll.skrivna["Perspektiv"] = _ids(rader[schema.PERSPEKTIV_FLIK.namn])
    kontroll.skrivna["Mål"] = _ids(rader[schema.MAL_FLIK.namn])
    mal = _mal(rader[schema.MAL_FLIK.namn], kontroll, perspektiv, forfader)
    kontroll.skrivna["Mätetal"] = _ids(rader[schema.MATETAL_FLIK.namn])
    matetal_rader = {
        r["id"]: r
        for r in _unika(rader[schema.MATETAL_FLIK.namn], "id", problem)
        if kontroll.finns(r, "mal", mal, "mål", "Mål")
    }
    for rad in matetal_rader.values():
        if rad["utfall_fran_kolada"] and rad["kolada"] is None:
            problem.fel(
                "Utfall från Kolada är ja, men mätetalet har inget id i kolumnen Kolada.",
                rad.plats("utfall_fran_kolada"),
                "Skriv nyckeltalets id i Kolada (t.ex. N00945) eller töm Utfall från Kolada.",
            )
    malvarden = _malvarden(rader[schema.MALVARDEN_FLIK.namn], kontroll, matetal_rader)
    utfall = _utfall(rader[schema.UTFALL_FLIK.namn], kontroll, matetal_rader, kolada)
    matetal = [
        Matetal(
            id=id_,
            mal=r["mal"],
            namn=r["namn"],
            enhet=r["enhet"] or "",
            riktning=r["riktning"],
            malvarden=malvarden.get(id_, {}),
            utfall=utfall.get(id_, {}),
            kolada=r["kolada"],
            kalla=r["kalla"],
            decimaler=r["decimaler"],
            utfall_fran_kolada=bool(r["utfall_fran_kolada"]),
        )
        for id_, r in matetal_rader.items()
        if r["namn"] and r["riktning"]
    ]
    modell_delar = dict(
        aktiviteter=_aktiviteter(rader[schema.AKTIVITETER_FLIK.namn], kontroll, mal, forfader),
        uppdrag=_uppdrag(rader[schema.UPPDRAG_FLIK.namn], kontroll),
        ekonomi=_ekonomi(rader[schema.EKONOMI_FLIK.namn], kontroll),
        investeringar=_investeringar(rader[schema.INVESTERINGAR_FLIK.namn], kontroll),
        texter=_texter(rader[schema.TEXTER_FLIK.namn], kontroll, mal),
    )
    modell_delar["moten"] = moten(
        rader[schema.SAMMANTRADEN_FLIK.namn],
        rader[schema.MOTEN_FLIK.namn],
        kontroll,
        indata,
        next((o for o, foralder in trad.items() if foralder is None), ""),
    )
    if problem.har_fel:
        return None
    return Styrmodell(
        organisationer.values(), perspektiv.values(), mal.values(), matetal, **modell_delar
    )


def _ids(rader: Iterable[Rad]) -> set[str]:
    """Every id written on a sheet, also on rows that are wrong in other ways."""
    return {r["id"] for r in rader if r["id"] is not None}


class _Referenser:
    """Checks that an id in a row names something that exists, and says so if not."""

    def __init__(
        self,
        problem: Problemlista,
        organisationer: dict[str, Organisation],
        olasbara: set[str],
    ) -> None:
        self.problem = problem
        self.organisationer = organisationer
        self.olasbara = olasbara  # sheets that could not be read (already reported)
        self.skrivna: dict[str, set[str]] = {}  # sheet → ids written there
        self._rapporterade: set[tuple[Any, str]] = set()

    def finns(self, rad: Rad, falt: str, kanda: dict[str, Any], vad: str, flik: str) -> bool:
        """True if the field is empty or names a known id.

        An id that is written on the sheet but left out of the model, or any id
        on a sheet that could not be read, is false without a message: the
        problem is reported where it is. Each cell is reported once (wide form).
        """
        varde = rad[falt]
        if varde is None or varde in kanda:
            return True
        if flik in self.olasbara or varde in self.skrivna.get(flik, ()):
            return False
        if (plats := rad.plats(falt), varde) in self._rapporterade:
            return False
        self._rapporterade.add((plats, varde))
        forslag = [k for k in kanda if k.casefold() == varde.casefold()]
        forslag = forslag or difflib.get_close_matches(varde, list(kanda), n=1)
        tips = f"Menade du ”{forslag[0]}”?" if forslag else ""
        self.problem.fel(
            f"{vad.capitalize()} ”{varde}” finns inte på fliken {flik}.",
            plats,
            f"{tips} Skriv ett Id från fliken {flik}.".strip(),
        )
        return False

    def organisation(self, rad: Rad, falt: str = "organisation") -> bool:
        return rad[falt] is not None and self.finns(
            rad, falt, self.organisationer, "organisationen", "Organisation"
        )


def _unika(rader: Iterable[Rad], falt: str, problem: Problemlista) -> list[Rad]:
    """The rows with an id, each id once; later duplicates are reported and dropped.

    Ids that differ only in case count as the same: they would be mixed up by a
    reader, and their file names collide on Windows and macOS.
    """
    forsta: dict[Any, Rad] = {}
    for rad in rader:
        nyckel = rad[falt]
        if nyckel is None:
            continue
        if (tidigare := forsta.get(nyckel.casefold())) is None:
            forsta[nyckel.casefold()] = rad
        elif tidigare[falt] == nyckel:
            problem.fel(
                f"Id ”{nyckel}” finns redan i {tidigare.plats(falt).cell}.",
                rad.plats(falt),
                "Varje id får bara förekomma en gång. Ge raden ett eget id.",
            )
        else:
            problem.fel(
                f"Id ”{nyckel}” skiljer sig bara i stora och små bokstäver från "
                f"”{tidigare[falt]}” i {tidigare.plats(falt).cell}.",
                rad.plats(falt),
                "Ge raden ett id som skiljer sig på mer än stora och små bokstäver.",
            )
    return list(forsta.values())


def _en_per_nyckel(
    rader: Iterable[Rad],
    nyckel: Callable[[Rad], Any],
    falt: str,
    beskriv: str,
    problem: Problemlista,
) -> list[Rad]:
    """Drop rows that repeat a key that must be unique, such as (mätetal, period).

    Reported at the repeated row's `falt` cell, naming the first row's cell.
    """
    forsta: dict[Any, Rad] = {}
    for rad in rader:
        if (k := nyckel(rad)) in forsta:
            problem.fel(
                f"{beskriv} finns redan i {forsta[k].plats(falt).cell}.",
                rad.plats(falt),
                "Ta bort den ena raden eller rätta den.",
            )
        else:
            forsta[k] = rad
    return list(forsta.values())


# --- Organisation ------------------------------------------------------------------


def _organisationer(
    rader: list[Rad], problem: Problemlista
) -> tuple[dict[str, Organisation], dict[str, str | None]]:
    """The valid bodies, and the tree: id → parent for every row with a sound link.

    The tree also holds bodies left out for other reasons (e.g. a bad Nivå), so
    that the bodies below them still know their ancestors.
    """
    unika = _unika(rader, "id", problem)
    kanda = {r["id"] for r in unika}
    trad: dict[str, str | None] = {}
    for rad in unika:
        foralder = rad["overordnad"]
        if foralder is not None and foralder not in kanda:
            forslag = difflib.get_close_matches(foralder, list(kanda), n=1)
            problem.fel(
                f"Överordnad ”{foralder}” finns inte bland organisationernas Id.",
                rad.plats("overordnad"),
                (f"Menade du ”{forslag[0]}”? " if forslag else "")
                + "Skriv Id för den överordnade, eller lämna tomt för kommunfullmäktige.",
            )
            continue
        if foralder == rad["id"]:
            problem.fel(
                "Organisationen är sin egen överordnade.",
                rad.plats("overordnad"),
                "Skriv Id för den organisation som står närmast över.",
            )
            continue
        trad[rad["id"]] = foralder
    rotter = [r for r in unika if r["overordnad"] is None]
    if len(rotter) != 1 and rader:
        platser = ", ".join(f"{r['id']} ({r.plats('overordnad').cell})" for r in rotter)
        problem.fel(
            f"Organisationen ska ha exakt en högsta nivå (utan överordnad), men har "
            f"{len(rotter)}{': ' + platser if platser else ''}.",
            rader[0].flik.plats(),
            "Lämna Överordnad tom bara för kommunfullmäktige och fyll i den för alla andra.",
        )
    _hitta_cykler(trad, {r["id"]: r for r in unika}, problem)
    organisationer = {
        r["id"]: Organisation(
            r["id"], r["namn"], r["niva"], r["overordnad"], r["ansvarig"], r["uppdrag"]
        )
        for r in unika
        if r["id"] in trad and r["namn"] and r["niva"]
    }
    return organisationer, trad


def _hitta_cykler(
    trad: dict[str, str | None], rader: dict[str, Rad], problem: Problemlista
) -> None:
    """Report each loop in the tree once, and remove its bodies from the tree."""
    klara: set[str] = set()
    for start in list(trad):
        vag: list[str] = []
        org_id: str | None = start
        while org_id is not None and org_id not in klara and org_id in trad:
            if org_id in vag:
                cykel = vag[vag.index(org_id) :]
                problem.fel(
                    f"Organisationerna bildar en slinga: {' → '.join([*cykel, org_id])}.",
                    rader[org_id].plats("overordnad"),
                    "Rätta Överordnad så att varje kedja slutar hos kommunfullmäktige.",
                )
                for del_id in cykel:
                    trad.pop(del_id, None)
                break
            vag.append(org_id)
            org_id = trad[org_id]
        klara.update(vag)


def _forfader(trad: dict[str, str | None]) -> dict[str, set[str] | None]:
    """Each body's ancestors (for the målkedja rule), None where the chain is broken."""
    forfader: dict[str, set[str] | None] = {}
    for org_id in trad:
        kedja: set[str] = set()
        foralder = trad[org_id]
        while foralder in trad and foralder not in kedja:
            kedja.add(foralder)
            foralder = trad[foralder]
        # a chain that does not end at the root passes a body left out of the tree
        forfader[org_id] = kedja if foralder is None else None
    return forfader


# --- Perspektiv and Mål ------------------------------------------------------------


def _perspektiv(rader: list[Rad], problem: Problemlista) -> dict[str, Perspektiv]:
    return {
        r["id"]: Perspektiv(r["id"], r["namn"], r["beskrivning"], r["ordning"])
        for r in _unika(rader, "id", problem)
        if r["namn"]
    }


def _mal(
    rader: list[Rad],
    kontroll: _Referenser,
    perspektiv: dict[str, Perspektiv],
    forfader: dict[str, set[str] | None],
) -> dict[str, Mal]:
    problem = kontroll.problem
    efter_namn = {normalisera_namn(p.namn): p.id for p in perspektiv.values()}
    unika = _unika(rader, "id", problem)
    agare = {r["id"]: r["organisation"] for r in unika}
    mal = {}
    for rad in unika:
        perspektiv_id = _perspektiv_id(rad, perspektiv, efter_namn, kontroll)
        if not kontroll.organisation(rad) or perspektiv_id is None or not rad["mal"]:
            continue
        if not _i_malkedjan(rad, agare, forfader, problem):
            continue
        if rad["fran_ar"] and rad["till_ar"] and rad["till_ar"] < rad["fran_ar"]:
            problem.fel(
                f"Till år ({rad['till_ar']}) är före Från år ({rad['fran_ar']}).",
                rad.plats("till_ar"),
                "Skriv ett Till år som är samma som eller efter Från år.",
            )
            continue
        mal[rad["id"]] = Mal(
            id=rad["id"],
            organisation=rad["organisation"],
            perspektiv=perspektiv_id,
            text=rad["mal"],
            overordnat_mal=rad["overordnat_mal"],
            beskrivning=rad["beskrivning"],
            agenda2030=rad["agenda_2030"] or (),
            fran_ar=rad["fran_ar"],
            till_ar=rad["till_ar"],
        )
    return mal


def _perspektiv_id(
    rad: Rad, perspektiv: dict[str, Perspektiv], efter_namn: dict[str, str], kontroll: _Referenser
) -> str | None:
    skrivet = rad["perspektiv"]
    if skrivet is None:
        return None
    if skrivet in perspektiv:
        return skrivet
    if (id_ := efter_namn.get(normalisera_namn(skrivet))) is not None:
        return id_
    if "Perspektiv" in kontroll.olasbara or skrivet in kontroll.skrivna.get("Perspektiv", ()):
        return None  # the sheet or the row is wrong, and reported there
    giltiga = ", ".join(f"{p.id} ({p.namn})" for p in perspektiv.values())
    kontroll.problem.fel(
        f"Perspektivet ”{skrivet}” finns inte på fliken Perspektiv.",
        rad.plats("perspektiv"),
        f"Skriv ett Id eller namn från fliken Perspektiv: {giltiga}.",
    )
    return None


def _i_malkedjan(
    rad: Rad, agare: dict[str, str], forfader: dict[str, set[str] | None], problem: Problemlista
) -> bool:
    """The goal a goal supports must exist and belong to a body above its own."""
    overordnat = rad["overordnat_mal"]
    if overordnat is None:
        return True
    if overordnat not in agare:
        forslag = difflib.get_close_matches(overordnat, list(agare), n=1)
        problem.fel(
            f"Överordnat mål ”{overordnat}” finns inte på fliken Mål.",
            rad.plats("overordnat_mal"),
            (f"Menade du ”{forslag[0]}”? " if forslag else "")
            + "Skriv Id för ett mål hos en överordnad organisation, eller lämna tomt.",
        )
        return False
    overordnat_agare = agare[overordnat]
    anor = forfader.get(rad["organisation"])
    if anor is None or overordnat_agare not in forfader:
        return True  # a broken tree or owner, reported on Organisation or at that goal
    if overordnat_agare not in anor:
        problem.fel(
            f"Överordnat mål ”{overordnat}” tillhör {overordnat_agare}, som inte står över "
            f"{rad['organisation']} i organisationen.",
            rad.plats("overordnat_mal"),
            "Ett mål kan bara stödja ett mål hos en organisation högre upp i samma gren "
            "(t.ex. nämndens eller kommunfullmäktiges).",
        )
        return False
    return True


# --- Målvärden and Utfall ----------------------------------------------------------


def _malvarden(
    rader: list[Rad], kontroll: _Referenser, matetal: dict[str, Rad]
) -> dict[str, dict[int, float]]:
    giltiga = [
        r
        for r in rader
        if r["matetal"] is not None  # an empty cell is reported when the row is read
        and r["ar"] is not None
        and r["malvarde"] is not None
        and kontroll.finns(r, "matetal", matetal, "mätetalet", "Mätetal")
    ]
    malvarden: dict[str, dict[int, float]] = {}
    for rad in _en_per_nyckel(
        giltiga,
        lambda r: (r["matetal"], r["ar"]),
        "malvarde",
        "Ett målvärde för samma mätetal och år",
        kontroll.problem,
    ):
        tal = i_procent(rad, "malvarde", rad["malvarde"], matetal[rad["matetal"]])
        malvarden.setdefault(rad["matetal"], {})[rad["ar"]] = tal
    return malvarden


def _utfall(
    rader: list[Rad], kontroll: _Referenser, matetal: dict[str, Rad], kolada: Koladadata | None
) -> dict[str, dict[Period, Utfall]]:
    giltiga = [
        r
        for r in rader
        if r["matetal"] is not None
        and r["period"] is not None
        and kontroll.finns(r, "matetal", matetal, "mätetalet", "Mätetal")
    ]
    utfall: dict[str, dict[Period, Utfall]] = {}
    platser: dict[tuple[str, Period], Plats] = {}
    for rad in _en_per_nyckel(
        giltiga,
        lambda r: (r["matetal"], r["period"]),
        "varde",
        "Ett utfall för samma mätetal och period",
        kontroll.problem,
    ):
        varde, kommentar = utfallsvarde(rad, matetal[rad["matetal"]], kontroll.problem)
        utfall.setdefault(rad["matetal"], {})[rad["period"]] = Utfall(
            rad["period"], varde, kommentar
        )
        platser[rad["matetal"], rad["period"]] = rad.plats("varde")
    for id_, rad in matetal.items():
        if rad["utfall_fran_kolada"] and rad["kolada"] and kolada is not None:
            utfall[id_] = med_koladautfall(
                id_,
                rad["kolada"],
                utfall.get(id_, {}),
                {p: plats for (m, p), plats in platser.items() if m == id_},
                kolada,
                kontroll.problem,
            )
    return utfall


# --- Activities, assignments, economy, texts ------------------------------


def _aktiviteter(
    rader: list[Rad],
    kontroll: _Referenser,
    mal: dict[str, Mal],
    forfader: dict[str, set[str] | None],
) -> list[Aktivitet]:
    aktiviteter = []
    med_id = {id(r) for r in _unika(rader, "id", kontroll.problem)}
    for rad in rader:
        if rad["id"] is not None and id(rad) not in med_id:
            continue
        if not kontroll.organisation(rad) or not kontroll.finns(rad, "mal", mal, "målet", "Mål"):
            continue
        agare = mal[rad["mal"]].organisation if rad["mal"] else rad["organisation"]
        anor = forfader.get(rad["organisation"])
        if agare != rad["organisation"] and anor is not None and agare not in anor:
            kontroll.problem.varning(
                f"Aktiviteten hör till målet {rad['mal']}, som tillhör {agare} och inte "
                f"{rad['organisation']} eller en organisation över den.",
                rad.plats("mal"),
                "Koppla aktiviteten till ett av organisationens egna mål.",
            )
        if rad["start"] and rad["slut"] and rad["slut"] < rad["start"]:
            kontroll.problem.fel(
                f"Slut ({rad['slut']}) är före Start ({rad['start']}).",
                rad.plats("slut"),
                "Skriv ett slutdatum som är samma som eller efter startdatumet.",
            )
            continue
        if rad["aktivitet"] and rad["status"]:
            aktiviteter.append(
                Aktivitet(
                    id=rad["id"],
                    organisation=rad["organisation"],
                    text=rad["aktivitet"],
                    status=rad["status"],
                    mal=rad["mal"],
                    ansvarig=rad["ansvarig"],
                    start=rad["start"],
                    slut=rad["slut"],
                    kommentar=rad["kommentar"],
                )
            )
    return aktiviteter


def _uppdrag(rader: list[Rad], kontroll: _Referenser) -> list[Uppdrag]:
    uppdrag = []
    for r in _unika(rader, "id", kontroll.problem):
        mottagare_finns = kontroll.organisation(r)
        givare_finns = kontroll.finns(
            r, "uppdragsgivare", kontroll.organisationer, "uppdragsgivaren", "Organisation"
        )
        if mottagare_finns and givare_finns and r["ar"] and r["uppdrag"] and r["status"]:
            uppdrag.append(
                Uppdrag(
                    id=r["id"],
                    organisation=r["organisation"],
                    ar=r["ar"],
                    text=r["uppdrag"],
                    status=r["status"],
                    uppdragsgivare=r["uppdragsgivare"],
                    kommentar=r["kommentar"],
                )
            )
    return uppdrag


def _ekonomi(rader: list[Rad], kontroll: _Referenser) -> list[Ekonomirad]:
    giltiga = []
    for rad in rader:
        if not kontroll.organisation(rad) or rad["ar"] is None or not rad["post"] or not rad["typ"]:
            continue
        period = rad["period"] or Period(rad["ar"])
        if period.ar != rad["ar"]:
            kontroll.problem.fel(
                f"Perioden {period} hör inte till år {rad['ar']}.",
                rad.plats("period"),
                f"Skriv en period i {rad['ar']} (t.ex. {rad['ar']}-T2) eller lämna tomt för helår.",
            )
            continue
        rad.varden["period"] = period
        giltiga.append(rad)
    unika = _en_per_nyckel(
        giltiga,
        lambda r: (r["organisation"], r["period"], normalisera_namn(r["post"]), r["typ"]),
        "post",
        "Samma post för samma organisation och period",
        kontroll.problem,
    )
    return [
        Ekonomirad(
            r["organisation"],
            r["period"],
            r["post"],
            r["typ"],
            r["budget"],
            r["utfall"],
            r["prognos"],
        )
        for r in unika
    ]


def _investeringar(rader: list[Rad], kontroll: _Referenser) -> list[Investering]:
    return [
        Investering(
            r["organisation"],
            r["ar"],
            r["projekt"],
            r["budget"],
            r["utfall"],
            r["prognos"],
            r["kommentar"],
        )
        for r in rader
        if kontroll.organisation(r) and r["ar"] and r["projekt"]
    ]


def _texter(rader: list[Rad], kontroll: _Referenser, mal: dict[str, Mal]) -> list[Text]:
    problem = kontroll.problem
    giltiga = []
    for rad in rader:
        if not kontroll.organisation(rad) or not kontroll.finns(rad, "mal", mal, "målet", "Mål"):
            continue
        if rad["mal"] is None and not rad["rubrik"]:
            problem.fel(
                "Rubrik saknas för ett textavsnitt utan mål.",
                rad.plats("rubrik"),
                "Skriv en rubrik, t.ex. Viktiga händelser, eller ange målets Id i kolumnen Mål.",
            )
            continue
        if rad["mal"] is None and rad["bedomning"] is not None:
            problem.varning(
                "Bedömning används bara för mål och ignoreras här.",
                rad.plats("bedomning"),
                "Ange målets Id i kolumnen Mål, eller lämna Bedömning tom.",
            )
        # A goal's assessment counts also without an analysis (as a form may return it).
        if rad["period"] and (rad["text"] or (rad["mal"] and rad["bedomning"])):
            giltiga.append(rad)
    med_mal = _en_per_nyckel(
        (r for r in giltiga if r["mal"]),
        lambda r: (r["mal"], r["period"]),
        "mal",
        "En analys för samma mål och period",
        problem,
    )
    behallna = {id(r) for r in med_mal}
    return [
        Text(
            organisation=r["organisation"],
            period=r["period"],
            rubrik=r["rubrik"] or "Analys",
            text=r["text"] or "",
            mal=r["mal"],
            bedomning=r["bedomning"] if r["mal"] else None,
        )
        for r in giltiga
        if r["mal"] is None or id(r) in behallna
    ]
