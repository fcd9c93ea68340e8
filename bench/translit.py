"""Benchmark: transliterate 1 MB of mixed Cyrillic reference text, refkit against iuliia.

Usage::

    pip install -e '.[bench]'        # iuliia is a benchmark-only dependency
    python bench/translit.py [--size 1000000] [--repeat 3]

The text is built from the seed's Cyrillic entries and generated references
(Russian words, initials, journal names, years, pages, DOIs, URLs, some Latin
titles), cut to ``--size`` characters. Each pair of comparable schemes runs on
the same string in the same process; the script prints characters per second
for both and the ratio (iuliia time / refkit time), so a ratio above 1 means
refkit is faster. The last line is the smallest ratio.
"""

from __future__ import annotations

import argparse
import gc
import random
import re
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PAIRS = [  # refkit scheme, iuliia schema attribute
    ("bgn-pcgn", "BGN_PCGN"),
    ("gost-7.79-b", "GOST_779_ALT"),
    ("iso9", "GOST_779"),
    ("icao", "ICAO_DOC_9303"),
    ("scientific", "SCIENTIFIC"),
    ("ala-lc", "ALA_LC"),
]
FAMILY = ["Овчарова", "Литвинчук", "Буланакова", "Шорманбаева", "Сейдинова", "Жиенбаев", "Щербаков", "Юрьев", "Ельцина", "Подъячев"]
WORDS = ("стратегия политика внешней интеграция евразийский вектор фактор центральной азии республики корея глобализация "
         "национальная идентичность ограничительные факторы международный научно-исследовательский журнал вестник "
         "университета отношения экономика право объединённых съезд щёлково подъезд южная поисках возможностей "
         "сотрудничества курс лекций издательство объём явление чьё").split()  # fmt: skip
JOURNALS = ["Вестник Санкт-Петербургского университета. Международные отношения", "Евразийская интеграция: экономика, право, политика",
            "Международный научно-исследовательский журнал", "Вопросы истории", "Review of International Studies"]  # fmt: skip


def seed_entries() -> list[str]:
    text = (ROOT / "fixtures" / "seed" / "references-original.md").read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if re.search("[А-Яа-я]", line)]


def make_text(size: int, seed: int = 11) -> str:
    """``size`` characters of reference-list text, mostly Cyrillic, reproducibly."""
    rng = random.Random(seed)
    lines = seed_entries()
    while sum(len(x) + 1 for x in lines) < size:
        authors = ", ".join(f"{rng.choice(FAMILY)} {rng.choice('АБВГДЕЖИКЛМНОПРСТЮЯ')}.{rng.choice('АВДИМНСТ')}." for _ in range(rng.randint(1, 3)))
        title = " ".join(rng.sample(WORDS, rng.randint(4, 10))).capitalize()
        tail = rng.choice([f" DOI: 10.{rng.randint(1000, 9999)}/j.{rng.randint(1, 99999)}", f" URL: https://example.org/{rng.randint(1, 10**6)}", ""])
        lines.append(f"[{len(lines) + 1}] {authors} {title} // {rng.choice(JOURNALS)}. – {rng.randint(1990, 2024)}. – Т. {rng.randint(1, 40)}, № {rng.randint(1, 12)}. – С. {rng.randint(1, 300)}–{rng.randint(301, 600)}.{tail}")
    return "\n".join(lines)[:size]


def best_times(repeat: int, ours, theirs, text: str) -> tuple[float, float]:
    """Best CPU time of each function on ``text``, the two runs interleaved.

    CPU time of this process (not wall time) and interleaving keep the ratio
    fair on a machine that is busy with other work.
    """
    best = [float("inf"), float("inf")]
    for _ in range(repeat):
        for k, func in enumerate((ours, theirs)):
            gc.collect()
            gc.disable()  # as timeit does: a collection caused by one library must not bill the other
            start = time.process_time()
            func(text)
            best[k] = min(best[k], time.process_time() - start)
            gc.enable()
    return best[0], best[1]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", type=int, default=1_000_000)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args(argv)
    try:
        import iuliia
    except ImportError:
        print("iuliia is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2
    from refkit.translit import load_scheme, transliterate

    text = make_text(args.size)
    cyrillic = len(re.findall("[\u0400-\u04ff]", text))
    print(f"text: {len(text):,} characters ({cyrillic / len(text):.0%} Cyrillic), best CPU time of {args.repeat} interleaved runs")
    print(f"{'scheme':14} {'refkit chars/s':>16} {'iuliia chars/s':>16} {'ratio':>7}")
    ratios = []
    for name, attr in PAIRS:
        load_scheme(name).convert("прогрев")  # compile outside the timing
        ours, theirs = best_times(args.repeat, lambda t, n=name: transliterate(t, scheme=n), getattr(iuliia, attr).translate, text)
        ratio = theirs / ours
        ratios.append(ratio)
        print(f"{name:14} {len(text) / ours:16,.0f} {len(text) / theirs:16,.0f} {ratio:6.1f}x")
    print(f"smallest ratio (iuliia time / refkit time): {min(ratios):.1f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
