"""Golden cases per check code: each file under tests/golden/check/ holds a code and
cases that must (``present``) or must not (``absent``) produce it, at a given place."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refkit import Reference
from refkit.check import CODES, check
from refkit.readers import Document, RefList

GOLDEN = Path(__file__).parent / "golden" / "check"
FILES = sorted(GOLDEN.glob("*.json"))


def _reference(item, position: int, numbered: bool) -> Reference:
    if isinstance(item, str):
        item = {"refkit-raw": item}
    item = dict(item)
    if numbered:
        item.setdefault("refkit-number", position + 1)
    return Reference.from_csl(item)


def golden_cases(files):
    """Every case of the golden ``files`` as a pytest parameter (code, case)."""
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        for case in data["cases"]:
            yield pytest.param(data["code"], case, id=f"{data['code']}: {case['name']}")


def assert_both_cases_for(codes, files) -> None:
    """Each of ``codes`` has a golden file, and every golden file a present and an absent case."""
    covered: dict[str, set[str]] = {}
    for path in files:
        data = json.loads(path.read_text(encoding="utf-8"))
        covered[data["code"]] = {c["expect"] for c in data["cases"]}
    assert set(codes) <= set(covered), sorted(set(codes) - set(covered))
    assert all(v == {"present", "absent"} for v in covered.values()), covered


def assert_golden(report, code: str, case) -> None:
    """The report has ``code`` where the case says (``present``, at ``at``), or nowhere (``absent``)."""
    hits = [f for f in report.findings if f.code == code]
    if case["expect"] == "absent":
        assert not hits, [f.to_json() for f in hits]
        return
    assert hits, f"expected {code}; got {[f.to_json() for f in report.findings]}"
    where = case.get("at")
    if where:
        assert any(all(getattr(f, k) == v for k, v in where.items()) for f in hits), [f.to_json() for f in hits]
    assert all(f.message and f.severity in ("error", "warning", "info") for f in hits)


def test_every_offline_code_has_a_positive_and_a_negative_golden_case():
    assert_both_cases_for({c for c, rule in CODES.items() if not rule.online}, FILES)


@pytest.mark.parametrize(("code", "case"), list(golden_cases(FILES)))
def test_golden_case(code, case):
    numbered = case.get("numbered", True)
    lists = tuple(
        RefList("References", tuple(_reference(item, i, numbered) for i, item in enumerate(items))) for items in case["lists"]
    )
    assert_golden(check(Document(lists, case.get("body"))), code, case)
