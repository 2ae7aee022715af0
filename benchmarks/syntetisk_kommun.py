"""Synthetic municipality workspace for benchmarks and tests.

Writes planer.toml and indata/{styrning,matetal,ekonomi}.xlsx following the
input contract (INDATA.md). Deterministic for a given seed.

    python benchmarks/syntetisk_kommun.py KATALOG --organisationer 1000 --utfall 20000
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

from openpyxl import Workbook

# --- vocabulary -------------------------------------------------------------

PERSPEKTIV = [
    ("INV", "Invånare", "Välfärd och service för dem som bor & verkar i kommunen"),
    ("OMV", "Omvärld och miljö", "Hållbar samhällsutveckling, klimat och miljö"),
    ("ORG", "Organisation och medarbetare", "Attraktiv arbetsgivare med engagerade medarbetare"),
    ("EKO", "Ekonomi", "God ekonomisk hushållning"),
]

# (id, nämnd, förvaltning, unit types)
NAMNDER = [
    (
        "KS",
        "Kommunstyrelsen",
        "Kommunledningskontoret",
        ["Ekonomi", "HR", "Kommunikation", "IT", "Kansli", "Näringsliv"],
    ),
    (
        "BUN",
        "Barn- och utbildningsnämnden",
        "Utbildningsförvaltningen",
        ["Förskola", "Skola", "Fritidshem", "Elevhälsa"],
    ),
    (
        "SN",
        "Socialnämnden",
        "Socialförvaltningen",
        ["Hemtjänst", "Särskilt boende", "Individ- och familjeomsorg", "LSS-boende"],
    ),
    (
        "TN",
        "Tekniska nämnden",
        "Tekniska förvaltningen",
        ["Gata/park", "VA", "Fastighet", "Måltid"],
    ),
    (
        "KFN",
        "Kultur- och fritidsnämnden",
        "Kultur- och fritidsförvaltningen",
        ["Bibliotek", "Fritidsgård", "Simhall", "Kulturskola"],
    ),
    (
        "MBN",
        "Miljö- och byggnämnden",
        "Samhällsbyggnadsförvaltningen",
        ["Bygglov", "Miljötillsyn", "Planering", "Lantmäteri"],
    ),
    (
        "VON",
        "Vård- och omsorgsnämnden",
        "Vård- och omsorgsförvaltningen",
        ["Hemsjukvård", "Äldreboende", "Rehabilitering", "Dagverksamhet"],
    ),
    (
        "AMN",
        "Arbetsmarknadsnämnden",
        "Arbetsmarknadsförvaltningen",
        ["Vuxenutbildning", "SFI", "Jobbcenter", "Integration"],
    ),
    (
        "GYN",
        "Gymnasienämnden",
        "Gymnasieförvaltningen",
        ["Gymnasieskola", "Introduktionsprogram", "Yrkesprogram", "Elevhälsa"],
    ),
    (
        "OFN",
        "Överförmyndarnämnden",
        "Överförmyndarkansliet",
        ["Handläggning", "Tillsyn", "Rekrytering av gode män"],
    ),
]
GENERISKA_ENHETER = ["Enhet", "Avdelning", "Sektion", "Team"]

BOLAG = [
    ("BOST", "Kommunens Bostäder AB"),
    ("ENERGI", "Kommunens Energi & Vatten AB"),
]

ORTER = [
    "Ekbacken",
    "Norr",
    "Söder",
    "Öster",
    "Väster",
    "Centrum",
    "Åsen",
    "Björkdalen",
    "Lindö",
    "Hagaby",
    "Strand",
    "Kvarnbyn",
    "Rosendal",
    "Tallåsen",
    "Sjövik",
    "Berga",
    "Lundby",
    "Ängsvik",
    "Granhammar",
    "Solhem",
    "Mossen",
    "Backa",
    "Högby",
    "Fjällbo",
    "Vallen",
    "Skogslund",
    "Hamnen",
    "Bruket",
    "Torpa",
    "Älvsåker",
]
FORNAMN = [
    "Anna",
    "Erik",
    "Maria",
    "Lars",
    "Karin",
    "Johan",
    "Eva",
    "Anders",
    "Sara",
    "Mohammed",
    "Elin",
    "Per",
    "Fatima",
    "Nils",
    "Linnea",
    "Ali",
    "Ingrid",
    "Oskar",
]
EFTERNAMN = [
    "Andersson",
    "Johansson",
    "Karlsson",
    "Nilsson",
    "Eriksson",
    "Larsson",
    "Olsson",
    "Persson",
    "Svensson",
    "Gustafsson",
    "Lindqvist",
    "Öberg",
    "Åkesson",
]

MAL_VERB = ["Öka", "Minska", "Stärka", "Förbättra", "Utveckla", "Säkra", "Främja", "Effektivisera"]
MAL_OBJEKT = [
    "tryggheten i offentliga miljöer",
    "andelen förnybar energi",
    "invånarnas delaktighet",
    "kvaliteten i äldreomsorgen",
    "elevernas måluppfyllelse",
    "tillgången till bostäder",
    "näringslivsklimatet",
    "medarbetarnas hälsa",
    "den ekonomiska hushållningen",
    "digitala tjänster för invånarna",
    "klimatpåverkan från verksamheten",
    "barns & ungas psykiska hälsa",
    "integrationen på arbetsmarknaden",
    "tillgängligheten i kommunens lokaler",
    "servicen till företag",
    "kompetensförsörjningen",
]
MAL_SUFFIX = [
    "",
    "",
    "",
    " i hela kommunen",
    " för barn & unga",
    " genom samverkan",
    ' enligt "Plan 2030"',
    " där behoven är störst",
    " för personer < 65 år",
    " inom befintlig budget",
]

TEXT_START = [
    "Under perioden har",
    "Arbetet med",
    "Sammantaget har",
    "Jämfört med föregående år har",
    "Enligt senaste mätningen har",
    "Nämnden bedömer att",
    "Förvaltningen har",
]
TEXT_MITT = [
    "verksamheten utvecklats positivt",
    "resultaten förbättrats",
    "kostnaderna ökat",
    "flera insatser genomförts",
    "målet delvis nåtts",
    "samarbetet med regionen fördjupats",
    "personalomsättningen minskat",
    "efterfrågan ökat kraftigt",
    'projektet "Trygg i centrum" avslutats',
    "andelen < 50 % minskat",
]
TEXT_SLUT = [
    "vilket är i linje med planen.",
    "men mer återstår att göra.",
    "trots ett ansträngt ekonomiskt läge.",
    "tack vare engagerade medarbetare & chefer.",
    "vilket följs upp under nästa år.",
    "och bedöms fortsätta.",
    "enligt beslut i KF.",
]

# (unit, name prefix, objects, value range, decimals)
ENHETER = [
    (
        "%",
        "Andel",
        [
            "nöjda brukare",
            "elever med godkända betyg",
            "förnybar energi",
            "heltidsanställda",
            "ärenden inom lagstadgad tid",
            "återvunnet avfall",
        ],
        (35.0, 98.0),
        1,
    ),
    (
        "antal",
        "Antal",
        [
            "besök på biblioteken",
            "nya bostäder",
            "inskrivna barn",
            "genomförda tillsyner",
            "nystartade företag",
            "felanmälningar",
        ],
        (10.0, 5000.0),
        0,
    ),
    (
        "dagar",
        "Handläggningstid för",
        ["bygglov", "bistånd", "försörjningsstöd", "serveringstillstånd", "utredningar"],
        (3.0, 120.0),
        0,
    ),
    (
        "kr",
        "Kostnad per",
        ["invånare", "elev", "brukare", "vårddygn", "kvadratmeter"],
        (1500.0, 250000.0),
        0,
    ),
    (
        "kWh/m²",
        "Energianvändning i",
        ["kommunala lokaler", "skolor", "äldreboenden", "idrottshallar"],
        (80.0, 260.0),
        1,
    ),
    (
        "index",
        "Nöjd-index för",
        ["medarbetare", "företagare", "medborgare", "brukare"],
        (40.0, 90.0),
        0,
    ),
]
KALLOR = [
    "Kolada",
    "Egen mätning",
    "SCB",
    "Medarbetarenkät",
    "Brukarundersökning",
    "Ekonomisystemet",
]

PERIODER = ["2023", "2024", "2025", "2025-T1", "2025-T2", "2026-T1", "2026-T2"]
MALVARDE_AR = [2025, 2026, 2027, 2028, 2029]
AKTIVITET_STATUS = ["Ej påbörjad", "Pågår", "Klar", "Försenad", "Avbruten"]
UPPDRAG_STATUS = ["Ej påbörjat", "Pågår", "Slutfört", "Avslutat"]
BEDOMNING = ["Uppfyllt", "Delvis uppfyllt", "Ej uppfyllt", None, None]

POSTER_INTAKT = ["Avgifter", "Statsbidrag", "Försäljning av verksamhet", "Hyresintäkter"]
POSTER_KOSTNAD = [
    "Personalkostnader",
    "Lokalkostnader",
    "Köpta tjänster",
    "Material och inventarier",
    "Kapitalkostnader",
    "Övriga kostnader",
]
# (År, Period) combinations written for every enhet
EKONOMI_PERIODER = [(2025, None), (2026, "2026-T2"), (2027, None)]

PROJEKT_TYP = [
    "Ombyggnad av",
    "Nybyggnation,",
    "Energieffektivisering,",
    "Upprustning av",
    "Tillgänglighetsanpassning,",
    "Ny utrustning till",
]
PROJEKT_OBJ = [
    "förskola",
    "skola",
    "simhall",
    "bibliotek",
    "gator & cykelvägar",
    "vattenverk",
    "äldreboende",
    "idrottshall",
    "lekplats",
]


# --- helpers ----------------------------------------------------------------


def _person(rng: random.Random) -> str:
    return f"{rng.choice(FORNAMN)} {rng.choice(EFTERNAMN)}"


def _maltext(rng: random.Random) -> str:
    return f"{rng.choice(MAL_VERB)} {rng.choice(MAL_OBJEKT)}{rng.choice(MAL_SUFFIX)}"


def _text(rng: random.Random, meningar: int = 2) -> str:
    return " ".join(
        f"{rng.choice(TEXT_START)} {rng.choice(TEXT_MITT)} {rng.choice(TEXT_SLUT)}"
        for _ in range(meningar)
    )


def _svensk_text(varde: float, decimaler: int) -> str:
    """Format a number as Swedish text, e.g. 1234.5 -> '1 234,5'."""
    s = f"{varde:,.{decimaler}f}"
    return s.replace(",", " ").replace(".", ",")


def _skriv_bok(fil: Path, ark: list[tuple[str, list[str], list[list]]]) -> None:
    """Write one workbook: a list of (sheet name, header, rows)."""
    wb = Workbook(write_only=True)
    for namn, rubriker, rader in ark:
        ws = wb.create_sheet(namn)
        ws.append(rubriker)
        for rad in rader:
            ws.append(rad)
    wb.save(fil)


# --- generator --------------------------------------------------------------


def skapa_kommun(
    katalog: Path, organisationer: int = 200, utfallsrader: int | None = None, seed: int = 1
) -> dict[str, int]:
    """Write a synthetic but valid workspace into `katalog` and return counts written."""
    if organisationer < 8:
        raise ValueError("organisationer must be at least 8")
    if utfallsrader is not None and utfallsrader < 0:
        raise ValueError("utfallsrader must be non-negative")
    rng = random.Random(seed)
    katalog = Path(katalog)

    # --- organisation tree ---
    n = organisationer
    antal_namnder = max(2, round(n / 40))
    antal_bolag = 1 if n < 200 else 2
    antal_enheter = n - 1 - antal_bolag - 2 * antal_namnder

    org: list[list] = []  # sheet rows
    foralder: dict[str, str | None] = {}
    niva: dict[str, str] = {}

    def lagg_till(oid, namn, niv, over, uppdrag=None):
        org.append([oid, namn, niv, over, _person(rng), uppdrag])
        foralder[oid] = over
        niva[oid] = niv

    lagg_till(
        "KF", "Kommunfullmäktige", "Kommunfullmäktige", None, "Kommunens högsta beslutande organ"
    )
    forvaltningar: list[tuple[str, str, list[str]]] = []  # (förv id, nämnd id, unit types)
    for i in range(antal_namnder):
        if i < len(NAMNDER):
            nid, nnamn, fnamn, typer = NAMNDER[i]
        else:
            nid, nnamn, fnamn, typer = (
                f"N{i + 1}",
                f"Nämnd {i + 1}",
                f"Förvaltning {i + 1}",
                GENERISKA_ENHETER,
            )
        lagg_till(
            nid,
            nnamn,
            "Nämnd",
            "KF",
            f"Ansvarar för {rng.choice(MAL_OBJEKT)}" if rng.random() < 0.7 else None,
        )
        fid = f"{nid}-F"
        lagg_till(fid, fnamn, "Förvaltning", nid)
        forvaltningar.append((fid, nid, typer))
    for bid, bnamn in BOLAG[:antal_bolag]:
        lagg_till(bid, bnamn, "Bolag", "KF", "Helägt kommunalt bolag")

    djup = {"KF": 1}
    for oid, _, _, over, _, _ in org[1:]:
        djup[oid] = djup[over] + 1
    enheter: list[str] = []
    enhet_typer: dict[str, list[str]] = {}
    enhet_nr: dict[str, int] = {}
    anvanda_namn: dict[str, int] = {}
    for i in range(antal_enheter):
        fid, nid, typer = forvaltningar[i % len(forvaltningar)]
        over = fid
        if i == 1:
            over = enheter[0]  # guarantees depth 5
        elif enheter and rng.random() < 0.25:
            kandidat = rng.choice(enheter)
            if djup[kandidat] <= 5:
                over = kandidat
        if over != fid:  # sub-unit belongs to the parent's nämnd
            nid, typer = enhet_typer[over]
        enhet_nr[nid] = enhet_nr.get(nid, 0) + 1
        eid = f"{nid}-{enhet_nr[nid]:03d}"
        namn = f"{rng.choice(typer)} {rng.choice(ORTER)}"
        anvanda_namn[namn] = anvanda_namn.get(namn, 0) + 1
        if anvanda_namn[namn] > 1:
            namn = f"{namn} {anvanda_namn[namn]}"
        lagg_till(
            eid,
            namn,
            "Enhet",
            over,
            f"Ansvarar för {rng.choice(typer).lower()}" if rng.random() < 0.3 else None,
        )
        djup[eid] = djup[over] + 1
        enheter.append(eid)
        enhet_typer[eid] = (nid, typer)

    # --- goals ---
    mal: list[list] = []
    mal_per_org: dict[str, list[str]] = {}
    mal_agare: dict[str, str] = {}
    persp_ids = [p[0] for p in PERSPEKTIV]
    for rad in org:
        oid, niv = rad[0], rad[2]
        if niv == "Kommunfullmäktige":
            antal = 8
        elif niv == "Enhet":
            antal = rng.randint(1, 3)
        else:
            antal = rng.randint(3, 5)
        egna = []
        for k in range(antal):
            mid = f"{oid}-M{k + 1}"
            over_mal = None
            if oid != "KF":
                agare = foralder[oid]
                farfar = foralder[agare]
                if farfar is not None and rng.random() < 0.2:
                    agare = farfar
                over_mal = rng.choice(mal_per_org[agare])
            persp = persp_ids[k % 4] if oid == "KF" else rng.choice(persp_ids)
            agenda = None
            if rng.random() < 0.6:
                mal2030 = sorted(rng.sample(range(1, 18), rng.randint(1, 3)))
                agenda = ", ".join(str(x) for x in mal2030)
            beskr = _text(rng, 1) if rng.random() < 0.5 else None
            mal.append([mid, oid, persp, over_mal, _maltext(rng), beskr, agenda])
            egna.append(mid)
            mal_agare[mid] = oid
        mal_per_org[oid] = egna

    # --- measures and targets ---
    matetal: list[list] = []
    # (id, index into ENHETER, base value, yearly trend, higher is better)
    matetal_info: list[tuple[str, int, float, float, bool]] = []
    malvarden: list[list] = []
    for mrad in mal:
        for _ in range(rng.randint(1, 2)):
            tid = f"MT{len(matetal) + 1:05d}"
            ei = rng.randrange(len(ENHETER))
            enhet, prefix, objekt, (lo, hi), dec = ENHETER[ei]
            hogre = (
                enhet in ("%", "antal", "index")
                if rng.random() < 0.85
                else enhet not in ("%", "antal", "index")
            )
            kolada = f"N{rng.randrange(100000):05d}" if rng.random() < 0.3 else None
            decimaler = dec if rng.random() < 0.9 else None
            matetal.append(
                [
                    tid,
                    mrad[0],
                    f"{prefix} {rng.choice(objekt)}",
                    enhet,
                    "Högre är bättre" if hogre else "Lägre är bättre",
                    kolada,
                    rng.choice(KALLOR),
                    decimaler,
                ]
            )
            bas = rng.uniform(lo, hi)
            trend = rng.uniform(-0.04, 0.06)
            matetal_info.append((tid, ei, bas, trend, hogre))
            forbattring = 1 if hogre else -1
            for j, ar in enumerate(MALVARDE_AR):
                v = bas * (1 + forbattring * 0.02 * (j + 1))
                if enhet == "%":
                    v = min(v, 100.0)
                malvarden.append([tid, ar, round(v, dec)])

    # --- outcomes ---
    antal_m = len(matetal_info)
    if utfallsrader is None:
        per_matetal = [rng.randint(5, 7) for _ in range(antal_m)]
    else:
        if utfallsrader > antal_m * len(PERIODER):
            raise ValueError(
                f"utfallsrader={utfallsrader} exceeds {antal_m} measures × "
                f"{len(PERIODER)} periods = {antal_m * len(PERIODER)}"
            )
        bas_antal, extra = divmod(utfallsrader, antal_m)
        per_matetal = [bas_antal] * antal_m
        for i in rng.sample(range(antal_m), extra):
            per_matetal[i] += 1
    utfall: list[list] = []
    for (tid, ei, bas, trend, _), k in zip(matetal_info, per_matetal, strict=True):
        enhet, _, _, _, dec = ENHETER[ei]
        for pi in sorted(rng.sample(range(len(PERIODER)), k)):
            period = PERIODER[pi]
            r = rng.random()
            if r < 0.01:
                utfall.append([tid, period, "Ej mätt", "Mätningen genomfördes inte under perioden"])
                continue
            ar = int(period[:4]) - 2023
            v = bas * (1 + trend * ar) * rng.uniform(0.95, 1.05)
            if enhet == "%":
                v = min(v, 100.0)
            v = round(v, dec)
            if dec == 0:
                v = int(v)
            varde: object = v
            if r < 0.05:
                varde = _svensk_text(v, dec)
                if enhet == "%" and rng.random() < 0.3:
                    varde += " %"
            kommentar = _text(rng, 1) if rng.random() < 0.05 else None
            utfall.append([tid, period, varde, kommentar])

    # --- activities ---
    aktiviteter: list[list] = []
    for mrad in mal:
        if rng.random() >= 0.5:
            continue
        start = dt.date(2025, 1, 1) + dt.timedelta(days=rng.randrange(3 * 365))
        slut = start + dt.timedelta(days=rng.randint(30, 540))
        if rng.random() < 0.1:
            start = slut = None
        aktiviteter.append(
            [
                f"A{len(aktiviteter) + 1:05d}",
                mrad[1],
                mrad[0],
                f"Genomföra insatser för att {mrad[4][0].lower()}{mrad[4][1:]}",
                _person(rng) if rng.random() < 0.8 else None,
                start,
                slut,
                rng.choice(AKTIVITET_STATUS),
                _text(rng, 1) if rng.random() < 0.3 else None,
            ]
        )

    # --- assignments (uppdrag) ---
    uppdrag: list[list] = []
    mottagare = [r[0] for r in org if r[2] in ("Nämnd", "Förvaltning", "Bolag")]
    for i in range(max(1, n // 10)):
        mot = rng.choice(mottagare)
        givare = foralder[mot]
        uppdrag.append(
            [
                f"U{i + 1:04d}",
                mot,
                givare,
                rng.choice([2025, 2026, 2027]),
                f"Utreda möjligheten att {rng.choice(MAL_VERB).lower()} {rng.choice(MAL_OBJEKT)}",
                rng.choice(UPPDRAG_STATUS),
                _text(rng, 1) if rng.random() < 0.4 else None,
            ]
        )

    # --- economy ---
    ekonomi: list[list] = []
    for eid in enheter:
        poster = [("Personalkostnader", "Kostnad"), (rng.choice(POSTER_INTAKT), "Intäkt")]
        ovriga = rng.sample(POSTER_KOSTNAD[1:], rng.randint(1, 3))
        poster += [(p, "Kostnad") for p in ovriga]
        personal = rng.uniform(2000, 40000)
        belopp = {
            p: round(personal if p == "Personalkostnader" else personal * rng.uniform(0.05, 0.4), 0)
            for p, _ in poster
        }
        for ar, period in EKONOMI_PERIODER:
            for post, typ in poster:
                budget = round(belopp[post] * (1 + 0.03 * (ar - 2025)), 1)
                if ar == 2025:
                    rad = [budget, round(budget * rng.uniform(0.9, 1.1), 1), None]
                elif period:
                    rad = [
                        budget,
                        round(budget * rng.uniform(0.55, 0.75), 1),
                        round(budget * rng.uniform(0.92, 1.08), 1),
                    ]
                else:
                    rad = [budget, None, None]
                ekonomi.append([eid, ar, period, post, typ, *rad])

    investeringar: list[list] = []
    inv_org = [r[0] for r in org if r[2] in ("Nämnd", "Förvaltning", "Enhet")]
    for _ in range(max(1, n // 10)):
        budget = round(rng.uniform(500, 80000), 0)
        ar = rng.choice([2025, 2026, 2027])
        utf = round(budget * rng.uniform(0.3, 1.2), 0) if ar < 2027 else None
        investeringar.append(
            [
                rng.choice(inv_org),
                ar,
                f"{rng.choice(PROJEKT_TYP)} {rng.choice(PROJEKT_OBJ)} {rng.choice(ORTER)}",
                budget,
                utf,
                round(budget * rng.uniform(0.85, 1.2), 0),
                _text(rng, 1) if rng.random() < 0.3 else None,
            ]
        )

    # --- texts ---
    texter: list[list] = []
    for rad in org:
        if rad[2] != "Nämnd":
            continue
        for mid in mal_per_org[rad[0]]:
            texter.append(
                [
                    rad[0],
                    "2025",
                    mid,
                    "Analys av måluppfyllelse",
                    _text(rng, rng.randint(2, 4)),
                    rng.choice(BEDOMNING),
                ]
            )
        texter.append(
            [rad[0], "2025", None, "Viktiga händelser", _text(rng, rng.randint(2, 5)), None]
        )

    # --- write ---
    (katalog / "indata").mkdir(parents=True, exist_ok=True)
    (katalog / "planer.toml").write_text(
        "[kommun]\n"
        'namn = "Syntetisk kommun"\n'
        'kod = "9999"\n'
        'vision = "En trygg och hållbar kommun där alla kan växa"\n'
        "\n[plan]\n"
        "ar = 2027\n",
        encoding="utf-8",
    )

    bocker = [
        (
            "styrning.xlsx",
            [
                ("Organisation", ["Id", "Namn", "Nivå", "Överordnad", "Ansvarig", "Uppdrag"], org),
                (
                    "Perspektiv",
                    ["Id", "Namn", "Beskrivning", "Ordning"],
                    [[pid, namn, beskr, i + 1] for i, (pid, namn, beskr) in enumerate(PERSPEKTIV)],
                ),
                (
                    "Mål",
                    [
                        "Id",
                        "Organisation",
                        "Perspektiv",
                        "Överordnat mål",
                        "Mål",
                        "Beskrivning",
                        "Agenda 2030",
                    ],
                    mal,
                ),
                (
                    "Aktiviteter",
                    [
                        "Id",
                        "Organisation",
                        "Mål",
                        "Aktivitet",
                        "Ansvarig",
                        "Start",
                        "Slut",
                        "Status",
                        "Kommentar",
                    ],
                    aktiviteter,
                ),
                (
                    "Uppdrag",
                    [
                        "Id",
                        "Organisation",
                        "Uppdragsgivare",
                        "År",
                        "Uppdrag",
                        "Status",
                        "Kommentar",
                    ],
                    uppdrag,
                ),
                (
                    "Texter",
                    ["Organisation", "Period", "Mål", "Rubrik", "Text", "Bedömning"],
                    texter,
                ),
            ],
        ),
        (
            "matetal.xlsx",
            [
                (
                    "Mätetal",
                    ["Id", "Mål", "Namn", "Enhet", "Riktning", "Kolada", "Källa", "Decimaler"],
                    matetal,
                ),
                ("Målvärden", ["Mätetal", "År", "Målvärde"], malvarden),
                ("Utfall", ["Mätetal", "Period", "Värde", "Kommentar"], utfall),
            ],
        ),
        (
            "ekonomi.xlsx",
            [
                (
                    "Ekonomi",
                    ["Organisation", "År", "Period", "Post", "Typ", "Budget", "Utfall", "Prognos"],
                    ekonomi,
                ),
                (
                    "Investeringar",
                    ["Organisation", "År", "Projekt", "Budget", "Utfall", "Prognos", "Kommentar"],
                    investeringar,
                ),
            ],
        ),
    ]
    for fil, bok in bocker:
        _skriv_bok(katalog / "indata" / fil, bok)

    return {
        "organisationer": len(org),
        "perspektiv": len(PERSPEKTIV),
        "mal": len(mal),
        "matetal": len(matetal),
        "malvarden": len(malvarden),
        "utfall": len(utfall),
        "aktiviteter": len(aktiviteter),
        "uppdrag": len(uppdrag),
        "texter": len(texter),
        "ekonomi": len(ekonomi),
        "investeringar": len(investeringar),
    }


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description="Write a synthetic municipality workspace.")
    p.add_argument("katalog", type=Path)
    p.add_argument("--organisationer", type=int, default=200)
    p.add_argument("--utfall", type=int, default=None, help="exact number of Utfall rows")
    p.add_argument("--seed", type=int, default=1)
    a = p.parse_args(argv)
    t0 = time.perf_counter()
    try:
        antal = skapa_kommun(a.katalog, a.organisationer, a.utfall, a.seed)
    except ValueError as e:
        p.error(str(e))
    for k, v in antal.items():
        print(f"{k:16} {v:>8}")
    print(f"{'sekunder':16} {time.perf_counter() - t0:8.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
