"""The fields the accuracy score leaves out, measured on the labelled corpus.

``score.py`` and ``bench/parse_accuracy.py`` score the 19 fields most lists carry.
A parse also gives an access date, a report's or act's number, a thesis's genre,
how many volumes a set has, a translator, an archive and its shelf mark, PubMed's
identifiers and more. Where the corpus labels such a field, this script counts,
per field, how often the parser gives it and how often it agrees with the label:
precision, recall and F1 of exact agreement (after trimming edge punctuation and
unifying dashes; dates by their parts, names by family name and initials).

    python bench/parse_fields.py                 # the held-out split
    python bench/parse_fields.py fixtures/parse/*-dev.jsonl

Labels for these fields are less uniform across the corpus than for the scored
ones (an early batch may leave out an access date a later batch labels), so
precision here is a lower bound.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from refkit.parse import parse_reference

ROOT = Path(__file__).resolve().parents[1]
FIELDS = (
    "accessed", "number", "genre", "number-of-volumes", "collection-number", "authority", "translator",
    "event-place", "archive", "archive_location", "section", "volume-title", "original-date", "PMID", "PMCID",
    "container-author",
)  # fmt: skip


def _key(value) -> str:
    if isinstance(value, dict) and "date-parts" in value:
        return json.dumps(value["date-parts"])
    if isinstance(value, list):
        names = []
        for name in value:
            given = "".join(p[0] for p in re.split(r"[\s.\-]+", name.get("given") or "") if p)
            names.append(name.get("literal") or f"{name.get('family')}|{given}")
        return json.dumps(sorted(names), ensure_ascii=False).casefold()
    return re.sub(r"\s+", " ", str(value).replace("–", "-").replace("—", "-")).strip(" .,;:").casefold()


def main(argv: list[str]) -> None:
    paths = [Path(p) for p in argv] or sorted((ROOT / "fixtures" / "parse").glob("*-test.jsonl"))
    counts = {field: [0, 0, 0] for field in FIELDS}  # agree, predicted, labelled
    n = 0
    for path in paths:
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            entry = json.loads(line)
            gold, pred = entry["gold"], parse_reference(entry["text"]).to_csl()
            n += 1
            for field in FIELDS:
                g, p = gold.get(field), pred.get(field)
                counts[field][0] += g is not None and p is not None and _key(g) == _key(p)
                counts[field][1] += p is not None
                counts[field][2] += g is not None
    print(f"{n} references; fields the accuracy score leaves out, where the corpus labels them")
    print(f"{'field':20} {'labelled':>8} {'given':>6} {'agree':>6} {'P':>6} {'R':>6} {'F1':>6}")
    for field, (agree, given, labelled) in counts.items():
        if not labelled:
            continue
        p = agree / given if given else 0.0
        r = agree / labelled
        f1 = 2 * p * r / (p + r) if p + r else 0.0
        print(f"{field:20} {labelled:8} {given:6} {agree:6} {p:6.3f} {r:6.3f} {f1:6.3f}")


if __name__ == "__main__":
    main(sys.argv[1:])
