"""In-text citations: where the article body points at its reference list.

Two families are read:

* numeric, in square brackets: ``[1]``, ``[1, p. 191]``, ``[8, p.192]``,
  ``[1; 3]``, ``[1–3]``, ``[1, 3-5]``, ``[12, с. 360]``, ``[4, 5-б.]`` (Kazakh
  ``бет``), ``[3, 39-б.]``, ``[5, 72쪽]`` (Korean);
* author–date: ``(Acharya, 2008, p. 191)``, ``(Иванов, 2010, с. 5)``,
  ``(Smith & Jones, 2020; Lee, 2019)``, ``Smith et al. (2020)``,
  ``(왕길환, 2017)``, ``홍길동(2019)``.

Markdown links (``[text](url)``), footnote marks (``[^1]``) and bracketed
translations are not citations. The reference sections themselves are cut out
of the text before it is read, so an entry's own ``[4]`` never counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Citation", "article_body", "extract_citations"]

_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
# a page locator: "p. 191", "pp. 3-5", "P.39", "с. 5", "С. 12–14", "s. 4", "стр. 7", "5-б.", "72쪽", "б. 5"
_LOCATOR = re.compile(
    rf"^(?:(?:pp?|P|с|С|s|S|стр|б|бб|Б)\.?\s*(?P<a>\d+)(?:\s*[{_DASH}]\s*(?P<b>\d+))?"
    rf"|(?P<c>\d+)(?:\s*[{_DASH}]\s*(?P<d>\d+))?\s*(?:[{_DASH}]\s*)?(?:б|бб|бет|쪽|면|p|pp|с)\.?)$"
)
_NUMBERS = re.compile(rf"^(\d{{1,4}})(?:\s*[{_DASH}]\s*(\d{{1,4}}))?$")
_BRACKET = re.compile(r"(?<![\\!\]])\[(?!\^)([^\[\]\n]{1,120})\](?!\()")
_YEAR = r"(?:1[5-9]\d\d|20\d\d)[a-zа-я]?"
_NAME = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ\uac00-\ud7a3][\w'’\-\uac00-\ud7a3]*"
_AUTHOR_DATE_PAREN = re.compile(r"\(([^()\n]{3,200}?)\)")
_AUTHOR_DATE_ITEM = re.compile(
    rf"^\s*(?:see\s+|cf\.\s+|см\.\s+)?(?P<name>{_NAME})(?:\s+(?:et\s+al\.?|и\s+др\.?|және\s+т\.б\.?|외|등)"
    rf"|\s*(?:&|and|и|және|,)\s*{_NAME}(?:\s*(?:&|and|и)\s*{_NAME})?)*,?\s+(?P<year>{_YEAR})"
    rf"(?:\s*[,:]\s*(?P<loc>[^;]+))?\s*$"
)
_NARRATIVE = re.compile(
    rf"(?P<name>{_NAME})(?:\s+(?:et\s+al\.?|и\s+др\.?)|\s+(?:and|&|и)\s+{_NAME})?"
    rf"\s*\((?P<year>{_YEAR})(?:\s*[,:]\s*(?P<loc>[^()]+))?\)"
)


@dataclass(frozen=True)
class Citation:
    """One pointer from the body to the list.

    ``target`` is an entry number (numeric style) or ``None``; ``author`` and
    ``year`` identify the entry in author–date style. ``pages`` holds the cited
    page range (first, last) when a locator gave one. ``text`` is the citation
    as written and ``line`` the 1-based line it stands on.
    """

    text: str
    line: int
    target: int | None = None
    author: str | None = None
    year: str | None = None
    pages: tuple[int, int] | None = None

    @property
    def label(self) -> str:
        return self.text


def article_body(text: str) -> str:
    """The article without its reference sections (blank lines keep line numbers true)."""
    from ..readers.textlist import find_sections

    lines = text.splitlines()
    sections = find_sections(text)
    if sections and sections[0].heading is None:
        return text
    for section in sections:
        heading_index = section.start_line - 2
        end = section.start_line - 1 + len(section.lines)
        for i in range(max(heading_index, 0), min(end, len(lines))):
            lines[i] = ""
    return "\n".join(lines)


def _locator(text: str) -> tuple[int, int] | None:
    m = _LOCATOR.match(text.strip().rstrip("."))
    if not m:
        return None
    a = m.group("a") or m.group("c")
    b = m.group("b") or m.group("d")
    first = int(a)
    last = int(b) if b else first
    return (first, last) if last >= first else (first, first)


def _numeric(inner: str, line: int, raw: str) -> list[Citation] | None:
    """The citations in one bracket, or None when the bracket is not a citation."""
    out: list[Citation] = []
    for group in inner.split(";"):
        parts = [p.strip() for p in group.split(",") if p.strip()]
        if not parts:
            return None
        targets: list[int] = []
        pages = None
        for part in parts:
            m = _NUMBERS.match(part)
            if m and pages is None:
                first, last = int(m.group(1)), int(m.group(2) or m.group(1))
                if last < first or last - first > 50:
                    return None
                targets.extend(range(first, last + 1))
                continue
            loc = _locator(part)
            if loc is None or not targets:
                return None
            pages = loc
        if not targets:
            return None
        if pages is not None:
            out.extend(Citation(raw, line, target=t) for t in targets[:-1])
            out.append(Citation(raw, line, target=targets[-1], pages=pages))
        else:
            out.extend(Citation(raw, line, target=t) for t in targets)
    return out


def _author_date(inner: str, line: int, raw: str) -> list[Citation]:
    out = []
    for item in inner.split(";"):
        m = _AUTHOR_DATE_ITEM.match(item)
        if not m:
            return []
        pages = _locator(m.group("loc")) if m.group("loc") else None
        out.append(Citation(raw, line, author=m.group("name"), year=m.group("year"), pages=pages))
    return out


def extract_citations(body: str) -> list[Citation]:
    """Every citation in ``body``, in reading order (numeric first per line, then author–date)."""
    found: list[Citation] = []
    for lineno, line in enumerate(body.splitlines(), start=1):
        for m in _BRACKET.finditer(line):
            cites = _numeric(m.group(1), lineno, m.group(0))
            if cites:
                found.extend(cites)
        taken: list[tuple[int, int]] = []
        for m in _AUTHOR_DATE_PAREN.finditer(line):
            cites = _author_date(m.group(1), lineno, m.group(0))
            if cites:
                found.extend(cites)
                taken.append(m.span())
        for m in _NARRATIVE.finditer(line):
            if any(a <= m.start() < b for a, b in taken):
                continue
            pages = _locator(m.group("loc")) if m.group("loc") else None
            found.append(Citation(m.group(0), lineno, author=m.group("name"), year=m.group("year"), pages=pages))
    return found
