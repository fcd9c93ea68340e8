"""Rendering references with CSL styles: bibliographies and in-text citations.

:func:`render` formats a list of references as a bibliography, :func:`cite`
formats in-text citations (``[1, p. 191]``, ``(Acharya, 2008, p. 191)``). Both
run citeproc-py through refkit's engine (:mod:`refkit.render.engine`), which
caches citeproc-py's look-ups and fixes its defects in subclasses. Styles are
found by :func:`find_style` (path, alias, refkit's own styles, the CSL
catalogue); :func:`list_styles` lists them. Exporters live in
:mod:`refkit.render.export`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from ..errors import UsageError
from ..model import Reference
from .catalogue import ALIASES, CATALOGUE_NOTICE, StyleInfo, find_style, list_styles
from .formats import FORMATS

__all__ = ["ALIASES", "CATALOGUE_NOTICE", "FORMATS", "StyleInfo", "cite", "find_style", "list_styles", "render"]


def _items(references: Iterable[Reference | Mapping[str, Any]]) -> list[dict[str, Any]]:
    """CSL-JSON items with unique ids (``ref1``, ``ref2``... for references without one)."""
    items = []
    seen: set[str] = set()
    for i, ref in enumerate(references, 1):
        if isinstance(ref, Reference):
            item = ref.to_csl(provenance=False)
        elif isinstance(ref, Mapping):
            item = dict(ref)
        else:
            raise UsageError(f"cannot render a {type(ref).__name__}; pass refkit.Reference values or CSL-JSON dicts")
        key = str(item.get("id") or f"ref{i}")
        while key.lower() in seen:
            key = f"{key}-{i}"
        seen.add(key.lower())
        item["id"] = key
        items.append(item)
    return items


def _engine(items: list[dict[str, Any]], style: str, locale: str | None, format: str):
    from .engine import Engine

    if format not in FORMATS:
        raise UsageError(f"unknown output format {format!r}; choose from {', '.join(FORMATS)}")
    return Engine(find_style(style), items, locale=locale, format=format, style_name=style)


def render(
    references: Iterable[Reference | Mapping[str, Any]],
    *,
    style: str = "apa",
    locale: str | None = None,
    format: str = "text",
) -> list[str]:
    """The bibliography of ``references`` in a CSL style: one string per entry, in the style's order.

    ``style`` is an alias (``apa``, ``gost``...), a style name or a ``.csl`` path;
    ``locale`` defaults to the style's own (``ru-RU``, ``kk-KZ``, ``ko-KR``, ``en-US``...);
    ``format`` is ``text``, ``html`` (all input escaped) or ``markdown``.
    Raises :class:`~refkit.StyleNotFound`, :class:`~refkit.StyleError` or
    :class:`~refkit.LocaleNotFound`.
    """
    items = _items(references)
    if not items:
        return []
    return _engine(items, style, locale, format).bibliography_entries()


Cite = Mapping[str, Any]


def cite(
    references: Sequence[Reference | Mapping[str, Any]],
    citations: Sequence[Sequence[Cite] | Cite | int] | None = None,
    *,
    style: str = "apa",
    locale: str | None = None,
    format: str = "text",
) -> list[str]:
    """In-text citations of ``references``, in the order given; one string per citation.

    Each citation is a list of cites; a cite is the 0-based index of a reference
    or a dict ``{"index": 0, "locator": "191", "label": "page", "prefix": "see",
    "suffix": "", "suppress-author": False}`` (``"id"`` may replace ``"index"``).
    A single cite stands for a citation of one. Without ``citations`` every
    reference is cited once, alone. Numbers follow the style's bibliography order;
    author-date citations are disambiguated as the style asks.

    >>> refs = [{"type": "book", "title": "Asia Rising", "author": [{"family": "Acharya", "given": "A."}],
    ...          "issued": {"date-parts": [[2008]]}}]
    >>> cite(refs, [{"index": 0, "locator": "191"}], style="apa")
    ['(Acharya, 2008, p. 191)']
    """
    items = _items(references)
    if citations is None:
        citations = list(range(len(items)))
    prepared = []
    for citation in citations:
        cites = [citation] if isinstance(citation, (int, Mapping)) else list(citation)
        out = []
        for c in cites:
            c = {"index": c} if isinstance(c, int) else dict(c)
            if "index" in c:
                try:
                    c["id"] = items[int(c.pop("index"))]["id"]
                except (IndexError, ValueError):
                    raise UsageError(f"cite index out of range: there are {len(items)} references") from None
            if "id" not in c:
                raise UsageError("a cite needs an 'index' or an 'id'")
            out.append(c)
        prepared.append(out)
    if not items:
        return []
    engine = _engine(items, style, locale, format)
    engine.register([item["id"] for item in items])
    return engine.cite_all(prepared)
