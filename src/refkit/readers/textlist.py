"""Plain-text and Markdown reference lists, and whole articles that contain them.

Two jobs:

* :func:`find_sections` finds the reference section(s) of an article by their
  heading, in English, Russian, Kazakh and Korean ("References",
  "Список литературы", "Әдебиеттер тізімі", "참고문헌", ...). An article may have
  several (a list as written and its transliterated twin): all are returned, in
  order. Text without any such heading is one list.
* :func:`split_entries` splits one list into entries whatever its numbering
  (``[1]``, ``1.``, ``1)``, ``- [1]``, bullets, or none), joining entries wrapped
  over several lines, with or without blank lines between entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Entry", "Section", "find_sections", "split_entries"]

_HEADINGS = [
    r"references?", r"reference\s+list", r"bibliography", r"literature(?:\s+cited)?", r"works\s+cited",
    r"sources", r"list\s+of\s+references", r"references\s+and\s+notes", r"cited\s+literature",
    r"список\s+(?:использованной\s+|цитируемой\s+)?литературы", r"список\s+(?:использованных\s+)?источников",
    r"литература", r"библиография", r"библиографический\s+список", r"использованная\s+литература",
    r"пайдаланылған\s+әдебиеттер(?:\s+тізімі)?", r"әдебиеттер(?:\s+тізімі)?", r"әдебиет",
    r"пайдаланылған\s+дереккөздер(?:\s+тізімі)?", r"список\s+літератури", r"література",
    r"참고\s*문헌", r"참고\s*자료", r"인용\s*문헌",
]  # fmt: skip
_HEADING_RE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:[*_]{1,3}\s*)?(?:\d+\.?\s+)?(?:" + "|".join(_HEADINGS) + r")\s*:?\s*(?:[*_]{1,3})?\s*:?\s*$",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
# headings that end a reference section in plain text (no Markdown '#')
_END_HEADINGS = re.compile(
    r"^\s*(?:[*_]{1,3})?\s*(?:information\s+about\s+(?:the\s+)?authors?|about\s+the\s+authors?|appendix|"
    r"сведения\s+об\s+авторах|информация\s+об\s+авторах|приложение|авторлар\s+туралы(?:\s+мәлімет)?|"
    r"저자\s*소개|부록|acknowledge?ments?|funding|author\s+contributions)\b.*$",
    re.IGNORECASE,
)

# A numbering marker at the start of a line; group "num" is the number if any.
_MARKER = re.compile(
    r"""^\s{0,8}
    (?:[-*+•·▪◦‣]\s+)?                      # a Markdown bullet before a number: "- [1]"
    (?:
        \\?\[\s*(?P<n1>\d{1,4})\s*\\?\]     # [1]  \[1\]
      | \(\s*(?P<n2>\d{1,4})\s*\)           # (1)
      | (?P<n3>\d{1,4})\s*[.)](?!\d)        # 1.  1)
    )\s*""",
    re.VERBOSE,
)
_BULLET = re.compile(r"^\s{0,8}[-*+•·▪◦‣]\s+")


@dataclass(frozen=True)
class Entry:
    """One reference as it stood in a list: its text without the number, and where it was."""

    text: str
    number: int | None = None
    line: int = 1  # 1-based line of the entry's first line in the input


@dataclass(frozen=True)
class Section:
    """A reference section: its heading (None for a bare list) and its lines."""

    heading: str | None
    lines: tuple[str, ...]
    start_line: int  # 1-based line number of lines[0]


def find_sections(text: str) -> list[Section]:
    """The reference sections of an article, in order; the whole text if it has no heading."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if _HEADING_RE.match(line)]
    if not starts:
        return [Section(None, tuple(lines), 1)]
    sections = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        for j in range(i + 1, end):
            if _MD_HEADING.match(lines[j]) or _END_HEADINGS.match(lines[j]):
                end = j
                break
        heading = re.sub(r"[#*_:]", "", lines[i]).strip()
        sections.append(Section(heading, tuple(lines[i + 1 : end]), i + 2))
    return sections


def split_entries(lines: list[str] | tuple[str, ...], *, start_line: int = 1, one_per_line: bool = False) -> list[Entry]:
    """Split the lines of one list into entries, in order; never drops text."""
    if one_per_line:
        return [Entry(line.strip(), None, start_line + i) for i, line in enumerate(lines) if line.strip()]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not nonblank:
        return []
    numbered = [i for i in nonblank if _MARKER.match(lines[i])]
    bulleted = [i for i in nonblank if _BULLET.match(lines[i])]
    paragraph_starts = [i for i in nonblank if i == 0 or not lines[i - 1].strip()]
    if numbered and len(numbered) * 2 >= len(paragraph_starts):
        return _split_at(lines, numbered, start_line, numbered=True)
    if bulleted and len(bulleted) * 2 >= len(paragraph_starts):
        return _split_at(lines, bulleted, start_line, numbered=False)
    if len(paragraph_starts) > 1:  # blank lines separate entries (each entry one paragraph)
        return _split_at(lines, paragraph_starts, start_line, numbered=False)
    # no markers, no blank lines (or a blank line after every line): guess where entries start
    starts = [nonblank[0]]
    for prev, cur in zip(nonblank, nonblank[1:]):
        if _looks_like_new_entry(lines[prev], lines[cur]):
            starts.append(cur)
    return _split_at(lines, starts, start_line, numbered=False)


def _split_at(lines, starts: list[int], start_line: int, *, numbered: bool) -> list[Entry]:
    entries = []
    bounds = starts + [len(lines)]
    # text before the first marker is kept as its own entry, never dropped
    head = " ".join(line.strip() for line in lines[: starts[0]] if line.strip())
    if head:
        entries.append(Entry(head, None, start_line + next(i for i, ln in enumerate(lines) if ln.strip())))
    for k, i in enumerate(starts):
        chunk = [line.strip() for line in lines[i : bounds[k + 1]] if line.strip()]
        first = chunk[0]
        number = None
        if numbered:
            m = _MARKER.match(first)
            if m:
                number = int(m.group("n1") or m.group("n2") or m.group("n3"))
                first = first[m.end() :]
        else:
            first = _BULLET.sub("", first)
        text = _join([first] + chunk[1:])
        if text:
            entries.append(Entry(text, number, start_line + i))
    return entries


def _join(parts: list[str]) -> str:
    """Join wrapped lines: a hyphen at a line end that splits a word is kept only in URLs."""
    out = ""
    for part in parts:
        if not out:
            out = part
        elif re.search(r"(?:https?://|www\.)\S*$", out) and not re.match(r"(?:\[|\(|[A-ZА-ЯЁ][a-zа-яё]+\s)", part):
            out += part  # a URL broken across lines
        else:
            out += " " + part
    return out.strip()


_ENTRY_START = re.compile(
    r"^\s*(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ][\w'’\-]+,?\s+(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]\.\s?){1,3}"  # Ivanov I.I. / Smith, J.
    r"|[A-ZА-ЯЁ][\w'’\-]+,\s+[A-ZА-Я][a-zа-яё]+"  # Smith, John
    r"|[\uac00-\ud7a3]{2,4}[.,·\s(]"  # 왕길환.
    r"|[A-ZА-ЯЁ]{2,}[\s,.]"  # ORGANISATION
    r")"
)


def _looks_like_new_entry(prev: str, cur: str) -> bool:
    prev = prev.rstrip()
    if prev.endswith(("-", "–", ",", ":", "/", "//", ";")) or re.search(r"\b(?:[A-ZА-Я]\.|et al\.|и др\.|P\.|С\.|pp?\.|Vol\.|No\.|Т\.|№)$", prev):
        return False
    if cur[:1].islower():
        return False
    return bool(_ENTRY_START.match(cur)) or prev.endswith((".", "]", ")")) and not cur[:1].isdigit()
