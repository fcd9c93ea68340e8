"""GOST R 7.0.5-2008 (style ``gost``) as Russian journals print it: headings, statements of
responsibility, et al. in each language, editors, pages, volumes, URLs, and Cyrillic before Latin.

The golden file ``tests/golden/render/gost-cases.txt`` holds the whole list rendered from
``gost-cases.json`` (Russian, Kazakh, Korean and English items with one to five authors);
regenerate it with ``REFKIT_REGENERATE=1`` and read the diff before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from refkit.render import cite, render
from refkit.render.fixes import russian_genitive, surname_genitive

GOLDEN = Path(__file__).resolve().parent / "golden" / "render"
CASES = json.loads((GOLDEN / "gost-cases.json").read_text(encoding="utf-8"))
RU = [("Иванов", "И. И."), ("Петров", "П. П."), ("Сидорова", "С. С."), ("Кузнецов", "К. К."), ("Смирнов", "С. С.")]
EN = [("Smith", "John"), ("Brown", "A. B."), ("Jones", "Carol"), ("Taylor", "D."), ("Wilson", "E.")]


def _entry(key: str) -> str:
    """The entry for one item of the cases file, rendered alone, without its number."""
    item = next(i for i in CASES if i["id"] == key)
    return render([item], style="gost")[0].split(" ", 1)[1]


def _article(names: list[tuple[str, str]], language: str) -> dict:
    return {"id": "a", "type": "article-journal", "language": language, "title": "T",
            "author": [{"family": f, "given": g} for f, g in names], "container-title": "J",
            "issued": {"date-parts": [[2020]]}, "volume": "13", "issue": "4", "page": "54-57"}  # fmt: skip


def test_the_cases_render_as_the_golden_file():
    got = "\n".join(render(CASES, style="gost")) + "\n"
    path = GOLDEN / "gost-cases.txt"
    if os.environ.get("REFKIT_REGENERATE"):
        path.write_text(got, encoding="utf-8")
    assert got == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("count", [1, 2, 3])
def test_up_to_three_authors_head_the_entry_with_the_first_and_all_follow_the_title(count: int):
    out = render([_article(RU[:count], "ru")], style="gost")[0]
    statement = ", ".join(f"{g} {f}" for f, g in RU[:count])
    assert out == f"1. Иванов И. И. T / {statement} // J. – 2020. – Т. 13, № 4. – С. 54–57."


@pytest.mark.parametrize("count", [4, 5])
def test_four_or_more_authors_begin_with_the_title_and_three_are_named_then_et_al(count: int):
    out = render([_article(RU[:count], "ru")], style="gost")[0]
    assert out == "1. T / И. И. Иванов, П. П. Петров, С. С. Сидорова [и др.] // J. – 2020. – Т. 13, № 4. – С. 54–57."


@pytest.mark.parametrize(
    ("language", "names", "et_al"),
    [("en", EN, "[et al.]"), ("kk", RU, "[және т.б.]"), ("uk", RU, "[та ін.]"), ("be", RU, "[і інш.]"), ("ko", RU, "[и др.]")],
)
def test_et_al_is_written_in_the_items_language(language: str, names: list, et_al: str):
    out = render([_article(names[:4], language)], style="gost")[0]
    assert out.startswith("1. T / ") and f" {et_al} // J." in out


def test_latin_items_keep_the_same_structure_with_english_labels():
    assert render([_article(EN[:2], "en")], style="gost")[0] == (
        "1. Smith J. T / J. Smith, A. B. Brown // J. – 2020. – Vol. 13, No. 4. – P. 54–57."
    )


def test_editors_of_a_russian_book_are_in_the_genitive_after_the_authors():
    assert _entry("ru-book-4-editor").endswith("[и др.] ; под ред. А. А. Андреева. – М. : Наука, 2010. – 232 с.")
    assert _entry("ru-edited-book").startswith("Коллективная монография / под ред. В. В. Зелинского, А. А. Черных. – ")


def test_editors_of_a_collection_follow_its_title():
    assert "// Сборник статей / под ред. А. А. Андреева, Б. Б. Беловой. – СПб. : Питер, 2015. – С. 10–20." in _entry("ru-chapter-editors")
    assert "// A Collection / ed. by A. K. Becker. – N.Y. : Nova, 2011. – P. 27–54." in _entry("en-chapter-editor")


def test_a_book_gives_edition_imprint_and_page_count_as_separate_areas():
    assert _entry("ru-book-1") == "Иванов И. И. Политология / И. И. Иванов. – 2-е изд. – М. : Наука, 2010. – 232 с."


def test_an_online_item_ends_with_its_url_and_the_date_it_was_consulted():
    assert _entry("ru-webpage").endswith("// Сайт. – 2019. – URL: https://example.ru/a (дата обращения: 12.03.2020).")
    assert "[Электронный ресурс] / П. П. Петров" in _entry("ru-webpage")


def test_an_organisation_does_not_head_the_entry_but_is_named_after_the_title():
    assert _entry("org-report") == "World Development Report / World Bank. – Washington : World Bank, 2020. – 300 p."


def test_an_item_without_a_title_prints_its_authors_once():
    item = {"id": "w", "type": "webpage", "author": [{"literal": "Presidential Committee"}], "URL": "https://example.kr/"}
    assert render([item], style="gost") == ["1. Presidential Committee. – URL: https://example.kr/."]


def test_a_law_gives_its_designation_date_and_number_after_the_title_then_the_gazette():
    law = {"id": "l", "type": "legislation", "title": "О персональных данных", "genre": "Федеральный закон",
           "number": "152-ФЗ", "issued": {"date-parts": [[2006, 7, 27]]}, "container-title": "Собрание законодательства РФ",
           "issue": "31", "section": "3451", "language": "ru"}  # fmt: skip
    assert render([law], style="gost") == [
        "1. О персональных данных : Федеральный закон от 27.07.2006 № 152-ФЗ // Собрание законодательства РФ."
        " – 2006. – № 31. – Ст. 3451."
    ]


@pytest.mark.parametrize(("language", "title", "dated"), [
    ("ru", "Об образовании в Российской Федерации", "Об образовании в Российской Федерации от 29.12.2012 № 1"),
    ("uk", "Про освіту", "Про освіту від 29.12.2012 № 1"),
    ("be", "Аб мовах у Рэспубліцы Беларусь", "Аб мовах у Рэспубліцы Беларусь ад 29.12.2012 № 1"),
    ("en", "Education Act", "Education Act of 29.12.2012 No. 1"),
])  # fmt: skip
def test_a_law_is_dated_in_its_own_language(language: str, title: str, dated: str):
    law = {"id": "l", "type": "legislation", "title": title, "number": "1", "issued": {"date-parts": [[2012, 12, 29]]}, "language": language}
    assert render([law], style="gost")[0].startswith("1. " + dated)


@pytest.mark.parametrize(("language", "edition"), [
    ("ru", "3-е изд."), ("be", "3-е выд."), ("uk", "3-тє вид."), ("kk", "3-бас."), ("en", "3rd ed."), ("ru", "3-е изд., перераб. и доп."),
])  # fmt: skip
def test_a_numbered_edition_is_written_in_the_items_language(language: str, edition: str):
    value = "3" if edition[:2] in ("3-", "3r") and "," not in edition else edition
    book = {"id": "b", "type": "book", "title": "T", "edition": value, "publisher-place": "M", "issued": {"date-parts": [[2010]]}, "language": language}
    assert f"T. – {edition} – M, 2010." in render([book], style="gost")[0]


@pytest.mark.parametrize(("language", "titles"), [
    ("uk", ["Ганна", "Ґава", "Европа", "Євген", "Иван", "Іван", "Їжак", "Йосип", "Київ"]),
    ("be", ["Зубр", "Іван", "Йод", "Кола", "Ураджай", "Ўзор", "Фарба"]),
    ("ru", ["Елена", "Ёлка", "Жанна", "Иошкин", "Йод", "Карл"]),
    ("kk", ["Алма", "Әлем", "Құс", "Ыдыс", "Іле"]),
])  # fmt: skip
def test_cyrillic_entries_sort_in_the_order_of_their_languages_alphabet(language: str, titles: list):
    items = [{"id": f"i{n}", "type": "book", "title": t, "language": language} for n, t in enumerate(reversed(titles))]
    got = [entry.split(" ", 1)[1].split(".")[0] for entry in render(items, style="gost")]
    assert got == titles


@pytest.mark.parametrize(("kind", "language", "label"), [
    ("book", "ru", "Вып. 2"), ("chapter", "ru", "Вып. 2"), ("book", "uk", "Вип. 2"), ("book", "kk", "Шығ. 2"),
    ("article-journal", "ru", "№ 2"), ("article-journal", "en", "No. 2"),
])  # fmt: skip
def test_a_books_issue_is_a_vypusk_and_a_journals_a_number(kind: str, language: str, label: str):
    item = {"id": "b", "type": kind, "title": "T", "issue": "2", "container-title": "C" if kind != "book" else None,
            "issued": {"date-parts": [[2010]]}, "language": language}  # fmt: skip
    assert f"– {label}." in render([item], style="gost")[0]


def test_a_law_dated_by_its_year_alone_gives_the_year_as_an_area_not_after_its_number():
    law = {"id": "l", "type": "legislation", "title": "Об образовании", "number": "3266-1", "issued": {"date-parts": [[1992]]}, "language": "ru"}
    assert render([law], style="gost") == ["1. Об образовании № 3266-1. – 1992."]


def test_an_official_text_published_as_a_book_gives_its_imprint_and_pages():
    text = {"id": "c", "type": "legislation", "title": "Конституция Российской Федерации : офиц. текст", "publisher-place": "М.",
            "publisher": "Юрист", "issued": {"date-parts": [[2014]]}, "number-of-pages": "56", "language": "ru"}  # fmt: skip
    assert render([text], style="gost") == ["1. Конституция Российской Федерации : офиц. текст. – М. : Юрист, 2014. – 56 с."]


def test_a_code_read_in_a_legal_database_gives_its_version_and_the_database():
    code = {"id": "c", "type": "legislation", "title": "Гражданский кодекс Российской Федерации (часть первая)",
            "number": "51-ФЗ", "issued": {"date-parts": [[1994, 11, 30]]}, "note": "(ред. от 16.04.2022)",
            "source": "КонсультантПлюс", "language": "ru"}  # fmt: skip
    assert render([code], style="gost") == [
        "1. Гражданский кодекс Российской Федерации (часть первая) от 30.11.1994 № 51-ФЗ (ред. от 16.04.2022)."
        " – Доступ из справ.-правовой системы «КонсультантПлюс»."
    ]


def test_a_series_closes_the_entry_in_parentheses_with_its_number():
    book = {"id": "s", "type": "book", "title": "Неформальная занятость", "publisher": "Изд. дом ВШЭ",
            "publisher-place": "М.", "issued": {"date-parts": [[2012]]}, "number-of-pages": "48",
            "collection-title": "Научные доклады", "collection-number": "4", "language": "ru"}  # fmt: skip
    assert render([book], style="gost") == ["1. Неформальная занятость. – М. : Изд. дом ВШЭ, 2012. – 48 с. – (Научные доклады ; 4)."]


def test_cyrillic_entries_come_before_latin_and_hangul_ones():
    entries = render(CASES, style="gost")
    scripts = ["cyrillic" if e.split(" ", 1)[1][0] in "АӘБВГДЕЁЖЗИКҚЛМНОПРСТУФХЦЧШЩЭЮЯ" else
               "hangul" if "\uac00" <= e.split(" ", 1)[1][0] <= "\ud7af" else "latin" for e in entries]  # fmt: skip
    assert scripts == sorted(scripts, key=["cyrillic", "latin", "hangul"].index)
    assert scripts.count("cyrillic") == 16 and scripts.count("latin") == 9


def test_entries_headed_by_a_title_sort_by_that_title():
    entries = [e.split(" ", 1)[1] for e in render(CASES, style="gost")]
    k = next(i for i, e in enumerate(entries) if e.startswith("Книга четырёх авторов /"))
    assert entries[k + 1].startswith("Коллективная монография") and entries[k + 2].startswith("Петров П. П.")
    standard = next(i for i, e in enumerate(entries) if e.startswith("ГОСТ 17.4.4.02-2017. Охрана природы"))
    assert standard < next(i for i, e in enumerate(entries) if e.startswith("Иванов"))  # filed under its designation, 'Г'


def test_citations_stay_numbers_with_the_cited_page():
    assert cite([_article(RU[:4], "ru")], [{"index": 0, "locator": "55"}], style="gost") == ["[1, с. 55]"]


@pytest.mark.parametrize(("nominative", "genitive"), [
    ("Иванов", "Иванова"), ("Андреева", "Андреевой"), ("Зелинский", "Зелинского"), ("Зелинская", "Зелинской"),
    ("Толстой", "Толстого"), ("Пушкин", "Пушкина"), ("Римский-Корсаков", "Римского-Корсакова"),
    ("Шевченко", "Шевченко"), ("Черных", "Черных"), ("Гольдман", "Гольдман"), ("Ли", "Ли"),
])  # fmt: skip
def test_russian_surnames_are_declined_only_when_the_ending_tells_how(nominative: str, genitive: str):
    assert russian_genitive(nominative) == genitive


@pytest.mark.parametrize(("language", "nominative", "genitive"), [
    ("uk", "Петров", "Петрова"), ("uk", "Петрова", "Петрової"), ("uk", "Франківський", "Франківського"), ("uk", "Франківська", "Франківської"),
    ("uk", "Ткачук", "Ткачук"), ("uk", "Шевченко", "Шевченко"),
    ("be", "Гніламёдаў", "Гніламёдава"), ("be", "Іванова", "Івановай"), ("be", "Мушынскі", "Мушынскага"), ("be", "Мушынская", "Мушынскай"),
    ("be", "Колас", "Колас"), ("kk", "Иванов", "Иванов"),
])  # fmt: skip
def test_ukrainian_and_belarusian_surnames_are_declined_only_when_the_ending_tells_how(language: str, nominative: str, genitive: str):
    assert surname_genitive(nominative, language) == genitive


def test_a_belarusian_books_editor_is_in_the_genitive():
    item = {"id": "b", "type": "book", "language": "be", "title": "Збор твораў", "editor": [{"family": "Мушынскі", "given": "М. І."}]}
    assert render([item], style="gost")[0] == "1. Збор твораў / пад рэд. М. І. Мушынскага."


def test_items_in_other_languages_keep_editors_names_as_they_are():
    item = {"id": "b", "type": "book", "language": "kk", "title": "Кітап", "editor": [{"family": "Иванов", "given": "И."}]}
    assert render([item], style="gost")[0] == "1. Кітап / ред. И. Иванов."


def test_a_treaty_is_named_with_where_and_when_it_was_signed_then_its_gazette():
    from refkit.parse import parse_reference

    raw = "Венская конвенция о праве международных договоров (Вена, 23 мая 1969 г.) // Ведомости Верховного Совета СССР. – 1986. – № 37. – Ст. 772."
    out = render([parse_reference(raw)], style="gost")[0]
    assert out.endswith("Венская конвенция о праве международных договоров (Вена, 23.05.1969) // Ведомости Верховного Совета СССР. – 1986. – № 37. – Ст. 772.")
