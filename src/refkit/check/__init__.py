"""The editor's check: findings about a manuscript's bibliography, and reports of them.

``check(document_or_references)`` runs every rule that applies and returns a
:class:`Report`; it never raises for what it finds. Rules are small pure
functions in :mod:`.rules_entry` (one entry), :mod:`.rules_list` (one list),
:mod:`.rules_twin` (a list and its transliterated twin) and
:mod:`.rules_citation` (the body against the list); each code is stable and
listed in :data:`CODES` with its default severity.

>>> from refkit import Reference
>>> ref = Reference.from_csl({"type": "article-journal", "title": "On lists",
...     "container-title": "Journal", "issued": {"date-parts": [[2020]]}})
>>> report = check([ref])
>>> [(f.code, f.field) for f in report.findings]
[('missing-field', 'page')]
"""

from __future__ import annotations

from .engine import check
from .manuscript import load_manuscript
from .report import FAIL_ON, ListView, Report
from .types import CODES, CheckFinding, Rule

__all__ = ["CODES", "FAIL_ON", "CheckFinding", "ListView", "Report", "Rule", "check", "load_manuscript"]
