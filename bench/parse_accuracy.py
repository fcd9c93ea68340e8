"""Parser accuracy on the labelled corpus, overall, per language and per type.

    python bench/parse_accuracy.py                       # the held-out test split
    python bench/parse_accuracy.py fixtures/parse/*-dev.jsonl

Field-level micro-F1 (refkit.parse.evaluate); "exact" counts entries with every
field right.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from refkit.parse import parse_reference
from refkit.parse.evaluate import breakdown

ROOT = Path(__file__).resolve().parents[1]


def main(argv: list[str]) -> None:
    paths = [Path(p) for p in argv] or sorted((ROOT / "fixtures" / "parse").glob("*-test.jsonl"))
    entries = [json.loads(line) for p in paths for line in p.read_text(encoding="utf-8").splitlines() if line.strip()]
    result = breakdown(entries, lambda text: parse_reference(text).to_csl())
    print(f"{'group':28} {'n':>5} {'exact':>6} {'micro-F1':>9}")
    for key, row in result.items():
        print(f"{key:28} {row['n']:5} {row['exact']:6} {row['f1']:9.4f}")


if __name__ == "__main__":
    main(sys.argv[1:])
