"""The check as a library: citations read from text, the report's forms, escaping, online pass-through."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refkit import Reference
from refkit.check import CODES, check
from refkit.check.citations import article_body, extract_citations
from refkit.findings import Finding
from refkit.readers import Document, RefList

CLEAN_LIST = Path(__file__).resolve().parents[1] / "fixtures" / "check" / "clean-list.json"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[1]", [(1, None)]),
        ("[1, p. 191]", [(1, (191, 191))]),
        ("[8, p.192]", [(8, (192, 192))]),
        ("[1; 3]", [(1, None), (3, None)]),
        ("[1–3]", [(1, None), (2, None), (3, None)]),
        ("[1, 3-5]", [(1, None), (3, None), (4, None), (5, None)]),
        ("[12, с. 354–356]", [(12, (354, 356))]),
        ("[3, 39-б.]", [(3, (39, 39))]),
        ("[5, 72쪽]", [(5, (72, 72))]),
        ("[a link](https://example.org) and [^1] and [Political science]", []),
    ],
)
def test_numeric_citations_are_read_with_their_pages(text, expected):
    assert [(c.target, c.pages) for c in extract_citations(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("(Acharya, 2008, p. 191)", [("Acharya", "2008", (191, 191))]),
        ("(Иванов, 2010, с. 5)", [("Иванов", "2010", (5, 5))]),
        ("Smith et al. (2020)", [("Smith", "2020", None)]),
        ("(Smith & Jones, 2020; Lee, 2019)", [("Smith", "2020", None), ("Lee", "2019", None)]),
        ("(왕길환, 2017)", [("왕길환", "2017", None)]),
        ("President Lee Myung-Bak (2008-2013)", []),
    ],
)
def test_author_date_citations_are_read(text, expected):
    assert [(c.author, c.year, c.pages) for c in extract_citations(text)] == expected


def test_article_body_leaves_out_the_reference_sections():
    text = "Intro [1].\n\n## References\n\n[1] Ivanov I. Title. 2001.\n[2] Petrov P. Other. 2002.\n"
    assert [c.target for c in extract_citations(article_body(text))] == [1]


def test_a_clean_list_has_no_warning_or_error():
    refs = [Reference.from_csl(i) for i in json.loads(CLEAN_LIST.read_text(encoding="utf-8"))]
    report = check(refs)
    assert not [f.to_json() for f in report.findings if f.severity in ("error", "warning")]
    assert not report.failed("warning")


def test_check_accepts_csl_json_items_and_never_raises_for_findings():
    report = check([{"type": "article-journal", "title": "T"}])
    assert "missing-field" in report.codes() and report.failed("error") is False and report.failed("warning")


@pytest.mark.parametrize(
    "raw",
    ["ГАРФ. – Ф. Р-9401. – Оп. 2. – Д. 64. – Л. 9–17.", "대법원 2010. 4. 22. 선고 2008다38288 전원합의체 판결."],
    ids=["archival-file", "court-decision"],
)
def test_an_archival_file_or_a_court_decision_is_not_asked_for_a_title(raw):
    from refkit.parse import parse_reference

    report = check([parse_reference(raw)])
    assert "missing-field" not in report.codes()


def test_an_archival_shelfmark_without_its_archive_is_reported():
    report = check([{"type": "manuscript", "archive_location": "Ф. 1. Оп. 1. Д. 5", "page": "3"}])
    assert [f.field for f in report.findings if f.code == "missing-field"] == ["archive"]


def test_every_finding_code_is_in_the_catalogue(seed_article):
    import refkit

    report = check(refkit.load(seed_article))
    assert report.codes() <= set(CODES)


def test_html_escapes_every_input_string():
    evil = Reference.from_csl({
        "type": "article-journal", "title": "<script>alert(1)</script>", "refkit-number": 1,
        "refkit-raw": "Evil E. <script>alert(1)</script> <img src=x onerror=alert(2)> // J. – 2020. – P. 1–2.",
    })  # fmt: skip
    html = check(Document((RefList("References", (evil,)),), "Text [1] and [2<b>].")).to_html()
    assert "<script>" not in html and "<img" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html


def test_html_is_one_self_contained_page_with_twins_side_by_side(seed_article):
    import refkit

    html = check(refkit.load(seed_article)).to_html()
    assert html.count("<html") == 1 and "<link" not in html and "src=" not in html and "<script" not in html
    assert 'class="twins"' in html and "(as written)" in html and "(transliterated)" in html
    assert html.index('id="summary"') < html.index('class="twins"')


def test_html_does_not_call_an_entry_clean_when_its_twin_disagrees_with_it(seed_article):
    import re

    import refkit

    html = check(refkit.load(seed_article)).to_html()
    row = next(r for r in html.split("<tr") if 'id="e1-4"' in r)  # entry 4 as written: its pages disagree with the twin's
    assert "nothing found" not in re.sub(r'<div class="ok twin-note">[^<]*</div>', "", row)
    assert "the two lists disagree" in row
    clean_row = next(r for r in html.split("<tr") if 'id="e1-1"' in r)
    assert "✓ nothing found" in clean_row


def test_html_fix_first_list_names_the_list_by_its_heading(seed_article):
    import refkit

    html = check(refkit.load(seed_article)).to_html()
    fix_first = html[html.index('class="fixlist"') : html.index("</ol>")]
    assert "REFERENCES (transliterated), entry 11" in fix_first and "List 2," not in fix_first


def test_text_report_is_plain_unless_colour_is_asked_for(seed_article):
    import refkit

    report = check(refkit.load(seed_article))
    assert "\033[" not in report.to_text() and "\033[31m" in report.to_text(color=True)


def test_online_findings_from_resolution_are_placed_in_their_list():
    class Outcome:
        def __init__(self, findings):
            self.findings = findings

    def fake_resolve(refs, **kwargs):
        retracted = Finding("retracted", "error", "DOI", "the work was retracted", None)
        return [Outcome((retracted,)) if r.doi else Outcome(()) for r in refs]

    refs = [
        Reference.from_csl({"type": "article-journal", "title": "A", "refkit-number": 1}),
        Reference.from_csl({"type": "article-journal", "title": "B", "DOI": "10.1234/x", "refkit-number": 2}),
    ]
    report = check(refs, offline=False, resolver=fake_resolve)
    hits = [f for f in report.findings if f.code == "retracted"]
    assert [(f.list, f.reference) for f in hits] == [(1, 2)]
    assert not any("online" in s for s in report.skipped)


def test_every_check_code_is_enforced_by_a_rule_whose_docstring_says_what_and_why():
    import inspect

    from refkit.check import rules_citation, rules_entry, rules_list, rules_twin

    docs = [
        inspect.getdoc(obj) or ""
        for module in (rules_citation, rules_entry, rules_list, rules_twin)
        for _, obj in inspect.getmembers(module, inspect.isfunction)
        if obj.__module__ == module.__name__
    ]
    online = {c for c, rule in CODES.items() if rule.online}
    for code in set(CODES) - online:
        doc = next((d for d in docs if d.startswith(f"``{code}``")), None)
        assert doc is not None, f"no rule documents {code}"
        assert "Why:" in doc, f"the rule for {code} does not say why"


@pytest.mark.parametrize(
    ("raw", "severity"),
    [
        ("S. Brunauer, P. H. Emmett and E. Teller, J. Am. Chem. Soc., 1938, 60, 309–319.", "info"),
        ("Lee, C.; Yang, W.; Parr, R. G. Phys. Rev. B 1988, 37, 785–789.", "info"),
        ("Иванов И.И. // Вопросы экономики. – 2019. – № 5. – С. 45–60.", "warning"),
    ],
    ids=["rsc-no-title-by-style", "acs-no-title-by-style", "gost-title-left-out"],
)
def test_a_journal_article_without_a_title_is_a_warning_unless_its_house_style_omits_titles(raw, severity):
    from refkit.parse import parse_reference

    report = check([parse_reference(raw)])
    assert [f.severity for f in report.findings if f.code == "missing-field" and f.field == "title"] == [severity]


def _twin_article(tmp_path: Path, original: list[str], latin: list[str]):
    """An article with a list as written and its References twin, read as a user's file is."""
    from refkit import load

    lines = ["# Article", "", "Text [1].", "", "## Список литературы", ""] + [f"{i + 1}. {t}" for i, t in enumerate(original)]
    lines += ["", "## References", ""] + [f"{i + 1}. {t}" for i, t in enumerate(latin)]
    path = tmp_path / "article.md"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return check(load(path))


def test_a_twin_of_a_title_in_hanja_or_kana_is_not_called_a_mismatch(tmp_path):
    """refkit does not romanise Chinese characters: a romanised twin of a title in hanja or kana cannot be compared."""
    report = _twin_article(tmp_path, [
        "한기형, 「식민지 검열정책의 변화」, 『대동문화연구』 51, 2005, 69~105쪽.",
        "朝鮮總督府, 『朝鮮の保護及倂合』, 1918.",
        "弓削幸太郞, 『朝鮮の敎育』, 東京: 自由討究社, 1923.",
    ], [
        'Han, Gi-hyeong, 2005, "Singminji geomyeol jeongchaek-ui byeonhwa" (Changes in Colonial Censorship Policy), '
        "Daedong munhwa yeongu 51, pp. 69-105 (in Korean).",
        "Government-General of Korea, 1918, Chōsen no hogo oyobi heigō (The Protectorate and Annexation of Korea) (in Japanese).",
        "Yuge, Kōtarō, 1923, Chōsen no kyōiku (Education in Korea), Tokyo: Jiyū Tōkyūsha (in Japanese).",
    ])  # fmt: skip
    assert not [f.to_json() for f in report.findings if f.code == "twin-mismatch" and f.field == "title"]


def test_a_twin_spelt_a_letter_apart_is_no_error_even_with_marks_elsewhere_and_a_longer_title(tmp_path):
    """'Respublikasyndagy' for the scheme's 'Respūblīkasyndaghy', in a twin that writes 'Zańy' and whose title ran on
    into the law's designation: the same work spelt another way, not another work."""
    report = _twin_article(tmp_path, [
        "Қазақстан Республикасындағы тіл туралы : Қазақстан Республикасының 1997 жылғы 11 шілдедегі № 151-I Заңы // "
        "Егемен Қазақстан. – 1997. – 15 шілде.",
        "Байтұрсынұлы А. Тіл тағылымы. – Алматы : Ана тілі, 1992. – 448 б.",
        "Сыздықова Р. Қазақ әдеби тілінің тарихы. – Алматы : Ана тілі, 1993. – 320 б.",
    ], [
        "Qazaqstan Respublikasyndagy til turaly: Qazaqstan Respublikasynyng 1997 zhylgy 11 shildedegi № 151-I Zańy. "
        "Egemen Qazaqstan, 1997, 15 shilde. [in Kazakh]",
        "Baitursynuly A. Til tagylymy [Language teaching]. Almaty: Ana tili, 1992. 448 p. [in Kazakh]",
        "Syzdyqova R. Qazaq adebi tilining tarikhy [History of the Kazakh literary language]. Almaty: Ana tili, 1993. 320 p. [in Kazakh]",
    ])  # fmt: skip
    assert not [f.to_json() for f in report.findings if f.code == "twin-mismatch" and f.severity == "error"]


def test_a_date_of_access_is_not_taken_for_the_year_of_publication():
    from refkit.check.facts import raw_year

    assert raw_year("Title, 1925, Korean History Database, https://db.history.go.kr (accessed March 5, 2024).") == 1925
    assert raw_year("Сайт. – URL: http://x.kz (дата обращения: 12.03.2024).") is None
    assert raw_year("Kim J. Title [Internet]. 2019 [cited 2024 Mar 11].") == 2019
