"""Page contexts for the website: the documents' parts (planer.dokument.delar) plus links.

The site shows the same goals, measures, assessments and formatting as the
documents, built by the same functions; this module only adds what a website
needs on top: addresses, the målkedja in both directions, measures over the
years, and the organisation as a tree. Every page's context is plain data, so
its fingerprint decides whether the page must be rendered again.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from pathlib import Path

from planer.arbetsyta import Inlasning
from planer.bedomning import Bedomare
from planer.dokument import delar, jamforelse
from planer.dokument import format as fmt
from planer.dokument.delar import Kontext, Underlag
from planer.modell.objekt import Mal, Matetal, Period, Status
from planer.modell.styrmodell import Styrmodell
from planer.webb import adresser as adr
from planer.webb import diagram
from planer.webb.farger import lasbar

AR_BAKAT = 5  # measures are shown over at most five years
GLOBALA_MALEN = (
    "Ingen fattigdom",
    "Ingen hunger",
    "Hälsa och välbefinnande",
    "God utbildning för alla",
    "Jämställdhet",
    "Rent vatten och sanitet för alla",
    "Hållbar energi för alla",
    "Anständiga arbetsvillkor och ekonomisk tillväxt",
    "Hållbar industri, innovationer och infrastruktur",
    "Minskad ojämlikhet",
    "Hållbara städer och samhällen",
    "Hållbar konsumtion och produktion",
    "Bekämpa klimatförändringarna",
    "Hav och marina resurser",
    "Ekosystem och biologisk mångfald",
    "Fredliga och inkluderande samhällen",
    "Genomförande och globalt partnerskap",
)


@dataclass
class Webbunderlag(Underlag):
    """An Underlag whose assessments are shared by every page and whose status
    colours are readable on the site (see farger)."""

    delad_bedomare: Bedomare | None = None

    @cached_property
    def bedomare(self) -> Bedomare:
        assert self.delad_bedomare is not None
        return self.delad_bedomare

    def status(self, status: Status) -> Kontext:
        visning = super().status(status)
        return {**visning, "farg": lasbar(visning["farg"])}


class Webbplats:
    """What every page is built from: the model, the period, addresses and documents."""

    def __init__(self, inlasning: Inlasning, period: Period, utdata: Path, logotyp: str | None):
        assert inlasning.modell is not None
        self.inlasning = inlasning
        self.modell: Styrmodell = inlasning.modell
        self.period = period
        self.adresser = adr.Adresser.for_modell(self.modell, period.ar)
        self.dokumenten = adr.hitta_dokument(self.modell, utdata, period)
        self.bedomare = Bedomare(self.modell, inlasning.installningar.bedomning)
        self.logotyp = logotyp  # the logo's address in the site, or None
        # A goal's and a measure's context are shown on two pages (the body's, the goal's):
        # built once. Templates cannot change them (the sandbox is immutable).
        self._mal: dict[str, Kontext] = {}
        self._matetal: dict[str, Kontext] = {}

    def underlag(self, org_id: str) -> Webbunderlag:
        return Webbunderlag(self.inlasning, org_id, self.period, self.bedomare)

    @cached_property
    def rotunderlag(self) -> Webbunderlag:
        return self.underlag(self.modell.rot.id)

    def i_tradordning(self) -> list[str]:
        rot = self.modell.rot.id
        return [rot, *(o.id for o in self.modell.underliggande(rot))]

    def mal_i_aret(self, org_id: str) -> list[Mal]:
        return [m for m in self.modell.mal_for(org_id) if m.galler(self.period.ar)]

    def org_lank(self, org_id: str) -> Kontext:
        org = self.modell.organisationer[org_id]
        return {
            "id": org.id,
            "namn": org.namn,
            "niva": org.niva.value,
            "href": self.adresser.org(org_id),
        }

    def mal_lank(self, mal_: Mal) -> Kontext:
        return {
            "id": mal_.id,
            "text": mal_.text,
            "href": self.adresser.av_mal(mal_.id),
            "organisation": self.org_lank(mal_.organisation),
            "status": self.rotunderlag.status(self.bedomare.mal(mal_.id, self.period).status),
        }

    # --- what every page has ---------------------------------------------------------

    def gemensamt(self, sokvag: str, titel: str) -> Kontext:
        installningar = self.inlasning.installningar
        return {
            "webbplats": {
                "kommun": installningar.kommun.namn,
                "vision": installningar.kommun.vision,
                "logotyp": self.logotyp,
                "period": str(self.period),
                "ar": self.period.ar,
                "period_text": fmt.period(self.period),
                "per_datum": fmt.period_slutdatum(self.period),
                "start": adr.START,
                "agenda2030": adr.AGENDA2030,
                "sok": adr.SOK,
                "dokument": adr.DOKUMENT,
                "resurser": adr.RESURSER,
            },
            "sida": {"sokvag": sokvag, "rot": adr.rot(sokvag), "titel": titel},
            "ord": {"perspektiv": installningar.ord.perspektiv},
            "statusforklaring": self.rotunderlag.statusforklaring(),
        }

    # --- goals and measures ------------------------------------------------------------

    def mal(self, underlag: Webbunderlag, mal_: Mal) -> Kontext:
        if mal_.id not in self._mal:
            self._mal[mal_.id] = self._bygg_mal(underlag, mal_)
        return self._mal[mal_.id]

    def _bygg_mal(self, underlag: Webbunderlag, mal_: Mal) -> Kontext:
        resultat = delar.mal(
            underlag, mal_, [self.matetal(underlag, m) for m in self.modell.matetal_for(mal_.id)]
        )
        resultat["href"] = self.adresser.av_mal(mal_.id)
        resultat["organisation"] = self.org_lank(mal_.organisation)
        resultat["agenda2030"] = [{"nr": n, "namn": GLOBALA_MALEN[n - 1]} for n in mal_.agenda2030]
        if overordnat := self.modell.overordnat_mal(mal_.id):
            resultat["overordnat"] = self.mal_lank(overordnat)
        resultat["stodjande"] = [
            self.mal_lank(m) for m in self.modell.stodjande_mal(mal_.id) if m.galler(self.period.ar)
        ]
        return resultat

    def matetal(self, underlag: Webbunderlag, matetal_: Matetal) -> Kontext:
        """A measure in the period, and over the years against its targets (table + chart)."""
        if matetal_.id not in self._matetal:
            self._matetal[matetal_.id] = self._bygg_matetal(underlag, matetal_)
        return self._matetal[matetal_.id]

    def _bygg_matetal(self, underlag: Webbunderlag, matetal_: Matetal) -> Kontext:
        resultat = delar.matetal(underlag, matetal_)
        perioder = self._perioder_for(matetal_)
        resultat["utfall"] = [delar.utfallsrad(underlag, matetal_, p) for p in perioder]
        rader = [
            {
                "etikett": _kort_period(p),
                "varde": matetal_.varde(p),
                "malvarde": matetal_.malvarde(p.ar),
                "varde_text": delar.varde(matetal_, matetal_.varde(p)),
            }
            for p in perioder
        ]
        resultat["diagram"] = diagram.over_tid(rader)
        varden = "; ".join(
            f"{fmt.period(p)}: "
            + (r["varde"] if r["varde"] != fmt.TOMT else "inget utfall")
            + (f", målvärde {r['malvarde']}" if r["malvarde"] != fmt.TOMT else "")
            for p, r in zip(perioder, resultat["utfall"], strict=True)
        )
        resultat["diagram"]["alt"] = (
            f"Stapeldiagram över {matetal_.namn}"
            + (f" ({matetal_.enhet})" if matetal_.enhet else "")
            + f", {matetal_.riktning.value.lower()}. {varden}. "
            "Målvärdet är markerat med ett streck."
        )
        resultat["jamforelse"] = self._jamforelse(underlag, matetal_)
        senaste = matetal_.senaste_utfall(till_och_med=self.period)
        resultat["senaste"] = {
            "period": fmt.period(senaste.period) if senaste else "",
            "varde": delar.varde(matetal_, senaste.varde if senaste else None),
        }
        return resultat

    def _jamforelse(self, underlag: Webbunderlag, matetal_: Matetal) -> Kontext | None:
        """The documents' comparison with other kommuner; its chart redrawn as the site's SVG
        from the same series (the documents' drawing is matplotlib's, never drawn here)."""
        resultat = jamforelse.matetal(underlag, matetal_)
        if resultat is None:
            return None
        bild, resultat["svg"] = resultat.pop("diagram"), None  # no chart with one year
        if bild is not None:
            ar, serier, _enhet = bild.diagram[1]
            resultat["svg"] = {**diagram.linjer(ar, serier, matetal_.decimaler), "alt": bild.alt}
        return resultat

    @cached_property
    def kolada(self) -> Kontext:
        """Labels, source and example-data marking of the comparisons, as in the documents."""
        return jamforelse.kolada(self.rotunderlag)

    def _perioder_for(self, matetal_: Matetal) -> list[Period]:
        """Full years with an outcome or a target up to the period, and the period itself."""
        sista = self.period.ar
        ar = {p.ar for p, u in matetal_.utfall.items() if u.varde is not None and p.ar_helar}
        ar |= set(matetal_.malvarden)
        ar = {a for a in ar if sista - AR_BAKAT < a < sista}
        return [*(Period(a) for a in sorted(ar)), self.period]

    def kedja_ned(self, mal_id: str) -> list[Kontext]:
        """Every goal of the year that supports `mal_id`, at every level, as a tree."""
        return [
            {**self.mal_lank(m), "under": self.kedja_ned(m.id)}
            for m in self.modell.stodjande_mal(mal_id)
            if m.galler(self.period.ar)
        ]


def _kort_period(period: Period) -> str:
    if period.tertial is None:
        return str(period.ar)
    return f"{'jan–apr' if period.tertial == 1 else 'jan–aug'} {period.ar}"
