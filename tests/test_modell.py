"""The Styrmodell as the documents will use it: tree, målkedja, economy over subtrees."""

from __future__ import annotations

import pytest

from planer import las_arbetsyta
from planer.modell.objekt import Period, Posttyp


@pytest.fixture
def modell(arbetsyta, grund):
    inlasning = las_arbetsyta(arbetsyta(grund))
    assert inlasning.modell is not None, [str(p) for p in inlasning.problem]
    return inlasning.modell


def ids(objekt):
    return [o.id for o in objekt]


def test_organisationstradet(modell):
    assert modell.rot.id == "KF"
    assert ids(modell.barn("KF")) == ["BUN", "BOL"]
    assert ids(modell.forfader("BUF-A")) == ["BUF", "BUN", "KF"]
    assert ids(modell.underliggande("KF")) == ["BUN", "BUF", "BUF-A", "BOL"]
    assert modell.overordnad("KF") is None
    assert modell.djup("BUF-A") == 3


def test_malkedjan_at_bada_hall(modell):
    assert ids(modell.malkedja_upp("BUF-A-1")) == ["BUN-1", "KF-1"]
    assert ids(modell.stodjande_mal("KF-1")) == ["BUN-1"]
    assert ids(modell.malkedja_ned("KF-1")) == ["BUN-1", "BUF-A-1"]
    assert modell.overordnat_mal("KF-1") is None


def test_perspektiv_efter_namn_blir_id(modell):
    assert modell.mal["BUN-1"].perspektiv == "INV"
    assert modell.mal["BUN-1"].agenda2030 == (4, 10)


def test_perspektiv_i_ordning(modell):
    assert [p.namn for p in modell.perspektiv] == ["Invånare", "Ekonomi"]


def test_ekonomi_summeras_over_delet_radet(modell):
    bun = modell.driftredovisning("BUN", Period(2025))
    personal = next(p for p in bun.poster if p.post == "Personalkostnader")
    assert personal.belopp.budget == 1500  # BUF-A 1000 + BUF 500
    assert personal.belopp.utfall == 1470
    assert personal.avvikelse_utfall == 30  # under budget: positive
    bidrag = next(p for p in bun.poster if p.typ is Posttyp.INTAKT)
    assert bidrag.avvikelse_utfall == 20  # more income than budgeted: positive
    assert bun.nettokostnad.budget == 1400
    assert bun.nettokostnad.utfall == 1350
    assert bun.nettokostnad.avvikelse_utfall == 50
    assert bun.poster[0].typ is Posttyp.INTAKT  # income first


def test_ekonomi_per_period_med_prognos(modell):
    delar = modell.driftredovisning("KF", Period(2026, 2))
    assert delar.nettokostnad.prognos == 1120
    assert delar.nettokostnad.avvikelse_prognos == -20
    assert delar.nettokostnad.avvikelse_utfall == 400


def test_enhet_utan_ekonomi_ger_tom_redovisning(modell):
    assert modell.driftredovisning("BOL", Period(2025)).poster == ()
    assert modell.driftredovisning("BOL", Period(2025)).nettokostnad.budget is None


def test_investeringar_och_texter(modell):
    assert [i.projekt for i in modell.investeringar_for("KF", 2025)] == ["Ny skolgård"]
    assert [t.rubrik for t in modell.textavsnitt("BUN", Period(2025))] == ["Viktiga händelser"]
    assert modell.analys("BUN-1", Period(2025)).text == "Resultaten förbättras."


def test_baslinje_ar_senaste_utfall(modell):
    m1 = modell.matetal["M1"]
    assert m1.senaste_utfall().period == Period(2026, 2)
    assert m1.senaste_utfall(till_och_med=Period(2025)).varde == 86.5


def test_perioder_med_utfall_i_tidsordning(modell):
    assert [str(p) for p in modell.perioder_med_utfall] == ["2024", "2025", "2026-T1", "2026-T2"]
