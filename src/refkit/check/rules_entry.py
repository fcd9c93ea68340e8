"""Rules about one entry on its own: ``missing-field``, ``parse-uncertain``, ``url-malformed``, ``doi-invalid``, ``isbn-invalid``,
``mixed-script``.

Each rule is a pure function of one :class:`~refkit.model.Reference` (and the
facts read from it) that yields :class:`~refkit.findings.Finding` values.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from ..findings import Finding
from ..model import Reference
from ..text import clean, clean_with_offsets, mixed_script_words, with_scheme
from .facts import Facts

__all__ = ["doi_invalid", "isbn_invalid", "missing_field", "mixed_script", "parse_uncertain", "url_malformed", "REQUIRED"]

#: below this parser confidence, only what the raw text states for sure is judged
CONFIDENT = 0.5

#: fields each CSL type needs, by the common convention of GOST 7.0.5 and the
#: English journal styles alike; ``issued`` is the year.
REQUIRED: dict[str, tuple[str, ...]] = {
    "article-journal": ("title", "container-title", "issued", "page"),
    "article-magazine": ("title", "container-title", "issued"),
    "article-newspaper": ("title", "container-title", "issued"),
    "book": ("title", "issued", "publisher"),
    "chapter": ("title", "container-title", "issued", "page"),
    "paper-conference": ("title", "container-title", "issued"),
    "thesis": ("title", "issued"),
    "report": ("title", "issued"),
    "webpage": ("title", "URL"),
    "post-weblog": ("title", "URL"),
    # a court decision is cited by court, date and docket number; an archival file by archive and shelfmark
    "legal_case": ("issued",),
}
_ARCHIVAL = ("archive",)
_DEFAULT = ("title", "issued")
_WHAT = {
    "title": ("no title", "add the title of the work"),
    "container-title": ("no journal, newspaper or book title", "add where the work was published"),
    "issued": ("no year of publication", "add the year"),
    "page": ("no page range", "add the pages (e.g. “P. 37–53” / “С. 37–53”)"),
    "publisher": ("no publisher", "add the publisher (and place)"),
    "URL": ("no link", "add the URL"),
    "archive": ("no archive named", "add the archive before the shelfmark (e.g. “ГАРФ. Ф. … Оп. … Д. …”)"),
}
_YEAR_IN_TEXT = re.compile(r"(?<!\d)(1[5-9]\d\d|20\d\d)(?!\d)")


def _has(ref: Reference, facts: Facts, field: str) -> bool:
    if field == "issued":
        return facts.year is not None or bool(ref.issued and (ref.issued.literal or ref.issued.raw))
    if field == "page":
        return not facts.pages.empty or bool(ref.get("number"))  # article numbers stand in for pages
    if field == "publisher":
        return bool(ref.publisher or ref.publisher_place)
    return ref.get(field) not in (None, "", [], {})


def _untitled_by_style(ref: Reference) -> bool:
    """A journal article printed with no title on purpose: its journal follows the authors directly, with numbers
    after it ('S. Brunauer, P. H. Emmett and E. Teller, J. Am. Chem. Soc., 1938, 60, 309–319.')."""
    spans = ref.spans or {}
    if ref.type != "article-journal" or "author" not in spans or "container-title" not in spans or not (ref.volume or ref.page):
        return False
    return bool(re.fullmatch(r"[\s,.]*", (ref.raw or "")[spans["author"][1] : spans["container-title"][0]]))  # not GOST's '//'


def missing_field(ref: Reference, facts: Facts) -> Iterator[Finding]:
    """``missing-field``: a field the entry's type needs is absent.

    Why: a reader must be able to find the work. A journal article without its
    year or pages, a book without its publisher, cannot be located, and a
    Scopus-indexed journal rejects such entries. Judged only on what the parser
    is sure of: for a low-confidence parse, only the year, which the raw text
    either states or does not. Web pages also need the date they were consulted
    (GOST's ``дата обращения``); its absence is reported as information.
    """
    confident = ref.confidence is None or ref.confidence >= CONFIDENT
    kind = ref.type if confident and ref.type else None
    needed = REQUIRED.get(kind or "", _DEFAULT) if confident else ("issued",)
    if kind == "manuscript" and ref.get("archive_location"):
        needed = _ARCHIVAL
    if not confident and ref.type in ("webpage", "post-weblog"):
        needed = ()
    for field in needed:
        if not _has(ref, facts, field):
            what, fix = _WHAT[field]
            if field == "title" and _untitled_by_style(ref):
                yield Finding("missing-field", "info", field, "no article title: the house style (ACS, RSC, physics journals) omits it", "")
                continue
            yield Finding("missing-field", "warning", field, f"{what} ({kind or 'entry'})", fix)
    if kind in ("webpage", "post-weblog") and ref.accessed is None and not re.search(
        r"дата\s+обращения|accessed|retrieved|қаралған", ref.raw or "", re.I
    ):
        yield Finding(
            "missing-field", "info", "accessed", "no date of access for a web page",
            "add when the page was consulted, e.g. “(дата обращения: 12.03.2024)” / “(accessed 12 March 2024)”",
        )  # fmt: skip


def parse_uncertain(ref: Reference) -> Iterator[Finding]:
    """``parse-uncertain``: the parser could not segment the entry confidently.

    Why: every other rule trusts the fields; when they are guesses, the editor
    should read the entry itself rather than trust silence.
    """
    if ref.confidence is not None and ref.confidence < CONFIDENT:
        yield Finding(
            "parse-uncertain", "info", None,
            f"refkit could not read this entry's parts with confidence ({ref.confidence:.0%}); field checks were limited",
            "check the entry by eye; a standard layout (Author. Title // Journal. Year. Vol. No. P.) reads reliably",
        )  # fmt: skip


_URL_TOKEN = re.compile(r"(?<![\w/])(\S*://\S+|https?\S+|www\.\S+)", re.I)


def _url_problem(url: str) -> str | None:
    if re.search(r"\s", url):
        return "contains spaces"
    parts = urlsplit(with_scheme(url))  # (MLA prints a link without its scheme: '<litart.kz/en/auezov-life>')
    if parts.scheme.lower() not in ("http", "https", "ftp"):
        return f"scheme “{parts.scheme or url.split(':')[0]}” is not http(s)"
    host = parts.hostname or ""
    if not host:
        return "has no host name"
    if "." not in host and host != "localhost":
        return f"host “{host}” has no domain"
    if not re.fullmatch(r"[\w.\-]+", host):
        return f"host “{host}” has characters a host name cannot have"
    return None


def url_malformed(ref: Reference) -> Iterator[Finding]:
    """``url-malformed``: a link that is not a well-formed http(s) address.

    Why: a link readers cannot follow is worse than none; typos such as
    ``htps://``, ``http//`` or a space inside the address are invisible in print.
    """
    candidates = [ref.url] if ref.url else []
    for m in _URL_TOKEN.finditer(clean(ref.raw or "")):
        url = m.group(1).rstrip(".,;»")
        if url[:1] in "(<[" and url[1:2].isalpha():  # '(https://doi.org/…)': the bracket is the list's, not the link's
            url = url[1:].rstrip(")>]")
        candidates.append(url)
    seen = set()
    for url in candidates:
        if url.rstrip("/") in seen:
            continue
        seen.add(url.rstrip("/"))
        problem = _url_problem(url)
        if problem:
            yield Finding(
                "url-malformed", "error", "URL", f"the link “{url}” {problem}", "correct the address so it opens in a browser",
            )


_DOI_SYNTAX = re.compile(r"^10\.\d{4,9}/[^\s]+$")


def doi_invalid(ref: Reference) -> Iterator[Finding]:
    """``doi-invalid``: a DOI field that is not DOI syntax (``10.<registrant>/<suffix>``).

    Why: an invalid DOI is a dead link with authority; checked offline, from the
    syntax alone (resolution checks registration when online).
    """
    if not ref.doi:
        return
    doi = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", str(ref.doi).strip(), flags=re.I)
    if not _DOI_SYNTAX.match(doi):
        yield Finding(
            "doi-invalid", "error", "DOI", f"“{ref.doi}” is not a DOI (a DOI reads 10.<number>/<suffix>)",
            "copy the DOI from the publisher's page",
        )


def isbn_invalid(ref: Reference) -> Iterator[Finding]:
    """``isbn-invalid``: an ISBN whose length or check digit is wrong.

    Why: a mistyped ISBN finds no book in any catalogue, or the wrong one; the
    check digit catches nearly every single typo and swapped pair, offline.
    Online, resolution reports the same finding; the two are one in the report.
    """
    from ..resolve.isbn import check_isbn, isbn_findings, split_isbns

    written = ref.isbn or " ".join(m.group(1) for m in _ISBN_IN_TEXT.finditer(clean(ref.raw or "")))
    if written:
        yield from isbn_findings([check_isbn(x) for x in split_isbns(written)])


# "ISBN 978-5-02-037071-2", "ISBN: 5-02-037071-9" in an entry's text, when the parser did not set the field
_ISBN_IN_TEXT = re.compile(r"\bISBN(?:-1[03])?\s*:?\s*((?:97[89][\s‐-―-]?)?(?:[\dXx][\s‐-―-]?){9}[\dXx]?)", re.I)


def _stray_letters(word: str, fixed: str | None) -> str:
    """'Latin “a”' for 'кaторга': the letters of the minority script, named."""
    if fixed:
        stray = "".join(dict.fromkeys(a for a, b in zip(word, fixed) if a != b))
        script = "Latin" if stray.isascii() else "Cyrillic"
    else:
        latin = sum(ch.isascii() for ch in word if ch.isalpha())
        script = "Latin" if latin * 2 < sum(ch.isalpha() for ch in word) else "Cyrillic"
        stray = "".join(dict.fromkeys(ch for ch in word if ch.isalpha() and ch.isascii() == (script == "Latin")))
    return f"{script} “{'”, “'.join(stray)}”"


def mixed_script(ref: Reference) -> Iterator[Finding]:
    """``mixed-script``: a word that mixes Latin and Cyrillic letters (``кaторга`` with a Latin ``a``).

    Why: the two scripts share look-alike letters, so the word reads right in print, yet no
    catalogue, citation index or search finds it; lists copied through several editors and PDF
    converters collect them. Links and identifiers are left out: they are Latin by design.
    """
    text = _URL_TOKEN.sub(" ", clean_with_offsets(ref.raw or "", fold=False)[0])
    words = list(dict.fromkeys(mixed_script_words(text)))
    if not words:
        return
    shown = "; ".join(f"“{word}” has {_stray_letters(word, fixed)}" for word, fixed in words[:5])
    more = f" (and {len(words) - 5} more)" if len(words) > 5 else ""
    fixes = [f"“{fixed}”" for _, fixed in words[:5] if fixed]
    yield Finding(
        "mixed-script", "warning", None,
        f"{len(words)} word{'s' * (len(words) > 1)} mix{'es' * (len(words) == 1)} Latin and Cyrillic letters: {shown}{more}",
        "retype the stray letters in the word's own script" + (f": {', '.join(fixes)}" if fixes else ""),
    )  # fmt: skip
