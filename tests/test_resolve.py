"""Resolution against a real local HTTP server replaying recorded service answers.

The server (pytest-httpserver, threaded) plays doi.org, Crossref, DataCite, the
Wayback Machine and the cited web sites under one port, each service under its
own path prefix, serving the bodies recorded in ``fixtures/http/`` with their
recorded status and headers. Nothing here touches the internet.
"""

from __future__ import annotations

import json
import re
import threading
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import pytest
from click.testing import CliRunner
from pytest_httpserver import HTTPServer
from werkzeug import Request, Response

from refkit.errors import NetworkError, Offline, RateLimited
from refkit.model import Reference
from refkit.resolve import Cache, Client, resolve

HTTP = Path(__file__).resolve().parents[1] / "fixtures" / "http"
SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "references-original.json"
_DROP = {"content-encoding", "content-length", "transfer-encoding", "connection", "date", "server"}


@dataclass
class Reply:
    """One scripted answer."""

    body: bytes | str = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0


def recorded(name: str, *, status: int | None = None, **headers: str) -> Reply:
    """A recorded body from fixtures/http with its recorded status and headers (encoding headers dropped)."""
    path = HTTP / name
    meta = json.loads(path.with_name(path.name.rsplit(".", 1)[0] + ".meta.json").read_text(encoding="utf-8"))
    response = meta.get("response", {})
    recorded_headers = response.get("headers")
    hdrs = {k: v for k, v in recorded_headers.items() if k.lower() not in _DROP} if isinstance(recorded_headers, dict) else {}
    if "content-type" not in {k.lower() for k in hdrs}:
        guess = {"json": "application/json", "html": "text/html", "txt": "text/plain"}[path.suffix[1:]]
        hdrs["content-type"] = response.get("content_type", guess)
    hdrs.update(headers)
    return Reply(path.read_bytes(), status or response.get("status", 200), hdrs)


def page(title: str, status: int = 200) -> Reply:
    return Reply(f"<!doctype html><html><head><title>{title}</title></head><body>ok</body></html>", status, {"content-type": "text/html; charset=utf-8"})


class Services:
    """Scripted services behind one local server; counts every request it sees."""

    def __init__(self, server: HTTPServer) -> None:
        self.server = server
        self.routes: dict[str, list[Reply | Callable[[Request], Reply]]] = {}
        self.seen: list[tuple[str, str, dict[str, str], dict[str, str]]] = []
        self.lock = threading.Lock()
        self.active = 0
        self.max_active = 0
        server.expect_request(re.compile(".*")).respond_with_handler(self._handle)

    def base(self, name: str) -> str:
        return self.server.url_for(f"/{name}")

    def on(self, path: str, *replies: Reply | Callable[[Request], Reply]) -> None:
        """Serve ``replies`` at ``path`` in order; the last one repeats."""
        self.routes[path] = list(replies)

    def hits(self, prefix: str = "/") -> int:
        return sum(1 for _, p, _, _ in self.seen if p.startswith(prefix))

    def _handle(self, request: Request) -> Response:
        with self.lock:
            self.seen.append((request.method, request.path, dict(request.args), dict(request.headers)))
            self.active += 1
            self.max_active = max(self.max_active, self.active)
            replies = self.routes.get(request.path)
            reply = (replies.pop(0) if len(replies) > 1 else replies[0]) if replies else Reply("no such route", 404)
        try:
            if callable(reply):
                reply = reply(request)
            if reply.delay:
                time.sleep(reply.delay)
            body = b"" if request.method == "HEAD" else reply.body
            return Response(body, status=reply.status, headers=reply.headers)
        finally:
            with self.lock:
                self.active -= 1

    def client(self, **options: Any) -> Client:
        settings: dict[str, Any] = dict(
            doi_url=self.base("doi"), crossref_url=self.base("crossref"), datacite_url=self.base("datacite"),
            wayback_url=self.base("wayback"), timeout=2.0, retries=2, backoff=0.01, max_wait=5.0,
        )  # fmt: skip
        settings.update(options)
        return Client(**settings)


@pytest.fixture
def services():
    server = HTTPServer(host="127.0.0.1", port=0, threaded=True)
    server.start()
    try:
        yield Services(server)
    finally:
        server.clear()
        if server.is_running():
            server.stop()


def ref(**csl: Any) -> Reference:
    csl.setdefault("type", "article-journal")
    return Reference.from_csl(csl)


METHYLPHENIDATE = ref(
    DOI="10.1371/journal.pone.0033693",
    title="Methylphenidate exposure induces dopamine neuron loss and activation of microglia in the basal ganglia of mice",
    author=[{"family": "Sadasivan", "given": "S."}], issued={"date-parts": [[2012]]},
    **{"container-title": "PLoS ONE"}, volume="7", issue="3", page="e33693",
)  # fmt: skip
CERMINE_RAW = (
    "D. Tkaczyk, P. Szostek, M. Fedoryszak, P. J. Dendek, and Bolikowski, \u201cCERMINE: automatic extraction of structured "
    "metadata from scientific literature,\u201d International Journal on Document Analysis and Recognition (IJDAR), vol. 18, "
    "no. 4, pp. 317\u2013335, 2015."
)
CERMINE = ref(
    title="CERMINE: automatic extraction of structured metadata from scientific literature",
    author=[{"family": "Tkaczyk", "given": "D."}], issued={"date-parts": [[2015]]}, volume="18", issue="4", page="317–335",
    **{"container-title": "International Journal on Document Analysis and Recognition (IJDAR)", "refkit-raw": CERMINE_RAW},
)  # fmt: skip


# ------------------------------------------------------------------ DOIs


def test_a_crossref_doi_is_found_and_its_metadata_agree_field_by_field(services):
    services.on("/crossref/works/10.1371/journal.pone.0033693", recorded("crossref_work_journal_article_corrected.json"))
    with services.client() as client:
        out = resolve([METHYLPHENIDATE], client=client).outcomes[0]
    assert out.doi.state == "found" and out.doi.agency == "crossref"
    assert out.doi.verdicts == {
        "title": "match", "author": "match", "year": "match", "container-title": "match",
        "volume": "match", "issue": "match", "page": "match",
    }  # fmt: skip
    assert not [f for f in out.findings if f.code == "doi-metadata-mismatch"]


def test_the_corrected_record_gives_a_corrected_finding_with_the_notice_doi(services):
    services.on("/crossref/works/10.1371/journal.pone.0033693", recorded("crossref_work_journal_article_corrected.json"))
    with services.client() as client:
        out = resolve([METHYLPHENIDATE], client=client).outcomes[0]
    (corr,) = [f for f in out.findings if f.code == "corrected"]
    assert corr.severity == "info" and corr.suggestion == "10.1371/annotation/c76da2c1-ccb8-4797-94c1-359d3ceceeda"
    assert "2012-05-08" in corr.message


def test_a_retracted_work_is_an_error_naming_the_retraction_notice(services):
    services.on("/crossref/works/10.1016/s0140-6736(97)11096-0", recorded("derived/crossref_updated_by_retraction_excerpt.json"))
    wakefield = ref(
        DOI="10.1016/S0140-6736(97)11096-0", author=[{"family": "Wakefield", "given": "A.J."}], issued={"date-parts": [[1998]]},
        title="Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder in children",
    )  # fmt: skip
    with services.client() as client:
        out = resolve([wakefield], client=client).outcomes[0]
    codes = {f.code: f for f in out.findings}
    assert codes["retracted"].severity == "error"
    assert codes["retracted"].suggestion == "10.1016/s0140-6736(10)60175-4"
    assert codes["corrected"].suggestion == "10.1016/s0140-6736(04)15715-2"
    assert out.doi.verdicts["title"] == "match"  # the "RETRACTED: " prefix is not a title difference


def test_a_doi_crossref_does_not_know_and_no_agency_has_is_not_found(services):
    # Crossref's real 404 is text/plain "Resource not found."; doi.org's agency service says it does not exist
    services.on("/crossref/works/10.1287/mksc.2024.0990", recorded("crossref_work_not_found.txt"))
    services.on("/doi/ra/10.1287/mksc.2024.0990", recorded("doiorg_doira_not_exist.json"))
    with services.client() as client:
        out = resolve([ref(DOI="10.1287/mksc.2024.0990", title="LOLA")], client=client).outcomes[0]
    assert out.doi.state == "not-found"
    assert [(f.code, f.severity) for f in out.findings] == [("doi-not-found", "error")]


@pytest.mark.parametrize(
    "doi, agency_page, handle, state, codes",
    [
        ("10.1126/foo", "doiorg_cn_404_doi_not_found.html", "derived/doiorg_handle_api_not_found.json", "not-found", ["doi-not-found"]),
        ("10.1038/nphys1170", "doiorg_400_not_a_doi.html", "doiorg_handle_api_found.json", "found", []),
    ],
)
def test_doi_org_html_error_pages_fall_back_to_the_handle_api(services, doi, agency_page, handle, state, codes):
    services.on(f"/crossref/works/{doi}", recorded("crossref_work_not_found.txt"))
    services.on(f"/doi/ra/{doi}", recorded(agency_page))
    services.on(f"/doi/api/handles/{doi}", recorded(handle))
    with services.client() as client:
        out = resolve([ref(DOI=doi, title="Foo")], client=client).outcomes[0]
    assert out.doi.state == state and [f.code for f in out.findings] == codes
    assert services.hits("/doi/api/handles/") == 1


def test_a_datacite_doi_is_found_through_the_agency_lookup_and_compared(services):
    services.on("/crossref/works/10.5061/dryad.8515", recorded("crossref_work_not_found.txt"))
    services.on("/doi/ra/10.5061/dryad.8515", recorded("doiorg_ra_prefix_datacite.json"))
    services.on("/datacite/dois/10.5061/dryad.8515", recorded("datacite_doi_dataset.json"))
    data = ref(
        type="dataset", DOI="doi:10.5061/DRYAD.8515", title="Data from: A new malaria agent in African hominids",
        author=[{"family": "Ollomo", "given": "B."}], issued={"date-parts": [[2011]]},
    )  # fmt: skip
    with services.client() as client:
        out = resolve([data], client=client).outcomes[0]
    assert (out.doi.state, out.doi.agency, out.doi.doi) == ("found", "datacite", "10.5061/dryad.8515")
    assert out.doi.verdicts["title"] == "match" and out.doi.verdicts["author"] == "match" and out.doi.verdicts["year"] == "match"
    assert not out.findings


def test_a_doi_registered_for_another_work_is_a_metadata_mismatch(services):
    services.on("/crossref/works/10.1007/978-3-662-46370-3_13", recorded("crossref_work_book_chapter.json"))
    wrong = ref(
        DOI="10.1007/978-3-662-46370-3_13", title="How to Compare Regional Powers: Analytical Concepts and Research Topics",
        author=[{"family": "Nolte", "given": "D."}], issued={"date-parts": [[2010]]},
    )  # fmt: skip
    with services.client() as client:
        out = resolve([wrong], client=client).outcomes[0]
    (finding,) = [f for f in out.findings if f.code == "doi-metadata-mismatch"]
    assert finding.severity == "warning" and "Clinical Symptoms and Physical Examinations" in finding.suggestion
    assert out.doi.verdicts["title"] == "mismatch" and out.doi.verdicts["author"] == "mismatch"


def test_an_invalid_doi_is_an_error_and_makes_no_request(services):
    with services.client() as client:
        out = resolve([ref(DOI="10.12/abc", title="x")], client=client).outcomes[0]
    assert out.doi.state == "invalid" and out.findings[0].code == "doi-invalid"
    assert services.seen == []


# ------------------------------------------------------------------ missing DOIs


def test_a_missing_doi_is_suggested_when_the_best_candidate_is_sure_and_unrivalled(services):
    services.on("/crossref/works", recorded("crossref_works_query_bibliographic_refstring.json"))
    with services.client(mailto="editor@example.org") as client:
        result = resolve([CERMINE], client=client)
    out = result.outcomes[0]
    assert out.doi.state == "suggested" and out.doi.doi == "10.1007/s10032-015-0249-8"
    assert out.reference.doi == "10.1007/s10032-015-0249-8"
    assert [f.code for f in out.findings] == ["doi-suggested"]
    method, path, args, headers = services.seen[0]
    assert args["query.bibliographic"] == " ".join(CERMINE_RAW.split()) and args["rows"] == "2"
    assert args["mailto"] == "editor@example.org" and "mailto:editor@example.org" in headers["User-Agent"]


def test_a_preprint_with_the_same_title_is_not_suggested_for_a_journal_article(services):
    services.on("/crossref/works", recorded("crossref_works_query_bibliographic_reference.json"))
    lola = ref(
        title="LOLA: LLM-Assisted Online Learning Algorithm for Content Experiments", **{"container-title": "Marketing Science"},
        author=[{"family": "Ye", "given": "Z."}], issued={"date-parts": [[2025]]},
    )  # fmt: skip
    with services.client() as client:
        out = resolve([lola], client=client).outcomes[0]
    assert out.doi.state == "none-found" and out.reference.doi is None and not out.findings


def test_a_reference_with_another_title_gets_no_doi_from_unrelated_candidates(services):
    services.on("/crossref/works", recorded("crossref_works_query_bibliographic_refstring.json"))
    other = ref(title="Extraction of tables from scanned documents", author=[{"family": "Tkaczyk"}], issued={"date-parts": [[2015]]})
    with services.client() as client:
        out = resolve([other], client=client).outcomes[0]
    assert out.doi.state == "none-found" and out.reference.doi is None


# ------------------------------------------------------------------ links


def test_a_live_link_reports_status_final_url_type_and_title_after_redirects(services):
    services.on("/web/old", Reply("", 301, {"location": "/web/new"}))
    services.on("/web/new", page("Realism &amp; neorealism"))
    with services.client(allow_private_network=True) as client:
        out = resolve([ref(type="webpage", title="t", URL=services.base("web/old"))], client=client).outcomes[0]
    assert out.link.state == "ok" and out.link.status == 200
    assert out.link.final_url == services.base("web/new") and out.link.content_type == "text/html"
    assert out.link.title == "Realism & neorealism"
    assert out.reference.get("refkit-resolve")["url"]["title"] == "Realism & neorealism"


def test_head_refused_falls_back_to_get(services):
    services.on("/web/nohead", lambda r: Reply("", 405) if r.method == "HEAD" else page("Fine"))
    with services.client(allow_private_network=True) as client:
        out = resolve([ref(type="webpage", title="t", URL=services.base("web/nohead"))], client=client).outcomes[0]
    assert out.link.state == "ok" and out.link.title == "Fine"
    assert [m for m, p, _, _ in services.seen] == ["HEAD", "GET"]


def test_a_dead_link_gets_the_archived_copy_from_the_wayback_machine(services):
    services.on("/web/gone", Reply("not here", 404, {"content-type": "text/plain"}))
    services.on("/wayback/available", recorded("derived/wayback_available_found_doc.json"))
    url = services.base("web/gone")
    with services.client(allow_private_network=True) as client:
        out = resolve([ref(type="webpage", title="t", URL=url)], client=client).outcomes[0]
    assert out.link.state == "dead" and out.link.reason == "http-404"
    codes = {f.code: f for f in out.findings}
    assert codes["url-dead"].severity == "warning"
    assert codes["url-archived"].suggestion == "http://web.archive.org/web/20130919044612/http://example.com/"
    wayback = [a for m, p, a, _ in services.seen if p == "/wayback/available"]
    assert wayback == [{"url": url}]


def test_a_dead_link_without_a_snapshot_is_dead_and_not_archived(services):
    services.on("/web/gone", Reply("boom", 500))
    services.on("/wayback/available", Reply('{"archived_snapshots": {}}', 200, {"content-type": "application/json"}))
    with services.client(allow_private_network=True) as client:
        out = resolve([ref(type="webpage", title="t", URL=services.base("web/gone"))], client=client).outcomes[0]
    assert out.link.state == "dead" and out.link.status == 500
    assert [f.code for f in out.findings] == ["url-dead"]


def test_a_redirect_loop_is_a_dead_link_not_a_hang(services):
    services.on("/web/a", Reply("", 302, {"location": "/web/b"}))
    services.on("/web/b", Reply("", 302, {"location": "/web/a"}))
    services.on("/wayback/available", Reply('{"archived_snapshots": {}}', 200, {"content-type": "application/json"}))
    with services.client(allow_private_network=True) as client:
        out = resolve([ref(type="webpage", title="t", URL=services.base("web/a"))], client=client).outcomes[0]
    assert out.link.state == "dead" and out.link.reason == "redirect-loop"
    assert services.hits("/web/") == 2


def test_too_many_redirects_stop_at_the_limit(services):
    for i in range(20):
        services.on(f"/web/r{i}", Reply("", 302, {"location": f"/web/r{i + 1}"}))
    services.on("/wayback/available", Reply('{"archived_snapshots": {}}', 200, {"content-type": "application/json"}))
    with services.client(allow_private_network=True, max_redirects=5) as client:
        out = resolve([ref(type="webpage", title="t", URL=services.base("web/r0"))], client=client).outcomes[0]
    assert out.link.reason == "too-many-redirects" and services.hits("/web/") == 6


def test_links_into_a_private_network_are_refused_unless_allowed(services, monkeypatch):
    services.on("/web/internal", page("Internal"))
    url = services.base("web/internal")
    monkeypatch.delenv("REFKIT_ALLOW_PRIVATE_NETWORK", raising=False)
    with services.client() as client:
        out = resolve([ref(type="webpage", title="t", URL=url)], client=client).outcomes[0]
    assert out.link.state == "refused" and [f.code for f in out.findings] == ["url-refused"]
    assert services.hits("/web/") == 0
    monkeypatch.setenv("REFKIT_ALLOW_PRIVATE_NETWORK", "1")
    with services.client() as client:
        assert resolve([ref(type="webpage", title="t", URL=url)], client=client).outcomes[0].link.state == "ok"


def test_a_redirect_into_the_private_network_is_refused_too(services):
    client = services.client(allow_private_network=False)
    with pytest.raises(NetworkError) as err:
        client.check_address("http://169.254.169.254/latest/meta-data/")
    assert err.value.reason == "private-network"


class RebindingResolver:
    """A DNS stub for chosen names: the first lookup answers ``first``, every later one ``then``.

    That is what a rebinding attacker's name server does: a public address
    while the name is checked, a private one when the client connects.
    Other names go to the real resolver.
    """

    def __init__(self, monkeypatch, answers: dict[str, tuple[str, str]]) -> None:
        import socket

        self.answers = answers
        self.calls: dict[str, int] = {}
        self.real = socket.getaddrinfo
        monkeypatch.setattr(socket, "getaddrinfo", self)

    def __call__(self, host, port, family=0, type=0, proto=0, flags=0):  # noqa: A002 - socket's own names
        import socket

        if host not in self.answers:
            return self.real(host, port, family, type, proto, flags)
        n = self.calls[host] = self.calls.get(host, 0) + 1
        first, then = self.answers[host]
        ip = first if n == 1 else then
        return [(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP, "", (ip, int(port or 80)))]


def test_a_name_that_rebinds_to_loopback_after_the_check_is_refused_at_connect(services, monkeypatch):
    monkeypatch.delenv("REFKIT_ALLOW_PRIVATE_NETWORK", raising=False)
    services.on("/web/secret", page("Internal admin"))
    dns = RebindingResolver(monkeypatch, {"rebind.example": ("93.184.215.14", "127.0.0.1")})
    url = f"http://rebind.example:{services.server.port}/web/secret"
    with services.client() as client:
        with pytest.raises(NetworkError) as err:
            client.fetch(url, page=True)
        out = resolve([ref(type="webpage", title="t", URL=url)], client=client).outcomes[0]
    assert err.value.reason == "private-network" and "127.0.0.1" in str(err.value)
    assert dns.calls["rebind.example"] >= 2  # checked, then looked up again to connect
    assert out.link.state == "refused" and [f.code for f in out.findings] == ["url-refused"]
    assert services.hits("/web/") == 0  # no request ever reached the private address


def test_a_redirect_hop_that_rebinds_is_refused_at_connect_too(services, monkeypatch):
    from refkit.resolve import client as client_module

    # offline, every server is on loopback: let 127.0.0.1 stand for the public internet and
    # 127.0.0.2 for the private network, where a second server listens
    inner = HTTPServer(host="127.0.0.2", port=0)
    inner.expect_request("/secret").respond_with_data("internal", content_type="text/plain")
    inner.start()
    real_refused = client_module._refused
    monkeypatch.setattr(client_module, "_refused", lambda ip: str(ip) != "127.0.0.1" and real_refused(ip))
    dns = RebindingResolver(monkeypatch, {"site.example": ("127.0.0.1", "127.0.0.1"), "rebind.example": ("127.0.0.1", "127.0.0.2")})
    services.on("/web/start", Reply("", 302, {"location": f"http://rebind.example:{inner.port}/secret"}))
    try:
        with services.client(allow_private_network=False) as client:
            with pytest.raises(NetworkError) as err:
                client.fetch(f"http://site.example:{services.server.port}/web/start", method="HEAD", page=True)
    finally:
        inner.stop()
    assert err.value.reason == "private-network" and "127.0.0.2" in str(err.value)
    assert services.hits("/web/start") == 1 and inner.log == [] and dns.calls["rebind.example"] == 2


def test_the_guard_does_not_stop_a_public_name_that_stays_public(services, monkeypatch):
    from refkit.resolve import client as client_module

    monkeypatch.setattr(client_module, "_refused", lambda ip: False)  # loopback stands for the internet here
    services.on("/web/fine", page("Fine"))
    RebindingResolver(monkeypatch, {"stable.example": ("127.0.0.1", "127.0.0.1")})
    with services.client(allow_private_network=False) as client:
        out = resolve([ref(type="webpage", title="t", URL=f"http://stable.example:{services.server.port}/web/fine")], client=client)
    assert out.outcomes[0].link.state == "ok" and out.outcomes[0].link.title == "Fine"


def _closed_port() -> str:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return f"http://127.0.0.1:{s.getsockname()[1]}"


def test_a_link_that_times_out_while_the_archive_answers_is_dead(services):
    services.on("/web/slow", Reply("", 200, delay=1.0))
    services.on("/wayback/available", Reply('{"archived_snapshots": {}}', 200, {"content-type": "application/json"}))
    with services.client(allow_private_network=True, timeout=0.2, retries=0) as client:
        out = resolve([ref(type="webpage", title="t", URL=services.base("web/slow"))], client=client).outcomes[0]
    assert (out.link.state, out.link.reason) == ("dead", "timeout") and [f.code for f in out.findings] == ["url-dead"]


def test_with_no_network_at_all_a_link_is_not_called_dead(services):
    nowhere = _closed_port()
    with services.client(allow_private_network=True, wayback_url=nowhere + "/wayback", retries=0) as client:
        out = resolve([ref(type="webpage", title="t", URL=nowhere + "/page")], client=client).outcomes[0]
    assert out.link.state == "failed" and out.link.reason.startswith("connection")
    assert [(f.code, f.severity) for f in out.findings] == [("lookup-failed", "info")]


def test_crossref_names_the_agency_of_a_doi(services):
    services.on("/crossref/works/10.1126/science.169.3946.635/agency", recorded("crossref_work_agency.json"))
    with services.client() as client:
        data = client.crossref_agency("10.1126/science.169.3946.635").json()
    assert data["message"]["agency"]["id"] == "crossref"


def test_a_malformed_url_is_an_error_without_any_request(services):
    with services.client() as client:
        out = resolve([ref(type="webpage", title="t", URL="htp:/broken link")], client=client).outcomes[0]
    assert out.link.state == "malformed" and out.findings[0].code == "url-malformed" and services.seen == []


def test_a_huge_page_is_read_only_up_to_the_cap_and_still_gives_its_title(services):
    huge = b"<html><head><title>Big</title></head><body>" + b"x" * 5_000_000 + b"</body></html>"
    services.on("/web/huge", Reply(huge, 200, {"content-type": "text/html"}))
    with services.client(allow_private_network=True, page_bytes=64_000) as client:
        answer = client.fetch(services.base("web/huge"), page=True)
        out = resolve([ref(type="webpage", title="t", URL=services.base("web/huge"))], client=client).outcomes[0]
    assert answer.truncated and len(answer.body) == 64_000
    assert out.link.state == "ok" and out.link.title == "Big"


# ------------------------------------------------------------------ the client: failures and politeness


def test_a_huge_api_answer_is_a_lookup_failure_not_a_memory_blowup(services):
    services.on("/crossref/works/10.1371/journal.pone.0033693", Reply(b"[" + b"0," * 2_000_000 + b"0]", 200, {"content-type": "application/json"}))
    with services.client(max_bytes=100_000) as client:
        out = resolve([METHYLPHENIDATE], client=client).outcomes[0]
    assert out.doi.state == "failed" and out.doi.reason == "too-large"
    assert [(f.code, f.severity) for f in out.findings] == [("lookup-failed", "info")]


def test_429_with_retry_after_waits_as_told_then_succeeds(services):
    services.on(
        "/crossref/works/10.1371/journal.pone.0033693",
        recorded("derived/crossref_429_body.html", **{"retry-after": "1"}),
        recorded("crossref_work_journal_article_corrected.json"),
    )
    with services.client() as client:
        start = time.monotonic()
        out = resolve([METHYLPHENIDATE], client=client).outcomes[0]
        elapsed = time.monotonic() - start
    assert out.doi.state == "found"
    assert elapsed >= 1.0 and services.hits("/crossref/") == 2 and client.stats["retries"] == 1


def test_429_that_never_ends_is_rate_limited_after_the_retries(services):
    services.on("/crossref/works/10.1/x", recorded("derived/crossref_429_body.html"))
    with services.client(retries=2) as client:
        with pytest.raises(RateLimited) as err:
            client.crossref_work("10.1/x")
        out = resolve([ref(DOI="10.1000/x", title="x")], client=client).outcomes[0]
    assert err.value.status == 429 and services.hits("/crossref/works/10.1/x") == 3
    assert out.doi.state == "failed"


def test_a_retry_after_longer_than_max_wait_gives_up_at_once(services):
    services.on("/crossref/works/10.1/x", recorded("derived/crossref_429_body.html", **{"retry-after": "3600"}))
    with services.client(max_wait=2) as client:
        start = time.monotonic()
        with pytest.raises(RateLimited) as err:
            client.crossref_work("10.1/x")
    assert time.monotonic() - start < 1.0 and err.value.retry_after == 3600
    assert services.hits() == 1


def test_server_errors_are_retried_with_backoff(services):
    services.on(
        "/crossref/works/10.1371/journal.pone.0033693",
        Reply("oops", 500), Reply("bad gateway", 502), recorded("crossref_work_journal_article_corrected.json"),
    )  # fmt: skip
    with services.client(retries=3) as client:
        out = resolve([METHYLPHENIDATE], client=client).outcomes[0]
    assert out.doi.state == "found" and services.hits() == 3


def test_persistent_500s_fail_the_lookup_but_not_the_reference(services):
    services.on("/crossref/works/10.1371/journal.pone.0033693", Reply("oops", 500))
    with services.client(retries=2) as client:
        out = resolve([METHYLPHENIDATE], client=client).outcomes[0]
    assert out.doi.state == "failed" and out.doi.reason == "http-500"
    assert out.severity == "info" and services.hits() == 3


def test_a_timeout_is_retried_then_reported_as_a_failed_lookup(services):
    services.on("/crossref/works/10.1371/journal.pone.0033693", Reply("{}", 200, {"content-type": "application/json"}, delay=1.0))
    with services.client(timeout=0.2, retries=1) as client:
        start = time.monotonic()
        out = resolve([METHYLPHENIDATE], client=client).outcomes[0]
    assert out.doi.state == "failed" and out.doi.reason == "timeout"
    assert time.monotonic() - start < 2.5 and services.hits() == 2


def test_malformed_json_is_a_failed_lookup(services):
    services.on("/crossref/works/10.1371/journal.pone.0033693", Reply('{"status": "ok", "message": {', 200, {"content-type": "application/json"}))
    with services.client() as client:
        out = resolve([METHYLPHENIDATE], client=client).outcomes[0]
    assert out.doi.state == "failed" and out.doi.reason == "malformed"


def _paced_run(services: Services, limits: dict[str, str], latency: float, n: int = 12) -> list[float]:
    """Resolve n DOIs against answers carrying ``limits``; the arrival times the server saw."""
    body = (HTTP / "crossref_work_journal_article_corrected.json").read_bytes()
    starts: list[float] = []

    def answer(request: Request) -> Reply:
        starts.append(time.monotonic())
        return Reply(body, 200, {**limits, "content-type": "application/json"}, delay=latency)

    for i in range(n):
        services.on(f"/crossref/works/10.1000/p{i}", answer)
    with services.client(workers=8) as client:
        resolve([ref(DOI=f"10.1000/p{i}", title="t") for i in range(n)], client=client)
    return sorted(starts)


def test_pacing_keeps_to_the_advertised_concurrency(services):
    _paced_run(services, {"x-rate-limit-limit": "50", "x-rate-limit-interval": "1s", "x-concurrency-limit": "2"}, latency=0.25)
    assert services.max_active == 2  # learnt from the first answer, used, never exceeded


def test_pacing_keeps_to_the_advertised_rate(services):
    starts = _paced_run(services, {"x-rate-limit-limit": "10", "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"}, latency=0.01)
    # 10 per second: the 11 requests sent after the first answer taught the rate span at least 10 tenths of a second
    # (less a little server-side jitter); unpaced, 3 at a time with 10 ms answers, they would all be done in about 50 ms
    assert starts[-1] - starts[1] >= 0.95


def test_base_urls_come_from_the_environment_with_or_without_a_trailing_slash(services, monkeypatch):
    services.on("/crossref/works/10.1371/journal.pone.0033693", recorded("crossref_work_journal_article_corrected.json"))
    monkeypatch.setenv("REFKIT_CROSSREF_URL", services.base("crossref") + "/")
    monkeypatch.setenv("REFKIT_MAILTO", "desk@example.org")
    client = Client(retries=0)
    assert client.urls["crossref"] == services.base("crossref") and client.mailto == "desk@example.org"
    assert client.crossref_work("10.1371/journal.pone.0033693").ok


# ------------------------------------------------------------------ cache and offline


def test_a_second_run_with_the_cache_makes_no_request(services, tmp_path):
    services.on("/crossref/works/10.1371/journal.pone.0033693", recorded("crossref_work_journal_article_corrected.json"))
    services.on("/crossref/works", recorded("crossref_works_query_bibliographic_refstring.json"))
    services.on("/web/gone", Reply("", 404))
    services.on("/wayback/available", recorded("derived/wayback_available_found_doc.json"))
    refs = [METHYLPHENIDATE, CERMINE, ref(type="webpage", title="t", URL=services.base("web/gone"))]
    path = tmp_path / "cache.sqlite"
    with services.client(cache=path, allow_private_network=True) as client:
        first = resolve(refs, client=client)
    sent = len(services.seen)
    with services.client(cache=path, allow_private_network=True) as client:
        second = resolve(refs, client=client)
    assert sent > 0 and len(services.seen) == sent
    assert second.stats["requests"] == 0 and second.stats["cache_hits"] >= 4
    assert [o.reference for o in second] == [o.reference for o in first]
    assert [o.findings for o in second] == [o.findings for o in first]


def test_the_cache_key_ignores_the_contact_address_and_query_order():
    from refkit.resolve.cache import request_key

    a = request_key("get", "HTTP://Example.org:80/works?rows=2&query=x&mailto=a@b")
    assert a == request_key("GET", "http://example.org/works?query=x&rows=2") == "GET http://example.org/works?query=x&rows=2"


def test_expired_cache_entries_are_not_used(tmp_path):
    from refkit.resolve.cache import CachedAnswer

    cache = Cache(tmp_path / "c.sqlite")
    cache.put("k", CachedAnswer(200, {}, b"x", "u"), ttl=-1)
    cache.put("j", CachedAnswer(200, {}, b"y", "u"), ttl=60)
    assert cache.get("k") is None and cache.get("j").body == b"y"


def test_offline_skips_every_network_check_and_fails_no_reference(services):
    refs = [METHYLPHENIDATE, CERMINE, ref(type="webpage", title="t", URL=services.base("web/x")), ref(ISBN="978-0-306-40615-7", title="b")]
    result = resolve(refs, client=services.client(), offline=True)
    assert services.seen == [] and result.stats["requests"] == 0
    assert {f.severity for _, f in result.findings} == {"info"}
    assert all(o.skipped for o in result)
    assert [o.doi.state for o in result if o.doi] == ["skipped"] * 3
    assert result.outcomes[2].link.state == "skipped"
    assert result.outcomes[3].isbns[0].valid  # what needs no network still works


def test_offline_uses_what_the_cache_already_has(services, tmp_path):
    services.on("/crossref/works/10.1371/journal.pone.0033693", recorded("crossref_work_journal_article_corrected.json"))
    cache = Cache(tmp_path / "c.sqlite")
    resolve([METHYLPHENIDATE], client=services.client(cache=cache))
    with services.client(cache=cache, offline=True) as client:
        out = resolve([METHYLPHENIDATE], client=client).outcomes[0]
        with pytest.raises(Offline):
            client.crossref_work("10.1000/never-seen")
    assert out.doi.state == "found" and services.hits() == 1


# ------------------------------------------------------------------ batches and the seed


def test_a_batch_where_a_third_fails_completes_with_an_outcome_per_reference(services):
    ok = recorded("crossref_work_journal_article_corrected.json")
    kinds = {}
    for i in range(30):
        path = f"/crossref/works/10.1000/b{i}"
        kind = {0: "timeout", 3: "429", 6: "500"}.get(i % 9, "ok") if i % 3 == 0 else "ok"
        kinds[i] = kind
        services.on(path, {"ok": ok, "timeout": Reply("{}", 200, delay=1.0), "429": recorded("derived/crossref_429_body.html"), "500": Reply("x", 500)}[kind])
    refs = [ref(DOI=f"10.1000/b{i}", title=METHYLPHENIDATE.title, author=[{"family": "Sadasivan"}]) for i in range(30)]
    with services.client(timeout=0.3, retries=1, workers=6) as client:
        result = resolve(refs, client=client)
    assert len(result) == 30 and [o.index for o in result] == list(range(30))
    assert sum(k != "ok" for k in kinds.values()) == 10
    for i, out in enumerate(result):
        if kinds[i] == "ok":
            assert out.doi.state == "found", i
        else:
            assert out.doi.state == "failed" and out.doi.reason == {"timeout": "timeout", "429": "rate-limited", "500": "http-500"}[kinds[i]]
            assert [f.code for f in out.findings] == ["lookup-failed"]


def _seed_with_local_urls(services: Services) -> list[Reference]:
    """The seed list, each URL moved onto the local server under /web/<host>/<path>."""
    refs = []
    for item in json.loads(SEED.read_text(encoding="utf-8")):
        if item.get("URL"):
            parts = urlsplit(item["URL"])
            item["URL"] = services.base(f"web/{parts.netloc}{parts.path}") + (f"?{parts.query}" if parts.query else "")
        refs.append(Reference.from_csl(item))
    return refs


def _play_the_seed(services: Services) -> None:
    # Crossref answers every search with real but unrelated candidates (the CERMINE papers)
    services.on("/crossref/works", recorded("crossref_works_query_bibliographic_refstring.json"))
    services.on("/web/all-politologija.ru/knigi/politologiya-kurs-lekcij-ovcharova-litvinchuk/realizm-i-neorealizm", page("Реализм и неореализм"))
    services.on("/web/www.keia.org/sites/default/files/publications/kei_koreacompass_template_balbinahwa_ng.pdf", Reply("", 404))
    services.on("/web/www.yna.co.kr/view/AKR20170510076400371", page("ODA를 외교 대표브랜드로"))
    services.on("/web/www.dt.co.kr/contents.html", Reply("", 301, {"location": "/web/www.dt.co.kr/moved"}))
    services.on("/web/www.dt.co.kr/moved", page("디지털타임스"))
    services.on("/web/cabar.asia/ru/tsentralnaya-aziya-i-yuzhnaya-koreya-v-poiskah-vozmozhnostej-dlya-narashhivaniya-sotrudnichestva", Reply("", 200, {"content-type": "text/html"}, delay=3.0))
    services.on("/web/www.bukbang.go.kr/bukbang_en/vision_policy/strategy/", page("Strategy"))
    services.on("/wayback/available", recorded("derived/wayback_available_found_doc.json"))


def test_the_seed_list_gets_an_outcome_for_every_reference_and_no_false_doi(services):
    refs = _seed_with_local_urls(services)
    _play_the_seed(services)
    with services.client(allow_private_network=True, timeout=1.0, retries=0) as client:
        result = resolve(refs, client=client)
    states = {o.reference.id: (o.doi.state if o.doi else None, o.link.state if o.link else None) for o in result}
    assert states == {
        "seed-orig-1": ("none-found", None), "seed-orig-2": ("none-found", None), "seed-orig-3": ("none-found", None),
        "seed-orig-4": ("none-found", "ok"), "seed-orig-5": ("none-found", None), "seed-orig-6": ("none-found", "dead"),
        "seed-orig-7": ("none-found", None), "seed-orig-8": ("none-found", None), "seed-orig-9": ("none-found", None),
        "seed-orig-10": (None, "ok"), "seed-orig-11": (None, "ok"), "seed-orig-12": ("none-found", None),
        "seed-orig-13": ("none-found", None), "seed-orig-14": (None, "dead"), "seed-orig-15": (None, "ok"),
    }  # fmt: skip
    assert all(o.reference.doi is None for o in result)
    by_id = {o.reference.id: o for o in result}
    assert by_id["seed-orig-4"].link.title == "Реализм и неореализм"
    assert by_id["seed-orig-14"].link.reason == "timeout"
    assert {f.code for f in by_id["seed-orig-6"].findings} == {"url-dead", "url-archived"}
    assert services.hits("/crossref/works") == 11  # newspapers and web pages are not searched


def test_cli_resolve_prints_csl_json_with_outcomes_and_a_summary(services, tmp_path):
    from refkit.cli import main

    refs = _seed_with_local_urls(services)
    _play_the_seed(services)
    src = tmp_path / "seed.json"
    src.write_text(json.dumps([r.to_csl() for r in refs], ensure_ascii=False), encoding="utf-8")
    env = {
        "REFKIT_CROSSREF_URL": services.base("crossref"), "REFKIT_WAYBACK_URL": services.base("wayback"),
        "REFKIT_DOI_URL": services.base("doi"), "REFKIT_DATACITE_URL": services.base("datacite"),
    }  # fmt: skip
    cache = tmp_path / "c.sqlite"
    result = CliRunner().invoke(main, ["resolve", str(src), "--cache", str(cache), "--allow-private-network"], env=env)
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == 15 and items[3]["refkit-resolve"]["url"]["state"] == "ok"
    assert items[5]["refkit-resolve"]["url"]["archived"].startswith("http://web.archive.org/")
    assert "15 references" in result.stderr and "requests" in result.stderr
    sent = len(services.seen)
    again = CliRunner().invoke(main, ["resolve", str(src), "--cache", str(cache), "--allow-private-network"], env=env)
    assert again.exit_code == 0 and len(services.seen) == sent
    assert "0 requests" in again.stderr


def test_cli_resolve_on_the_seed_article_reports_an_outcome_for_each_entry_of_both_lists(services, tmp_path):
    from refkit.cli import main

    seed_hosts = r"all-politologija\.ru|www\.keia\.org|www\.yna\.co\.kr|www\.dt\.co\.kr|cabar\.asia|www\.bukbang\.go\.kr"
    text = (SEED.parent / "article.md").read_text(encoding="utf-8")
    article = tmp_path / "article.md"
    article.write_text(re.sub(rf"https?://(({seed_hosts})/)", services.base("web/") + r"\1", text), encoding="utf-8")
    _play_the_seed(services)
    services.on("/web/cabar.asia/ru/tsentralnaya-aziya-i-yuzhnaya-koreya-v-poiskah-vozmozhnostej-dlya-narashhivaniya-sotrudnichestva", Reply("", 410))
    env = {
        "REFKIT_CROSSREF_URL": services.base("crossref"), "REFKIT_WAYBACK_URL": services.base("wayback"),
        "REFKIT_DOI_URL": services.base("doi"), "REFKIT_DATACITE_URL": services.base("datacite"),
    }  # fmt: skip
    result = CliRunner().invoke(main, ["resolve", str(article), "--no-cache", "--allow-private-network"], env=env)
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == 30 and all("refkit-resolve" in item for item in items)
    expected = {4: "ok", 6: "dead", 10: "ok", 11: "ok", 14: "dead", 15: "ok"}
    for half in (items[:15], items[15:]):
        assert [i["refkit-number"] for i in half] == list(range(1, 16))
        assert {i["refkit-number"]: i["refkit-resolve"]["url"]["state"] for i in half if "url" in i["refkit-resolve"]} == expected
        searched = {i["refkit-number"]: i["refkit-resolve"]["doi"]["state"] for i in half if "doi" in i["refkit-resolve"]}
        assert set(searched.values()) == {"none-found"} and not set(searched) & {10, 11, 14, 15}  # news and web pages: no search
    assert all(not i.get("DOI") for i in items)  # unrelated candidates propose nothing
    assert "30 references" in result.stderr and "links: 4 dead, 8 ok" in result.stderr


def test_cli_resolve_offline_reports_everything_skipped_and_exits_0(tmp_path):
    from refkit.cli import main

    result = CliRunner().invoke(main, ["resolve", str(SEED), "--offline", "--no-cache"])
    assert result.exit_code == 0, result.output
    items = json.loads(result.stdout)
    assert len(items) == 15
    assert all(f["code"] == "skipped-offline" for i in items for f in i["refkit-resolve"]["findings"])
    assert "skipped" in result.stderr


def test_cli_resolve_rejects_cache_with_no_cache(tmp_path):
    from refkit.cli import main

    result = CliRunner().invoke(main, ["resolve", str(SEED), "--no-cache", "--cache", str(tmp_path / "c")])
    assert result.exit_code == 2 and "--no-cache" in result.output


def test_a_web_page_is_retried_once_at_most(services):
    services.on("/web/flaky", Reply("", 503))
    services.on("/wayback/available", Reply('{"archived_snapshots": {}}', 200, {"content-type": "application/json"}))
    with services.client(allow_private_network=True, retries=3) as client:
        out = resolve([ref(type="webpage", title="t", URL=services.base("web/flaky"))], client=client).outcomes[0]
    assert out.link.state == "dead" and out.link.status == 503
    assert [m for m, p, _, _ in services.seen if p == "/web/flaky"] == ["HEAD", "HEAD", "GET", "GET"]


def test_a_cache_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    from refkit.cli import main
    from refkit.errors import UnreadableInput

    bad = tmp_path / "cache.sqlite"
    bad.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(UnreadableInput):
        Cache(bad)
    result = CliRunner().invoke(main, ["resolve", str(SEED), "--offline", "--cache", str(bad)])
    assert result.exit_code == 2 and "not a usable cache file" in result.output


def test_searches_are_paced_apart_from_single_lookups(services):
    single = recorded("crossref_work_journal_article_corrected.json", **{"x-concurrency-limit": "3", "x-rate-limit-limit": "10"})
    search = recorded("crossref_works_query_bibliographic_refstring.json", **{"x-concurrency-limit": "1", "x-rate-limit-limit": "2"})
    services.on("/crossref/works/10.1371/journal.pone.0033693", single)
    services.on("/crossref/works", search)
    with services.client() as client:
        resolve([METHYLPHENIDATE, CERMINE], client=client)
        host = urlsplit(services.base("crossref")).netloc
        pacers = {key: (p.concurrency, p.gap) for key, p in client._pacers.items()}
    assert pacers == {host: (3, 0.1), f"{host} list": (1, 0.5)}


def test_a_doi_org_link_is_checked_as_a_doi_not_probed_as_a_page(services):
    services.on("/crossref/works/10.1371/journal.pone.0033693", recorded("crossref_work_journal_article_corrected.json"))
    linked = METHYLPHENIDATE.replace(doi=None, url="https://doi.org/10.1371/journal.pone.0033693")
    with services.client() as client:
        out = resolve([linked], client=client).outcomes[0]
    assert out.doi.state == "found" and out.doi.doi == "10.1371/journal.pone.0033693" and out.link is None
    assert [p for _, p, _, _ in services.seen] == ["/crossref/works/10.1371/journal.pone.0033693"]


def test_a_url_or_doi_named_by_several_references_is_asked_about_once(services):
    services.on("/web/twin", page("Twin"))
    services.on("/crossref/works/10.1371/journal.pone.0033693", recorded("crossref_work_journal_article_corrected.json"))
    url = services.base("web/twin")
    twins = [ref(type="webpage", title="t", URL=url), ref(type="webpage", title="Т", URL=url), METHYLPHENIDATE]
    with services.client(allow_private_network=True) as client:
        result = resolve(twins * 3, client=client)
    assert [o.link.state for o in result.outcomes if o.link] == ["ok"] * 6
    assert [o.doi.state for o in result.outcomes if o.doi] == ["found"] * 3
    assert [m for m, p, _, _ in services.seen if p == "/web/twin"] == ["HEAD", "GET"]
    assert services.hits("/crossref/works/") == 1
