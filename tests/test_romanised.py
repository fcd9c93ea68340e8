"""The model that tells which language a romanised title was written in (refkit.parse.romanised)."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from refkit.parse.romanised import romanised_language

ROOT = Path(__file__).resolve().parents[1]
SAMPLES = [
    line.split("\t")
    for line in (Path(__file__).parent / "data" / "romanised-titles.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


@pytest.mark.parametrize("title, language", SAMPLES, ids=[s[0][:40] for s in SAMPLES])
def test_romanised_titles_are_told_from_english(title: str, language: str) -> None:
    assert romanised_language(title) == (None if language == "-" else language)


def test_shipped_model_is_the_one_the_corpus_dev_halves_build() -> None:
    """romanised.json must be rebuilt (python tools/romanised_model.py) when the corpus changes."""
    spec = importlib.util.spec_from_file_location("romanised_model", ROOT / "tools" / "romanised_model.py")
    builder = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(builder)
    shipped = json.loads((ROOT / "src" / "refkit" / "parse" / "romanised.json").read_text(encoding="utf-8"))
    assert builder.build() == shipped
