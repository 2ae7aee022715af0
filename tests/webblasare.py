"""A real browser for the HTML outputs: Debian's Chromium driven by Playwright, and axe-core.

No browser is downloaded: Playwright starts /usr/bin/chromium (Debian's package), and
axe-core comes from the npm registry through package.json (`npm ci`, as .ci/run does).
The flags keep Chromium off this machine's closed network.
"""

from __future__ import annotations

import json
from pathlib import Path

from systemprogram import kraver, saknas

AXE = Path(__file__).resolve().parent.parent / "node_modules" / "axe-core" / "axe.min.js"

# WCAG 2.0 and 2.1, levels A and AA: what the accessibility law (EN 301 549) asks.
WCAG_TAGGAR = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]

_FLAGGOR = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--allow-file-access-from-files",
]


def starta_chromium(playwright):
    """A headless Chromium from Debian's package."""
    return playwright.chromium.launch(
        executable_path=str(kraver("chromium")), headless=True, args=_FLAGGOR
    )


def playwright_eller_hoppa():
    """Playwright's sync API, or a skip (a failure in CI) saying what to install."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        saknas("playwright saknas: pip install -e '.[test]'")
    return sync_playwright


def axe_overtradelser(sida) -> list[dict]:
    """The WCAG 2.1 A/AA violations axe-core finds on a loaded Playwright page."""
    if not AXE.exists():
        saknas("axe-core saknas: kör npm ci i projektets rot (som .ci/run gör)")
    sida.add_script_tag(path=str(AXE))
    resultat = sida.evaluate(
        "async (taggar) => await axe.run(document,"
        " {runOnly: {type: 'tag', values: taggar}, resultTypes: ['violations']})",
        WCAG_TAGGAR,
    )
    return resultat["violations"]


def beskriv(overtradelser: list[dict]) -> str:
    """Violations as readable lines for an assertion message: rule, impact, where, why."""
    rader = []
    for o in overtradelser:
        for nod in o["nodes"][:5]:
            rader.append(
                f"{o['id']} ({o['impact']}): {json.dumps(nod['target'])} — "
                f"{nod.get('failureSummary', '').splitlines()[-1:]}"
            )
    return "\n".join(rader)
