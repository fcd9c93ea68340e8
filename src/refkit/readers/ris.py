"""RIS (Research Information Systems) records."""

from __future__ import annotations

import re

from ..errors import EmptyInput, FormatError
from ..model import Name, Reference

__all__ = ["read_ris"]

_LINE = re.compile(r"^([A-Z][A-Z0-9])  -(?: (.*))?$")
_TYPES = {
    "JOUR": "article-journal", "JFULL": "article-journal", "MGZN": "article-magazine", "NEWS": "article-newspaper",
    "BOOK": "book", "EBOOK": "book", "EDBOOK": "book", "CHAP": "chapter", "ECHAP": "chapter", "THES": "thesis",
    "CONF": "paper-conference", "CPAPER": "paper-conference", "RPRT": "report", "ELEC": "webpage", "WEB": "webpage",
    "STAT": "legislation", "BILL": "bill", "CASE": "legal_case", "PAT": "patent", "DATA": "dataset", "COMP": "software",
    "GEN": "document", "UNPB": "manuscript", "MAP": "map",
}  # fmt: skip
# CSL types whose RIS M1 is the work's own number (a report's, patent's, standard's or act's): the writer uses it too
OWN_NUMBER_TYPES = ("report", "patent", "standard", "legislation")
_FIELDS = {
    "TI": "title", "T1": "title", "CT": "title", "T2": "container-title", "JO": "container-title",
    "JF": "container-title", "BT": "container-title", "T3": "collection-title", "PB": "publisher",
    "CY": "publisher-place", "PP": "publisher-place", "VL": "volume", "IS": "issue", "ET": "edition",
    "DO": "DOI", "UR": "URL", "SN": "ISBN", "LA": "language", "N1": "note", "AB": "abstract", "M3": "genre",
    "TT": "translated-title", "NV": "number-of-volumes",
}  # fmt: skip


def read_ris(text: str, *, path: str | None = None) -> list[Reference]:
    """References from RIS text; a record outside ``TY``...``ER`` is a :class:`FormatError`."""
    if not text.strip():
        raise EmptyInput("empty input: no RIS records", path=path)
    records: list[list[tuple[str, str, int]]] = []
    current: list[tuple[str, str, int]] | None = None
    for n, raw in enumerate(text.lstrip("\ufeff").splitlines(), 1):
        line = raw.rstrip()
        if not line.strip():
            continue
        m = _LINE.match(line)
        if not m:
            if current is not None and current:  # a continuation of the previous value
                tag, value, ln = current[-1]
                current[-1] = (tag, value + " " + line.strip(), ln)
                continue
            raise FormatError(f"not an RIS line: {line[:60]!r}", path=path, line=n)
        tag, value = m.group(1), (m.group(2) or "").strip()
        if tag == "TY":
            if current is not None:
                raise FormatError("TY before the previous record's ER", path=path, line=n)
            current = [(tag, value, n)]
        elif tag == "ER":
            if current is None:
                raise FormatError("ER without TY", path=path, line=n)
            records.append(current)
            current = None
        else:
            if current is None:
                raise FormatError(f"{tag} outside a record (no TY before it)", path=path, line=n)
            current.append((tag, value, n))
    if current is not None:
        raise FormatError("last record has no ER", path=path, line=current[0][2])
    if not records:
        raise FormatError("no RIS records found", path=path)
    return [_record(r, i) for i, r in enumerate(records, 1)]


def _record(fields: list[tuple[str, str, int]], index: int) -> Reference:
    item: dict = {"id": f"ris-{index}"}
    authors, editors, translators = [], [], []
    start = end = None
    for tag, value, _ in fields:
        if tag == "TY":
            item["type"] = _TYPES.get(value.upper(), "document")
        elif tag in ("AU", "A1"):
            authors.append(_name(value))
        elif tag in ("ED", "A2", "A3") and tag != "A3":
            editors.append(_name(value))
        elif tag == "A4":
            translators.append(_name(value).to_csl())
        elif tag == "M1" and item.get("type") in OWN_NUMBER_TYPES:
            item.setdefault("number", value)  # a report's, patent's or act's number (in other records M1 is anything)
        elif tag in ("PY", "Y1", "DA"):
            nums = [int(x) for x in re.findall(r"\d+", value)[:3] if int(x) > 0]
            if nums and "issued" not in item:
                item["issued"] = {"date-parts": [nums]}
        elif tag == "Y2":
            nums = [int(x) for x in re.findall(r"\d+", value)[:3] if int(x) > 0]
            if nums:
                item["accessed"] = {"date-parts": [nums]}
        elif tag == "SP":
            start = value
        elif tag == "EP":
            end = value
        elif tag == "ID":
            item["id"] = value
        elif tag in _FIELDS:
            key = _FIELDS[tag]
            if key == "DOI":
                value = re.sub(r"^(?:https?://(?:dx\.)?doi\.org/|doi:\s*)", "", value, flags=re.I)
            item.setdefault(key, value)
    if start:
        if end and end != start:
            item["page"] = f"{start}–{end}"
        elif item.get("type") in ("book", "thesis", "report"):
            item["number-of-pages"] = start
        else:
            item["page"] = start
    if translators:
        item["translator"] = translators
    ref = Reference.from_csl(item)
    return ref.replace(author=authors, editor=editors) if authors or editors else ref


def _name(value: str) -> Name:
    if "," in value:
        family, _, given = value.partition(",")
        return Name(family=family.strip(), given=given.strip() or None)
    return Name(literal=value.strip())
