"""Golden cases for the check codes that need the network: each file under
tests/golden/check/online/ holds a code and cases that must (``present``) or must
not (``absent``) produce it, with the answers a local server gives at each path
(recorded bodies from fixtures/http, or a small inline body). ``{base}`` in an
entry stands for the local server; nothing leaves 127.0.0.1."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refkit.check import CODES, check
from refkit.readers import Document, RefList

from .test_check_golden import _reference, assert_both_cases_for, assert_golden, golden_cases
from .test_resolve import Reply, recorded, services  # noqa: F401 - `services` is the local-server fixture

GOLDEN = Path(__file__).parent / "golden" / "check" / "online"
FILES = sorted(GOLDEN.glob("*.json"))


def _reply(spec: dict) -> Reply:
    if "file" in spec:
        return recorded(spec["file"])
    status = spec.get("status", 200)
    if "json" in spec:
        return Reply(json.dumps(spec["json"]), status, {"content-type": "application/json"})
    if "html" in spec:
        return Reply(spec["html"], status, {"content-type": "text/html; charset=utf-8"})
    return Reply(spec.get("text", ""), status, {"content-type": "text/plain"})


def test_every_online_code_has_a_positive_and_a_negative_golden_case():
    assert_both_cases_for({c for c, rule in CODES.items() if rule.online}, FILES)


@pytest.mark.parametrize(("code", "case"), list(golden_cases(FILES)))
def test_online_golden_case(services, code, case):  # noqa: F811 - the fixture imported above
    base = services.base("").rstrip("/")
    for path, spec in case["routes"].items():
        services.on(path, _reply(spec))
    lists = []
    for items in case["lists"]:
        items = [json.loads(json.dumps(item).replace("{base}", base)) if isinstance(item, dict) else item for item in items]
        lists.append(RefList("References", tuple(_reference(item, i, True) for i, item in enumerate(items))))
    options = {"retries": 0, "timeout": 1.0, "allow_private_network": False, **case.get("client", {})}
    with services.client(**options) as client:
        report = check(Document(tuple(lists), None), offline=False, client=client)
    assert not any("online checks" in s for s in report.skipped), report.skipped
    assert_golden(report, code, case)
