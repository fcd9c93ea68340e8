"""Exporters: CSL-JSON, JSON Lines, BibTeX/BibLaTeX and RIS keep every script and split names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refkit import Reference, UsageError
from refkit.render.export import to_bibtex, to_csl_json, to_jsonl, to_ris

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
