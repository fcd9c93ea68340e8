"""Facts the checks compare, read from a reference's fields and, failing that, its raw text.

The rules need a handful of facts about each entry: its pages (a range, a
single page, or a page count), year, volume, issue, links, the Hangul words it
carries, its script. The parser's fields come first. When the parser left a
field empty but the raw text plainly states it (``С. 232``, ``191 p.``, a year),
the raw text is read with a few narrow patterns, so that a weak parse does not
turn into a false alarm or hide a real defect.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Reference
from ..text import clean, detect_script, script_counts

__all__ = ["Facts", "PageSpan", "facts", "normalise_url", "page_span", "plain"]

_DASH = "-\u2010\u2011\u2012\u2013\u2014\u2212"
_URL = re.compile(r"(?:https?://|www\.)[^\s<>\]\)\[»]+", re.I)
_DOI = re.compile(r"\b10\.\d{4,9}/\S+")
_YEAR = re.compile(r"(?<![\d/.-])(1[5-9]\d\d|20\d\d)(?![\d/])")
# "P. 881–901", "pp. 3-5", "С. 70 – 87", "p P. 354–373", "S. 12"
_PAGE_LABELLED = re.compile(
    rf"(?<![\w])(?:pp?|P|С|с|S|s|стр|Pp)\.\s*(\d{{1,5}})(?:\s*[{_DASH}]\s*(\d{{1,5}}))?(?![\d])"
)
# "191 p.", "232 с.", "320 pp.", "150 S."
_PAGE_COUNT = re.compile(r"(?<![\w\-–])(\d{1,5})\s*(?:pp?|с|С|S|стр|pages)\.?(?=[\s,;.\]]|$)")


@dataclass(frozen=True)
class PageSpan:
    """What an entry says about pages: ``first``..``last`` of a range, or a ``count``."""

    first: int | None = None
    last: int | None = None
    count: int | None = None

    @property
    def empty(self) -> bool:
        return self.first is None and self.count is None

    def contains(self, page: int, *, kind: str | None = None) -> bool | None:
        """Whether a cited page can lie within the entry (None when the entry says nothing)."""
        if self.first is not None and self.last is not None and self.last >= self.first:
            if self.first == self.last and kind == "book":
                return 1 <= page <= self.first  # "С. 232" on a book is its extent
            return self.first <= page <= self.last
        if self.count is not None:
            return 1 <= page <= self.count
        return None

    def describe(self) -> str:
        if self.first is not None:
            return f"pages {self.first}–{self.last}" if self.last != self.first else f"page {self.first}"
        if self.count is not None:
            return f"{self.count} pages in all"
        return "no pages"


def page_span(page: object = None, number_of_pages: object = None) -> PageSpan:
    """A :class:`PageSpan` from CSL ``page`` / ``number-of-pages`` values (``"881–901"``, ``"232"``)."""
    first = last = count = None
    if page not in (None, ""):
        nums = re.findall(r"\d+", str(page))
        if nums:
            first = int(nums[0])
            last = int(nums[1]) if len(nums) > 1 and re.search(rf"\d\s*[{_DASH}]\s*\d", str(page)) else first
            if last < first and len(nums[1]) < len(nums[0]):  # "881–99" -> 881–899
                last = int(nums[0][: len(nums[0]) - len(nums[1])] + nums[1])
    if number_of_pages not in (None, ""):
        m = re.search(r"\d+", str(number_of_pages))
        count = int(m.group()) if m else None
    return PageSpan(first, last, count)


def plain(text: str | None) -> str:
    """Text without URLs and DOIs (whose digits and letters are not bibliographic data)."""
    if not text:
        return ""
    return _DOI.sub(" ", _URL.sub(" ", clean(text)))


def normalise_url(url: str) -> str:
    """A URL as two lists should agree on it: no Markdown escapes, no trailing slash or dot."""
    url = url.replace("\\_", "_").replace("\\", "")
    url = re.sub(r"^https?://", "", url.strip(), flags=re.I)
    return url.rstrip("/.,;").lower()


@dataclass(frozen=True)
class Facts:
    """The comparable facts of one entry (see the module docstring for where they come from)."""

    year: int | None
    volume: str | None
    issue: str | None
    pages: PageSpan
    authors: int | None
    urls: tuple[str, ...]
    hangul: tuple[str, ...]
    script: str | None


def _digits(value: object) -> str | None:
    if value in (None, ""):
        return None
    m = re.search(r"\d+", str(value))
    return m.group() if m else str(value).strip()


def raw_pages(raw: str) -> PageSpan:
    """Pages as the raw text states them, for entries whose fields are empty."""
    text = plain(raw)
    labelled = list(_PAGE_LABELLED.finditer(text))
    if labelled:
        m = labelled[-1]
        first = int(m.group(1))
        last = int(m.group(2)) if m.group(2) else first
        return PageSpan(first, last, None)
    counts = list(_PAGE_COUNT.finditer(text))
    if counts:
        return PageSpan(None, None, int(counts[-1].group(1)))
    return PageSpan()


# when a page was consulted, not when the work appeared: '(accessed March 5, 2024)', '(дата обращения: 12.03.2024)', '[cited 2024 Mar 11]'
_ACCESS_CLAUSE = re.compile(
    r"(?i)[(\[]\s*(?:accessed|cited|viewed|retrieved|дата\s+обращения|дата\s+звернення|қаралған\s+күні|жүгінген\s+күні|кирүү|검색일|접속일)[^)\]]{0,60}[)\]]"
    r"|\b(?:accessed|retrieved)\s+(?:on\s+)?[^.;()]{0,40}?\d{4}"
)


def raw_year(raw: str) -> int | None:
    """The last plausible year in the raw text, outside links and dates of access."""
    years = _YEAR.findall(_ACCESS_CLAUSE.sub(" ", plain(raw)))
    return int(years[-1]) if years else None


def facts(ref: Reference) -> Facts:
    """The :class:`Facts` of one reference: fields first, the raw text where fields are silent."""
    raw = ref.raw or ""
    pages = page_span(ref.page, ref.number_of_pages)
    if pages.empty and raw:
        pages = raw_pages(raw)
    year = ref.year if ref.issued else None
    if year is None and raw:
        year = raw_year(raw)
    urls = []
    for candidate in ([ref.url] if ref.url else []) + _URL.findall(raw.replace("\\_", "_")):
        key = normalise_url(candidate)
        if key and key not in urls:
            urls.append(key)
    source = raw or " ".join(str(v) for v in (ref.title, ref.container_title) if v)
    hangul = tuple(re.findall(r"[\uac00-\ud7a3]+", plain(source)))
    authors = len(ref.author) if ref.author else None
    return Facts(
        year=year,
        volume=_digits(ref.volume),
        issue=_digits(ref.issue),
        pages=pages,
        authors=authors,
        urls=tuple(urls),
        hangul=hangul,
        script=detect_script(plain(source)) if source else None,
    )


def non_latin_share(text: str) -> float:
    """The share of letters in Cyrillic or Hangul (0.0 for none)."""
    counts = script_counts(plain(text))
    total = sum(counts.values())
    return (counts.get("Cyrl", 0) + counts.get("Hang", 0)) / total if total else 0.0
