"""The values the check produces: located findings and the rule catalogue.

A rule yields plain :class:`refkit.findings.Finding` values (code, severity,
field, message, suggestion). The check knows more than a rule does: which list
an entry stands in and what its number is there. :class:`CheckFinding` wraps a
finding with that location, so the finding type stays shared with resolution
and the location stays the check's business.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from ..findings import SEVERITIES, Finding

__all__ = ["CODES", "SEVERITIES", "CheckFinding", "Finding", "Rule", "severity_rank"]


def severity_rank(severity: str) -> int:
    """0 for error, 1 for warning, 2 for info (unknown severities sort last)."""
    return SEVERITIES.index(severity) if severity in SEVERITIES else len(SEVERITIES)


@dataclass(frozen=True)
class CheckFinding:
    """A finding placed in the manuscript.

    ``list`` is the 1-based list the entry stands in (1 = the list as written,
    2 = its transliterated twin) or None for a finding about the article as a
    whole; ``reference`` is the entry's number in that list (its printed
    number, or its position when the list is unnumbered) or None for a finding
    about a whole list.
    """

    finding: Finding
    list: int | None = None
    reference: int | None = None

    @property
    def code(self) -> str:
        return self.finding.code

    @property
    def severity(self) -> str:
        return self.finding.severity

    @property
    def field(self) -> str | None:
        return self.finding.field

    @property
    def message(self) -> str:
        return self.finding.message

    @property
    def suggestion(self) -> str | None:
        return self.finding.suggestion

    def to_json(self) -> dict[str, Any]:
        """The JSON form the report promises: code, severity, list, reference, field, message, suggestion."""
        return {
            "code": self.code,
            "severity": self.severity,
            "list": self.list,
            "reference": self.reference,
            "field": self.field,
            "message": self.message,
            "suggestion": self.suggestion,
        }


@dataclass(frozen=True)
class Rule:
    """One check in the catalogue: its stable code, default severity, and what it enforces."""

    code: str
    severity: str
    summary: str
    online: bool = False
    needs: str | None = None  # "body", "twins", "translit", "network"


def _catalogue() -> dict[str, Rule]:
    rows = [
        ("citation-missing", "error", "an in-text citation points at no entry", None),
        ("never-cited", "warning", "an entry no in-text citation points at", None),
        ("cited-page-out-of-range", "error", "a cited page outside the entry's page range or page count", None),
        ("numbering", "error", "gaps, duplicates or disorder in list numbers", None),
        ("missing-field", "warning", "a field the entry's type needs is absent", None),
        ("duplicate", "warning", "the same work listed twice", None),
        ("style-inconsistent", "warning", "one list mixing conventions (dashes, P./p., No./№, separators)", None),
        ("twin-mismatch", "error", "the two lists disagree on something they must share", "twins"),
        ("twin-missing", "error", "an entry in one list with no counterpart in the other", "twins"),
        ("translit-scheme-mixed", "warning", "a list or entry that mixes transliteration schemes", "translit"),
        ("translit-untransliterated", "warning", "Cyrillic or Hangul left in the Latin-script list", None),
        ("translit-nonstandard", "warning", "a romanisation that matches no scheme for its language", None),
        ("doi-invalid", "error", "a DOI that is not a DOI", None),
        ("doi-not-found", "error", "a DOI nobody registered", "network"),
        ("doi-metadata-mismatch", "warning", "a DOI whose record describes another work", "network"),
        ("doi-suggested", "info", "a DOI the entry could carry", "network"),
        ("retracted", "error", "a cited work that was retracted", "network"),
        ("url-malformed", "error", "a link that is not a well-formed URL", None),
        ("url-dead", "warning", "a link that does not answer", "network"),
        ("url-archived", "info", "an archived copy of a dead link", "network"),
        ("parse-uncertain", "info", "an entry the parser could not segment confidently", None),
        # reported by resolution and passed through unchanged
        ("corrected", "info", "a correction or erratum was published for the work", "network"),
        ("update-notice", "warning", "the DOI is itself a retraction or correction notice", "network"),
        ("url-refused", "info", "a link into a private network, not probed", "network"),
        ("isbn-invalid", "error", "an ISBN whose checksum or length is wrong", None),
        ("mixed-script", "warning", "a word that mixes Latin and Cyrillic look-alike letters", None),
        ("skipped-offline", "info", "a network check skipped because refkit was offline", "network"),
        ("lookup-failed", "info", "a service that could not be reached; nothing judged", "network"),
    ]
    return {code: Rule(code, sev, summary, online=needs == "network", needs=needs) for code, sev, summary, needs in rows}


#: every check code refkit reports, with its default severity; codes are a stable contract
CODES: dict[str, Rule] = _catalogue()

RuleFunc = Callable[..., Any]
