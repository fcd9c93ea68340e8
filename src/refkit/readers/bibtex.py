"""BibTeX and BibLaTeX, read with pybtex; LaTeX accents and braces decoded to Unicode."""

from __future__ import annotations

import re

from ..errors import EmptyInput, FormatError
from ..model import Name, Reference
from ..text import language_code

__all__ = ["read_bibtex"]

_TYPES = {
    "article": "article-journal", "book": "book", "booklet": "pamphlet", "inbook": "chapter",
    "incollection": "chapter", "inproceedings": "paper-conference", "conference": "paper-conference",
    "manual": "report", "mastersthesis": "thesis", "phdthesis": "thesis", "thesis": "thesis",
    "proceedings": "book", "techreport": "report", "report": "report", "unpublished": "manuscript",
    "online": "webpage", "electronic": "webpage", "www": "webpage", "misc": "document",
    "collection": "book", "mvbook": "book", "periodical": "periodical", "patent": "patent",
    "dataset": "dataset", "software": "software", "legislation": "legislation", "jurisdiction": "legal_case",
    "newspaper": "article-newspaper",
}  # fmt: skip
_FIELDS = {
    "title": "title", "journal": "container-title", "journaltitle": "container-title",
    "booktitle": "container-title", "series": "collection-title", "publisher": "publisher",
    "institution": "publisher", "school": "publisher", "organization": "publisher",
    "address": "publisher-place", "location": "publisher-place", "volume": "volume",
    "number": "issue", "issue": "issue", "pages": "page", "pagetotal": "number-of-pages",
    "edition": "edition", "doi": "DOI", "url": "URL", "isbn": "ISBN", "issn": "ISSN",
    "note": "note", "abstract": "abstract", "keywords": "keyword", "type": "genre",
    "langid": "language", "language": "language", "origtitle": "original-title",
    "translatedtitle": "translated-title", "titleaddon": "translated-title", "volumes": "number-of-volumes",
    "pmid": "PMID",
}  # fmt: skip
# entry types whose 'number' is the work's own (a report's, a patent's), not a journal issue's
_OWN_NUMBER = ("techreport", "report", "patent", "manual", "misc", "thesis", "phdthesis", "mastersthesis")
# name lists BibLaTeX has beside author and editor, read as CSL names
_NAME_FIELDS = {"translator": "translator", "bookauthor": "container-author"}
_MONTHS = {m: i for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}


def _latex(value: str) -> str:
    from pybtex.richtext import Text

    try:
        out = Text.from_latex(value).render_as("text")
    except Exception:  # pybtex's LaTeX reader rejects some oddities; keep the braces-stripped text
        out = value.replace("{", "").replace("}", "")
    return re.sub(r"\s+", " ", out.replace("--", "–")).strip()


def read_bibtex(text: str, *, path: str | None = None) -> list[Reference]:
    """References from BibTeX/BibLaTeX text; syntax errors are a :class:`FormatError`."""
    from pybtex.database import parse_string
    from pybtex.scanner import PybtexError

    if not text.strip():
        raise EmptyInput("empty input: no BibTeX entries", path=path)
    try:
        db = parse_string(text, "bibtex")
    except PybtexError as exc:
        raise FormatError(f"invalid BibTeX: {exc}", path=path, line=getattr(exc, "lineno", None)) from None
    except Exception as exc:  # pybtex raises plain errors on some broken input
        raise FormatError(f"invalid BibTeX: {exc}", path=path) from None
    if not db.entries:
        raise FormatError("no BibTeX entries found", path=path)
    return [_entry(key, entry) for key, entry in db.entries.items()]


def _entry(key: str, entry) -> Reference:
    from pybtex.database import Person

    item: dict = {"id": key, "type": _TYPES.get(entry.type.lower(), "document")}
    if "type" in entry.fields:
        pass  # the thesis's own kind ('дис. … канд. экон. наук') is read below
    elif entry.type.lower() == "phdthesis":
        item["genre"] = "PhD thesis"
    elif entry.type.lower() == "mastersthesis":
        item["genre"] = "Master's thesis"
    for field, value in entry.fields.items():
        f = field.lower()
        if f in _FIELDS:
            v = _latex(value) if f not in ("url", "doi") else value.strip()
            if f == "doi":
                v = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", v, flags=re.I)
            if f in ("langid", "language"):
                v = language_code(v)
            item.setdefault(_FIELDS[f], v)
    if entry.type.lower() in _OWN_NUMBER and "number" in entry.fields and "issue" not in entry.fields:
        item.pop("issue", None)
        item["number"] = _latex(entry.fields["number"])
    if entry.fields.get("eprinttype", "").strip().lower() == "pubmed" and entry.fields.get("eprint"):
        item.setdefault("PMID", entry.fields["eprint"].strip())
    for field, key in _NAME_FIELDS.items():
        if entry.fields.get(field):
            item[key] = [_person(Person(p)).to_csl() for p in re.split(r"\s+and\s+", entry.fields[field]) if p.strip()]
    subtype = entry.fields.get("entrysubtype", "").strip().lower()
    if item["type"] == "article-journal" and subtype in ("newspaper", "magazine"):
        item["type"] = f"article-{subtype}"  # BibLaTeX's @article with entrysubtype
    accessed = _iso_date(entry.fields.get("urldate"))
    if accessed and 1000 <= accessed[0] <= 9999:
        item["accessed"] = {"date-parts": [accessed]}
    year = entry.fields.get("year")
    date = entry.fields.get("date")
    if date:
        ranged = [_iso_date(end) for end in date.split("/")[:2]]  # BibLaTeX's range '1954/1957', '2020-03-01/2020-03-05'
        if ranged[0]:
            item["issued"] = {"date-parts": [parts for parts in ranged if parts]}
    elif year:
        m = re.search(r"\d{4}", year)
        month = _MONTHS.get(entry.fields.get("month", "").strip().lower()[:3])
        last = re.fullmatch(r"\s*\d{4}\s*-{1,3}\s*(\d{4})\s*", year)  # 'year = {1954--1957}': a range of years
        if last and m:
            item["issued"] = {"date-parts": [[int(m.group())], [int(last.group(1))]]}
        elif m:
            item["issued"] = {"date-parts": [[int(m.group()), month] if month else [int(m.group())]]}
        else:
            item["issued"] = {"literal": _latex(year)}
    persons = {role: list(entry.persons.get(role, [])) for role in ("author", "editor")}
    if persons["author"] and str(persons["author"][-1]) == "others":
        persons["author"].pop()  # 'A and B and others': BibTeX's mark of a list cut short, not a person
        item["refkit-et-al"] = True
    for role in ("editor",):
        if persons[role] and str(persons[role][-1]) == "others":
            persons[role].pop()
    ref = Reference.from_csl(item)
    names = {role: tuple(_person(p) for p in people) for role, people in persons.items() if people}
    return ref.replace(**names) if names else ref


def _iso_date(text: str | None) -> list[int]:
    """Year, month, day of a BibLaTeX date field ('2020-03-12', '2020-03')."""
    return [int(p) for p in re.findall(r"\d+", text or "")[:3]]


def _person(person) -> Name:
    last = " ".join(person.last_names)
    if not person.first_names and not person.middle_names and last.startswith("{") and last.endswith("}"):
        return Name(literal=_latex(last))
    given = _latex(" ".join(person.first_names + person.middle_names)) or None
    particle = _latex(" ".join(person.prelast_names)) or None
    suffix = _latex(" ".join(person.lineage_names)) or None
    return Name(family=_latex(last), given=given, non_dropping_particle=particle, suffix=suffix)

