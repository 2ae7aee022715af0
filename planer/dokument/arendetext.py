"""Factual Swedish texts for a tjänsteskrivelse, written from the document an item treats.

Used where the Sammanträden sheet leaves Sammanfattning or Ärendet empty. Every
figure comes from the model through the same assessment and formatting as the
documents (bedomning, format), so the memo and the document cannot disagree;
where the data has no figure, the sentence is left out rather than guessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from planer.dokument import format as fmt
from planer.dokument.delar import STATUSORDNING, Underlag
from planer.modell.objekt import Dokumenttyp, Status
from planer.modell.styrmodell import Belopp, Ekonomipost

_FLERTAL = {
    Status.UPPFYLLT: ("uppfyllt", "uppfyllda"),
    Status.DELVIS: ("delvis uppfyllt", "delvis uppfyllda"),
    Status.EJ_UPPFYLLT: ("ej uppfyllt", "ej uppfyllda"),
    Status.EJ_BEDOMD: ("ej bedömt", "ej bedömda"),
}
ANTAL_AVVIKELSER = 3


@dataclass(frozen=True)
class Ekonomibild:
    """The net cost against budget, as the document shows it, and the largest deviations."""

    mot: str  # "utfall", "prognos" or "" for a plan
    netto: Belopp
    avvikelse: float | None
    storsta: tuple[Ekonomipost, ...]


def ekonomibild(underlag: Underlag, typ: Dokumenttyp) -> Ekonomibild | None:
    period = underlag.period
    if typ is Dokumenttyp.STYRKORT:
        return None  # the scorecard shows no economy, so its memo does not either
    mot = {Dokumenttyp.ARSREDOVISNING: "utfall", Dokumenttyp.DELARSRAPPORT: "prognos"}.get(typ, "")
    redovisning = underlag.modell.driftredovisning(underlag.org_id, period)
    if not redovisning.poster:
        return None
    netto = redovisning.nettokostnad
    avvikelse = {"utfall": netto.avvikelse_utfall, "prognos": netto.avvikelse_prognos}.get(mot)

    def post_avvikelse(p: Ekonomipost) -> float | None:
        return p.avvikelse_utfall if mot == "utfall" else p.avvikelse_prognos

    avvikande = [p for p in redovisning.poster if mot and post_avvikelse(p)]
    avvikande.sort(key=lambda p: -abs(post_avvikelse(p) or 0))
    return Ekonomibild(mot, netto, avvikelse, tuple(avvikande[:ANTAL_AVVIKELSER]))


def maluppfyllelse(underlag: Underlag) -> dict[Status, int]:
    """How many of the body's goals for the year have each status in the period."""
    antal = dict.fromkeys(STATUSORDNING, 0)
    for mal in underlag.egna_mal(underlag.period.ar):
        antal[underlag.bedomare.mal(mal.id, underlag.period).status] += 1
    return antal


def _antal_text(antal: dict[Status, int]) -> str:
    delar = [f"{n} {_FLERTAL[s][0] if n == 1 else _FLERTAL[s][1]}" for s, n in antal.items() if n]
    return delar[0] if len(delar) == 1 else ", ".join(delar[:-1]) + " och " + delar[-1]


def _avvikelse(tal: float) -> str:
    if tal == 0:
        return "ingen avvikelse mot budget"
    slag = "ett överskott" if tal > 0 else "ett underskott"
    return f"{slag} på {fmt.tkr(abs(tal))} tkr mot budget"


def namn(underlag: Underlag) -> str:
    """The council's documents are the municipality's: `Älvby kommun`, else the body."""
    if underlag.ar_kf:
        return underlag.installningar.kommun.namn
    return underlag.organisation.namn


def malmening(underlag: Underlag, typ: Dokumenttyp) -> str:
    antal = maluppfyllelse(underlag)
    totalt = sum(antal.values())
    ar = underlag.period.ar
    if totalt == 0:
        return f"{underlag.organisation.namn} har inga egna mål för {ar}."
    if typ is Dokumenttyp.VERKSAMHETSPLAN:
        return f"Planen för {ar} omfattar {totalt} mål för {namn(underlag)}."
    if underlag.period.ar_helar:
        return f"Av de {totalt} målen för {ar} är {_antal_text(antal)}."
    per = fmt.period_slutdatum(underlag.period)
    return (
        f"Utifrån utfallen per {per} är bedömningen för de {totalt} målen för {ar}: "
        f"{_antal_text(antal)}."
    )


def ekonomimening(bild: Ekonomibild | None, underlag: Underlag) -> str:
    if bild is None:
        return ""
    netto = bild.netto
    period = fmt.period(underlag.period)
    if not bild.mot:
        if netto.budget is None:
            return ""
        return f"Budgeten för nettokostnaden {period} är {fmt.tkr(netto.budget)} tkr."
    belopp = netto.utfall if bild.mot == "utfall" else netto.prognos
    if belopp is None or netto.budget is None or bild.avvikelse is None:
        return ""
    if bild.mot == "utfall":
        return (
            f"Nettokostnaden {period} blev {fmt.tkr(belopp)} tkr mot en budget på "
            f"{fmt.tkr(netto.budget)} tkr, {_avvikelse(bild.avvikelse)}."
        )
    return (
        f"Prognosen för helårets nettokostnad är {fmt.tkr(belopp)} tkr mot en budget på "
        f"{fmt.tkr(netto.budget)} tkr, {_avvikelse(bild.avvikelse)}."
    )


def avvikelsemening(bild: Ekonomibild | None) -> str:
    if bild is None or not bild.storsta:
        return ""
    delar = []
    for p in bild.storsta:
        tal = p.avvikelse_utfall if bild.mot == "utfall" else p.avvikelse_prognos
        tecken = "+" if (tal or 0) > 0 else "\u2212"
        delar.append(f"{p.post} ({tecken}{fmt.tkr(abs(tal or 0))} tkr)")
    lista = delar[0] if len(delar) == 1 else ", ".join(delar[:-1]) + " och " + delar[-1]
    mot = "utfallet" if bild.mot == "utfall" else "prognosen"
    return (
        f"Störst avvikelse mellan budget och {mot} har {lista}; "
        "plus är bättre än budget, minus sämre."
    )


def sammanfattning(underlag: Underlag, typ: Dokumenttyp, titel: str) -> str:
    """What the document reports, and how the goals came out."""
    period = fmt.period(underlag.period)
    vad = {
        Dokumenttyp.VERKSAMHETSPLAN: f"innehåller mål, mätetal och budget för {period}.",
        Dokumenttyp.STYRKORT: f"redovisar mål och mätetal med bedömning för {period}.",
    }.get(typ, f"redovisar måluppfyllelse och ekonomi för {period}.")
    return f"{titel} för {namn(underlag)} {vad} {malmening(underlag, typ)}"


def arendet(underlag: Underlag, typ: Dokumenttyp, titel: str) -> str:
    """Where the document comes from, how goals are assessed, and the economy in detail."""
    bild = ekonomibild(underlag, typ)
    stycken = [
        f"{titel} har tagits fram ur kommunens underlag för mål, mätetal och ekonomi "
        "och bifogas ärendet."
    ]
    if typ is not Dokumenttyp.VERKSAMHETSPLAN:
        stycken[0] += (
            " Målens bedömning bygger på mätetalens utfall mot målvärdena och på "
            "verksamhetens egna bedömningar där sådana finns."
        )
    ekonomi = " ".join(m for m in (ekonomimening(bild, underlag), avvikelsemening(bild)) if m)
    if ekonomi:
        stycken.append(ekonomi)
    return "\n\n".join(stycken)


def ekonomiska_konsekvenser(underlag: Underlag, typ: Dokumenttyp) -> str:
    """The economy the document shows; empty where it shows none (the template says so)."""
    return ekonomimening(ekonomibild(underlag, typ), underlag)
