"""Chart geometry for the website: numbers in, coordinates out; templates draw the SVG.

Charts are inline SVG drawn by the templates in mallar/webb/ from what these
functions compute, so they scale, use the site's font and can be restyled.
Every chart has a title and a description (alt text), and its numbers are also
in a table beside it; no meaning rests on colour alone: bars carry their
status symbol and count.
"""

from __future__ import annotations

from collections.abc import Sequence

from planer.dokument import format as fmt
from planer.dokument.delar import Kontext

BREDD = 640  # viewBox width; the SVG scales to its container
_STAPELBREDD = 480  # the stacked bars: narrower, so their text stays large on a phone
_STAPEL = 30
_RADHOJD = 72
_LINJEBREDD = 480  # the comparison's lines: narrow, so their text stays large on a phone
_MIN_TEXTBREDD = 34  # narrower segments carry no text (the table has the number)


def staplad(rader: Sequence[Kontext], statusar: Sequence[Kontext]) -> Kontext:
    """Horizontal stacked bars, one per row of `maluppfyllelse.rader`, label above each bar."""
    storst = max((r["totalt"] for r in rader), default=0) or 1
    staplar = []
    for i, r in enumerate(rader):
        y = i * _RADHOJD
        x = 0.0
        delar = []
        for s in statusar:
            antal = r[s["nyckel"]]
            if not antal:
                continue
            bredd = antal / storst * _STAPELBREDD
            delar.append(
                {
                    "x": round(x, 1),
                    "bredd": round(bredd, 1),
                    "farg": s["farg"],
                    "text": f"{s['symbol']} {antal}" if bredd >= _MIN_TEXTBREDD else "",
                    "titel": f"{s['etikett']}: {antal}",
                }
            )
            x += bredd
        staplar.append(
            {"etikett": r["perspektiv"], "etikett_y": y + 22, "y": y + 32, "delar": delar}
        )
    return {
        "bredd": _STAPELBREDD,
        "hojd": len(rader) * _RADHOJD,
        "stapelhojd": _STAPEL,
        "staplar": staplar,
    }


def over_tid(rader: Sequence[Kontext]) -> Kontext:
    """Vertical bars of outcomes with the target of each period as a marker.

    `rader`: `{etikett, varde, malvarde, varde_text}`, values as numbers or None.
    """
    hojd, topp, botten = 220, 12, 56
    tal = [v for r in rader for v in (r["varde"], r["malvarde"]) if v is not None]
    lagst, hogst = min([0.0, *tal]), max([0.0, *tal])
    if hogst == lagst:
        hogst = lagst + 1
    skala = (hojd - topp - botten) / (hogst - lagst)

    def y(v: float) -> float:
        return round(topp + (hogst - v) * skala, 1)

    steg = BREDD / max(len(rader), 1)
    staplar = []
    for i, r in enumerate(rader):
        mitt = steg * i + steg / 2
        stapelbredd = min(steg * 0.55, 70)
        stapel = {
            "etikett": r["etikett"],
            "etikett_x": round(mitt, 1),
            "x": round(mitt - stapelbredd / 2, 1),
            "bredd": round(stapelbredd, 1),
            "text": r["varde_text"] if r["varde"] is not None else "",
            "mal_x1": round(mitt - steg * 0.4, 1),
            "mal_x2": round(mitt + steg * 0.4, 1),
            "mal_y": y(r["malvarde"]) if r["malvarde"] is not None else None,
        }
        if r["varde"] is not None:
            ovre, nedre = y(max(r["varde"], 0.0)), y(min(r["varde"], 0.0))
            stapel.update(y=ovre, hojd=max(round(nedre - ovre, 1), 1.0))
        staplar.append(stapel)
    return {
        "bredd": BREDD,
        "hojd": hojd,
        "nollinje": y(0.0),
        "etikett_y": hojd - 30,  # the period; its value on the line below, clear of the bars
        "varde_y": hojd - 10,
        "staplar": staplar,
    }


def linjer(
    ar: Sequence[int], serier: Sequence[tuple[str, Sequence[float | None]]], decimaler: int | None
) -> Kontext:
    """Lines over years, one per (label, values); None is a gap. Each line has its own
    dash pattern and marker shape, so that the lines differ without colour.

    The y axis has three gridlines (lowest, middle, highest value) labelled in Swedish.
    """
    bredd, hojd, topp, botten, vanster, marginal = _LINJEBREDD, 220, 14, 34, 60, 30
    tal = [v for _, varden in serier for v in varden if v is not None]
    lagst, hogst = min(tal, default=0.0), max(tal, default=1.0)
    if hogst == lagst:
        lagst, hogst = lagst - 1, hogst + 1
    skala = (hojd - topp - botten) / (hogst - lagst)
    steg = (bredd - vanster - 2 * marginal) / max(len(ar) - 1, 1)

    def x(i: int) -> float:  # the year's label is centred here: a margin keeps it whole
        return round(vanster + marginal + i * steg, 1)

    def y(v: float) -> float:
        return round(topp + (hogst - v) * skala, 1)

    linjer_ = []
    for nr, (etikett, varden) in enumerate(serier):
        punkter = [(x(i), y(v)) for i, v in enumerate(varden) if v is not None]
        bana, foregaende = [], None
        for i, v in enumerate(varden):
            if v is None:
                foregaende = None
                continue
            bana.append(f"{'L' if foregaende is not None else 'M'}{x(i)},{y(v)}")
            foregaende = i
        linjer_.append(
            {
                "etikett": etikett,
                "nr": nr + 1,  # the line's style in the CSS: dash pattern and marker
                "d": " ".join(bana),
                "punkter": [{"x": px, "y": py} for px, py in punkter],
            }
        )
    mitt = (lagst + hogst) / 2
    return {
        "bredd": bredd,
        "hojd": hojd,
        "vanster": vanster,
        "linjer": linjer_,
        "ar": [{"x": x(i), "text": str(a)} for i, a in enumerate(ar)],
        "ar_y": hojd - 8,
        "stodlinjer": [
            {"y": y(v), "text": fmt.tal(v, decimaler)} for v in dict.fromkeys((hogst, mitt, lagst))
        ],
    }


def trad(rot: Kontext, bredd: int = BREDD) -> Kontext:
    """A goal tree drawn top down, one row per goal, indented by level.

    `rot`: `{text, organisation: {namn}, status, under: [...]}` as built for the målkedja.
    """
    radhojd, indrag, boxhojd = 54, 26, 44
    noder: list[Kontext] = []
    linjer: list[Kontext] = []

    def besok(nod: Kontext, djup: int, foralder: tuple[float, float] | None) -> None:
        x, y = djup * indrag, len(noder) * radhojd
        tecken = max(10, int((bredd - x - 44) / 6.6))
        noder.append(
            {
                "x": x,
                "y": y,
                "bredd": bredd - x,
                "hojd": boxhojd,
                "text": _kortad(nod["text"], tecken),
                "organisation": _kortad(nod["organisation"]["namn"], tecken),
                "status": nod["status"],
            }
        )
        if foralder is not None:
            fx, fy = foralder
            linjer.append({"d": f"M{fx},{fy} V{y + boxhojd / 2} H{x}"})
        for barn in nod["under"]:
            besok(barn, djup + 1, (x + indrag / 2, y + boxhojd))

    besok(rot, 0, None)
    return {"bredd": bredd, "hojd": len(noder) * radhojd, "noder": noder, "linjer": linjer}


def _kortad(text: str, tecken: int) -> str:
    text = " ".join(text.split())
    return text if len(text) <= tecken else text[: tecken - 1].rstrip() + "…"
