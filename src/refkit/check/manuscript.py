"""Reading a manuscript for the check, refusing input that holds no reference list.

:func:`refkit.load` is lenient: text without a reference heading is read as a
bare list, one entry per paragraph. For the check that leniency would turn an
article whose reference section is missing (or unrecognisable) into a list
of "entries" that are really paragraphs, and report nonsense about them.
:func:`load_manuscript` refuses such input with a clear message instead.
"""

from __future__ import annotations

import os
import re

from ..errors import EmptyInput
from ..readers import Document, load

__all__ = ["load_manuscript"]

_YEAR = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def _prose_like(doc: Document) -> bool:
    """Whether a headingless text reads as an article rather than a bare reference list."""
    refs = doc.references
    if not refs:
        return True
    with_year = sum(1 for r in refs if _YEAR.search(r.raw or ""))
    long = sum(1 for r in refs if len(r.raw or "") > 600)
    return with_year * 2 < len(refs) or long * 2 > len(refs)


def load_manuscript(source: str | os.PathLike[str] | None, *, fmt: str | None = None) -> Document:
    """Load a manuscript or a bare list for checking; raise :class:`EmptyInput` when it has no list."""
    doc = load(source, fmt=fmt)
    where = str(source) if source not in (None, "-") else "<stdin>"
    if doc.format in ("text", "markdown", "docx") and doc.body is None and _prose_like(doc):
        raise EmptyInput(
            "no reference section found: add a heading such as “References” or “Список литературы” above the list",
            path=where,
        )
    return doc
