"""Every branch of the assessment rules: measure status, trend, goal roll-up."""

from __future__ import annotations

import pytest

from planer.bedomning import Bedomare, Trend, bedom_varde, sammanvag, trend
from planer.installningar import Bedomningsregler
from planer.modell.objekt import (
    Mal,
    Matetal,
    Niva,
    Organisation,
    Period,
    Perspektiv,
    Riktning,
    Status,
    Text,
    Utfall,
)
from planer.modell.styrmodell import Styrmodell

U, D, E, X = Status.UPPFYLLT, Status.DELVIS, Status.EJ_UPPFYLLT, Status.EJ_BEDOMD
HOGRE, LAGRE = Riktning.HOGRE, Riktning.LAGRE


@pytest.mark.parametrize(
    ("varde", "malvarde", "riktning", "vantat"),
    [
        # higher is better, target 100, margin 0.8
        (120, 100, HOGRE, U),
        (100, 100, HOGRE, U),  # exactly on target
        (99.99, 100, HOGRE, D),
        (80, 100, HOGRE, D),  # exactly on the margin edge
        (79.99, 100, HOGRE, E),
        (84.99999999999, 85, HOGRE, U),  # float noise from 0.85 * 100
        # lower is better, target 160 (kWh/m²): delvis while 160 ≥ 0.8 × outcome
        (150, 160, LAGRE, U),
        (160, 160, LAGRE, U),
        (200, 160, LAGRE, D),  # 0.8 × 200 = 160: the edge
        (200.01, 160, LAGRE, E),
        # target 0: no share to be within, so met or not
        (0, 0, LAGRE, U),
        (1, 0, LAGRE, E),
        (0, 0, HOGRE, U),
        (-1, 0, HOGRE, E),
        (3, 0, HOGRE, U),
        # negative targets (e.g. a result in mnkr)
        (-5, -10, HOGRE, U),
        (-12, -10, HOGRE, E),
        # missing outcome or target
        (None, 100, HOGRE, X),
        (90, None, HOGRE, X),
        (None, None, LAGRE, X),
    ],
)
def test_matetalets_status(varde, malvarde, riktning, vantat):
    assert bedom_varde(varde, malvarde, riktning, 0.8) is vantat


def test_marginalen_ar_en_installning():
    assert bedom_varde(90, 100, HOGRE, 0.95) is E
    assert bedom_varde(90, 100, HOGRE, 0.9) is D


def matetal(riktning=HOGRE, decimaler=None, **utfall: float | None) -> Matetal:
    """A measure with outcomes given as p2025=…, p2026T2=…"""
    perioder = {}
    for nyckel, varde in utfall.items():
        ar, _, tertial = nyckel[1:].partition("T")
        period = Period(int(ar), int(tertial) if tertial else None)
        perioder[period] = Utfall(period, varde)
    return Matetal("M", "G", "Mått", "%", riktning, {2026: 90}, perioder, decimaler=decimaler)


@pytest.mark.parametrize(
    ("riktning", "innan", "nu", "vantat"),
    [
        (HOGRE, 80, 85, Trend.FORBATTRAD),
        (HOGRE, 85, 80, Trend.FORSAMRAD),
        (LAGRE, 85, 80, Trend.FORBATTRAD),
        (LAGRE, 80, 85, Trend.FORSAMRAD),
        (HOGRE, 80, 80, Trend.OFORANDRAD),
        (HOGRE, None, 80, Trend.SAKNAS),  # a year earlier: no value
        (HOGRE, 80, None, Trend.SAKNAS),
    ],
)
def test_trend_mot_samma_period_aret_innan(riktning, innan, nu, vantat):
    m = matetal(riktning, p2025T2=innan, p2026T2=nu, p2026=10)
    assert trend(m, Period(2026, 2)) is vantat


def test_trend_utan_foregaende_ar():
    assert trend(matetal(p2026=80), Period(2026)) is Trend.SAKNAS


def test_trend_jamfor_inte_med_annan_period_samma_ar():
    # 2025-T2 is not "a year earlier" than 2026 (full year)
    assert trend(matetal(p2025T2=10, p2026=80), Period(2026)) is Trend.SAKNAS


def test_trend_jamfor_det_lasaren_ser():
    # shown with one decimal both are 85,0: unchanged, not improved
    assert trend(matetal(decimaler=1, p2025=85.01, p2026=85.04), Period(2026)) is Trend.OFORANDRAD
    assert trend(matetal(p2025=85.01, p2026=85.04), Period(2026)) is Trend.FORBATTRAD


ANDEL = Bedomningsregler(mal_regel="andel", mal_andel=0.75)


@pytest.mark.parametrize(
    ("regler", "underlag", "vantat"),
    [
        (ANDEL, [U, U, U, D], U),  # 3 of 4 = 0.75
        (ANDEL, [U, U, D, D], D),
        (ANDEL, [E, E], E),
        (ANDEL, [E, D], D),
        (ANDEL, [U, X, X, X], U),  # not assessed measures do not count
        (ANDEL, [X, X], X),
        (ANDEL, [], X),
        (Bedomningsregler(mal_regel="samsta"), [U, U, D], D),
        (Bedomningsregler(mal_regel="samsta"), [U, E, D], E),
        (Bedomningsregler(mal_regel="samsta"), [U, X], U),
        (Bedomningsregler(mal_regel="medel"), [U, U, D], U),  # 5/3 ≥ 1.5
        (Bedomningsregler(mal_regel="medel"), [U, D], U),  # (2+1)/2 = 1.5: the edge
        (Bedomningsregler(mal_regel="medel"), [D, E], D),  # 0.5
        (Bedomningsregler(mal_regel="medel"), [E, E, D], E),  # 1/3
    ],
)
def test_malregler(regler, underlag, vantat):
    assert sammanvag(underlag, regler) is vantat


def modell(texter=()) -> Styrmodell:
    """KF-1 ← N-1 (two measures) ← F-1 (one measure)."""

    def m(id_, mal, **utfall):
        return Matetal(
            id_, mal, id_, "%", HOGRE, {2026: 100},
            {Period(2026): Utfall(Period(2026), utfall["v"])},
        )  # fmt: skip

    return Styrmodell(
        organisationer=[
            Organisation("KF", "Kommunfullmäktige", Niva.KOMMUNFULLMAKTIGE, None),
            Organisation("N", "Nämnden", Niva.NAMND, "KF"),
            Organisation("F", "Förvaltningen", Niva.FORVALTNING, "N"),
        ],
        perspektiv=[Perspektiv("P", "Invånare")],
        mal=[
            Mal("KF-1", "KF", "P", "Kommunens mål"),
            Mal("N-1", "N", "P", "Nämndens mål", overordnat_mal="KF-1"),
            Mal("F-1", "F", "P", "Förvaltningens mål", overordnat_mal="N-1"),
        ],
        matetal=[m("M1", "N-1", v=100), m("M2", "N-1", v=50), m("M3", "F-1", v=10)],
        texter=texter,
    )


def test_mal_beraknas_ur_matetalen():
    bedomning = Bedomare(modell(), ANDEL).mal("N-1", Period(2026))
    assert bedomning.status is D
    assert not bedomning.manuell
    assert bedomning.underlag == (U, E)


def test_mal_utan_matetal_ar_ej_bedomt():
    assert Bedomare(modell(), ANDEL).mal("KF-1", Period(2026)).status is X


def test_stodjande_mal_raknas_nar_installningen_sager_det():
    regler = Bedomningsregler(mal_regel="samsta", inkludera_undermal=True)
    bedomare = Bedomare(modell(), regler)
    # F-1 is Ej uppfyllt (10 of 100), which pulls N-1 down, which is KF-1's only input
    assert bedomare.mal("N-1", Period(2026)).underlag == (U, E, E)
    assert bedomare.mal("KF-1", Period(2026)).status is E


def test_manuell_bedomning_vinner():
    analys = Text("N", Period(2026), "Analys", "Bättre än det ser ut.", "N-1", U)
    bedomning = Bedomare(modell([analys]), ANDEL).mal("N-1", Period(2026))
    assert bedomning.status is U
    assert bedomning.manuell


def test_manuell_bedomning_galler_bara_sin_period():
    analys = Text("N", Period(2025), "Analys", "Förra året.", "N-1", U)
    assert Bedomare(modell([analys]), ANDEL).mal("N-1", Period(2026)).status is D


def test_analys_utan_bedomning_raknas_inte_som_manuell():
    analys = Text("N", Period(2026), "Analys", "Inget omdöme.", "N-1", None)
    assert not Bedomare(modell([analys]), ANDEL).mal("N-1", Period(2026)).manuell
