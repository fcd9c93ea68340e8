"""Parser throughput: references per second on one core, and how time grows with input size.

Runs the rules parser over the labelled corpus in ``fixtures/parse/`` (and the
seed lists), repeated to 1k, 10k and 100k references, in this one process.
Times are CPU time of this process (time.process_time), so other work on the machine
distorts them less. Reports references/second at each size and the ratio of time per reference
at the largest size to the smallest (1.0 = perfectly linear).

Because these machines are noisy, each size is also timed against a yardstick run
in the same process on the same strings: cleaning the text and splitting it into
word and punctuation tokens, the least any parser must do. "x yardstick" is
parse time over yardstick time; it moves only when the parser itself changes.

    python bench/parse.py            # 1k, 10k, 100k
    python bench/parse.py --quick    # 1k, 10k
"""

from __future__ import annotations

import argparse
import json
import re
import time
from pathlib import Path

from refkit.parse import parse_reference
from refkit.text import clean

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[str]:
    texts = []
    for path in sorted((ROOT / "fixtures" / "parse").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


_TOKENS = re.compile(r"\w+|[^\w\s]")


def yardstick(text: str) -> list[str]:
    return _TOKENS.findall(clean(text))


def run(texts: list[str], n: int) -> tuple[float, float]:
    """CPU seconds for n references through the parser and through the yardstick,
    interleaved chunk by chunk so both see the same machine."""
    batch = (texts * (n // len(texts) + 1))[:n]
    parse_time = base_time = 0.0
    for i in range(0, n, 500):
        chunk = batch[i : i + 500]
        start = time.process_time()
        for text in chunk:
            parse_reference(text)
        mid = time.process_time()
        for text in chunk:
            yardstick(text)
        parse_time += mid - start
        base_time += time.process_time() - mid
    return parse_time, base_time


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    texts = corpus()
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    run(texts, 200)  # warm up regex caches
    per_ref, against = {}, {}
    print(f"corpus: {len(texts)} distinct references, mean {sum(map(len, texts)) / len(texts):.0f} characters")
    for n in sizes:
        t, base = run(texts, n)
        per_ref[n], against[n] = t / n, t / base
        print(f"{n:>7} references  {t:8.2f} s  {n / t:8.0f} refs/s  {t / base:6.1f}x yardstick")
    ratio = per_ref[sizes[-1]] / per_ref[sizes[0]]
    print(f"time per reference at {sizes[-1]:,} vs {sizes[0]:,}: {ratio:.2f}x (1.00 = linear)")
    # the same, measured against the yardstick run beside it: what a noisy machine does to both cancels out
    print(f"the same against the yardstick: {against[sizes[-1]] / against[sizes[0]]:.2f}x (1.00 = linear)")


if __name__ == "__main__":
    main()
