"""Generate the example municipality "Älvby kommun".

Writes indata/styrning.xlsx, indata/matetal.xlsx, indata/ekonomi.xlsx and
planer.toml in the repository root. The output is deterministic: fixed random
seed, fixed document properties and fixed zip timestamps.

Run from the repository root:  python verktyg/exempelkommun.py
"""

import datetime as dt
import io
import random
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.writer.excel import ExcelWriter

ROT = Path(__file__).resolve().parent.parent
FAST_TID = dt.datetime(2026, 9, 15)
NBSP = "\u00a0"
rng = random.Random(2027)

KOSTNAD, INTAKT = "Kostnad", "Intäkt"
H, L = "Högre är bättre", "Lägre är bättre"
NAMNDER_NIVA = "Nämnd"


# ---------------------------------------------------------------------------
# Helpers
# ---------------------------------------------------------------------------


def avrunda(x, dec=0):
    """Round half up (Excel style), int when dec == 0."""
    d = Decimal(str(x)).quantize(Decimal(1).scaleb(-dec), rounding=ROUND_HALF_UP)
    return int(d) if dec == 0 else float(d)


def sv_tal(x, dec=0, mellanrum=" "):
    """Swedish number text: 1 234,5."""
    s = f"{x:,.{dec}f}"
    return s.replace(",", "§").replace(".", ",").replace("§", mellanrum)


def mnkr(tkr, dec=1):
    return sv_tal(abs(tkr) / 1000, dec, NBSP)


class Cell:
    """A value with an explicit Excel number format."""

    def __init__(self, varde, format):
        self.varde = varde
        self.format = format


class EJ:
    """A text outcome meaning 'no value' (e.g. Ej mätt) with its comment."""

    def __init__(self, text, kommentar):
        self.text = text
        self.kommentar = kommentar


# ---------------------------------------------------------------------------
# Organisation
# ---------------------------------------------------------------------------

# (Id, Namn, Nivå, Överordnad, Ansvarig, Uppdrag)
ORGANISATION = [
    (
        "KF",
        "Kommunfullmäktige",
        "Kommunfullmäktige",
        "",
        "Margareta Holm, ordförande",
        "Kommunfullmäktige är kommunens högsta beslutande organ. Fullmäktige beslutar om vision, "
        "mål och budget, skattesats samt nämndernas organisation och verksamhetsformer, och "
        "följer upp att verksamheten bedrivs i enlighet med fullmäktiges beslut.",
    ),
    (
        "KS",
        "Kommunstyrelsen",
        "Nämnd",
        "KF",
        "Johan Berglund, kommunstyrelsens ordförande",
        "Kommunstyrelsen leder och samordnar planeringen och uppföljningen av kommunens ekonomi "
        "och verksamheter och har uppsikt över övriga nämnder och de kommunala bolagen. "
        "Styrelsen ansvarar även för näringsliv, översiktlig planering, personalpolitik och "
        "krisberedskap.",
    ),
    (
        "KLF",
        "Kommunledningsförvaltningen",
        "Förvaltning",
        "KS",
        "Helena Sjöberg, kommundirektör",
        "Kommunledningsförvaltningen stödjer kommunstyrelsen i styrning, samordning och "
        "uppföljning och ger stöd till förvaltningarna inom ekonomi, HR, kommunikation, "
        "digitalisering och näringsliv.",
    ),
    (
        "KLF-EKO",
        "Ekonomiavdelningen",
        "Enhet",
        "KLF",
        "Per Åkesson, ekonomichef",
        "Ekonomiavdelningen ansvarar för budgetprocess, redovisning, upphandling och ekonomiskt "
        "stöd till nämnder och förvaltningar.",
    ),
    (
        "KLF-HR",
        "HR-avdelningen",
        "Enhet",
        "KLF",
        "Sara Nyström, HR-chef",
        "HR-avdelningen ansvarar för kommunens arbetsgivarpolitik, lönebildning, "
        "kompetensförsörjning och stöd i arbetsmiljöfrågor.",
    ),
    (
        "KLF-KOM",
        "Kommunikation och Kontaktcenter",
        "Enhet",
        "KLF",
        "Linda Ek, kommunikationschef",
        "",
    ),
    (
        "KLF-NAR",
        "Näringsliv och tillväxt",
        "Enhet",
        "KLF",
        "Mattias Forsberg, näringslivschef",
        "Enheten ska underlätta för företag att starta, etablera sig och växa i Älvby, bland "
        "annat genom företagslotsen och samverkan med Arbetsförmedlingen.",
    ),
    (
        "BUN",
        "Barn- och utbildningsnämnden",
        "Nämnd",
        "KF",
        "Eva Lundgren, ordförande",
        "Nämnden ansvarar för förskola, pedagogisk omsorg, förskoleklass, grundskola, "
        "fritidshem, anpassad skola, gymnasieskola och kommunal vuxenutbildning.",
    ),
    (
        "BUF",
        "Barn- och utbildningsförvaltningen",
        "Förvaltning",
        "BUN",
        "Anna Lindqvist, förvaltningschef",
        "Förvaltningen genomför nämndens uppdrag och leder kommunens förskolor och skolor så att "
        "varje barn och elev får förutsättningar att nå så långt som möjligt i sin utveckling "
        "och sitt lärande.",
    ),
    (
        "BUF-FSK",
        "Förskolan Solrosen",
        "Enhet",
        "BUF",
        "Karin Holmberg, rektor",
        "Förskolan Solrosen har sex avdelningar för barn 1–5 år i centrala Älvby och arbetar med "
        "utomhuspedagogik och tidig språkutveckling.",
    ),
    (
        "BUF-LAR",
        "Förskolan Lärkan",
        "Enhet",
        "BUF",
        "Emma Sandberg, rektor",
        "Förskolan Lärkan i Norrby har fyra avdelningar med särskilt fokus på flerspråkighet och "
        "naturvetenskap.",
    ),
    (
        "BUF-ALS",
        "Älvskolan F–6",
        "Enhet",
        "BUF",
        "Jonas Wikström, rektor",
        "Älvskolan är kommunens största F–6-skola med cirka 420 elever, fritidshem och en "
        "särskild undervisningsgrupp.",
    ),
    (
        "BUF-NBS",
        "Norrbyskolan 7–9",
        "Enhet",
        "BUF",
        "Maria Öberg, rektor",
        "Norrbyskolan tar emot kommunens elever i årskurs 7–9, cirka 560 elever, och ansvarar "
        "för studie- och yrkesvägledning inför gymnasievalet.",
    ),
    (
        "BUF-GYM",
        "Älvby gymnasium",
        "Enhet",
        "BUF",
        "Fredrik Dahl, rektor",
        "Älvby gymnasium erbjuder fem nationella program, introduktionsprogram och kommunal "
        "vuxenutbildning (Komvux).",
    ),
    (
        "BUF-EHT",
        "Centrala elevhälsan",
        "Enhet",
        "BUF",
        "Lena Bergkvist, chef centrala elevhälsan",
        "Centrala elevhälsan samlar skolsköterskor, skolläkare, kuratorer och psykologer och "
        "arbetar förebyggande och hälsofrämjande i alla skolor.",
    ),
    (
        "SN",
        "Socialnämnden",
        "Nämnd",
        "KF",
        "Ahmed Karimi, ordförande",
        "Socialnämnden ansvarar för individ- och familjeomsorg, ekonomiskt bistånd, "
        "arbetsmarknadsinsatser och stöd till personer med funktionsnedsättning enligt LSS.",
    ),
    (
        "SOF",
        "Socialförvaltningen",
        "Förvaltning",
        "SN",
        "Ulrika Strand, socialchef",
        "Socialförvaltningen genomför socialnämndens uppdrag med rättssäker myndighetsutövning "
        "och insatser av god kvalitet.",
    ),
    (
        "SOF-IFO",
        "Individ- och familjeomsorg",
        "Enhet",
        "SOF",
        "Tobias Nordin, enhetschef",
        "Enheten utreder och ger stöd till barn, unga, vuxna och familjer, bland annat genom "
        "öppenvård, familjehem och beroendevård.",
    ),
    (
        "SOF-AME",
        "Arbetsmarknad och ekonomiskt bistånd",
        "Enhet",
        "SOF",
        "Nadia Hassan, enhetschef",
        "Enheten handlägger ekonomiskt bistånd och erbjuder arbetsmarknadsinsatser som leder "
        "till egen försörjning.",
    ),
    (
        "SOF-LSS",
        "Funktionsstöd",
        "Enhet",
        "SOF",
        "Camilla Persson, enhetschef",
        "Funktionsstöd ger insatser enligt LSS, bland annat gruppbostäder, daglig verksamhet och "
        "korttidsvistelse.",
    ),
    (
        "VON",
        "Vård- och omsorgsnämnden",
        "Nämnd",
        "KF",
        "Birgitta Nilsson, ordförande",
        "Nämnden ansvarar för äldreomsorg enligt socialtjänstlagen och för kommunal hälso- och "
        "sjukvård.",
    ),
    (
        "VOF",
        "Vård- och omsorgsförvaltningen",
        "Förvaltning",
        "VON",
        "Peter Lind, förvaltningschef",
        "Förvaltningen ger äldre stöd, omsorg och hälso- och sjukvård i hemmet och på särskilt "
        "boende.",
    ),
    (
        "VOF-HT",
        "Hemtjänsten Älvby",
        "Enhet",
        "VOF",
        "Sofia Lund, enhetschef",
        "Hemtjänsten ger stöd och omsorg till omkring 380 personer i ordinärt boende i tre "
        "hemtjänstgrupper.",
    ),
    (
        "VOF-BJK",
        "Björkhagens vård- och omsorgsboende",
        "Enhet",
        "VOF",
        "Marie Ström, enhetschef",
        "Björkhagen har 64 lägenheter, varav 16 för personer med demenssjukdom.",
    ),
    (
        "VOF-HSL",
        "Hälso- och sjukvårdsenheten",
        "Enhet",
        "VOF",
        "Anders Falk, enhetschef",
        "Enheten ansvarar för kommunens sjuksköterskor, fysioterapeuter och arbetsterapeuter "
        "samt hemsjukvården.",
    ),
    (
        "SBN",
        "Samhällsbyggnadsnämnden",
        "Nämnd",
        "KF",
        "Lars Eriksson, ordförande",
        "Nämnden ansvarar för gator och parker, vatten och avlopp, kommunens lokaler och "
        "fastigheter, måltidsservice samt mark och exploatering.",
    ),
    (
        "SBF",
        "Samhällsbyggnadsförvaltningen",
        "Förvaltning",
        "SBN",
        "Henrik Sundberg, förvaltningschef",
        "Förvaltningen bygger, förvaltar och utvecklar kommunens infrastruktur och lokaler.",
    ),
    (
        "SBF-GAT",
        "Gata och park",
        "Enhet",
        "SBF",
        "Oskar Lindgren, enhetschef",
        "Enheten ansvarar för drift och underhåll av gator, gång- och cykelvägar, belysning, "
        "parker och lekplatser.",
    ),
    (
        "SBF-VA",
        "Vatten och avlopp",
        "Enhet",
        "SBF",
        "Elin Mattsson, VA-chef",
        "Enheten producerar dricksvatten och renar avloppsvatten för omkring 10 500 anslutna "
        "invånare.",
    ),
    (
        "SBF-FAS",
        "Fastighetsenheten",
        "Enhet",
        "SBF",
        "Robert Isaksson, fastighetschef",
        "Fastighetsenheten förvaltar kommunens cirka 120 000 kvadratmeter verksamhetslokaler.",
    ),
    (
        "SBF-MAT",
        "Måltidsservice",
        "Enhet",
        "SBF",
        "Jenny Hedlund, kostchef",
        "Måltidsservice lagar omkring 4 500 måltider per dag till förskolor, skolor och vård- "
        "och omsorgsboenden.",
    ),
    (
        "KFN",
        "Kultur- och fritidsnämnden",
        "Nämnd",
        "KF",
        "Gunilla Ahlström, ordförande",
        "Nämnden ansvarar för bibliotek, kulturverksamhet, fritidsgårdar, idrotts- och "
        "friluftsanläggningar samt stöd till föreningslivet.",
    ),
    (
        "KFF",
        "Kultur- och fritidsförvaltningen",
        "Förvaltning",
        "KFN",
        "Martin Sjögren, förvaltningschef",
        "",
    ),
    (
        "KFF-BIB",
        "Älvby bibliotek",
        "Enhet",
        "KFF",
        "Ingrid Blom, bibliotekschef",
        "Huvudbiblioteket i Älvby och filialen i Norrby erbjuder medier, program och "
        "läsfrämjande insatser för alla åldrar.",
    ),
    (
        "KFF-ANL",
        "Fritid och anläggningar",
        "Enhet",
        "KFF",
        "Daniel Hellström, enhetschef",
        "Enheten driver Älvbyhallen, simhallen Forsen, idrottsplatser och elljusspår samt "
        "fördelar föreningsbidrag.",
    ),
    (
        "KFF-UNG",
        "Ungdomsverksamheten Tornet",
        "Enhet",
        "KFF",
        "Amira Yusuf, enhetschef",
        "Fritidsgården Tornet och den mobila fritidsverksamheten erbjuder meningsfull fritid för "
        "unga 13–19 år.",
    ),
    (
        "MBN",
        "Miljö- och byggnadsnämnden",
        "Nämnd",
        "KF",
        "Stefan Wallin, ordförande",
        "Nämnden fullgör kommunens uppgifter enligt plan- och bygglagen, miljöbalken och "
        "livsmedelslagstiftningen.",
    ),
    (
        "MBF",
        "Miljö- och byggförvaltningen",
        "Förvaltning",
        "MBN",
        "Cecilia Berg, förvaltningschef",
        "Förvaltningen handlägger bygglov och bedriver tillsyn och kontroll inom miljö, "
        "hälsoskydd och livsmedel.",
    ),
    (
        "MBF-BYG",
        "Bygglovsenheten",
        "Enhet",
        "MBF",
        "Niklas Olofsson, bygglovschef",
        "Enheten handlägger bygglov, marklov, rivningslov och anmälningsärenden.",
    ),
    (
        "MBF-MIL",
        "Miljö- och hälsoskyddsenheten",
        "Enhet",
        "MBF",
        "Therese Lundqvist, miljöchef",
        "",
    ),
    (
        "ABO",
        "Älvbybostäder AB",
        "Bolag",
        "KF",
        "Kristina Ekström, vd",
        "Älvbybostäder AB äger och förvaltar cirka 2 300 hyreslägenheter och ska bidra till "
        "bostadsförsörjningen i hela kommunen.",
    ),
    (
        "AEN",
        "Älvby Energi AB",
        "Bolag",
        "KF",
        "Thomas Grahn, vd",
        "Älvby Energi AB producerar och distribuerar fjärrvärme och ansvarar för elnätet i "
        "tätorten.",
    ),
]

ORG_NAMN = {o[0]: o[1] for o in ORGANISATION}
ORG_NIVA = {o[0]: o[2] for o in ORGANISATION}
ORG_OVER = {o[0]: o[3] for o in ORGANISATION}
NAMNDER = [o[0] for o in ORGANISATION if o[2] == NAMNDER_NIVA]


def forfader(org):
    """Ancestors of a body, nearest first."""
    ut = []
    while ORG_OVER.get(org):
        org = ORG_OVER[org]
        ut.append(org)
    return ut


def undertrad(org):
    """The body and all bodies below it."""
    return {o for o in ORG_NAMN if o == org or org in forfader(o)}


# ---------------------------------------------------------------------------
# Perspektiv
# ---------------------------------------------------------------------------

PERSPEKTIV = [
    (
        "INV",
        "Invånare",
        "Hur kommunen möter invånarnas, brukarnas och företagens behov och förväntningar. "
        "Perspektivet har ett yttre fokus och handlar om dem vi finns till för: kvalitet, "
        "tillgänglighet och bemötande.",
        1,
    ),
    (
        "OMV",
        "Omvärld",
        "Hur kommunen utvecklas långsiktigt för att möta förändringar och förutsättningar i "
        "omvärlden, som befolkningsutveckling, klimat, bostäder och arbetsmarknad.",
        2,
    ),
    (
        "ORG",
        "Organisation och medarbetare",
        "Hur vi utformar arbetssätt, ledarskap och arbetsmiljö så att medarbetarna kan göra ett "
        "gott arbete för invånarna. Perspektivet har ett inre fokus på produktivitet och "
        "kompetens.",
        3,
    ),
    (
        "EKO",
        "Ekonomi",
        "Hur kommunen använder skattemedlen och övriga resurser på bästa sätt utifrån uppdraget, "
        "med en ekonomi i balans över tid.",
        4,
    ),
]


# ---------------------------------------------------------------------------
# Operating accounts (tkr); computed first because some measures and texts use them
# ---------------------------------------------------------------------------

# Budget 2025 per body: (Post, Typ, tkr)
EKONOMI_POSTER = {
    "KF": [("Politisk verksamhet", KOSTNAD, 4200), ("Revision", KOSTNAD, 1350)],
    "KS": [("Politisk verksamhet", KOSTNAD, 3100)],
    "KLF": [
        ("Övriga intäkter", INTAKT, 2100),
        ("Personalkostnader", KOSTNAD, 9800),
        ("Lokalkostnader", KOSTNAD, 2400),
        ("Köp av verksamhet", KOSTNAD, 36500),
        ("Övriga kostnader", KOSTNAD, 14500),
    ],
    "KLF-EKO": [
        ("Övriga intäkter", INTAKT, 600),
        ("Personalkostnader", KOSTNAD, 8900),
        ("Övriga kostnader", KOSTNAD, 1700),
    ],
    "KLF-HR": [
        ("Övriga intäkter", INTAKT, 400),
        ("Personalkostnader", KOSTNAD, 10200),
        ("Övriga kostnader", KOSTNAD, 3100),
    ],
    "KLF-KOM": [
        ("Övriga intäkter", INTAKT, 300),
        ("Personalkostnader", KOSTNAD, 7400),
        ("Övriga kostnader", KOSTNAD, 2600),
    ],
    "KLF-NAR": [
        ("Statsbidrag", INTAKT, 800),
        ("Personalkostnader", KOSTNAD, 3600),
        ("Övriga kostnader", KOSTNAD, 2900),
    ],
    "BUN": [("Politisk verksamhet", KOSTNAD, 1450)],
    "BUF": [
        ("Statsbidrag", INTAKT, 18500),
        ("Personalkostnader", KOSTNAD, 14800),
        ("Lokalkostnader", KOSTNAD, 2400),
        ("Köp av verksamhet", KOSTNAD, 86000),
        ("Övriga kostnader", KOSTNAD, 19500),
    ],
    "BUF-FSK": [
        ("Taxor och avgifter", INTAKT, 2300),
        ("Statsbidrag", INTAKT, 900),
        ("Personalkostnader", KOSTNAD, 17600),
        ("Lokalkostnader", KOSTNAD, 3900),
        ("Övriga kostnader", KOSTNAD, 1800),
    ],
    "BUF-LAR": [
        ("Taxor och avgifter", INTAKT, 1500),
        ("Statsbidrag", INTAKT, 600),
        ("Personalkostnader", KOSTNAD, 11900),
        ("Lokalkostnader", KOSTNAD, 2700),
        ("Övriga kostnader", KOSTNAD, 1200),
    ],
    "BUF-ALS": [
        ("Taxor och avgifter", INTAKT, 1900),
        ("Statsbidrag", INTAKT, 2800),
        ("Personalkostnader", KOSTNAD, 26800),
        ("Lokalkostnader", KOSTNAD, 7900),
        ("Övriga kostnader", KOSTNAD, 4100),
    ],
    "BUF-NBS": [
        ("Statsbidrag", INTAKT, 3600),
        ("Övriga intäkter", INTAKT, 400),
        ("Personalkostnader", KOSTNAD, 34500),
        ("Lokalkostnader", KOSTNAD, 10200),
        ("Övriga kostnader", KOSTNAD, 5300),
    ],
    "BUF-GYM": [
        ("Statsbidrag", INTAKT, 4800),
        ("Övriga intäkter", INTAKT, 9600),
        ("Personalkostnader", KOSTNAD, 41200),
        ("Lokalkostnader", KOSTNAD, 12600),
        ("Övriga kostnader", KOSTNAD, 7900),
    ],
    "BUF-EHT": [
        ("Personalkostnader", KOSTNAD, 12300),
        ("Lokalkostnader", KOSTNAD, 600),
        ("Övriga kostnader", KOSTNAD, 1100),
    ],
    "SN": [("Politisk verksamhet", KOSTNAD, 980)],
    "SOF": [
        ("Statsbidrag", INTAKT, 1200),
        ("Personalkostnader", KOSTNAD, 7200),
        ("Lokalkostnader", KOSTNAD, 1400),
        ("Övriga kostnader", KOSTNAD, 2300),
    ],
    "SOF-IFO": [
        ("Statsbidrag", INTAKT, 1800),
        ("Personalkostnader", KOSTNAD, 24600),
        ("Lokalkostnader", KOSTNAD, 1900),
        ("Köp av verksamhet", KOSTNAD, 31000),
        ("Övriga kostnader", KOSTNAD, 4200),
    ],
    "SOF-AME": [
        ("Statsbidrag", INTAKT, 3100),
        ("Personalkostnader", KOSTNAD, 11400),
        ("Försörjningsstöd", KOSTNAD, 29000),
        ("Övriga kostnader", KOSTNAD, 1900),
    ],
    "SOF-LSS": [
        ("Taxor och avgifter", INTAKT, 900),
        ("Övriga intäkter", INTAKT, 6800),
        ("Personalkostnader", KOSTNAD, 52800),
        ("Lokalkostnader", KOSTNAD, 8600),
        ("Köp av verksamhet", KOSTNAD, 14200),
        ("Övriga kostnader", KOSTNAD, 3900),
    ],
    "VON": [("Politisk verksamhet", KOSTNAD, 1050)],
    "VOF": [
        ("Statsbidrag", INTAKT, 6500),
        ("Personalkostnader", KOSTNAD, 9600),
        ("Lokalkostnader", KOSTNAD, 1200),
        ("Köp av verksamhet", KOSTNAD, 22000),
        ("Övriga kostnader", KOSTNAD, 8900),
    ],
    "VOF-HT": [
        ("Taxor och avgifter", INTAKT, 5600),
        ("Personalkostnader", KOSTNAD, 68400),
        ("Lokalkostnader", KOSTNAD, 1800),
        ("Övriga kostnader", KOSTNAD, 7300),
    ],
    "VOF-BJK": [
        ("Taxor och avgifter", INTAKT, 11200),
        ("Personalkostnader", KOSTNAD, 46900),
        ("Lokalkostnader", KOSTNAD, 9400),
        ("Övriga kostnader", KOSTNAD, 5800),
    ],
    "VOF-HSL": [
        ("Övriga intäkter", INTAKT, 1200),
        ("Personalkostnader", KOSTNAD, 31500),
        ("Lokalkostnader", KOSTNAD, 900),
        ("Övriga kostnader", KOSTNAD, 4600),
    ],
    "SBN": [("Politisk verksamhet", KOSTNAD, 920)],
    "SBF": [
        ("Övriga intäkter", INTAKT, 1200),
        ("Personalkostnader", KOSTNAD, 6800),
        ("Lokalkostnader", KOSTNAD, 700),
        ("Övriga kostnader", KOSTNAD, 3100),
    ],
    "SBF-GAT": [
        ("Taxor och avgifter", INTAKT, 3800),
        ("Övriga intäkter", INTAKT, 1500),
        ("Personalkostnader", KOSTNAD, 8900),
        ("Övriga kostnader", KOSTNAD, 21400),
    ],
    "SBF-VA": [
        ("Taxor och avgifter", INTAKT, 40500),
        ("Personalkostnader", KOSTNAD, 9800),
        ("Kapitalkostnader", KOSTNAD, 12400),
        ("Övriga kostnader", KOSTNAD, 17600),
    ],
    "SBF-FAS": [
        ("Internhyror", INTAKT, 118000),
        ("Personalkostnader", KOSTNAD, 11200),
        ("Lokalkostnader", KOSTNAD, 6500),
        ("Kapitalkostnader", KOSTNAD, 58000),
        ("Övriga kostnader", KOSTNAD, 42000),
    ],
    "SBF-MAT": [
        ("Övriga intäkter", INTAKT, 44900),
        ("Personalkostnader", KOSTNAD, 24600),
        ("Lokalkostnader", KOSTNAD, 2100),
        ("Övriga kostnader", KOSTNAD, 19800),
    ],
    "KFN": [("Politisk verksamhet", KOSTNAD, 760)],
    "KFF": [
        ("Personalkostnader", KOSTNAD, 3900),
        ("Föreningsbidrag", KOSTNAD, 6400),
        ("Övriga kostnader", KOSTNAD, 1100),
    ],
    "KFF-BIB": [
        ("Statsbidrag", INTAKT, 400),
        ("Personalkostnader", KOSTNAD, 7800),
        ("Lokalkostnader", KOSTNAD, 3200),
        ("Övriga kostnader", KOSTNAD, 2300),
    ],
    "KFF-ANL": [
        ("Taxor och avgifter", INTAKT, 4600),
        ("Personalkostnader", KOSTNAD, 9700),
        ("Lokalkostnader", KOSTNAD, 14800),
        ("Övriga kostnader", KOSTNAD, 5200),
    ],
    "KFF-UNG": [
        ("Statsbidrag", INTAKT, 300),
        ("Personalkostnader", KOSTNAD, 4300),
        ("Lokalkostnader", KOSTNAD, 900),
        ("Övriga kostnader", KOSTNAD, 800),
    ],
    "MBN": [("Politisk verksamhet", KOSTNAD, 640)],
    "MBF": [("Personalkostnader", KOSTNAD, 3100), ("Övriga kostnader", KOSTNAD, 1400)],
    "MBF-BYG": [
        ("Taxor och avgifter", INTAKT, 5200),
        ("Personalkostnader", KOSTNAD, 6400),
        ("Övriga kostnader", KOSTNAD, 900),
    ],
    "MBF-MIL": [
        ("Taxor och avgifter", INTAKT, 3900),
        ("Personalkostnader", KOSTNAD, 7300),
        ("Övriga kostnader", KOSTNAD, 700),
    ],
    "ABO": [
        ("Hyresintäkter", INTAKT, 212000),
        ("Personalkostnader", KOSTNAD, 21000),
        ("Drift och underhåll", KOSTNAD, 118000),
        ("Kapitalkostnader", KOSTNAD, 58000),
    ],
    "AEN": [
        ("Försäljning av värme och el", INTAKT, 186000),
        ("Personalkostnader", KOSTNAD, 28000),
        ("Bränsle och inköpt energi", KOSTNAD, 74000),
        ("Drift och underhåll", KOSTNAD, 31000),
        ("Kapitalkostnader", KOSTNAD, 41000),
    ],
}

# Yearly budget growth per post; overrides per (body, post, year)
TILLVAXT = {"Personalkostnader": 1.03, "Statsbidrag": 1.0, "Taxor och avgifter": 1.025}
TILLVAXT_SPECIAL = {("SBF-VA", "Taxor och avgifter", ar): 1.08 for ar in (2027, 2028, 2029)}
# Frame changes in tkr, carried forward to later years
JUSTERING = {
    ("SOF-IFO", "Köp av verksamhet", 2026): -1500,
    ("SOF-IFO", "Köp av verksamhet", 2027): 4000,
    ("SOF-IFO", "Köp av verksamhet", 2028): -2000,
    ("SOF-IFO", "Köp av verksamhet", 2029): -2000,
    ("BUF-LAR", "Lokalkostnader", 2027): 3100,
    ("SBF-FAS", "Internhyror", 2027): 3100,
    ("SBF-FAS", "Kapitalkostnader", 2027): 2600,
    ("VOF-HT", "Personalkostnader", 2027): 3500,
    ("KFF-ANL", "Lokalkostnader", 2027): 800,
    ("BUF", "Statsbidrag", 2027): -1400,
    ("KS", "Politisk verksamhet", 2026): 900,  # election year
    ("KS", "Politisk verksamhet", 2027): -900,
}

# Outcome/forecast factors (2025 outcome, 2026-T1 forecast, 2026-T2 forecast)
STD_KOSTNAD = (0.988, 0.995, 0.993)
STD_INTAKT = (1.03, 1.015, 1.02)
ORG_FAKTOR = {  # body: (cost factors, revenue factors)
    "KLF": ((0.975, 0.985, 0.985), STD_INTAKT),
    "KS": ((1.02, 1.06, 1.05), STD_INTAKT),
    "BUF": ((0.99, 1.0, 1.022), (1.04, 1.02, 1.02)),
    "BUF-GYM": ((1.005, 1.008, 1.02), (1.01, 1.0, 1.0)),
    "BUF-FSK": ((0.975, 0.99, 0.99), (0.97, 0.98, 0.98)),
    "BUF-LAR": ((0.98, 0.99, 0.99), (0.97, 0.98, 0.98)),
    "SBF-FAS": (STD_KOSTNAD, (1.0, 1.0, 1.0)),  # internal rents
    "SBF-MAT": (STD_KOSTNAD, (0.995, 1.0, 1.0)),  # internal meal sales
    "SBF-VA": (STD_KOSTNAD, (1.01, 1.0, 1.005)),
    "ABO": (STD_KOSTNAD, (1.005, 1.0, 1.0)),
    "AEN": (STD_KOSTNAD, (0.98, 0.99, 0.99)),
}
POST_FAKTOR = {
    ("SOF-IFO", "Köp av verksamhet"): (1.30, 1.22, 1.26),
    ("SOF-AME", "Försörjningsstöd"): (0.93, 0.95, 0.94),
    ("VOF-HT", "Personalkostnader"): (1.075, 1.045, 1.035),
    ("VOF-HSL", "Personalkostnader"): (1.04, 1.03, 1.025),
    ("VOF", "Köp av verksamhet"): (1.05, 1.03, 1.03),
    ("SBF-GAT", "Övriga kostnader"): (0.93, 1.0, 0.97),
    ("SBF-FAS", "Övriga kostnader"): (0.96, 0.95, 0.94),
    ("MBF-BYG", "Taxor och avgifter"): (1.15, 1.12, 1.14),
    ("KFF-ANL", "Taxor och avgifter"): (1.08, 0.99, 0.97),
}


def faktor(org, post, typ):
    if (org, post) in POST_FAKTOR:
        return POST_FAKTOR[(org, post)]
    kost, intakt = ORG_FAKTOR.get(org, (STD_KOSTNAD, STD_INTAKT))
    return kost if typ == KOSTNAD else intakt


def andel_hittills(post, period):
    """Share of the annual amount booked so far in the period."""
    if post == "Statsbidrag":
        return 0.2 if period == "T1" else 0.55
    return 4 / 12 if period == "T1" else 8 / 12


BUDGET = {}
for _org, _poster in EKONOMI_POSTER.items():
    for _post, _typ, _b in _poster:
        BUDGET[(_org, _post, 2025)] = _b
        for _ar in range(2026, 2030):
            _g = TILLVAXT_SPECIAL.get((_org, _post, _ar), TILLVAXT.get(_post, 1.02))
            if _post == "Personalkostnader" and _ar >= 2028:
                _g = 1.028
            _ny = int(round(BUDGET[(_org, _post, _ar - 1)] * _g, -2))
            BUDGET[(_org, _post, _ar)] = _ny + JUSTERING.get((_org, _post, _ar), 0)

# Rows: (Organisation, År, Period, Post, Typ, Budget, Utfall, Prognos)
EKONOMI = []
for _org, _poster in EKONOMI_POSTER.items():
    for _post, _typ, _ in _poster:
        _f25, _f26a, _f26b = faktor(_org, _post, _typ)
        _b25 = BUDGET[(_org, _post, 2025)]
        _u25 = avrunda(_b25 * _f25 * (1 + rng.uniform(-0.004, 0.004)))
        EKONOMI.append((_org, 2025, "", _post, _typ, _b25, _u25, None))
        _b26 = BUDGET[(_org, _post, 2026)]
        for _per, _f in (("T1", _f26a), ("T2", _f26b)):
            _prog = int(round(_b26 * _f * (1 + rng.uniform(-0.003, 0.003)), -1))
            _utf = avrunda(_b26 * _f * andel_hittills(_post, _per) * (1 + rng.uniform(-0.01, 0.01)))
            EKONOMI.append((_org, 2026, f"2026-{_per}", _post, _typ, _b26, _utf, _prog))
        for _ar in (2027, 2028, 2029):
            EKONOMI.append((_org, _ar, "", _post, _typ, BUDGET[(_org, _post, _ar)], None, None))


def netto(orgs, ar, period, falt):
    """Net cost (costs minus revenues) for a set of bodies; falt 5=budget 6=utfall 7=prognos."""
    s = 0
    for rad in EKONOMI:
        if rad[0] in orgs and rad[1] == ar and rad[2] == period and rad[falt] is not None:
            s += rad[falt] if rad[4] == KOSTNAD else -rad[falt]
    return s


def avvikelse(org, ar, period):
    """Budget deviation (budget minus outcome/forecast) for a body and everything below it."""
    orgs = undertrad(org)
    b = netto(orgs, ar, period, 5)
    return b - netto(orgs, ar, period, 6 if period == "" else 7)


KOMMUNEN = set(ORG_NAMN) - {o for o in ORG_NAMN if ORG_NIVA[o] == "Bolag"}
NK_2025 = netto(KOMMUNEN, 2025, "", 6)  # net cost of operations, outcome 2025
NK_2026 = netto(KOMMUNEN, 2026, "2026-T2", 7)  # forecast 2026 at T2
FINANSNETTO_2025, FINANSNETTO_2026 = -6200, -7400
# Tax revenue chosen so that the result matches the measure (2,3 % in 2025, ~1,6 % forecast 2026)
SKATT_2025 = int(round((NK_2025 - FINANSNETTO_2025) / (1 - 0.023), -2))
SKATT_2026 = int(round((NK_2026 - FINANSNETTO_2026) / (1 - 0.016), -2))
RESULTAT_2025 = SKATT_2025 - NK_2025 + FINANSNETTO_2025
RESULTAT_2026 = SKATT_2026 - NK_2026 + FINANSNETTO_2026


def antal_negativa(ar, period):
    return sum(1 for n in NAMNDER if avvikelse(n, ar, period) < 0)


def avvikelse_procent(org, ar, period):
    b = netto(undertrad(org), ar, period, 5)
    return avrunda(avvikelse(org, ar, period) / b * 100, 1)


# ---------------------------------------------------------------------------
# Goals (Mål) and measures (Mätetal)
# ---------------------------------------------------------------------------

MAL = []
MATETAL = []


def G(id, org, persp, over, text, agenda="", fran=None, till=None, beskr=""):
    MAL.append(
        dict(
            id=id,
            org=org,
            persp=persp,
            over=over or "",
            text=text,
            agenda=agenda,
            fran=fran,
            till=till,
            beskr=beskr,
        )
    )


def M(
    namn,
    enhet,
    riktning,
    mal,
    utfall,
    kolada="",
    kalla="",
    dec=None,
    ar=False,
    pct=False,
    extra=None,
):
    """A measure on the latest goal.

    mal: (target 2025, target 2029), interpolated; or five values (None = missing); or None.
    utfall: [2023, 2024, 2025] or [2023, 2024, 2025, 2026-T1, 2026-T2]; EJ(...) means no value.
    ar: reported yearly only. pct: write outcomes as percent-formatted fractions.
    extra: explicit values for other periods, e.g. {"2025-T1": 3}.
    """
    mal_id = MAL[-1]["id"]
    n = sum(1 for m in MATETAL if m["mal"] == mal_id) + 1
    MATETAL.append(
        dict(
            id=f"{mal_id}.{n}",
            mal=mal_id,
            namn=namn,
            enhet=enhet,
            riktning=riktning,
            malv=mal,
            utfall=utfall,
            kolada=kolada,
            kalla=kalla,
            dec=dec,
            ar=ar,
            pct=pct,
            extra=extra or {},
        )
    )


# Kommunfullmäktige: two goals per perspective
G(
    "KF-1",
    "KF",
    "INV",
    None,
    "Invånarna i Älvby ska ha tillgång till en likvärdig utbildning av hög kvalitet som ger alla "
    "barn och elever förutsättningar att nå sin fulla potential.",
    "4, 10",
    2024,
    2027,
    "Utbildning är den viktigaste faktorn för individens möjligheter till arbete och ett gott "
    "liv. Målet omfattar hela utbildningskedjan från förskola till vuxenutbildning.",
)
M(
    "Andel elever i åk 9 som är behöriga till yrkesprogram",
    "%",
    H,
    (88, 92),
    [82.4, 84.1, 85.9],
    kolada="N15428",
    kalla="Kolada (Skolverket)",
    dec=1,
    ar=True,
)
M(
    "Andel gymnasieelever med examen inom fyra år, hemkommun",
    "%",
    H,
    (80, 84),
    [71.2, 73.5, 76.0],
    kalla="Skolverket",
    dec=1,
    ar=True,
)
G(
    "KF-2",
    "KF",
    "INV",
    None,
    "Invånare som behöver stöd, vård och omsorg ska få det i rätt tid, med god kvalitet och med "
    "respekt för den enskildes självbestämmande.",
    "3, 10",
    2024,
    2027,
    "Målet gäller socialtjänst, äldreomsorg, stöd till personer med funktionsnedsättning och "
    "kommunal hälso- och sjukvård.",
)
M(
    "Väntetid till särskilt boende, medelvärde",
    "dagar",
    L,
    (45, 40),
    [68, 59, 52, 49, 46],
    kolada="U23401",
    kalla="Kolada (egen undersökning)",
    dec=0,
)
M(
    "Andel brukare som är nöjda med hemtjänsten som helhet",
    "%",
    H,
    (90, 92),
    [87, 88, 91],
    kalla="Socialstyrelsens brukarundersökning",
    dec=0,
    ar=True,
)
G(
    "KF-3",
    "KF",
    "OMV",
    None,
    "Älvby ska vara en attraktiv och trygg kommun att bo, leva och verka i, med ett växande "
    "näringsliv och fler bostäder.",
    "8, 11, 16",
    2024,
    2027,
    "En växande befolkning och fler arbetstillfällen är en förutsättning för att långsiktigt "
    "finansiera välfärden.",
)
M(
    "Antal invånare",
    "antal",
    "Högre",
    (12800, 13300),
    [12634, 12702, 12768, 12779, 12801],
    kolada="N01951",
    kalla="SCB",
)
M(
    "Antal färdigställda bostäder",
    "antal",
    H,
    (90, 90),
    [61, 48, 74, 79, 83],
    kalla="SCB och bygglovsregistret",
)
M(
    "Andel invånare som känner sig trygga utomhus på kvällen",
    "%",
    H,
    (75, 78),
    [71, 70, 68],
    kalla="SCB medborgarundersökning",
    dec=0,
    ar=True,
)
G(
    "KF-4",
    "KF",
    "OMV",
    None,
    "Älvby ska minska sin klimatpåverkan och ligga i framkant i miljö- och klimatarbetet.",
    "7, 11, 12, 13",
    2024,
    2027,
    "Kommunen ska gå före i omställningen genom egna lokaler, fordon, måltider och upphandling.",
)
M(
    "Energianvändning i kommunala lokaler",
    "kWh/m²",
    L,
    (160, 145),
    [178, 171, 163, 158, 155],
    kalla="Energiportalen (energiuppföljning)",
    dec=0,
)
M(
    "Utsläpp av växthusgaser från kommunens fordon och tjänsteresor",
    "ton CO₂e",
    L,
    (410, 300),
    [520, 476, 430, 418, 405],
    kalla="Egen klimatredovisning",
    dec=0,
)
G(
    "KF-5",
    "KF",
    "ORG",
    None,
    "Älvby kommun ska vara en attraktiv arbetsgivare med friska medarbetare och ett "
    "tillitsbaserat ledarskap.",
    "3, 5, 8",
    2024,
    2027,
)
M(
    "Sjukfrånvaro bland kommunens medarbetare",
    "%",
    L,
    (6.5, 5.5),
    [7.9, 7.4, 7.1, 7.6, 6.8],
    kolada="N00090",
    kalla="Personalsystemet Heroma",
    dec=1,
    extra={"2025-T1": 7.8, "2025-T2": 7.1},
)
M(
    "Hållbart medarbetarengagemang (HME), totalindex",
    "index",
    H,
    (80, 82),
    [78, 79, 80],
    kolada="U00200",
    kalla="Medarbetarenkät",
    dec=0,
    ar=True,
)
G(
    "KF-6",
    "KF",
    "ORG",
    None,
    "Kommunens service ska vara tillgänglig och effektiv, med digitala tjänster där det gör "
    "nytta för invånarna.",
    "9, 16",
    2024,
    2027,
)
M(
    "Nöjd Medborgar-Index, kontakt med kommunen",
    "index",
    H,
    (60, 64),
    [
        55,
        EJ("Ej mätt", "Medborgarundersökningen genomförs vartannat år; nästa mätning hösten 2025."),
        58,
    ],
    kalla="SCB medborgarundersökning",
    dec=0,
    ar=True,
)
M(
    "Andel ansökningsärenden som kommer in via e-tjänst",
    "%",
    H,
    [60, 65, 70, 75, None],
    [38, 46, 55, 58, 61],
    kalla="E-tjänsteplattformen",
    dec=0,
)
G(
    "KF-7",
    "KF",
    "Ekonomi",
    None,
    "Kommunen ska ha en god ekonomisk hushållning och ett resultat som långsiktigt säkrar "
    "verksamhet och investeringar.",
    "",
    2024,
    2027,
    "Målet följs upp med de finansiella målen för god ekonomisk hushållning.",
)
M(
    "Årets resultat i procent av skatteintäkter och generella statsbidrag",
    "%",
    H,
    (2.0, 2.0),
    [1.2, 2.6, avrunda(RESULTAT_2025 / SKATT_2025 * 100, 1)],
    kolada="N03001",
    kalla="Årsredovisningen",
    dec=1,
    ar=True,
)
M(
    "Soliditet inklusive samtliga pensionsförpliktelser",
    "%",
    H,
    (35, 40),
    [31.5, 33.0, 34.1],
    kolada="N03106",
    kalla="Årsredovisningen",
    dec=1,
    ar=True,
)
M(
    "Självfinansieringsgrad av nettoinvesteringar",
    "%",
    "Högre",
    (80, 80),
    [62, 71, 84],
    kalla="Årsredovisningen",
    dec=0,
    ar=True,
)
G(
    "KF-8",
    "KF",
    "Ekonomi",
    None,
    "Nämnderna ska bedriva sin verksamhet inom tilldelad budgetram och använda resurserna "
    "effektivt.",
    "",
    2024,
    2027,
)
M(
    "Antal nämnder med negativ budgetavvikelse",
    "antal",
    L,
    (0, 0),
    [
        3,
        2,
        antal_negativa(2025, ""),
        antal_negativa(2026, "2026-T1"),
        antal_negativa(2026, "2026-T2"),
    ],
    kalla="Ekonomisystemet",
    dec=0,
    extra={"2025-T1": 3, "2025-T2": 2},
)
M(
    "Nettokostnadsavvikelse totalt (exkl. LSS)",
    "%",
    L,
    (0, 0),
    [2.4, 1.6, 0.9],
    kolada="N00097",
    kalla="Kolada",
    dec=1,
    ar=True,
)

# Kommunstyrelsen
G(
    "KS-1",
    "KS",
    "OMV",
    "KF-3",
    "Fler företag ska välja att starta, etablera sig och växa i Älvby.",
    "8, 9",
)
M(
    "Nystartade företag per 1 000 invånare",
    "antal",
    H,
    (4.5, 5.0),
    [3.9, 4.1, 4.4, 4.5, 4.7],
    kalla="Tillväxtanalys",
    dec=1,
)
M(
    "Sammanfattande omdöme om företagsklimatet",
    "betyg (1–6)",
    H,
    (3.6, 3.8),
    [3.2, 3.4, 3.5],
    kalla="Svenskt Näringslivs företagarenkät",
    dec=1,
    ar=True,
)
G(
    "KS-2",
    "KS",
    "ORG",
    "KF-5",
    "Kommunen ska ha en hållbar kompetensförsörjning, låg personalomsättning och säkra "
    "arbetsplatser.",
    "3, 8",
)
M(
    "Personalomsättning, tillsvidareanställda",
    "%",
    L,
    (9, 8),
    [12.1, 11.3, 10.2, 9.8, 9.4],
    kalla="Personalsystemet Heroma",
    dec=1,
)
M(
    "Antal arbetsplatsolyckor med sjukfrånvaro",
    "antal",
    L,
    (0, 0),
    [14, 11, 9, 2, 5],
    kalla="KIA (arbetsmiljösystem)",
    dec=0,
    extra={"2025-T1": 3, "2025-T2": 6},
)
G(
    "KS-3",
    "KS",
    "ORG",
    "KF-6",
    "Invånare och företag ska uppleva en enkel och tillgänglig kontakt med kommunen.",
    16,
)
M(
    "Antal e-tjänster i drift",
    "antal",
    H,
    (60, 90),
    [34, 45, 58, 62, 66],
    kalla="E-tjänsteplattformen",
)
G(
    "KS-4",
    "KS",
    "EKO",
    "KF-7",
    "Kommunens finansiella mål ska nås så att ekonomin långsiktigt klarar investeringarna i "
    "skolor, vård och infrastruktur.",
)
M(
    "Låneskuld per invånare, kommunen",
    "kr",
    L,
    (45000, 48000),
    [41200, 43900, 46500, 46900, 47400],
    kalla="Årsredovisningen",
    dec=0,
)
G("KLF-1", "KLF", "ORG", "KS-2", "Heltid ska vara norm i kommunens verksamheter.")
M(
    "Andel medarbetare med heltidsanställning",
    "%",
    H,
    (85, 90),
    [78.0, 81.0, 83.5, 84.1, 84.6],
    kalla="Personalsystemet Heroma",
    dec=1,
)
G(
    "KLF-2",
    "KLF",
    "EKO",
    "KS-4",
    "Ekonomistyrningen ska ge nämnderna tidiga och tillförlitliga prognoser.",
)
M(
    "Prognosavvikelse vid tertial 1 jämfört med bokslut",
    "%",
    "↓",
    (1.0, 0.5),
    [2.3, 1.7, 1.2],
    kalla="Ekonomisystemet",
    dec=1,
    ar=True,
)
G(
    "KLF-3",
    "KLF",
    "OMV",
    "KS-1",
    "Företag ska få snabb och samordnad service vid etablering och tillstånd.",
)
M(
    "Andel nöjda företag efter kontakt med företagslotsen",
    "%",
    H,
    (85, 90),
    [79, 82, 86, 85, 88],
    kalla="Egen kundenkät",
    dec=0,
)
G(
    "KLF-EKO-1",
    "KLF-EKO",
    "EKO",
    "KLF-2",
    "Leverantörsfakturor ska hanteras digitalt och betalas i tid.",
)
M(
    "Andel leverantörsfakturor som tas emot elektroniskt",
    "%",
    H,
    (95, 98),
    [86, 91, 94, 95, 96],
    kalla="Ekonomisystemet",
    dec=0,
    pct=True,
)
M(
    "Andel fakturor som betalas i tid",
    "%",
    H,
    (98, 98),
    [95.1, 96.4, 95.8, 96.9, 97.6],
    kalla="Ekonomisystemet",
    dec=1,
)
G(
    "KLF-EKO-2",
    "KLF-EKO",
    "OMV",
    "KS-1",
    "Kommunens upphandlingar ska ställa hållbarhetskrav och göra det lättare för lokala företag "
    "att lämna anbud.",
    "8, 12",
)
G("KLF-HR-1", "KLF-HR", "ORG", "KLF-1", "Rekryteringar ska genomföras snabbt och med god kvalitet.")
M(
    "Rekryteringstid från publicerad annons till anställningsbeslut, median",
    "dagar",
    L,
    (38, 30),
    [44, 41, 38, 37, 36],
    kalla="Rekryteringssystemet",
    dec=0,
)
G(
    "KLF-KOM-1",
    "KLF-KOM",
    "INV",
    "KS-3",
    "Invånare som kontaktar Kontaktcenter ska få snabba och korrekta svar.",
)
M(
    "Andel samtal till Kontaktcenter som besvaras inom två minuter",
    "%",
    H,
    (85, 90),
    [76, 80, 83, 85, 87],
    kalla="Telefonisystemet",
    dec=0,
)
M(
    "Andel ärenden som löses vid första kontakten",
    "%",
    H,
    (70, 75),
    [61, 64, 69, 71, 72],
    kalla="Ärendesystemet",
    dec=0,
)
G(
    "KLF-NAR-1",
    "KLF-NAR",
    "OMV",
    "KLF-3",
    "Företagslotsen ska ge etablerande företag ett samordnat besked inom tio arbetsdagar.",
)
M(
    "Andel lotsärenden med samordnat besked inom tio arbetsdagar",
    "%",
    H,
    (90, 95),
    [72, 80, 86, 90, 92],
    kalla="Ärendesystemet",
    dec=0,
)

# Barn- och utbildningsnämnden
G(
    "BUN-1",
    "BUN",
    "INV",
    "KF-1",
    "Alla barn och elever ska utvecklas så långt som möjligt och lämna skolan med behörighet "
    "till fortsatta studier.",
    "4, 10",
    2025,
    2027,
)
M(
    "Andel elever i åk 9 som uppnått kunskapskraven i alla ämnen, kommunala skolor",
    "%",
    H,
    (78, 82),
    [72.0, 74.5, 73.2],
    kolada="N15419",
    kalla="Kolada (Skolverket)",
    dec=1,
    ar=True,
)
M(
    "Genomsnittligt meritvärde i åk 9 (17 ämnen), kommunala skolor",
    "poäng",
    H,
    (225, 235),
    [214.3, 219.8, 222.1],
    kolada="N15505",
    kalla="Kolada (Skolverket)",
    dec=1,
    ar=True,
)
G(
    "BUN-2",
    "BUN",
    "INV",
    "KF-1",
    "Barn och elever ska känna sig trygga och ha studiero i förskola och skola.",
    "4, 16",
    2025,
    2027,
)
M(
    "Andel elever i åk 5 som känner sig trygga i skolan",
    "%",
    H,
    (95, 95),
    [
        EJ("Uppgift saknas", "Elevenkäten genomfördes inte 2023 på grund av byte av enkätverktyg."),
        92,
        93,
    ],
    kalla="Elevenkät",
    dec=0,
    ar=True,
)
M(
    "Andel elever i åk 8 som upplever studiero på lektionerna",
    "%",
    H,
    (75, 80),
    [62, 64, 61],
    kalla="Elevenkät",
    dec=0,
    ar=True,
)
G(
    "BUN-3",
    "BUN",
    "OMV",
    "KF-3",
    "Barnfamiljer ska erbjudas förskoleplats på önskat placeringsdatum.",
    "4, 5, 8",
)
M(
    "Andel barn som erbjudits plats i förskola på önskat placeringsdatum",
    "%",
    H,
    (90, 98),
    [83, 88, 92, 94, 96],
    kolada="U11401",
    kalla="Kolada (egen undersökning)",
    dec=0,
)
G(
    "BUN-4",
    "BUN",
    "ORG",
    "KF-5",
    "Förskola och skola ska ha behöriga pedagoger och en god arbetsmiljö.",
    "4, 8",
)
M(
    "Andel lärare med legitimation och behörighet i minst ett ämne, grundskola",
    "%",
    H,
    (85, 88),
    [79.0, 80.5, 82.0],
    kalla="Skolverket",
    dec=1,
    ar=True,
)
M(
    "Antal inskrivna barn per årsarbetare i förskolan",
    "antal",
    L,
    (5.3, 5.0),
    [5.4, 5.3, 5.2, 5.2, 5.1],
    kolada="N11102",
    kalla="Kolada (Skolverket) och placeringssystemet",
    dec=1,
)
M(
    "Sjukfrånvaro, barn- och utbildningsförvaltningen",
    "%",
    L,
    (6.0, 5.5),
    [7.2, 6.9, 7.3, 7.4, 7.0],
    kalla="Personalsystemet Heroma",
    dec=1,
)
G(
    "BUN-5",
    "BUN",
    "Ekonomi",
    "KF-8",
    "Barn- och utbildningsnämnden ska bedriva verksamheten inom tilldelad budgetram.",
)
M(
    "Budgetavvikelse i procent av nettobudget",
    "%",
    H,
    (0, 0),
    [
        0.4,
        -0.3,
        avvikelse_procent("BUN", 2025, ""),
        avvikelse_procent("BUN", 2026, "2026-T1"),
        avvikelse_procent("BUN", 2026, "2026-T2"),
    ],
    kalla="Ekonomisystemet",
    dec=1,
    extra={"2025-T1": -0.2, "2025-T2": 0.3},
)
G(
    "BUF-1",
    "BUF",
    "INV",
    "BUN-1",
    "Undervisningen ska anpassas så att fler elever når godtagbara kunskaper i matematik.",
)
M(
    "Andel elever i åk 6 med lägst betyget E i matematik, kommunala skolor",
    "%",
    H,
    (90, 92),
    [84.0, 85.5, 87.9],
    kolada="N15485",
    kalla="Kolada (Skolverket)",
    dec=1,
    ar=True,
)
G(
    "BUF-2",
    "BUF",
    "INV",
    "BUN-2",
    "Arbetet mot kränkande behandling ska vara systematiskt och följas upp på varje enhet.",
)
M(
    "Andel anmälningar om kränkande behandling där utredning påbörjats inom fem arbetsdagar",
    "%",
    H,
    (100, 100),
    [82, 88, 93, 95, 95],
    kalla="Ärendesystemet",
    dec=0,
)
G("BUF-3", "BUF", "EKO", "BUN-5", "Lokalerna i förskola och skola ska användas effektivt.")
M(
    "Lokalyta per barn och elev",
    "m²",
    L,
    (9.5, 9.0),
    [10.6, 10.4, 10.1, 10.1, 10.0],
    kalla="Lokalförsörjningsplanen",
    dec=1,
)
G(
    "BUF-FSK-1",
    "BUF-FSK",
    "INV",
    "BUN-2",
    "Alla barn på Solrosen ska känna sig trygga och delaktiga i förskolans verksamhet.",
)
M(
    "Andel vårdnadshavare som anger att barnet känner sig tryggt på förskolan",
    "%",
    H,
    (95, 95),
    [93, 94, 96],
    kalla="Vårdnadshavarenkät",
    dec=0,
    ar=True,
    pct=True,
)
G(
    "BUF-LAR-1",
    "BUF-LAR",
    "INV",
    "BUN-1",
    "Flerspråkiga barn ska få stöd i att utveckla både svenska och sitt modersmål.",
)
M(
    "Andel flerspråkiga barn som får modersmålsstöd",
    "%",
    H,
    (90, 95),
    [70, 78, 85, 86, 88],
    kalla="Förskolans dokumentation",
    dec=0,
)
G(
    "BUF-ALS-1",
    "BUF-ALS",
    "INV",
    "BUF-1",
    "Fler elever på Älvskolan ska nå godtagbara kunskaper i matematik i årskurs 6.",
)
M(
    "Andel elever i åk 6 på Älvskolan med lägst betyget E i matematik",
    "%",
    H,
    (90, 92),
    [81.0, 86.0, 88.5],
    kalla="Skolans betygsstatistik",
    dec=1,
    ar=True,
)
G(
    "BUF-ALS-2",
    "BUF-ALS",
    "INV",
    "BUF-2",
    "Fritidshemmet ska erbjuda en trygg och stimulerande miljö.",
)
M(
    "Andel elever som trivs på fritidshemmet",
    "%",
    "↑",
    (90, 92),
    [88, 87, 91],
    kalla="Elevenkät fritidshem",
    dec=0,
    ar=True,
)
G(
    "BUF-NBS-1",
    "BUF-NBS",
    "INV",
    "BUN-1",
    "Alla elever på Norrbyskolan ska nå behörighet till gymnasiets nationella program.",
)
M(
    "Andel elever i åk 9 på Norrbyskolan som är behöriga till yrkesprogram",
    "%",
    H,
    (88, 92),
    [81.2, 83.7, 85.0],
    kalla="Skolans betygsstatistik",
    dec=1,
    ar=True,
)
G("BUF-NBS-2", "BUF-NBS", "INV", "BUN-2", "Studieron och närvaron på Norrbyskolan ska förbättras.")
M(
    "Andel elever i åk 8 på Norrbyskolan som upplever studiero",
    "%",
    H,
    (75, 80),
    [60, 63, 58],
    kalla="Elevenkät",
    dec=0,
    ar=True,
)
M(
    "Andel elever med mer än 10 procent ogiltig frånvaro",
    "%",
    L,
    (3.0, 2.0),
    [5.1, 4.6, 4.2, 3.9, 3.6],
    kalla="Frånvarosystemet Skola24",
    dec=1,
)
G(
    "BUF-GYM-1",
    "BUF-GYM",
    "INV",
    "BUN-1",
    "Fler elever ska ta examen från Älvby gymnasium inom tre år.",
)
M(
    "Andel elever med examen inom tre år, Älvby gymnasium",
    "%",
    H,
    (80, 84),
    [74.0, 75.5, 78.1],
    kalla="Skolans betygsstatistik",
    dec=1,
    ar=True,
)
G(
    "BUF-GYM-2",
    "BUF-GYM",
    "OMV",
    "KF-3",
    "Komvux ska bidra till kompetensförsörjningen inom vård, omsorg och industri.",
    "4, 8",
)
M(
    "Andel elever i yrkesinriktad vuxenutbildning som arbetar eller studerar ett år efter "
    "avslutad utbildning",
    "%",
    H,
    (72, 80),
    [68, 71, 73],
    kalla="SCB och Skolverket",
    dec=0,
    ar=True,
)
G(
    "BUF-EHT-1",
    "BUF-EHT",
    "INV",
    "BUN-2",
    "Elevhälsan ska arbeta förebyggande så att fler elever har hög närvaro.",
    3,
)
M(
    "Antal elever med problematisk frånvaro (över 20 procent)",
    "antal",
    L,
    (25, 15),
    [41, 37, 33, 30, 28],
    kalla="Frånvarosystemet Skola24",
)

# Socialnämnden
G(
    "SN-1",
    "SN",
    "INV",
    "KF-2",
    "Barn och unga som behöver stöd ska få det tidigt och med god kvalitet.",
    "3, 10, 16",
    2025,
    2027,
)
M(
    "Andel barnavårdsutredningar som avslutas inom fyra månader",
    "%",
    H,
    (95, 100),
    [81, 86, 90, 91, 93],
    kalla="Verksamhetssystemet Treserva",
    dec=0,
)
M(
    "Andel placerade barn och unga som bor i familjehem",
    "%",
    H,
    (80, 85),
    [74, 72, 77, 78, 79],
    kalla="Verksamhetssystemet Treserva",
    dec=0,
)
G(
    "SN-2",
    "SN",
    "OMV",
    "KF-3",
    "Fler invånare ska gå från ekonomiskt bistånd till egen försörjning.",
    "1, 8, 10",
)
M(
    "Antal hushåll med ekonomiskt bistånd, genomsnitt per månad",
    "antal",
    L,
    (310, 250),
    [342, 318, 301, 296, 288],
    kalla="Verksamhetssystemet Treserva",
)
M(
    "Väntetid från första kontakt till beslut om försörjningsstöd, medelvärde",
    "dagar",
    L,
    (12, 8),
    [14, 12, 11, 11, 10],
    kolada="U31402",
    kalla="Kolada (egen undersökning)",
    dec=0,
)
G(
    "SN-3",
    "SN",
    "Invånare",
    "KF-2",
    "Personer med funktionsnedsättning ska leva ett självständigt liv med inflytande över sina "
    "insatser.",
    10,
)
M(
    "Andel brukare i gruppbostad som upplever att de får bestämma om saker som är viktiga för dem",
    "%",
    H,
    (85, 90),
    [78, 80, 82],
    kalla="Brukarundersökning funktionshinderområdet",
    dec=0,
    ar=True,
)
M(
    "Verkställighetstid för bostad med särskild service enligt LSS, medelvärde",
    "dagar",
    L,
    (90, 60),
    [156, 132, 118, 121, 124],
    kalla="Verksamhetssystemet Treserva",
    dec=0,
)
G("SN-4", "SN", "ORG", "KF-5", "Socialtjänsten ska ha en stabil och erfaren personalgrupp.")
M(
    "Andel socialsekreterare inom barn och unga med minst tre års erfarenhet",
    "%",
    H,
    (60, 70),
    [42, 48, 46, 47, 49],
    kalla="Personalsystemet Heroma",
    dec=0,
)
M(
    "Personalomsättning bland socialsekreterare",
    "%",
    "Lägre",
    (15, 12),
    [24, 19, 17, 16, 15],
    kalla="Personalsystemet Heroma",
    dec=0,
)
G(
    "SN-5",
    "SN",
    "EKO",
    "KF-8",
    "Kostnaderna för externa placeringar ska minska genom fler insatser på hemmaplan.",
)
M(
    "Kostnad för externa placeringar av barn och unga",
    "tkr",
    L,
    (24000, 20000),
    [31500, 29800, 27400, 27900, 28600],
    kalla="Ekonomisystemet",
    dec=0,
)
G(
    "SOF-1",
    "SOF",
    "INV",
    "SN-1",
    "Öppenvården för barn och familjer ska byggas ut så att fler kan få stöd på hemmaplan.",
)
M(
    "Antal familjer som fått stöd av Familjeresursen",
    "antal",
    H,
    (110, 150),
    [84, 96, 112, 116, 121],
    kalla="Verksamhetssystemet Treserva",
)
G(
    "SOF-2",
    "SOF",
    "OMV",
    "SN-2",
    "Samverkan med Arbetsförmedlingen och Komvux ska leda till att fler får arbete eller börjar "
    "studera.",
)
M(
    "Andel deltagare i arbetsmarknadsinsatser som går vidare till arbete eller studier",
    "%",
    H,
    (36, 45),
    [31, 35, 38, 39, 41],
    kalla="Verksamhetssystemet Treserva",
    dec=0,
)
G("SOF-3", "SOF", "EKO", "SN-5", "Antalet vårddygn på HVB för barn och unga ska minska.")
M(
    "Antal vårddygn på HVB för barn och unga",
    "antal",
    L,
    (3000, 2400),
    [4350, 3980, 3420, 3310, 3260],
    kalla="Verksamhetssystemet Treserva",
)
G(
    "SOF-IFO-1",
    "SOF-IFO",
    "INV",
    "SOF-1",
    "Förhandsbedömningar och utredningar ska göras inom lagstadgad tid.",
)
M(
    "Andel förhandsbedömningar som görs inom 14 dagar",
    "%",
    H,
    (100, 100),
    [88, 92, 95, 96, 97],
    kalla="Verksamhetssystemet Treserva",
    dec=0,
)
G(
    "SOF-IFO-2",
    "SOF-IFO",
    "INV",
    "SN-1",
    "Unga i riskzon för kriminalitet ska nås av tidiga och samordnade insatser.",
    "16",
)
M(
    "Antal unga som är inskrivna i det förebyggande programmet Vändpunkten",
    "antal",
    H,
    [40, 45, 50, None, None],
    [18, 26, 35, 36, 38],
    kalla="Egen uppföljning",
)
G(
    "SOF-AME-1",
    "SOF-AME",
    "OMV",
    "SOF-2",
    "Alla hushåll med ekonomiskt bistånd ska ha en aktuell planering mot egen försörjning.",
)
M(
    "Andel hushåll med ekonomiskt bistånd som har en aktuell planering",
    "%",
    H,
    (88, 100),
    [77, 84, 89, 92, 94],
    kalla="Verksamhetssystemet Treserva",
    dec=0,
)
G(
    "SOF-LSS-1",
    "SOF-LSS",
    "INV",
    "SN-3",
    "Deltagare i daglig verksamhet ska erbjudas sysselsättning som motsvarar deras intressen och "
    "förmågor.",
)
M(
    "Andel deltagare i daglig verksamhet med individuell praktik på en arbetsplats",
    "%",
    H,
    (25, 30),
    [14, 17, 21, 22, 23],
    kalla="Egen uppföljning",
    dec=0,
)

# Vård- och omsorgsnämnden
G(
    "VON-1",
    "VON",
    "INV",
    "KF-2",
    "Äldre ska känna trygghet och ha inflytande över sin vardag i hemtjänst och på särskilt "
    "boende.",
    "3, 10",
    2025,
    2027,
)
M(
    "Andel boende i särskilt boende som är nöjda med boendet som helhet",
    "%",
    H,
    (90, 92),
    [85, 83, 86],
    kalla="Socialstyrelsens brukarundersökning",
    dec=0,
    ar=True,
)
M(
    "Antal olika personal som en hemtjänsttagare möter under 14 dagar, medelvärde",
    "antal",
    L,
    (12, 10),
    [16, 15, 14, 13, 13],
    kalla="Planeringssystemet",
    dec=0,
)
G(
    "VON-2",
    "VON",
    "OMV",
    "KF-2",
    "Fler äldre ska kunna bo kvar hemma tryggt med stöd av välfärdsteknik.",
    "3, 9",
)
M(
    "Antal hemtjänsttagare med digital nattillsyn",
    "antal",
    H,
    [None, 60, 75, 90, 100],
    [22, 38, 51, 56, 63],
    kalla="Larmcentralen",
)
G(
    "VON-3",
    "VON",
    "Organisation och medarbetare",
    "KF-5",
    "Vård- och omsorgsförvaltningen ska ha friska medarbetare och en hållbar bemanning.",
    "3, 5, 8",
)
M(
    "Sjukfrånvaro, vård- och omsorgsförvaltningen",
    "%",
    L,
    (8.0, 7.0),
    [10.4, 9.8, 9.5, 9.9, 9.1],
    kalla="Personalsystemet Heroma",
    dec=1,
)
M(
    "Andel timavlönades arbetade tid",
    "%",
    L,
    (10, 8),
    [15.2, 13.8, 12.9, 12.4, 12.0],
    kalla="Personalsystemet Heroma",
    dec=1,
)
G(
    "VON-4",
    "VON",
    "EKO",
    "KF-8",
    "Hemtjänsten ska bedrivas kostnadseffektivt genom bättre planering.",
)
M(
    "Kostnad per utförd hemtjänsttimme",
    "kr",
    L,
    (640, 620),
    [702, 688, 671, 668, 655],
    kalla="Ekonomisystemet och planeringssystemet",
    dec=0,
)
G(
    "VOF-1",
    "VOF",
    "INV",
    "VON-1",
    "Varje brukare ska ha en aktuell genomförandeplan som upprättats tillsammans med brukaren.",
)
M(
    "Andel brukare med aktuell genomförandeplan",
    "%",
    H,
    (95, 98),
    [82, 88, 91, 93, 96],
    kalla="Verksamhetssystemet Treserva",
    dec=0,
)
G("VOF-2", "VOF", "ORG", "VON-3", "Fler undersköterskor ska arbeta heltid.")
M(
    "Andel undersköterskor med heltidsanställning",
    "%",
    H,
    (80, 90),
    [61, 68, 72, 74, 75],
    kalla="Personalsystemet Heroma",
    dec=0,
)
G(
    "VOF-HT-1",
    "VOF-HT",
    "INV",
    "VON-1",
    "Hemtjänsttagarna i hemtjänstgrupp Centrum ska möta färre olika medarbetare.",
)
M(
    "Personalkontinuitet i hemtjänstgrupp Centrum, antal olika personal på 14 dagar",
    "antal",
    "↓",
    (12, 10),
    [17, 15, 13, 12, 11],
    kalla="Planeringssystemet",
    dec=0,
)
G("VOF-HT-2", "VOF-HT", "EKO", "VON-4", "Planeringen ska öka andelen brukarnära tid.")
M(
    "Brukartid i procent av arbetad tid",
    "%",
    H,
    (65, 68),
    [57, 60, 58, 59, 60],
    kalla="Planeringssystemet",
    dec=0,
)
G(
    "VOF-BJK-1",
    "VOF-BJK",
    "INV",
    "VOF-1",
    "Alla boende på Björkhagen ska erbjudas en meningsfull aktivitet varje dag.",
)
M(
    "Andel boende som erbjuds individuell aktivitet dagligen",
    "%",
    H,
    (90, 95),
    [70, 76, 84, 86, 88],
    kalla="Egen uppföljning",
    dec=0,
)
G("VOF-BJK-2", "VOF-BJK", "ORG", "VON-3", "Sjukfrånvaron på Björkhagen ska minska.")
M(
    "Sjukfrånvaro, Björkhagens vård- och omsorgsboende",
    "%",
    L,
    (8.0, 7.0),
    [11.8, 10.9, 9.2, 8.7, 7.9],
    kalla="Personalsystemet Heroma",
    dec=1,
)
G(
    "VOF-HSL-1",
    "VOF-HSL",
    "INV",
    "VON-1",
    "Fallskador och trycksår ska förebyggas genom systematiska riskbedömningar.",
    3,
)
M(
    "Andel boende i särskilt boende med aktuell riskbedömning i Senior alert",
    "%",
    H,
    (95, 98),
    [
        78,
        85,
        90,
        EJ(
            "Ej mätt",
            "Registreringen i Senior alert pausades i mars–april i samband med byte av "
            "verksamhetssystem.",
        ),
        92,
    ],
    kalla="Senior alert",
    dec=0,
)
M(
    "Antal fallskador som lett till sjukhusvård",
    "antal",
    L,
    (20, 15),
    [34, 29, 27, 26, 24],
    kalla="Avvikelsesystemet",
)
G(
    "VOF-HSL-2",
    "VOF-HSL",
    "INV",
    "VON-1",
    "Läkemedelshanteringen ska vara säker och följas upp systematiskt.",
    3,
)

# Samhällsbyggnadsnämnden
G(
    "SBN-1",
    "SBN",
    "OMV",
    "KF-4",
    "Kommunens verksamheter ska bli mer energieffektiva och fossilfria.",
    "7, 13",
)
M(
    "Andel fossilfria fordon i kommunens fordonsflotta",
    "%",
    H,
    (70, 90),
    [38, 49, 58, 61, 63],
    kalla="Fordonsregistret",
    dec=0,
)
G(
    "SBN-2",
    "SBN",
    "INV",
    "KF-3",
    "Invånarna ska ha säkert dricksvatten och en trygg och tillgänglig trafikmiljö.",
    "6, 11",
)
M(
    "Antal dagar med kokningsrekommendation för dricksvatten",
    "dagar",
    L,
    (0, 0),
    [0, 6, 0, 0, 3],
    kalla="VA-enhetens driftjournal",
    dec=0,
    extra={"2025-T1": 0, "2025-T2": 0},
)
M(
    "Nya gång- och cykelvägar",
    "km",
    H,
    (2.0, 2.0),
    [1.2, 0.8, 2.4],
    kalla="Gata och park",
    dec=1,
    ar=True,
)
G(
    "SBN-3",
    "SBN",
    "OMV",
    "KF-4",
    "Måltiderna i förskola, skola och äldreomsorg ska vara goda, näringsriktiga och klimatsmarta.",
    "2, 12",
)
M(
    "Andel ekologiska livsmedel",
    "%",
    H,
    (35, 40),
    [27, 29, 26, 27, 28],
    kolada="U07409",
    kalla="Kolada (egen undersökning)",
    dec=0,
)
G(
    "SBN-4",
    "SBN",
    "EKO",
    "KF-7",
    "Kommunens fastigheter ska underhållas så att värdet bevaras och underhållsskulden minskar.",
)
M(
    "Planerat underhåll per kvadratmeter",
    "kr/m²",
    H,
    (135, 150),
    [85, 96, 104],
    kalla="Fastighetssystemet",
    dec=0,
    ar=True,
)
G(
    "SBF-1",
    "SBF",
    "OMV",
    "SBN-1",
    "Energieffektiviseringsåtgärder ska genomföras i de fastigheter som har högst "
    "energianvändning.",
)
M(
    "Antal genomförda energiåtgärder i kommunala fastigheter",
    "antal",
    H,
    (12, 12),
    [6, 9, 11],
    kalla="Fastighetssystemet",
    ar=True,
)
G("SBF-2", "SBF", "INV", "SBN-2", "Felanmälningar om gator och belysning ska åtgärdas snabbt.")
M(
    "Andel felanmälningar om gatubelysning som åtgärdas inom tio arbetsdagar",
    "%",
    H,
    (90, 95),
    [74, 81, 86, 88, 91],
    kalla="Felanmälningssystemet",
    dec=0,
)
G(
    "SBF-3",
    "SBF",
    "EKO",
    "SBN-4",
    "Investeringsprojekt ska genomföras enligt tidplan och inom budget.",
)
M(
    "Andel avslutade investeringsprojekt inom budget",
    "%",
    H,
    None,
    [70, 78, 74],
    kalla="Projektuppföljning",
    dec=0,
    ar=True,
)
G("SBF-FAS-1", "SBF-FAS", "OMV", "SBF-1", "Energianvändningen i skolor och förskolor ska minska.")
M(
    "Energianvändning i skolor och förskolor",
    "kWh/m²",
    "Lägre",
    (150, 135),
    [168, 161, 155, 152, 149],
    kalla="Energiportalen (energiuppföljning)",
    dec=0,
)
G(
    "SBF-VA-1",
    "SBF-VA",
    "OMV",
    "SBN-2",
    "Förlusterna av dricksvatten i ledningsnätet ska minska.",
    6,
)
M(
    "Andel ej debiterat dricksvatten av producerad mängd",
    "%",
    L,
    (15, 12),
    [22.0, 20.1, 18.5, 18.0, 17.6],
    kalla="VASS (Svenskt Vatten)",
    dec=1,
)
G("SBF-GAT-1", "SBF-GAT", "INV", "SBF-2", "Vinterväghållningen ska hålla utlovad standard.")
M(
    "Andel snöröjningsinsatser påbörjade inom utlovad tid",
    "%",
    H,
    (95, 95),
    [89, 93, 96, 97, 97],
    kalla="Entreprenörernas körjournaler",
    dec=0,
    pct=True,
    extra={"2025-T1": 94, "2025-T2": 94},
)
G("SBF-MAT-1", "SBF-MAT", "OMV", "SBN-3", "Matsvinnet i skolrestaurangerna ska minska.", 12)
M(
    "Matsvinn i skolrestauranger, gram per portion",
    "gram",
    L,
    (30, 25),
    [
        41,
        37,
        34,
        EJ(
            "Uppgift saknas",
            "Vårens mätvecka ställdes in på grund av personalbrist i skolrestaurangerna.",
        ),
        32,
    ],
    kalla="Måltidsservicens svinnmätning",
    dec=0,
)

# Kultur- och fritidsnämnden
G(
    "KFN-1",
    "KFN",
    "INV",
    "KF-3",
    "Invånarna ska ha tillgång till ett brett och tillgängligt kultur- och fritidsutbud i hela "
    "kommunen.",
    "3, 11",
)
M(
    "Lån från kommunala bibliotek, antal per invånare",
    "antal",
    H,
    (5.0, 5.5),
    [4.2, 4.4, 4.6, 4.6, 4.7],
    kolada="N09801",
    kalla="Kolada (Kungliga biblioteket) och bibliotekssystemet",
    dec=1,
)
M(
    "Antal besök i simhallen Forsen",
    "antal",
    H,
    (95000, 100000),
    [78400, 86200, 91800, 92900, 88400],
    kalla="Kassasystemet",
)
G("KFN-2", "KFN", "INV", "KF-3", "Barn och unga ska ha en aktiv och meningsfull fritid.", "3, 5")
M(
    "Deltagartillfällen i idrottsföreningar per invånare 7–20 år",
    "antal",
    H,
    (30, 32),
    [26.0, 27.5, 25.1],
    kalla="Riksidrottsförbundet (LOK-stöd)",
    dec=1,
    ar=True,
)
G(
    "KFN-3",
    "KFN",
    "ORG",
    "KF-6",
    "Föreningar och invånare ska kunna boka lokaler och söka bidrag digitalt.",
)
M(
    "Andel bokningar av anläggningar som görs digitalt",
    "%",
    H,
    (80, 90),
    [55, 68, 77, 81, 83],
    kalla="Bokningssystemet",
    dec=0,
)
G(
    "KFN-4",
    "KFN",
    "EKO",
    "KF-8",
    "Kommunens idrotts- och fritidsanläggningar ska nyttjas effektivt.",
)
M(
    "Beläggningsgrad i idrottshallar vardagar kl. 17–21",
    "%",
    H,
    (82, 88),
    [78, 81, 84, 86, 83],
    kalla="Bokningssystemet",
    dec=0,
)
G(
    "KFF-1",
    "KFF",
    "INV",
    "KFN-1",
    "Biblioteket ska nå fler barn och unga med läsfrämjande insatser.",
)
M(
    "Antal läsfrämjande aktiviteter för barn och unga",
    "antal",
    H,
    (170, 200),
    [120, 148, 171, 176, 183],
    kalla="Bibliotekets statistik",
)
G(
    "KFF-2",
    "KFF",
    "INV",
    "KFN-2",
    "Fritidsutbudet ska vara jämställt och nå både flickor och pojkar.",
    5,
)
M(
    "Andel flickor av deltagartillfällena i föreningslivet",
    "%",
    H,
    (46, 48),
    [39, 40, 36],
    kalla="Riksidrottsförbundet (LOK-stöd)",
    dec=0,
    ar=True,
)
G(
    "KFF-BIB-1",
    "KFF-BIB",
    "INV",
    "KFF-1",
    "Meröppet ska göra biblioteket tillgängligt även när det är obemannat.",
)
M(
    "Antal besök under meröppna timmar",
    "antal",
    H,
    (9000, 12000),
    [3200, 6100, 8400],
    kalla="Passagesystemet",
    ar=True,
)
G(
    "KFF-ANL-1",
    "KFF-ANL",
    "INV",
    "KFN-4",
    "Anläggningarna ska hålla god standard och vara tillgängliga för alla.",
)
M(
    "Andel föreningar som är nöjda med anläggningarnas skick",
    "%",
    H,
    (80, 85),
    [71, 74, 76],
    kalla="Föreningsenkät",
    dec=0,
    ar=True,
)
G(
    "KFF-UNG-1",
    "KFF-UNG",
    "INV",
    "KFF-2",
    "Fritidsgården Tornet ska vara en trygg mötesplats för fler unga, särskilt flickor.",
    "5, 10",
)
M(
    "Antal unika besökare på Tornet",
    "antal",
    H,
    (450, 500),
    [310, 360, 398, 405, 417],
    kalla="Besöksregistrering",
)
M(
    "Andel flickor bland besökarna på Tornet",
    "%",
    H,
    [40, 42, 44, 45, None],
    [28, 31, 35, 36, 38],
    kalla="Besöksregistrering",
    dec=0,
)

# Miljö- och byggnadsnämnden
G(
    "MBN-1",
    "MBN",
    "INV",
    "KF-3",
    "Handläggningen av bygglov ska vara snabb, rättssäker och serviceinriktad.",
    "9, 11, 16",
)
M(
    "Handläggningstid bygglov, median",
    "dagar",
    L,
    (28, 21),
    [41, 36, 31, 29, 27],
    kalla="Ärendesystemet Castor",
    dec=0,
)
M(
    "Nöjd Kund Index, bygglov",
    "index",
    H,
    (70, 75),
    [62, 66, 68],
    kalla="SKR Insikt",
    dec=0,
    ar=True,
)
G(
    "MBN-2",
    "MBN",
    "OMV",
    "KF-4",
    "Tillsynen ska bidra till minskad miljöpåverkan och en giftfri vardag.",
    "6, 12, 14",
)
M(
    "Andel genomförda planerade tillsynsbesök enligt tillsynsplanen",
    "%",
    H,
    (100, 100),
    [78, 84, 91, 88, 92],
    kalla="Ärendesystemet Castor",
    dec=0,
)
G("MBN-3", "MBN", "EKO", "KF-8", "Myndighetsutövningen ska i högre grad finansieras med avgifter.")
M(
    "Avgiftsfinansieringsgrad, miljö- och byggverksamheten",
    "%",
    H,
    (60, 65),
    [51, 54, 52, 55, 58],
    kalla="Ekonomisystemet",
    dec=0,
)
G(
    "MBF-1",
    "MBF",
    "INV",
    "MBN-1",
    "Fler bygglovsansökningar ska vara kompletta redan vid första inlämning.",
)
M(
    "Andel bygglovsansökningar som är kompletta vid inlämning",
    "%",
    H,
    (60, 70),
    [38, 44, 51, 53, 55],
    kalla="Ärendesystemet Castor",
    dec=0,
)
G("MBF-2", "MBF", "OMV", "MBN-2", "Livsmedelskontrollen ska genomföras enligt kontrollplanen.")
M(
    "Andel genomförda planerade livsmedelskontroller",
    "%",
    H,
    (100, 100),
    [82, 91, 97, 94, 96],
    kalla="Ärendesystemet Castor",
    dec=0,
)
G("MBF-BYG-1", "MBF-BYG", "INV", "MBF-1", "Sökande i större byggprojekt ska erbjudas förhandsmöte.")
M(
    "Antal förhandsmöten med sökande",
    "antal",
    H,
    [80, 85, 90, None, None],
    [35, 52, 71, 74, 78],
    kalla="Ärendesystemet Castor",
)
G(
    "MBF-MIL-1",
    "MBF-MIL",
    "OMV",
    "MBN-2",
    "Inventeringen av enskilda avlopp ska slutföras i prioriterade områden.",
    "6, 14",
)
M(
    "Antal inventerade enskilda avlopp",
    "antal",
    H,
    (150, 150),
    [90, 120, 145],
    kalla="Ärendesystemet Castor",
    ar=True,
)

# Bolagen
G(
    "ABO-1",
    "ABO",
    "OMV",
    "KF-3",
    "Älvbybostäder ska bidra till fler bostäder genom nyproduktion i hela kommunen.",
    11,
    2025,
    2027,
)
M(
    "Antal påbörjade nya lägenheter",
    "antal",
    H,
    [40, 40, 40, None, None],
    [0, 24, 36],
    kalla="Bolagets uppföljning",
    ar=True,
)
G(
    "ABO-2",
    "ABO",
    "INV",
    "KF-3",
    "Hyresgästerna ska vara nöjda med sitt boende och känna sig trygga i bostadsområdet.",
    "11, 16",
)
M(
    "Nöjd Kund Index, hyresgäster",
    "index",
    H,
    (80, 82),
    [76, 77, 74],
    kalla="AktivBo hyresgästenkät",
    dec=0,
    ar=True,
)
M(
    "Antal avhysningar där barn berörs",
    "antal",
    L,
    (0, 0),
    [1, 0, 0, 0, 1],
    kalla="Bolagets uppföljning",
    dec=0,
    extra={"2025-T1": 0, "2025-T2": 0},
)
G("ABO-3", "ABO", "OMV", "KF-4", "Energianvändningen i bostadsbeståndet ska minska.", "7, 13")
M(
    "Energianvändning i bostadsbeståndet",
    "kWh/m²",
    L,
    (125, 110),
    [134, 129, 124, 123, 121],
    kalla="Energiuppföljning",
    dec=0,
)
G(
    "ABO-4",
    "ABO",
    "Ekonomi",
    "KF-7",
    "Bolaget ska ha en långsiktigt hållbar ekonomi som klarar nyproduktion och underhåll.",
)
M(
    "Soliditet, Älvbybostäder AB",
    "%",
    H,
    (15, 18),
    [12.1, 13.4, 14.2],
    kalla="Årsredovisningen",
    dec=1,
    ar=True,
)
M(
    "Vakansgrad, bostäder",
    "%",
    L,
    (2.0, 2.0),
    [2.6, 1.8, 1.5, 1.4, 1.6],
    kalla="Hyressystemet",
    dec=1,
)
G("AEN-1", "AEN", "OMV", "KF-4", "Fjärrvärmen ska produceras helt utan fossila bränslen.", "7, 13")
M(
    "Andel fossilfri bränsleanvändning i fjärrvärmeproduktionen",
    "%",
    H,
    (100, 100),
    [96.5, 98.1, 99.2, 99.6, 99.8],
    kalla="Produktionssystemet",
    dec=1,
)
G(
    "AEN-2",
    "AEN",
    "INV",
    "KF-3",
    "Kunderna ska ha en leveranssäker el- och värmeförsörjning.",
    "7, 9",
)
M(
    "Genomsnittlig avbrottstid per elnätskund",
    "minuter",
    L,
    (30, 25),
    [EJ("Uppgift saknas", "Ny mätmetod infördes 2024; jämförbart värde för 2023 saknas."), 28, 35],
    kalla="Energimarknadsinspektionen",
    dec=0,
    ar=True,
)
G("AEN-3", "AEN", "EKO", "KF-7", "Bolaget ska ge avkastning till ägaren enligt ägardirektivet.")
M(
    "Avkastning på eget kapital",
    "%",
    H,
    (6.0, 6.0),
    [5.2, 6.8, 6.1],
    kalla="Årsredovisningen",
    dec=1,
    ar=True,
)

# Outcome cells written as Swedish text (as typed or pasted by users)
TEXTVARDEN = {
    ("KF-3.1", "2025"): " ",  # "12 768"
    ("KF-5.1", "2024"): " ",  # "7,4"
    ("BUN-1.2", "2025"): " ",  # "222,1"
    ("SN-5.1", "2024"): " ",  # "29 800"
    ("KFF-BIB-1.1", "2025"): NBSP,  # "8 400" pasted from a web report
    ("KLF-KOM-1.1", "2026-T2"): "%",  # "87 %"
}

# Comments on individual outcome rows
KOMMENTARER = {
    ("KF-1.1", "2025"): "Avser vårterminen 2025.",
    ("KF-4.1", "2026-T1"): "Rullande tolv månader, normalårskorrigerat.",
    ("KF-4.1", "2026-T2"): "Rullande tolv månader, normalårskorrigerat.",
    ("KF-5.1", "2026-T2"): "Rullande tolv månader.",
    ("KF-7.1", "2025"): "Enligt årsredovisningen 2025.",
    ("KS-2.2", "2025-T1"): "Ackumulerat från årets början.",
    ("KS-2.2", "2025-T2"): "Ackumulerat från årets början.",
    ("KS-2.2", "2026-T1"): "Ackumulerat från årets början.",
    (
        "KS-2.2",
        "2026-T2",
    ): "Ackumulerat från årets början. Två olyckor i samband med halka i februari.",
    ("BUN-1.1", "2025"): "Avser vårterminen 2025.",
    ("BUN-2.2", "2025"): "Svarsfrekvens 84 procent.",
    ("VON-1.1", "2025"): "Svarsfrekvens 58 procent.",
    ("SBN-2.1", "2024"): "Ledningsbrott i Norrby i oktober.",
    (
        "SBN-2.1",
        "2026-T2",
    ): "Kokningsrekommendation i Norrby 12–14 juni efter ledningsbrott på Storgatan.",
    (
        "KFN-4.1",
        "2026-T2",
    ): "Lägre beläggning i juni då Älvbyhallen användes för studentexamen och val.",
    (
        "ABO-2.2",
        "2026-T2",
    ): "En avhysning i juni. Socialtjänsten var involverad och familjen har fått annat boende.",
    ("SN-3.2", "2026-T2"): "Tre beslut väntar på verkställighet i avvaktan på ny gruppbostad.",
    ("MBN-1.1", "2026-T2"): "412 inkomna ärenden januari–augusti.",
    ("KFN-1.2", "2026-T1"): "Rullande tolv månader.",
    ("KFN-1.2", "2026-T2"): "Rullande tolv månader. Simhallen var stängd fyra veckor i juni.",
    (
        "SN-5.1",
        "2026-T2",
    ): "Rullande tolv månader. Två placeringar på särskilda ungdomshem under sommaren.",
    ("KF-3.2", "2026-T2"): "Rullande tolv månader.",
    ("VOF-HSL-1.2", "2026-T2"): "Rullande tolv månader.",
}
for _p in ("2025-T1", "2025-T2", "2026-T1", "2026-T2"):
    KOMMENTARER[("KF-8.1", _p)] = "Prognos för helåret vid tertialbokslutet."
    KOMMENTARER[("BUN-5.1", _p)] = "Prognos för helåret vid tertialbokslutet."


# ---------------------------------------------------------------------------
# Targets and outcomes
# ---------------------------------------------------------------------------

AR_MAL = [2025, 2026, 2027, 2028, 2029]
PERIODER = ["2023", "2024", "2025-T1", "2025-T2", "2025", "2026-T1", "2026-T2"]


def decimaler(m):
    if m["dec"] is not None:
        return m["dec"]
    tal = [v for v in m["utfall"] if isinstance(v, (int, float))]
    return 1 if any(float(v) != int(v) for v in tal) else 0


def malvarden(m):
    mv = m["malv"]
    if mv is None:
        return [None] * 5
    if isinstance(mv, list):
        return mv
    a, b = mv
    return [avrunda(a + (b - a) * i / 4, decimaler(m)) for i in range(5)]


def utfallsserie(m):
    """Outcome per period: number or EJ."""
    u = m["utfall"]
    d = {"2023": u[0], "2024": u[1], "2025": u[2]}
    if not m["ar"]:
        v24, v25 = u[1], u[2]
        diff = v25 - v24
        for p, w in (("2025-T1", 0.35), ("2025-T2", 0.7)):
            d[p] = v24 + diff * w + rng.uniform(-1, 1) * abs(diff) * 0.15
        if len(u) >= 5:
            d["2026-T1"], d["2026-T2"] = u[3], u[4]
        else:
            d["2026-T1"] = v25 + diff * 0.3 + rng.uniform(-1, 1) * abs(diff) * 0.15
            d["2026-T2"] = v25 + diff * 0.6 + rng.uniform(-1, 1) * abs(diff) * 0.15
    d.update(m["extra"])
    dec = decimaler(m)
    for p, v in d.items():
        if isinstance(v, (int, float)):
            v = avrunda(v, dec)
            if m["enhet"] == "%" and v > 100:
                v = 100 if dec == 0 else 100.0
            d[p] = v
    return d


# ---------------------------------------------------------------------------
# Activities, assignments, investments, meetings
# ---------------------------------------------------------------------------

D = dt.date
# (Id, Organisation, Mål, Aktivitet, Ansvarig, Start, Slut, Status, Kommentar)
AKTIVITETER = [
    (
        "A101",
        "KLF",
        "KLF-1",
        "Genomföra heltidsresan etapp 2 i samverkan med Kommunal och Vision",
        "Sara Nyström, HR-chef",
        D(2025, 1, 1),
        D(2026, 12, 31),
        "Pågår",
        "",
    ),
    (
        "A102",
        "KLF",
        "KS-3",
        "Lansera tio nya e-tjänster inom bygglov, skola och omsorg",
        "Erik Sandström, digitaliseringsstrateg",
        D(2025, 1, 1),
        D(2026, 12, 31),
        "Pågår",
        "Sju av tio e-tjänster är i drift.",
    ),
    (
        "A103",
        "KLF",
        "KF-4",
        "Ta fram klimatplan 2027–2030 för kommunkoncernen",
        "Emelie Åberg, miljöstrateg",
        D(2026, 1, 15),
        D(2026, 12, 31),
        "Pågår",
        "",
    ),
    (
        "A104",
        "KLF",
        "",
        "Förbereda ny målstruktur för mandatperioden 2027–2030",
        "Helena Sjöberg, kommundirektör",
        D(2026, 9, 1),
        D(2027, 6, 30),
        "Ej påbörjad",
        "",
    ),
    (
        "A105",
        "KLF-EKO",
        "KLF-EKO-1",
        "Automatisera attest av ramavtalsfakturor",
        "Per Åkesson, ekonomichef",
        D(2025, 4, 1),
        D(2026, 6, 30),
        "Försenad",
        "Leverantören av ekonomisystemet har skjutit upp releasen till oktober 2026.",
    ),
    (
        "A112",
        "KLF-EKO",
        "KLF-EKO-2",
        "Dialogmöten om kommande upphandlingar med Företagarna Älvby",
        "Per Åkesson, ekonomichef",
        D(2026, 2, 1),
        D(2026, 12, 31),
        "Pågår",
        "Två dialogmöten genomförda.",
    ),
    (
        "A106",
        "KLF-EKO",
        "KLF-2",
        "Införa månatliga prognosdialoger med förvaltningarnas ledningsgrupper",
        "Per Åkesson, ekonomichef",
        D(2026, 1, 15),
        D(2026, 12, 31),
        "Pågår",
        "",
    ),
    (
        "A107",
        "KLF-HR",
        "KLF-HR-1",
        "Införa nytt rekryteringssystem med digital signering av anställningsavtal",
        "Johanna Berg, HR-specialist",
        D(2025, 9, 1),
        D(2026, 3, 31),
        "Klar",
        "Systemet togs i drift den 9 mars 2026.",
    ),
    (
        "A108",
        "KLF-KOM",
        "KLF-KOM-1",
        "Införa gemensam kunskapsdatabas för Kontaktcenter",
        "Linda Ek, kommunikationschef",
        D(2025, 3, 1),
        D(2025, 12, 31),
        "Klar",
        "",
    ),
    (
        "A109",
        "KLF-KOM",
        "KLF-KOM-1",
        "Utöka telefontiderna i Kontaktcenter till kl. 18 två dagar i veckan",
        "Linda Ek, kommunikationschef",
        D(2027, 1, 1),
        D(2027, 6, 30),
        "Ej påbörjad",
        "",
    ),
    (
        "A110",
        "KLF-NAR",
        "KLF-NAR-1",
        "Starta företagslotsen med gemensamma etableringsmöten varannan vecka",
        "Mattias Forsberg, näringslivschef",
        D(2025, 2, 1),
        D(2025, 6, 30),
        "Klar",
        "",
    ),
    (
        "A111",
        "KLF-NAR",
        "KS-1",
        "Ta fram ny näringslivsstrategi 2027–2030 i dialog med företagarföreningarna",
        "Mattias Forsberg, näringslivschef",
        D(2026, 2, 1),
        D(2026, 11, 30),
        "Pågår",
        "",
    ),
    (
        "A201",
        "BUF",
        "BUF-1",
        "Matematiklyftet – kollegialt lärande för lärare i årskurs 4–6",
        "Kerstin Moberg, utvecklingsledare",
        D(2025, 8, 15),
        D(2026, 6, 15),
        "Klar",
        "",
    ),
    (
        "A202",
        "BUF",
        "BUF-2",
        "Införa digitalt system för anmälan och uppföljning av kränkande behandling",
        "Kerstin Moberg, utvecklingsledare",
        D(2025, 1, 1),
        D(2025, 10, 31),
        "Klar",
        "",
    ),
    (
        "A203",
        "BUF",
        "BUF-3",
        "Ta fram lokalförsörjningsplan för förskola och skola 2027–2035",
        "Anna Lindqvist, förvaltningschef",
        D(2026, 3, 1),
        D(2026, 12, 31),
        "Pågår",
        "",
    ),
    (
        "A204",
        "BUF-FSK",
        "BUF-FSK-1",
        "Bygga uteklassrum och utveckla utomhuspedagogiken",
        "Karin Holmberg, rektor",
        D(2025, 4, 1),
        D(2025, 9, 30),
        "Klar",
        "",
    ),
    (
        "A205",
        "BUF-LAR",
        "BUF-LAR-1",
        "Språkombud på varje avdelning och samarbete med biblioteket kring flerspråkiga böcker",
        "Emma Sandberg, rektor",
        D(2025, 8, 15),
        D(2026, 6, 30),
        "Klar",
        "",
    ),
    (
        "A206",
        "BUF-ALS",
        "BUF-ALS-1",
        "Införa tvålärarsystem i matematik i årskurs 5–6",
        "Jonas Wikström, rektor",
        D(2025, 8, 18),
        D(2027, 6, 15),
        "Pågår",
        "",
    ),
    (
        "A207",
        "BUF-ALS",
        "BUF-ALS-2",
        "Ny skolgård och rörelsepass på fritidshemmet",
        "Jonas Wikström, rektor",
        D(2026, 4, 1),
        D(2026, 8, 14),
        "Försenad",
        "Markarbetena försenades av entreprenören och färdigställs under hösten.",
    ),
    (
        "A208",
        "BUF-NBS",
        "BUF-NBS-2",
        "Gemensamma ordningsregler och mobilfria lektioner",
        "Maria Öberg, rektor",
        D(2025, 8, 18),
        D(2025, 12, 19),
        "Klar",
        "",
    ),
    (
        "A209",
        "BUF-NBS",
        "BUF-NBS-1",
        "Läxhjälp och lovskola i matematik och engelska",
        "Maria Öberg, rektor",
        D(2026, 1, 8),
        D(2026, 12, 18),
        "Pågår",
        "",
    ),
    (
        "A210",
        "BUF-GYM",
        "BUF-GYM-1",
        "Närvaroteam med mentorer och kurator på introduktionsprogrammen",
        "Fredrik Dahl, rektor",
        D(2025, 1, 7),
        D(2026, 6, 12),
        "Klar",
        "",
    ),
    (
        "A211",
        "BUF-GYM",
        "BUF-GYM-2",
        "Starta yrkesutbildning inom CNC och industriteknik tillsammans med industriföretagen i "
        "Älvby",
        "Fredrik Dahl, rektor",
        D(2026, 8, 17),
        D(2027, 6, 11),
        "Pågår",
        "",
    ),
    (
        "A212",
        "BUF-EHT",
        "BUF-EHT-1",
        "Tidiga samordnade insatser vid frånvaro (TSI-modellen)",
        "Lena Bergkvist, chef centrala elevhälsan",
        D(2025, 8, 1),
        D(2026, 12, 31),
        "Pågår",
        "",
    ),
    (
        "A213",
        "BUF",
        "BUN-3",
        "Samla förskoleverksamheten i Norrby i den nya förskolan",
        "Anna Lindqvist, förvaltningschef",
        D(2027, 3, 1),
        D(2027, 8, 31),
        "Ej påbörjad",
        "",
    ),
    (
        "A301",
        "SOF",
        "SOF-1",
        "Bygga ut Familjeresursen med två familjebehandlare",
        "Ulrika Strand, socialchef",
        D(2025, 3, 1),
        D(2025, 9, 30),
        "Klar",
        "",
    ),
    (
        "A302",
        "SOF-IFO",
        "SOF-IFO-1",
        "Kvalitetsgranskning av barnavårdsutredningar enligt BBIC",
        "Tobias Nordin, enhetschef",
        D(2026, 1, 1),
        D(2026, 12, 31),
        "Pågår",
        "",
    ),
    (
        "A303",
        "SOF-IFO",
        "SOF-IFO-2",
        "Samverkan med polisen och skolan om tidiga insatser för unga (SSPF)",
        "Tobias Nordin, enhetschef",
        D(2025, 5, 1),
        D(2025, 12, 31),
        "Klar",
        "",
    ),
    (
        "A304",
        "SOF-IFO",
        "SN-5",
        "Rekrytera fler familjehem genom kampanjen ”Bli familjehem i Älvby”",
        "Tobias Nordin, enhetschef",
        D(2026, 3, 1),
        D(2026, 11, 30),
        "Pågår",
        "Fem nya familjehem har rekryterats.",
    ),
    (
        "A305",
        "SOF-AME",
        "SOF-AME-1",
        "Införa digital ansökan om ekonomiskt bistånd",
        "Nadia Hassan, enhetschef",
        D(2025, 9, 1),
        D(2026, 4, 30),
        "Klar",
        "Driftsatt den 4 maj 2026.",
    ),
    (
        "A306",
        "SOF-AME",
        "SOF-2",
        "Jobbspår inom vård och omsorg tillsammans med Arbetsförmedlingen och Komvux",
        "Nadia Hassan, enhetschef",
        D(2025, 1, 15),
        D(2026, 12, 31),
        "Pågår",
        "",
    ),
    (
        "A307",
        "SOF-LSS",
        "SOF-LSS-1",
        "Kartlägga intressen och matcha deltagare i daglig verksamhet mot praktikplatser",
        "Camilla Persson, enhetschef",
        D(2026, 2, 1),
        D(2026, 12, 31),
        "Pågår",
        "",
    ),
    (
        "A308",
        "SOF-LSS",
        "SN-3",
        "Bygga ny gruppbostad med sex lägenheter på Kvarnbacken",
        "Camilla Persson, enhetschef",
        D(2025, 1, 1),
        D(2026, 6, 30),
        "Avbruten",
        "Avbröts i mars 2026 efter att detaljplanen överklagats. Ny placering utreds i uppdrag "
        "UPP-2026-05.",
    ),
    (
        "A401",
        "VOF",
        "VOF-1",
        "Utbildning i genomförandeplaner för all omsorgspersonal",
        "Peter Lind, förvaltningschef",
        D(2025, 2, 1),
        D(2025, 11, 30),
        "Klar",
        "",
    ),
    (
        "A402",
        "VOF",
        "VOF-2",
        "Heltidsresan i vård och omsorg – schemaläggning utifrån önskad sysselsättningsgrad",
        "Peter Lind, förvaltningschef",
        D(2025, 1, 1),
        D(2027, 12, 31),
        "Pågår",
        "",
    ),
    (
        "A403",
        "VOF-HT",
        "VOF-HT-1",
        "Dela hemtjänstgrupp Centrum i två mindre team med fasta rutter",
        "Sofia Lund, enhetschef",
        D(2025, 10, 1),
        D(2026, 2, 28),
        "Klar",
        "",
    ),
    (
        "A404",
        "VOF-HT",
        "VOF-HT-2",
        "Införa nytt planeringsverktyg med ruttoptimering",
        "Sofia Lund, enhetschef",
        D(2026, 3, 1),
        D(2026, 9, 30),
        "Pågår",
        "",
    ),
    (
        "A405",
        "VOF-HT",
        "VON-2",
        "Installera digital nattillsyn hos ytterligare 20 hemtjänsttagare",
        "Sofia Lund, enhetschef",
        D(2026, 1, 1),
        D(2026, 12, 31),
        "Pågår",
        "12 installationer klara per 31 augusti.",
    ),
    (
        "A406",
        "VOF-BJK",
        "VOF-BJK-1",
        "Anställa aktivitetssamordnare och införa veckoschema för individuella aktiviteter",
        "Marie Ström, enhetschef",
        D(2025, 3, 1),
        D(2025, 8, 31),
        "Klar",
        "",
    ),
    (
        "A407",
        "VOF-BJK",
        "VOF-BJK-2",
        "Hälsofrämjande arbetsplats – friskvårdstimme och tidiga rehabsamtal",
        "Marie Ström, enhetschef",
        D(2026, 1, 1),
        D(2026, 12, 31),
        "Pågår",
        "",
    ),
    (
        "A408",
        "VOF-HSL",
        "VOF-HSL-1",
        "Fallpreventivt team med fysioterapeut och sjuksköterska",
        "Anders Falk, enhetschef",
        D(2026, 10, 1),
        D(2027, 6, 30),
        "Ej påbörjad",
        "",
    ),
    (
        "A409",
        "VOF-HSL",
        "VOF-HSL-2",
        "Införa läkemedelsrobotar hos hemtjänsttagare med stöd i läkemedelshanteringen",
        "Anders Falk, enhetschef",
        D(2025, 9, 1),
        D(2026, 5, 31),
        "Klar",
        "34 robotar i drift.",
    ),
    (
        "A501",
        "SBF",
        "SBN-1",
        "Ersätta 15 fossildrivna tjänstebilar med elbilar",
        "Henrik Sundberg, förvaltningschef",
        D(2025, 1, 1),
        D(2026, 12, 31),
        "Pågår",
        "Nio bilar levererade; sex väntas först under första kvartalet 2027.",
    ),
    (
        "A502",
        "SBF-FAS",
        "SBF-FAS-1",
        "Byte till LED och närvarostyrd belysning i sju skolor och förskolor",
        "Robert Isaksson, fastighetschef",
        D(2025, 5, 1),
        D(2026, 8, 31),
        "Klar",
        "",
    ),
    (
        "A503",
        "SBF-FAS",
        "SBF-1",
        "Installera solceller på Älvskolan och Björkhagen",
        "Robert Isaksson, fastighetschef",
        D(2026, 4, 1),
        D(2026, 11, 30),
        "Pågår",
        "",
    ),
    (
        "A504",
        "SBF-VA",
        "SBF-VA-1",
        "Läcksökning med akustisk loggning i hela ledningsnätet",
        "Elin Mattsson, VA-chef",
        D(2025, 3, 1),
        D(2025, 11, 30),
        "Klar",
        "23 läckor lokaliserade och åtgärdade.",
    ),
    (
        "A505",
        "SBF-GAT",
        "SBF-GAT-1",
        "Ny upphandling av vinterväghållning med skärpta krav på utryckningstid",
        "Oskar Lindgren, enhetschef",
        D(2026, 2, 1),
        D(2026, 9, 30),
        "Pågår",
        "",
    ),
    (
        "A506",
        "SBF-MAT",
        "SBF-MAT-1",
        "Svinnvågar och tallriksvecka i alla skolrestauranger",
        "Jenny Hedlund, kostchef",
        D(2025, 9, 1),
        D(2026, 6, 12),
        "Klar",
        "",
    ),
    (
        "A601",
        "KFF-BIB",
        "KFF-BIB-1",
        "Meröppet på Norrby bibliotek",
        "Ingrid Blom, bibliotekschef",
        D(2025, 1, 15),
        D(2025, 5, 31),
        "Klar",
        "",
    ),
    (
        "A602",
        "KFF-BIB",
        "KFF-1",
        "Bokstart – hembesök hos familjer med små barn i Norrby",
        "Ingrid Blom, bibliotekschef",
        D(2026, 1, 1),
        D(2027, 12, 31),
        "Pågår",
        "42 familjer har fått besök.",
    ),
    (
        "A603",
        "KFF-ANL",
        "KFN-3",
        "Nytt digitalt boknings- och bidragssystem",
        "Daniel Hellström, enhetschef",
        D(2025, 1, 1),
        D(2025, 9, 30),
        "Klar",
        "",
    ),
    (
        "A604",
        "KFF-UNG",
        "KFF-UNG-1",
        "Tjejkvällar och mobil fritidsverksamhet i Västerby",
        "Amira Yusuf, enhetschef",
        D(2025, 9, 1),
        D(2026, 6, 30),
        "Klar",
        "",
    ),
    (
        "A701",
        "MBF-BYG",
        "MBF-BYG-1",
        "Digitala förhandsmöten och checklistor för kompletta ansökningar",
        "Niklas Olofsson, bygglovschef",
        D(2025, 2, 1),
        D(2025, 12, 31),
        "Klar",
        "",
    ),
    (
        "A702",
        "MBF-BYG",
        "MBN-1",
        "Lean-genomlysning av bygglovsprocessen",
        "Niklas Olofsson, bygglovschef",
        D(2026, 9, 7),
        D(2027, 3, 31),
        "Ej påbörjad",
        "",
    ),
    (
        "A703",
        "MBF-MIL",
        "MBF-MIL-1",
        "Inventering av enskilda avlopp i Åsen och Lillby",
        "Therese Lundqvist, miljöchef",
        D(2025, 4, 1),
        D(2026, 10, 31),
        "Pågår",
        "",
    ),
    (
        "A801",
        "ABO",
        "ABO-1",
        "Nyproduktion av 36 lägenheter i kvarteret Forsen",
        "Kristina Ekström, vd",
        D(2025, 3, 1),
        D(2027, 4, 30),
        "Pågår",
        "Inflyttning planerad i april 2027.",
    ),
    (
        "A802",
        "ABO",
        "ABO-3",
        "Energirenovering av Norrby centrum, etapp 1",
        "Kristina Ekström, vd",
        D(2026, 5, 1),
        D(2027, 10, 31),
        "Pågår",
        "",
    ),
    (
        "A803",
        "AEN",
        "AEN-1",
        "Ersätta oljepannan i reservanläggningen med bioolja",
        "Thomas Grahn, vd",
        D(2025, 6, 1),
        D(2026, 5, 31),
        "Klar",
        "",
    ),
]

# (Id, Organisation, Uppdragsgivare, År, Uppdrag, Status, Kommentar)
UPPDRAG = [
    (
        "UPP-2025-01",
        "KS",
        "KF",
        2025,
        "Ta fram en ny lokalförsörjningsplan för kommunens verksamhetslokaler.",
        "Slutfört",
        "Planen antogs av kommunfullmäktige i oktober 2025.",
    ),
    (
        "UPP-2025-02",
        "BUN",
        "KF",
        2025,
        "Utreda förutsättningarna för en ny F–6-skola i Norrby.",
        "Slutfört",
        "Utredningen redovisades för kommunfullmäktige i december 2025.",
    ),
    (
        "UPP-2025-03",
        "SN",
        "KF",
        2025,
        "Ta fram en handlingsplan för att minska kostnaderna för externa placeringar.",
        "Slutfört",
        "",
    ),
    (
        "UPP-2025-04",
        "VON",
        "KF",
        2025,
        "Genomföra en heltidsresa så att heltid blir norm inom vård och omsorg senast 2027.",
        "Pågår",
        "75 procent av undersköterskorna arbetar heltid i augusti 2026.",
    ),
    (
        "UPP-2025-05",
        "ABO",
        "KF",
        2025,
        "Påbörja nyproduktion av minst 100 hyreslägenheter under 2025–2027.",
        "Pågår",
        "36 lägenheter byggs i kvarteret Forsen. Detaljplanen för Kvarnbacken etapp 3 väntas "
        "antas hösten 2026.",
    ),
    (
        "UPP-2025-06",
        "SBN",
        "KF",
        2025,
        "Ta fram en plan för att kommunens samtliga fordon ska vara fossilfria 2030.",
        "Slutfört",
        "",
    ),
    (
        "UPP-2025-07",
        "KFN",
        "KF",
        2025,
        "Utreda framtida lokalisering och finansiering av en ny simhall.",
        "Avslutat",
        "Avslutades i juni 2025 efter beslut om att i stället renovera simhallen Forsen.",
    ),
    (
        "UPP-2026-01",
        "KS",
        "KF",
        2026,
        "Ta fram förslag till ny näringslivsstrategi för 2027–2030.",
        "Pågår",
        "",
    ),
    (
        "UPP-2026-02",
        "MBN",
        "KF",
        2026,
        "Halvera handläggningstiden för bygglov jämfört med 2023.",
        "Pågår",
        "Handläggningstiden är 27 dagar i median, jämfört med 41 dagar 2023.",
    ),
    (
        "UPP-2026-03",
        "AEN",
        "KF",
        2026,
        "Utreda möjligheten att bygga en solcellspark på den gamla deponin i Åsen.",
        "Pågår",
        "",
    ),
    (
        "UPP-2026-04",
        "BUF",
        "BUN",
        2026,
        "Ta fram en plan för ökad studiero i årskurs 7–9.",
        "Slutfört",
        "Planen beslutades av nämnden i maj 2026.",
    ),
    (
        "UPP-2026-05",
        "SOF",
        "SN",
        2026,
        "Utreda alternativ placering av ny gruppbostad enligt LSS.",
        "Pågår",
        "",
    ),
    (
        "UPP-2026-06",
        "VOF",
        "VON",
        2026,
        "Utvärdera digital nattillsyn och föreslå fortsatt utbyggnad.",
        "Slutfört",
        "",
    ),
    (
        "UPP-2026-07",
        "SBF",
        "SBN",
        2026,
        "Ta fram en underhållsplan för kommunens fastigheter med tioårsperspektiv.",
        "Pågår",
        "",
    ),
    (
        "UPP-2026-08",
        "KFF",
        "KFN",
        2026,
        "Se över föreningsbidragen så att de främjar jämställdhet och barn och ungas idrottande.",
        "Ej påbörjat",
        "Påbörjas när det nya bidragssystemet har utvärderats hösten 2026.",
    ),
    (
        "UPP-2027-01",
        "KS",
        "KF",
        2027,
        "Ta fram ny vision och målstruktur inför mandatperioden 2027–2030.",
        "Ej påbörjat",
        "",
    ),
    (
        "UPP-2027-02",
        "BUN",
        "KF",
        2027,
        "Planera för en ny F–6-skola i Norrby med inflyttning 2030.",
        "Ej påbörjat",
        "",
    ),
    (
        "UPP-2027-03",
        "SN",
        "KF",
        2027,
        "Införa en gemensam modell för tidiga insatser för barn och unga tillsammans med barn- "
        "och utbildningsnämnden.",
        "Ej påbörjat",
        "",
    ),
    (
        "UPP-2027-04",
        "MBF",
        "MBN",
        2027,
        "Införa en helt digital bygglovsprocess.",
        "Ej påbörjat",
        "",
    ),
]

# (Organisation, År, Projekt, Budget, Utfall, Prognos, Kommentar)
INVESTERINGAR = [
    (
        "SBF-FAS",
        2025,
        "Ny förskola i Norrby, åtta avdelningar",
        18000,
        14200,
        None,
        "Byggstart i september 2025; 3,8 mnkr förs över till 2026.",
    ),
    (
        "SBF-FAS",
        2026,
        "Ny förskola i Norrby, åtta avdelningar",
        42000,
        26300,
        40500,
        "Färdigställs i mars 2027, tre månader senare än planerat.",
    ),
    ("SBF-FAS", 2027, "Ny förskola i Norrby, åtta avdelningar", 12000, None, None, ""),
    (
        "SBF-FAS",
        2025,
        "Energieffektivisering Älvskolan, ventilation och solceller",
        6500,
        6900,
        None,
        "Fördyring på grund av asbestsanering.",
    ),
    (
        "SBF-FAS",
        2026,
        "Energieffektivisering Älvskolan, ventilation och solceller",
        4000,
        1200,
        4000,
        "",
    ),
    (
        "SBF-FAS",
        2026,
        "Ombyggnad Björkhagens vård- och omsorgsboende, etapp 2",
        15000,
        3400,
        9000,
        "Försenad efter fynd av fukt i bjälklaget; resterande medel begärs ombudgeterade till "
        "2027.",
    ),
    (
        "SBF-FAS",
        2027,
        "Ombyggnad Björkhagens vård- och omsorgsboende, etapp 2",
        21000,
        None,
        None,
        "",
    ),
    ("SBF-FAS", 2027, "Tillbyggnad Norrbyskolan, fyra klassrum", 24000, None, None, ""),
    ("SBF-VA", 2025, "Förnyelse av VA-ledningar Storgatan–Kvarnbacken", 12000, 11400, None, ""),
    ("SBF-VA", 2026, "Förnyelse av VA-ledningar Storgatan–Kvarnbacken", 14000, 8900, 14000, ""),
    ("SBF-VA", 2027, "Förnyelse av VA-ledningar Storgatan–Kvarnbacken", 14000, None, None, ""),
    ("SBF-VA", 2025, "Nytt reningsverk, förprojektering", 2500, 1800, None, ""),
    ("SBF-VA", 2026, "Nytt reningsverk, förprojektering", 5000, 2100, 4200, ""),
    (
        "SBF-VA",
        2027,
        "Nytt reningsverk, projektering och markarbeten",
        30000,
        None,
        None,
        "Byggstart förutsätter beslut i kommunfullmäktige under 2027.",
    ),
    (
        "SBF-GAT",
        2025,
        "Gång- och cykelväg Älvby–Norrby",
        8000,
        8600,
        None,
        "Invigd i september 2025.",
    ),
    (
        "SBF-GAT",
        2026,
        "Gång- och cykelväg Älvby–Norrby",
        3500,
        2900,
        3500,
        "Slutbesiktning och belysning.",
    ),
    ("SBF-GAT", 2025, "Utbyte till LED i gatubelysningen", 3000, 2700, None, ""),
    ("SBF-GAT", 2026, "Utbyte till LED i gatubelysningen", 3000, 1600, 3000, ""),
    ("SBF-GAT", 2027, "Utbyte till LED i gatubelysningen", 3000, None, None, ""),
    ("SBF-GAT", 2026, "Trafiksäkerhetsåtgärder vid skolor", 1500, 400, 1500, ""),
    ("SBF-GAT", 2027, "Trafiksäkerhetsåtgärder vid skolor", 1500, None, None, ""),
    (
        "SBF",
        2026,
        "Exploatering Kvarnbacken etapp 3, gator och VA",
        7000,
        2300,
        5500,
        "Detaljplanen har överklagats; arbetena startar tidigast i november.",
    ),
    ("SBF", 2027, "Exploatering Kvarnbacken etapp 3, gator och VA", 11000, None, None, ""),
    (
        "KLF",
        2025,
        "Digitaliseringsprogrammet – e-tjänster och automatisering",
        2500,
        2100,
        None,
        "",
    ),
    (
        "KLF",
        2026,
        "Digitaliseringsprogrammet – e-tjänster och automatisering",
        2500,
        1300,
        2300,
        "",
    ),
    (
        "KLF",
        2027,
        "Digitaliseringsprogrammet – e-tjänster och automatisering",
        2000,
        None,
        None,
        "",
    ),
    ("KLF", 2025, "Utbyte av nätverksutrustning och trådlöst nät", 1800, 1950, None, ""),
    ("KFF-ANL", 2025, "Byte av konstgräs på Älvvallen, granulatfritt", 4500, 4300, None, ""),
    (
        "KFF-ANL",
        2026,
        "Renovering av simhallen Forsen, bassängteknik",
        9500,
        1800,
        6000,
        "Etapp 1 genomfördes i juni; etapp 2 flyttas till 2027.",
    ),
    ("KFF-ANL", 2027, "Renovering av simhallen Forsen, bassängteknik", 14000, None, None, ""),
    ("KFF-BIB", 2025, "Meröppet bibliotek Norrby", 650, 590, None, ""),
    ("VOF", 2025, "Välfärdsteknik – digital tillsyn och läkemedelsrobotar", 1200, 980, None, ""),
    ("VOF", 2026, "Välfärdsteknik – digital tillsyn och läkemedelsrobotar", 1500, 700, 1500, ""),
    ("VOF", 2027, "Välfärdsteknik – digital tillsyn och läkemedelsrobotar", 1000, None, None, ""),
    ("BUF", 2025, "Inventarier och digitala lärverktyg", 3200, 3050, None, ""),
    ("BUF", 2026, "Inventarier och digitala lärverktyg", 3200, 1900, 3200, ""),
    ("BUF", 2027, "Inventarier och digitala lärverktyg", 3000, None, None, ""),
]

# (Organisation, Datum, Ärende, Dokument, Period, Diarienummer, Förslag till beslut, Handläggare)
SAMMANTRADEN = [
    (
        "BUN",
        D(2026, 3, 11),
        "Verksamhetsberättelse 2025 för barn- och utbildningsnämnden",
        "Verksamhetsberättelse",
        "2025",
        "BUN 2026/21",
        "Barn- och utbildningsnämnden godkänner verksamhetsberättelse 2025 och överlämnar den "
        "till kommunstyrelsen som underlag för årsredovisningen.",
        "Jessica Norén, controller",
    ),
    (
        "SN",
        D(2026, 3, 18),
        "Verksamhetsberättelse 2025 för socialnämnden",
        "Verksamhetsberättelse",
        "2025",
        "SN 2026/34",
        "Socialnämnden godkänner verksamhetsberättelse 2025 och överlämnar den till "
        "kommunstyrelsen som underlag för årsredovisningen.",
        "Mikael Tidström, controller",
    ),
    (
        "KS",
        D(2026, 4, 6),
        "Årsredovisning 2025 för Älvby kommun",
        "Årsredovisning",
        "2025",
        "KS 2026/58",
        "Kommunstyrelsen föreslår kommunfullmäktige att godkänna årsredovisning 2025 för Älvby "
        "kommun.",
        "Per Åkesson, ekonomichef",
    ),
    (
        "KF",
        D(2026, 4, 27),
        "Årsredovisning 2025 för Älvby kommun",
        "Årsredovisning",
        "2025",
        "KS 2026/58",
        "Kommunfullmäktige godkänner årsredovisning 2025 för Älvby kommun.",
        "Per Åkesson, ekonomichef",
    ),
    (
        "SN",
        D(2026, 5, 20),
        "Tertialrapport per den 30 april 2026",
        "Delårsrapport",
        "2026-T1",
        "SN 2026/88",
        "Socialnämnden godkänner tertialrapport per den 30 april 2026 med prognos för helåret.",
        "Mikael Tidström, controller",
    ),
    (
        "SBN",
        D(2026, 10, 13),
        "Styrkort per den 31 augusti 2026",
        "Styrkort",
        "2026-T2",
        "SBN 2026/97",
        "Samhällsbyggnadsnämnden lägger informationen om styrkortet per den 31 augusti 2026 till "
        "handlingarna.",
        "Hanna Wiklund, verksamhetsutvecklare",
    ),
    (
        "BUN",
        D(2026, 10, 14),
        "Delårsrapport per den 31 augusti 2026",
        "Delårsrapport",
        "2026-T2",
        "BUN 2026/112",
        "Barn- och utbildningsnämnden godkänner delårsrapport per den 31 augusti 2026 och "
        "överlämnar den till kommunstyrelsen.",
        "Jessica Norén, controller",
    ),
    (
        "VON",
        D(2026, 10, 15),
        "Delårsrapport per den 31 augusti 2026",
        "Delårsrapport",
        "2026-T2",
        "VON 2026/76",
        "Vård- och omsorgsnämnden godkänner delårsrapport per den 31 augusti 2026 och överlämnar "
        "den till kommunstyrelsen.",
        "Mikael Tidström, controller",
    ),
    (
        "KS",
        D(2026, 10, 19),
        "Delårsrapport per den 31 augusti 2026 för Älvby kommun",
        "Delårsrapport",
        "2026-T2",
        "KS 2026/201",
        "Kommunstyrelsen föreslår kommunfullmäktige att godkänna delårsrapport per den 31 "
        "augusti 2026.",
        "Per Åkesson, ekonomichef",
    ),
    (
        "KF",
        D(2026, 10, 26),
        "Delårsrapport per den 31 augusti 2026 för Älvby kommun",
        "Delårsrapport",
        "2026-T2",
        "KS 2026/201",
        "Kommunfullmäktige godkänner delårsrapport per den 31 augusti 2026 för Älvby kommun.",
        "Per Åkesson, ekonomichef",
    ),
    (
        "KS",
        D(2026, 11, 9),
        "Mål och budget 2027 med plan för 2028–2029",
        "Verksamhetsplan",
        "2027",
        "KS 2026/145",
        "Kommunstyrelsen föreslår kommunfullmäktige att fastställa Mål och budget 2027 med plan "
        "för 2028–2029.",
        "Per Åkesson, ekonomichef",
    ),
    (
        "KF",
        D(2026, 11, 23),
        "Mål och budget 2027 med plan för 2028–2029",
        "Verksamhetsplan",
        "2027",
        "KS 2026/145",
        "Kommunfullmäktige fastställer Mål och budget 2027 med plan för 2028–2029, med en "
        "oförändrad skattesats om 22,34 kronor, nämndernas driftramar och investeringsbudget.",
        "Per Åkesson, ekonomichef",
    ),
    (
        "BUN",
        D(2026, 12, 9),
        "Verksamhetsplan 2027 för barn- och utbildningsnämnden",
        "Verksamhetsplan",
        "2027",
        "BUN 2026/131",
        "Barn- och utbildningsnämnden fastställer verksamhetsplan 2027.",
        "Jessica Norén, controller",
    ),
]


# ---------------------------------------------------------------------------
# Narrative texts (Texter)
# ---------------------------------------------------------------------------

ORD = {1: "en", 2: "två", 3: "tre", 4: "fyra", 5: "fem", 6: "sex", 7: "sju", 8: "åtta"}


def liten(namn):
    return namn[0].lower() + namn[1:]


def minus(tkr):
    """Signed mnkr text with a real minus sign."""
    return ("−" if tkr < 0 else "") + mnkr(tkr)


def egen_avvikelse(org, ar, period):
    b = netto({org}, ar, period, 5)
    return b - netto({org}, ar, period, 6 if period == "" else 7)


def storst_avvikelse(namnd, ar, period):
    """Sentence naming the body (own rows) below a committee with the largest deviation."""
    kandidater = [o for o in undertrad(namnd) if o != namnd and o in EKONOMI_POSTER]
    org = max(kandidater, key=lambda o: abs(egen_avvikelse(o, ar, period)))
    d = egen_avvikelse(org, ar, period)
    namn = ORG_NAMN[org] + ("s gemensamma kostnader" if ORG_NIVA[org] == "Förvaltning" else "")
    typ = "ett överskott" if d >= 0 else "ett underskott"
    return f"Störst avvikelse finns inom {namn} med {typ} på {mnkr(d)} mnkr."


def ekonomisk_analys(namnd, period, forklaring):
    orgs = undertrad(namnd)
    if period == "2025":
        b, u = netto(orgs, 2025, "", 5), netto(orgs, 2025, "", 6)
        d = b - u
        text = (
            f"{ORG_NAMN[namnd]} redovisar en nettokostnad på {mnkr(u)} mnkr för 2025, vilket är "
            f"{mnkr(d)} mnkr {'lägre' if d >= 0 else 'högre'} än budget. "
        )
        text += forklaring + " " + storst_avvikelse(namnd, 2025, "")
    else:
        b, u, p = (netto(orgs, 2026, "2026-T2", f) for f in (5, 6, 7))
        d = b - p
        andel = sv_tal(u / b * 100, 1)
        text = (
            f"Nettokostnaden per den 31 augusti är {mnkr(u)} mnkr, vilket motsvarar {andel} "
            f"procent av årsbudgeten på {mnkr(b)} mnkr. Helårsprognosen är {mnkr(p)} mnkr, vilket "
            f"innebär {'ett överskott' if d >= 0 else 'ett underskott'} på {mnkr(d)} mnkr mot "
            "budget. "
        )
        text += forklaring + " " + storst_avvikelse(namnd, 2026, "2026-T2")
    return text


def forutsattningar_2027(namnd, tillagg):
    orgs = undertrad(namnd)
    b27, b26 = netto(orgs, 2027, "", 5), netto(orgs, 2026, "2026-T2", 5)
    return (
        f"Nämndens nettobudget för 2027 är {mnkr(b27)} mnkr, vilket är {mnkr(b27 - b26)} mnkr "
        f"{'mer' if b27 >= b26 else 'mindre'} än 2026. Kostnaderna har räknats upp med 3,0 procent "
        "för "
        f"löneökningar och 2,0 procent för övriga kostnader. " + tillagg
    )


# Economic explanations; the sign of each deviation is checked in kontrollera_ekonomi()
FORKLARING = {
    (
        "KS",
        "2025",
    ): "Överskottet förklaras främst av vakanser inom kommunledningsförvaltningen och lägre "
    "kostnader för IT-licenser än beräknat.",
    (
        "KS",
        "2026-T2",
    ): "Valet i september och ökade kostnader för informationssäkerhet belastar årets "
    "resultat, men vakanser på HR-avdelningen väger upp.",
    (
        "BUN",
        "2025",
    ): "Överskottet beror på färre barn i förskolan än budgeterat och högre statsbidrag, samtidigt "
    "som kostnaderna för gymnasieplatser i andra kommuner ökade.",
    (
        "BUN",
        "2026-T2",
    ): "Kostnaderna för gymnasieplatser i andra kommuner och hos fristående huvudmän ökar mer "
    "än budgeterat, eftersom fler elever än väntat valt utbildningar utanför Älvby.",
    (
        "SN",
        "2025",
    ): "Underskottet beror på kostnader för externa placeringar av barn och unga, medan ekonomiskt "
    "bistånd redovisar ett överskott tack vare färre hushåll med bistånd.",
    (
        "SN",
        "2026-T2",
    ): "Två placeringar av ungdomar på särskilda ungdomshem under sommaren har försämrat "
    "prognosen jämfört med tertial 1.",
    (
        "VON",
        "2025",
    ): "Underskottet beror på fler beviljade hemtjänsttimmar än budgeterat och ökade kostnader för "
    "bemanningssjuksköterskor.",
    (
        "VON",
        "2026-T2",
    ): "Bättre planering i hemtjänsten och färre timmar med bemanningssjuksköterskor har "
    "minskat underskottet jämfört med föregående år.",
    (
        "SBN",
        "2025",
    ): "Överskottet beror främst på lägre elpriser och en mild vinter med låga kostnader för "
    "vinterväghållning.",
    ("SBN", "2026-T2"): "Elpriserna har fortsatt att vara lägre än budgeterat. VA-verksamheten är "
    "taxefinansierad och redovisas med sitt resultat.",
    (
        "KFN",
        "2025",
    ): "Intäkterna från uthyrning av Älvbyhallen och simhallen Forsen blev högre än budgeterat.",
    (
        "KFN",
        "2026-T2",
    ): "Stängningen av simhallen i juni har minskat intäkterna, men också driftkostnaderna.",
    ("MBN", "2025"): "Fler bygglovsärenden än budgeterat har gett högre avgiftsintäkter.",
    ("MBN", "2026-T2"): "Avgiftsintäkterna för bygglov fortsätter att vara högre än budgeterat.",
}
FORVANTAT_TECKEN = {
    ("BUN", "2026-T2"): -1,
    ("SN", "2025"): -1,
    ("SN", "2026-T2"): -1,
    ("VON", "2025"): -1,
    ("VON", "2026-T2"): -1,
}


def kontrollera_ekonomi():
    """The explanations above assume these signs; fail loudly if the model drifts."""
    for org, period in FORKLARING:
        d = avvikelse(org, 2025, "") if period == "2025" else avvikelse(org, 2026, period)
        assert (d < 0) == (FORVANTAT_TECKEN.get((org, period), 1) < 0), (org, period, d)
    assert antal_negativa(2026, "2026-T1") == 2 and antal_negativa(2026, "2026-T2") == 3


def kommun_ekonomi(period):
    if period == "2025":
        avv = {n: avvikelse(n, 2025, "") for n in NAMNDER}
        neg = [f"{liten(ORG_NAMN[n])} ({minus(d)} mnkr)" for n, d in avv.items() if d < 0]
        return (
            f"Verksamheternas nettokostnad uppgick till {mnkr(NK_2025)} mnkr 2025. Skatteintäkter "
            f"och generella statsbidrag uppgick till {mnkr(SKATT_2025)} mnkr och finansnettot till "
            f"{minus(FINANSNETTO_2025)} mnkr. Årets resultat blev {mnkr(RESULTAT_2025)} mnkr. "
            f"Nämndernas samlade budgetavvikelse är {minus(sum(avv.values()))} mnkr. Negativa "
            f"avvikelser redovisas av {' och '.join(neg)}. Älvbybostäder AB redovisar ett resultat "
            f"på {mnkr(-netto({'ABO'}, 2025, '', 6))} mnkr och Älvby Energi AB på "
            f"{mnkr(-netto({'AEN'}, 2025, '', 6))} mnkr."
        )
    avv = {n: avvikelse(n, 2026, "2026-T2") for n in NAMNDER}
    neg = [f"{liten(ORG_NAMN[n])} ({minus(d)} mnkr)" for n, d in avv.items() if d < 0]
    return (
        "Helårsprognosen per den 31 augusti visar en nettokostnad för verksamheterna på "
        f"{mnkr(NK_2026)} mnkr. Skatteintäkter och generella statsbidrag beräknas till "
        f"{mnkr(SKATT_2026)} mnkr enligt SKR:s prognos i augusti och finansnettot till "
        f"{minus(FINANSNETTO_2026)} mnkr. Årets resultat beräknas därmed till "
        f"{mnkr(RESULTAT_2026)} mnkr. Nämndernas samlade prognos är en avvikelse på "
        f"{minus(sum(avv.values()))} mnkr mot budget. Underskott prognostiseras av "
        f"{', '.join(neg[:-1])} och {neg[-1]}."
    )


def pct_text(tkr_res, tkr_skatt):
    return sv_tal(tkr_res / tkr_skatt * 100, 1)


def bygg_texter():
    """All rows for the Texter sheet: (Organisation, Period, Mål, Rubrik, Text, Bedömning)."""
    T = []

    def mal(org, period, mal_id, text, bedomning=""):
        T.append((org, period, mal_id, "Analys", text, bedomning))

    def avsnitt(org, period, rubrik, text):
        T.append((org, period, "", rubrik, text, ""))

    # (a) Goal analyses, KF
    mal(
        "KF",
        "2025",
        "KF-1",
        "Andelen elever i årskurs 9 som är behöriga till yrkesprogram ökade för tredje året i "
        "rad, till 85,9 procent, men når ännu inte målvärdet 88 procent. Resultaten skiljer sig "
        "fortfarande mellan pojkar och flickor och mellan skolenheterna. Gymnasieskolans "
        "examensgrad har förbättrats efter satsningen på närvaroteam vid Älvby gymnasium. "
        "Sammantaget bedöms målet som delvis uppfyllt.",
        "Delvis uppfyllt",
    )
    mal(
        "KF",
        "2026-T2",
        "KF-1",
        "Preliminära betyg för vårterminen 2026 visar att andelen behöriga till yrkesprogram "
        "fortsätter att öka, men skillnaderna mellan skolenheterna kvarstår. Tvålärarsystemet i "
        "matematik på Älvskolan och lovskolan på Norrbyskolan har nått fler elever än tidigare "
        "år. Prognosen är att målet blir delvis uppfyllt 2026.",
        "Delvis uppfyllt",
    )
    mal(
        "KF",
        "2025",
        "KF-2",
        "Väntetiden till särskilt boende har minskat från 68 dagar 2023 till 52 dagar 2025, "
        "bland annat tack vare att tolv nya platser öppnade på Björkhagen. Målvärdet 45 dagar "
        "nås ännu inte. Nöjdheten med hemtjänsten ökade till 91 procent och utredningstiderna "
        "inom barn- och ungdomsvården har förkortats. Verkställighetstiden för bostad med "
        "särskild service enligt LSS är fortfarande för lång.",
        "Delvis uppfyllt",
    )
    mal(
        "KF",
        "2026-T2",
        "KF-2",
        "Väntetiden till särskilt boende är 46 dagar vid andra tertialet, två dagar över "
        "målvärdet för 2026. Inom socialtjänsten avslutas 93 procent av barnavårdsutredningarna "
        "inom fyra månader. Bristen på gruppbostäder enligt LSS kvarstår sedan projektet på "
        "Kvarnbacken avbröts.",
    )
    mal(
        "KF",
        "2025",
        "KF-3",
        "Befolkningen ökade med 66 personer till 12 768 invånare, vilket är något under "
        "målvärdet. 74 bostäder färdigställdes under året, främst småhus och bostadsrätter på "
        "Kvarnbacken. Tryggheten har minskat för andra året i rad, och särskilt kvinnor uppger "
        "att de undviker vissa platser i centrum på kvällen. Kommunen har därför tillsammans med "
        "polisen tagit fram ett medborgarlöfte med fokus på belysning och trygghetsvandringar.",
        "Delvis uppfyllt",
    )
    mal(
        "KF",
        "2026-T2",
        "KF-3",
        "Folkmängden uppgick till 12 801 invånare den 31 augusti och byggnationen av 36 "
        "lägenheter i kvarteret Forsen pågår enligt tidplan. Handläggningstiden för bygglov har "
        "fortsatt att minska och är nu 27 dagar i median. Antalet hushåll med ekonomiskt bistånd "
        "minskar.",
    )
    mal(
        "KF",
        "2025",
        "KF-4",
        "Energianvändningen i kommunala lokaler minskade till 163 kWh/m², nära målvärdet 160. "
        "Byte till LED och injustering av ventilationen i sju skolor och förskolor står för den "
        "största delen av minskningen. Utsläppen från kommunens fordon och tjänsteresor minskade "
        "med tio procent, men andelen fossilfria fordon (58 procent) är fortfarande långt från "
        "målet. Fjärrvärmen är i det närmaste helt fossilfri.",
        "Delvis uppfyllt",
    )
    mal(
        "KF",
        "2026-T2",
        "KF-4",
        "Energianvändningen de senaste tolv månaderna är 155 kWh/m² och ligger därmed under "
        "målvärdet för 2026. Solceller installeras på Älvskolan och Björkhagen under hösten. "
        "Omställningen av fordonsflottan går långsammare än planerat på grund av långa "
        "leveranstider för elbilar.",
    )
    mal(
        "KF",
        "2025",
        "KF-5",
        "Sjukfrånvaron minskade till 7,1 procent men ligger över målvärdet 6,5 procent. "
        "Korttidsfrånvaron har minskat, medan långtidssjukskrivningarna, framför allt inom vård "
        "och omsorg, är oförändrade. Medarbetarengagemanget (HME) nådde målvärdet 80 och "
        "personalomsättningen sjönk till 10,2 procent.",
        "Delvis uppfyllt",
    )
    mal(
        "KF",
        "2026-T2",
        "KF-5",
        "Sjukfrånvaron de senaste tolv månaderna är 6,8 procent, en förbättring med 0,3 "
        "procentenheter jämfört med samma period föregående år. Fem arbetsplatsolyckor med "
        "sjukfrånvaro har inträffat hittills i år och målet om noll olyckor nås inte. "
        "Heltidsresan fortsätter enligt plan.",
    )
    mal(
        "KF",
        "2025",
        "KF-6",
        "I medborgarundersökningen 2025 fick kontakten med kommunen 58 i Nöjd Medborgar-Index, "
        "en förbättring från 55 år 2023 men under målvärdet 60. 58 e-tjänster är i drift och 55 "
        "procent av ansökningsärendena kommer in digitalt. Kontaktcenter besvarar 83 procent av "
        "samtalen inom två minuter.",
    )
    mal(
        "KF",
        "2026-T2",
        "KF-6",
        "66 e-tjänster är i drift, nära målvärdet för året, och 61 procent av ansökningarna görs "
        "digitalt. Den nya kunskapsdatabasen i Kontaktcenter har bidragit till att 72 procent av "
        "ärendena löses vid första kontakten.",
    )
    mal(
        "KF",
        "2025",
        "KF-7",
        f"Årets resultat blev {mnkr(RESULTAT_2025)} mnkr, vilket motsvarar "
        f"{pct_text(RESULTAT_2025, SKATT_2025)} procent av skatteintäkter och generella "
        "statsbidrag. Det finansiella målet på 2,0 procent nås därmed. Soliditeten inklusive "
        "samtliga pensionsförpliktelser ökade till 34,1 procent och investeringarna kunde till "
        "84 procent finansieras med egna medel.",
        "Uppfyllt",
    )
    mal(
        "KF",
        "2026-T2",
        "KF-7",
        f"Prognosen för helåret är ett resultat på {mnkr(RESULTAT_2026)} mnkr, motsvarande "
        f"{pct_text(RESULTAT_2026, SKATT_2026)} procent av skatteintäkter och generella "
        "statsbidrag. Resultatmålet på 2,0 procent nås därmed inte. Skatteunderlaget växer "
        "långsammare än beräknat och underskotten i socialnämnden och vård- och omsorgsnämnden "
        "kvarstår.",
        "Delvis uppfyllt",
    )
    neg25 = [liten(ORG_NAMN[n]) for n in NAMNDER if avvikelse(n, 2025, "") < 0]
    mal(
        "KF",
        "2025",
        "KF-8",
        f"{ORD[len(neg25)].capitalize()} av kommunens {ORD[len(NAMNDER)]} nämnder redovisar en "
        f"negativ budgetavvikelse 2025: {' och '.join(neg25)}. Underskotten beror främst på ökade "
        "kostnader för externa placeringar av barn och unga och på fler beviljade "
        "hemtjänsttimmar. Övriga nämnder redovisar överskott. Eftersom målet är att samtliga "
        "nämnder ska hålla sin budgetram bedöms det som ej uppfyllt.",
        "Ej uppfyllt",
    )
    mal(
        "KF",
        "2026-T2",
        "KF-8",
        f"Vid andra tertialet prognostiserar {ORD[antal_negativa(2026, '2026-T2')]} nämnder ett "
        "underskott mot budget. Socialnämnden och vård- och omsorgsnämnden arbetar med "
        "åtgärdsplaner som har gett effekt, men inte tillräckligt för att nå en ekonomi i "
        "balans. Barn- och utbildningsnämnden prognostiserar ett mindre underskott till följd av "
        "ökade kostnader för gymnasieplatser.",
        "Ej uppfyllt",
    )

    # (a) Goal analyses, committees and companies
    mal(
        "KS",
        "2025",
        "KS-1",
        "Antalet nystartade företag ökade till 4,4 per 1 000 invånare och företagarnas omdöme om "
        "företagsklimatet förbättrades till 3,5. Företagslotsen, som startade i februari, har "
        "tagit emot 46 ärenden och 86 procent av företagen är nöjda med kontakten. Målvärdena "
        "nås inte fullt ut.",
        "Delvis uppfyllt",
    )
    mal(
        "KS",
        "2026-T2",
        "KS-1",
        "Arbetet med en ny näringslivsstrategi pågår i dialog med Företagarna Älvby och "
        "handelsföreningen. 92 procent av lotsärendena har fått ett samordnat besked inom tio "
        "arbetsdagar. Etableringen av ett logistikföretag i Älvby industriområde väntas ge "
        "omkring 80 nya arbetstillfällen 2027.",
    )
    mal(
        "KS",
        "2025",
        "KS-2",
        "Personalomsättningen minskade till 10,2 procent och andelen heltidsanställda ökade till "
        "83,5 procent. Antalet arbetsplatsolyckor med sjukfrånvaro minskade till nio, men målet "
        "noll nås inte. De flesta olyckorna inträffade inom hemtjänsten i samband med "
        "förflyttningar och halka.",
    )
    mal(
        "KS",
        "2026-T2",
        "KS-2",
        "Personalomsättningen fortsätter att minska och är 9,4 procent rullande tolv månader. "
        "Fem arbetsplatsolyckor med sjukfrånvaro har inträffat hittills i år. Det nya "
        "rekryteringssystemet har kortat rekryteringstiden till 36 dagar i median.",
    )
    mal(
        "BUN",
        "2025",
        "BUN-1",
        "Andelen elever i årskurs 9 som nådde kunskapskraven i alla ämnen minskade till 73,2 "
        "procent, medan meritvärdet steg till 222,1. Nedgången förklaras främst av lägre "
        "resultat i moderna språk och idrott och hälsa på Norrbyskolan. På Älvby gymnasium tog "
        "78,1 procent av eleverna examen inom tre år, den högsta andelen hittills. Förvaltningen "
        "har förstärkt arbetet med extra anpassningar och lovskola.",
        "Delvis uppfyllt",
    )
    mal(
        "BUN",
        "2026-T2",
        "BUN-1",
        "Preliminära betyg för vårterminen 2026 tyder på en förbättring i årskurs 9, särskilt i "
        "matematik där tvålärarsystemet och lovskolan har gett effekt. Andelen flerspråkiga barn "
        "som får modersmålsstöd i förskolan har ökat till 88 procent. Nämnden bedömer att målet "
        "blir delvis uppfyllt 2026.",
        "Delvis uppfyllt",
    )
    mal(
        "BUN",
        "2025",
        "BUN-2",
        "Tryggheten i årskurs 5 ligger kvar på en hög nivå, 93 procent, men studieron i årskurs "
        "8 har försämrats till 61 procent. På Norrbyskolan uppger endast 58 procent av eleverna "
        "att de har studiero. Ordningsregler och mobilfria lektioner infördes under hösten, och "
        "effekten följs upp i elevenkäten 2026. Nämnden bedömer att målet inte är uppfyllt.",
        "Ej uppfyllt",
    )
    mal(
        "BUN",
        "2026-T2",
        "BUN-2",
        "Andelen elever med mer än tio procent ogiltig frånvaro på Norrbyskolan har minskat till "
        "3,6 procent och antalet elever med problematisk frånvaro i hela kommunen är 28, jämfört "
        "med 33 vid årsskiftet. Mobilfria lektioner upplevs positivt av både elever och lärare. "
        "Elevenkäten genomförs i oktober.",
    )
    mal(
        "SN",
        "2025",
        "SN-1",
        "90 procent av barnavårdsutredningarna avslutades inom fyra månader, en tydlig "
        "förbättring från 81 procent 2023. Andelen placerade barn i familjehem ökade till 77 "
        "procent efter att fler familjehem rekryterats. Förhandsbedömningarna görs inom 14 dagar "
        "i 95 procent av fallen.",
        "Delvis uppfyllt",
    )
    mal(
        "SN",
        "2026-T2",
        "SN-1",
        "Utredningstiderna fortsätter att förbättras och 93 procent av utredningarna avslutas "
        "inom fyra månader. Fem nya familjehem har rekryterats under året genom kampanjen ”Bli "
        "familjehem i Älvby”. Programmet Vändpunkten har nu 38 inskrivna ungdomar.",
    )
    mal(
        "SN",
        "2025",
        "SN-5",
        "Kostnaden för externa placeringar av barn och unga minskade till 27,4 mnkr men "
        "överstiger fortfarande målvärdet 24 mnkr. Antalet vårddygn på HVB minskade med 14 "
        "procent. Individ- och familjeomsorgen redovisar trots detta ett underskott mot budget, "
        "eftersom budgeten för placeringar räknades ned snabbare än kostnaderna minskade.",
        "Ej uppfyllt",
    )
    mal(
        "SN",
        "2026-T2",
        "SN-5",
        "Prognosen för externa placeringar pekar på en fortsatt minskning av antalet vårddygn, "
        "men två placeringar av ungdomar på särskilda ungdomshem under sommaren har ökat "
        "kostnaderna. Arbetet på hemmaplan har förstärkts med två familjebehandlare i "
        "Familjeresursen.",
    )
    mal(
        "VON",
        "2025",
        "VON-1",
        "Nöjdheten med boendet på särskilt boende ökade till 86 procent efter nedgången 2024. "
        "Hemtjänsttagarna möter i genomsnitt 14 olika medarbetare under 14 dagar, vilket är två "
        "fler än målvärdet. 91 procent av brukarna har en aktuell genomförandeplan.",
    )
    mal(
        "VON",
        "2026-T2",
        "VON-1",
        "Personalkontinuiteten har förbättrats sedan hemtjänstgrupp Centrum delades i två team, "
        "och där möter brukarna nu elva olika medarbetare under 14 dagar. Andelen brukare med "
        "aktuell genomförandeplan är 96 procent. Björkhagen erbjuder 88 procent av de boende en "
        "individuell aktivitet varje dag.",
    )
    mal(
        "VON",
        "2025",
        "VON-3",
        "Sjukfrånvaron i vård- och omsorgsförvaltningen var 9,5 procent, högre än målvärdet 8,0 "
        "procent. Långtidssjukfrånvaron ökade bland undersköterskor i hemtjänsten. Andelen "
        "timavlönades arbetade tid minskade till 12,9 procent och andelen undersköterskor med "
        "heltid ökade till 72 procent. På Björkhagen har arbetet med hälsofrämjande arbetsplats "
        "gett tydligt resultat och sjukfrånvaron minskade med 1,7 procentenheter.",
        "Delvis uppfyllt",
    )
    mal(
        "VON",
        "2026-T2",
        "VON-3",
        "Sjukfrånvaron de senaste tolv månaderna är 9,1 procent och utvecklingen går åt rätt "
        "håll. Heltidsresan fortsätter och 75 procent av undersköterskorna arbetar nu heltid.",
    )
    mal(
        "SBN",
        "2025",
        "SBN-1",
        "Andelen fossilfria fordon ökade till 58 procent. Nio av femton planerade elbilar har "
        "levererats och laddinfrastruktur har byggts vid kommunhuset och Björkhagen. Elva "
        "energiåtgärder genomfördes i kommunala fastigheter och energianvändningen i skolor och "
        "förskolor minskade till 155 kWh/m².",
        "Delvis uppfyllt",
    )
    mal(
        "SBN",
        "2026-T2",
        "SBN-1",
        "Andelen fossilfria fordon är 63 procent. Leveranstiderna för elbilar har förlängts och "
        "sex fordon väntas först under första kvartalet 2027. Solcellsanläggningarna på "
        "Älvskolan och Björkhagen driftsätts i november.",
    )
    mal(
        "SBN",
        "2025",
        "SBN-2",
        "Inga kokningsrekommendationer behövde utfärdas under 2025 och läckaget i ledningsnätet "
        "minskade till 18,5 procent efter läcksökningen med akustisk loggning. 2,4 kilometer ny "
        "gång- och cykelväg byggdes mellan Älvby och Norrby, vilket är mer än målvärdet.",
        "Uppfyllt",
    )
    mal(
        "SBN",
        "2026-T2",
        "SBN-2",
        "En kokningsrekommendation gällde i Norrby 12–14 juni efter ett ledningsbrott på "
        "Storgatan, vilket innebär att målvärdet noll dagar inte nås 2026. Felanmälningar om "
        "gatubelysning åtgärdas nu inom tio arbetsdagar i 91 procent av fallen.",
        "Delvis uppfyllt",
    )
    mal(
        "KFN",
        "2025",
        "KFN-1",
        "Utlåningen från biblioteken ökade till 4,6 lån per invånare och besöken i simhallen "
        "Forsen ökade till 91 800. Meröppet, som sedan maj även finns på Norrby bibliotek, hade "
        "8 400 besök under obemannade timmar. Målvärdena nås ännu inte, men utvecklingen är "
        "positiv på samtliga mätetal.",
        "Delvis uppfyllt",
    )
    mal(
        "KFN",
        "2026-T2",
        "KFN-1",
        "Simhallen Forsen var stängd fyra veckor i juni för renovering av bassängtekniken, "
        "vilket påverkar besöksantalet. Bokstart med hembesök hos familjer med små barn har "
        'startat i Norrby och 42 familjer har fått besök. Evenemanget "Kultur & fritid i parken" '
        "lockade omkring 3 200 besökare i augusti.",
    )
    mal(
        "KFN",
        "2025",
        "KFN-3",
        "Det nya boknings- och bidragssystemet togs i drift i september och 77 procent av "
        "bokningarna gjordes digitalt under året. Föreningarna kan nu söka alla bidrag via "
        "e-tjänst.",
    )
    mal(
        "KFN",
        "2026-T2",
        "KFN-3",
        "83 procent av bokningarna görs digitalt och målvärdet för 2026 är därmed nått.",
        "Uppfyllt",
    )
    mal(
        "MBN",
        "2025",
        "MBN-1",
        "Handläggningstiden för bygglov minskade till 31 dagar i median, jämfört med 41 dagar "
        "2023. Andelen kompletta ansökningar vid inlämning ökade till 51 procent efter att "
        "checklistor och digitala förhandsmöten införts. Nöjd Kund Index för bygglov är 68.",
        "Delvis uppfyllt",
    )
    mal(
        "MBN",
        "2026-T2",
        "MBN-1",
        "Handläggningstiden är nu 27 dagar i median och målvärdet för 2026, 26 dagar, ligger "
        "inom räckhåll. Den höga ärendemängden under våren, 412 inkomna ärenden, har hanterats "
        "utan att handläggningstiden ökat.",
    )
    mal(
        "MBN",
        "2025",
        "MBN-2",
        "91 procent av de planerade tillsynsbesöken genomfördes. Inventeringen av enskilda "
        "avlopp i Åsen och Lillby har omfattat 145 anläggningar, varav 38 procent har fått "
        "förbud eller föreläggande om åtgärder.",
    )
    mal(
        "MBN",
        "2026-T2",
        "MBN-2",
        "Tillsynen följer planen och livsmedelskontrollerna ligger i fas. Två miljöinspektörer "
        "har nyanställts efter vakanser under våren.",
    )
    mal(
        "ABO",
        "2025",
        "ABO-1",
        "Byggstart skedde i mars för 36 lägenheter i kvarteret Forsen med planerad inflyttning i "
        "april 2027. Målet om 40 påbörjade lägenheter nåddes nästan.",
        "Delvis uppfyllt",
    )
    mal(
        "AEN",
        "2025",
        "AEN-1",
        "Andelen fossilfria bränslen var 99,2 procent. Den återstående oljan användes i "
        "reservanläggningen under köldknäppen i januari. Oljepannan ersätts med bioolja under "
        "2026.",
        "Delvis uppfyllt",
    )

    # (b) Sections: Kommunfullmäktige
    avsnitt(
        "KF",
        "2025",
        "Viktiga händelser",
        "2025 präglades av en gradvis återhämtning i svensk ekonomi efter flera år med hög "
        "inflation. Älvby passerade 12 750 invånare och bostadsbyggandet ökade till 74 "
        "färdigställda bostäder. Kommunfullmäktige beslutade om en ny lokalförsörjningsplan och "
        "om att renovera simhallen Forsen i stället för att bygga en ny. Den nya gång- och "
        "cykelvägen mellan Älvby och Norrby invigdes i september. Socialtjänsten och vård och "
        "omsorg har haft ett ansträngt år med ökade behov, vilket syns i nämndernas ekonomiska "
        "resultat.",
    )
    avsnitt(
        "KF",
        "2025",
        "Förväntad utveckling",
        "Befolkningsprognosen visar en fortsatt svag ökning, med fler invånare över 80 år och "
        "färre barn i förskoleåldern de närmaste åren. Resurser behöver därför flyttas från "
        "förskola till äldreomsorg. Skatteunderlaget väntas växa långsammare än kostnaderna, och "
        "kommunen behöver fortsätta effektivisera genom digitalisering och samordning av "
        "lokaler. Investeringsbehoven är stora, främst en ny skola i Norrby och ett nytt "
        "reningsverk, vilket kräver ett högt resultat för att begränsa upplåningen.",
    )
    avsnitt("KF", "2025", "Ekonomisk analys", kommun_ekonomi("2025"))
    avsnitt(
        "KF",
        "2025",
        "God ekonomisk hushållning",
        "Kommunfullmäktige har beslutat om två finansiella mål för god ekonomisk hushållning: "
        "årets resultat ska uppgå till minst 2,0 procent av skatteintäkter och generella "
        "statsbidrag, och investeringarna ska till minst 80 procent finansieras med egna medel. "
        f"Båda målen nåddes 2025, med ett resultat på {pct_text(RESULTAT_2025, SKATT_2025)} "
        "procent och en självfinansieringsgrad på 84 procent. Av fullmäktiges åtta "
        "verksamhetsmål bedöms ett som uppfyllt, sex som delvis uppfyllda och ett som ej "
        "uppfyllt. Sammantaget bedöms kommunen ha en god ekonomisk hushållning 2025, men "
        "underskotten inom socialnämnden och vård- och omsorgsnämnden behöver åtgärdas.",
    )
    avsnitt(
        "KF",
        "2025",
        "Balanskravsresultat",
        f"Årets resultat enligt resultaträkningen uppgår till {mnkr(RESULTAT_2025)} mnkr. Efter "
        "avdrag för realisationsvinster vid försäljning av fastigheten Kvarnen 3 om 1,2 mnkr "
        f"blir balanskravsresultatet {mnkr(RESULTAT_2025 - 1200)} mnkr. Kommunen har inga "
        "tidigare negativa balanskravsresultat att återställa. Kommunfullmäktige har beslutat "
        "att reservera 5,0 mnkr till resultatutjämningsreserven (RUR), som därefter uppgår till "
        "23,0 mnkr.",
    )
    avsnitt(
        "KF",
        "2026-T2",
        "Viktiga händelser",
        "Under årets första åtta månader har förberedelserna inför valet den 13 september och "
        "arbetet med Mål och budget 2027 präglat den politiska organisationen. Ett ledningsbrott "
        "på Storgatan i juni ledde till kokningsrekommendation i Norrby under tre dagar. "
        "Byggnationen av 36 lägenheter i kvarteret Forsen pågår och Älvby Energi har ersatt sin "
        "sista oljepanna med bioolja. Socialnämnden och vård- och omsorgsnämnden har vidtagit "
        "åtgärder för att minska sina underskott.",
    )
    avsnitt(
        "KF",
        "2026-T2",
        "Förväntad utveckling",
        "SKR:s skatteunderlagsprognos från augusti är något svagare än i budgeten, främst på "
        "grund av lägre sysselsättning i regionen. Kostnaderna för ekonomiskt bistånd minskar "
        "dock. Inför 2027 väntas de riktade statsbidragen till äldreomsorgen minska, vilket "
        "kräver omprioriteringar. Nya mål för mandatperioden 2027–2030 tas fram under 2027.",
    )
    avsnitt("KF", "2026-T2", "Ekonomisk analys", kommun_ekonomi("2026-T2"))
    avsnitt(
        "KF",
        "2026-T2",
        "God ekonomisk hushållning",
        "Prognosen innebär att resultatmålet om 2,0 procent av skatteintäkter och generella "
        "statsbidrag inte nås, eftersom resultatet beräknas till "
        f"{pct_text(RESULTAT_2026, SKATT_2026)} procent. Målet om att investeringarna ska "
        "finansieras med egna medel till minst 80 procent bedöms nås, eftersom flera "
        "investeringsprojekt har försenats. Prognosen för fullmäktiges verksamhetsmål är att de "
        "flesta blir delvis uppfyllda. Sammantaget bedöms kommunen ha en god ekonomisk "
        "hushållning även 2026, men marginalerna minskar inför 2027.",
    )
    avsnitt(
        "KF",
        "2026-T2",
        "Balanskravsresultat",
        f"Enligt helårsprognosen blir årets resultat {mnkr(RESULTAT_2026)} mnkr. Efter avdrag för "
        "realisationsvinster om 0,4 mnkr beräknas balanskravsresultatet till "
        f"{mnkr(RESULTAT_2026 - 400)} mnkr, och balanskravet uppfylls därmed. Någon disponering "
        "av resultatutjämningsreserven planeras inte.",
    )
    avsnitt(
        "KF",
        "2027",
        "Inledning",
        "Mål och budget 2027 är den första budgeten efter valet 2026. Den beskriver hur "
        "kommunfullmäktige vill att Älvby ska utvecklas mot visionen Älvby 2035 och vilka "
        "ekonomiska ramar nämnderna får. Budgeten utgår från de fyra perspektiven invånare, "
        "omvärld, organisation och medarbetare samt ekonomi. Fullmäktiges åtta mål gäller till "
        "och med 2027, och nya mål för mandatperioden tas fram under året.",
    )
    avsnitt(
        "KF",
        "2027",
        "Förutsättningar",
        "Budgeten bygger på SKR:s skatteunderlagsprognos från augusti 2026 och en befolkning om "
        "12 850 invånare den 1 november 2026. Skattesatsen är oförändrad, 22,34 kronor. "
        "Nämndernas ramar har räknats upp med 3,0 procent för löner och 2,0 procent för övriga "
        "kostnader. Resultatmålet är 2,0 procent av skatteintäkter och generella statsbidrag, "
        "och investeringarna ska under planperioden i genomsnitt inte överstiga 120 mnkr per år.",
    )

    # (b) Sections: committees
    namndtexter = {
        "KS": dict(
            vh25="Kommunstyrelsen startade företagslotsen i februari och upphandlade ett nytt "
            "rekryteringssystem. Kontaktcenter har varit i drift ett helt år och tar emot "
            "alla samtal till kommunens växel. Arbetet med heltid som norm har fortsatt i "
            "samverkan med de fackliga organisationerna. Kommunstyrelsen har också påbörjat "
            "arbetet med en ny klimatplan.",
            fu25="Kompetensförsörjningen är den största utmaningen på längre sikt, särskilt inom "
            "vård, omsorg och skola där pensionsavgångarna är stora fram till 2030. "
            "Digitalisering och automatisering ska frigöra tid för kärnverksamheten. En ny "
            "näringslivsstrategi tas fram 2026 för att möta etableringsförfrågningar från "
            "logistik- och besöksnäringen.",
            vh26="Förslaget till ny näringslivsstrategi har varit på remiss hos Företagarna "
            "Älvby och handelsföreningen. Rekryteringssystemet togs i drift i mars och "
            "medarbetarenkäten genomfördes i april med 81 procents svarsfrekvens. "
            "Förberedelserna inför valet den 13 september har genomförts tillsammans med "
            "valnämnden.",
            fu26="Den nya näringslivsstrategin väntas antas av kommunfullmäktige i november. "
            "Inför 2027 föreslås en samlad satsning på automatisering av administrativa "
            "processer, med målet att minska den administrativa tiden med tio procent till "
            "2029.",
            inl="Kommunstyrelsen leder och samordnar kommunens verksamheter och ekonomi. Under "
            "2027 ligger fokus på att ta fram nya mål för mandatperioden, genomföra den nya "
            "näringslivsstrategin och fortsätta arbetet med heltid som norm.",
            fo="Medlemsavgiften till Räddningstjänsten Älvdalen ökar med 1,1 mnkr och "
            "finansieras inom ramen. Kostnaderna för IT-licenser fortsätter att öka och en "
            "översyn av avtalen görs under våren.",
        ),
        "BUN": dict(
            vh25="Förskolan Lärkan flyttade i augusti in i tillfälliga paviljonger i väntan på "
            "den nya förskolan i Norrby. På Älvskolan infördes tvålärarsystem i matematik i "
            "årskurs 5–6 och på Norrbyskolan mobilfria lektioner. Älvby gymnasium startade "
            "ett närvaroteam på introduktionsprogrammen. Barnantalet i förskolan minskade "
            "med 34 barn jämfört med 2024, medan elevantalet i årskurs 7–9 ökade.",
            fu25="Barnantalet i förskoleåldern väntas minska med omkring fem procent fram till "
            "2028, samtidigt som elevantalet i grundskolans senare år fortsätter att öka. "
            "Det kräver en omställning av lokaler och personal mellan skolformerna. Flera "
            "statsbidrag är tidsbegränsade och kan inte bära långsiktiga åtaganden.",
            vh26="Den nya förskolan i Norrby är under uppförande och beräknas vara klar i mars "
            "2027, tre månader senare än planerat. Preliminära betyg för vårterminen visar "
            "en förbättring i matematik i årskurs 6 och 9. Elevhälsans arbete med tidiga "
            "samordnade insatser har minskat antalet elever med problematisk frånvaro till "
            "28. Nämnden beslutade i maj om en plan för ökad studiero i årskurs 7–9.",
            fu26="Kostnaderna för gymnasieplatser i andra kommuner och hos fristående huvudmän "
            "ökar, vilket påverkar prognosen. Inför 2027 planerar förvaltningen att samla "
            "förskoleverksamheten i Norrby i den nya förskolan och avveckla två äldre "
            "förskolelokaler.",
            inl="Barn- och utbildningsnämndens verksamhetsplan för 2027 utgår från "
            "kommunfullmäktiges mål och budget. Nämnden prioriterar kunskapsresultaten i "
            "grundskolan, studiero och trygghet samt att alla barn erbjuds förskoleplats på "
            "önskat datum.",
            fo="Hyran för den nya förskolan i Norrby, 3,1 mnkr, ingår i ramen. Barnantalet i "
            "förskolan beräknas till 610 barn och elevantalet i grundskolan till 1 480 "
            "elever. Statsbidraget för likvärdig skola minskar med 1,4 mnkr.",
        ),
        "SN": dict(
            vh25="Socialnämnden antog en handlingsplan för att minska kostnaderna för externa "
            "placeringar. Familjeresursen förstärktes med två familjebehandlare och ett "
            "avtal om samverkan med polisen och skolan kring unga i riskzon (SSPF) "
            "tecknades. Antalet hushåll med ekonomiskt bistånd minskade för tredje året i "
            "rad. Bristen på bostäder med särskild service enligt LSS har lett till att tre "
            "beslut inte kunnat verkställas inom tre månader.",
            fu25="Den nya socialtjänstlagen, som gäller från den 1 juli 2025, ställer krav på en "
            "mer förebyggande och lättillgänglig socialtjänst. Nämnden behöver flytta "
            "resurser från dyra placeringar till tidiga insatser. Behovet av bostäder med "
            "särskild service enligt LSS ökar och minst en ny gruppbostad behövs före 2028.",
            vh26="Projektet med en ny gruppbostad på Kvarnbacken avbröts i mars efter att "
            "detaljplanen överklagats, och en ny placering utreds. Digital ansökan om "
            "ekonomiskt bistånd infördes i maj. Två ungdomar placerades på särskilda "
            "ungdomshem under sommaren.",
            fu26="Åtgärdsplanen för en ekonomi i balans fortsätter, med fokus på fler familjehem "
            "och insatser på hemmaplan. Antalet hushåll med ekonomiskt bistånd väntas "
            "fortsätta minska, men osäkerheten är stor på grund av läget på arbetsmarknaden.",
            inl="Socialnämnden arbetar för att invånare som behöver stöd ska få det tidigt, med "
            "god kvalitet och med respekt för den enskilde. 2027 prioriterar nämnden "
            "förebyggande arbete för barn och unga och fler bostäder med särskild service "
            "enligt LSS.",
            fo="Ramen innehåller en tillfällig förstärkning på 4,0 mnkr för placeringar av barn "
            "och unga, som trappas ned med 2,0 mnkr per år under 2028–2029.",
        ),
        "VON": dict(
            vh25="Tolv nya platser på Björkhagens vård- och omsorgsboende öppnade i mars, vilket "
            "har kortat väntetiden till särskilt boende. Digital nattillsyn har införts hos "
            "51 hemtjänsttagare. Antalet beviljade hemtjänsttimmar ökade med sju procent. "
            "Äldreomsorgslyftet har gett 28 medarbetare möjlighet att utbilda sig till "
            "undersköterska på betald arbetstid.",
            fu25="Antalet invånare över 80 år ökar med omkring fyra procent per år fram till "
            "2030, vilket innebär ett ökat behov av både hemtjänst och platser i särskilt "
            "boende. Kompetensförsörjningen är den största utmaningen och heltidsresan och "
            "äldreomsorgslyftet är viktiga för att behålla och rekrytera undersköterskor. "
            "Välfärdstekniken ska byggas ut så att fler kan bo kvar hemma tryggt.",
            vh26="Hemtjänstgrupp Centrum delades i februari i två mindre team med fasta rutter, "
            "vilket har förbättrat personalkontinuiteten. Ett nytt planeringsverktyg med "
            "ruttoptimering införs under hösten. Ombyggnaden av Björkhagen etapp 2 har "
            "försenats efter fynd av fukt i bjälklaget.",
            fu26="Nämnden prognostiserar ett mindre underskott än föregående år tack vare bättre "
            "planering i hemtjänsten. Statsbidragen för äldreomsorgen väntas minska 2027, "
            "vilket kräver prioriteringar inom nämndens ram.",
            inl="Vård- och omsorgsnämndens verksamhetsplan för 2027 prioriterar trygghet och "
            "inflytande för äldre, personalkontinuitet i hemtjänsten och en hållbar "
            "bemanning med heltid som norm.",
            fo="Volymökningen i hemtjänsten har kompenserats med 3,5 mnkr. Det riktade "
            "statsbidraget för äldreomsorgen beräknas minska med 2,1 mnkr.",
        ),
        "SBN": dict(
            vh25="Den nya gång- och cykelvägen mellan Älvby och Norrby invigdes i september. "
            "Läcksökning med akustisk loggning har genomförts i hela ledningsnätet och 23 "
            "läckor har åtgärdats. Förprojekteringen av ett nytt reningsverk har startat. "
            "Måltidsservice har infört svinnvågar i alla skolrestauranger och matsvinnet "
            "minskade till 34 gram per portion.",
            fu25="Det nya reningsverket blir kommunens största investering någonsin och beräknas "
            "kosta omkring 220 mnkr. VA-taxan behöver höjas med omkring åtta procent per år "
            "under planperioden. Underhållsbehovet i kommunens fastigheter är stort och en "
            "tioårig underhållsplan tas fram.",
            vh26="Ett ledningsbrott på Storgatan den 12 juni ledde till kokningsrekommendation i "
            "Norrby under tre dagar. Solceller installeras på Älvskolan och Björkhagen. "
            "Upphandlingen av vinterväghållning har avslutats och de nya avtalen gäller "
            "från den 1 oktober.",
            fu26="Kostnaderna för byggmaterial och entreprenader har stabiliserats. Beslut om "
            "byggstart för det nya reningsverket väntas under 2027.",
            inl="Samhällsbyggnadsnämnden ansvarar för en stor del av kommunens infrastruktur och "
            "lokaler. 2027 ligger fokus på energieffektivisering, förnyelse av VA-nätet och "
            "projekteringen av det nya reningsverket.",
            fo="VA-taxan höjs med åtta procent från den 1 januari 2027. Den nya förskolan i "
            "Norrby tas i drift i mars 2027 och internhyran ökar med 3,1 mnkr.",
        ),
        "KFN": dict(
            vh25="Meröppet infördes på Norrby bibliotek i maj. Kommunfullmäktige beslutade i "
            "juni att renovera simhallen Forsen i stället för att bygga en ny. Det nya "
            "digitala boknings- och bidragssystemet togs i drift i september och "
            "konstgräset på Älvvallen byttes till ett granulatfritt alternativ.",
            fu25="Föreningslivet har svårt att rekrytera ledare, särskilt för ungdomar 13–16 år. "
            "Nämnden kommer att se över föreningsbidragen så att de bättre främjar "
            "jämställdhet och barn och ungas idrottande. Renoveringen av simhallen Forsen "
            "genomförs i etapper 2026–2027 så att simundervisningen kan fortsätta.",
            vh26="Simhallen Forsen var stängd i fyra veckor i juni för byte av bassängteknik. "
            "Bokstart har startat i Norrby. Tjejkvällarna på Tornet har ökat andelen "
            'flickor bland besökarna till 38 procent. Evenemanget "Kultur & fritid i '
            'parken" genomfördes för första gången i augusti.',
            fu26="Renoveringen av simhallen fortsätter under 2027. Nämnden räknar med ökade "
            "intäkter från uthyrning av Älvbyhallen till evenemang.",
            inl="Kultur- och fritidsnämnden verkar för ett brett och tillgängligt utbud av "
            "kultur, idrott och fritid för alla åldrar i hela kommunen. 2027 prioriteras "
            "barn och ungas fritid, jämställdhet i föreningslivet och läsfrämjande insatser.",
            fo="Ramen innehåller 0,8 mnkr i ökade lokalkostnader för den renoverade simhallen. "
            "Föreningsbidragen räknas upp med 2,0 procent.",
        ),
        "MBN": dict(
            vh25="Handläggningstiden för bygglov har minskat till 31 dagar i median. Digitala "
            "förhandsmöten och checklistor har bidragit till fler kompletta ansökningar. "
            "Inventeringen av enskilda avlopp i Åsen och Lillby har fortsatt. Nämnden antog "
            "en ny taxa för prövning och tillsyn enligt miljöbalken.",
            fu25="Antalet bygglovsärenden väntas öka i takt med att nya detaljplaner för "
            "Kvarnbacken och Älvby industriområde antas. Kraven på tillsyn inom "
            "miljöområdet ökar och nämnden behöver behålla erfarna inspektörer.",
            vh26="Handläggningstiden för bygglov är 27 dagar i median. 412 ärenden har kommit in "
            "under årets första åtta månader, nio procent fler än samma period föregående "
            "år. Två miljöinspektörer har nyanställts.",
            fu26="Avgiftsintäkterna väntas bli högre än budgeterat tack vare fler bygglov. En "
            "lean-genomlysning av bygglovsprocessen startar i september.",
            inl="Miljö- och byggnadsnämnden ska med rättssäker och serviceinriktad "
            "myndighetsutövning bidra till en hållbar samhällsutveckling. Prioriterat 2027 "
            "är kortare handläggningstider och en helt digital bygglovsprocess.",
            fo="Taxorna för bygglov och miljötillsyn räknas upp med 2,5 procent. "
            "Avgiftsfinansieringsgraden beräknas till 60 procent.",
        ),
    }
    for org, t in namndtexter.items():
        avsnitt(org, "2025", "Viktiga händelser", t["vh25"])
        avsnitt(org, "2025", "Förväntad utveckling", t["fu25"])
        avsnitt(
            org,
            "2025",
            "Ekonomisk analys",
            ekonomisk_analys(org, "2025", FORKLARING[(org, "2025")]),
        )
        avsnitt(org, "2026-T2", "Viktiga händelser", t["vh26"])
        avsnitt(org, "2026-T2", "Förväntad utveckling", t["fu26"])
        avsnitt(
            org,
            "2026-T2",
            "Ekonomisk analys",
            ekonomisk_analys(org, "2026-T2", FORKLARING[(org, "2026-T2")]),
        )
        avsnitt(org, "2027", "Inledning", t["inl"])
        avsnitt(org, "2027", "Förutsättningar", forutsattningar_2027(org, t["fo"]))

    # Companies: short sections
    avsnitt(
        "ABO",
        "2025",
        "Viktiga händelser",
        "Byggstart för 36 lägenheter i kvarteret Forsen skedde i mars. Vakansgraden sjönk till "
        "1,5 procent och efterfrågan på mindre lägenheter är fortsatt hög. Bolaget har tecknat "
        "avtal om solceller på tolv flerbostadshus.",
    )
    avsnitt(
        "AEN",
        "2025",
        "Viktiga händelser",
        "Älvby Energi har fattat beslut om att ersätta den sista oljepannan med bioolja. Elnätet "
        "i Norrby har vädersäkrats genom kablifiering av 14 kilometer luftledning.",
    )
    return T


# ---------------------------------------------------------------------------
# Writing the workbooks
# ---------------------------------------------------------------------------

RUBRIK_FONT = Font(bold=True)
RUBRIK_FYLLNING = PatternFill("solid", fgColor="DDEBF7")


def skriv_blad(wb, namn, rubriker, rader, radbryt=None, format=None):
    """Write one sheet: bold frozen header row, filter, column widths.

    radbryt: {column header: width} for wrapped text columns.
    format: {column header: number format}.
    """
    radbryt = radbryt or {}
    format = format or {}
    ws = wb.create_sheet(namn)
    ws.append(list(rubriker))
    for cell in ws[1]:
        cell.font = RUBRIK_FONT
        cell.fill = RUBRIK_FYLLNING
        cell.alignment = Alignment(vertical="top")
    for r, rad in enumerate(rader, start=2):
        for c, varde in enumerate(rad, start=1):
            cell = ws.cell(row=r, column=c)
            rubrik = rubriker[c - 1]
            if isinstance(varde, Cell):
                cell.value, cell.number_format = varde.varde, varde.format
            else:
                cell.value = None if varde == "" else varde
                if isinstance(varde, dt.date):
                    cell.number_format = "yyyy-mm-dd"
                elif rubrik in format and isinstance(varde, (int, float)):
                    cell.number_format = format[rubrik]
            if rubrik in radbryt:
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            elif radbryt:
                cell.alignment = Alignment(vertical="top")
    for c, rubrik in enumerate(rubriker, start=1):
        if rubrik in radbryt:
            bredd = radbryt[rubrik]
        else:
            langd = [len(str(rubrik))]
            for rad in rader:
                v = rad[c - 1]
                v = v.varde if isinstance(v, Cell) else v
                langd.append(
                    10 if isinstance(v, dt.date) else len(str(v)) if v not in ("", None) else 0
                )
            bredd = min(max(langd) + 2, 45)
        ws.column_dimensions[get_column_letter(c)].width = max(bredd, 8)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = ws.dimensions
    return ws


def ny_arbetsbok(titel):
    wb = Workbook()
    wb.remove(wb.active)
    p = wb.properties
    p.creator = "Ekonomiavdelningen, Älvby kommun"
    p.lastModifiedBy = "Ekonomiavdelningen, Älvby kommun"
    p.title = titel
    p.language = "sv-SE"
    p.created = FAST_TID
    p.modified = FAST_TID
    return wb


def spara(wb, sokvag):
    """Save with fixed document properties and fixed zip timestamps (byte-identical reruns)."""
    wb.properties.created = FAST_TID
    wb.properties.modified = FAST_TID
    buffert = io.BytesIO()
    arkiv = zipfile.ZipFile(buffert, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
    ExcelWriter(wb, arkiv).save()  # bypasses save_workbook(), which stamps the current time
    buffert.seek(0)
    sokvag.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(buffert) as inn, zipfile.ZipFile(sokvag, "w", zipfile.ZIP_DEFLATED) as ut:
        for info in inn.infolist():
            ny = zipfile.ZipInfo(info.filename, date_time=(2026, 9, 15, 0, 0, 0))
            ny.compress_type = zipfile.ZIP_DEFLATED
            ny.external_attr = 0o644 << 16
            ut.writestr(ny, inn.read(info.filename))


def styrning():
    wb = ny_arbetsbok("Styrning – Älvby kommun")
    skriv_blad(
        wb,
        "Organisation",
        ["Id", "Namn", "Nivå", "Överordnad", "Ansvarig", "Uppdrag"],
        ORGANISATION,
        radbryt={"Uppdrag": 80},
    )
    skriv_blad(
        wb,
        "Perspektiv",
        ["Id", "Namn", "Beskrivning", "Ordning"],
        PERSPEKTIV,
        radbryt={"Beskrivning": 90},
    )
    skriv_blad(
        wb,
        "Mål",
        [
            "Id",
            "Organisation",
            "Perspektiv",
            "Överordnat mål",
            "Mål",
            "Beskrivning",
            "Agenda 2030",
            "Från år",
            "Till år",
        ],
        [
            (
                m["id"],
                m["org"],
                m["persp"],
                m["over"],
                m["text"],
                m["beskr"],
                m["agenda"],
                m["fran"] or "",
                m["till"] or "",
            )
            for m in MAL
        ],
        radbryt={"Mål": 70, "Beskrivning": 60},
    )
    skriv_blad(
        wb,
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
        AKTIVITETER,
        radbryt={"Aktivitet": 60, "Kommentar": 50},
    )
    skriv_blad(
        wb,
        "Uppdrag",
        ["Id", "Organisation", "Uppdragsgivare", "År", "Uppdrag", "Status", "Kommentar"],
        UPPDRAG,
        radbryt={"Uppdrag": 70, "Kommentar": 60},
    )
    skriv_blad(
        wb,
        "Texter",
        ["Organisation", "Period", "Mål", "Rubrik", "Text", "Bedömning"],
        bygg_texter(),
        radbryt={"Text": 110},
    )
    skriv_blad(
        wb,
        "Sammanträden",
        SAMMANTRADESKOLUMNER,
        sammantraden(),
        radbryt={
            "Ärende": 45,
            "Förslag till beslut": 70,
            "Beslutet skickas till": 30,
        },
    )
    skriv_blad(
        wb,
        "Möten",
        ["Organisation", "Datum", "Tid", "Plats", "Ordförande", "Sekreterare", "Utskick"],
        MOTEN,
    )
    spara(wb, ROT / "indata" / "styrning.xlsx")


SAMMANTRADESKOLUMNER = [
    "Organisation",
    "Datum",
    "Nr",
    "Ärende",
    "Dokument",
    "Avser",
    "Period",
    "Diarienummer",
    "Förslag till beslut",
    "Handläggare",
    "Föredragande",
    "Sammanfattning",
    "Ärendet",
    "Beslutet skickas till",
    "Bilaga",
]
BILAGA = "bilagor/revisionsberattelse-2025.pdf"

# (Organisation, Datum, Ärende) of a row in SAMMANTRADEN → the version 1.1 columns it gets.
SAMMANTRADESTILLAGG = {
    ("BUN", D(2026, 3, 11), "Verksamhetsberättelse 2025 för barn- och utbildningsnämnden"): {
        "Nr": 2,
        "Föredragande": "Jessica Norén",
        "Beslutet skickas till": "Kommunstyrelsen\nEkonomiavdelningen",
    },
    ("SN", D(2026, 3, 18), "Verksamhetsberättelse 2025 för socialnämnden"): {
        "Nr": 2,
        "Föredragande": "Mikael Tidström",
        "Beslutet skickas till": "Kommunstyrelsen, Ekonomiavdelningen",
    },
    ("KS", D(2026, 4, 6), "Årsredovisning 2025 för Älvby kommun"): {
        "Nr": 2,
        "Föredragande": "Per Åkesson",
        "Förslag till beslut": "Kommunstyrelsen föreslår kommunfullmäktige att godkänna "
        "årsredovisning 2025 för Älvby kommun.\nKommunstyrelsen föreslår kommunfullmäktige att "
        "reservera 3 000 tkr av årets överskott till resultatutjämningsreserven.",
        "Beslutet skickas till": "Kommunfullmäktige",
    },
    ("KF", D(2026, 4, 27), "Årsredovisning 2025 för Älvby kommun"): {
        "Nr": 2,
        "Föredragande": "Johan Berglund",
        "Bilaga": BILAGA,
        "Beslutet skickas till": "Kommunstyrelsen, Revisorerna, Ekonomiavdelningen",
    },
    ("KS", D(2026, 10, 19), "Delårsrapport per den 31 augusti 2026 för Älvby kommun"): {
        "Avser": "KF",
    },
    ("KF", D(2026, 10, 26), "Delårsrapport per den 31 augusti 2026 för Älvby kommun"): {
        "Avser": "KF",
    },
    ("KS", D(2026, 11, 9), "Mål och budget 2027 med plan för 2028–2029"): {"Avser": "KF"},
}
# Plain items of the four full meetings: listed in the kallelse, a memo where there is a proposal.
VANLIGA_ARENDEN = [
    {"Organisation": org, "Datum": datum, "Nr": 1, "Ärende": "Val av justerare"}
    for org, datum in (
        ("BUN", D(2026, 3, 11)),
        ("SN", D(2026, 3, 18)),
        ("KS", D(2026, 4, 6)),
        ("KF", D(2026, 4, 27)),
    )
] + [
    {
        "Organisation": "BUN",
        "Datum": D(2026, 3, 11),
        "Nr": 3,
        "Ärende": "Redovisning av delegationsbeslut",
        "Diarienummer": "BUN 2026/4",
        "Förslag till beslut": "Barn- och utbildningsnämnden lägger redovisningen av "
        "delegationsbeslut till handlingarna.",
        "Handläggare": "Lena Bergström, nämndsekreterare",
    },
    {
        "Organisation": "BUN",
        "Datum": D(2026, 3, 11),
        "Nr": 4,
        "Ärende": "Informationsärenden",
        "Föredragande": "Anna Lindqvist",
    },
    {
        "Organisation": "SN",
        "Datum": D(2026, 3, 18),
        "Nr": 3,
        "Ärende": "Redovisning av delegationsbeslut",
        "Diarienummer": "SN 2026/5",
        "Förslag till beslut": "Socialnämnden lägger redovisningen av delegationsbeslut till "
        "handlingarna.",
        "Handläggare": "Karin Holm, nämndsekreterare",
    },
    {
        "Organisation": "SN",
        "Datum": D(2026, 3, 18),
        "Nr": 4,
        "Ärende": "Informationsärenden",
        "Föredragande": "Ulrika Strand",
    },
    {
        "Organisation": "KS",
        "Datum": D(2026, 4, 6),
        "Nr": 3,
        "Ärende": "Anmälningsärenden",
    },
    {
        "Organisation": "KF",
        "Datum": D(2026, 4, 27),
        "Nr": 3,
        "Ärende": "Anmälan av nya motioner och medborgarförslag",
    },
]
MOTEN = [
    ("BUN", D(2026, 3, 11), "13.00", "Kommunhuset, sammanträdesrum Forsen", "Eva Lundgren",
     "Lena Bergström", D(2026, 3, 3)),
    ("SN", D(2026, 3, 18), "08.30", "Socialkontoret, sammanträdesrum Älven", "Ahmed Karimi",
     "Karin Holm", D(2026, 3, 10)),
    ("KS", D(2026, 4, 6), "09.00", "Kommunhuset, KS-salen", "Johan Berglund",
     "Maria Ekström", D(2026, 3, 27)),
    ("KF", D(2026, 4, 27), "18.00", "Kulturhuset Älvsalen", "Margareta Holm",
     "Maria Ekström", D(2026, 4, 14)),
]  # fmt: skip


def sammantraden():
    """The agenda rows, version 1.1: the document items with their extras and the plain items."""
    rader = []
    for org, datum, arende, dokument, period, dnr, forslag, handlaggare in SAMMANTRADEN:
        rad = {
            "Organisation": org,
            "Datum": datum,
            "Ärende": arende,
            "Dokument": dokument,
            "Period": period,
            "Diarienummer": dnr,
            "Förslag till beslut": forslag,
            "Handläggare": handlaggare,
        }
        rad.update(SAMMANTRADESTILLAGG.get((org, datum, arende), {}))
        rader.append(rad)
    rader += VANLIGA_ARENDEN
    rader.sort(key=lambda r: (r["Datum"], r["Organisation"], r.get("Nr") or 0))
    return [tuple(r.get(k, "") for k in SAMMANTRADESKOLUMNER) for r in rader]


def revisionsberattelse():
    """A small real PDF attachment, as an auditor would send it: untagged, made once here."""
    from weasyprint import HTML

    typsnitt = (ROT / "mallar" / "typsnitt" / "source-sans-3-latin-400-normal.ttf").as_uri()
    html = f"""<html lang="sv"><head><meta charset="utf-8"><title>Revisionsberättelse 2025</title>
<style>@font-face {{ font-family: S; src: url({typsnitt}); }}
body {{ font-family: S; font-size: 11pt; margin: 0 }} @page {{ size: A4; margin: 25mm }}
h1 {{ font-size: 18pt }}</style></head><body>
<h1>Revisionsberättelse för år 2025</h1>
<p>Till kommunfullmäktige i Älvby kommun</p>
<p>Vi, av fullmäktige utsedda revisorer, har granskat den verksamhet som bedrivits i
styrelse och nämnder och genom utsedda lekmannarevisorer den verksamhet som bedrivits i
kommunens företag.</p>
<p>Vi bedömer sammantaget att styrelse och nämnder i allt väsentligt har bedrivit
verksamheten på ett ändamålsenligt och från ekonomisk synpunkt tillfredsställande sätt,
att räkenskaperna i allt väsentligt är rättvisande och att den interna kontrollen har
varit tillräcklig.</p>
<p>Vi tillstyrker att fullmäktige beviljar ansvarsfrihet för styrelse, nämnder och de
enskilda förtroendevalda i dessa organ, och att årsredovisningen för 2025 godkänns.</p>
<p>Älvby den 10 april 2026</p>
<p>Gunnel Åström, ordförande · Bertil Näslund · Siv Pettersson</p>
</body></html>"""
    fil = ROT / "indata" / BILAGA
    fil.parent.mkdir(parents=True, exist_ok=True)
    fil.write_bytes(HTML(string=html).write_pdf())


def matetal():
    wb = ny_arbetsbok("Mätetal – Älvby kommun")
    rader = []
    for m in MATETAL:
        # Decimals left empty for plain counts, as many users would
        dec = (
            ""
            if (m["dec"] is None and m["enhet"] == "antal" and decimaler(m) == 0)
            else decimaler(m)
        )
        rader.append(
            (m["id"], m["mal"], m["namn"], m["enhet"], m["riktning"], m["kolada"], m["kalla"], dec)
        )
    skriv_blad(
        wb,
        "Mätetal",
        ["Id", "Mål", "Namn", "Enhet", "Riktning", "Kolada", "Källa", "Decimaler"],
        rader,
        radbryt={"Namn": 70},
    )

    rader = []
    for m in MATETAL:
        varden = malvarden(m)
        if all(v is None for v in varden):
            continue  # measure followed without targets
        rad = [m["id"]] + ["" if v is None else v for v in varden]
        if m["id"] == "KFN-1.2":
            rad[1] = sv_tal(varden[0])  # typed as text, "95 000"
        rader.append(rad)
    skriv_blad(wb, "Målvärden", ["Mätetal", *AR_MAL], rader)

    rader = []
    for m in MATETAL:
        serie = utfallsserie(m)
        dec = decimaler(m)
        for p in PERIODER:
            if p not in serie:
                continue
            v = serie[p]
            kommentar = KOMMENTARER.get((m["id"], p), "")
            if isinstance(v, EJ):
                rader.append((m["id"], p, v.text, v.kommentar))
                continue
            if (m["id"], p) in TEXTVARDEN:
                sep = TEXTVARDEN[(m["id"], p)]
                v = f"{sv_tal(v, dec)} %" if sep == "%" else sv_tal(v, dec, sep)
            elif m["pct"]:
                v = Cell(round(v / 100, dec + 2), "0%" if dec == 0 else "0.0%")
            rader.append((m["id"], p, v, kommentar))
    skriv_blad(
        wb, "Utfall", ["Mätetal", "Period", "Värde", "Kommentar"], rader, radbryt={"Kommentar": 80}
    )
    spara(wb, ROT / "indata" / "matetal.xlsx")


def ekonomi():
    wb = ny_arbetsbok("Ekonomi – Älvby kommun")
    tkr = {"Budget": "#,##0", "Utfall": "#,##0", "Prognos": "#,##0"}
    skriv_blad(
        wb,
        "Ekonomi",
        ["Organisation", "År", "Period", "Post", "Typ", "Budget", "Utfall", "Prognos"],
        [tuple("" if v is None else v for v in r) for r in EKONOMI],
        format=tkr,
    )
    skriv_blad(
        wb,
        "Investeringar",
        ["Organisation", "År", "Projekt", "Budget", "Utfall", "Prognos", "Kommentar"],
        [tuple("" if v is None else v for v in r) for r in INVESTERINGAR],
        radbryt={"Projekt": 55, "Kommentar": 70},
        format=tkr,
    )
    spara(wb, ROT / "indata" / "ekonomi.xlsx")


VISION = (
    "Älvby 2035 – en trygg och växande kommun vid älven, "
    "där människor och företag vill leva och verka"
)
PLANER_TOML = """\
# Inställningar för planer – exempelkommunen Älvby kommun.
# Filen skrivs av verktyg/exempelkommun.py.

[kommun]
# Kommunens namn som det står i dokumentens sidhuvud och försättsblad.
namn = "Älvby kommun"
# Fyrsiffrig kommunkod, används för jämförelser i Kolada. 9999 är påhittad.
kod = "9999"
# Visionen visas först i verksamhetsplaner och årsredovisning.
vision = "{vision}"
# Logotypen på försättsbladet, räknat från den här filen (SVG eller PNG).
logotyp = "mallar/logotyp.svg"

[plan]
# Året som verksamhetsplanen (Mål och budget) gäller.
ar = 2027
# Antal år som visas i verksamhetsplanen: planåret och de följande åren.
planperiod = 3

[ord]
# Vad kommunen kallar sina perspektiv eller målområden i dokumenten.
perspektiv = "Perspektiv"

[bedomning]
# Andel av målvärdet som räknas som delvis uppfyllt (0.8 = minst 80 procent av målvärdet).
delvis_andel = 0.8

[kolada]
# Jämförelser med andra kommuner, se docs/jamforelser.md. Gruppen är påhittad, liksom
# värdena i indata/kolada.xlsx (exempeldata, inte verkliga Kolada-värden). Skriv er egen
# grupp i Kolada här, t.ex. liknande kommuner, och hämta med: planer kolada
grupp = "G99999"
[inrapportering]
# Vem enheterna frågar om inrapporteringen; står i varje formulär (planer utskick).
kontakt = "Per Åkesson, ekonomichef, 0570-123 45"
"""


def main():
    kontrollera_ekonomi()
    styrning()
    matetal()
    ekonomi()
    revisionsberattelse()
    (ROT / "planer.toml").write_text(PLANER_TOML.format(vision=VISION), encoding="utf-8")
    print(
        f"Skrev indata/styrning.xlsx, indata/matetal.xlsx, indata/ekonomi.xlsx, indata/{BILAGA} "
        "och planer.toml i "
        f"{ROT}"
    )
    from exempel_kolada import main as skriv_kolada  # reads the workbooks just written

    skriv_kolada()


if __name__ == "__main__":
    main()
