"""A client for Kolada's REST API v3: paths, chunking, paging, retries, a rate limit.

Only `planer kolada` uses it; builds never touch the network. Every failure
after the retries is a `KoladaFel` that says what was being fetched, so a batch
can never go missing silently. Values are returned as they are: `None` is a
missing value (never 0), rows marked `isdeleted` are dropped.
"""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager

import httpx

from planer.kolada.data import Nyckeltal, Vardepost
from planer.problem import PlanerFel

MAX_ID = 25  # ids in one path segment; the API refuses more
PER_SIDA = 5000  # the largest page the API gives
TOTALT = "T"  # gender: total


class KoladaFel(PlanerFel):
    """A fetch that failed after its retries; nothing is written."""


def bitar(ids: Iterable[str], storlek: int = MAX_ID) -> Iterator[list[str]]:
    """The ids in chunks of at most `storlek`, without duplicates, in order."""
    unika = list(dict.fromkeys(ids))
    for start in range(0, len(unika), storlek):
        yield unika[start : start + storlek]


class Klient:
    """Synchronous, polite: at most `per_sekund` requests a second, `forsok` attempts each."""

    def __init__(
        self,
        adress: str,
        *,
        timeout: float = 30.0,
        forsok: int = 3,
        vantetid: float = 1.0,  # the first backoff in seconds; doubled per attempt
        max_vantetid: float = 60.0,  # a Retry-After longer than this is cut
        per_sekund: float = 5.0,
        sov: Callable[[float], None] = time.sleep,
    ) -> None:
        self.adress = adress.rstrip("/")
        self.forsok, self.vantetid, self.max_vantetid = forsok, vantetid, max_vantetid
        self.minsta_mellanrum = 1.0 / per_sekund
        self.sov = sov
        self.antal_anrop = 0
        self._senast: float | None = None
        self._http = httpx.Client(
            timeout=timeout, headers={"User-Agent": "planer"}, follow_redirects=True
        )
        self.timeout = timeout

    def __enter__(self) -> Klient:
        return self

    def __exit__(self, *_: object) -> None:
        self._http.close()

    # --- what planer asks for --------------------------------------------------------

    def nyckeltal(self, ids: Iterable[str]) -> list[Nyckeltal]:
        """Each KPI's title and description; an unknown id is simply absent."""
        resultat = []
        for bit in bitar(ids):
            vad = f"nyckeltalen {_lista(bit)}"
            for rad in self.hamta(f"/kpi/{','.join(bit)}", vad):
                with _tolkning(vad):
                    resultat.append(
                        Nyckeltal(str(rad["id"]), rad["title"] or "", rad.get("description") or "")
                    )
        return resultat

    def grupp(self, grupp_id: str) -> tuple[str, list[tuple[str, str]]]:
        """A municipality group's title and members as (kod, namn)."""
        rader = self.hamta(f"/municipality_groups/{grupp_id}", f"kommungruppen {grupp_id}")
        if not rader:
            raise KoladaFel(
                f"Kolada känner inte till kommungruppen {grupp_id}.",
                "Kontrollera [kolada] grupp i planer.toml mot gruppens id i Kolada.",
            )
        with _tolkning(f"kommungruppen {grupp_id}"):
            grupp = rader[0]
            medlemmar = [
                (str(m["member_id"]), m.get("member_title") or "") for m in grupp["members"]
            ]
            return grupp.get("title") or grupp_id, medlemmar

    def varden(
        self,
        kpi: Iterable[str],
        ar: Iterable[int],
        kommuner: Iterable[str] | None = None,
        kon: str = TOTALT,
    ) -> list[Vardepost]:
        """Values per KPI, municipality and year; `kommuner` None means all of them.

        KPIs, kommuner and years are each sent at most 25 to a path segment.
        """
        arsbitar = list(bitar(map(str, sorted(set(ar)))))
        kommunbitar = [None] if kommuner is None else list(bitar(kommuner))
        poster = []
        for kpibit, kommunbit, arsbit in itertools.product(bitar(kpi), kommunbitar, arsbitar):
            sokvag = f"/data/kpi/{','.join(kpibit)}"
            vad = f"värden för {_lista(kpibit)}"
            if kommunbit is not None:
                sokvag += f"/municipality/{','.join(kommunbit)}"
                vad += f" i {_lista(kommunbit)}"
            else:
                vad += " i alla kommuner"
            vad += f" år {_lista(arsbit)}"
            for rad in self.hamta(f"{sokvag}/year/{','.join(arsbit)}", vad):
                with _tolkning(vad):
                    poster.extend(_vardeposter(rad, kon))
        return poster

    # --- paging and retries ------------------------------------------------------------

    def hamta(self, sokvag: str, vad: str) -> list[dict]:
        """Every row of a listing, following `next_url` until it is null."""
        url: str | None = f"{self.adress}{sokvag}"
        parametrar: dict[str, int] | None = {"per_page": PER_SIDA}
        rader: list[dict] = []
        sedda: set[str] = set()
        while url:
            if url in sedda:  # a server that points back would loop for ever
                raise KoladaFel(f"Kolada skickade samma sida två gånger när {vad} hämtades.")
            sedda.add(url)
            svar = self._anropa(url, parametrar, vad)
            with _tolkning(vad):
                rader.extend(svar.get("values") or [])
                nasta = svar.get("next_url")
                url = str(httpx.URL(url).join(nasta)) if nasta else None
            parametrar = None  # next_url carries its own
        return rader

    def _anropa(self, url: str, parametrar: dict | None, vad: str) -> dict:
        orsak = ""
        for forsok in range(self.forsok):
            self._hall_takten()
            self.antal_anrop += 1
            try:
                svar = self._http.get(url, params=parametrar)
            except httpx.TimeoutException:
                orsak = f"Kolada svarade inte inom {_sekunder(self.timeout)} sekunder"
            except httpx.HTTPError as fel:
                orsak = f"Kolada gick inte att nå ({type(fel).__name__})"
            else:
                if svar.status_code == 200:
                    return _json(svar, vad)
                orsak = f"Kolada svarade med felkod {svar.status_code}"
                if svar.status_code != 429 and svar.status_code < 500:
                    raise KoladaFel(
                        f"{orsak} när {vad} skulle hämtas ({url}).",
                        "Kontrollera id:n i kolumnen Kolada och [kolada] i planer.toml.",
                    )
                if forsok + 1 < self.forsok:
                    self.sov(self._vanta(forsok, svar))
                continue
            if forsok + 1 < self.forsok:
                self.sov(self._vanta(forsok, None))
        raise KoladaFel(
            f"{orsak} när {vad} skulle hämtas, efter {self.forsok} försök. "
            "Ingenting sparades; den tidigare hämtningen finns kvar.",
            "Försök igen om en stund, eller kontrollera [kolada] adress i planer.toml.",
        )

    def _vanta(self, forsok: int, svar: httpx.Response | None) -> float:
        """Retry-After when the server gives it in seconds, else exponential backoff."""
        if svar is not None:
            try:
                return min(float(svar.headers["Retry-After"]), self.max_vantetid)
            except (KeyError, ValueError):
                pass
        return min(self.vantetid * 2**forsok, self.max_vantetid)

    def _hall_takten(self) -> None:
        nu = time.monotonic()
        if self._senast is not None and (kvar := self._senast + self.minsta_mellanrum - nu) > 0:
            self.sov(kvar)
        self._senast = time.monotonic()


@contextmanager
def _tolkning(vad: str) -> Iterator[None]:
    """A response that is not shaped like Kolada's v3 is an error, not a traceback."""
    try:
        yield
    except (KeyError, TypeError, ValueError, AttributeError, IndexError):
        raise KoladaFel(
            f"Kolada skickade ett svar som planer inte känner igen när {vad} hämtades.",
            "Kontrollera [kolada] adress i planer.toml: den ska gå till Koladas API version 3.",
        ) from None


def _json(svar: httpx.Response, vad: str) -> dict:
    try:
        data = svar.json()
    except ValueError:
        data = None
    if not isinstance(data, dict):
        raise KoladaFel(f"Kolada skickade något annat än väntat när {vad} hämtades.")
    return data


def _vardeposter(rad: dict, kon: str) -> Iterator[Vardepost]:
    for varde in rad.get("values") or []:
        if varde.get("gender") != kon or varde.get("isdeleted"):
            continue
        tal = varde.get("value")
        yield Vardepost(
            str(rad["kpi"]),
            str(rad["municipality"]),
            int(rad["period"]),
            None if tal is None else float(tal),
        )


def _lista(ids: list[str]) -> str:
    return ", ".join(ids) if len(ids) <= 3 else f"{', '.join(ids[:3])} och {len(ids) - 3} till"


def _sekunder(tal: float) -> str:
    return f"{tal:g}".replace(".", ",")
