"""Property tests (Hypothesis): random workbooks never crash reading or `planer kontrollera`,
every model that validates builds every document, and no goal or measure is lost on the way.

Workbooks are written with openpyxl, as in the other tests, and read by the real pipeline.
Each example gets its own temporary folder: pytest's tmp_path is shared by all examples.
"""

from __future__ import annotations

import datetime
import re
import tempfile
from pathlib import Path

import pytest
from click.testing import CliRunner
from conftest import GRUND, TOML, skriv_arbetsbok
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader
from test_bygg import docx_text, html_text, normalisera, pdf_text

from planer import las_arbetsyta
from planer.bygg import bestallning, bygg
from planer.bygg.bestallning import jobb
from planer.cli import main
from planer.lasning.rader import EXCELS_LANGSTA_TEXT
from planer.lasning.schema import FLIKTYPER
from planer.lasning.varden import normalisera_namn
from planer.modell.objekt import Period
from planer.problem import PlanerFel

# No example database (database=None): every run starts from nothing, so a result never
# depends on what earlier runs on the same machine happened to find. In CI the draws are
# derandomized (the "ci" profile in conftest.py): the same examples every run, so a new
# random draw never turns CI red by surprise; elsewhere every run explores new ones. A
# failure prints the shrunk example and a @reproduce_failure blob; a bug worth keeping
# becomes an @example below. (Hypothesis still keeps caches in .hypothesis/.) No deadline:
# a build takes seconds. The examples are whole workbooks, large and slow to make by design.
INSTALLNING = settings(
    database=None,
    deadline=None,
    print_blob=True,
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.large_base_example,
    ],
)

# --- text and cell values --------------------------------------------------------------

# What openpyxl cannot put in a cell: C0 control characters but tab, LF and CR, and the
# non-characters U+FFFE and U+FFFF. Excel itself writes control characters as `_xHHHH_`
# escapes, which python-calamine decodes; so they are generated that way.
_EJ_SKRIVBARA = "".join(map(chr, [*range(0x09), 0x0B, 0x0C, *range(0x0E, 0x20), 0xFFFE, 0xFFFF]))
_INTE_I_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")
_EXCEL_STYRTECKEN = [f"_x{kod:04X}_" for kod in (0x00, 0x01, 0x07, 0x0B, 0x0C, 0x1B, 0x1F)]
_KNEPIGA = [
    *("😀", "👩‍👩‍👧", "🇸🇪", "שלום", "مرحبا", "\u202e", "\u200f", "\u200b", "\u00ad", "\u00a0"),
    *("\u2028", "e\u0301", "ﬁ", "\t", "\n", "\r\n", "  ", "&amp;", "<b>", "{{ x }}", "{%"),
    *("]]>", '"', "'", "\\", "−12,5 %", "\u0085", "\x7f", "\x9b"),
]
_ORD = [
    *("Alla", "barn", "ska", "lyckas", "i", "skolan", "Andel", "elever", "med", "lokaler"),
    *("gymnasiebehörighet", "Energianvändning", "kommunala", "Nöjda", "medborgare"),
    *("Trygghet", "Äldreomsorg", "öka", "minska", "hållbar", "ekonomi", "Ärende"),
]

tecken = st.characters(codec="utf-8", exclude_characters=_EJ_SKRIVBARA)
_ett_ord = st.one_of(
    st.sampled_from(_ORD),
    st.text(tecken, min_size=1, max_size=12),
    st.sampled_from(_KNEPIGA + _EXCEL_STYRTECKEN),
)
_mellanrum = st.sampled_from([" ", " ", " ", "  ", "\n", "\t", "\u00a0", "\r\n", ""])


def fritext(
    ord_: st.SearchStrategy[str] = _ett_ord, max_ord: int = 8, lang: bool = True
) -> st.SearchStrategy[str]:
    """Words and white space; now and then the same text many times over (a very long text)."""
    text = st.lists(st.tuples(ord_, _mellanrum), min_size=1, max_size=max_ord).map(
        lambda delar: "".join(o + m for o, m in delar)
    )
    if not lang:
        return text
    langa = st.tuples(text, st.integers(50, 400)).map(lambda t: t[0] * t[1])
    return st.one_of(*[text] * 9, langa)


def _som_last(text: str) -> str:
    """A text cell as the reader keeps it: cut at Excel's limit as openpyxl writes it, Excel's
    escapes decoded, the control characters XML cannot hold removed, stripped."""
    skrivet = text[:EXCELS_LANGSTA_TEXT]
    return _INTE_I_XML.sub("", _avkoda_excel(skrivet).strip()).strip()


def _giltig_text(text: str) -> bool:
    """Not empty as read, and not a formula to openpyxl (which writes `=…` as one)."""
    return bool(_som_last(text)) and not text.startswith("=")


texter = fritext().filter(_giltig_text)
svenska_texter = fritext(
    st.sampled_from([*_ORD, "&", "<", '"', "–", "%", "12,5"]), 6, lang=False
).filter(str.strip)

# Words and numbers of the contract and of GRUND, so random cells often still mean something.
KANDA_VARDEN = [
    *("KF", "BUN", "BUF", "BUF-A", "BOL", "INV", "EKO", "KF-1", "BUN-1", "BUF-A-1", "KF-2"),
    *("M1", "M2", "M3", "A1", "U1", "Invånare", "Kommunfullmäktige", "Nämnd", "Förvaltning"),
    *("Enhet", "Bolag", "Styrelse", "Högre är bättre", "Lägre", "↑", "↓", "Pågår", "Klar"),
    *("Slutfört", "Intäkt", "Kostnad", "Uppfyllt", "Delvis", "Ej uppfyllt", "Styrkort"),
    *("Delårsrapport", "2025", "2026-T1", "2026 T2", "T1 2026", "2026-T3", "2026-T9", "1899"),
    *("2101", "12,5", "1 234", "−3", "85 %", "max 160", "≥ 85", "ca 85", "Ej mätt", "1e400"),
    *("-0", "0,0001", "1, 17", "0", "18", "4;10", "2026-02-30", "2026-03-31", "%", "inf"),
]

cellvarden = st.one_of(
    st.none(),
    st.sampled_from(["", "   ", "\n"]),
    fritext(),
    st.text(tecken, max_size=30),
    st.sampled_from(KANDA_VARDEN),
    st.integers(-(10**30), 10**30),
    st.sampled_from([10**300, -(10**300), 2**53 + 1]),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(),
    st.datetimes(),
    st.times(),
    st.timedeltas(min_value=datetime.timedelta(0), max_value=datetime.timedelta(days=9999)),
)


def _avkoda_excel(text: str) -> str:
    """What python-calamine makes of Excel's `_xHHHH_` escapes."""
    return re.sub(r"_x([0-9A-Fa-f]{4})_", lambda m: chr(int(m[1], 16)), text)


def skriv_arbetsyta(katalog: Path, bocker: dict[str, dict[str, list[list]]], toml: str) -> Path:
    (katalog / "planer.toml").write_text(toml, encoding="utf-8")
    for namn, flikar in bocker.items():
        skriv_arbetsbok(katalog / "indata" / namn, flikar)
    return katalog


def kontrollera_utan_krasch(katalog: Path):
    """Reading and `planer kontrollera` give a model or problems, never an exception."""
    inlasning = las_arbetsyta(katalog)
    assert (inlasning.modell is None) == inlasning.problem.har_fel
    assert all(p.meddelande.strip() for p in inlasning.problem)
    resultat = CliRunner().invoke(main, ["kontrollera", "--katalog", str(katalog)])
    assert resultat.exception is None or isinstance(resultat.exception, SystemExit), (
        resultat.exception
    )
    assert resultat.exit_code == (1 if inlasning.problem.har_fel else 0), resultat.output
    assert "Traceback" not in resultat.output
    return inlasning


# --- 1. workbooks of the contract's shape with random cells ----------------------------

_FLIKALIAS = ["Målområden", "Indikatorer", "MÅL", " mätetal ", "Matetal", "Okänd flik"]
_ATGARDER = ["cell"] * 8 + ["ny rad", "ta bort", "kopiera", "rubrik", "titel", "flik", "bok"]


@st.composite
def muterad_grund(draw) -> dict[str, dict[str, list[list]]]:
    """GRUND with a few cells, rows, headers or sheets changed at random: workbooks."""
    flikar = {namn: [list(rad) for rad in rader] for namn, rader in GRUND.items()}
    andra: dict[str, list[list]] = {}  # sheets in a second workbook
    for _ in range(draw(st.integers(1, 8))):
        if not flikar:
            break
        namn = draw(st.sampled_from(sorted(flikar)))
        rader = flikar[namn]
        atgard = draw(st.sampled_from(_ATGARDER))
        bredd = len(rader[0]) if rader else 1
        if atgard == "cell" and len(rader) > 1:
            rad = rader[draw(st.integers(1, len(rader) - 1))]
            kolumn = draw(st.integers(0, bredd))  # one past the header: a cell without a column
            rad.extend([None] * (kolumn + 1 - len(rad)))
            rad[kolumn] = draw(cellvarden)
        elif atgard == "ny rad":
            ny = draw(st.lists(cellvarden, max_size=bredd))
            rader.insert(draw(st.integers(1, len(rader))), ny)
        elif atgard == "ta bort" and len(rader) > 1:
            del rader[draw(st.integers(1, len(rader) - 1))]
        elif atgard == "kopiera" and len(rader) > 1:
            rader.append(list(rader[draw(st.integers(1, len(rader) - 1))]))
        elif atgard == "rubrik" and rader:
            kolumn = draw(st.integers(0, bredd - 1))
            gammal = rader[0][kolumn]
            stavningar = [str(gammal).upper(), f"  {gammal} ", *rader[0], None]
            rader[0][kolumn] = draw(st.sampled_from(stavningar) | cellvarden)
        elif atgard == "titel":  # a title or empty row above the header
            rader.insert(
                0, draw(st.sampled_from([[None], [f"{namn} 2026"]]) | st.lists(cellvarden))
            )
        elif atgard == "flik":
            nytt = draw(st.sampled_from(_FLIKALIAS) | st.none())
            del flikar[namn]
            if nytt is not None and nytt not in flikar:
                flikar[nytt] = rader
        elif atgard == "bok":  # moved to another workbook, or there as well (twice: an error)
            andra[namn] = [list(rad) for rad in rader]
            if draw(st.booleans()):
                del flikar[namn]
    bocker = {"styrning.xlsx": flikar}
    if andra:
        bocker["ekonomi.xlsx"] = andra
    return bocker


def _grund_med(flik: str, rader: list[list]) -> dict[str, dict[str, list[list]]]:
    return {"styrning.xlsx": {**GRUND, flik: rader}}


@settings(INSTALLNING, max_examples=100)
@given(bocker=muterad_grund())
# An Utfall or Målvärden row in long form without its Mätetal.
@example(bocker=_grund_med("Utfall", [*GRUND["Utfall"], [None, "2026", 5, None]]))
@example(bocker=_grund_med("Målvärden", [["Mätetal", "År", "Målvärde"], [None, 2026, 88]]))
def test_slumpade_celler_kraschar_aldrig(bocker):
    """GRUND with random cells, rows, headers and sheets: a model or problems, no crash."""
    with tempfile.TemporaryDirectory() as tmp:
        kontrollera_utan_krasch(skriv_arbetsyta(Path(tmp), bocker, TOML))


_ID_POOL = ["KF", "A", "B", "A-1", "M1", "1", "2026", " KF "]


@st.composite
def slumpade_rader(draw) -> dict[str, list[list]]:
    """Every sheet of the contract with all its columns, and rows of random cells."""
    cell = st.one_of(st.sampled_from(_ID_POOL), cellvarden)
    flikar = {}
    for typ in FLIKTYPER:
        rubriker: list = [k.namn for k in typ.kolumner]
        if typ.bred_form and draw(st.booleans()):
            rubriker = [typ.bred_form.nyckel.namn, *draw(st.lists(cell, min_size=1, max_size=3))]
        rad = st.lists(cell, min_size=len(rubriker), max_size=len(rubriker))
        rader = draw(st.lists(rad, max_size=4))
        flikar[typ.namn] = [rubriker, *rader]
    return flikar


@settings(INSTALLNING, max_examples=60)
@given(flikar=slumpade_rader())
def test_slumpade_rader_kraschar_aldrig(flikar):
    """The contract's headers over rows of random cells: a model or problems, no crash."""
    with tempfile.TemporaryDirectory() as tmp:
        kontrollera_utan_krasch(skriv_arbetsyta(Path(tmp), {"styrning.xlsx": flikar}, TOML))


# --- 2 and 3. valid random models build, and lose nothing -------------------------------

_NIVAER = {
    0: ["Kommunfullmäktige", "KF", "fullmäktige"],
    1: ["Nämnd", "Styrelse", "Kommunstyrelse", "Bolag", "NÄMND"],
    2: ["Förvaltning", " förvaltning "],
    3: ["Enhet", "Avdelning", "Verksamhet"],
}
_RIKTNINGAR = ["Högre är bättre", "Lägre är bättre", "Högre", "Lägre", "↑", "↓", "högre"]
_AKTIVITETSSTATUS = ["Ej påbörjad", "Pågår", "Klar", "Försenad", "Avbruten", "påbörjad"]
_UPPDRAGSSTATUS = ["Ej påbörjat", "Pågår", "Slutfört", "Avslutat", "Klart"]
_BEDOMNINGAR = ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", "Delvis"]
_DOKUMENT = ["Verksamhetsplan", "Mål och budget", "Delårsrapport", "Årsredovisning", "Styrkort"]
_ENHETER = ["%", "kWh/m²", "antal", "kr", "dagar", "", " % "]
AR = st.integers(2022, 2029)
DATUM = st.dates(datetime.date(1900, 3, 1))  # Excel's dates; earlier ones do not read back

_OSYNLIGA = re.compile("[\u200b-\u200d\u2060\ufeff]")


def _giltigt_id(text: str) -> bool:
    """Read back as itself: no escapes, nothing to strip or remove, not a formula."""
    return bool(text) and text == _OSYNLIGA.sub("", _som_last(text)) and text[0] != "="


ids = st.one_of(
    st.text(st.sampled_from("ABCKLMNSTUÅÄÖabcö0123456789-_./: "), min_size=1, max_size=6),
    st.text(tecken, min_size=1, max_size=4),
).filter(_giltigt_id)


def unika_ids(antal: int):
    """Ids that differ in more than case, as the contract wants: a repeated one gets a suffix."""

    def unika(forslag: list[str]) -> list[str]:
        sedda: set[str] = set()
        resultat = []
        for i, id_ in enumerate(forslag):
            while id_.casefold() in sedda:
                id_ += f"~{i}"
            sedda.add(id_.casefold())
            resultat.append(id_)
        return resultat

    return st.lists(ids, min_size=antal, max_size=antal).map(unika)


def tal_i_cell() -> st.SearchStrategy:
    """A valid number as a cell holds it: a number (any finite float), or Swedish text."""
    return st.one_of(
        st.integers(-(10**6), 10**6),
        st.floats(-1e7, 1e7, allow_nan=False),
        st.floats(allow_nan=False, allow_infinity=False),
        st.decimals(-(10**5), 10**5, places=2).map(lambda d: f"{d}".replace(".", ",")),
        st.integers(0, 10**6).map(lambda n: f"{n:,}".replace(",", " ")),
        st.integers(0, 100).map(lambda n: f"{n} %"),
    )


def _period_text(period: Period, draw) -> object:
    if period.tertial is None:
        return draw(st.sampled_from([period.ar, str(period.ar)]))
    ar, t = period.ar, period.tertial
    return draw(st.sampled_from([f"{ar}-T{t}", f"{ar} T{t}", f"T{t} {ar}", f"{ar}t{t}"]))


def _toml_strang(text: str) -> str:
    """A TOML basic string."""
    delar = []
    for tecken_ in text:
        if tecken_ in '"\\':
            delar.append("\\" + tecken_)
        elif ord(tecken_) < 0x20 or tecken_ == "\x7f":
            delar.append(f"\\u{ord(tecken_):04X}")
        else:
            delar.append(tecken_)
    return '"' + "".join(delar) + '"'


@st.composite
def giltig_kommun(draw, text=texter, max_org: int = 5, max_mal: int = 8):
    """A valid workspace: (workbooks, planer.toml, the goals as written: id → dict)."""
    antal_org = draw(st.integers(1, max_org))
    org_ids = draw(unika_ids(antal_org))
    djup = {org_ids[0]: 0}
    organisation = [["Id", "Namn", "Nivå", "Överordnad", "Ansvarig", "Uppdrag"]]
    foralder: dict[str, str | None] = {org_ids[0]: None}
    for i, org_id in enumerate(org_ids):
        if i:
            foralder[org_id] = draw(st.sampled_from(org_ids[:i]))
            djup[org_id] = djup[foralder[org_id]] + 1
        organisation.append(
            [
                org_id,
                draw(text),
                draw(st.sampled_from(_NIVAER[min(djup[org_id], 3)])),
                foralder[org_id],
                draw(st.none() | text),
                draw(st.none() | text),
            ]
        )

    perspektiv_ids = draw(unika_ids(draw(st.integers(1, 3))))
    perspektiv = [["Id", "Namn", "Beskrivning", "Ordning"]] + [
        [p, draw(text), draw(st.none() | text), draw(st.none() | st.integers(0, 1000))]
        for p in perspektiv_ids
    ]

    def anor(org_id: str) -> list[str]:
        kedja = []
        while (org_id := foralder[org_id]) is not None:
            kedja.append(org_id)
        return kedja

    mal_ids = draw(unika_ids(draw(st.integers(0, max_mal))))
    mal_per_org = sorted(
        ((draw(st.sampled_from(org_ids)), m) for m in mal_ids), key=lambda t: org_ids.index(t[0])
    )
    mal: dict[str, dict] = {}
    mal_flik: list[list] = [["Id", "Organisation", "Perspektiv", "Överordnat mål", "Mål"]]
    mal_flik[0] += ["Beskrivning", "Agenda 2030", "Från år", "Till år"]
    for org_id, mal_id in mal_per_org:  # owners in tree order: ancestors' goals exist first
        ovanfor = [m for m, g in mal.items() if g["organisation"] in anor(org_id)]
        fran, till = draw(st.none() | AR), draw(st.none() | AR)
        if fran is not None and till is not None and till < fran:
            fran, till = till, fran
        mal[mal_id] = {"organisation": org_id, "text": draw(text), "fran": fran, "till": till}
        mal_flik.append(
            [
                mal_id,
                org_id,
                _perspektiv_referens(draw, perspektiv),
                draw(st.none() | st.sampled_from(ovanfor)) if ovanfor else None,
                mal[mal_id]["text"],
                draw(st.none() | text),
                draw(st.none() | st.lists(st.integers(1, 17), max_size=3).map(_agenda)),
                fran,
                till,
            ]
        )

    matetal_ids = draw(unika_ids(draw(st.integers(0, 10)))) if mal else []
    matetal = [["Id", "Mål", "Namn", "Enhet", "Riktning", "Kolada", "Källa", "Decimaler"]]
    for m in matetal_ids:
        mal_id = draw(st.sampled_from(list(mal)))
        namn = draw(text)
        mal[mal_id].setdefault("matetal", []).append(namn)
        matetal.append(
            [
                m,
                mal_id,
                namn,
                draw(st.sampled_from(_ENHETER) | text),
                draw(st.sampled_from(_RIKTNINGAR)),
                draw(st.none() | st.just("N00945")),
                draw(st.none() | text),
                draw(st.none() | st.integers(0, 6)),
            ]
        )

    perioder = [Period(a) for a in range(2022, 2028)] + [
        Period(a, t) for a in range(2023, 2028) for t in (1, 2)
    ]
    malvarden = _tabell(
        draw,
        "År",
        "Målvärde",
        {m: draw(st.dictionaries(AR, tal_i_cell(), max_size=4)) for m in matetal_ids},
        lambda ar: ar,
    )
    utfallsvarde = tal_i_cell() | st.sampled_from(["Ej mätt", "Uppgift saknas", "ca 85"])
    utfall = _tabell(
        draw,
        "Period",
        "Värde",
        {
            m: draw(st.dictionaries(st.sampled_from(perioder), utfallsvarde, max_size=5))
            for m in matetal_ids
        },
        lambda p: _period_text(p, draw),
        kommentar=st.none() | text,
    )

    aktiviteter = [["Id", "Organisation", "Mål", "Aktivitet", "Ansvarig", "Start", "Slut"]]
    aktiviteter[0] += ["Status", "Kommentar"]
    for akt_id in draw(
        st.lists(st.none() | ids, max_size=3, unique_by=lambda a: a.casefold() if a else object())
    ):
        org_id = draw(st.sampled_from(org_ids))
        egna = [m for m, g in mal.items() if g["organisation"] == org_id]
        start, slut = sorted(draw(st.lists(DATUM, min_size=2, max_size=2)))
        aktiviteter.append(
            [
                akt_id,
                org_id,
                draw(st.none() | st.sampled_from(egna)) if egna else None,
                draw(text),
                draw(st.none() | text),
                draw(st.none() | st.just(start)),
                draw(st.none() | st.just(slut)),
                draw(st.sampled_from(_AKTIVITETSSTATUS)),
                draw(st.none() | text),
            ]
        )

    uppdrag = [["Id", "Organisation", "Uppdragsgivare", "År", "Uppdrag", "Status", "Kommentar"]]
    for u in draw(unika_ids(draw(st.integers(0, 2)))):
        uppdrag.append(
            [
                u,
                draw(st.sampled_from(org_ids)),
                draw(st.none() | st.sampled_from(org_ids)),
                draw(AR),
                draw(text),
                draw(st.sampled_from(_UPPDRAGSSTATUS)),
                draw(st.none() | text),
            ]
        )

    ekonomi = [["Organisation", "År", "Period", "Post", "Typ", "Budget", "Utfall", "Prognos"]]
    nycklar = set()
    for _ in range(draw(st.integers(0, 4))):
        org_id, ar = draw(st.sampled_from(org_ids)), draw(AR)
        period = draw(st.none() | st.sampled_from([f"{ar}-T1", f"{ar}-T2", str(ar)]))
        post, typ = (
            draw(text),
            draw(st.sampled_from(["Intäkt", "Kostnad", "Intäkter", "Kostnader"])),
        )
        helar = period in (None, str(ar))
        nyckel = (org_id, None if helar else period, ar, normalisera_namn(_som_last(post)), typ[0])
        if nyckel in nycklar:
            continue
        nycklar.add(nyckel)
        belopp = [
            draw(tal_i_cell()),
            *draw(st.lists(st.none() | tal_i_cell(), min_size=2, max_size=2)),
        ]
        ekonomi.append([org_id, ar, period, post, typ, *belopp])

    investeringar = [["Organisation", "År", "Projekt", "Budget", "Utfall", "Prognos"]]
    investeringar[0].append("Kommentar")
    for _ in range(draw(st.integers(0, 2))):
        belopp = [
            draw(tal_i_cell()),
            *draw(st.lists(st.none() | tal_i_cell(), min_size=2, max_size=2)),
        ]
        investeringar.append(
            [draw(st.sampled_from(org_ids)), draw(AR), draw(text), *belopp, draw(st.none() | text)]
        )

    texter_ = [["Organisation", "Period", "Mål", "Rubrik", "Text", "Bedömning"]]
    analyser = set()
    for _ in range(draw(st.integers(0, 3))):
        period = draw(st.sampled_from(perioder))
        mal_id = draw(st.none() | st.sampled_from(list(mal))) if mal else None
        if mal_id is not None and (mal_id, period) in analyser:
            continue
        analyser.add((mal_id, period))
        texter_.append(
            [
                draw(st.sampled_from(org_ids)),
                _period_text(period, draw),
                mal_id,
                draw(text) if mal_id is None else draw(st.none() | text),
                draw(text),
                draw(st.none() | st.sampled_from(_BEDOMNINGAR)) if mal_id else None,
            ]
        )

    sammantraden: list[list] = [["Organisation", "Datum", "Ärende", "Dokument", "Period"]]
    sammantraden[0] += ["Diarienummer", "Förslag till beslut", "Handläggare"]
    for _ in range(draw(st.integers(0, 1))):
        sammantraden.append(
            [
                draw(st.sampled_from(org_ids)),
                draw(DATUM),
                draw(text),
                draw(st.sampled_from(_DOKUMENT)),
                _period_text(draw(st.sampled_from(perioder)), draw),
                *draw(st.lists(st.none() | text, min_size=3, max_size=3)),
            ]
        )

    flikar = {
        "Organisation": organisation,
        "Perspektiv": perspektiv,
        "Mål": mal_flik,
        "Mätetal": matetal,
        "Målvärden": malvarden,
        "Utfall": utfall,
        "Aktiviteter": aktiviteter,
        "Uppdrag": uppdrag,
        "Ekonomi": ekonomi,
        "Investeringar": investeringar,
        "Texter": texter_,
        "Sammanträden": sammantraden,
    }
    # Sheets are found by name in any workbook: split them over one to three.
    bocker: dict[str, dict[str, list[list]]] = {}
    for namn, rader in flikar.items():
        bok = draw(st.sampled_from(["styrning.xlsx", "matetal.xlsx", "ekonomi.xlsx"]))
        bocker.setdefault(bok, {})[namn] = rader
    plan_ar = draw(st.none() | AR)
    toml = (
        f"[kommun]\nnamn = {_toml_strang(draw(text))}\n\n[plan]\n"
        + (f"ar = {plan_ar}\n" if plan_ar else "")
        + f"planperiod = {draw(st.integers(1, 10))}\n\n[bedomning]\n"
        + f'mal_regel = "{draw(st.sampled_from(["andel", "samsta", "medel"]))}"\n'
    )
    return bocker, toml, mal


def _perspektiv_referens(draw, perspektiv: list[list]) -> str:
    """A perspective's id, or its name where no other perspective has that name or id."""
    p_id, namn = draw(st.sampled_from([rad[:2] for rad in perspektiv[1:]]))
    som_namn = normalisera_namn(_som_last(namn))
    andra = [
        normalisera_namn(_som_last(r[i])) for r in perspektiv[1:] if r[0] != p_id for i in (0, 1)
    ]
    ids_ = {r[0] for r in perspektiv[1:]}
    if som_namn in andra or _som_last(namn) in ids_ or not draw(st.booleans()):
        return p_id
    return namn


def _agenda(nummer: list[int]) -> str | None:
    return ", ".join(map(str, nummer)) or None


def _tabell(draw, rubrik: str, varde: str, data: dict, skriv, kommentar=None) -> list[list]:
    """Målvärden or Utfall in long form, or (without comments) in wide form."""
    if kommentar is None or draw(st.booleans()):
        nycklar = sorted({k for per in data.values() for k in per})
        if draw(st.booleans()) and nycklar:
            bred = [["Mätetal", *(skriv(k) for k in nycklar)]]
            return bred + [[m, *(per.get(k) for k in nycklar)] for m, per in data.items()]
    lang = [["Mätetal", rubrik, varde] + (["Kommentar"] if kommentar is not None else [])]
    for m, per in data.items():
        for k, v in per.items():
            lang.append([m, skriv(k), v] + ([draw(kommentar)] if kommentar is not None else []))
    return lang


def som_i_dokumentet(skrivet: str) -> str:
    """A cell's text as a document shows it, white space collapsed as test_bygg's readers do."""
    return normalisera(_som_last(skrivet))


def las_giltig(katalog: Path, mal: dict[str, dict]):
    """The workspace validates, and its model has every goal and measure, texts as written."""
    inlasning = kontrollera_utan_krasch(katalog)
    modell = inlasning.modell
    assert modell is not None, [str(p) for p in inlasning.problem]
    assert {m: g.text for m, g in modell.mal.items()} == {
        m: _som_last(g["text"]) for m, g in mal.items()
    }
    assert sorted(m.namn for m in modell.matetal.values()) == sorted(
        _som_last(namn) for g in mal.values() for namn in g.get("matetal", [])
    )
    return inlasning


def bygg_alla(katalog: Path, inlasning, format_: tuple[str, ...]):
    """Every document type for every body, in the formats asked for; none may fail."""
    try:
        val = bestallning(inlasning, format=format_)
    except PlanerFel:  # too few outcomes to choose the periods: name them, as a user would
        val = bestallning(inlasning, format=format_, ar=2026, period=Period(2026, 2))
    resultat = bygg(inlasning, val, arbetare=1)
    fel = [(h.jobb.dokumenttyp, h.jobb.org_id, h.fel) for h in resultat.misslyckade]
    assert not fel, fel
    alla = jobb(inlasning, val, katalog / "utdata")
    filer = [f for j in alla for f in j.filer]
    assert len(filer) == len(set(filer)) == len(resultat.byggda)
    assert all(f.is_file() for f in filer)
    return alla


def saknade_texter(alla, mal: dict[str, dict], lasare: dict) -> list[tuple]:
    """Goal texts and measure names missing from their body's documents.

    As test_bygg asserts: every document type shows each of the body's own goals that
    is valid in the document's year (Från år/Till år), with each of its measures.
    """
    saknas = []
    for j in alla:
        egna = [
            g
            for g in mal.values()
            if g["organisation"] == j.org_id
            and (g["fran"] is None or g["fran"] <= j.period.ar)
            and (g["till"] is None or j.period.ar <= g["till"])
        ]
        for format_, fil in zip(j.format, j.filer, strict=True):
            text = lasare[format_](fil)  # opens it: python-docx, pypdf or the HTML parser
            for sokt in (t for g in egna for t in (g["text"], *g.get("matetal", []))):
                vantat = som_i_dokumentet(sokt)
                if format_ == "pdf":
                    vantat = re.sub(r"\s+", "", vantat)
                if vantat not in text:
                    saknas.append((j.dokumenttyp, j.org_id, format_, sokt))
    return saknas


def _liten_kommun(org_namn: str, mal_text: str, matetal_namn: str, decimaler: int, tal: float):
    """One body, one goal, one measure: for examples that must always be tried."""
    flikar = {
        "Organisation": [["Id", "Namn", "Nivå", "Överordnad"], ["KF", org_namn, "KF", None]],
        "Perspektiv": [["Id", "Namn"], ["P", "Invånare"]],
        "Mål": [["Id", "Organisation", "Perspektiv", "Mål"], ["M", "KF", "P", mal_text]],
        "Mätetal": [
            ["Id", "Mål", "Namn", "Enhet", "Riktning", "Decimaler"],
            ["X", "M", matetal_namn, "kr", "Högre", decimaler],
        ],
        "Målvärden": [["Mätetal", 2025, 2026], ["X", tal, tal]],
        "Utfall": [["Mätetal", "Period", "Värde"], ["X", "2025", tal], ["X", "2026-T2", -tal]],
    }
    mal = {"M": {"organisation": "KF", "text": mal_text, "fran": None, "till": None}}
    mal["M"]["matetal"] = [matetal_namn]
    return {"styrning.xlsx": flikar}, TOML, mal


# Random code points in a perspective's name have no glyph in the chart's font.
GLYFER_SAKNAS = pytest.mark.filterwarnings("ignore:Glyph .* missing from font:UserWarning")


@GLYFER_SAKNAS
@settings(INSTALLNING, max_examples=12)
@given(kommun=giltig_kommun())
# A name longer than Word's 255-character title; control characters as Excel writes them;
# a number too long for Babel's default 28 digits.
@example(kommun=_liten_kommun("Nämnden " * 40, "Mål_x0001_ ett_x000C_", "Tal_x001B_", 6, 1e22))
# A name longer than a cell can hold (found 2026-11-30, shared/fynd/egenskapstest-…): the
# writer cuts it at 32,767 characters; planer reads what was written and warns.
@example(kommun=_liten_kommun("KF", "Mål", "Energianvändning i kommunala lokaler " * 900, 1, 5))
def test_giltiga_modeller_byggs_utan_att_nagot_forsvinner(kommun):
    """A valid random model builds every document as .docx and HTML, and each shows its
    body's goal texts and measure names."""
    bocker, toml, mal = kommun
    with tempfile.TemporaryDirectory() as tmp:
        katalog = skriv_arbetsyta(Path(tmp), bocker, toml)
        alla = bygg_alla(katalog, las_giltig(katalog, mal), ("docx", "html"))
        saknas = saknade_texter(alla, mal, {"docx": docx_text, "html": html_text})
        assert not saknas, saknas[:5]


@GLYFER_SAKNAS
@settings(INSTALLNING, max_examples=3)
@given(kommun=giltig_kommun(text=svenska_texter, max_org=2, max_mal=3))
def test_giltiga_modeller_blir_pdf(kommun):
    """PDF is slow, so fewer and smaller models; texts that a PDF's text layer gives back."""
    bocker, toml, mal = kommun
    with tempfile.TemporaryDirectory() as tmp:
        katalog = skriv_arbetsyta(Path(tmp), bocker, toml)
        alla = bygg_alla(katalog, las_giltig(katalog, mal), ("pdf",))
        assert all(len(PdfReader(j.filer[0]).pages) >= 1 for j in alla)
        saknas = saknade_texter(alla, mal, {"pdf": pdf_text})
        assert not saknas, saknas[:5]
