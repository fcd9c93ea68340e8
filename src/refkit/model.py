"""refkit's one value: a reference, as an immutable CSL-JSON item.

:class:`Reference`, :class:`Name` and :class:`Date` are frozen values. Each has
``from_csl()`` and ``to_csl()``, and ``Reference.to_csl(Reference.from_csl(x)) == x``
for every CSL-JSON item ``x``: variables refkit does not model are kept, verbatim,
in ``extra``; the JSON types of values (``"volume": 9`` vs ``"9"``) are kept too.

refkit adds a few documented keys to CSL-JSON. They ride along in the item, so any
CSL processor ignores them, and refkit reads them back:

``translated-title``
    the bracketed translation journals print beside an original title
    (``Политология [Political science]``).
``refkit-raw``
    the raw source string the reference was parsed from.
``refkit-spans``
    where each field came from in that string: ``{"title": [12, 60], ...}``
    (half-open character offsets; names carry one span for the whole list).
``refkit-confidence``
    how sure the parser is, 0.0-1.0.
``refkit-alternate``
    alternate forms of a field, such as a romanised journal name printed
    beside the original (``{"container-title": "Jonhap n'jusy"}``), or an author's
    real name printed in brackets after a pen name (``{"author": "Ә. Бөкейхан"}``),
    kept apart so they do not pollute the field itself; a twin's bracketed English
    rendering of a host, series or archive name is kept the same way, under
    ``container-title-translated``, ``collection-title-translated`` or
    ``archive-translated``.
``refkit-number``
    the entry's number in its list (``[4]`` -> ``4``), when the list was numbered.
``refkit-et-al``
    ``true`` when the source cut its list of authors short (``et al.``, ``и др.``,
    ``외``): the names given are not all the authors, so refkit's renderer ends
    them with the style's "et al." instead of presenting them as complete.
``refkit-resolve``
    what :func:`refkit.resolve` learnt about the reference (DOI agency and
    metadata verdicts, link status, ISBN checks), added by resolution.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

__all__ = ["NAME_VARIABLES", "Date", "Name", "Reference", "freeze", "thaw"]

_EMPTY: Mapping[str, Any] = MappingProxyType({})


def _empty() -> Mapping[str, Any]:
    return _EMPTY


def freeze(value: Any) -> Any:
    """Deep-freeze a JSON value: lists become tuples, dicts read-only mappings."""
    if isinstance(value, (list, tuple)):
        return tuple(freeze(v) for v in value)
    if isinstance(value, Mapping):
        return MappingProxyType({k: freeze(v) for k, v in value.items()})
    return value


def thaw(value: Any) -> Any:
    """Inverse of :func:`freeze`: plain lists and dicts, ready for ``json.dumps``."""
    if isinstance(value, (list, tuple)):
        return [thaw(v) for v in value]
    if isinstance(value, Mapping):
        return {k: thaw(v) for k, v in value.items()}
    return value


# ---------------------------------------------------------------- names

_NAME_KEYS = {
    "family": "family",
    "given": "given",
    "literal": "literal",
    "dropping-particle": "dropping_particle",
    "non-dropping-particle": "non_dropping_particle",
    "suffix": "suffix",
}


@dataclass(frozen=True)
class Name:
    """A CSL name: ``family`` + ``given`` for people, ``literal`` for organisations."""

    family: str | None = None
    given: str | None = None
    literal: str | None = None
    dropping_particle: str | None = None
    non_dropping_particle: str | None = None
    suffix: str | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty, hash=False)

    @classmethod
    def from_csl(cls, data: Mapping[str, Any] | str) -> Name:
        if isinstance(data, str):  # lenient: a bare string is a literal name
            return cls(literal=data)
        known = {attr: data[key] for key, attr in _NAME_KEYS.items() if key in data}
        extra = {k: v for k, v in data.items() if k not in _NAME_KEYS}
        return cls(**known, extra=freeze(extra))

    def to_csl(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, attr in _NAME_KEYS.items():
            value = getattr(self, attr)
            if value is not None:
                out[key] = value
        out.update(thaw(self.extra))
        return out

    @property
    def display(self) -> str:
        """The name as a person would write it in a list: ``Овчарова Т.Н.``, ``왕길환``."""
        if self.literal:
            return self.literal
        family = " ".join(p for p in (self.non_dropping_particle, self.family) if p)
        if self.given and family and _is_hangul(family + self.given) and " " not in self.given:
            return family + self.given
        return " ".join(p for p in (family, self.given, self.suffix) if p)


def _is_hangul(text: str) -> bool:
    return bool(text) and all("\uac00" <= ch <= "\ud7a3" for ch in text)


# ---------------------------------------------------------------- dates

_DATE_KEYS = {"date-parts": "parts", "season": "season", "circa": "circa", "literal": "literal", "raw": "raw"}


@dataclass(frozen=True)
class Date:
    """A CSL date. ``parts`` is ``((year, month, day),)`` or a two-element range."""

    parts: tuple[tuple[Any, ...], ...] | None = None
    season: Any = None
    circa: Any = None
    literal: str | None = None
    raw: str | None = None
    extra: Mapping[str, Any] = field(default_factory=_empty, hash=False)

    @classmethod
    def from_csl(cls, data: Mapping[str, Any]) -> Date:
        known = {attr: data[key] for key, attr in _DATE_KEYS.items() if key in data}
        if "parts" in known and known["parts"] is not None:
            known["parts"] = tuple(tuple(p) for p in known["parts"])
        extra = {k: v for k, v in data.items() if k not in _DATE_KEYS}
        return cls(**known, extra=freeze(extra))

    @classmethod
    def of(cls, year: int, month: int | None = None, day: int | None = None) -> Date:
        parts = [year] + ([month] if month else []) + ([day] if month and day else [])
        return cls(parts=(tuple(parts),))

    def to_csl(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        for key, attr in _DATE_KEYS.items():
            value = getattr(self, attr)
            if value is not None:
                out[key] = [list(p) for p in value] if key == "date-parts" else value
        out.update(thaw(self.extra))
        return out

    @property
    def year(self) -> int | None:
        """The (first) year as an int, from date-parts, or failing that from literal/raw text."""
        if self.parts and self.parts[0] and self.parts[0][0] not in (None, ""):
            try:
                return int(self.parts[0][0])
            except (TypeError, ValueError):
                pass
        import re

        for text in (self.raw, self.literal):
            if text:
                m = re.search(r"\b(1[5-9]\d\d|20\d\d)\b", str(text))
                if m:
                    return int(m.group(1))
        return None


# ---------------------------------------------------------------- references

NAME_VARIABLES = (
    "author", "editor", "translator", "collection-editor", "composer", "container-author",
    "director", "editorial-director", "interviewer", "illustrator", "original-author",
    "recipient", "reviewed-author", "chair", "compiler", "contributor", "curator",
    "executive-producer", "guest", "host", "narrator", "organizer", "performer",
    "producer", "script-writer", "series-creator",
)  # fmt: skip
_DATE_VARS = ("issued", "accessed", "event-date", "original-date", "submitted", "available-date")

# CSL variables with their own attribute; everything else lives in ``extra``.
_SCALARS = {
    "id": "id",
    "type": "type",
    "title": "title",
    "translated-title": "translated_title",
    "container-title": "container_title",
    "collection-title": "collection_title",
    "publisher": "publisher",
    "publisher-place": "publisher_place",
    "volume": "volume",
    "issue": "issue",
    "page": "page",
    "number-of-pages": "number_of_pages",
    "edition": "edition",
    "genre": "genre",
    "DOI": "doi",
    "URL": "url",
    "ISBN": "isbn",
    "language": "language",
    "note": "note",
    "refkit-raw": "raw",
    "refkit-confidence": "confidence",
    "refkit-number": "number",
}
CSL_ATTRIBUTES: Mapping[str, str] = MappingProxyType(_SCALARS)  # CSL variable -> Reference attribute, for direct construction
_MAPS = {"refkit-spans": "spans", "refkit-alternate": "alternate"}
_MODELLED_NAMES = {"author": "author", "editor": "editor"}
_MODELLED_DATES = {"issued": "issued", "accessed": "accessed"}


@dataclass(frozen=True)
class Reference:
    """One bibliographic reference: a CSL-JSON item with refkit's provenance.

    Attribute names are the CSL variable names with ``-`` turned into ``_``
    (``container_title``); ``doi``, ``url`` and ``isbn`` are lower case. Names are
    tuples of :class:`Name`, dates :class:`Date`. Variables without an attribute
    are kept in ``extra`` and come back out of :meth:`to_csl` unchanged.
    """

    id: Any = None
    type: str | None = None
    author: tuple[Name, ...] = ()
    editor: tuple[Name, ...] = ()
    title: str | None = None
    translated_title: str | None = None
    container_title: str | None = None
    collection_title: str | None = None
    publisher: str | None = None
    publisher_place: str | None = None
    issued: Date | None = None
    accessed: Date | None = None
    volume: Any = None
    issue: Any = None
    page: Any = None
    number_of_pages: Any = None
    edition: Any = None
    genre: str | None = None
    doi: str | None = None
    url: str | None = None
    isbn: str | None = None
    language: str | None = None
    note: str | None = None
    raw: str | None = None
    confidence: float | None = None
    number: Any = None
    spans: Mapping[str, Any] = field(default_factory=_empty, hash=False)
    alternate: Mapping[str, Any] = field(default_factory=_empty, hash=False)
    extra: Mapping[str, Any] = field(default_factory=_empty, hash=False)
    # which of author/editor were present in the source item (even if empty)
    _present: frozenset[str] = field(default=frozenset(), repr=False, compare=False, hash=False)

    # -- conversion ---------------------------------------------------------

    @classmethod
    def from_csl(cls, data: Mapping[str, Any]) -> Reference:
        """Build a Reference from a CSL-JSON item (a mapping); nothing is lost."""
        if not isinstance(data, Mapping):
            raise TypeError(f"a CSL-JSON item is a JSON object, not {type(data).__name__}")
        kwargs: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        present = set()
        for key, value in data.items():
            if key in _SCALARS:
                kwargs[_SCALARS[key]] = value
            elif key in _MAPS and isinstance(value, Mapping):
                kwargs[_MAPS[key]] = freeze(value)
            elif key in _MODELLED_NAMES and isinstance(value, list):
                kwargs[_MODELLED_NAMES[key]] = tuple(Name.from_csl(n) for n in value)
                present.add(key)
            elif key in _MODELLED_DATES and isinstance(value, Mapping):
                kwargs[_MODELLED_DATES[key]] = Date.from_csl(value)
            else:
                extra[key] = value
        return cls(**kwargs, extra=freeze(extra), _present=frozenset(present))

    def to_csl(self, *, provenance: bool = True) -> dict[str, Any]:
        """The reference as a CSL-JSON item (plain dicts and lists).

        ``provenance=False`` leaves out refkit's parse provenance
        (``refkit-raw``, ``refkit-spans``, ``refkit-confidence``), for output
        meant for other tools.
        """
        out: dict[str, Any] = {}
        for key, attr in _SCALARS.items():
            value = getattr(self, attr)
            if value is not None:
                out[key] = value
        for key, attr in _MODELLED_NAMES.items():
            names = getattr(self, attr)
            if names or key in self._present:
                out[key] = [n.to_csl() for n in names]
        for key, attr in _MODELLED_DATES.items():
            date = getattr(self, attr)
            if date is not None:
                out[key] = date.to_csl()
        for key, attr in _MAPS.items():
            value = getattr(self, attr)
            if value:
                out[key] = thaw(value)
        out.update(thaw(self.extra))
        if not provenance:
            for key in ("refkit-raw", "refkit-spans", "refkit-confidence"):
                out.pop(key, None)
        return out

    # -- convenience --------------------------------------------------------

    def replace(self, **changes: Any) -> Reference:
        """A copy with some attributes changed (the original is untouched)."""
        for key in ("author", "editor"):
            if key in changes:
                changes[key] = tuple(changes[key])
                changes["_present"] = self._present | {key}
        for key in ("spans", "alternate", "extra"):
            if key in changes:
                changes[key] = freeze(changes[key])
        return dataclasses.replace(self, **changes)

    def get(self, variable: str, default: Any = None) -> Any:
        """A CSL variable by its CSL name (``"container-title"``), as CSL-JSON."""
        return self.to_csl().get(variable, default)

    @property
    def year(self) -> int | None:
        return self.issued.year if self.issued else None

    @property
    def names(self) -> Iterable[Name]:
        return self.author + self.editor
