"""Acceptance on the seed article: its real defects are found, its correct parts raise nothing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import refkit
from refkit import Reference
from refkit.check import check
from refkit.readers import Document, RefList

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed"


def _hand_checked() -> Document:
    """The seed's two lists from the hand-checked CSL-JSON (numbered), with the article's text as body."""
    lists = []
    for name in ("references-original.json", "references-translit.json"):
        items = json.loads((SEED / name).read_text(encoding="utf-8"))
        refs = tuple(Reference.from_csl(dict(i, **{"refkit-number": k + 1})) for k, i in enumerate(items))
        lists.append(RefList("REFERENCES", refs))
    return Document(tuple(lists), (SEED / "article.md").read_text(encoding="utf-8"))


@pytest.fixture(scope="module", params=["hand-checked", "parsed"])
def report(request):
    doc = _hand_checked() if request.param == "hand-checked" else refkit.load(SEED / "article.md")
    return check(doc)


def _at(report, code, list_, number):
    return [f for f in report.findings if f.code == code and f.list == list_ and f.reference == number]


def test_the_two_lists_are_recognised_as_twins(report):
    assert [(a, b, len(p)) for a, b, p in report.twins] == [(1, 2, 15)]


def test_entry_11_hangul_title_differing_between_the_lists_is_an_error(report):
    found = _at(report, "twin-mismatch", 2, 11)
    assert found and found[0].severity == "error"
    assert "과기한류" in found[0].message and "과거한류" in found[0].message
    assert found[0].field == "title"


def test_entry_4_page_versus_page_count_is_an_error(report):
    found = _at(report, "twin-mismatch", 2, 4)
    assert found and found[0].field == "page"
    assert "232" in found[0].message


def test_every_entry_is_cited_so_nothing_is_never_cited(report):
    assert not [f for f in report.findings if f.code in ("never-cited", "citation-missing")]
    assert len(report.citations) == 16


def test_every_cited_page_lies_within_its_entry(report):
    assert not [f for f in report.findings if f.code == "cited-page-out-of-range"]


def test_korean_romanised_through_russian_is_nonstandard(report):
    for number in (10, 11):
        assert _at(report, "translit-nonstandard", 2, number)


def test_hangul_left_in_the_latin_list_is_reported(report):
    for number in (10, 11):
        assert _at(report, "translit-untransliterated", 2, number)
    assert not [f for f in report.findings if f.code == "translit-untransliterated" and f.list == 1]


def test_entries_without_a_year_are_reported(report):
    for number in (9, 10, 11):
        assert any(f.field == "issued" for f in _at(report, "missing-field", 1, number))


def test_the_doubled_page_label_of_entry_12_is_reported(report):
    assert any("doubled" in f.message for f in _at(report, "style-inconsistent", 2, 12))


def test_issue_label_no_versus_numero_sign_in_the_latin_list(report):
    assert any("№" in f.message for f in _at(report, "style-inconsistent", 2, 13))


def test_entries_that_agree_in_both_lists_raise_no_twin_finding(report):
    twin = {f.reference for f in report.findings if f.code.startswith("twin-")}
    # 9: the Latin title drops the soft sign of "идентичность" (a warning);
    # 14: the Latin title has a word ("narashhivaniya") the original lacks
    assert twin <= {4, 9, 11, 14}, twin
    assert all(f.severity == "warning" for f in _at(report, "twin-mismatch", 2, 9))



def test_entry_14_latin_title_with_a_word_the_original_lacks_and_mixed_schemes(report):
    mismatch = _at(report, "twin-mismatch", 2, 14)
    assert mismatch and "narashhivaniya" in mismatch[0].message
    assert _at(report, "translit-scheme-mixed", 2, 14)
    assert not [f for f in report.findings if f.code == "translit-scheme-mixed" and f.reference != 14]


def test_english_entries_that_are_correct_raise_no_error(report):
    for number in (1, 2, 3, 5, 6):
        assert not [f for f in report.findings if f.reference == number and f.severity == "error"]


def test_offline_check_says_the_online_checks_were_skipped(report):
    assert any("offline" in s for s in report.skipped)
