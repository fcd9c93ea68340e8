"""Rendering one citation: cite order, affixes, suppressed authors and collapsing.

Replaces citeproc-py's ``Layout.render_citation``, which (1) re-orders cites
by bibliography position even when the style gives no citation sort, (2)
ignores ``collapse`` (``[1]–[3]``, ``Smith 2000a, b``), and (3) cannot suppress
the author (``suppress-author`` / ``author-only`` cites).
"""

from __future__ import annotations

from typing import Any

__all__ = ["render_citation"]


def _render_cite(layout: Any, item: Any, *, suppress: bool = False, author_only: bool = False) -> Any:
    from citeproc.source import VariableError

    engine = layout._engine
    layout.repressed = {}
    engine.current = item
    engine.subsequent = item.key in engine.cited_keys
    engine.names_mode = "suppress" if suppress else ("capture" if author_only else None)
    engine.names_seen = False
    engine.captured = None
    engine.suffixed = set()
    try:
        text = layout.render_children(item)
        if author_only:
            from citeproc.string import String

            return String(engine.captured) if engine.captured is not None else None
        return text
    except VariableError:
        return None
    finally:
        engine.names_mode = None
        engine.subsequent = False


def _cited(layout: Any, cite: Any) -> None:
    """Record a rendered cite: citeproc-py's list (for positions) and refkit's set (for et-al-subsequent)."""
    layout.getparent().cites.append(cite)
    layout._engine.cited_keys.add(cite.key)


def _capitalize_term(layout: Any, item: Any, text: Any) -> str:
    """Ibid. capitalised where a sentence starts: a note's first cite, or after a prefix ending in a period."""
    out = str(text)
    engine = layout._engine
    if engine.ibid_term is None:
        engine.ibid_term = str(layout.get_single_term("ibid") or "")
    ibid = engine.ibid_term
    if not ibid or not out.startswith(ibid) or not ibid[:1].islower():
        return out
    prefix = str(item.get("prefix", "")).rstrip()
    note = engine.root.get("class") == "note"
    if prefix.endswith((".", "!", "?")) or (note and not prefix and getattr(layout, "_first_cite", False)):
        return out[:1].upper() + out[1:]
    return out


def _with_affixes(item: Any, text: Any, layout: Any = None) -> str:
    prefix = str(item.get("prefix", ""))
    suffix = str(item.get("suffix", ""))
    out = _capitalize_term(layout, item, text) if layout is not None else str(text)
    if prefix:
        out = prefix + ("" if prefix.endswith(" ") or not prefix[-1:].isalnum() else " ") + out
    if suffix:
        out = out + ("" if suffix.startswith((" ", ",", ".", ";", ":")) or not suffix[:1].isalnum() else " ") + suffix
    return out


def _author_key(item: Any) -> tuple:
    ref = item.reference
    for variable in ("author", "editor", "translator"):
        names = ref.get(variable)
        if names:
            return tuple(tuple(str(p) for p in name.parts()) for name in names)
    return ("title", str(ref.get("title", "")))


def _number_ranges(numbers: list[tuple[int, str]], delimiter: str, dash: str) -> list[str]:
    """Cite texts of numbered cites with runs of three or more consecutive numbers as ranges."""
    out: list[str] = []
    i = 0
    while i < len(numbers):
        j = i
        while j + 1 < len(numbers) and numbers[j + 1][0] == numbers[j][0] + 1:
            j += 1
        if j - i >= 2:
            out.append(numbers[i][1] + dash + numbers[j][1])
        else:
            out.extend(text for _, text in numbers[i : j + 1])
        i = j + 1
    return out


def render_citation(layout: Any, citation: Any, callback: Any) -> Any:
    """One citation's text, or None."""
    parent = layout.getparent()
    good = [c for c in citation.cites if not c.is_bad()]
    bad = [c for c in citation.cites if c.is_bad()]
    if parent.sort is not None:
        good = parent.sort.sort(good, layout)
    delimiter = layout.get("delimiter", "")
    collapse = parent.get("collapse")
    pieces: list[str] = []
    if collapse == "citation-number" and good and not any(c.get("prefix") or c.get("suffix") or c.has_locator for c in good):
        numbered = []
        for cite in good:
            text = _render_cite(layout, cite)
            if text is not None:
                numbered.append((cite.number, str(text)))
                _cited(layout, cite)
        pieces = _number_ranges(numbered, delimiter, "–")
    elif collapse in ("year", "year-suffix", "year-suffix-ranged") and good:
        pieces = _collapse_years(layout, good, collapse, delimiter)
    else:
        for n, cite in enumerate(good):
            text = _render_cite(
                layout, cite, suppress=bool(cite.get("suppress_author")), author_only=bool(cite.get("author_only"))
            )
            layout._first_cite = n == 0
            if text is not None:
                pieces.append(_with_affixes(cite, text, layout))
                _cited(layout, cite)
    for cite in bad:
        pieces.append(callback(cite) or f"{cite.key}?")
    if not pieces:
        return None
    joined = pieces[0]
    for piece in pieces[1:]:  # a cite whose prefix starts with punctuation needs no delimiter before it
        joined = joined + (piece if str(piece).startswith((",", ".", ";")) else delimiter + piece)
    return layout.format(layout.wrap(joined))


def _collapse_years(layout: Any, cites: list, collapse: str, delimiter: str) -> list[str]:
    """Cites by the same (printed) authors joined: ``Smith 2000a, b, 2001``; one string for the citation."""
    parent = layout.getparent()
    group_delimiter = parent.get("cite-group-delimiter", ", ")
    after = parent.get("after-collapse-delimiter") or delimiter
    suffix_delimiter = parent.get("year-suffix-delimiter") or parent.get("cite-group-delimiter") or delimiter
    groups: list[list[Any]] = []
    if len(cites) == 1:
        keys = {id(cites[0]): ""}
    else:
        keys = {id(cite): str(_render_cite(layout, cite, author_only=True) or _author_key(cite)) for cite in cites}
    for cite in cites:  # cites whose names print the same form a group, where the first of them stands
        for group in groups:
            if keys[id(group[0])] == keys[id(cite)]:
                group.append(cite)
                break
        else:
            groups.append([cite])
    out = ""
    for group in groups:
        # each entry: [text, letters (year suffixes shown), cite]
        entries: list[list[Any]] = []
        last_year = None
        for i, cite in enumerate(group):
            ref = cite.reference
            issued = ref.get("issued")
            year = str(issued.get("year", "")) if hasattr(issued, "get") else ""
            suffix = str(ref.get("year_suffix", ""))
            plain = not cite.has_locator and not cite.get("prefix") and not cite.get("suffix")
            if i and collapse != "year" and suffix and year == last_year and plain and entries and entries[-1][1]:
                entries[-1][1].append(suffix)
                _cited(layout, cite)
                continue
            text = _render_cite(layout, cite, suppress=bool(cite.get("suppress_author")) if i == 0 else True)
            last_year = year
            if text is not None:
                letters = [suffix] if suffix and plain else []
                entries.append([_with_affixes(cite, text, layout), letters, cite])
                _cited(layout, cite)
        joined = ""
        for n, (text, letters, cite) in enumerate(entries):
            if n:
                previous = entries[n - 1][2]
                joined += after if (previous.has_locator or previous.get("suffix")) and parent.get("after-collapse-delimiter") else group_delimiter
            joined += text + _suffix_tail(letters, suffix_delimiter, collapse == "year-suffix-ranged")
        if joined:
            out += (after if out else "") + joined
    return [out] if out else []


def _suffix_tail(letters: list[str], delimiter: str, ranged: bool) -> str:
    """What follows the first year suffix (already printed): ``,b,c`` or, ranged, ``–e,g``."""
    if len(letters) < 2:
        return ""
    runs: list[list[str]] = [[letters[0]]]
    for letter in letters[1:]:
        if ranged and len(letter) == 1 and ord(letter) == ord(runs[-1][-1][-1]) + 1:
            runs[-1].append(letter)
        else:
            runs.append([letter])
    tail = ""
    for n, run in enumerate(runs):
        shown = run[1:] if n == 0 else run
        if ranged and len(run) >= 3:
            tail += ("–" if n == 0 else delimiter + run[0] + "–") + run[-1]
        else:
            tail += "".join(delimiter + letter for letter in shown)
    return tail
