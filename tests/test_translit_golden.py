"""Golden test: the seed article's Latin-script entries [4], [9], [12], [13] made from
its original entries with ``translit-ru`` and the ``references-latin`` style.

``tests/golden/translit/seed-twin-list.json`` says which fields are compared and
where the seed's own Latin list is inconsistent (and what the scheme gives
instead). Set ``REFKIT_REGEN_GOLDEN=1`` to rewrite its rendered lines, then
read the diff.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from refkit.model import Reference
from refkit.render import render
from refkit.translit import romanize

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "translit" / "seed-twin-list.json"
SEED = ROOT / "fixtures" / "seed"
SPEC = json.loads(GOLDEN.read_text(encoding="utf-8"))


def _load(name: str) -> list[dict]:
    return json.loads((SEED / name).read_text(encoding="utf-8"))


def _romanized(number: int) -> Reference:
    original = _load("references-original.json")[number - 1]
    latin = _load("references-translit.json")[number - 1]
    ref = Reference.from_csl(original).replace(translated_title=latin.get("translated-title"))
    (out,) = romanize([ref], profile=SPEC["profile"])
    return out


def _expected_fields(number: int) -> dict:
    latin = _load("references-translit.json")[number - 1]
    fields = {key: latin.get(key) for key in ("title", "container-title", "publisher", "publisher-place", "translated-title", "language")}
    fields["author"] = [(a.get("family"), a.get("given")) for a in latin.get("author", [])]
    for key, deviation in SPEC["seed_deviations"].get(str(number), {}).items():
        fields[key] = deviation["expected"]
    return fields


@pytest.mark.parametrize("number", SPEC["entries"])
def test_seed_entry_romanized_with_translit_ru_matches_the_seed_latin_list(number):
    ref = _romanized(number)
    got = {key: ref.get(key) for key in ("title", "container-title", "publisher", "publisher-place", "translated-title", "language")}
    got["author"] = [(a.family, a.given) for a in ref.author]
    assert got == _expected_fields(number)


@pytest.mark.parametrize("number", SPEC["entries"])
def test_seed_entry_renders_as_the_twin_list_line(number):
    (line,) = render([_romanized(number)], style=SPEC["style"])
    if os.environ.get("REFKIT_REGEN_GOLDEN"):
        SPEC["rendered"][str(number)] = line
        GOLDEN.write_text(json.dumps(SPEC, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    assert line == SPEC["rendered"][str(number)]
