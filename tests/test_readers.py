from __future__ import annotations

import io
import json

import pytest

from refkit import EmptyInput, FormatError, UnreadableInput, load
from refkit.readers import find_sections, split_entries
from refkit.readers.textlist import Entry


def texts(entries: list[Entry]) -> list[str]:
    return [e.text for e in entries]


NUMBERINGS = {
    "brackets": "[1] Ivanov I.I. One. 2001.\n[2] Petrov P.P. Two. 2002.\n[3] Sidorov S.S. Three. 2003.",
    "escaped-brackets": "\\[1\\] Ivanov I.I. One. 2001.\n\\[2\\] Petrov P.P. Two. 2002.\n\\[3\\] Sidorov S.S. Three. 2003.",
    "dots": "1. Ivanov I.I. One. 2001.\n2. Petrov P.P. Two. 2002.\n3. Sidorov S.S. Three. 2003.",
    "parens": "1) Ivanov I.I. One. 2001.\n2) Petrov P.P. Two. 2002.\n3) Sidorov S.S. Three. 2003.",
    "md-bullet-brackets": "- [1] Ivanov I.I. One. 2001.\n- [2] Petrov P.P. Two. 2002.\n- [3] Sidorov S.S. Three. 2003.",
    "bullets": "* Ivanov I.I. One. 2001.\n* Petrov P.P. Two. 2002.\n* Sidorov S.S. Three. 2003.",
    "paragraphs": "Ivanov I.I. One. 2001.\n\nPetrov P.P. Two. 2002.\n\nSidorov S.S. Three. 2003.",
    "lines": "Ivanov I.I. One. 2001.\nPetrov P.P. Two. 2002.\nSidorov S.S. Three. 2003.",
    "blank-between-numbered": "[1] Ivanov I.I. One. 2001.\n\n\n[2] Petrov P.P. Two. 2002.\n\n[3] Sidorov S.S. Three. 2003.",
}


@pytest.mark.parametrize("text", NUMBERINGS.values(), ids=NUMBERINGS.keys())
def test_lists_split_into_entries_whatever_the_numbering(text):
    assert texts(split_entries(text.splitlines())) == [
        "Ivanov I.I. One. 2001.",
        "Petrov P.P. Two. 2002.",
        "Sidorov S.S. Three. 2003.",
    ]


def test_numbers_are_kept():
    assert [e.number for e in split_entries(NUMBERINGS["dots"].splitlines())] == [1, 2, 3]


def test_wrapped_entries_are_joined():
    text = "1. Ivanov I.I. A very long title that\n   goes on // Journal. – 2020. – № 4.\n2. Petrov P.P. Two. 2002."
    assert texts(split_entries(text.splitlines())) == [
        "Ivanov I.I. A very long title that goes on // Journal. – 2020. – № 4.",
        "Petrov P.P. Two. 2002.",
    ]


def test_wrapped_unnumbered_entries_are_joined_by_their_shape():
    text = "Ivanov I.I. A very long title that goes on and\non // Journal. – 2020. – № 4.\nPetrov P.P. Two. 2002."
    assert len(split_entries(text.splitlines())) == 2


def test_one_per_line_makes_every_non_empty_line_an_entry():
    text = "a\n\nb\n  \nc. continued?\n"
    assert texts(split_entries(text.splitlines(), one_per_line=True)) == ["a", "b", "c. continued?"]


def test_text_before_the_first_number_is_kept_not_dropped():
    entries = split_entries(["stray words", "[1] Ivanov I.I. One.", "[2] Petrov P.P. Two."])
    assert texts(entries)[0] == "stray words"


@pytest.mark.parametrize(
    "heading",
    ["References", "REFERENCES", "## References", "#### REFERENCES", "**References**", "Bibliography", "Список литературы",
     "СПИСОК ЛИТЕРАТУРЫ", "Литература", "Әдебиеттер тізімі", "Пайдаланылған әдебиеттер", "참고문헌", "References:"],
)  # fmt: skip
def test_reference_sections_are_found_by_heading(heading):
    text = f"Intro text [1].\n\n{heading}\n\n1. Ivanov I.I. One. 2001.\n2. Petrov P.P. Two. 2002.\n"
    sections = find_sections(text)
    assert len(sections) == 1 and sections[0].heading
    assert len(split_entries(sections[0].lines)) == 2


def test_the_seed_article_has_two_lists_of_fifteen(seed_article):
    doc = load(seed_article)
    assert [len(lst.references) for lst in doc.lists] == [15, 15]
    assert all(r.raw for r in doc.references)
    assert doc.lists[0].references[0].raw.startswith("Acharya A. Asia Rising")
    assert doc.lists[1].references[3].raw.startswith("Ovcharova T.N., Litvinchuk V.I.")
    assert [r.number for r in doc.lists[1].references] == list(range(1, 16))
    assert doc.body and "[9, p. 141]" in doc.body


def test_a_bare_list_is_one_list(tmp_path):
    p = tmp_path / "list.txt"
    p.write_text("1. Ivanov I.I. One. 2001.\n2. Petrov P.P. Two. 2002.\n", encoding="utf-8")
    doc = load(p)
    assert len(doc.lists) == 1 and doc.body is None and len(doc.references) == 2


def test_csl_json_array_single_item_and_lines(tmp_path):
    items = [{"id": "a", "type": "book", "title": "Т"}, {"id": "b", "type": "book", "custom": 1}]
    (tmp_path / "a.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps(items[0]), encoding="utf-8")
    (tmp_path / "l.jsonl").write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    assert [r.to_csl() for r in load(tmp_path / "a.json").references] == items
    assert len(load(tmp_path / "one.json").references) == 1
    assert [r.to_csl() for r in load(tmp_path / "l.jsonl").references] == items


BIB = r"""
@article{ivanov2020,
  author = {Иванов, Иван Иванович and M{\"u}ller, J{\'o}zsef and {World Health Organization}},
  title = {Евразийская {интеграция} \& more},
  journal = {Вестник},
  year = {2020}, month = may, volume = {13}, number = {4}, pages = {54--57},
  doi = {https://doi.org/10.1000/xyz}
}
@book{b, author = {van Gogh, Vincent}, title = {Letters}, publisher = {Penguin}, address = {London}, year = 1996}
"""


def test_bibtex_is_decoded_to_unicode_csl(tmp_path):
    p = tmp_path / "refs.bib"
    p.write_text(BIB, encoding="utf-8")
    a, b = load(p).references
    csl = a.to_csl()
    assert csl["type"] == "article-journal"
    assert csl["author"] == [
        {"family": "Иванов", "given": "Иван Иванович"},
        {"family": "Müller", "given": "József"},
        {"literal": "World Health Organization"},
    ]
    assert csl["title"] == "Евразийская интеграция & more"
    assert csl["page"] == "54–57" and csl["DOI"] == "10.1000/xyz"
    assert csl["issued"] == {"date-parts": [[2020, 5]]}
    assert b.author[0].non_dropping_particle == "van" and b.publisher_place == "London"


RIS = """TY  - JOUR
AU  - Ivanov, I.I.
AU  - Petrov, P.
TI  - Title
T2  - Journal
PY  - 2020
VL  - 13
IS  - 4
SP  - 54
EP  - 57
DO  - 10.1000/xyz
ER  - 

TY  - BOOK
AU  - Acharya, A.
TI  - Asia Rising
PB  - World Scientific
PY  - 2008
SP  - 191
ER  - 
"""


def test_ris_records_become_references(tmp_path):
    p = tmp_path / "refs.ris"
    p.write_text(RIS, encoding="utf-8")
    a, b = load(p).references
    assert a.type == "article-journal" and a.page == "54–57" and a.year == 2020 and len(a.author) == 2
    assert b.type == "book" and b.number_of_pages == "191"


def test_stdin_is_read_when_source_is_dash(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("[1] Ivanov I.I. One. 2001.\n".encode())))
    assert len(load("-").references) == 1


def test_format_can_be_forced(tmp_path):
    p = tmp_path / "refs.txt"
    p.write_text(json.dumps([{"id": "a", "type": "book"}]), encoding="utf-8")
    assert load(p, fmt="csl-json").references[0].type == "book"


def test_windows_1251_text_is_decoded(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("1. Иванов И.И. Книга. – М.: Наука, 2010. – 232 с.\n".encode("cp1251"))
    assert load(p).references[0].raw.startswith("Иванов")


BAD = {
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "x.png", UnreadableInput),
    "invalid-json": (b'[{"id": 1,', "x.json", FormatError),
    "json-not-items": (b"[1, 2]", "x.json", FormatError),
    "broken-bibtex": (b"@article{a, title = {unclosed", "x.bib", FormatError),
    "broken-ris": (b"AU  - Someone\nER  - \n", "x.ris", FormatError),
    "empty": (b"", "x.txt", EmptyInput),
    "whitespace": (b"  \n\n ", "x.md", EmptyInput),
    "corrupt-docx": (b"PK\x03\x04 not really a zip", "x.docx", FormatError),
}


@pytest.mark.parametrize(("data", "name", "error"), BAD.values(), ids=BAD.keys())
def test_bad_input_raises_a_clear_refkit_error(tmp_path, data, name, error):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(error) as info:
        load(p)
    assert "\n" not in str(info.value) and str(p) in str(info.value)


def test_missing_file_and_directory_are_unreadable(tmp_path):
    with pytest.raises(UnreadableInput, match="no such file"):
        load(tmp_path / "missing.txt")
    with pytest.raises(UnreadableInput, match="directory"):
        load(tmp_path)


def test_docx_numbered_lists_get_their_numbers_back(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Body text cites [2].")
    d.add_heading("References", level=1)
    d.add_paragraph("Ivanov I.I. One. – М.: Наука, 2001. – 100 с.", style="List Number")
    d.add_paragraph("Petrov P.P. Two // Journal. – 2002. – № 1. – С. 1–2.", style="List Number")
    p = tmp_path / "m.docx"
    d.save(p)
    doc = load(p)
    assert [r.number for r in doc.references] == [1, 2]
    assert "cites [2]" in doc.body
