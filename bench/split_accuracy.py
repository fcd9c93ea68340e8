"""How well a pasted list without numbers or blank lines is split into its entries.

Builds lists from the labelled corpus in ``fixtures/parse/`` (and the seed set),
whose entries are known, and counts the lists ``split_entries`` splits wrongly (a list is split
right when it gives back each of its references whole, in order, whitespace aside, with or
without its list number):

* one reference per line, in groups of 8 and in adjacent pairs;
* the same references wrapped at a fixed width (55–100 columns, as a list copied
  from a PDF or a plain-text file), in groups of 6 and in pairs.

    python bench/split_accuracy.py
"""

from __future__ import annotations

import json
import random
import re
import textwrap
from pathlib import Path

from refkit.readers import split_entries

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[str]:
    paths = sorted((ROOT / "fixtures" / "parse").glob("*.jsonl"))
    seed = ROOT.parent / "shared" / "eval" / "seed-dev.jsonl"
    texts = []
    for path in paths + ([seed] if seed.exists() else []):
        texts += [json.loads(line)["text"] for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return texts


_NUMBER = re.compile(r"^\s*(?:\\?\[\d{1,4}\\?\]|\(\d{1,4}\)|\d{1,5}[.)])\s*")


def _bare(text: str) -> str:
    return "".join(text.split())


def wrap(text: str, width: int) -> list[str]:
    return textwrap.wrap(text, width, break_long_words=False, break_on_hyphens=False)


def wrong_lists(texts: list[str], size: int, *, wrapped: bool, seed: int = 0) -> tuple[int, int]:
    """(lists split wrongly, lists) for consecutive groups of ``size`` references."""
    rng = random.Random(seed)
    wrong = total = 0
    step = size if size > 2 else 1
    for i in range(0, len(texts) - size + 1, step):
        group = texts[i : i + size]
        width = rng.randint(55, 100)
        lines = [line for text in group for line in (wrap(text, width) if wrapped else [text])]
        total += 1
        entries = split_entries(lines)
        wrong += len(entries) != size or any(_bare(e.text) not in (_bare(t), _bare(_NUMBER.sub("", t))) for t, e in zip(group, entries))
    return wrong, total


def main() -> None:
    texts = corpus()
    print(f"corpus: {len(texts)} references")
    for label, size, wrapped in (("one per line, groups of 8", 8, False), ("one per line, pairs", 2, False),
                                 ("wrapped, groups of 6", 6, True), ("wrapped, pairs", 2, True)):
        wrong, total = wrong_lists(texts, size, wrapped=wrapped)
        print(f"{label:28} {total - wrong:5}/{total:<5} split right ({(total - wrong) / total:.1%})")


if __name__ == "__main__":
    main()
