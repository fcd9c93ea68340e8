"""Exporters: CSL-JSON, JSON Lines, BibTeX/BibLaTeX and RIS keep every script and split names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refkit import Reference, UsageError
from refkit.readers.bibtex import read_bibtex
from refkit.readers.ris import read_ris
from refkit.render.export import language_name, to_bibtex, to_csl_json, to_jsonl, to_ris
from refkit.text import language_code

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "references-original.json"


@pytest.fixture
def seed() -> list[Reference]:
    return [Reference.from_csl(item) for item in json.loads(SEED.read_text(encoding="utf-8"))]


def test_csl_json_round_trips_every_seed_reference(seed):
    again = [Reference.from_csl(item) for item in json.loads(to_csl_json(seed))]
    assert again == seed


def test_jsonl_has_one_item_per_line(seed):
    lines = to_jsonl(seed).splitlines()
    assert len(lines) == 15 and json.loads(lines[9])["author"][0]["family"] == "왕"


def test_bibtex_parses_back_with_names_split_and_cyrillic_intact(seed):
    from pybtex.database import parse_string

    data = parse_string(to_bibtex(seed), "bibtex")
    assert len(data.entries) == 15
    book = next(e for e in data.entries.values() if e.fields.get("title", "").startswith("Политология"))
    assert [p.last_names for p in book.persons["author"]] == [["Овчарова"], ["Литвинчук"]]
    assert book.fields["address"] == "Н. Новгород"


def test_bibtex_keys_are_unique_ascii(seed):
    from pybtex.database import parse_string

    keys = list(parse_string(to_bibtex(seed), "bibtex").entries)
    assert len(set(keys)) == len(keys) and all(k.isascii() for k in keys)


def test_biblatex_uses_its_own_types_and_fields(seed):
    text = to_bibtex(seed, dialect="biblatex")
    assert "journaltitle = \"Review of International Studies\"" in text
    assert "@online{" in text or "@article{" in text
    assert "date = \"2010\"" in text
    assert "왕, 길환" in text


def test_unknown_bibtex_dialect_is_a_usage_error(seed):
    with pytest.raises(UsageError):
        to_bibtex(seed, dialect="bibtek")


def test_ris_records_end_with_er_and_split_page_ranges(seed):
    text = to_ris(seed)
    assert text.count("ER  - ") == 15
    assert "SP  - 881\nEP  - 901" in text
    assert "AU  - Буланакова, М. А." in text


# What the formats cannot say: BibTeX has no newspaper or web page type; RIS gives a book's
# single page as its page count; RIS readers write page ranges with an en dash.
_TYPE_LOSSES = {"bibtex": {"article-newspaper": "article-journal", "webpage": "document"}, "biblatex": {}, "ris": {}}


def _fields(ref: Reference, dialect: str) -> dict:
    item = {k: v for k, v in ref.to_csl(provenance=False).items() if v not in (None, "", []) and k != "id"}
    item["type"] = _TYPE_LOSSES[dialect].get(item["type"], item["type"])
    if "page" in item:
        item["page"] = item["page"].replace("-", "–")
    if dialect == "ris" and item["type"] == "book" and "page" in item and "number-of-pages" not in item:
        item["number-of-pages"] = item.pop("page")
    return item


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex", "ris"])
def test_export_read_back_by_refkit_gives_the_same_fields_in_every_script(seed, dialect):
    text = to_ris(seed) if dialect == "ris" else to_bibtex(seed, dialect=dialect)
    again = read_ris(text) if dialect == "ris" else read_bibtex(text)
    assert [_fields(r, dialect) for r in again] == [_fields(r, dialect) for r in seed]
    titles = [r.title for r in again]
    assert "Политология: Курс лекций" in titles and "ODA를 외교 대표브랜드로 활용할 듯" in titles


@pytest.mark.parametrize(("code", "name"), [("en", "english"), ("ru", "russian"), ("kk", "kazakh"), ("ko", "korean"),
                                            ("uk", "ukrainian"), ("en-US", "english"), ("russian", "russian")])  # fmt: skip
def test_language_codes_become_the_names_babel_knows(code, name):
    assert language_name(code) == name


@pytest.mark.parametrize("code", ["en", "ru", "kk", "ko", "uk", "be", "ky", "de", "ja", "zh"])
def test_babel_language_names_read_back_as_the_codes_they_came_from(code):
    assert language_code(language_name(code)) == code


def test_a_biblatex_newspaper_article_and_its_access_date_survive_a_round_trip():
    ref = Reference.from_csl({"id": "n", "type": "article-newspaper", "title": "Заметка", "container-title": "Известия",
                              "language": "ru", "URL": "https://example.ru/a_b", "issued": {"date-parts": [[2020, 3, 1]]},
                              "accessed": {"date-parts": [[2020, 3, 12]]}})  # fmt: skip
    (again,) = read_bibtex(to_bibtex([ref], dialect="biblatex"))
    assert again.type == "article-newspaper" and again.language == "ru"
    assert again.accessed.to_csl() == {"date-parts": [[2020, 3, 12]]} and again.url == "https://example.ru/a_b"


def test_biblatex_langid_is_a_language_name_and_bibtex_has_it_as_language(seed):
    biblatex, bibtex = to_bibtex(seed, dialect="biblatex"), to_bibtex(seed)
    assert 'langid = "russian"' in biblatex and 'langid = "korean"' in biblatex and 'langid = "english"' in biblatex
    assert 'langid = "en"' not in biblatex and "langid" not in bibtex and 'language = "russian"' in bibtex


def test_urls_are_written_verbatim_and_months_as_macros(seed):
    text = to_bibtex(seed)
    assert "kei_koreacompass_template" in text and "\\_" not in text
    assert "month = dec" in text


def test_biblatex_gives_the_access_date_and_marks_newspapers():
    ref = Reference.from_csl({"id": "n", "type": "article-newspaper", "title": "Заметка", "container-title": "Известия",
                              "URL": "https://example.ru/a_b", "accessed": {"date-parts": [[2020, 3, 12]]}})  # fmt: skip
    text = to_bibtex([ref], dialect="biblatex")
    assert 'urldate = "2020-03-12"' in text and 'entrysubtype = "newspaper"' in text
    assert 'url = "https://example.ru/a_b"' in text


def test_ris_gives_full_and_access_dates():
    ref = Reference.from_csl({"id": "w", "type": "webpage", "title": "Page", "issued": {"date-parts": [[2012, 12]]},
                              "accessed": {"date-parts": [[2020, 3, 12]]}})  # fmt: skip
    text = to_ris([ref])
    assert "DA  - 2012/12//\nPY  - 2012" in text and "Y2  - 2020/03/12/" in text
    assert read_ris(text)[0].to_csl()["issued"] == {"date-parts": [[2012, 12]]}


def test_an_author_list_cut_short_is_bibtex_and_others_and_reads_back_as_cut_short():
    ref = Reference.from_csl({"id": "e", "type": "article-journal", "title": "T", "refkit-et-al": True,
                              "author": [{"family": "Ekelund", "given": "U"}, {"family": "Tarp", "given": "J"}]})  # fmt: skip
    bib = to_bibtex([ref])
    assert 'author = "Ekelund, U and Tarp, J and others"' in bib
    back = read_bibtex(bib)[0]
    assert [n.family for n in back.author] == ["Ekelund", "Tarp"] and back.extra.get("refkit-et-al") is True


_PARSED_EXTRAS = {
    "id": "x", "type": "chapter", "title": "Thinking and speech", "container-title": "Collected works",
    "number-of-volumes": "6", "PMID": "32865375",
    "translator": [{"family": "Minick", "given": "N."}], "container-author": [{"family": "Vygotsky", "given": "L. S."}],
}  # fmt: skip


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_bibtex_keeps_volume_count_and_pubmed_id_and_reads_them_back(dialect):
    text = to_bibtex([Reference.from_csl(_PARSED_EXTRAS)], dialect=dialect)
    assert 'volumes = "6"' in text
    assert ('eprint = "32865375"' in text and 'eprinttype = "pubmed"' in text) if dialect == "biblatex" else 'pmid = "32865375"' in text
    back = read_bibtex(text)[0].to_csl()
    assert back["number-of-volumes"] == "6" and back["PMID"] == "32865375"


def test_biblatex_gives_translator_and_the_author_of_the_book_and_reads_them_back():
    text = to_bibtex([Reference.from_csl(_PARSED_EXTRAS)], dialect="biblatex")
    assert 'translator = "Minick, N."' in text and 'bookauthor = "Vygotsky, L. S."' in text
    back = read_bibtex(text)[0].to_csl()
    assert back["translator"] == [{"family": "Minick", "given": "N."}]
    assert back["container-author"] == [{"family": "Vygotsky", "given": "L. S."}]


@pytest.mark.parametrize("dialect", ["bibtex", "biblatex"])
def test_a_thesis_keeps_its_own_kind_and_a_report_its_number(dialect):
    thesis = Reference.from_csl({"id": "t", "type": "thesis", "title": "Экономика региона", "genre": "дис. … канд. экон. наук"})
    report = Reference.from_csl({"id": "r", "type": "report", "title": "Kazakhstan", "number": "131584-KZ"})
    back = read_bibtex(to_bibtex([thesis, report], dialect=dialect))
    assert back[0].genre == "дис. … канд. экон. наук"
    assert back[1].to_csl()["number"] == "131584-KZ" and back[1].issue is None


def test_ris_keeps_translator_genre_volume_count_and_a_report_number():
    report = Reference.from_csl({"id": "r", "type": "report", "title": "Kazakhstan", "number": "131584-KZ", "genre": "Policy brief"})
    text = to_ris([Reference.from_csl(_PARSED_EXTRAS), report])
    assert "A4  - Minick, N." in text and "NV  - 6" in text and "M1  - 131584-KZ" in text and "M3  - Policy brief" in text
    first, second = (r.to_csl() for r in read_ris(text))
    assert first["translator"] == [{"family": "Minick", "given": "N."}] and first["number-of-volumes"] == "6"
    assert second["number"] == "131584-KZ" and second["genre"] == "Policy brief"


@pytest.mark.parametrize(("dialect", "written"), [("bibtex", 'year = "1954--1957"'), ("biblatex", 'date = "1954/1957"')])
def test_a_work_published_over_years_keeps_its_range_and_reads_it_back(dialect, written):
    ref = Reference.from_csl({"id": "w", "type": "book", "title": "Сочинения", "language": "ru",
                              "issued": {"date-parts": [[1954], [1957]]}})  # fmt: skip
    text = to_bibtex([ref], dialect=dialect)
    (again,) = read_bibtex(text)
    assert written in text and again.issued.to_csl() == {"date-parts": [[1954], [1957]]}


def test_a_biblatex_range_of_full_dates_is_two_dates_not_a_year_and_month():
    (ref,) = read_bibtex('@inproceedings{k, title = {T}, date = {2020-03-01/2020-03-05}}')
    assert ref.issued.to_csl() == {"date-parts": [[2020, 3, 1], [2020, 3, 5]]}
