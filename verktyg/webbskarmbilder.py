"""Screenshots of the website at desktop and phone width, to look at as a resident would.

    python verktyg/webbskarmbilder.py utdata/webb [SIDA ...] [--ut skarmbilder]

Without pages: the start page, the first body page and the first goal page. Each
page is photographed whole at 1280 and 390 pixels wide, from file://, with
Debian's Chromium (/usr/bin/chromium) through Playwright; no browser is downloaded.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from playwright.sync_api import sync_playwright

BREDDER = {"dator": 1280, "mobil": 390}


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    p.add_argument("webbplats", type=Path)
    p.add_argument("sidor", nargs="*")
    p.add_argument("--ut", type=Path, default=Path("skarmbilder"))
    a = p.parse_args(argv)
    rot = a.webbplats.resolve()
    sidor = a.sidor or [
        "index.html",
        *(p.relative_to(rot).as_posix() for p in sorted((rot / "organisation").glob("*.html"))[:1]),
        *(p.relative_to(rot).as_posix() for p in sorted((rot / "mal").glob("*.html"))[:1]),
    ]
    a.ut.mkdir(parents=True, exist_ok=True)
    with sync_playwright() as pw:
        webblasare = pw.chromium.launch(executable_path="/usr/bin/chromium", args=["--no-sandbox"])
        for namn, bredd in BREDDER.items():
            flik = webblasare.new_page(viewport={"width": bredd, "height": 900})
            for sida in sidor:
                flik.goto((rot / sida).as_uri())
                fil = a.ut / f"{namn}-{sida.replace('/', '-').removesuffix('.html')}.png"
                flik.screenshot(path=fil, full_page=True)
                print(fil)
        webblasare.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
