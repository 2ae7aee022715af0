"""A fake Kolada API v3 on 127.0.0.1 for the tests: v3-shaped responses from plain data."""

from __future__ import annotations

import json
from collections.abc import Iterable

from pytest_httpserver import URIPattern
from werkzeug import Request, Response


def vardepost(kpi: str, kommun: str, ar: int, varde, **extra) -> dict:
    """One row as v3 sends it: the total plus a gendered value that must be ignored."""
    varden = [
        {"gender": "T", "status": "", "count": 1, "value": varde, "isdeleted": False},
        {"gender": "K", "status": "", "count": 1, "value": -1.0, "isdeleted": False},
    ]
    return {"kpi": kpi, "municipality": kommun, "period": ar, "values": varden, **extra}


class Kolada:
    """Answers /kpi, /municipality_groups and /data/kpi from dicts, paging by per_page."""

    def __init__(self, server, nyckeltal: dict[str, str], varden: Iterable[dict], grupper=None):
        self.server = server
        self.nyckeltal = nyckeltal  # id → title
        self.varden = list(varden)
        self.grupper = grupper or {}  # id → (title, [(kod, namn)])
        self.sidstorlek: int | None = None  # force smaller pages than per_page asks for
        server.expect_request(_Prefix("/v3/")).respond_with_handler(self.svara)

    @property
    def adress(self) -> str:
        return self.server.url_for("/v3")

    def svara(self, request: Request) -> Response:
        delar = request.path.removeprefix("/v3/").split("/")
        if delar[0] == "kpi":
            ids = delar[1].split(",")
            rader = [
                {"id": i, "title": self.nyckeltal[i], "description": f"Om {i}."}
                for i in ids
                if i in self.nyckeltal
            ]
        elif delar[0] == "municipality_groups":
            rader = []
            if delar[1] in self.grupper:
                titel, medlemmar = self.grupper[delar[1]]
                members = [{"member_id": k, "member_title": n} for k, n in medlemmar]
                rader = [{"id": delar[1], "title": titel, "members": members}]
        elif delar[0] == "data":
            kpi = set(delar[2].split(","))
            kommuner = set(delar[4].split(",")) if delar[3] == "municipality" else None
            ar = {int(a) for a in delar[-1].split(",")}
            rader = [
                r
                for r in self.varden
                if r["kpi"] in kpi
                and (kommuner is None or r["municipality"] in kommuner)
                and r["period"] in ar
            ]
        else:
            return Response("okänd", status=404)
        return self.sida(request, rader)

    def sida(self, request: Request, rader: list[dict]) -> Response:
        storlek = self.sidstorlek or int(request.args.get("per_page", 20))
        sida = int(request.args.get("page", 1))
        del_ = rader[(sida - 1) * storlek : sida * storlek]
        nasta = None
        if sida * storlek < len(rader):
            nasta = self.server.url_for(f"{request.path}?page={sida + 1}&per_page={storlek}")
        svar = {"count": len(del_), "next_url": nasta, "previous_url": None, "values": del_}
        return Response(json.dumps(svar), content_type="application/json")


class _Prefix(URIPattern):
    """Any path under a prefix."""

    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    def match(self, uri: str) -> bool:
        return uri.startswith(self.prefix)
