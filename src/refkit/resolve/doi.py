"""DOIs: syntax, normalisation, and the metadata records the agencies return.

No network here. :func:`normalize_doi` turns what people write (``doi:``,
``https://doi.org/...``, trailing full stops) into the bare lower-case DOI, or
None when it is not DOI syntax. :class:`Record` is the agency-neutral view of
a work's metadata that :mod:`refkit.resolve.matching` compares with a parsed
reference; :func:`from_crossref` and :func:`from_datacite` build it from the
two agencies' JSON.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any
from urllib.parse import unquote

__all__ = ["Record", "Update", "from_crossref", "from_datacite", "normalize_doi"]

# Crossref's recommended pattern, widened for registrant subdivisions (10.1000.10/...)
_DOI = re.compile(r"^10\.\d{4,9}(?:\.\d+)*/\S+$")
_PREFIXES = re.compile(r"^(?:https?://(?:dx\.)?doi\.org/|doi\.org/|doi:\s*|doi\s+|info:doi/)", re.I)


def normalize_doi(text: str | None) -> str | None:
    """The DOI in ``text``, bare and lower-case (DOIs ignore case), or None if not DOI syntax.

    >>> normalize_doi("https://doi.org/10.1371/JOURNAL.PONE.0033693.")
    '10.1371/journal.pone.0033693'
    >>> normalize_doi("doi: 10.1016/S0140-6736(97)11096-0")
    '10.1016/s0140-6736(97)11096-0'
    >>> normalize_doi("10.1234") is None
    True
    """
    if not text:
        return None
    doi = " ".join(str(text).split()).strip().strip("<>")
    doi = _PREFIXES.sub("", doi).strip()
    if "%2f" in doi.lower():
        doi = unquote(doi)
    # punctuation that closes the sentence, not the DOI; a closing bracket only if unbalanced
    while doi and doi[-1] in ".,;:":
        doi = doi[:-1]
    while doi and doi[-1] in ")]" and doi.count(doi[-1]) > doi.count("(" if doi[-1] == ")" else "["):
        doi = doi[:-1]
    return doi.lower() if _DOI.match(doi) else None


@dataclass(frozen=True)
class Update:
    """A correction, retraction or other notice attached to a work."""

    kind: str  # Crossref's type: retraction, correction, erratum, withdrawal, expression_of_concern, ...
    doi: str | None
    label: str | None
    source: str | None
    date: str | None

    @property
    def is_retraction(self) -> bool:
        return self.kind.replace("_", "-") in {"retraction", "withdrawal", "removal", "partial-retraction"}


@dataclass(frozen=True)
class Record:
    """Metadata of one registered work, whatever the agency.

    ``titles`` holds every title form the record gives (main, with subtitle,
    original, short); ``years`` every year it names (issued, print, online);
    ``updated_by`` the notices about this work; ``update_to`` the works this
    record is itself a notice for.
    """

    doi: str
    agency: str
    type: str | None = None
    titles: tuple[str, ...] = ()
    families: tuple[str, ...] = ()
    years: tuple[int, ...] = ()
    containers: tuple[str, ...] = ()
    volume: str | None = None
    issue: str | None = None
    page: str | None = None
    updated_by: tuple[Update, ...] = ()
    update_to: tuple[Update, ...] = ()
    score: float | None = None

    @property
    def title(self) -> str | None:
        return self.titles[0] if self.titles else None

    def to_csl_hint(self) -> dict[str, Any]:
        """A short summary for output: what refkit saw at the agency."""
        out: dict[str, Any] = {"agency": self.agency}
        if self.title:
            out["title"] = self.title
        if self.families:
            out["first-author"] = self.families[0]
        if self.years:
            out["year"] = self.years[0]
        return out


def _strings(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, str):
        return [value] if value.strip() else []
    if isinstance(value, (list, tuple)):
        return [v for v in value if isinstance(v, str) and v.strip()]
    return []


def _year(date: Any) -> int | None:
    if isinstance(date, Mapping):
        parts = date.get("date-parts")
        if parts and parts[0] and parts[0][0] not in (None, ""):
            try:
                return int(parts[0][0])
            except (TypeError, ValueError):
                return None
    return None


def _updates(items: Any) -> tuple[Update, ...]:
    out = []
    for item in items or []:
        if not isinstance(item, Mapping):
            continue
        when = item.get("updated") or {}
        date = when.get("date-time") if isinstance(when, Mapping) else None
        if not date and isinstance(when, Mapping) and when.get("date-parts"):
            date = "-".join(str(p) for p in when["date-parts"][0])
        out.append(
            Update(
                kind=str(item.get("type") or "update").lower(),
                doi=(str(item["DOI"]).lower() if item.get("DOI") else None),
                label=item.get("label"),
                source=item.get("source"),
                date=(date[:10] if date else None),
            )
        )
    return tuple(out)


def _relation_updates(relation: Any) -> tuple[Update, ...]:
    """Retractions and corrections that Crossref records only as relations."""
    out = []
    if not isinstance(relation, Mapping):
        return ()
    for name, targets in relation.items():
        lowered = name.lower()
        kind = None
        if "retract" in lowered:
            kind = "retraction"
        elif "correct" in lowered or "errat" in lowered:
            kind = "correction"
        if kind is None or not lowered.startswith(("is-", "has-")):
            continue
        for t in targets if isinstance(targets, list) else []:
            if isinstance(t, Mapping):
                out.append(Update(kind=kind, doi=str(t.get("id", "")).lower() or None, label=name, source="relation", date=None))
    return tuple(out)


def from_crossref(message: Mapping[str, Any], *, score: float | None = None) -> Record:
    """A :class:`Record` from a Crossref ``message`` (a work or a search item)."""
    titles = _strings(message.get("title"))
    subtitles = _strings(message.get("subtitle"))
    forms = list(titles)
    if titles and subtitles:
        forms.append(f"{titles[0]}: {subtitles[0]}")
    forms += _strings(message.get("original-title")) + _strings(message.get("short-title"))
    people = message.get("author") or message.get("editor") or []
    firsts = [p for p in people if isinstance(p, Mapping) and p.get("sequence") == "first"]
    ordered = firsts + [p for p in people if isinstance(p, Mapping) and p not in firsts]
    families = tuple(str(p.get("family") or p.get("name") or "") for p in ordered if p.get("family") or p.get("name"))
    years = []
    for key in ("issued", "published-print", "published-online", "published"):
        y = _year(message.get(key))
        if y and y not in years:
            years.append(y)
    updated_by = _updates(message.get("updated-by")) + _relation_updates(message.get("relation"))
    return Record(
        doi=str(message.get("DOI", "")).lower(),
        agency="crossref",
        type=message.get("type"),
        titles=tuple(dict.fromkeys(forms)),
        families=families,
        years=tuple(years),
        containers=tuple(dict.fromkeys(_strings(message.get("container-title")) + _strings(message.get("short-container-title")))),
        volume=_str(message.get("volume")),
        issue=_str(message.get("issue")),
        page=_str(message.get("page")),
        updated_by=updated_by,
        update_to=_updates(message.get("update-to")),
        score=score if score is not None else message.get("score"),
    )


def from_datacite(data: Mapping[str, Any]) -> Record:
    """A :class:`Record` from a DataCite ``data`` object (JSON:API)."""
    attrs = data.get("attributes") or {}
    titles = [t.get("title") for t in attrs.get("titles") or [] if isinstance(t, Mapping) and t.get("title")]
    families = []
    for c in attrs.get("creators") or []:
        if isinstance(c, Mapping):
            fam = c.get("familyName") or (c.get("name", "").split(",")[0] if c.get("name") else None)
            if fam:
                families.append(str(fam))
    years = [int(attrs["publicationYear"])] if str(attrs.get("publicationYear") or "").isdigit() else []
    container = attrs.get("container") or {}
    containers = _strings(container.get("title")) if isinstance(container, Mapping) else []
    kind = (attrs.get("types") or {}).get("citeproc") if isinstance(attrs.get("types"), Mapping) else None
    updates = []
    for rel in attrs.get("relatedIdentifiers") or []:
        # DataCite has no retraction type; "IsObsoletedBy" is the nearest it records
        if isinstance(rel, Mapping) and rel.get("relationType") == "IsObsoletedBy":
            updates.append(Update("withdrawal", str(rel.get("relatedIdentifier", "")).lower() or None, "IsObsoletedBy", "datacite", None))
    return Record(
        doi=str(attrs.get("doi") or data.get("id") or "").lower(),
        agency="datacite",
        type=kind,
        titles=tuple(titles),
        families=tuple(families),
        years=tuple(years),
        containers=tuple(containers) or tuple(_strings(attrs.get("publisher"))),
        volume=_str(container.get("volume")) if isinstance(container, Mapping) else None,
        issue=_str(container.get("issue")) if isinstance(container, Mapping) else None,
        page=(f"{container['firstPage']}-{container['lastPage']}" if isinstance(container, Mapping) and container.get("firstPage") and container.get("lastPage") else None),
        updated_by=tuple(updates),
    )


def _str(value: Any) -> str | None:
    if value is None or value == "":
        return None
    return str(value)
