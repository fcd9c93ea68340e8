"""`refkit check` online, against a local HTTP server playing Crossref, doi.org, the Wayback Machine and a
dead web page (recorded bodies from fixtures/http); nothing leaves 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from refkit.cli import main

HTTP = Path(__file__).resolve().parents[1] / "fixtures" / "http"
pytest.importorskip("pytest_httpserver")


@pytest.fixture
def server():
    from pytest_httpserver import HTTPServer

    srv = HTTPServer(host="127.0.0.1", port=0)
    srv.start()
    try:
        yield srv
    finally:
        srv.clear()
        srv.stop()


def _manuscript(tmp_path: Path, dead_url: str) -> Path:
    text = (
        "# A short article\n\nThe original claim [1, p. 638] was withdrawn; the page [2] is gone.\n\n## References\n\n"
        "1. Wakefield A.J. Ileal-lymphoid-nodular hyperplasia, non-specific colitis, and pervasive developmental disorder "
        "in children // Lancet. – 1998. – Vol. 351. – P. 637–641. – DOI: 10.1016/S0140-6736(97)11096-0.\n"
        f"2. Example Institute. Annual overview. – URL: {dead_url} (accessed 01.05.2024).\n"
    )
    path = tmp_path / "article.md"
    path.write_text(text, encoding="utf-8")
    return path


def test_online_check_reports_a_retraction_and_a_dead_link_with_its_archived_copy(server, tmp_path):
    retraction = HTTP / "derived" / "crossref_updated_by_retraction_excerpt.json"
    server.expect_request("/crossref/works/10.1016/s0140-6736(97)11096-0").respond_with_data(
        retraction.read_bytes(), content_type="application/json"
    )
    server.expect_request("/web/gone").respond_with_data("not here", status=404, content_type="text/plain")
    wayback = HTTP / "derived" / "wayback_available_found_doc.json"
    server.expect_request("/wayback/available").respond_with_data(wayback.read_bytes(), content_type="application/json")
    env = {
        "REFKIT_DOI_URL": server.url_for("/doi"), "REFKIT_CROSSREF_URL": server.url_for("/crossref"),
        "REFKIT_DATACITE_URL": server.url_for("/datacite"), "REFKIT_WAYBACK_URL": server.url_for("/wayback"),
        "REFKIT_ALLOW_PRIVATE_NETWORK": "1",
    }  # fmt: skip
    path = _manuscript(tmp_path, server.url_for("/web/gone"))
    result = CliRunner().invoke(main, ["check", str(path), "--no-cache", "--format", "json"], env=env)
    assert result.exit_code == 1, result.output
    data = json.loads(result.output)
    got = {(f["code"], f["list"], f["reference"]) for f in data["findings"]}
    assert ("retracted", 1, 1) in got
    assert ("url-dead", 1, 2) in got and ("url-archived", 1, 2) in got
    assert not any("online checks" in s for s in data["summary"]["skipped"])


def test_offline_makes_no_request_and_says_the_online_checks_were_skipped(server, tmp_path):
    path = _manuscript(tmp_path, server.url_for("/web/gone"))
    result = CliRunner().invoke(main, ["check", str(path), "--offline", "--format", "json", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert any("online checks" in s and "offline" in s for s in data["summary"]["skipped"])
    assert not [f for f in data["findings"] if f["code"] in ("retracted", "url-dead")]
    assert server.log == []
