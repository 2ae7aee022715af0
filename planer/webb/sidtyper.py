"""One context per kind of page: start, body, goal, Agenda 2030, search, documents.

`sidor` lists every page of the site with its template and a function that
builds its context, so the build can fingerprint a page before rendering it.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass

from planer.dokument import delar
from planer.dokument import format as fmt
from planer.dokument.delar import Kontext
from planer.webb import adresser as adr
from planer.webb import diagram
from planer.webb.sidor import GLOBALA_MALEN, Webbplats


@dataclass(frozen=True)
class Sida:
    sokvag: str  # relative to the site's root
    mall: str  # template name under mallar/
    kontext: Callable[[], Kontext]


def sidor(w: Webbplats) -> Iterator[Sida]:
    yield Sida(adr.START, "webb/start.html", lambda: start(w))
    for org_id in w.i_tradordning():
        yield Sida(
            w.adresser.org(org_id), "webb/organisation.html", lambda o=org_id: organisation(w, o)
        )
    for org_id in w.i_tradordning():
        for m in w.mal_i_aret(org_id):
            yield Sida(w.adresser.mal[m.id], "webb/mal.html", lambda m=m: mal(w, m.id))
    yield Sida(adr.AGENDA2030, "webb/agenda2030.html", lambda: agenda2030(w))
    yield Sida(adr.SOK, "webb/sok.html", lambda: sok(w))
    yield Sida(adr.DOKUMENT, "webb/dokument.html", lambda: dokument(w))


def _tradet(w: Webbplats, org_id: str) -> Kontext:
    return {
        **w.org_lank(org_id),
        "under": [_tradet(w, b.id) for b in w.modell.barn(org_id)],
    }


def _brodsmulor(w: Webbplats, org_id: str) -> list[Kontext]:
    """From the council down to and including `org_id`."""
    kedja = [o.id for o in reversed(w.modell.forfader(org_id))] + [org_id]
    return [w.org_lank(o) for o in kedja]


def start(w: Webbplats) -> Kontext:
    u = w.rotunderlag
    mal = [w.mal(u, m) for m in w.mal_i_aret(u.org_id)]
    perspektiv = delar.perspektiv(u, mal)
    maluppfyllelse = delar.maluppfyllelse(u, perspektiv)
    maluppfyllelse.pop("diagram")  # the documents' drawing; the site draws its own
    maluppfyllelse["svg"] = diagram.staplad(maluppfyllelse["rader"], u.statusforklaring())
    maluppfyllelse["svg"]["alt"] = _fordelning_alt(w, maluppfyllelse)
    return {
        **w.gemensamt(adr.START, f"Våra resultat {fmt.period(w.period)}"),
        "fullmaktige": w.org_lank(u.org_id),
        "perspektiv": perspektiv,
        "maluppfyllelse": maluppfyllelse,
        "organisationstrad": _tradet(w, u.org_id),
        "antal": {
            "organisationer": len(w.modell.organisationer),
            "mal": sum(len(w.mal_i_aret(o)) for o in w.modell.organisationer),
        },
        "dokument": w.dokumenten.per_org.get(u.org_id, []),
    }


def _fordelning_alt(w: Webbplats, mu: Kontext) -> str:
    ord_ = w.inlasning.installningar.ord.perspektiv.lower()
    delar_ = [
        f"{r['perspektiv']}: "
        + ", ".join(
            f"{r[s['nyckel']]} {s['etikett'].lower()}" for s in w.rotunderlag.statusforklaring()
        )
        for r in mu["rader"]
    ]
    return (
        f"Stapeldiagram över fullmäktiges {mu['summa']['totalt']} mål per {ord_}. "
        + ". ".join(delar_)
        + ". Samma siffror finns i tabellen."
    )


def organisation(w: Webbplats, org_id: str) -> Kontext:
    u = w.underlag(org_id)
    mal = [w.mal(u, m) for m in w.mal_i_aret(org_id)]
    perspektiv = delar.perspektiv(u, mal)
    maluppfyllelse = delar.maluppfyllelse(u, perspektiv)
    maluppfyllelse.pop("diagram")
    avvikelse_mot = "utfall" if w.period.ar_helar else "prognos"
    org = w.modell.organisationer[org_id]
    return {
        **w.gemensamt(w.adresser.org(org_id), org.namn),
        "organisation": {
            **delar.organisation(u),
            "href": w.adresser.org(org_id),
            "overordnad": w.org_lank(org.overordnad) if org.overordnad else None,
            "underliggande": [w.org_lank(b.id) for b in w.modell.barn(org_id)],
        },
        "brodsmulor": _brodsmulor(w, org_id)[:-1],
        "perspektiv": perspektiv,
        "antal_mal": len(mal),
        "kolada": _kolada(w, [mt for m in mal for mt in m["matetal"]]),
        "maluppfyllelse": maluppfyllelse,
        "aktiviteter": [delar.aktivitet(u, a) for a in w.modell.aktiviteter_for(org_id)],
        "uppdrag": delar.uppdrag(u, w.period.ar),
        "texter": delar.texter(u),
        "ekonomi": {
            "avvikelse_mot": avvikelse_mot,
            "drift": delar.drift(u, w.period, avvikelse_mot),
            "investeringar": delar.investeringar(u, w.period.ar, avvikelse_mot),
        },
        "dokument": w.dokumenten.per_org.get(org_id, []),
    }


def mal(w: Webbplats, mal_id: str) -> Kontext:
    mal_ = w.modell.mal[mal_id]
    u = w.underlag(mal_.organisation)
    kontext = w.mal(u, mal_)
    kedja_ned = w.kedja_ned(mal_id)
    resultat = {
        **w.gemensamt(w.adresser.mal[mal_id], mal_.text),
        "brodsmulor": _brodsmulor(w, mal_.organisation),
        "mal": kontext,
        "kedja_upp": [w.mal_lank(m) for m in w.modell.malkedja_upp(mal_id)],
        "kedja_ned": kedja_ned,
        "antal_ned": _antal(kedja_ned),
        "kolada": _kolada(w, kontext["matetal"]),
        "diagram": None,
    }
    if mal_.organisation == w.modell.rot.id and kedja_ned:
        rot = {**w.mal_lank(mal_), "under": kedja_ned}
        resultat["diagram"] = diagram.trad(rot)
        resultat["diagram"]["alt"] = _kedja_alt(w, rot, resultat["antal_ned"])
    return resultat


def _kolada(w: Webbplats, matetal: list[Kontext]) -> Kontext | None:
    """The comparisons' source and labels, on a page that shows a comparison: only there
    does a new fetch change the page."""
    return w.kolada if any(mt["jamforelse"] for mt in matetal) else None


def _antal(kedja: list[Kontext]) -> int:
    return sum(1 + _antal(m["under"]) for m in kedja)


def _kedja_alt(w: Webbplats, rot: Kontext, antal: int) -> str:
    statusar: dict[str, int] = {}

    def rakna(noder: list[Kontext]) -> None:
        for n in noder:
            statusar[n["status"]["etikett"]] = statusar.get(n["status"]["etikett"], 0) + 1
            rakna(n["under"])

    rakna(rot["under"])
    fordelning = ", ".join(
        f"{statusar[s['etikett']]} {s['etikett'].lower()}"
        for s in w.rotunderlag.statusforklaring()
        if s["etikett"] in statusar
    )
    organisationer = len({n["organisation"]["id"] for n in _platt(rot["under"])})
    return (
        f"Träddiagram över målkedjan för fullmäktiges mål ”{rot['text']}”: "
        f"{antal} mål i {organisationer} organisationer bidrar till målet ({fordelning}). "
        "Samma målkedja finns som lista under diagrammet."
    )


def _platt(noder: list[Kontext]) -> list[Kontext]:
    return [x for n in noder for x in (n, *_platt(n["under"]))]


def agenda2030(w: Webbplats) -> Kontext:
    per_mal: dict[int, list[Kontext]] = {n: [] for n in range(1, 18)}
    for org_id in w.i_tradordning():
        for m in w.mal_i_aret(org_id):
            for n in m.agenda2030:
                per_mal[n].append(w.mal_lank(m))
    return {
        **w.gemensamt(adr.AGENDA2030, "Agenda 2030"),
        "globala_mal": [
            {"nr": n, "namn": GLOBALA_MALEN[n - 1], "mal": per_mal[n]} for n in range(1, 18)
        ],
    }


def sok(w: Webbplats) -> Kontext:
    return {
        **w.gemensamt(adr.SOK, "Sök bland mål och mätetal"),
        "organisationer": [
            {
                **w.org_lank(org_id),
                "mal": [
                    {
                        **w.mal_lank(m),
                        "matetal": [mt.namn for mt in w.modell.matetal_for(m.id)],
                    }
                    for m in w.mal_i_aret(org_id)
                ],
            }
            for org_id in w.i_tradordning()
        ],
    }


def dokument(w: Webbplats) -> Kontext:
    return {
        **w.gemensamt(adr.DOKUMENT, "Dokument"),
        "organisationer": [
            {**w.org_lank(org_id), "dokument": w.dokumenten.per_org[org_id]}
            for org_id in w.i_tradordning()
            if org_id in w.dokumenten.per_org
        ],
    }
