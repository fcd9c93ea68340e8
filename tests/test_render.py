"""refkit.render / refkit.render.cite: styles, locales, formats, errors, disambiguation."""

from __future__ import annotations

import pytest

from refkit import LocaleNotFound, Reference, StyleError, StyleNotFound, UsageError
from refkit.render import cite, find_style, list_styles, render

BOOK = {"id": "a", "type": "book", "title": "Asia Rising", "author": [{"family": "Acharya", "given": "Amitav"}],
        "issued": {"date-parts": [[2008]]}, "publisher": "World Scientific", "number-of-pages": "191"}  # fmt: skip


def _article(key: str, family: str, given: str, year: int, title: str) -> dict:
    return {"id": key, "type": "article-journal", "title": title, "author": [{"family": family, "given": given}],
            "issued": {"date-parts": [[year]]}, "container-title": "Journal"}  # fmt: skip


def test_render_accepts_references_and_csl_dicts_alike():
    assert render([Reference.from_csl(BOOK)], style="apa") == render([BOOK], style="apa")


def test_aliases_name_the_common_styles():
    for alias in ("apa", "chicago", "harvard", "ieee", "mla", "vancouver", "gost"):
        assert find_style(alias).is_file()


def test_renamed_style_vancouver_is_found_through_the_rename_list():
    assert find_style("vancouver").stem == "nlm-citation-sequence"
    assert find_style("harvard1").stem == "harvard-cite-them-right"


def test_dependent_style_resolves_to_its_parent():
    assert find_style("nature-digest").stem == "nature"


def test_a_path_to_a_csl_file_is_a_style(tmp_path):
    path = tmp_path / "mine.csl"
    path.write_text(find_style("apa").read_text(encoding="utf-8"), encoding="utf-8")
    assert render([BOOK], style=str(path)) == render([BOOK], style="apa")


def test_unknown_style_is_style_not_found():
    with pytest.raises(StyleNotFound) as err:
        render([BOOK], style="no-such-style")
    assert err.value.identifier == "no-such-style"


def test_malformed_style_is_style_error(tmp_path):
    path = tmp_path / "broken.csl"
    path.write_text("<style xmlns='http://purl.org/net/xbiblio/csl'><citation>", encoding="utf-8")
    with pytest.raises(StyleError):
        render([BOOK], style=str(path))


def test_style_without_citation_layout_is_style_error(tmp_path):
    path = tmp_path / "empty.csl"
    path.write_text("<style xmlns='http://purl.org/net/xbiblio/csl' version='1.0'><info/></style>", encoding="utf-8")
    with pytest.raises(StyleError):
        render([BOOK], style=str(path))


def test_unknown_locale_is_an_error_not_a_silent_fallback():
    with pytest.raises(LocaleNotFound):
        render([BOOK], style="apa", locale="xx-YY")


def test_unknown_format_is_a_usage_error():
    with pytest.raises(UsageError):
        render([BOOK], style="apa", format="pdf")


@pytest.mark.parametrize(
    ("locale", "word"),
    [("en-US", "n.d."), ("ru-RU", "б. д."), ("kk-KZ", "ж. ж."), ("ko-KR", "일자 없음")],
)
def test_locales_change_the_terms(locale, word):
    undated = {k: v for k, v in BOOK.items() if k != "issued"}
    assert word in render([undated], style="apa", locale=locale)[0]


def test_kazakh_locale_ships_with_refkit_and_names_months_in_kazakh():
    item = {**BOOK, "type": "article-newspaper", "issued": {"date-parts": [[2024, 5, 12]]}, "container-title": "Egemen"}
    out = render([item], style="apa", locale="kk")[0]
    assert "мамыр" in out


def test_html_escapes_a_script_tag_in_a_title():
    item = {**BOOK, "title": "<script>alert(1)</script> & more"}
    out = render([item], style="apa", format="html")[0]
    assert "<script>" not in out
    assert "&#60;script&#62;alert(1)&#60;/script&#62; &#38; more" in out


def test_html_escapes_names_and_publishers_too():
    item = {**BOOK, "author": [{"family": "<b>Bold</b>", "given": "X"}], "publisher": "A<B"}
    out = render([item], style="apa", format="html")[0]
    assert "<b>Bold" not in out and "A&#60;B" in out


def test_markdown_escapes_markdown_syntax_and_italicises():
    item = {**BOOK, "title": "Stars *and* [links]"}
    out = render([item], style="apa", format="markdown")[0]
    assert r"\*and\*" in out and r"\[links\]" in out and out.count("*") >= 2


def test_cite_gives_author_date_with_locator():
    assert cite([BOOK], [{"index": 0, "locator": "191"}], style="apa") == ["(Acharya, 2008, p. 191)"]


def test_cite_gives_numbers_with_locator_in_numeric_styles():
    refs = [BOOK, _article("b", "Detlef", "N.", 2010, "Regional powers")]
    assert cite(refs, [[{"index": 0, "locator": "191"}], [0, 1]], style="ieee") == ["[1, p. 191]", "[1], [2]"]


def test_cite_ranges_three_consecutive_numbers():
    refs = [_article(str(i), f"Author{i}", "A.", 2000 + i, f"Title {i}") for i in range(4)]
    assert cite(refs, [[0, 1, 2, 3]], style="vancouver") == ["(1–4)"]


def test_cite_rejects_an_index_out_of_range():
    with pytest.raises(UsageError):
        cite([BOOK], [5], style="apa")


def test_same_author_same_year_gets_year_suffixes_in_citations_and_bibliography():
    refs = [_article("x", "Smith", "John", 2020, "Alpha"), _article("y", "Smith", "John", 2020, "Beta")]
    assert cite(refs, style="apa") == ["(Smith, 2020a)", "(Smith, 2020b)"]
    entries = render(refs, style="apa")
    assert entries[0].startswith("Smith, J. (2020a). Alpha") and entries[1].startswith("Smith, J. (2020b). Beta")


def test_same_surname_same_year_adds_initials_in_apa():
    refs = [_article("x", "Smith", "John", 2020, "Alpha"), _article("y", "Smith", "Robert", 2020, "Beta")]
    assert cite(refs, style="apa") == ["(J. Smith, 2020)", "(R. Smith, 2020)"]


def test_chicago_disambiguates_with_year_suffix_after_names_fail():
    refs = [_article("x", "Doe", "Jane", 1999, "One"), _article("y", "Doe", "Jane", 1999, "Two")]
    assert cite(refs, [[0, 1]], style="chicago-author-date") == ["(Doe 1999a, 1999b)"]


def test_unambiguous_citations_are_left_alone():
    refs = [_article("x", "Smith", "John", 2020, "Alpha"), _article("y", "Jones", "Ann", 2020, "Beta")]
    assert cite(refs, style="apa") == ["(Smith, 2020)", "(Jones, 2020)"]


def test_list_styles_searches_names_and_titles():
    names = [s.name for s in list_styles("gost")]
    assert "gost-r-7-0-5-2008" in names
    assert all("gost" in s.name or "gost" in s.title.lower() for s in list_styles("gost"))


def test_gost_sorts_cyrillic_entries_before_latin_ones():
    refs = [_article("l", "Adams", "A.", 2001, "Latin"), _article("c", "Яковлев", "Я.", 2001, "Кириллица"),
            _article("b", "Борисов", "Б.", 2001, "Кириллица 2")]  # fmt: skip
    entries = render(refs, style="gost")
    assert [e.split(" ")[1] for e in entries] == ["Борисов", "Яковлев", "Adams"]


def test_gost_labels_follow_each_items_language():
    ru = {**_article("r", "Иванов", "И. И.", 2020, "Статья"), "volume": "3", "page": "5-9", "language": "ru"}
    en = {**_article("e", "Smith", "J.", 2020, "Paper"), "volume": "3", "page": "5-9", "language": "en"}
    out = render([ru, en], style="gost")
    assert "Т. 3. – С. 5–9." in out[0] and "Vol. 3. – P. 5–9." in out[1]


def test_gost_prints_korean_names_family_first_without_space():
    item = {"id": "k", "type": "article-newspaper", "title": "제목", "author": [{"family": "왕", "given": "길환"}]}
    assert render([item], style="gost")[0].startswith("1. 왕길환. 제목")


def test_gost_sorts_kazakh_letters_after_the_russian_letter_they_extend():
    refs = [_article("1", "Бейсенов", "Б.", 2001, "Б"), _article("2", "Әбенов", "Қ. С.", 2001, "Ә"),
            _article("3", "Абаев", "А.", 2001, "А"), _article("4", "Ёлкин", "Ё.", 2001, "Ё"),
            _article("5", "Жуков", "Ж.", 2001, "Ж")]  # fmt: skip
    assert [e.split(" ")[1] for e in render(refs, style="gost")] == ["Абаев", "Әбенов", "Бейсенов", "Ёлкин", "Жуков"]


def _authors(n: int) -> list[dict]:
    return [{"family": f"Family{chr(65 + i)}", "given": "A"} for i in range(n)]


def _cut_short_article(n: int, cut: bool) -> dict:
    item = {"id": "e", "type": "article-journal", "title": "Title", "author": _authors(n), "container-title": "BMJ",
            "issued": {"date-parts": [[2019]]}, "volume": "366", "page": "l4570"}  # fmt: skip
    if cut:
        item["refkit-et-al"] = True
    return item


@pytest.mark.parametrize(("style", "expected"), [("apa", "FamilyC, A., et al. (2019)"), ("vancouver", "FamilyC A, et al. Title"),
                                                 ("gost", "FamilyC [et al.]"), ("chicago-author-date", "A. FamilyC, et al. 2019")])  # fmt: skip
def test_an_author_list_the_source_cut_short_ends_in_et_al(style, expected):
    assert expected in render([_cut_short_article(3, True)], style=style)[0]


def test_a_complete_author_list_has_no_et_al():
    out = render([_cut_short_article(3, False)], style="vancouver")[0]
    assert "et al" not in out and "FamilyC A. Title" in out


def test_a_style_that_truncates_sooner_keeps_its_own_rule():
    out = render([_cut_short_article(8, True)], style="vancouver")[0]  # Vancouver: more than six names, the first six and et al.
    assert "FamilyF A, et al." in out and "FamilyG" not in out


_RULING = {"id": "r", "type": "legal_case", "language": "ru", "genre": "Постановление", "authority": "Конституционного Суда РФ",
           "number": "9-П", "issued": {"date-parts": [[2005, 7, 14]]}, "container-title": "Собрание законодательства РФ",
           "issue": "30", "section": "3200"}  # fmt: skip


@pytest.mark.parametrize("style", ["apa", "chicago-author-date", "harvard", "ieee", "vancouver"])
def test_a_ruling_without_a_title_is_named_by_its_designation_in_any_style_once(style):
    (entry,) = render([_RULING], style=style)
    assert "Постановление Конституционного Суда РФ от 14.07.2005 № 9-П" in entry
    assert entry.count("9-П") == 1 and entry.count("Постановление") == 1 and entry.count("Конституционного") == 1
    assert "___" not in entry  # the American template's blank for a reporter's page


def _act(**fields):
    return {"id": "a", "type": "legislation", **fields}


# acts and rulings of other countries, as the lists of those countries name them, in styles whose templates are American
_FOREIGN_ACTS = [
    (_act(language="ru", title="Об образовании в Российской Федерации", genre="Федеральный закон", number="273-ФЗ",
          issued={"date-parts": [[2012, 12, 29]]}, **{"container-title": "Собрание законодательства РФ"}, issue="53", section="7598"),
     "Об образовании в Российской Федерации: Федеральный закон от 29.12.2012 № 273-ФЗ"),
    (_act(language="ru", title="Гражданский кодекс Российской Федерации (часть первая)", number="51-ФЗ", issued={"date-parts": [[1994, 11, 30]]}),
     "Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 № 51-ФЗ"),
    (_act(language="uk", title="Про освіту", number="2145-VIII", issued={"date-parts": [[2017, 9, 5]]}), "Про освіту від 05.09.2017 № 2145-VIII"),
    (_act(language="kk", title="Қазақстан Республикасындағы тіл туралы", genre="Заңы", number="151-I", issued={"date-parts": [[1997, 7, 11]]}),
     "Қазақстан Республикасындағы тіл туралы: 1997 жылғы 11 шілдедегі № 151-I Заңы"),
    (_act(language="ko", title="교육기본법", genre="법률", number="18456", issued={"date-parts": [[2021, 9, 24]]}), "교육기본법(법률 제18456호)"),
    (_act(type="legal_case", language="ko", authority="대법원", number="2014두12598", genre="판결", issued={"date-parts": [[2018, 6, 15]]}),
     "대법원 2018. 6. 15. 선고 2014두12598 판결"),
    (_act(language="kk", title="Sybaylas zhemqorlyqqa qarsy is-qimyl turaly", number="410-V QRZ", issued={"date-parts": [[2015]]}),
     "Sybaylas zhemqorlyqqa qarsy is-qimyl turaly, No. 410-V QRZ"),
    (_act(language="en", title="On Education", number="319-III", issued={"date-parts": [[2007]]}, URL="https://adilet.zan.kz/eng/docs/Z070000319_"),
     "On Education, No. 319-III"),  # an English translation of a Kazakh law: not a US public law
    (_act(language="ja", title="治安維持法", genre="法律", number="46", issued={"date-parts": [[1925, 4, 22]]}), "治安維持法(法律第46号)"),
    (_act(type="legal_case", language="ja", authority="最高裁判所", number="平成28年(受)第1892号", issued={"date-parts": [[2017, 10, 23]]}),
     "最高裁判所 2017年10月23日(平成28年(受)第1892号)"),
]  # fmt: skip


@pytest.mark.parametrize("style", ["apa", "chicago-author-date", "harvard", "ieee", "vancouver", "mla"])
@pytest.mark.parametrize(("item", "designation"), _FOREIGN_ACTS, ids=[d[:24] for _, d in _FOREIGN_ACTS])
def test_an_act_of_another_country_is_named_as_its_own_lists_name_it_in_any_style(item, designation, style):
    (entry,) = render([item], style=style)
    assert designation in entry
    assert "Pub. L." not in entry and "___" not in entry
    assert entry.count(str(item["number"])) == 1


def test_a_us_public_law_keeps_the_styles_own_template():
    law = _act(language="en", title="Civil Rights Act of 1964", number="88-352", issued={"date-parts": [[1964]]})
    assert render([law], style="apa") == ["Civil Rights Act of 1964, Pub. L. No. 88-352 (1964)."]


def test_punctuation_after_guillemets_in_a_title_stays_outside_them_in_american_styles():
    item = {"id": "g", "type": "article-journal", "language": "ru", "title": "Закон «О языках», его история и практика",
            "container-title": "Вопросы истории", "issued": {"date-parts": [[2001]]}, "title-short": "x"}  # fmt: skip
    (entry,) = render([item], style="apa")
    assert "«О языках»," in entry


def test_refkit_styles_build_a_rulings_designation_themselves():
    (gost,) = render([_RULING], style="gost")
    assert gost == "1. Постановление Конституционного Суда РФ от 14.07.2005 № 9-П // Собрание законодательства РФ. – 2005. – № 30. – Ст. 3200."


@pytest.mark.parametrize(("item", "designation"), [*_FOREIGN_ACTS[4:6], *_FOREIGN_ACTS[-2:]], ids=["ko-act", "ko-ruling", "ja-act", "ja-ruling"])
@pytest.mark.parametrize("style", ["gost", "references-latin"])
def test_refkit_styles_name_an_east_asian_act_or_ruling_as_its_lists_do_and_date_it_by_its_year(item, designation, style):
    (entry,) = render([item], style=style)
    assert designation in entry
    assert "от " not in entry and "№" not in entry  # no Russian designation around a Korean one
    assert entry.count(str(item["number"])) == 1 and entry.count(str(item["issued"]["date-parts"][0][0])) <= 2
