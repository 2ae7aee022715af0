"""The Kolada client against a local v3-shaped server: paging, chunks, retries, values."""

from __future__ import annotations

import time

import pytest
from kolada_server import Kolada, vardepost
from werkzeug import Response

from planer.kolada.data import Nyckeltal, Vardepost
from planer.kolada.klient import Klient, KoladaFel


def klient(adress: str, **extra) -> tuple[Klient, list[float]]:
    """A client whose retry waits are recorded instead of slept (tiny backoff).

    The rate limit's pauses (at most 1 ms here) are left out of the record.
    """
    vantat: list[float] = []

    def sov(sekunder: float) -> None:
        if sekunder > 0.001:
            vantat.append(sekunder)

    extra = {"vantetid": 0.01, "per_sekund": 1000.0, "sov": sov, **extra}
    return Klient(adress, **extra), vantat


def anropade(httpserver, prefix: str = "") -> list:
    return [r for r, _ in httpserver.log if r.path.startswith(f"/v3{prefix}")]


def test_tre_sidor_foljs_via_next_url(httpserver):
    varden = [vardepost("N1", f"01{i:02}", 2025, float(i)) for i in range(5)]
    server = Kolada(httpserver, {"N1": "Ett"}, varden)
    server.sidstorlek = 2
    k, _ = klient(server.adress)
    poster = k.varden(["N1"], [2025])
    assert [p.varde for p in poster] == [0.0, 1.0, 2.0, 3.0, 4.0]
    sidor = anropade(httpserver)
    assert len(sidor) == 3 == k.antal_anrop
    assert sidor[0].args["per_page"] == "5000"  # asks for the largest page
    assert [r.args.get("page") for r in sidor] == [None, "2", "3"]


def test_30_nyckeltal_hamtas_i_tva_anrop(httpserver):
    ids = [f"N{i:05}" for i in range(30)]
    server = Kolada(httpserver, {i: f"Titel {i}" for i in ids}, [])
    k, _ = klient(server.adress)
    metadata = k.nyckeltal(ids)
    assert [m.id for m in metadata] == ids
    assert metadata[29].titel == "Titel N00029"
    anrop = anropade(httpserver, "/kpi/")
    assert len(anrop) == 2
    assert [len(r.path.rsplit("/", 1)[1].split(",")) for r in anrop] == [25, 5]


def test_30_nyckeltal_och_30_kommuner_ger_fyra_dataanrop(httpserver):
    ids = [f"N{i:05}" for i in range(30)]
    kommuner = [f"{1200 + i}" for i in range(30)]
    varden = [vardepost(i, kommun, 2025, 1.0) for i in ids for kommun in kommuner]
    server = Kolada(httpserver, {}, varden)
    k, _ = klient(server.adress)
    poster = k.varden(ids, [2025], kommuner)
    assert len(poster) == 900
    assert len(anropade(httpserver, "/data/")) == 4


def test_30_ar_hamtas_i_tva_anrop(httpserver):
    varden = [vardepost("N1", "0180", ar, float(ar)) for ar in range(1996, 2026)]
    server = Kolada(httpserver, {}, varden)
    k, _ = klient(server.adress)
    assert len(k.varden(["N1"], range(1996, 2026), ["0180"])) == 30
    anrop = anropade(httpserver, "/data/")
    assert [len(r.path.rsplit("/", 1)[1].split(",")) for r in anrop] == [25, 5]


def test_429_med_retry_after_och_sedan_svar(httpserver):
    httpserver.expect_oneshot_request("/v3/kpi/N1").respond_with_response(
        Response("för många", status=429, headers={"Retry-After": "7"})
    )
    httpserver.expect_request("/v3/kpi/N1").respond_with_json(
        {"count": 1, "next_url": None, "values": [{"id": "N1", "title": "Ett"}]}
    )
    k, vantat = klient(httpserver.url_for("/v3"))
    assert k.nyckeltal(["N1"]) == [Nyckeltal("N1", "Ett")]
    assert vantat == [7.0]
    assert k.antal_anrop == 2


def test_500_tre_ganger_ger_svenskt_fel(httpserver):
    httpserver.expect_request("/v3/kpi/N1").respond_with_data("trasig", status=500)
    k, vantat = klient(httpserver.url_for("/v3"))
    with pytest.raises(KoladaFel) as fel:
        k.nyckeltal(["N1"])
    assert "felkod 500" in fel.value.meddelande
    assert "nyckeltalen N1" in fel.value.meddelande
    assert "efter 3 försök" in fel.value.meddelande
    assert len(anropade(httpserver)) == 3
    assert vantat == [0.01, 0.02]  # exponential backoff between the attempts


def test_404_ger_fel_utan_nya_forsok(httpserver):
    httpserver.expect_request("/v3/municipality_groups/G1").respond_with_data("nej", status=404)
    k, _ = klient(httpserver.url_for("/v3"))
    with pytest.raises(KoladaFel, match="felkod 404 när kommungruppen G1"):
        k.grupp("G1")
    assert len(anropade(httpserver)) == 1


def test_timeout_ger_svenskt_fel(httpserver):
    def langsam(_request):
        time.sleep(0.3)
        return Response("{}", content_type="application/json")

    httpserver.expect_request("/v3/kpi/N1").respond_with_handler(langsam)
    k, _ = klient(httpserver.url_for("/v3"), timeout=0.05, forsok=2)
    with pytest.raises(KoladaFel) as fel:
        k.nyckeltal(["N1"])
    assert "svarade inte inom 0,05 sekunder" in fel.value.meddelande
    assert "efter 2 försök" in fel.value.meddelande


def test_null_ar_saknat_varde_och_borttagna_rader_faller_bort(httpserver):
    borttagen = vardepost("N1", "0180", 2025, 50.0)
    borttagen["values"][0]["isdeleted"] = True
    varden = [vardepost("N1", "0180", 2024, None), borttagen, vardepost("N1", "0180", 2023, 0.0)]
    server = Kolada(httpserver, {}, varden)
    k, _ = klient(server.adress)
    poster = k.varden(["N1"], [2023, 2024, 2025], ["0180"])
    assert poster == [Vardepost("N1", "0180", 2024, None), Vardepost("N1", "0180", 2023, 0.0)]
    assert k.varden(["N1"], [2024], ["0180"], kon="K") == [Vardepost("N1", "0180", 2024, -1.0)]


def test_okant_id_saknas_i_svaret(httpserver):
    server = Kolada(httpserver, {"N1": "Ett"}, [])
    k, _ = klient(server.adress)
    assert [m.id for m in k.nyckeltal(["N1", "X99999"])] == ["N1"]


def test_okand_grupp_ger_fel(httpserver):
    server = Kolada(httpserver, {}, [], grupper={"G1": ("Liknande", [("1283", "Helsingborg")])})
    k, _ = klient(server.adress)
    assert k.grupp("G1") == ("Liknande", [("1283", "Helsingborg")])
    with pytest.raises(KoladaFel, match="känner inte till kommungruppen G2"):
        k.grupp("G2")


def test_hogst_fem_anrop_per_sekund(httpserver):
    server = Kolada(httpserver, {"N1": "Ett"}, [])
    k = Klient(server.adress, vantetid=0.01)
    start = time.monotonic()
    for _ in range(6):
        k.nyckeltal(["N1"])
    assert time.monotonic() - start >= 1.0  # six requests span five gaps of 0.2 s


@pytest.mark.parametrize(
    ("sokvag", "svar", "anrop"),
    [
        ("/v3/kpi/N1", {"values": [{"titel": "fel nyckel"}]}, lambda k: k.nyckeltal(["N1"])),
        ("/v3/municipality_groups/G1", {"values": [{"id": "G1"}]}, lambda k: k.grupp("G1")),
        (
            "/v3/data/kpi/N1/year/2025",
            {"values": [{"kpi": "N1", "values": [{"gender": "T", "value": 1}]}]},
            lambda k: k.varden(["N1"], [2025]),
        ),
        ("/v3/kpi/N1", [1, 2, 3], lambda k: k.nyckeltal(["N1"])),
    ],
)
def test_svar_i_okand_form_ger_svenskt_fel(httpserver, sokvag, svar, anrop):
    httpserver.expect_request(sokvag).respond_with_json(svar)
    k, _ = klient(httpserver.url_for("/v3"))
    with pytest.raises(KoladaFel, match=r"inte känner igen|något annat än väntat"):
        anrop(k)
