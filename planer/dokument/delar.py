"""The parts every document context is built from: plain data with Swedish names.

Everything a template shows is formatted here, once, so the Word and the HTML
template of a document cannot disagree. The vocabulary is documented for
template authors in docs/mallar.md; change both together.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import Any

from planer.arbetsyta import Inlasning
from planer.bedomning import Bedomare, Trend
from planer.dokument import format as fmt
from planer.dokument.bild import Bild
from planer.dokument.diagram import staplat_diagram
from planer.installningar import STATUSNYCKLAR, Installningar
from planer.modell.objekt import (
    Aktivitet,
    Mal,
    Matetal,
    Niva,
    Period,
    Posttyp,
    Status,
    Uppdrag,
    Uppdragsstatus,
)
from planer.modell.styrmodell import Belopp, Ekonomipost, Styrmodell

Kontext = dict[str, Any]

STATUSORDNING = (Status.UPPFYLLT, Status.DELVIS, Status.EJ_UPPFYLLT, Status.EJ_BEDOMD)
_STATUSNYCKEL = {status: nyckel for nyckel, status in STATUSNYCKLAR.items()}
_TREND = {
    Trend.FORBATTRAD: ("forbattrad", "↗"),
    Trend.OFORANDRAD: ("oforandrad", "→"),
    Trend.FORSAMRAD: ("forsamrad", "↘"),
    Trend.SAKNAS: ("saknas", "–"),
}
_AVSLUTADE_UPPDRAG = {Uppdragsstatus.SLUTFORT, Uppdragsstatus.AVSLUTAT}


@dataclass
class Underlag:
    """What one document is made from: the model, the settings, one body, one period."""

    inlasning: Inlasning
    org_id: str
    period: Period  # the period whose outcomes and assessments the document shows

    @property
    def modell(self) -> Styrmodell:
        assert self.inlasning.modell is not None
        return self.inlasning.modell

    @property
    def installningar(self) -> Installningar:
        return self.inlasning.installningar

    @cached_property
    def bedomare(self) -> Bedomare:
        return Bedomare(self.modell, self.installningar.bedomning)

    @property
    def organisation(self):
        return self.modell.organisationer[self.org_id]

    @property
    def ar_kf(self) -> bool:
        return (
            self.organisation.niva is Niva.KOMMUNFULLMAKTIGE or self.organisation.overordnad is None
        )

    def egna_mal(self, ar: int) -> list[Mal]:
        return [m for m in self.modell.mal_for(self.org_id) if m.galler(ar)]

    # --- small formatted pieces ------------------------------------------------------

    def status(self, status: Status) -> Kontext:
        visning = self.installningar.status[status]
        return {
            "nyckel": _STATUSNYCKEL[status],
            "etikett": visning.etikett,
            "symbol": visning.symbol,
            "farg": visning.farg,
        }

    def statusforklaring(self) -> list[Kontext]:
        return [self.status(s) for s in STATUSORDNING]


def trend(trend_: Trend) -> Kontext:
    nyckel, symbol = _TREND[trend_]
    return {"nyckel": nyckel, "etikett": trend_.value, "symbol": symbol}


def varde(matetal: Matetal, tal: float | None) -> str:
    return fmt.med_enhet(tal, matetal.enhet, matetal.decimaler)


def kommun(underlag: Underlag) -> Kontext:
    installning = underlag.installningar.kommun
    logotyp = None
    if installning.logotyp:
        fil = underlag.inlasning.arbetsyta / installning.logotyp
        logotyp = _bild_fran_fil(fil, f"{installning.namn}s logotyp")
    return {
        "namn": installning.namn,
        "kod": installning.kod or "",
        "vision": installning.vision,
        "logotyp": logotyp,
    }


def _bild_fran_fil(fil: Path, alt: str) -> Bild:
    """The logo. Word needs a bitmap: an SVG logo uses a PNG of the same name beside it."""
    data = fil.read_bytes()
    if fil.suffix.lower() != ".svg":
        return Bild(alt=alt, png=data, bredd_cm=5.0)
    png = fil.with_suffix(".png")
    return Bild(alt=alt, svg=data, png=png.read_bytes() if png.is_file() else None, bredd_cm=5.0)


def organisation(underlag: Underlag) -> Kontext:
    org, modell = underlag.organisation, underlag.modell
    overordnad = modell.overordnad(org.id)
    return {
        "id": org.id,
        "namn": org.namn,
        "niva": org.niva.value,
        "ansvarig": org.ansvarig or "",
        "uppdrag": org.uppdrag or "",
        "ar_kommunfullmaktige": underlag.ar_kf,
        "overordnad": {"id": overordnad.id, "namn": overordnad.namn} if overordnad else None,
        "underliggande": [
            {"id": b.id, "namn": b.namn, "niva": b.niva.value} for b in modell.barn(org.id)
        ],
    }


def dokument(underlag: Underlag, typ: str, titel: str, undertitel: str) -> Kontext:
    return {
        "typ": typ,
        "titel": titel,
        "undertitel": undertitel,
        "period": str(underlag.period),
        "period_text": fmt.period(underlag.period),
        "per_datum": fmt.period_slutdatum(underlag.period),
        "ar": underlag.period.ar,
    }


# --- goals and measures ----------------------------------------------------------------


def mal(underlag: Underlag, mal_: Mal, matetal_: list[Kontext]) -> Kontext:
    """A goal in the document's period, with its målkedja both ways."""
    modell, period = underlag.modell, underlag.period
    bedomning = underlag.bedomare.mal(mal_.id, period)
    analys = modell.analys(mal_.id, period)
    overordnat = modell.overordnat_mal(mal_.id)
    perspektiv = next(p.namn for p in modell.perspektiv if p.id == mal_.perspektiv)
    return {
        "id": mal_.id,
        "text": mal_.text,
        "beskrivning": mal_.beskrivning or "",
        "perspektiv": perspektiv,
        "agenda2030": ", ".join(map(str, mal_.agenda2030)),
        "status": underlag.status(bedomning.status),
        "manuell": bedomning.manuell,
        "analys": (analys.text or None) if analys else None,
        "overordnat": _malreferens(modell, overordnat) if overordnat else None,
        "stodjande": [
            {
                **_malreferens(modell, m),
                "status": underlag.status(underlag.bedomare.mal(m.id, period).status),
            }
            for m in modell.stodjande_mal(mal_.id)
        ],
        "matetal": matetal_,
        "aktiviteter": [aktivitet(underlag, a) for a in modell.aktiviteter_for_mal(mal_.id)],
    }


def _malreferens(modell: Styrmodell, mal_: Mal) -> Kontext:
    return {
        "id": mal_.id,
        "text": mal_.text,
        "organisation": modell.organisationer[mal_.organisation].namn,
    }


def matetal(underlag: Underlag, matetal_: Matetal) -> Kontext:
    """A measure in the document's period; documents add their own columns."""
    period = underlag.period
    utfall = matetal_.utfall.get(period)
    return {
        "id": matetal_.id,
        "namn": matetal_.namn,
        "enhet": matetal_.enhet,
        "riktning": matetal_.riktning.value,
        "kalla": matetal_.kalla or "",
        "kolada": matetal_.kolada or "",
        "varde": varde(matetal_, matetal_.varde(period)),
        "malvarde": varde(matetal_, matetal_.malvarde(period.ar)),
        "status": underlag.status(underlag.bedomare.matetal(matetal_.id, period)),
        "trend": trend(underlag.bedomare.trend(matetal_.id, period)),
        "kommentar": (utfall.kommentar if utfall else None) or "",
    }


def utfallsrad(underlag: Underlag, matetal_: Matetal, period: Period) -> Kontext:
    return {
        "period": fmt.period(period),
        "varde": varde(matetal_, matetal_.varde(period)),
        "malvarde": varde(matetal_, matetal_.malvarde(period.ar)),
        "status": underlag.status(underlag.bedomare.matetal(matetal_.id, period)),
    }


def perspektiv(underlag: Underlag, mal_: Iterable[Kontext]) -> list[Kontext]:
    """Every perspective in the configured order, each with its goals from `mal_`."""
    per_namn: dict[str, list[Kontext]] = {}
    for m in mal_:
        per_namn.setdefault(m["perspektiv"], []).append(m)
    return [
        {
            "id": p.id,
            "namn": p.namn,
            "beskrivning": p.beskrivning or "",
            "mal": per_namn.get(p.namn, []),
        }
        for p in underlag.modell.perspektiv
    ]


def maluppfyllelse(underlag: Underlag, perspektiv_: list[Kontext]) -> Kontext:
    """Counts of goals per status and perspective, as a table and as a chart."""
    rader = []
    for p in perspektiv_:
        antal = {
            _STATUSNYCKEL[s]: sum(m["status"]["nyckel"] == _STATUSNYCKEL[s] for m in p["mal"])
            for s in STATUSORDNING
        }
        rader.append({"perspektiv": p["namn"], **antal, "totalt": len(p["mal"])})
    summa = {
        k: sum(r[k] for r in rader) for k in (*(_STATUSNYCKEL[s] for s in STATUSORDNING), "totalt")
    }
    ord_ = underlag.installningar.ord.perspektiv.lower()
    beskrivning = ", ".join(
        f"{summa[_STATUSNYCKEL[s]]} {underlag.installningar.status[s].etikett.lower()}"
        for s in STATUSORDNING
    )
    diagram = staplat_diagram(
        [r["perspektiv"] for r in rader],
        [
            (
                underlag.installningar.status[s].etikett,
                underlag.installningar.status[s].farg,
                [r[_STATUSNYCKEL[s]] for r in rader],
            )
            for s in STATUSORDNING
        ],
        rubrik=f"Måluppfyllelse {fmt.period(underlag.period)}",
        alt=(
            f"Stapeldiagram över måluppfyllelsen {fmt.period(underlag.period)} per {ord_}. "
            f"Av {summa['totalt']} mål är {beskrivning}. Siffrorna finns i tabellen."
        ),
    )
    return {"rader": rader, "summa": summa, "diagram": diagram}


# --- activities, assignments, economy --------------------------------------------------


def aktivitet(underlag: Underlag, a: Aktivitet) -> Kontext:
    mal_ = underlag.modell.mal.get(a.mal) if a.mal else None
    return {
        "id": a.id or "",
        "text": a.text,
        "ansvarig": a.ansvarig or "",
        "start": fmt.datum(a.start),
        "slut": fmt.datum(a.slut),
        "status": a.status.value,
        "kommentar": a.kommentar or "",
        "mal": mal_.text if mal_ else "",
    }


def uppdrag(underlag: Underlag, ar: int) -> list[Kontext]:
    """Assignments for the year, and earlier ones not yet finished."""

    def aktuellt(u: Uppdrag) -> bool:
        return u.ar == ar or (u.ar < ar and u.status not in _AVSLUTADE_UPPDRAG)

    modell = underlag.modell
    return [
        {
            "id": u.id,
            "text": u.text,
            "uppdragsgivare": modell.organisationer[u.uppdragsgivare].namn
            if u.uppdragsgivare
            else "",
            "ar": u.ar,
            "status": u.status.value,
            "kommentar": u.kommentar or "",
        }
        for u in modell.uppdrag_for(underlag.org_id)
        if aktuellt(u)
    ]


def texter(underlag: Underlag) -> list[Kontext]:
    return [
        {"rubrik": t.rubrik, "text": t.text}
        for t in underlag.modell.textavsnitt(underlag.org_id, underlag.period)
    ]


def drift(underlag: Underlag, period: Period, avvikelse_mot: str | None) -> Kontext | None:
    """The operating account; `avvikelse_mot` is "utfall", "prognos" or None (a plan)."""
    redovisning = underlag.modell.driftredovisning(underlag.org_id, period)
    if not redovisning.poster:
        return None

    def rad(post: Ekonomipost) -> Kontext:
        avvikelse = {"utfall": post.avvikelse_utfall, "prognos": post.avvikelse_prognos}
        return {
            "budget": fmt.tkr(post.belopp.budget),
            "utfall": fmt.tkr(post.belopp.utfall),
            "prognos": fmt.tkr(post.belopp.prognos),
            "avvikelse": fmt.tkr(avvikelse.get(avvikelse_mot or "")),
        }

    # Sums as posts of their kind, so income's deviation has income's sign; net cost is a cost.
    summor = {
        "intakter": Ekonomipost("", Posttyp.INTAKT, redovisning.intakter),
        "kostnader": Ekonomipost("", Posttyp.KOSTNAD, redovisning.kostnader),
        "nettokostnad": Ekonomipost("", Posttyp.KOSTNAD, redovisning.nettokostnad),
    }
    return {
        "period_text": fmt.period(period),
        "har_prognos": any(p.belopp.prognos is not None for p in redovisning.poster),
        "rader": [{"post": p.post, "typ": p.typ.value, **rad(p)} for p in redovisning.poster],
        **{namn: rad(post) for namn, post in summor.items()},
    }


def investeringar(underlag: Underlag, ar: int, avvikelse_mot: str | None) -> Kontext | None:
    projekt = underlag.modell.investeringar_for(underlag.org_id, ar)
    if not projekt:
        return None
    namn = underlag.modell.organisationer

    def avvikelse(b: Belopp) -> float | None:
        if avvikelse_mot == "utfall":
            return b.avvikelse_utfall
        return b.avvikelse_prognos if avvikelse_mot == "prognos" else None

    summa = Belopp()
    rader = []
    for i in projekt:
        b = Belopp(i.budget, i.utfall, i.prognos)
        summa += b
        rader.append(
            {
                "projekt": i.projekt,
                "organisation": namn[i.organisation].namn,
                "budget": fmt.tkr(b.budget),
                "utfall": fmt.tkr(b.utfall),
                "prognos": fmt.tkr(b.prognos),
                "avvikelse": fmt.tkr(avvikelse(b)),
                "kommentar": i.kommentar or "",
            }
        )
    return {
        "rader": rader,
        "summa": {
            "budget": fmt.tkr(summa.budget),
            "utfall": fmt.tkr(summa.utfall),
            "prognos": fmt.tkr(summa.prognos),
            "avvikelse": fmt.tkr(avvikelse(summa)),
        },
    }


def gemensamt(
    underlag: Underlag, typ: str, titel: str, undertitel: str, mal_: list[Kontext]
) -> Kontext:
    """The variables every document type has; the document adds or overrides the rest."""
    perspektiv_ = perspektiv(underlag, mal_)
    return {
        "kommun": kommun(underlag),
        "dokument": dokument(underlag, typ, titel, undertitel),
        "organisation": organisation(underlag),
        "ord": {"perspektiv": underlag.installningar.ord.perspektiv},
        "statusforklaring": underlag.statusforklaring(),
        "perspektiv": perspektiv_,
        "antal_mal": len(mal_),
        "aktiviteter": [
            aktivitet(underlag, a) for a in underlag.modell.aktiviteter_for(underlag.org_id)
        ],
        "uppdrag": uppdrag(underlag, underlag.period.ar),
        "texter": texter(underlag),
        "maluppfyllelse": maluppfyllelse(underlag, perspektiv_),
    }
