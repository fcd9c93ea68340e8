"""Running every rule over a manuscript and collecting a :class:`~refkit.check.report.Report`.

:func:`check` takes a :class:`~refkit.readers.Document` (an article with its
lists and body) or a plain sequence of references (one list), runs the rules
that apply, and never raises for what it finds. Online checks run only when
asked to (``offline=False``) and when :mod:`refkit.resolve` is available;
otherwise the report records them as skipped.
"""

from __future__ import annotations

import re

from collections.abc import Iterable, Sequence
from typing import Any

from ..findings import Finding
from ..model import Reference
from . import rules_citation, rules_entry, rules_list, rules_twin
from .citations import Citation, article_body, extract_citations
from .facts import facts as facts_of
from .report import ListView, Report
from .twins import find_twins
from .types import CheckFinding

__all__ = ["check"]


def _number(ref: Reference, pos: int) -> int:
    try:
        return int(ref.number) if ref.number is not None else pos + 1
    except (TypeError, ValueError):
        return pos + 1


_LETTERS = re.compile(r"[^\W\d_]")


def check(
    source: Any,
    *,
    offline: bool = True,
    client: Any = None,
    body: str | None = None,
    resolver: Any = None,
) -> Report:
    """Check references (a Document, a list of Reference, or CSL-JSON items) and return a Report.

    ``offline`` (the default in the library) skips every check that needs the
    network; ``client`` is the :class:`refkit.resolve.Client` to use when
    online. ``body`` supplies the article text when ``source`` is a bare list.
    ``resolver`` replaces :func:`refkit.resolve.resolve` (for tests).
    """
    lists, headings, text, path = _lists_of(source)
    if body is not None:
        text = body
    views = []
    found: list[CheckFinding] = []
    skipped: list[str] = []
    all_facts = [[facts_of(r) for r in refs] for refs in lists]

    def add(findings: Iterable[Finding], list_index: int | None, pos: int | None) -> None:
        for f in findings:
            ref_no = _number(lists[list_index][pos], pos) if list_index is not None and pos is not None else None
            found.append(CheckFinding(f, list_index + 1 if list_index is not None else None, ref_no))

    twins = find_twins(lists)
    latin_lists = {p.latin for p in twins}
    partner: dict[tuple[int, int], tuple[int, int]] = {}
    for p in twins:
        for i, j in p.pairs:
            partner[(p.original, i)] = (p.latin, j)
            partner[(p.latin, j)] = (p.original, i)

    # entries on their own, and each list as a whole
    for li, refs in enumerate(lists):
        for pos, ref in enumerate(refs):
            add(rules_entry.parse_uncertain(ref), li, pos)
            add(rules_entry.missing_field(ref, all_facts[li][pos]), li, pos)
            add(rules_entry.url_malformed(ref), li, pos)
            add(rules_entry.doi_invalid(ref), li, pos)
            add(rules_entry.isbn_invalid(ref), li, pos)
            add(rules_entry.mixed_script(ref), li, pos)
            nonstandard = list(rules_twin.translit_nonstandard(ref))
            if li in latin_lists:
                # a Hangul name printed beside a non-standard romanisation is one problem with one fix:
                # reported once, as the romanisation it has, not again as "not transliterated"
                romanised = {f.field for f in nonstandard}
                add((f for f in rules_twin.translit_untransliterated(ref) if f.field not in romanised), li, pos)
            add(nonstandard, li, pos)
        for rule in (rules_list.numbering, rules_list.duplicate, rules_list.style_inconsistent):
            for pos, f in rule(refs):
                add([f], li, pos)

    # twins
    tr = rules_twin.translit_module()
    if twins and tr is None:
        skipped.append("transliteration checks (twin titles, mixed schemes): refkit.translit is not available")
    for p in twins:
        a, b = lists[p.original], lists[p.latin]
        pair_refs = [(a[i], b[j]) for i, j in p.pairs]
        scheme = _list_scheme(pair_refs, tr)
        for i, j in p.pairs:
            add(rules_twin.twin_mismatch(a[i], b[j], all_facts[p.original][i], all_facts[p.latin][j], scheme=scheme), p.latin, j)
        for pos, f in rules_twin.translit_scheme_mixed(pair_refs):
            if pos is not None:
                add([f], p.latin, p.pairs[pos][1])
        for i in p.only_original:
            add([rules_twin.twin_missing(a[i], i, "the transliterated list")], p.original, i)
        for j in p.only_latin:
            add([rules_twin.twin_missing(b[j], j, "the list as written")], p.latin, j)

    # the body
    citations: list[Citation] = []
    body_text = article_body(text) if text is not None and lists else ""
    body_citations = extract_citations(body_text) if body_text else []
    if text is not None and lists and not body_citations and len(_LETTERS.findall(body_text)) < 40:
        # a list under a heading and no article around it: nothing can cite the entries, so none is 'never cited'
        skipped.append("citation checks: no article text besides the reference list")
    elif text is not None and lists:
        citations = body_citations
        numeric = [c for c in citations if c.target is not None]
        citations = numeric or citations  # a numeric article's "(Name, 2008)" is prose, not a citation
        first = lists[0]
        twin_refs = [lists[partner[(0, i)][0]][partner[(0, i)][1]] if (0, i) in partner else None for i in range(len(first))]
        twin_facts = [all_facts[partner[(0, i)][0]][partner[(0, i)][1]] if (0, i) in partner else None for i in range(len(first))]
        targets = rules_citation.match_citations(citations, first, all_facts[0], twin_refs)
        add(rules_citation.citation_missing(citations, targets), None, None)
        for pos, f in rules_citation.never_cited(first, targets):
            add([f], 0, pos)
        for pos, f in rules_citation.cited_page_out_of_range(citations, targets, first, all_facts[0], twin_facts):
            add([f], 0, pos)
    elif text is None:
        skipped.append("citation checks: no article text (a bare list was checked)")

    # online
    unreachable = None if offline or resolver is not None else _unreachable(client)
    if offline:
        skipped.append("online checks (DOI, retraction, links): offline")
    elif unreachable:
        skipped.append(f"online checks (DOI, retraction, links): no network ({unreachable})")
    else:
        online_lists = [refs if li not in latin_lists else [] for li, refs in enumerate(lists)]
        found.extend(_online(online_lists, client, resolver, skipped))

    for li, refs in enumerate(lists):
        role = "transliterated" if li in latin_lists else ("as written" if any(p.original == li for p in twins) else None)
        views.append(ListView(li + 1, headings[li], role, tuple(refs), tuple(_number(r, k) for k, r in enumerate(refs))))
    pairs = tuple((p.original + 1, p.latin + 1, tuple((i, j) for i, j in p.pairs)) for p in twins)
    return Report(tuple(views), tuple(_dedupe(found)), tuple(citations), tuple(skipped), pairs, path)


def _list_scheme(pairs: Sequence[tuple[Reference, Reference]], tr: Any) -> str | None:
    """The scheme most of a Latin list was written in (from entries whose original is Cyrillic)."""
    if tr is None:
        return None
    from collections import Counter

    votes: Counter[str] = Counter()
    for original, latin in pairs:
        for field in ("title", "container-title"):
            o, lat = original.get(field), latin.get(field)
            if isinstance(o, str) and isinstance(lat, str) and rules_twin._cyrillic(o) and not rules_twin._cyrillic(lat):
                try:
                    scheme, confidence = tr.detect_scheme(lat, original=o)
                except Exception:
                    continue
                if scheme and confidence >= 0.5:
                    votes[scheme] += 1
    return votes.most_common(1)[0][0] if votes else None


def _dedupe(found: list[CheckFinding]) -> list[CheckFinding]:
    out, seen = [], set()
    for f in found:
        key = (f.code, f.list, f.reference, f.field, f.message)
        if key not in seen:
            seen.add(key)
            out.append(f)
    return out


def _unreachable(client: Any) -> str | None:
    """Why the network cannot be used (a short reason), or None when the DOI service answers a connection."""
    import socket
    from urllib.parse import urlsplit

    try:
        url = client.service_url("doi", "/") if client is not None else "https://doi.org/"
    except Exception:
        url = "https://doi.org/"
    parts = urlsplit(url)
    host = parts.hostname or "doi.org"
    port = parts.port or (443 if parts.scheme == "https" else 80)
    try:
        with socket.create_connection((host, port), timeout=3):
            return None
    except OSError as exc:
        return f"{host} unreachable: {exc.strerror or exc.__class__.__name__}"


def _online(lists: list[list[Reference]], client: Any, resolver: Any, skipped: list[str]) -> list[CheckFinding]:
    """Findings from resolution for every entry, placed in their lists."""
    if resolver is None:
        try:
            from ..resolve import resolve as resolver
        except ImportError:
            skipped.append("online checks (DOI, retraction, links): refkit.resolve is not available")
            return []
    out: list[CheckFinding] = []
    for li, refs in enumerate(lists):
        if not refs:
            continue
        kwargs = {"client": client} if client is not None else {}
        try:
            result = resolver(list(refs), **kwargs)
        except Exception as exc:  # the network failed as a whole: say so, judge nothing
            skipped.append(f"online checks for list {li + 1}: {exc}")
            continue
        outcomes = getattr(result, "outcomes", result)
        for pos, outcome in enumerate(outcomes):
            if pos >= len(refs):
                break
            for f in getattr(outcome, "findings", ()) or ():
                if isinstance(f, Finding):
                    out.append(CheckFinding(f, li + 1, _number(refs[pos], pos)))
    return out


def _lists_of(source: Any) -> tuple[list[list[Reference]], list[str | None], str | None, str | None]:
    lists_attr = getattr(source, "lists", None)
    if lists_attr is not None:
        lists = [list(lst.references) for lst in lists_attr]
        headings = [getattr(lst, "heading", None) for lst in lists_attr]
        return lists, headings, getattr(source, "body", None), getattr(source, "path", None)
    refs = [r if isinstance(r, Reference) else Reference.from_csl(r) for r in source]
    return [refs], [None], None, None
