"""Benchmark: render 1,000 varied references in APA and IEEE, refkit against plain citeproc-py.

Usage::

    python bench/render.py [--items 1000] [--styles apa,ieee] [--profile]

Both engines render the same items in the same process, bibliography and one
citation per item; the script prints each time and the ratio
(citeproc-py time / refkit time), so a ratio above 1 means refkit is faster.
"""

from __future__ import annotations

import argparse
import random
import sys
import time
import warnings

GIVEN = ["John", "Mary", "Anna", "Peter", "Li", "Maria", "José", "Ingrid", "Ahmed", "Yuki", "Olga", "Sergei"]
FAMILY = ["Smith", "Jones", "García", "Müller", "Kim", "Nguyen", "Ivanova", "Brown", "Tanaka", "Rossi", "Okafor", "Larsen"]
CYR_GIVEN = ["Т. Н.", "В. И.", "М. А.", "Д. Г.", "А. С."]
CYR_FAMILY = ["Овчарова", "Литвинчук", "Буланакова", "Шорманбаева", "Сейдинова", "Жиенбаев", "Иванов"]
HANGUL = [("왕", "길환"), ("이", "준기"), ("김", "종태"), ("박", "서연")]
WORDS = ("regional power analytical concept research topic middle global rebalancing engagement central asia "
         "strategy policy integration vector foreign trade agreement implications discourse structure").split()
JOURNALS = ["Review of International Studies", "Journal of Northeast Asian History", "Economy and Society",
            "Вестник Санкт-Петербургского университета", "Евразийская интеграция: экономика, право, политика"]
PUBLISHERS = [("Routledge", "London"), ("Springer", "Berlin"), ("Nova Science Publishers", "New York"), ("Наука", "Москва")]
TYPES = ["article-journal", "article-journal", "book", "chapter", "webpage", "paper-conference", "report", "thesis"]


def _title(rng: random.Random) -> str:
    words = rng.sample(WORDS, rng.randint(3, 9))
    return " ".join(words).capitalize()


def _names(rng: random.Random, cyrillic: bool) -> list[dict]:
    out = []
    for _ in range(rng.choice([1, 1, 2, 2, 3, 4, 6, 8, 22])):
        if cyrillic:
            out.append({"family": rng.choice(CYR_FAMILY), "given": rng.choice(CYR_GIVEN)})
        elif rng.random() < 0.08:
            family, given = rng.choice(HANGUL)
            out.append({"family": family, "given": given})
        else:
            out.append({"family": rng.choice(FAMILY), "given": rng.choice(GIVEN)})
    return out


def make_items(n: int = 1000, seed: int = 7) -> list[dict]:
    """``n`` varied CSL-JSON items (types, name counts, scripts, dates, identifiers), reproducibly."""
    rng = random.Random(seed)
    items = []
    for i in range(n):
        kind = rng.choice(TYPES)
        cyrillic = rng.random() < 0.2
        item = {"id": f"item{i}", "type": kind, "title": _title(rng), "author": _names(rng, cyrillic)}
        year = rng.randint(1950, 2024)
        parts = [year] + ([rng.randint(1, 12)] if rng.random() < 0.3 else [])
        item["issued"] = {"date-parts": [parts]}
        if cyrillic:
            item["language"] = "ru"
        if kind in ("article-journal", "paper-conference"):
            item["container-title"] = rng.choice(JOURNALS)
            item["volume"] = str(rng.randint(1, 120))
            item["issue"] = str(rng.randint(1, 12))
            first = rng.randint(1, 900)
            item["page"] = f"{first}-{first + rng.randint(3, 40)}"
            if rng.random() < 0.5:
                item["DOI"] = f"10.{rng.randint(1000, 9999)}/x{i}"
        elif kind in ("book", "report", "thesis"):
            publisher, place = rng.choice(PUBLISHERS)
            item["publisher"], item["publisher-place"] = publisher, place
            item["number-of-pages"] = str(rng.randint(80, 600))
            if kind == "thesis":
                item["genre"] = "PhD thesis"
        elif kind == "chapter":
            publisher, place = rng.choice(PUBLISHERS)
            item["publisher"], item["publisher-place"] = publisher, place
            item["container-title"] = _title(rng)
            item["editor"] = _names(rng, cyrillic)[:2]
            first = rng.randint(1, 300)
            item["page"] = f"{first}-{first + rng.randint(5, 30)}"
        else:
            item["URL"] = f"https://example.org/{i}"
            item["accessed"] = {"date-parts": [[2024, rng.randint(1, 12), rng.randint(1, 28)]]}
            item["container-title"] = "Example Site"
        items.append(item)
    return items


def run_plain(items: list[dict], style_path: str) -> list[str]:
    """Render with citeproc-py alone: style load, one citation per item, bibliography."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    style = CitationStylesStyle(style_path, validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.plain)
    citations = [Citation([CitationItem(item["id"])]) for item in items]
    for citation in citations:
        bib.register(citation)
    bib.sort()
    out = [str(bib.cite(c, lambda item: None)) for c in citations]
    return out + [str(entry) for entry in bib.bibliography()]


def run_refkit(items: list[dict], style: str) -> list[str]:
    """Render with refkit: the same work through refkit's engine."""
    from refkit.render.engine import Engine

    engine = Engine(style, items, format="text")
    out = engine.cite_all([[{"id": item["id"]}] for item in items])
    return out + engine.bibliography_entries()


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, default=1000)
    parser.add_argument("--styles", default="apa,ieee")
    parser.add_argument("--profile", action="store_true", help="profile refkit's run instead of timing both")
    parser.add_argument("--plain-profile", action="store_true", help="profile plain citeproc-py's run")
    args = parser.parse_args(argv)
    from refkit.render import find_style

    items = make_items(args.items)
    warnings.simplefilter("ignore")
    for name in args.styles.split(","):
        path = str(find_style(name))
        if args.profile or args.plain_profile:
            import cProfile
            import pstats

            fn = run_plain if args.plain_profile else run_refkit
            cProfile.runctx("fn(items, path)", globals(), {"fn": fn, "items": items, "path": path}, "/tmp/render.prof")
            pstats.Stats("/tmp/render.prof").sort_stats("cumulative").print_stats(35)
            continue
        t0 = time.perf_counter()
        run_plain(items, path)
        t1 = time.perf_counter()
        run_refkit(items, path)
        t2 = time.perf_counter()
        plain, ours = t1 - t0, t2 - t1
        print(f"{name:6} {len(items)} items: citeproc-py {plain:6.2f} s, refkit {ours:6.2f} s, ratio {plain / ours:5.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
