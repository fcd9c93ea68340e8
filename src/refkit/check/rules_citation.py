"""Rules that compare the article body with its list: ``citation-missing``, ``never-cited``, ``cited-page-out-of-range``.

Citations point at the list as written (list 1). In numeric style an entry is
found by its number; in author–date style by the first author's family name
(in either twin) and the year.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence

from ..findings import Finding
from ..model import Reference
from .citations import Citation
from .facts import Facts

__all__ = ["cited_page_out_of_range", "match_citations", "never_cited", "citation_missing"]

Located = Iterator[tuple[int | None, Finding]]


def _names(ref: Reference) -> set[str]:
    out = set()
    for n in ref.author[:1] or ref.editor[:1]:
        for value in (n.family, n.literal, (n.family or "") + (n.given or "") if n.family else None):
            if value:
                out.add(value.lower())
    if not out and ref.raw:
        m = re.match(r"\s*([\w'’\-\uac00-\ud7a3]+)", ref.raw)
        if m:
            out.add(m.group(1).lower())
    return out


def match_citations(
    citations: Sequence[Citation], refs: Sequence[Reference], facts: Sequence[Facts], twins: Sequence[Reference | None] = ()
) -> list[int | None]:
    """For each citation, the position in ``refs`` it points at, or None."""
    numbered = {}
    for pos, ref in enumerate(refs):
        key = ref.number if ref.number is not None else pos + 1
        try:
            numbered.setdefault(int(key), pos)
        except (TypeError, ValueError):
            pass
    out: list[int | None] = []
    for c in citations:
        if c.target is not None:
            out.append(numbered.get(c.target))
            continue
        hit = None
        for pos, ref in enumerate(refs):
            names = _names(ref) | (_names(twins[pos]) if pos < len(twins) and twins[pos] is not None else set())
            year = facts[pos].year
            if c.author and c.author.lower() in names and c.year and year is not None and c.year[:4] == str(year):
                hit = pos
                break
        out.append(hit)
    return out


def citation_missing(citations: Sequence[Citation], targets: Sequence[int | None]) -> Iterator[Finding]:
    """``citation-missing``: an in-text citation pointing at no entry.

    Why: a reader who follows ``[16]`` or ``(Smith, 2020)`` and finds nothing
    cannot check the claim; usually an entry was deleted or the list renumbered.
    """
    reported = set()
    for c, target in zip(citations, targets):
        if target is not None:
            continue
        what = f"[{c.target}]" if c.target is not None else f"{c.author}, {c.year}"
        if (what, c.line) in reported:
            continue
        reported.add((what, c.line))
        yield Finding(
            "citation-missing", "error", None,
            f"the citation “{c.text}” on line {c.line} points at {what}, which is not in the reference list",
            "add the missing entry or correct the citation",
        )  # fmt: skip


def never_cited(refs: Sequence[Reference], targets: Sequence[int | None]) -> Located:
    """``never-cited``: an entry no in-text citation points at.

    Why: journals require every listed work to be cited; an uncited entry is
    padding or the trace of a deleted passage.
    """
    cited = {t for t in targets if t is not None}
    for pos, ref in enumerate(refs):
        if pos not in cited:
            label = f"[{ref.number}]" if ref.number is not None else "this entry"
            yield pos, Finding(
                "never-cited", "warning", None, f"{label} is never cited in the text", "cite it where it is used, or remove it",
            )


def cited_page_out_of_range(
    citations: Sequence[Citation], targets: Sequence[int | None], refs: Sequence[Reference], facts: Sequence[Facts],
    twin_facts: Sequence[Facts | None] = (),
) -> Located:  # fmt: skip
    """``cited-page-out-of-range``: a cited page outside the entry's page range or page count.

    Why: ``[2, p. 950]`` for an article printed on pp. 881–901 is a typo in the
    citation or in the entry; either way the reader lands on the wrong page.
    The twin's pages are used when the list as written gives none.
    """
    for c, target in zip(citations, targets):
        if target is None or c.pages is None:
            continue
        span = facts[target].pages
        if span.empty and target < len(twin_facts) and twin_facts[target] is not None:
            span = twin_facts[target].pages
        kind = refs[target].type
        bad = [p for p in sorted(set(c.pages)) if span.contains(p, kind=kind) is False]
        if bad:
            cited = f"{c.pages[0]}" if c.pages[0] == c.pages[1] else f"{c.pages[0]}–{c.pages[1]}"
            yield target, Finding(
                "cited-page-out-of-range", "error", "page",
                f"“{c.text}” on line {c.line} cites page {cited}, but the entry gives {span.describe()}",
                "correct the page in the citation or the pages of the entry",
            )  # fmt: skip
