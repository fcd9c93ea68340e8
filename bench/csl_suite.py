"""Run refkit's CSL renderer on the CSL processor test suite and count passes.

Usage::

    python bench/csl_suite.py PATH [--plain] [--filter WORD] [--show-failures N]

``PATH`` is a checkout of the CSL test suite (its ``processor-tests/humans``
folder, or the folder above it). Each fixture is rendered in HTML and compared
with its expected RESULT, whitespace at both ends ignored. ``--plain`` renders
with citeproc-py alone, for comparison. The last line is ``passed N/M``.

Fixture handling: with CITATIONS, each citation is rendered in turn and the
output lists every citation as ``..[i] text`` (the last one ``>>[i]``); with
CITATION-ITEMS, each listed citation is rendered on its own line; otherwise one
citation holds every input item. In bibliography mode every input item is
registered (in citation order when citations are given).
"""

from __future__ import annotations

import argparse
import json
import re
import signal
import sys
import time
import warnings
from collections import Counter
from pathlib import Path

SECTION = re.compile(r">>=+\s*([A-Z-]+)\s*=+>>\n(.*?)\n<<=+\s*\1\s*=+<<", re.S)


def read_fixture(path: Path) -> dict[str, str]:
    """The sections of one fixture file, by name."""
    return {m.group(1): m.group(2) for m in SECTION.finditer(path.read_text(encoding="utf-8"))}


def citations_of(fixture: dict[str, str], items: list[dict]) -> tuple[list[list[dict]], bool]:
    """The citations to render (lists of cite dicts) and whether they came from CITATIONS."""
    if "CITATIONS" in fixture:
        data = json.loads(fixture["CITATIONS"])
        return [entry[0]["citationItems"] for entry in data], True
    if "CITATION-ITEMS" in fixture:
        return json.loads(fixture["CITATION-ITEMS"]), False
    return [[{"id": item.get("id", f"item-{i + 1}")} for i, item in enumerate(items)]], False


def expected_of(fixture: dict[str, str]) -> str:
    return fixture["RESULT"].strip()


def format_result(mode: str, cited: list[str] | None, bibliography: list[str] | None, numbered: bool) -> str:
    """Lay out rendered citations or bibliography entries the way the suite writes them."""
    if mode == "bibliography":
        entries = [f"\n    {e}\n  " if e.startswith('<div class="csl-left-margin">') else e for e in bibliography or []]
        body = "".join(f'  <div class="csl-entry">{entry}</div>\n' for entry in entries)
        return f'<div class="csl-bib-body">\n{body}</div>'
    if numbered:
        lines = [f"{'>>' if i == len(cited) - 1 else '..'}[{i}] {text}" for i, text in enumerate(cited)]
        return "\n".join(lines)
    return "\n".join(cited)


# ------------------------------------------------------------------ backends

def run_refkit(fixture: dict[str, str]) -> str:
    """Render one fixture with refkit's engine."""
    from refkit.render.engine import Engine

    items = json.loads(fixture["INPUT"])
    citations, numbered = citations_of(fixture, items)
    engine = Engine(fixture["CSL"], items, format="html")
    mode = fixture["MODE"].strip()
    if mode == "bibliography":
        order = [c["id"] for cit in citations for c in cit] if ("CITATIONS" in fixture or "CITATION-ITEMS" in fixture) else None
        engine.register(order)
        return format_result(mode, None, engine.bibliography_entries(), numbered)
    cited = engine.cite_all(citations)
    return format_result(mode, cited, None, numbered)


def run_plain(fixture: dict[str, str]) -> str:
    """Render one fixture with citeproc-py alone (the baseline)."""
    import io

    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator, formatter
    from citeproc.source.json import CiteProcJSON

    items = json.loads(fixture["INPUT"])
    citations, numbered = citations_of(fixture, items)
    style = CitationStylesStyle(io.BytesIO(fixture["CSL"].encode("utf-8")), validate=False)
    bib = CitationStylesBibliography(style, CiteProcJSON(items), formatter.html)
    objs = []
    for cit in citations:
        cites = []
        for c in cit:
            extra = {k: c[k] for k in ("prefix", "suffix") if k in c}
            if "locator" in c:
                extra["locator"] = Locator(c.get("label", "page"), c["locator"])
            cites.append(CitationItem(str(c["id"]), **extra))
        citation = Citation(cites)
        bib.register(citation)
        objs.append(citation)
    mode = fixture["MODE"].strip()
    if mode == "bibliography":
        bib.sort()
        return format_result(mode, None, [str(e) for e in bib.bibliography()], numbered)
    if style.root.bibliography is not None:
        bib.sort()
    cited = [str(bib.cite(c, lambda item: None)) for c in objs]
    return format_result(mode, cited, None, numbered)


class Timeout(Exception):
    pass


def _alarm(signum, frame):  # noqa: ARG001
    raise Timeout


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("path", type=Path)
    parser.add_argument("--plain", action="store_true", help="render with citeproc-py alone")
    parser.add_argument("--filter", default="", help="only fixtures whose name contains this")
    parser.add_argument("--show-failures", type=int, default=0, metavar="N", help="print N failing fixtures with a diff")
    parser.add_argument("--list-failures", action="store_true", help="print the name of every failing fixture")
    args = parser.parse_args(argv)

    root = args.path
    if (root / "processor-tests" / "humans").is_dir():
        root = root / "processor-tests" / "humans"
    files = sorted(p for p in root.glob("*.txt") if args.filter in p.name)
    if not files:
        print(f"no fixtures under {args.path}", file=sys.stderr)
        return 2
    run = run_plain if args.plain else run_refkit
    passed: Counter[str] = Counter()
    total: Counter[str] = Counter()
    failures = []
    signal.signal(signal.SIGALRM, _alarm)
    start = time.perf_counter()
    for path in files:
        category = path.name.split("_", 1)[0]
        total[category] += 1
        fixture = read_fixture(path)
        try:
            signal.alarm(10)
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                got = run(fixture).strip()
        except Exception as exc:  # a crash is a failure, recorded with its reason
            got = f"<{type(exc).__name__}: {exc}>"
        finally:
            signal.alarm(0)
        if got == expected_of(fixture):
            passed[category] += 1
        else:
            failures.append((path.name, expected_of(fixture), got))
    elapsed = time.perf_counter() - start
    for category in sorted(total):
        print(f"{category:16} {passed[category]:4}/{total[category]:<4}")
    if args.list_failures:
        for name, _, _ in failures:
            print("FAIL", name)
    for name, want, got in failures[: args.show_failures]:
        print(f"--- {name}\n want: {want!r}\n  got: {got!r}")
    n, m = sum(passed.values()), sum(total.values())
    print(f"engine: {'citeproc-py' if args.plain else 'refkit'}; {elapsed:.1f} s")
    print(f"passed {n}/{m} ({100 * n / m:.1f}%)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
