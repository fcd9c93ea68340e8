"""Run refkit's CSL renderer on the CSL processor test suite and count passes.

Usage::

    python bench/csl_suite.py PATH [--plain] [--filter WORD] [--show-failures N]

``PATH`` is a checkout of the CSL test suite (its ``processor-tests/humans``
folder, or the folder above it). Each fixture is rendered in HTML and compared
with its expected RESULT, whitespace at both ends ignored. ``--plain`` renders
with citeproc-py alone, for comparison. The last line is ``passed N/M``.

Fixture handling: CITATIONS edits are replayed (a citation with a known id
replaces it; the document order is the one the last edit gives), every
citation of the final document is rendered in order, and ``>>[i]`` marks those
the last edit added or changed (``..[i]`` the rest); with CITATION-ITEMS, each
listed citation is rendered on its own line; otherwise one citation holds every
input item. In bibliography mode the cited items are registered in citation
order (all input items when nothing is cited). Both engines go through the same
handling, so their figures compare.
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


def document_orders(data: list) -> tuple[list[tuple[str, list]], list[tuple[str, list]], str]:
    """Replay CITATIONS edits: the document's citations before and after the last edit, and its id.

    Each edit is ``[citation, citations before it, citations after it]``; a
    citation whose id is already in the document replaces it, and the document
    order is the "before" ids, the citation, then the "after" ids.
    """
    known: dict[str, list] = {}
    order: list[str] = []
    before: list[tuple[str, list]] = []
    last = ""
    for n, (citation, pre, post) in enumerate(data):
        if n == len(data) - 1:
            before = [(cid, known[cid]) for cid in order]
        cid = str(citation.get("citationID", f"c{n}"))
        known[cid] = citation["citationItems"]
        ids = [str(p[0]) for p in pre] + [cid] + [str(p[0]) for p in post]
        order = [i for i in ids if i in known]
        last = cid
    return before, [(cid, known[cid]) for cid in order], last


def citations_of(fixture: dict[str, str], items: list[dict]) -> tuple[list[list[dict]], bool]:
    """The citations to render (lists of cite dicts) and whether they came from CITATIONS."""
    if "CITATIONS" in fixture:
        _, after, _ = document_orders(json.loads(fixture["CITATIONS"]))
        return [cites for _, cites in after], True
    if "CITATION-ITEMS" in fixture:
        return json.loads(fixture["CITATION-ITEMS"]), False
    return [[{"id": item.get("id", f"item-{i + 1}")} for i, item in enumerate(items)]], False


_DIV_SPACE = re.compile(r'\s*(<div class="csl-(?:block|left-margin|right-inline|indent)">)|(</div>)\s*')


def normalized(html: str) -> str:
    """Whitespace between block-level ``csl-*`` divs removed (it does not show in HTML), in both outputs."""
    return _DIV_SPACE.sub(lambda m: m.group(1) or m.group(2), html.strip())


def expected_of(fixture: dict[str, str]) -> str:
    return normalized(fixture["RESULT"])


def format_result(mode: str, cited: list[str] | None, bibliography: list[str] | None, numbered: bool) -> str:
    """Lay out rendered citations or bibliography entries the way the suite writes them."""
    if mode == "bibliography":
        entries = [f"\n    {e}\n  " if e.startswith('<div class="csl-left-margin">') else e for e in bibliography or []]
        body = "".join(f'  <div class="csl-entry">{entry}</div>\n' for entry in entries)
        return f'<div class="csl-bib-body">\n{body}</div>'
    return "\n".join(cited or [])


def mark_changes(fixture: dict[str, str], render) -> str:
    """CITATIONS output: ``>>[i]`` for citations the last edit added or changed, ``..[i]`` for the rest."""
    before, after, last = document_orders(json.loads(fixture["CITATIONS"]))
    old = dict(zip([cid for cid, _ in before], render([c for _, c in before]))) if before else {}
    new = render([c for _, c in after])
    lines = []
    for i, ((cid, _), text) in enumerate(zip(after, new)):
        changed = cid == last or old.get(cid) != text
        lines.append(f"{'>>' if changed else '..'}[{i}] {text}")
    return "\n".join(lines)


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
    if numbered:
        return mark_changes(fixture, lambda cits: Engine(fixture["CSL"], items, format="html").cite_all(cits))
    cited = engine.cite_all(citations)
    return format_result(mode, cited, None, numbered)


def _plain_render(fixture: dict[str, str], items: list[dict], citations: list[list[dict]], mode: str) -> list[str]:
    import io

    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, Locator, formatter
    from citeproc.source.json import CiteProcJSON

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
    if mode == "bibliography":
        bib.sort()
        return [str(e) for e in bib.bibliography()]
    if style.root.bibliography is not None:
        bib.sort()
    return [str(bib.cite(c, lambda item: None)) for c in objs]


def run_plain(fixture: dict[str, str]) -> str:
    """Render one fixture with citeproc-py alone (the baseline)."""
    items = json.loads(fixture["INPUT"])
    citations, numbered = citations_of(fixture, items)
    mode = fixture["MODE"].strip()
    if mode == "bibliography":
        return format_result(mode, None, _plain_render(fixture, items, citations, mode), numbered)
    if numbered:
        return mark_changes(fixture, lambda cits: _plain_render(fixture, items, cits, mode))
    return format_result(mode, _plain_render(fixture, items, citations, mode), None, numbered)


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
                got = normalized(run(fixture))
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
