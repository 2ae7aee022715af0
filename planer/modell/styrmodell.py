"""The `Styrmodell` aggregate: everything the documents need, with navigation.

Built once by `validering` from validated input, then only read. Lookups the
documents make for every body (children, goals, measures, economy) are
indexed here once, so building hundreds of documents stays linear.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cached_property

from planer.modell.objekt import (
    Aktivitet,
    Ekonomirad,
    Investering,
    Mal,
    Matetal,
    Mote,
    Niva,
    Organisation,
    Period,
    Perspektiv,
    Posttyp,
    Text,
    Uppdrag,
)


@dataclass(frozen=True, slots=True)
class Belopp:
    """Budget, outcome and forecast in tkr; None where no row gave a figure."""

    budget: float | None = None
    utfall: float | None = None
    prognos: float | None = None

    def __add__(self, other: Belopp) -> Belopp:
        return Belopp(*(_summa(a, b) for a, b in zip(self._tal, other._tal, strict=True)))

    def __neg__(self) -> Belopp:
        return Belopp(*(None if a is None else -a for a in self._tal))

    @property
    def _tal(self) -> tuple[float | None, float | None, float | None]:
        return (self.budget, self.utfall, self.prognos)

    @property
    def avvikelse_utfall(self) -> float | None:
        """Budget − utfall, for costs and net cost: positive is a surplus."""
        return _skillnad(self.budget, self.utfall)

    @property
    def avvikelse_prognos(self) -> float | None:
        """Budget − prognos, for costs and net cost: positive is a surplus."""
        return _skillnad(self.budget, self.prognos)


def _summa(a: float | None, b: float | None) -> float | None:
    if a is None:
        return b
    return a if b is None else a + b


def _skillnad(a: float | None, b: float | None) -> float | None:
    return None if a is None or b is None else a - b


@dataclass(frozen=True, slots=True)
class Ekonomipost:
    post: str
    typ: Posttyp
    belopp: Belopp

    @property
    def avvikelse_utfall(self) -> float | None:
        """Positive is better than budget: less cost, or more income."""
        return self._god_riktning(self.belopp.avvikelse_utfall)

    @property
    def avvikelse_prognos(self) -> float | None:
        return self._god_riktning(self.belopp.avvikelse_prognos)

    def _god_riktning(self, avvikelse: float | None) -> float | None:
        if avvikelse is None or self.typ is Posttyp.KOSTNAD:
            return avvikelse
        return -avvikelse


@dataclass(frozen=True, slots=True)
class Driftredovisning:
    """A body's operating account for a period, summed over its subtree."""

    organisation: str
    period: Period
    poster: tuple[Ekonomipost, ...]

    def _summa(self, typ: Posttyp) -> Belopp:
        summa = Belopp()
        for post in self.poster:
            if post.typ is typ:
                summa += post.belopp
        return summa

    @property
    def intakter(self) -> Belopp:
        return self._summa(Posttyp.INTAKT)

    @property
    def kostnader(self) -> Belopp:
        return self._summa(Posttyp.KOSTNAD)

    @property
    def nettokostnad(self) -> Belopp:
        """Costs minus income; its deviations are budget − outcome (positive: surplus)."""
        return self.kostnader + -self.intakter


class Styrmodell:
    def __init__(
        self,
        organisationer: Iterable[Organisation],
        perspektiv: Iterable[Perspektiv],
        mal: Iterable[Mal],
        matetal: Iterable[Matetal],
        aktiviteter: Iterable[Aktivitet] = (),
        uppdrag: Iterable[Uppdrag] = (),
        ekonomi: Iterable[Ekonomirad] = (),
        investeringar: Iterable[Investering] = (),
        texter: Iterable[Text] = (),
        moten: Iterable[Mote] = (),
    ) -> None:
        self.organisationer: Mapping[str, Organisation] = {o.id: o for o in organisationer}
        self.perspektiv: tuple[Perspektiv, ...] = tuple(
            sorted(perspektiv, key=lambda p: p.ordning if p.ordning is not None else 10**6)
        )  # stable: sheet order where Ordning is missing or equal
        self.mal: Mapping[str, Mal] = {m.id: m for m in mal}
        self.matetal: Mapping[str, Matetal] = {m.id: m for m in matetal}
        self.aktiviteter = tuple(aktiviteter)
        self.uppdrag = tuple(uppdrag)
        self.ekonomi = tuple(ekonomi)
        self.investeringar = tuple(investeringar)
        self.texter = tuple(texter)
        self.moten: tuple[Mote, ...] = tuple(sorted(moten, key=lambda m: (m.datum, m.organisation)))

        self._barn = _gruppera(self.organisationer.values(), lambda o: o.overordnad)
        self._mal_per_org = _gruppera(self.mal.values(), lambda m: m.organisation)
        self._stodjande = _gruppera(self.mal.values(), lambda m: m.overordnat_mal)
        self._matetal_per_mal = _gruppera(self.matetal.values(), lambda m: m.mal)
        self._aktiviteter_per_org = _gruppera(self.aktiviteter, lambda a: a.organisation)
        self._aktiviteter_per_mal = _gruppera(self.aktiviteter, lambda a: a.mal)
        self._uppdrag_per_org = _gruppera(self.uppdrag, lambda u: u.organisation)
        self._investeringar_per_org = _gruppera(self.investeringar, lambda i: i.organisation)
        self._texter_per_org = _gruppera(self.texter, lambda t: (t.organisation, t.period))
        self._analyser = {(t.mal, t.period): t for t in self.texter if t.mal}
        self._ekonomi_per_org = _gruppera(self.ekonomi, lambda r: (r.organisation, r.period))

    # --- the organisation tree -------------------------------------------------------

    @cached_property
    def rot(self) -> Organisation:
        return next(o for o in self.organisationer.values() if o.overordnad is None)

    def overordnad(self, org_id: str) -> Organisation | None:
        foralder = self.organisationer[org_id].overordnad
        return self.organisationer[foralder] if foralder else None

    def forfader(self, org_id: str) -> list[Organisation]:
        """Parent first, root last."""
        kedja = []
        while (org := self.overordnad(org_id)) is not None:
            kedja.append(org)
            org_id = org.id
        return kedja

    def barn(self, org_id: str) -> list[Organisation]:
        return self._barn.get(org_id, [])

    def underliggande(self, org_id: str) -> list[Organisation]:
        """All descendants, depth first in sheet order."""
        resultat = []
        stack = list(reversed(self.barn(org_id)))
        while stack:
            org = stack.pop()
            resultat.append(org)
            stack.extend(reversed(self.barn(org.id)))
        return resultat

    def djup(self, org_id: str) -> int:
        """0 for the root."""
        return len(self.forfader(org_id))

    def per_niva(self) -> dict[Niva, int]:
        antal = dict.fromkeys(Niva, 0)
        for org in self.organisationer.values():
            antal[org.niva] += 1
        return antal

    # --- goals and the målkedja ------------------------------------------------------

    def mal_for(self, org_id: str) -> list[Mal]:
        return self._mal_per_org.get(org_id, [])

    def overordnat_mal(self, mal_id: str) -> Mal | None:
        overordnat = self.mal[mal_id].overordnat_mal
        return self.mal[overordnat] if overordnat else None

    def malkedja_upp(self, mal_id: str) -> list[Mal]:
        """The goals this goal supports, nearest first, up to the council's."""
        kedja = []
        while (mal := self.overordnat_mal(mal_id)) is not None:
            kedja.append(mal)
            mal_id = mal.id
        return kedja

    def stodjande_mal(self, mal_id: str) -> list[Mal]:
        """The goals that directly support this one, at any body below."""
        return self._stodjande.get(mal_id, [])

    def malkedja_ned(self, mal_id: str) -> list[Mal]:
        """Every goal that supports this one, directly or through others, depth first."""
        resultat = []
        stack = list(reversed(self.stodjande_mal(mal_id)))
        while stack:
            mal = stack.pop()
            resultat.append(mal)
            stack.extend(reversed(self.stodjande_mal(mal.id)))
        return resultat

    def matetal_for(self, mal_id: str) -> list[Matetal]:
        return self._matetal_per_mal.get(mal_id, [])

    def analys(self, mal_id: str, period: Period) -> Text | None:
        """The goal's analysis text for a period, with any manual assessment."""
        return self._analyser.get((mal_id, period))

    # --- what a body's documents show ------------------------------------------------

    def aktiviteter_for(self, org_id: str) -> list[Aktivitet]:
        return self._aktiviteter_per_org.get(org_id, [])

    def aktiviteter_for_mal(self, mal_id: str) -> list[Aktivitet]:
        return self._aktiviteter_per_mal.get(mal_id, [])

    def uppdrag_for(self, org_id: str) -> list[Uppdrag]:
        return self._uppdrag_per_org.get(org_id, [])

    def investeringar_for(self, org_id: str, ar: int) -> list[Investering]:
        """Investments of the body and every body below it, for a year."""
        return [
            i
            for org in self._deltrad(org_id)
            for i in self._investeringar_per_org.get(org, [])
            if i.ar == ar
        ]

    def textavsnitt(self, org_id: str, period: Period) -> list[Text]:
        """The body's own text sections (not goal analyses), in sheet order."""
        return [t for t in self._texter_per_org.get((org_id, period), []) if t.mal is None]

    def ekonomi_for(self, org_id: str, period: Period) -> list[Ekonomirad]:
        """The body's own operating-account rows for a period (not the bodies below)."""
        return self._ekonomi_per_org.get((org_id, period), [])

    def driftredovisning(self, org_id: str, period: Period) -> Driftredovisning:
        """The operating account of the body and every body below it, per post."""
        summor: dict[tuple[str, Posttyp], Belopp] = {}
        for org in self._deltrad(org_id):
            for rad in self._ekonomi_per_org.get((org, period), []):
                nyckel = (rad.post, rad.typ)
                summor[nyckel] = summor.get(nyckel, Belopp()) + Belopp(
                    rad.budget, rad.utfall, rad.prognos
                )
        poster = sorted(
            (Ekonomipost(post, typ, belopp) for (post, typ), belopp in summor.items()),
            key=lambda p: p.typ is Posttyp.KOSTNAD,  # income first, otherwise first-seen order
        )
        return Driftredovisning(org_id, period, tuple(poster))

    def _deltrad(self, org_id: str) -> list[str]:
        return [org_id, *(o.id for o in self.underliggande(org_id))]

    def sammanfattning(self) -> dict[str, int]:
        """How much the model holds, for `planer kontrollera`."""
        return {
            "organisationer": len(self.organisationer),
            "perspektiv": len(self.perspektiv),
            "mål": len(self.mal),
            "mätetal": len(self.matetal),
            "målvärden": sum(len(m.malvarden) for m in self.matetal.values()),
            "utfall": sum(
                u.varde is not None for m in self.matetal.values() for u in m.utfall.values()
            ),
            "aktiviteter": len(self.aktiviteter),
            "uppdrag": len(self.uppdrag),
            "ekonomirader": len(self.ekonomi),
            "investeringar": len(self.investeringar),
            "texter": len(self.texter),
            "sammanträden": len(self.moten),
            "sammanträdespunkter": sum(len(m.arenden) for m in self.moten),
        }

    # --- periods ---------------------------------------------------------------------

    @cached_property
    def perioder_med_utfall(self) -> list[Period]:
        """Every period for which some measure has a value, oldest first."""
        perioder = {
            p for m in self.matetal.values() for p, u in m.utfall.items() if u.varde is not None
        }
        return sorted(perioder, key=lambda p: p.sorteringsnyckel)


def _gruppera(objekt, nyckel) -> dict:
    grupper = defaultdict(list)
    for o in objekt:
        grupper[nyckel(o)].append(o)
    return dict(grupper)
