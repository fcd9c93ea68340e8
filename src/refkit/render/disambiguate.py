"""Disambiguation of citations, which citeproc-py does not do at all.

Two different works that cite the same (``Smith 2020`` and ``Smith 2020``) are
told apart in the order CSL prescribes, each step only if the style's
``<citation>`` asks for it and only for the cites still ambiguous:

1. ``disambiguate-add-names``: show more names before "et al.";
2. ``disambiguate-add-givenname``: add initials, then full given names
   (``J. Smith 2020`` / ``R. Smith 2020``);
3. the ``disambiguate="true"`` condition of ``cs:choose``;
4. ``disambiguate-add-year-suffix``: ``2020a``, ``2020b``, in bibliography order.

The result is a per-item state the element fixes read while rendering
(``{"names": n, "given": 1|2, "condition": True}``); year suffixes are set on the
item itself so that the bibliography shows them too.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

__all__ = ["disambiguate"]

CSL = "{http://purl.org/net/xbiblio/csl}"


def _cite_text(engine: Any, key: str) -> str:
    """The first-position citation of one item, alone, as plain comparable text."""
    from citeproc import Citation

    from .engine import cite_item

    from .formats import strip_markup

    citation = Citation([cite_item(key)])
    citation.bibliography = engine.bib
    layout = engine.root.citation.layout
    engine.root.citation.cites = []
    layout.repressed = {}
    engine.current = None
    engine.suffixed = set()
    try:
        text = layout.render_children(citation.cites[0])
    except Exception:
        return ""
    return strip_markup(str(text or "")).strip()


def _ambiguous(engine: Any, keys: list[str]) -> list[list[str]]:
    groups: dict[str, list[str]] = defaultdict(list)
    for key in keys:
        groups[_cite_text(engine, key)].append(key)
    return [group for text, group in groups.items() if len(group) > 1 and text]


def _max_names(engine: Any, key: str) -> int:
    ref = engine.source[key]
    return max((len(ref.get(v) or []) for v in ("author", "editor", "translator")), default=0)


def disambiguate(engine: Any) -> dict[str, dict[str, Any]]:
    """Work out how each registered item's citations must differ; returns the per-item state."""
    from citeproc.string import String

    citation = engine.root.find(f"{CSL}citation")
    state: dict[str, dict[str, Any]] = {}
    engine.disambiguation = state
    engine._implicit_year_suffix = not any(t.get("variable") == "year-suffix" for t in engine.root.iter(f"{CSL}text"))
    for key in engine.bib.keys:  # fresh suffixes every time
        engine.source[key].pop("year_suffix", None)
    add_names = citation.get("disambiguate-add-names") == "true"
    add_given = citation.get("disambiguate-add-givenname") == "true"
    add_suffix = citation.get("disambiguate-add-year-suffix") == "true"
    uses_condition = any(e.get("disambiguate") == "true" for e in engine.root.iter(f"{CSL}if", f"{CSL}else-if"))
    if not (add_names or add_given or add_suffix or uses_condition):
        return state
    groups = _ambiguous(engine, list(engine.bib.keys))
    rule = citation.get("givenname-disambiguation-rule", "by-cite")
    given_levels = (1,) if rule.endswith("with-initials") else (1, 2)
    if add_names:
        groups = _step(
            engine, groups, "names", lambda key: range(2, _max_names(engine, key) + 1), revert_on_failure=add_suffix and not add_given
        )
    if add_given:
        groups = _step(engine, groups, "given", lambda key: given_levels, revert_on_failure=add_suffix)
    if uses_condition and groups:
        for group in groups:
            for key in group:
                state.setdefault(key, {})["condition"] = True
        groups = [g for g in (_ambiguous(engine, group) for group in groups) for g in g]
    if add_suffix:
        order = {key: i for i, key in enumerate(engine.bib.keys)}
        for group in _ambiguous(engine, [k for g in groups for k in g]) if groups else []:
            for i, key in enumerate(sorted(group, key=order.__getitem__)):
                engine.source[key]["year_suffix"] = String(_suffix(i))
    return state


def _step(engine: Any, groups: list[list[str]], field: str, levels, *, revert_on_failure: bool) -> list[list[str]]:
    """Raise ``field`` level by level for the members of each ambiguous group.

    Each member keeps the lowest level at which it collided with the fewest
    others; a member the step did not help at all is left as it was. When the
    step cannot tell a member apart completely and a later step (year suffixes)
    will, the member is left as it was too, as CSL prescribes.
    """
    state = engine.disambiguation
    for group in groups:
        options = {key: list(levels(key)) for key in group}
        texts = {key: _cite_text(engine, key) for key in group}
        best = {key: (sum(texts[key] == texts[o] for o in group) - 1, None) for key in group}
        start = dict(best)
        for step in range(max((len(v) for v in options.values()), default=0)):
            for key in group:
                if step < len(options[key]):
                    state.setdefault(key, {})[field] = options[key][step]
            texts = {key: _cite_text(engine, key) for key in group}
            for key in group:
                hits = sum(texts[key] == texts[o] for o in group) - 1
                if hits < best[key][0] and step < len(options[key]):
                    best[key] = (hits, options[key][step])
            if all(best[k][0] == 0 for k in group):
                break
        for key in group:
            hits, level = best[key]
            keep = level is not None and hits < start[key][0] and not (hits and revert_on_failure)
            if keep:
                state.setdefault(key, {})[field] = level
            else:
                state.get(key, {}).pop(field, None)
    return _ambiguous(engine, [k for g in groups for k in g])


def _suffix(index: int) -> str:
    letters = "abcdefghijklmnopqrstuvwxyz"
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = letters[rest] + out
    return out
