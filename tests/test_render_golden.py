"""Golden files: the seed article's 15 original references in six styles, text and HTML.

The references come from the hand-checked CSL-JSON in ``fixtures/seed``. Each
style and format has a file under ``tests/golden/render/``. To regenerate them
after a deliberate change, run ``REFKIT_REGENERATE=1 python -m pytest
tests/test_render_golden.py`` and read the diff before committing.
"""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from refkit import Reference
from refkit.render import render

ROOT = Path(__file__).resolve().parents[1]
GOLDEN = ROOT / "tests" / "golden" / "render"
SEED = ROOT / "fixtures" / "seed" / "references-original.json"
STYLES = ["apa", "chicago-author-date", "ieee", "vancouver", "harvard", "gost-r-7-0-5-2008"]
FORMATS = {"text": "txt", "html": "html"}


def _seed() -> list[Reference]:
    return [Reference.from_csl(item) for item in json.loads(SEED.read_text(encoding="utf-8"))]


@pytest.mark.parametrize("fmt", sorted(FORMATS))
@pytest.mark.parametrize("style", STYLES)
def test_seed_references_render_as_the_golden_file(style: str, fmt: str) -> None:
    entries = render(_seed(), style=style, format=fmt)
    assert len(entries) == 15, "every reference gives one entry"
    got = "\n".join(entries) + "\n"
    path = GOLDEN / f"{style}.{FORMATS[fmt]}"
    if os.environ.get("REFKIT_REGENERATE"):
        path.write_text(got, encoding="utf-8")
    assert path.is_file(), f"missing golden file {path.name}; set REFKIT_REGENERATE=1 to create it"
    assert got == path.read_text(encoding="utf-8")
