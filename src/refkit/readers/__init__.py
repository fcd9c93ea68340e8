"""Readers: turn a file, bytes or stdin into reference lists.

:func:`load` is the one entry point. It decides the format (by extension, by
``fmt=`` or by sniffing stdin), decodes the bytes, and returns a
:class:`Document`: the reference lists found (each a tuple of
:class:`~refkit.model.Reference`), plus the article body text when the input
was a whole article. Text entries are segmented by :mod:`refkit.parse`; an
entry the parser cannot segment is still returned, with its raw text and a low
confidence. Nothing is ever dropped.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass, field
from pathlib import Path

from ..errors import EmptyInput, UnreadableInput, UsageError
from ..model import Reference
from .bibtex import read_bibtex
from .csljson import read_csl_json
from .docx import docx_to_text
from .ris import read_ris
from .textlist import Entry, Section, find_sections, split_entries

__all__ = [
    "FORMATS", "Document", "Entry", "RefList", "Section", "decode", "find_sections", "load", "load_text",
    "sniff_format", "split_entries",
]  # fmt: skip

FORMATS = ("text", "markdown", "csl-json", "jsonl", "bibtex", "ris", "docx")
_EXTENSIONS = {
    ".txt": "text", ".text": "text", ".md": "markdown", ".markdown": "markdown", ".json": "csl-json",
    ".csljson": "csl-json", ".jsonl": "jsonl", ".ndjson": "jsonl", ".bib": "bibtex", ".bibtex": "bibtex",
    ".biblatex": "bibtex", ".ris": "ris", ".docx": "docx",
}  # fmt: skip
MAX_BYTES = 200 * 1024 * 1024


@dataclass(frozen=True)
class RefList:
    """One reference list: its heading (if it had one) and its references, in order."""

    heading: str | None
    references: tuple[Reference, ...]
    start_line: int | None = None


@dataclass(frozen=True)
class Document:
    """What a reader found in one input: its lists and, for an article, the text around them."""

    lists: tuple[RefList, ...]
    body: str | None = None
    format: str = "text"
    path: str | None = None
    meta: dict = field(default_factory=dict, compare=False)

    @property
    def references(self) -> list[Reference]:
        """All references of all lists, in order."""
        return [r for lst in self.lists for r in lst.references]


def sniff_format(data: bytes, name: str | None = None) -> str:
    """The format of some input, from its file name or, failing that, its first bytes."""
    if name:
        lowered = name.lower()
        for ext in sorted(_EXTENSIONS, key=len, reverse=True):
            if lowered.endswith(ext):
                return _EXTENSIONS[ext]
    if data[:2] == b"PK":
        return "docx"
    head = data[:4096].lstrip(b"\xef\xbb\xbf \t\r\n")
    if re.match(rb"\[\s*(?:\{|\]\s*$)|\{\s*\"", head):
        return "csl-json"
    if head[:1] == b"@":
        return "bibtex"
    if head[:6] == b"TY  - ":
        return "ris"
    return "text"


def decode(data: bytes, *, path: str | None = None) -> str:
    """Bytes to text: UTF-8 (with or without BOM), UTF-16 with BOM, or legacy Windows-1251.

    Anything that looks binary is an :class:`UnreadableInput`, not garbage text.
    """
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError:
            raise UnreadableInput("not valid UTF-16 text", path=path) from None
    if b"\x00" in data[:65536]:
        raise UnreadableInput("binary data, not a text reference list", path=path)
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    try:
        text = data.decode("cp1251")
    except UnicodeDecodeError:
        raise UnreadableInput("not UTF-8 text (binary data?)", path=path) from None
    letters = sum(ch.isalpha() for ch in text)
    cyrillic = sum("\u0400" <= ch <= "\u04ff" for ch in text)
    controls = sum(ch < " " and ch not in "\t\r\n\f" for ch in text)
    if letters and cyrillic / letters > 0.3 and not controls:
        return text
    raise UnreadableInput("not UTF-8 text (binary data?)", path=path)


def _read_bytes(source: str | os.PathLike[str] | None) -> tuple[bytes, str | None]:
    if source is None or str(source) == "-":
        return sys.stdin.buffer.read(MAX_BYTES + 1), None
    path = Path(source)
    if path.is_dir():
        raise UnreadableInput("is a directory, not a file", path=str(path))
    try:
        with path.open("rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except FileNotFoundError:
        raise UnreadableInput("no such file", path=str(path)) from None
    except OSError as exc:
        raise UnreadableInput(exc.strerror or "cannot read", path=str(path)) from None
    if len(data) > MAX_BYTES:
        raise UnreadableInput(f"larger than {MAX_BYTES // (1024 * 1024)} MB", path=str(path))
    return data, str(path)


def load(
    source: str | os.PathLike[str] | None = None,
    *,
    fmt: str | None = None,
    one_per_line: bool = False,
    data: bytes | None = None,
) -> Document:
    """Read a file (``"-"`` or None: stdin; or ``data=`` bytes) into a :class:`Document`."""
    if fmt is not None and fmt not in FORMATS:
        raise UsageError(f"unknown input format {fmt!r}; choose from {', '.join(FORMATS)}")
    if data is None:
        data, path = _read_bytes(source)
    else:
        path = None if source in (None, "-") else str(source)
    fmt = fmt or sniff_format(data, path)
    if not data.strip():
        raise EmptyInput("empty input: no references", path=path or "<stdin>")
    if fmt == "docx":
        text = docx_to_text(data, path=path)
        return _text_document(text, path=path, fmt="docx", one_per_line=one_per_line)
    text = decode(data, path=path or "<stdin>")
    return load_text(text, fmt=fmt, path=path, one_per_line=one_per_line)


def load_text(text: str, *, fmt: str = "text", path: str | None = None, one_per_line: bool = False) -> Document:
    """Like :func:`load`, for text already in memory."""
    where = path or "<stdin>"
    if fmt in ("csl-json", "jsonl"):
        refs = read_csl_json(text, path=where)
    elif fmt == "bibtex":
        refs = read_bibtex(text, path=where)
    elif fmt == "ris":
        refs = read_ris(text, path=where)
    else:
        return _text_document(text, path=path, fmt=fmt, one_per_line=one_per_line)
    if not refs:
        raise EmptyInput("no references found", path=where)
    return Document((RefList(None, tuple(refs)),), None, fmt, path)


def _text_document(text: str, *, path: str | None, fmt: str, one_per_line: bool) -> Document:
    from ..parse import parse_entry

    where = path or "<stdin>"
    if one_per_line:
        sections = [Section(None, tuple(text.splitlines()), 1)]
    else:
        sections = find_sections(text)
    lists = []
    for section in sections:
        entries = split_entries(section.lines, start_line=section.start_line, one_per_line=one_per_line)
        refs = tuple(parse_entry(e, list_index=len(lists)) for e in entries)
        if refs or section.heading is not None:
            lists.append(RefList(section.heading, refs, section.start_line))
    lists = [lst for lst in lists if lst.references]
    if not lists:
        raise EmptyInput("no references found (no entries under a reference heading)", path=where)
    is_article = sections[0].heading is not None
    return Document(tuple(lists), text if is_article else None, fmt, path)


