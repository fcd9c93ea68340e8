"""Render five varied items in every independent style of the CSL catalogue.

Usage::

    python bench/all_styles.py [--plain] [--limit N] [--show N]

The items are a journal article, a book, a book chapter, a web page and a
Russian (Cyrillic) journal article. Each style renders the bibliography and one
citation per item, in text. The script counts styles that raise an exception,
prints the most common errors, and ends with ``ok N/M``. ``--plain`` runs
citeproc-py alone, for comparison.

Where a mistake can be told without a reference processor, refkit's output is
also checked: an empty entry, a book entry without the book's title (every
style prints it), an empty pair of brackets ``()`` / ``[]`` (CSL prints
affixes only around content), doubled punctuation (``,,``, ``..``, ``, .``),
a citation-number label run into the text (``[1]Smith``, ``1.Smith``) and a
raw ``None``. Each style counts once under every reason that applies and once
in the ``suspect`` total; ``--examples`` prints the first entries that gave
each reason. These are heuristics: a style may prescribe what looks odd here.
"""

from __future__ import annotations

import argparse
import re
import sys
import warnings
from collections import Counter

ITEMS = [
    {"id": "article", "type": "article-journal", "title": "How to compare regional powers",
     "author": [{"family": "Detlef", "given": "Nolte"}, {"family": "Smith", "given": "Jane A."}],
     "container-title": "Review of International Studies", "volume": "36", "issue": "4", "page": "881-901",
     "issued": {"date-parts": [[2010, 10]]}, "DOI": "10.1017/S026021051000135X"},
    {"id": "book", "type": "book", "title": "Asia rising: who is leading?", "author": [{"family": "Acharya", "given": "Amitav"}],
     "publisher": "World Scientific", "publisher-place": "Singapore", "issued": {"date-parts": [[2008]]},
     "number-of-pages": "191", "edition": "2"},
    {"id": "chapter", "type": "chapter", "title": "The EU-South Korea free trade agreement",
     "author": [{"family": "Cooper", "given": "William H."}], "editor": [{"family": "Becker", "given": "A. K."}],
     "container-title": "South Korea: international relations", "publisher": "Nova Science", "publisher-place": "New York",
     "page": "27-54", "issued": {"date-parts": [[2011]]}},
    {"id": "web", "type": "webpage", "title": "Presidential Committee on Northern Economic Cooperation",
     "author": [{"literal": "Presidential Committee"}], "URL": "https://www.bukbang.go.kr/",
     "accessed": {"date-parts": [[2024, 1, 15]]}, "issued": {"date-parts": [[2019, 3, 4]]}, "container-title": "Bukbang"},
    {"id": "cyrillic", "type": "article-journal", "language": "ru",
     "title": "Евразийский вектор внешней политики Республики Корея",
     "author": [{"family": "Буланакова", "given": "М. А."}], "container-title": "Евразийская интеграция",
     "issue": "4", "page": "70-87", "issued": {"date-parts": [[2020]]}},
]  # fmt: skip


def render_refkit(path: str) -> list[str]:
    from refkit.render.engine import Engine

    engine = Engine(path, ITEMS, format="text")
    engine.cite_all([[{"id": item["id"]}] for item in ITEMS])
    return engine.bibliography_entries() if engine.has_bibliography else []


DEBRIS = re.compile(r"\(\s*\)|\[\s*\]")
DOUBLED = re.compile(r",,|;;|::|(?<![.\w])\.\.(?!\.)|(?<=\w)\.\.(?!\.)|[,;:]\s*[.,;:](?!\w)")
LABEL_RUN_IN = re.compile(r"^\s*(?:\[\d+\]|\d+\.)(?=[^\s\d.,;:)\]])")
NONE = re.compile(r"\bNone\b")
URL_OR_DOI = re.compile(r"\S*(?:https?://|doi\.org/|10\.\d{4,}/)\S*")


def suspects(entries: list[str]) -> dict[str, str]:
    """Why a bibliography looks wrong: ``{reason: the first entry showing it}`` (empty if it looks fine)."""
    found: dict[str, str] = {}
    if not entries:
        return found
    for entry in entries:
        text = URL_OR_DOI.sub("URL", entry)
        checks = [
            ("empty entry", not entry.strip()),
            ("debris " + repr(m.group()) if (m := DEBRIS.search(text)) else "", bool(m)),
            ("doubled punctuation", bool(DOUBLED.search(text))),
            ("label run into the text", bool(LABEL_RUN_IN.match(entry))),
            ("raw None", bool(NONE.search(text))),
        ]
        for reason, hit in checks:
            if hit:
                found.setdefault(reason, entry)
    if "asia rising" not in " ".join(entries).casefold():
        found.setdefault("book title missing", "")
    return found


def render_plain(path: str) -> None:
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    style = CitationStylesStyle(path, validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(ITEMS), formatter.plain)
    citations = [Citation([CitationItem(item["id"])]) for item in ITEMS]
    for citation in citations:
        bib.register(citation)
    if style.has_bibliography():
        bib.sort()
        [str(e) for e in bib.bibliography()]
    [str(bib.cite(c, lambda item: None)) for c in citations]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--plain", action="store_true")
    parser.add_argument("--limit", type=int, default=0)
    parser.add_argument("--show", type=int, default=10, help="print this many of the most common errors")
    parser.add_argument("--examples", action="store_true", help="print a style and entry for each suspect reason")
    args = parser.parse_args(argv)
    from refkit.render.catalogue import independent_styles

    styles = independent_styles()
    if args.limit:
        styles = styles[: args.limit]
    run = render_plain if args.plain else render_refkit
    errors: Counter[str] = Counter()
    reasons: Counter[str] = Counter()
    examples: dict[str, str] = {}
    suspect_styles = 0
    failed = []
    warnings.simplefilter("ignore")
    for path in styles:
        try:
            out = run(str(path))
        except Exception as exc:  # counted and summarised, the run goes on
            failed.append(path.stem)
            errors[f"{type(exc).__name__}: {str(exc)[:90]}"] += 1
            continue
        found = suspects(out) if out else {}
        suspect_styles += bool(found)
        for reason, entry in found.items():
            reasons[reason] += 1
            examples.setdefault(reason, f"{path.stem}: {entry}")
    for message, count in errors.most_common(args.show):
        print(f"{count:5}  {message}")
    print(f"engine: {'citeproc-py' if args.plain else 'refkit'}; failed: {' '.join(failed[:20])}{' ...' if len(failed) > 20 else ''}")
    if not args.plain:
        for reason, count in reasons.most_common(args.show):
            print(f"{count:5}  suspect: {reason}")
            if args.examples:
                print(f"       e.g. {examples[reason]}")
        print(f"suspect {suspect_styles}/{len(styles)}")
    print(f"ok {len(styles) - len(failed)}/{len(styles)}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
