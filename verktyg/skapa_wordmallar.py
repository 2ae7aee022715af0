"""Write the built-in Word templates mallar/*.docx.

The templates are ordinary Word documents with docxtpl's Jinja tags; staff open
and edit them in Word. The variables are those of docs/mallar.md. The output is
deterministic: fixed document properties and fixed zip timestamps.

Run from the repository root:  python verktyg/skapa_wordmallar.py
"""

from __future__ import annotations

from pathlib import Path

from docx.document import Document as Dokument
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK
from docx.shared import Cm, Pt
from wordmall import (
    BELOPP,
    TEXTBREDD,
    Kolumn,
    falt,
    kantlinje,
    med_tom_text,
    ny_mall,
    rubrik,
    spara,
    statustext,
    stycke,
    tabell,
    tagg,
)

ROT = Path(__file__).resolve().parent.parent


# ---------------------------------------------------------------------------
# Sections shared by the documents
# ---------------------------------------------------------------------------


def forsattsblad(doc: Dokument, extra: str | None = None) -> None:
    tagg(doc, "{%p if kommun.logotyp %}")
    stycke(doc, "{{ kommun.logotyp }}")
    tagg(doc, "{%p endif %}")
    sektion = doc.sections[0]
    liggande = sektion.page_width > sektion.page_height  # less room above and below
    namn = stycke(doc, "{{ kommun.namn }}", "Försättsblad")
    namn.paragraph_format.space_before = Pt(40 if liggande else 110)
    titel = stycke(doc, "{{ dokument.titel }}", "Title")
    kantlinje(titel, "top", "1B3A5C", 18)
    stycke(doc, "{{ dokument.undertitel }}", "Subtitle")
    if extra:
        stycke(doc, extra, "Subtitle")
    tagg(doc, "{%p if kommun.vision %}")
    vision = stycke(doc, "{{ kommun.vision }}", "Vision")
    kantlinje(vision, "left", "1B3A5C", 24)
    vision.paragraph_format.left_indent = Cm(0.4)
    if liggande:
        vision.paragraph_format.space_before = Pt(40)
    tagg(doc, "{%p endif %}")


def innehallsforteckning(doc: Dokument) -> None:
    rubrik_ = stycke(doc, "Innehåll", "Innehållsrubrik")
    rubrik_.paragraph_format.page_break_before = True
    p = stycke(doc)
    falt(
        p,
        'TOC \\o "1-3" \\h \\z \\u',
        "Innehållsförteckningen fylls i när dokumentet öppnas. Är den tom: "
        "högerklicka här och välj Uppdatera fält.",
    )
    p.add_run().add_break(WD_BREAK.PAGE)


def statusrad(doc: Dokument) -> None:
    stycke(
        doc,
        "Bedömningen visas med symbol och text: "
        "{% for s in statusforklaring %}{{ s.symbol }} {{ s.etikett }}"
        "{% if not loop.last %}, {% endif %}{% endfor %}.",
        "Hjälptext",
    )


def organisationsavsnitt(doc: Dokument, forsta_rubrik: str) -> None:
    rubrik(doc, forsta_rubrik, 1)
    tagg(doc, "{%p if kommun.vision %}")
    stycke(doc, "Vision", "Mellanrubrik")
    stycke(doc, "{{ kommun.vision }}")
    tagg(doc, "{%p endif %}")
    tagg(doc, "{%p if organisation.uppdrag %}")
    stycke(doc, "Uppdrag", "Mellanrubrik")
    stycke(doc, "{{ organisation.uppdrag }}")
    tagg(doc, "{%p endif %}")
    stycke(doc, "Organisation", "Mellanrubrik")
    stycke(
        doc,
        "{{ organisation.namn }} ({{ organisation.niva|lower }})"
        "{% if organisation.overordnad %} hör till {{ organisation.overordnad.namn }}{% endif %}."
        "{% if organisation.ansvarig %} Ansvarig: {{ organisation.ansvarig }}.{% endif %}",
    )
    tagg(doc, "{%p if organisation.underliggande %}")
    stycke(doc, "Under {{ organisation.namn }} finns:")
    tagg(doc, "{%p for u in organisation.underliggande %}")
    stycke(doc, "{{ u.namn }} ({{ u.niva|lower }})", "List Bullet")
    tagg(doc, "{%p endfor %}")
    tagg(doc, "{%p endif %}")


def textavsnitt(doc: Dokument) -> None:
    tagg(doc, "{%p for t in texter %}")
    rubrik(doc, "{{ t.rubrik }}", 1)
    stycke(doc, "{{ t.text }}")
    tagg(doc, "{%p endfor %}")


def maluppfyllelse(doc: Dokument, rubriktext: str, inledning: str) -> None:
    rubrik(doc, rubriktext, 1)
    stycke(doc, inledning)
    s = "maluppfyllelse.summa"
    stycke(
        doc,
        f"Sammanlagt {{{{ {s}.totalt }}}} mål. "
        f"{{{{ statusforklaring[0].etikett }}}}: {{{{ {s}.uppfyllt }}}}, "
        f"{{{{ statusforklaring[1].etikett|lower }}}}: {{{{ {s}.delvis }}}}, "
        f"{{{{ statusforklaring[2].etikett|lower }}}}: {{{{ {s}.ej_uppfyllt }}}}, "
        f"{{{{ statusforklaring[3].etikett|lower }}}}: {{{{ {s}.ej_bedomd }}}}.",
    )
    diagram = stycke(doc, "{{ maluppfyllelse.diagram }}")
    diagram.alignment = WD_ALIGN_PARAGRAPH.CENTER
    stycke(doc, "Antal mål per {{ ord.perspektiv|lower }} och bedömning", "Mellanrubrik")
    kolumner = [Kolumn("{{ ord.perspektiv }}", "{{ r.perspektiv }}", 5.5)]
    for i, nyckel in enumerate(("uppfyllt", "delvis", "ej_uppfyllt", "ej_bedomd")):
        kolumner.append(
            Kolumn(
                f"{{{{ statusforklaring[{i}].symbol }}}} {{{{ statusforklaring[{i}].etikett }}}}",
                f"{{{{ r.{nyckel} }}}}",
                2.1,
                tal=True,
            )
        )
    kolumner.append(Kolumn("Totalt", "{{ r.totalt }}", 1.8, tal=True))
    summa = ["Summa"] + [
        f"{{{{ {s}.{n} }}}}" for n in ("uppfyllt", "delvis", "ej_uppfyllt", "ej_bedomd", "totalt")
    ]
    tabell(doc, kolumner, "r in maluppfyllelse.rader", [summa], hall_ihop=True)


def malfakta(doc: Dokument, bedomningsrubrik: str) -> None:
    """A one-row table under the goal heading: assessment, the goal it supports, Agenda 2030."""
    tabell(
        doc,
        [
            Kolumn(
                bedomningsrubrik,
                [("m.manuell", "Analytikerns bedömning")],
                status="m.status",
                bredd=3.8,
            ),
            Kolumn(
                "Bidrar till",
                [
                    "{% if m.overordnat %}{{ m.overordnat.text }}{% else %}–{% endif %}",
                    ("m.overordnat", "{{ m.overordnat.organisation }}"),
                ],
                9.2,
            ),
            Kolumn("Agenda 2030", "{{ m.agenda2030 or '–' }}", 3.0),
        ],
        None,
        hall_ihop=True,
    )


def malavsnitt(doc: Dokument, bedomningsrubrik: str, matetalstabell, analysrubrik: str) -> None:
    """Goals per perspective, with målkedja, analysis, measures and activities."""
    rubrik(doc, "Mål och mätetal", 1)
    stycke(
        doc,
        "Målen redovisas per {{ ord.perspektiv|lower }}. Under varje mål står målet det bidrar "
        "till och de mål längre ned i organisationen som bidrar till det.",
    )
    statusrad(doc)
    tagg(doc, "{%p for p in perspektiv %}")
    rubrik(doc, "{{ p.namn }}", 2)
    tagg(doc, "{%p if p.beskrivning %}")
    stycke(doc, "{{ p.beskrivning }}", "Hjälptext").paragraph_format.space_after = Pt(6)
    tagg(doc, "{%p endif %}")
    tagg(doc, "{%p for m in p.mal %}")
    rubrik(doc, "{{ m.text }}", 3)
    tagg(doc, "{%p if m.beskrivning %}")
    stycke(doc, "{{ m.beskrivning }}")
    tagg(doc, "{%p endif %}")
    malfakta(doc, bedomningsrubrik)

    tagg(doc, "{%p if m.analys %}")
    stycke(doc, analysrubrik, "Mellanrubrik")
    stycke(doc, "{{ m.analys }}")
    tagg(doc, "{%p endif %}")

    stycke(doc, "Mätetal", "Mellanrubrik")
    med_tom_text(doc, "m.matetal", "Målet har inga mätetal.", lambda: matetalstabell(doc))

    stycke(doc, "Mål som bidrar", "Mellanrubrik")
    med_tom_text(
        doc,
        "m.stodjande",
        "Inga mål längre ned i organisationen bidrar till målet.",
        lambda: tabell(
            doc,
            [
                Kolumn("Mål", "{{ s.text }}", 8.0),
                Kolumn("Organisation", "{{ s.organisation }}", 4.2),
                Kolumn("Bedömning", status="s.status", bredd=3.8),
            ],
            "s in m.stodjande",
        ),
    )

    stycke(doc, "Aktiviteter för målet", "Mellanrubrik")
    med_tom_text(
        doc,
        "m.aktiviteter",
        "Inga aktiviteter är kopplade till målet.",
        lambda: tabell(doc, aktivitetskolumner(med_mal=False), "a in m.aktiviteter"),
    )
    tagg(doc, "{%p endfor %}")
    tagg(doc, "{%p if not p.mal %}")
    stycke(doc, "{{ organisation.namn }} har inga egna mål inom {{ p.namn|lower }}.")
    tagg(doc, "{%p endif %}")
    tagg(doc, "{%p endfor %}")


def matetalsnamn(bredd: float) -> Kolumn:
    return Kolumn(
        "Mätetal",
        [
            "{{ mt.namn }}",
            "{{ mt.riktning }}{% if mt.kolada %} · Kolada {{ mt.kolada }}{% endif %}"
            "{% if mt.kalla %} · Källa: {{ mt.kalla }}{% endif %}",
        ],
        bredd,
    )


def kommentarer(doc: Dokument) -> None:
    """Comments on the period's outcomes, after the measures table."""
    tagg(doc, "{%p for mt in m.matetal if mt.kommentar %}")
    stycke(
        doc, "{{ mt.namn }}: {{ mt.kommentar }}", "Hjälptext"
    ).paragraph_format.space_before = Pt(3)
    tagg(doc, "{%p endfor %}")


def aktivitetskolumner(med_mal: bool) -> list[Kolumn]:
    kolumner = [
        Kolumn(
            "Aktivitet",
            ["{{ a.text }}", ("a.kommentar", "{{ a.kommentar }}")],
            6.4 if med_mal else 8.0,
        )
    ]
    if med_mal:
        kolumner.append(Kolumn("Mål", "{{ a.mal or '–' }}", 4.0))
    kolumner += [
        Kolumn("Ansvarig", "{{ a.ansvarig or '–' }}", 2.6 if med_mal else 3.4),
        Kolumn("Tid", ["{{ a.start }}", "– {{ a.slut }}"], 1.9),
        Kolumn("Status", "{{ a.status }}", 1.9 if med_mal else 2.7),
    ]
    return kolumner


def aktiviteter_och_uppdrag(doc: Dokument) -> None:
    rubrik(doc, "Aktiviteter", 1)
    med_tom_text(
        doc,
        "aktiviteter",
        "{{ organisation.namn }} har inga egna aktiviteter.",
        lambda: tabell(doc, aktivitetskolumner(med_mal=True), "a in aktiviteter"),
    )
    rubrik(doc, "Uppdrag", 1)
    med_tom_text(
        doc,
        "uppdrag",
        "{{ organisation.namn }} har inga uppdrag för perioden.",
        lambda: tabell(
            doc,
            [
                Kolumn(
                    "Uppdrag",
                    ["{{ u.text }}", ("u.kommentar", "{{ u.kommentar }}")],
                    8.4,
                ),
                Kolumn("Uppdragsgivare", "{{ u.uppdragsgivare or '–' }}", 3.6),
                Kolumn("År", "{{ u.ar }}", 1.3),
                Kolumn("Status", "{{ u.status }}", 2.7),
            ],
            "u in uppdrag",
        ),
    )


def ekonomiavsnitt(doc: Dokument, driftkolumner: list[tuple[str, str]], planar: bool) -> None:
    """Operating account with sums and net cost, and investments; amounts in tkr."""
    rubrik(doc, "Ekonomi", 1)
    rubrik(doc, "Driftredovisning", 2)
    d = "ekonomi.drift"

    def drift() -> None:
        stycke(doc, "Belopp i tusental kronor (tkr), {{ ekonomi.drift.period_text }}.", "Hjälptext")
        kolumner = [
            Kolumn("Post", ["{{ r.post }}", "{{ r.typ }}"], TEXTBREDD - BELOPP * len(driftkolumner))
        ] + [
            Kolumn(rubrik_, f"{{{{ r.{nyckel} }}}}", BELOPP, tal=True)
            for rubrik_, nyckel in driftkolumner
        ]
        summor = [
            [namn] + [f"{{{{ {d}.{summa}.{nyckel} }}}}" for _, nyckel in driftkolumner]
            for namn, summa in (
                ("Summa intäkter", "intakter"),
                ("Summa kostnader", "kostnader"),
                ("Nettokostnad", "nettokostnad"),
            )
        ]
        tabell(doc, kolumner, f"r in {d}.rader", summor)
        if "avvikelse" in dict(driftkolumner).values():
            stycke(doc, "Positiv avvikelse är bättre än budget.", "Hjälptext")
        if planar:
            tagg(doc, f"{{%p if {d}.planar %}}")
            stycke(doc, "Nettokostnad under planperioden", "Mellanrubrik")
            tabell(
                doc,
                [
                    Kolumn("År", "{{ pa.ar }}", 3.0),
                    Kolumn("Nettokostnad (tkr)", "{{ pa.nettokostnad }}", 4.0, tal=True),
                ],
                f"pa in {d}.planar",
            )
            tagg(doc, "{%p endif %}")

    med_tom_text(doc, d, "Det finns ingen driftredovisning för perioden.", drift)

    rubrik(doc, "Investeringar", 2)
    i = "ekonomi.investeringar"

    def investeringar() -> None:
        stycke(doc, "Belopp i tusental kronor (tkr).", "Hjälptext")
        text = TEXTBREDD - BELOPP * len(driftkolumner)
        kolumner = [
            Kolumn(
                "Projekt",
                ["{{ r.projekt }}", ("r.kommentar", "{{ r.kommentar }}")],
                text * 0.58,
            ),
            Kolumn("Organisation", "{{ r.organisation }}", text * 0.42),
        ] + [
            Kolumn(rubrik_, f"{{{{ r.{nyckel} }}}}", BELOPP, tal=True)
            for rubrik_, nyckel in driftkolumner
        ]
        summa = ["Summa", "–"] + [f"{{{{ {i}.summa.{nyckel} }}}}" for _, nyckel in driftkolumner]
        tabell(doc, kolumner, f"r in {i}.rader", [summa])

    med_tom_text(
        doc, f"{i} and {i}.rader", "Det finns inga investeringar för perioden.", investeringar
    )


# ---------------------------------------------------------------------------
# The four documents
# ---------------------------------------------------------------------------


def verksamhetsplan() -> Dokument:
    doc = ny_mall("Verksamhetsplan")
    forsattsblad(doc)
    innehallsforteckning(doc)
    organisationsavsnitt(doc, "Vision och uppdrag")
    textavsnitt(doc)

    def matetal(doc_: Dokument) -> None:
        tabell(
            doc_,
            [
                matetalsnamn(5.6),
                Kolumn(
                    "Utgångsläge",
                    ["{{ mt.baslinje.varde }}", "{{ mt.baslinje.period }}"],
                    2.6,
                    tal=True,
                ),
                Kolumn(
                    "Mål {{ v.ar }}",
                    "{{ v.varde }}",
                    2.6,
                    tal=True,
                    slinga=("v in m.matetal[0].malvarden", "v in mt.malvarden"),
                ),
            ],
            "mt in m.matetal",
        )

    malavsnitt(
        doc,
        "Senaste bedömning",
        matetal,
        "Analys",
    )
    aktiviteter_och_uppdrag(doc)
    ekonomiavsnitt(doc, [("Budget {{ dokument.ar }}", "budget")], planar=True)
    return doc


def uppfoljningsmatetal(doc: Dokument, antal_perioder: int) -> None:
    """Measures table of the interim and annual reports: outcomes per period against target."""
    tabell(
        doc,
        [
            matetalsnamn(TEXTBREDD - BELOPP * antal_perioder - 4.8),
            Kolumn(
                "{{ u.period }}",
                ["{{ u.varde }}", "mål {{ u.malvarde }}"],
                BELOPP,
                tal=True,
                slinga=(
                    "u in m.matetal[0].utfall",
                    "u in mt.utfall",
                ),
            ),
            Kolumn("Bedömning", status="mt.status", bredd=2.5),
            Kolumn("Trend", "{{ mt.trend.symbol }} {{ mt.trend.etikett }}", 2.3),
        ],
        "mt in m.matetal",
    )
    kommentarer(doc)
    jamforelser(doc)


def jamforelser(doc: Dokument) -> None:
    """Per measure with a Kolada comparison: a summary, a chart and the numbers by year."""
    j = "mt.jamforelse"
    tagg(doc, '{%p if m.matetal|selectattr("jamforelse")|list %}')
    stycke(doc, "Jämförelse med andra kommuner", "Mellanrubrik")
    tagg(doc, "{%p if kolada.exempeldata %}")
    stycke(doc, "{{ kolada.exempeldata }}.", "Hjälptext")
    tagg(doc, "{%p endif %}")
    tagg(doc, "{%p for mt in m.matetal if mt.jamforelse %}")
    stycke(
        doc,
        f"{{{{ mt.namn }}}}, {{{{ {j}.ar }}}}: {{{{ kolada.egen }}}} {{{{ {j}.egen }}}}, "
        f"{{{{ kolada.grupp|lower }}}} {{{{ {j}.grupp }}}} (medel), riket {{{{ {j}.riket }}}}"
        f"{{% if {j}.plats != '–' %}}; {{{{ {j}.plats }}}}, {{{{ {j}.kvartil }}}}{{% endif %}}.",
    ).paragraph_format.space_before = Pt(6)
    tagg(doc, f"{{%p if {j}.diagram %}}")
    stycke(doc, f"{{{{ {j}.diagram }}}}")
    tagg(doc, "{%p endif %}")
    tabell(
        doc,
        [
            Kolumn("År", "{{ r.ar }}", 2.0),
            Kolumn("{{ kolada.egen }}", "{{ r.egen }}", 3.4, tal=True),
            Kolumn("{{ kolada.grupp }} (medel)", "{{ r.grupp }}", 3.8, tal=True),
            Kolumn("Riket", "{{ r.riket }}", 3.0, tal=True),
            Kolumn("Placering", "{{ r.plats }}", 3.8),
        ],
        f"r in {j}.serie",
        hall_ihop=True,
    )
    tagg(doc, "{%p endfor %}")
    stycke(doc, "{{ kolada.text }}", "Hjälptext").paragraph_format.space_before = Pt(3)
    tagg(doc, "{%p endif %}")


def delarsrapport() -> Dokument:
    doc = ny_mall("Delårsrapport")
    forsattsblad(doc, "Per {{ dokument.per_datum }}")
    innehallsforteckning(doc)
    organisationsavsnitt(doc, "Vision och uppdrag")
    maluppfyllelse(
        doc,
        "Måluppfyllelse",
        "Prognosen för målen {{ dokument.ar }}, bedömd per {{ dokument.per_datum }}.",
    )
    textavsnitt(doc)
    malavsnitt(
        doc,
        "Prognos helår",
        lambda d: uppfoljningsmatetal(d, 2),
        "Analys och prognos",
    )
    aktiviteter_och_uppdrag(doc)
    ekonomiavsnitt(
        doc,
        [
            ("Budget", "budget"),
            ("Utfall", "utfall"),
            ("Prognos helår", "prognos"),
            ("Avvikelse", "avvikelse"),
        ],
        planar=False,
    )
    return doc


def arsredovisning() -> Dokument:
    doc = ny_mall("Årsredovisning")
    forsattsblad(doc)
    innehallsforteckning(doc)
    organisationsavsnitt(doc, "Vision och uppdrag")
    maluppfyllelse(
        doc,
        "Måluppfyllelse",
        "Så här har målen för {{ dokument.ar }} uppfyllts.",
    )
    textavsnitt(doc)
    malavsnitt(
        doc,
        "Bedömning {{ dokument.ar }}",
        lambda d: uppfoljningsmatetal(d, 3),
        "Analys",
    )
    aktiviteter_och_uppdrag(doc)
    ekonomiavsnitt(
        doc,
        [("Budget", "budget"), ("Utfall", "utfall"), ("Avvikelse", "avvikelse")],
        planar=False,
    )
    return doc


def styrkort() -> Dokument:
    doc = ny_mall("Styrkort", liggande=True)
    forsattsblad(doc, "Per {{ dokument.per_datum }}")
    innehallsforteckning(doc)
    maluppfyllelse(doc, "Översikt", "Bedömning per {{ dokument.per_datum }}.")
    rubrik(doc, "Styrkort", 1)
    statusrad(doc)
    tagg(doc, "{%p for p in perspektiv %}")
    rubrik(doc, "{{ p.namn }}", 2)

    def kort() -> None:
        tabell(
            doc,
            [
                Kolumn("Mål och mätetal", ["{{ mt.namn }}", "{{ mt.riktning }}"], 8.0),
                Kolumn("Utfall", "{{ mt.varde }}", 2.6, tal=True),
                Kolumn("Målvärde", "{{ mt.malvarde }}", 2.6, tal=True),
                Kolumn("Bedömning", status="mt.status", bredd=3.4),
                Kolumn("Trend", "{{ mt.trend.symbol }} {{ mt.trend.etikett }}", 2.8),
                Kolumn("Jämförelse", "{{ mt.jamforelse.kort if mt.jamforelse else '–' }}", 4.2),
                Kolumn("Agenda 2030", "–", 2.1),  # the goal's, on its row; no empty cells
            ],
            "m in p.mal",
            malrad=(
                [
                    "{{ m.text }}",
                    "–",
                    "–",
                    statustext("m.status"),
                    "–",
                    "–",
                    "{{ m.agenda2030 or '–' }}",
                ],
                "mt in m.matetal",
            ),
        )
        stycke(doc, "")

    med_tom_text(
        doc, "p.mal", "{{ organisation.namn }} har inga egna mål inom {{ p.namn|lower }}.", kort
    )
    tagg(doc, "{%p endfor %}")
    tagg(doc, "{%p if kolada.finns %}")
    stycke(doc, "Jämförelse: placering bland kommunerna med år. {{ kolada.text }}", "Hjälptext")
    tagg(doc, "{%p endif %}")
    return doc


# ---------------------------------------------------------------------------
# Meeting papers: a letterhead instead of a cover
# ---------------------------------------------------------------------------


def brevhuvud(doc: Dokument, dokumentslag: str, avdelning: str, uppgifter: list[tuple]) -> None:
    """Logo, municipality and department, then the memo's facts as label: value lines.

    `uppgifter` holds (label, value) or (condition, label, value) for optional lines.
    """
    tagg(doc, "{%p if kommun.logotyp %}")
    stycke(doc, "{{ kommun.logotyp }}")
    tagg(doc, "{%p endif %}")
    stycke(doc, "{{ kommun.namn }}", "Försättsblad").paragraph_format.space_after = Pt(0)
    stycke(doc, avdelning, "Hjälptext")
    slag = stycke(doc, dokumentslag, "Mellanrubrik")
    slag.paragraph_format.space_before = Pt(12)
    for rad in uppgifter:
        villkor, etikett, varde = rad if len(rad) == 3 else (None, *rad)
        if villkor:
            tagg(doc, f"{{%p if {villkor} %}}")
        p = stycke(doc, "", "Tabelltext")
        p.add_run(f"{etikett}: ").bold = True
        p.add_run(varde)
        if villkor:
            tagg(doc, "{%p endif %}")
    kantlinje(stycke(doc), "bottom", "1B3A5C", 12)


def tjansteskrivelse() -> Dokument:
    doc = ny_mall("Tjänsteskrivelse")
    brevhuvud(
        doc,
        "Tjänsteskrivelse",
        "{{ forvaltning.namn }}",
        [
            ("Datum", "{{ dokument.datum }}"),
            ("Diarienummer", "{{ arende.diarienummer or '–' }}"),
            ("arende.handlaggare", "Handläggare", "{{ arende.handlaggare }}"),
            ("Till", "{{ mottagare }}"),
        ],
    )
    rubrik(doc, "{{ arende.rubrik }}", 1)
    rubrik(doc, "Förslag till beslut", 2)

    def forslag() -> None:
        tagg(doc, "{%p for punkt in forslag %}")
        p = stycke(doc, "{{ loop.index }}.\t{{ punkt }}")
        p.paragraph_format.left_indent = Cm(0.75)
        p.paragraph_format.first_line_indent = Cm(-0.75)
        p.paragraph_format.tab_stops.add_tab_stop(Cm(0.75))
        tagg(doc, "{%p endfor %}")

    med_tom_text(doc, "forslag", "Inget förslag till beslut.", forslag)
    tagg(doc, "{%p if sammanfattning %}")
    rubrik(doc, "Sammanfattning", 2)
    stycke(doc, "{{ sammanfattning }}")
    tagg(doc, "{%p endif %}")
    rubrik(doc, "Beslutsunderlag", 2)
    tagg(doc, "{%p for u in beslutsunderlag %}")
    stycke(doc, "{{ u.titel }}{% if u.datum %}, {{ u.datum }}{% endif %}", "List Bullet")
    tagg(doc, "{%p endfor %}")
    tagg(doc, "{%p if arendet %}")
    rubrik(doc, "Ärendet", 2)
    stycke(doc, "{{ arendet }}")
    tagg(doc, "{%p endif %}")
    rubrik(doc, "Ekonomiska konsekvenser", 2)
    stycke(
        doc,
        "{{ ekonomiska_konsekvenser or 'Underlaget innehåller inga ekonomiska uppgifter.' }}",
    )
    tagg(doc, "{%p if skickas_till %}")
    rubrik(doc, "Beslutet skickas till", 2)
    tagg(doc, "{%p for m in skickas_till %}")
    stycke(doc, "{{ m }}", "List Bullet")
    tagg(doc, "{%p endfor %}")
    tagg(doc, "{%p endif %}")
    tagg(doc, "{%p for u in underskrifter %}")
    linje = stycke(doc, "")
    linje.paragraph_format.space_before = Pt(36)
    linje.paragraph_format.right_indent = Cm(9)
    kantlinje(linje, "bottom", "1F2328", 6)
    stycke(doc, "{{ u.namn }}").paragraph_format.space_after = Pt(0)
    stycke(doc, "{{ u.titel }}", "Hjälptext")
    tagg(doc, "{%p endfor %}")
    return doc


def kallelse() -> Dokument:
    doc = ny_mall("Kallelse")
    brevhuvud(
        doc,
        "Kallelse",
        "{{ organisation.namn }}",
        [("mote.utskick", "Utskick", "{{ mote.utskick }}"), ("Sammanträde", "{{ mote.datum }}")],
    )
    rubrik(doc, "Kallelse", 1)
    stycke(doc, "Sammanträde med {{ organisation.namn }}", "Subtitle")
    for villkor, etikett, varde in (
        (
            None,
            "Tid",
            "{{ mote.datum_text|capitalize }}{% if mote.tid %} kl. {{ mote.tid }}{% endif %}",
        ),
        ("mote.plats", "Plats", "{{ mote.plats }}"),
        ("mote.ordforande", "Ordförande", "{{ mote.ordforande }}"),
        ("mote.sekreterare", "Sekreterare", "{{ mote.sekreterare }}"),
    ):
        if villkor:
            tagg(doc, f"{{%p if {villkor} %}}")
        p = stycke(doc)
        p.add_run(f"{etikett}: ").bold = True
        p.add_run(varde)
        if villkor:
            tagg(doc, "{%p endif %}")
    rubrik(doc, "Föredragningslista", 2)
    tabell(
        doc,
        [
            Kolumn("Nr", "{{ a.nr }}", 1.1, tal=True),
            Kolumn("Ärende", "{{ a.rubrik }}", 7.6),
            Kolumn("Dnr", "{{ a.diarienummer or '–' }}", 2.7),
            Kolumn("Föredragande", "{{ a.foredragande or '–' }}", 3.3),
            Kolumn("Sida", "{{ a.sida or '–' }}", 1.3, tal=True),  # no empty cells
        ],
        "a in arenden",
    )
    stycke(
        doc,
        "Sida är sidan i sammanträdeshandlingarna där ärendets handlingar börjar.",
        "Hjälptext",
    )
    return doc


MALLAR = {
    "verksamhetsplan": verksamhetsplan,
    "delarsrapport": delarsrapport,
    "arsredovisning": arsredovisning,
    "styrkort": styrkort,
    "tjansteskrivelse": tjansteskrivelse,
    "kallelse": kallelse,
}


def main() -> None:
    for namn, bygg in MALLAR.items():
        fil = ROT / "mallar" / f"{namn}.docx"
        spara(bygg(), fil)
        print(f"Skrev {fil.relative_to(ROT)}")


if __name__ == "__main__":
    main()
