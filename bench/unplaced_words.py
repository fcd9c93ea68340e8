"""How often the parser drops words: content words of the raw string that reach no field.

The parser must never lose text: what it cannot place goes to ``note``. A rule that
claims a span without storing it (a label such as 'Vol.' is meant to go; a place or
a translator's name is not) loses text silently. This audit parses every reference of
the labelled corpus in ``fixtures/parse/`` and counts, per reference, the words of
four or more letters that appear in no output value (label words are ignored).

It is a heuristic: a name put back in the nominative ('под ред. Г.М. Савельевой' gives
editor 'Савельева') or a date written in words ('2020 жылғы 3 желтоқсандағы') also
counts, so the figure is an upper bound. It moves when a rule starts or stops dropping text.

    python bench/unplaced_words.py            # counts for the dev and held-out files
    python bench/unplaced_words.py --show 20  # the worst dev references and their words
"""

from __future__ import annotations

import argparse
import json
import re
from pathlib import Path

from refkit.parse import parse_reference

ROOT = Path(__file__).resolve().parents[1]

# labels every style prints and no field keeps
_LABELS = frozenset(
    """vol pp doi url retrieved accessed available from and the with eds edn trans transl translated edited by http https
    www org com дата обращения режим доступа электронный ресурс текст непосредственный электрондық мәтін том вып изд под
    ред сост пер англ internet cited online print isbn issn pmid pmcid vols chapter viewed russ kazakh korean english
    russian или""".split()
)
_WORD = re.compile(r"[^\W\d_]{4,}")


def _values(item):
    if isinstance(item, dict):
        for key, value in item.items():
            if key not in ("refkit-raw", "refkit-spans"):
                yield from _values(value)
    elif isinstance(item, list):
        for value in item:
            yield from _values(value)
    elif item is not None:
        yield str(item)


def unplaced(text: str) -> list[str]:
    """The content words of ``text`` that no field of its parse holds."""
    held = " ".join(_values(parse_reference(text).to_csl())).lower()
    return [word for word in _WORD.findall(text.lower()) if word not in _LABELS and word not in held]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--show", type=int, default=0, help="print the N dev references with the most unplaced words")
    args = ap.parse_args()
    worst = []
    for split in ("dev", "test"):
        total = lossy = 0
        for path in sorted((ROOT / "fixtures" / "parse").glob(f"*-{split}.jsonl")):
            for line in path.read_text(encoding="utf-8").splitlines():
                if not line.strip():
                    continue
                text = json.loads(line)["text"]
                words = unplaced(text)
                total += 1
                if len(words) >= 3:
                    lossy += 1
                    if split == "dev":
                        worst.append((len(words), text, words))
        print(f"{split:>4}: {lossy} of {total} references have three or more words in no field ({lossy / total:.1%})")
    for count, text, words in sorted(worst, key=lambda item: -item[0])[: args.show]:
        print(f"\n{count}: {text[:160]}\n    {' '.join(words[:10])}")


if __name__ == "__main__":
    main()
