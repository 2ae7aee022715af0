"""planer.toml → one typed, validated `Installningar`.

Every setting has a default; a missing file means all defaults. An unknown
section or key, or a value of the wrong kind, is an error that names the key.
The settings and their defaults are documented for users in docs/indata.md.
"""

from __future__ import annotations

import dataclasses
import re
import tomllib
import types
import typing
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from planer.modell.objekt import Status
from planer.problem import Plats, Problemlista

FILNAMN = "planer.toml"
RIKET = "0000"  # Kolada's code for the whole country

MALREGLER = {
    "andel": "Uppfyllt om minst mal_andel av mätetalen är uppfyllda; Ej uppfyllt om inget "
    "mätetal är uppfyllt eller delvis uppfyllt; annars Delvis uppfyllt.",
    "samsta": "Målet får det sämsta av mätetalens resultat.",
    "medel": "Uppfyllt = 2, Delvis = 1, Ej = 0 poäng; medel ≥ 1,5 ger Uppfyllt, ≥ 0,5 Delvis "
    "uppfyllt, annars Ej uppfyllt.",
}


@dataclass(frozen=True)
class Kommun:
    namn: str = "Kommunen"
    kod: str | None = None  # four-digit kommunkod, for Kolada
    vision: str = ""
    logotyp: str | None = None  # path relative to the workspace


@dataclass(frozen=True)
class Plan:
    ar: int | None = None  # None: the year after the latest year with outcomes
    planperiod: int = 3


@dataclass(frozen=True)
class Ord:
    perspektiv: str = "Perspektiv"


@dataclass(frozen=True)
class Bedomningsregler:
    delvis_andel: float = 0.8
    mal_regel: str = "andel"
    mal_andel: float = 0.75
    inkludera_undermal: bool = False  # count supporting goals' assessments with the measures


TEXTAVSNITT = ("Viktiga händelser", "Förväntad utveckling", "Ekonomisk analys")


@dataclass(frozen=True)
class Inrapportering:
    """The reporting round: what every data-entry form says and asks for."""

    kontakt: str = ""  # who units ask, printed in every form
    textavsnitt: tuple[str, ...] = TEXTAVSNITT  # the text sections every form asks for


@dataclass(frozen=True)
class Kolada:
    adress: str = "https://api.kolada.se/v3"  # the API's base URL
    grupp: str | None = None  # a Kolada municipality group, e.g. liknande kommuner
    kommuner: tuple[str, ...] = ()  # more kommunkoder to compare with; riket always


@dataclass(frozen=True)
class Statusvisning:
    etikett: str
    symbol: str
    farg: str


STANDARDVISNING = {
    Status.UPPFYLLT: Statusvisning("Uppfyllt", "✔", "#176f31"),
    Status.DELVIS: Statusvisning("Delvis uppfyllt", "◐", "#845800"),
    Status.EJ_UPPFYLLT: Statusvisning("Ej uppfyllt", "✖", "#c62828"),
    Status.EJ_BEDOMD: Statusvisning("Ej bedömd", "–", "#5f6368"),
}
STATUSNYCKLAR = {
    "uppfyllt": Status.UPPFYLLT,
    "delvis": Status.DELVIS,
    "ej_uppfyllt": Status.EJ_UPPFYLLT,
    "ej_bedomd": Status.EJ_BEDOMD,
}


@dataclass(frozen=True)
class Installningar:
    kommun: Kommun = field(default_factory=Kommun)
    plan: Plan = field(default_factory=Plan)
    ord: Ord = field(default_factory=Ord)
    bedomning: Bedomningsregler = field(default_factory=Bedomningsregler)
    kolada: Kolada = field(default_factory=Kolada)
    inrapportering: Inrapportering = field(default_factory=Inrapportering)
    status: dict[Status, Statusvisning] = field(default_factory=lambda: dict(STANDARDVISNING))


_AVSNITT = {
    "kommun": Kommun,
    "plan": Plan,
    "ord": Ord,
    "bedomning": Bedomningsregler,
    "kolada": Kolada,
    "inrapportering": Inrapportering,
}


def las_installningar(arbetsyta: Path, problem: Problemlista) -> Installningar:
    fil = arbetsyta / FILNAMN
    if not fil.exists():
        return Installningar()
    try:
        data = tomllib.loads(fil.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as fel:
        rad = next(iter(re.findall(r"line (\d+)", str(fel))), None)
        problem.fel(
            f"Filen kan inte läsas som TOML: {fel}.",
            Plats(FILNAMN, cell=f"rad {rad}" if rad else None),
            'Kontrollera citattecken och likhetstecken, t.ex. namn = "Exempelkommun". '
            "Inställningarnas namn skrivs utan å, ä och ö (farg, inte färg).",
        )
        return Installningar()
    delar: dict[str, Any] = {}
    for namn, varden in data.items():
        if namn == "status":
            delar["status"] = _statusvisning(varden, problem)
        elif namn in _AVSNITT:
            if _ar_tabell(varden, namn, problem):
                delar[namn] = _avsnitt(_AVSNITT[namn], namn, varden, problem)
        else:
            problem.fel(
                f"Okänt avsnitt [{namn}].",
                Plats(FILNAMN, cell=f"[{namn}]"),
                f"Giltiga avsnitt: {', '.join(f'[{a}]' for a in (*_AVSNITT, 'status'))}.",
            )
    installningar = Installningar(**delar)
    _kontrollera(installningar, arbetsyta, problem)
    return installningar


def _ar_tabell(varden: Any, namn: str, problem: Problemlista) -> bool:
    if isinstance(varden, dict):
        return True
    problem.fel(
        f"{namn} ska vara ett avsnitt, inte ett värde.",
        Plats(FILNAMN, cell=namn),
        f"Skriv [{namn}] på en egen rad och inställningarna under den.",
    )
    return False


def _avsnitt(klass: type, namn: str, varden: dict[str, Any], problem: Problemlista) -> Any:
    typer = typing.get_type_hints(klass)
    giltiga: dict[str, Any] = {}
    for nyckel, varde in varden.items():
        plats = Plats(FILNAMN, cell=f"{namn}.{nyckel}")
        if nyckel not in typer:
            problem.fel(
                f"Okänd inställning {namn}.{nyckel}.",
                plats,
                f"Giltiga inställningar i [{namn}]: {', '.join(typer)}.",
            )
        elif (tolkat := _tolka(varde, typer[nyckel])) is not None:
            giltiga[nyckel] = tolkat
        else:
            problem.fel(
                f"{namn}.{nyckel} har fel sorts värde: {varde!r}.",
                plats,
                f"Skriv {_beskriv_typ(typer[nyckel])}.",
            )
    return klass(**giltiga)


def _tolka(varde: Any, typ: Any) -> Any:
    """The value if it fits the annotated type (int accepted for float), else None."""
    if typing.get_origin(typ) is tuple:  # tuple[str, ...]: a TOML list of texts
        if isinstance(varde, list) and all(isinstance(v, str) for v in varde):
            return tuple(varde)
        return None
    tillatna = typing.get_args(typ) if isinstance(typ, types.UnionType) else (typ,)
    for tillaten in tillatna:
        if tillaten is bool and isinstance(varde, bool):
            return varde
        if tillaten is int and isinstance(varde, int) and not isinstance(varde, bool):
            return varde
        if tillaten is float and isinstance(varde, int | float) and not isinstance(varde, bool):
            return float(varde)
        if tillaten is str and isinstance(varde, str):
            return varde
    return None


def _beskriv_typ(typ: Any) -> str:
    if typing.get_origin(typ) is tuple:
        return 'en lista med texter inom hakparenteser, t.ex. ["Ekonomisk analys", "1283"]'
    tillatna = typing.get_args(typ) if isinstance(typ, types.UnionType) else (typ,)
    ord_ = {
        bool: "true eller false",
        int: "ett heltal",
        float: "ett tal, t.ex. 0.8",
        str: "en text inom citattecken",
    }
    return " eller ".join(ord_[t] for t in tillatna if t in ord_)


def _statusvisning(varden: Any, problem: Problemlista) -> dict[Status, Statusvisning]:
    visning = dict(STANDARDVISNING)
    if not _ar_tabell(varden, "status", problem):
        return visning
    for nyckel, installning in varden.items():
        if nyckel not in STATUSNYCKLAR:
            problem.fel(
                f"Okänd status [status.{nyckel}].",
                Plats(FILNAMN, cell=f"status.{nyckel}"),
                f"Giltiga: {', '.join(f'[status.{k}]' for k in STATUSNYCKLAR)}.",
            )
            continue
        if not _ar_tabell(installning, f"status.{nyckel}", problem):
            continue
        status = STATUSNYCKLAR[nyckel]
        egna = dataclasses.asdict(_avsnitt(_Valfri, f"status.{nyckel}", installning, problem))
        visning[status] = dataclasses.replace(
            STANDARDVISNING[status], **{k: v for k, v in egna.items() if v is not None}
        )
    return visning


@dataclass(frozen=True)
class _Valfri:
    """The keys of a [status.X] table, each optional (missing ones keep the default)."""

    etikett: str | None = None
    symbol: str | None = None
    farg: str | None = None


def _kontrollera(installningar: Installningar, arbetsyta: Path, problem: Problemlista) -> None:
    """Checks of values beyond their type."""

    def fel(nyckel: str, meddelande: str, tips: str) -> None:
        problem.fel(meddelande, Plats(FILNAMN, cell=nyckel), tips)

    kommun, plan, regler = installningar.kommun, installningar.plan, installningar.bedomning
    if kommun.kod is not None and not re.fullmatch(r"\d{4}", kommun.kod):
        fel(
            "kommun.kod",
            f"Kommunkoden ”{kommun.kod}” har inte fyra siffror.",
            'Skriv kommunkoden inom citattecken, t.ex. kod = "0180".',
        )
    if kommun.logotyp is not None and not (arbetsyta / kommun.logotyp).is_file():
        fel(
            "kommun.logotyp",
            f"Logotypen {kommun.logotyp} finns inte.",
            "Skriv sökvägen till en PNG- eller SVG-fil, räknat från mappen där planer.toml ligger.",
        )
    if plan.ar is not None and not 1900 <= plan.ar <= 2100:
        fel(
            "plan.ar",
            f"Planåret {plan.ar} är inget rimligt årtal.",
            "Skriv året med fyra siffror, t.ex. 2027.",
        )
    if not 1 <= plan.planperiod <= 10:
        fel(
            "plan.planperiod",
            f"Planperioden {plan.planperiod} år är orimlig.",
            "Skriv ett antal år från 1 till 10, oftast 3.",
        )
    for nyckel in ("delvis_andel", "mal_andel"):
        if not 0 < getattr(regler, nyckel) <= 1:
            fel(
                f"bedomning.{nyckel}",
                f"bedomning.{nyckel} måste ligga mellan 0 och 1.",
                "Skriv en andel som decimaltal med punkt, t.ex. 0.8 för 80 %.",
            )
    if regler.mal_regel not in MALREGLER:
        fel(
            "bedomning.mal_regel",
            f"Okänd målregel ”{regler.mal_regel}”.",
            f"Skriv en av: {', '.join(MALREGLER)}.",
        )
    _kontrollera_kolada(installningar.kolada, fel)
    avsnitt = [a.strip() for a in installningar.inrapportering.textavsnitt]
    if any(not a for a in avsnitt) or len({a.casefold() for a in avsnitt}) < len(avsnitt):
        fel(
            "inrapportering.textavsnitt",
            "inrapportering.textavsnitt har en tom rubrik eller samma rubrik två gånger.",
            'Skriv varje rubrik en gång, t.ex. ["Viktiga händelser", "Förväntad utveckling"].',
        )
    for status, visning in installningar.status.items():
        nyckel = next(k for k, s in STATUSNYCKLAR.items() if s is status)
        if not re.fullmatch(r"#[0-9a-fA-F]{6}", visning.farg):
            fel(
                f"status.{nyckel}.farg",
                f"Färgen ”{visning.farg}” är ingen färgkod.",
                'Skriv en färg som #RRGGBB, t.ex. "#176f31".',
            )
        elif (kontrast := _kontrast(visning.farg, TABELLHUVUD)) < MINSTA_KONTRAST:
            kvot = f"{kontrast:.1f}".replace(".", ",")
            problem.varning(
                f"Färgen {visning.farg} har kontrasten {kvot}:1 mot tabellhuvudets bakgrund; "
                "tillgänglighetskraven (WCAG 2.1 AA) kräver minst 4,5:1.",
                Plats(FILNAMN, cell=f"status.{nyckel}.farg"),
                'Välj en mörkare färg, t.ex. "#176f31" (grön) eller "#845800" (brun).',
            )


# Status text stands on white and on table headers (stil.css --tabellhuvud), the darker.
TABELLHUVUD = "#e9eef3"
MINSTA_KONTRAST = 4.5  # WCAG 2.1 AA, normal text


def _kontrast(farg: str, bakgrund: str) -> float:
    """The WCAG 2.1 contrast ratio of two #RRGGBB colours."""

    def luminans(rgb: str) -> float:
        kanaler = (int(rgb[i : i + 2], 16) / 255 for i in (1, 3, 5))
        linjara = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in kanaler]
        return 0.2126 * linjara[0] + 0.7152 * linjara[1] + 0.0722 * linjara[2]

    ljus, mork = sorted((luminans(farg), luminans(bakgrund)), reverse=True)
    return (ljus + 0.05) / (mork + 0.05)


def _kontrollera_kolada(kolada: Kolada, fel: Callable[[str, str, str], None]) -> None:
    if not re.fullmatch(r"https?://[^\s/]+(/\S*)?", kolada.adress):
        fel(
            "kolada.adress",
            f"Adressen ”{kolada.adress}” är ingen webbadress.",
            'Skriv adressen till Koladas API, t.ex. adress = "https://api.kolada.se/v3".',
        )
    if kolada.grupp is not None and not re.fullmatch(r"[A-Za-z0-9_-]+", kolada.grupp):
        fel(
            "kolada.grupp",
            f"Gruppen ”{kolada.grupp}” är inget id för en kommungrupp i Kolada.",
            'Skriv gruppens id från Kolada, t.ex. grupp = "G124035".',
        )
    for kod in kolada.kommuner:
        if not re.fullmatch(r"\d{4}", kod) or kod == RIKET:
            fel(
                "kolada.kommuner",
                f"”{kod}” är ingen kommunkod."
                + (" Riket jämförs alltid och ska inte stå här." if kod == RIKET else ""),
                'Skriv fyrsiffriga kommunkoder inom citattecken, t.ex. kommuner = ["1283"].',
            )
