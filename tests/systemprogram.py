"""System programs some tests need: skip with what to install outside CI, fail in CI.

CI (`CI=true`) installs every program in .ci/run, so there a missing one is a broken
CI script, not a reason to skip; on a developer's machine it is a hint what to install.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

# The Debian package that provides each program (what .ci/run installs).
PAKET = {
    "soffice": "libreoffice-writer-nogui",
    "soffice med Calc": "libreoffice-calc-nogui",
    "pdftoppm": "poppler-utils",
    "chromium": "chromium",
}


def kraver(program: str) -> Path:
    """The program's path; skips (or fails in CI) when it is not installed."""
    sokvag = shutil.which(program)
    if sokvag is None:
        saknas(f"{program} saknas: installera Debian-paketet {PAKET[program]} (som .ci/run gör)")
    return Path(sokvag)


def saknas(orsak: str) -> None:
    """Skip with a reason naming what to install; in CI, a missing tool is a failure."""
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"{orsak} — i CI ska .ci/run installera det.")
    pytest.skip(orsak)


def libreoffice(calc: bool = False) -> Path:
    """LibreOffice's soffice; with `calc`, one that can also open workbooks."""
    soffice = kraver("soffice")
    if calc and not (soffice.resolve().parent / "libsclo.so").exists():
        saknas(f"LibreOffice Calc saknas: installera Debian-paketet {PAKET['soffice med Calc']}")
    return soffice
