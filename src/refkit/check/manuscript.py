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
    data = None
    if fmt == "docx" or (fmt is None and source not in (None, "-") and str(source).lower().endswith(".docx")):
        data = _read(source)
    doc = load(source, fmt=fmt, data=data)
    where = str(source) if source not in (None, "-") else "<stdin>"
    if doc.format in ("text", "markdown", "docx") and doc.body is None and _prose_like(doc):
        raise EmptyInput(
            "no reference section found: add a heading such as “References” or “Список литературы” above the list",
            path=where,
        )
    if data is not None and doc.body is not None:
        doc = _with_footnotes(doc, data, where)
    return doc


def _read(source: str | os.PathLike[str]) -> bytes | None:
    try:
        with open(source, "rb") as fh:
            return fh.read()
    except OSError:
        return None  # load() reports the problem with its own message


def _with_footnotes(doc: Document, data: bytes, where: str) -> Document:
    """The document with its DOCX footnotes appended to the body, where citations in them are found."""
    import dataclasses

    from ..readers.docx import docx_footnotes

    notes = docx_footnotes(data, path=where)
    if not notes:
        return doc
    body = (doc.body or "").rstrip("\n") + "\n\n## Footnotes\n\n" + "\n\n".join(notes) + "\n"
    return dataclasses.replace(doc, body=body)
