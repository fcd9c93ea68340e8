"""Exporters: CSL-JSON, JSON Lines, BibTeX/BibLaTeX (via pybtex) and RIS."""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping

from ..model import Name, Reference
from ..readers.ris import OWN_NUMBER_TYPES
from ..text import language_name

__all__ = ["language_name", "to_bibtex", "to_csl_json", "to_jsonl", "to_ris"]


def to_csl_json(references: Iterable[Reference], *, provenance: bool = True) -> str:
    """A JSON array of CSL-JSON items, one per reference, in order."""
    return json.dumps([r.to_csl(provenance=provenance) for r in references], ensure_ascii=False, indent=2)


def to_jsonl(references: Iterable[Reference], *, provenance: bool = True) -> str:
    """One CSL-JSON item per line."""
    return "".join(json.dumps(r.to_csl(provenance=provenance), ensure_ascii=False) + "\n" for r in references)


_BIB_TYPES = {
    "article-journal": "article", "article-magazine": "article", "article-newspaper": "article",
    "book": "book", "chapter": "incollection", "paper-conference": "inproceedings", "thesis": "phdthesis",
    "report": "techreport", "webpage": "misc", "legislation": "misc", "document": "misc",
}  # fmt: skip
_BIB_FIELDS = [
    ("title", "title"), ("container-title", None), ("collection-title", "series"), ("publisher", "publisher"),
    ("publisher-place", "address"), ("volume", "volume"), ("issue", "number"), ("page", "pages"),
    ("number-of-pages", "pagetotal"), ("edition", "edition"), ("DOI", "doi"), ("URL", "url"), ("ISBN", "isbn"),
    ("language", "langid"), ("note", "note"), ("translated-title", "titleaddon"),
]  # fmt: skip


def _key(ref: Reference, index: int, seen: set[str]) -> str:
    from unidecode import unidecode

    first = ref.author[0] if ref.author else None
    stem = (first.family or first.literal or "") if first else (ref.title or "ref")
    stem = re.sub(r"[^A-Za-z0-9]", "", unidecode(stem).split(" ")[0] if stem else "")[:20] or "ref"
    key = f"{stem.lower()}{ref.year or ''}" or f"ref{index}"
    base, n = key, 0
    while key in seen:
        n += 1
        key = base + "abcdefghijklmnopqrstuvwxyz"[(n - 1) % 26] * (1 + (n - 1) // 26)
    seen.add(key)
    return key


def _bib_name(name: Name) -> str:
    if name.literal:
        return "{" + name.literal + "}"
    family = " ".join(p for p in (name.non_dropping_particle, name.family) if p)
    if " " in (name.family or "") and not name.non_dropping_particle:
        family = "{" + family + "}"
    parts = [family]
    if name.suffix:
        parts.append(name.suffix)
    if name.given:
        parts.append(name.given)
    return ", ".join(parts)


_MONTH_MACROS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_VERBATIM = {"url", "doi", "urldate"}  # read as they are by url.sty and biblatex: no LaTeX escapes


def _writer():
    """pybtex's BibTeX writer, except that URLs and DOIs are written verbatim and months as macros."""
    from pybtex.database.output.bibtex import Writer

    class RefkitWriter(Writer):
        def _write_field(self, stream, type, value):
            if type in _VERBATIM:
                stream.write(f",\n    {type} = {self.quote(value)}")
            elif type == "month" and value in _MONTH_MACROS:
                stream.write(f",\n    month = {value}")
            else:
                super()._write_field(stream, type, value)

    return RefkitWriter()


def _iso_date(parts) -> str:
    return "-".join(f"{int(p):02d}" if n else str(int(p)) for n, p in enumerate(parts[:3]) if str(p).isdigit())


_BIBLATEX_TYPES = {
    "article-journal": "article", "article-magazine": "article", "article-newspaper": "article", "book": "book",
    "chapter": "incollection", "paper-conference": "inproceedings", "thesis": "thesis", "report": "report",
    "webpage": "online", "post": "online", "post-weblog": "online", "dataset": "dataset", "software": "software",
}  # fmt: skip
_BIBLATEX_RENAMES = {"journal": "journaltitle", "address": "location", "howpublished": "organization"}


_NUMBERED_KINDS = ("techreport", "report", "misc", "phdthesis", "thesis", "manual")


def _name_list(names) -> str:
    return " and ".join(_bib_name(Name.from_csl(n)) for n in names if isinstance(n, dict))


def _extra_bib_fields(ref: Reference, csl: dict, kind: str, fields: dict, biblatex: bool) -> None:
    """What a parse reads beyond the fields every entry has: how many volumes a set has, a report's or act's number and
    kind, PubMed's identifier and, in BibLaTeX, the translator and the author of the book a piece is in."""
    if csl.get("number-of-volumes"):
        fields["volumes"] = str(csl["number-of-volumes"])
    if csl.get("number") and "number" not in fields and kind in _NUMBERED_KINDS:
        fields["number"] = str(csl["number"])
    if ref.genre and kind in _NUMBERED_KINDS:
        fields["type"] = ref.genre
    if csl.get("PMID"):
        if biblatex:
            fields["eprint"], fields["eprinttype"] = str(csl["PMID"]), "pubmed"
        else:
            fields["pmid"] = str(csl["PMID"])
    if biblatex:
        for csl_key, bib_key in (("translator", "translator"), ("container-author", "bookauthor")):
            names = _name_list(csl.get(csl_key) or [])
            if names:
                fields[bib_key] = names


def to_bibtex(references: Iterable[Reference], *, dialect: str = "bibtex") -> str:
    """BibTeX or BibLaTeX (``dialect="biblatex"``), written by pybtex; Cyrillic and Hangul kept as is.

    BibLaTeX output uses its own entry types (``online``, ``thesis``, ``report``)
    and fields (``journaltitle``, ``location``, ``date`` with month and day,
    ``urldate``, ``langid`` with babel's language names: ``russian``, ``kazakh``).
    BibTeX output gives the language in ``language`` (read by babel-aware styles)
    and the month as a macro (``month = dec``). URLs and DOIs are written verbatim.
    Names are split into family and given parts (``{Овчарова}, Т.Н.``);
    organisations are braced so no parser splits them. A set's number of volumes
    is ``volumes``, a report's or thesis's own kind ``type`` and its number
    ``number``, PubMed's identifier ``pmid`` (BibLaTeX: ``eprint`` with
    ``eprinttype = pubmed``); BibLaTeX also gets ``translator`` and ``bookauthor``.
    """
    from pybtex.database import BibliographyData, Entry, Person

    from ..errors import UsageError

    if dialect not in ("bibtex", "biblatex"):
        raise UsageError(f"unknown BibTeX dialect {dialect!r}; choose bibtex or biblatex")
    biblatex = dialect == "biblatex"
    data = BibliographyData()
    seen: set[str] = set()
    for i, ref in enumerate(references, 1):
        csl = ref.to_csl(provenance=False)
        kind = (_BIBLATEX_TYPES if biblatex else _BIB_TYPES).get(ref.type or "", "misc")
        fields = {}
        for csl_key, bib_key in _BIB_FIELDS:
            value = csl.get(csl_key)
            if value in (None, ""):
                continue
            if bib_key is None:
                bib_key = "booktitle" if kind in ("incollection", "inproceedings") else "journal"
                if kind == "misc":
                    bib_key = "howpublished"
            fields[bib_key] = str(value) if bib_key in _VERBATIM else str(value).replace("–", "--")
        _extra_bib_fields(ref, csl, kind, fields, biblatex)
        if "langid" in fields:
            fields["langid"] = language_name(fields["langid"])
        if biblatex:
            fields = {_BIBLATEX_RENAMES.get(k, k): v for k, v in fields.items()}
            if ref.type == "article-newspaper":
                fields["entrysubtype"] = "newspaper"
            accessed = ref.accessed.parts[0] if ref.accessed and ref.accessed.parts else ()
            if accessed and _iso_date(accessed):
                fields["urldate"] = _iso_date(accessed)
        elif "langid" in fields:
            fields["language"] = fields.pop("langid")
        parts = ref.issued.parts[0] if ref.issued and ref.issued.parts else ()
        last = ref.issued.parts[1] if ref.issued and ref.issued.parts and len(ref.issued.parts) > 1 else ()
        if biblatex and parts and ref.year:
            fields["date"] = _iso_date(parts) + ("/" + _iso_date(last) if last and _iso_date(last) else "")  # a range: '1954/1957'
        elif ref.year:
            fields["year"] = str(ref.year) + (f"--{last[0]}" if last and str(last[0]) != str(ref.year) else "")  # '1954--1957'
            if len(parts) > 1 and str(parts[1]).isdigit() and 1 <= int(parts[1]) <= 12:
                fields["month"] = _MONTH_MACROS[int(parts[1]) - 1]
        persons = {}
        for role in ("author", "editor"):
            names = getattr(ref, role)
            if names:
                persons[role] = [Person(_bib_name(n)) for n in names]
        if "author" in persons and ref.extra.get("refkit-et-al"):
            persons["author"].append(Person("others"))  # BibTeX's own mark of a list cut short: 'and others'
        data.add_entry(_key(ref, i, seen), Entry(kind, fields=fields, persons=persons))
    return _writer().to_string(data)


_RIS_TYPES = {
    "article-journal": "JOUR", "article-magazine": "MGZN", "article-newspaper": "NEWS", "book": "BOOK",
    "chapter": "CHAP", "paper-conference": "CPAPER", "thesis": "THES", "report": "RPRT", "webpage": "ELEC",
    "legislation": "STAT", "dataset": "DATA", "software": "COMP",
}  # fmt: skip


def _ris_date(parts) -> str:
    """A date as RIS writes it: ``2020/03/12/``, ``2012/12//``."""
    numbers = [f"{int(p):02d}" if n else str(int(p)) for n, p in enumerate(parts[:3]) if str(p).isdigit()]
    return "/".join(numbers + [""] * (3 - len(numbers))) + "/"


def to_ris(references: Iterable[Reference]) -> str:
    """RIS records, one per reference."""
    lines: list[str] = []
    for ref in references:
        lines.append(f"TY  - {_RIS_TYPES.get(ref.type or '', 'GEN')}")
        translators = tuple(Name.from_csl(dict(n)) for n in ref.extra.get("translator") or () if isinstance(n, Mapping))
        for tag, names in (("AU", ref.author), ("ED", ref.editor), ("A4", translators)):  # A4: the translator
            for n in names:
                lines.append(f"{tag}  - {n.literal or ', '.join(p for p in (n.family, n.given) if p)}")
        extra = ref.extra
        simple = [
            ("TI", ref.title), ("TT", ref.translated_title), ("T2", ref.container_title),
            ("T3", ref.collection_title), ("PB", ref.publisher), ("CY", ref.publisher_place),
            ("VL", ref.volume), ("IS", ref.issue), ("ET", ref.edition), ("DO", ref.doi), ("UR", ref.url),
            ("SN", ref.isbn), ("LA", ref.language), ("N1", ref.note), ("M3", ref.genre),
            ("NV", extra.get("number-of-volumes")), ("M1", extra.get("number") if ref.type in OWN_NUMBER_TYPES else None), ("AN", extra.get("PMID")),
        ]  # fmt: skip
        if ref.year:
            parts = ref.issued.parts[0] if ref.issued and ref.issued.parts else ()
            if len(parts) > 1:  # the full date first: readers keep the first date they meet
                lines.append(f"DA  - {_ris_date(parts)}")
            lines.append(f"PY  - {ref.year}")
        if ref.accessed and ref.accessed.parts:
            lines.append(f"Y2  - {_ris_date(ref.accessed.parts[0])}")
        for tag, value in simple:
            if value not in (None, ""):
                lines.append(f"{tag}  - {value}")
        if ref.page:
            parts = re.split(r"\s*[-–—]\s*", str(ref.page), maxsplit=1)
            lines.append(f"SP  - {parts[0]}")
            if len(parts) > 1:
                lines.append(f"EP  - {parts[1]}")
        elif ref.number_of_pages:
            lines.append(f"SP  - {ref.number_of_pages}")
        lines.append("ER  - ")
        lines.append("")
    return "\n".join(lines)
