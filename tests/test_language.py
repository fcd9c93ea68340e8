"""Language of Latin-script references: data-driven from tests/data/latin-languages.tsv."""

from pathlib import Path

import pytest

from refkit.parse import parse_reference
from refkit.text import detect_language

ROWS = [
    line.split("\t", 1)
    for line in (Path(__file__).parent / "data" / "latin-languages.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


@pytest.mark.parametrize(("expected", "text"), ROWS, ids=[text[:40] for _, text in ROWS])
def test_function_words_name_the_language_of_a_latin_reference(expected: str, text: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize(("expected", "text"), [r for r in ROWS if r[0] != "en"], ids=[t[:40] for e, t in ROWS if e != "en"])
def test_the_parser_records_a_non_english_latin_work_in_its_language(expected: str, text: str) -> None:
    assert parse_reference(text).language == expected
