"""The example municipality in indata/: valid, realistic in size, and shipped in the wheel."""

from __future__ import annotations

import subprocess
import sys
import zipfile

from click.testing import CliRunner
from conftest import ROT

from planer.cli import main
from planer.modell.objekt import Niva, Period


def test_kontrollera_exemplet_ger_noll_och_sammanfattning():
    resultat = CliRunner().invoke(main, ["kontrollera", "--katalog", str(ROT), "--strikt"])
    assert resultat.exit_code == 0, resultat.output
    assert "Älvby kommun: sammanfattning" in resultat.output
    assert "0 fel, 0 varningar, 0 notiser." in resultat.output


def test_exemplet_har_den_storlek_som_utlovas(exempel):
    modell = exempel.modell
    nivaer = modell.per_niva()
    assert len(modell.organisationer) >= 25
    assert nivaer[Niva.NAMND] >= 6 and nivaer[Niva.BOLAG] >= 1
    assert "KS" in modell.organisationer
    assert max(modell.djup(o) for o in modell.organisationer) >= 3  # four levels
    assert len(modell.perspektiv) == 4
    assert len(modell.matetal) >= 80
    assert max(len(modell.malkedja_upp(m)) for m in modell.mal) >= 2  # chains three deep
    assert modell.aktiviteter and modell.uppdrag and modell.ekonomi and modell.investeringar
    assert any(t.bedomning for t in modell.texter)
    assert modell.moten


def test_exemplet_har_tre_ars_utfall_och_tertialer(exempel):
    perioder = set(exempel.modell.perioder_med_utfall)
    assert {Period(2023), Period(2024), Period(2025), Period(2026, 1), Period(2026, 2)} <= perioder
    med_mal = [m for m in exempel.modell.matetal.values() if m.malvarden]
    assert len(med_mal) >= 80


def test_exemplet_visar_svenska_skrivsatt_och_procentceller(exempel):
    # The example exercises the reader: percent-formatted cells become 0–100 for % measures.
    for matetal in exempel.modell.matetal.values():
        varden = [u.varde for u in matetal.utfall.values() if u.varde is not None]
        if matetal.enhet == "%" and varden and max(varden) > 10:  # a share, e.g. 85 %
            assert min(varden) > 1, f"{matetal.id}: a fraction left unconverted: {varden}"
    ej_matt = [
        u for m in exempel.modell.matetal.values() for u in m.utfall.values() if u.varde is None
    ]
    assert ej_matt and all(u.kommentar for u in ej_matt)


def test_ny_skapar_en_arbetsyta_som_gar_att_kontrollera(tmp_path):
    katalog = tmp_path / "minkommun"
    runner = CliRunner()
    resultat = runner.invoke(main, ["ny", str(katalog)])
    assert resultat.exit_code == 0, resultat.output
    assert (katalog / "planer.toml").is_file()
    assert sorted(p.name for p in (katalog / "indata").iterdir()) == [
        "bilagor",  # the meeting papers' attachment
        "ekonomi.xlsx",
        "kolada.xlsx",
        "matetal.xlsx",
        "styrning.xlsx",
    ]
    assert (katalog / "indata" / "bilagor" / "revisionsberattelse-2025.pdf").is_file()
    assert (katalog / "mallar" / "logotyp.svg").is_file()
    resultat = runner.invoke(main, ["kontrollera", "--katalog", str(katalog)])
    assert resultat.exit_code == 0, resultat.output


def test_ny_skriver_inte_over_en_befintlig_mapp(tmp_path):
    (tmp_path / "egen.txt").write_text("viktigt", encoding="utf-8")
    resultat = CliRunner().invoke(main, ["ny", str(tmp_path)])
    assert resultat.exit_code == 1
    assert "finns redan och är inte tom" in resultat.output
    assert (tmp_path / "egen.txt").read_text(encoding="utf-8") == "viktigt"
    assert not (tmp_path / "planer.toml").exists()


def test_ny_fungerar_fran_ett_installerat_hjul(tmp_path):
    """Build the wheel, unpack it, and run `planer ny` from it, away from the checkout."""
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q",
         "-w", str(tmp_path / "dist"), str(ROT)],
        check=True,
    )  # fmt: skip
    hjul = next((tmp_path / "dist").glob("planer-*.whl"))
    with zipfile.ZipFile(hjul) as arkiv:
        namn = set(arkiv.namelist())
        assert "planer/_exempel/planer.toml" in namn
        assert "planer/_exempel/indata/styrning.xlsx" in namn
        assert "planer/_exempel/mallar/logotyp.svg" in namn
        arkiv.extractall(tmp_path / "installerat")
    resultat = subprocess.run(
        [sys.executable, "-m", "planer", "ny", str(tmp_path / "ny")],
        cwd=tmp_path,
        env={"PYTHONPATH": str(tmp_path / "installerat"), "PATH": "/usr/bin:/bin"},
        capture_output=True,
        text=True,
    )
    assert resultat.returncode == 0, resultat.stderr
    assert (tmp_path / "ny" / "indata" / "matetal.xlsx").is_file()
