"""Parser throughput: references per second on one core, and how time grows with input size.

Runs the rules parser over the labelled corpus in ``fixtures/parse/`` (and the
seed lists), repeated to 1k, 10k and 100k references, in this one process.
Times are CPU time of this process (time.process_time), so other work on the machine
distorts them less. Reports references/second at each size and the ratio of time per reference
at the largest size to the smallest (1.0 = perfectly linear).

    python bench/parse.py            # 1k, 10k, 100k
    python bench/parse.py --quick    # 1k, 10k
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from refkit.parse import parse_reference

ROOT = Path(__file__).resolve().parents[1]


def corpus() -> list[str]:
    texts = []
    for path in sorted((ROOT / "fixtures" / "parse").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts


def run(texts: list[str], n: int) -> float:
    batch = (texts * (n // len(texts) + 1))[:n]
    start = time.process_time()
    for text in batch:
        parse_reference(text)
    return time.process_time() - start


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--quick", action="store_true")
    args = ap.parse_args()
    texts = corpus()
    sizes = [1_000, 10_000] if args.quick else [1_000, 10_000, 100_000]
    run(texts, 200)  # warm up regex caches
    per_ref = {}
    print(f"corpus: {len(texts)} distinct references, mean {sum(map(len, texts)) / len(texts):.0f} characters")
    for n in sizes:
        t = run(texts, n)
        per_ref[n] = t / n
        print(f"{n:>7} references  {t:8.2f} s  {n / t:8.0f} refs/s")
    ratio = per_ref[sizes[-1]] / per_ref[sizes[0]]
    print(f"time per reference at {sizes[-1]:,} vs {sizes[0]:,}: {ratio:.2f}x (1.00 = linear)")


if __name__ == "__main__":
    main()
