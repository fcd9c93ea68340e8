"""The check's result: a :class:`Report`, and its terminal and JSON forms.

A report holds the lists as checked, the findings placed in them, the
citations read from the body and the checks that were skipped (and why). It
renders itself for a terminal (grouped by entry, coloured on request), as
JSON (``{"references", "findings", "summary"}``) and as one self-contained
HTML page (:mod:`refkit.check.html`).
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass
from typing import Any

from ..model import Reference
from .citations import Citation
from .types import SEVERITIES, CheckFinding, severity_rank

__all__ = ["FAIL_ON", "ListView", "Report"]

#: thresholds for ``fail_on``: which severities make a report fail
FAIL_ON = ("error", "warning", "info", "never")


@dataclass(frozen=True)
class ListView:
    """One list as checked: its 1-based index, heading, role in a twin pair, references and their numbers."""

    index: int
    heading: str | None
    role: str | None  # "as written", "transliterated" or None
    references: tuple[Reference, ...]
    numbers: tuple[int, ...]

    @property
    def title(self) -> str:
        name = self.heading or f"List {self.index}"
        return f"{name} ({self.role})" if self.role else name


@dataclass(frozen=True)
class Report:
    """What :func:`refkit.check.check` found. Never raised; always returned."""

    lists: tuple[ListView, ...]
    findings: tuple[CheckFinding, ...]
    citations: tuple[Citation, ...] = ()
    skipped: tuple[str, ...] = ()
    twins: tuple[tuple[int, int, tuple[tuple[int, int], ...]], ...] = ()
    source: str | None = None

    # -- questions -------------------------------------------------------------

    def at(self, list_index: int, number: int) -> list[CheckFinding]:
        """The findings about one entry (list 1-based, the entry's number in it)."""
        return [f for f in self.findings if f.list == list_index and f.reference == number]

    def about_list(self, list_index: int) -> list[CheckFinding]:
        """The findings about a list as a whole (not one entry of it)."""
        return [f for f in self.sorted_findings() if f.list == list_index and f.reference is None]

    def codes(self) -> set[str]:
        return {f.code for f in self.findings}

    def failed(self, fail_on: str = "error") -> bool:
        """Whether any finding is at or above ``fail_on`` (``never`` never fails)."""
        if fail_on not in FAIL_ON:
            raise ValueError(f"fail_on must be one of {FAIL_ON}")
        if fail_on == "never":
            return False
        limit = severity_rank(fail_on)
        return any(severity_rank(f.severity) <= limit for f in self.findings)

    def summary(self) -> dict[str, Any]:
        """Counts for the top of a report."""
        by_sev = Counter(f.severity for f in self.findings)
        return {
            "source": self.source,
            "lists": [{"list": v.index, "heading": v.heading, "role": v.role, "entries": len(v.references)} for v in self.lists],
            "references": sum(len(v.references) for v in self.lists),
            "citations": len(self.citations),
            "findings": len(self.findings),
            "by_severity": {s: by_sev.get(s, 0) for s in SEVERITIES},
            "by_code": dict(sorted(Counter(f.code for f in self.findings).items())),
            "entries_with_findings": len({(f.list, f.reference) for f in self.findings if f.reference is not None}),
            "twins": [{"original": a, "transliterated": b, "pairs": len(p)} for a, b, p in self.twins],
            "skipped": list(self.skipped),
        }

    def sorted_findings(self) -> list[CheckFinding]:
        return sorted(self.findings, key=lambda f: (f.list or 0, f.reference or 0, severity_rank(f.severity), f.code))

    # -- renderings --------------------------------------------------------------

    def to_json(self, *, indent: int | None = 2) -> str:
        """``{"references": [...], "findings": [...], "summary": {...}}`` as a JSON string."""
        refs = []
        for view in self.lists:
            for number, ref in zip(view.numbers, view.references):
                item = ref.to_csl()
                refs.append({"list": view.index, "reference": number, "raw": ref.raw, "csl": item})
        data = {
            "references": refs,
            "findings": [f.to_json() for f in self.sorted_findings()],
            "summary": self.summary(),
        }
        return json.dumps(data, ensure_ascii=False, indent=indent)

    def to_html(self) -> str:
        """One self-contained HTML page for an editor (see :mod:`refkit.check.html`)."""
        from .html import render_html

        return render_html(self)

    def to_text(self, *, color: bool = False, width: int = 100) -> str:
        """The report for a terminal: a summary, then each entry with its findings and their fixes."""
        paint = _Painter(color)
        lines: list[str] = []
        s = self.summary()
        sev = s["by_severity"]
        head = f"refkit check: {s['references']} entries in {len(self.lists)} list(s), {s['citations']} citations"
        lines.append(paint.bold(head + (f" — {self.source}" if self.source else "")))
        lines.append(
            "  " + ", ".join(paint.sev(k, f"{sev[k]} {k}{'s' if sev[k] != 1 else ''}") for k in SEVERITIES)
            + f" in {s['entries_with_findings']} entries"
        )  # fmt: skip
        for note in self.skipped:
            lines.append(paint.dim(f"  skipped: {note}"))
        general = [f for f in self.sorted_findings() if f.reference is None and f.list is None]
        if general:
            lines.append("")
            lines.append(paint.bold("The article"))
            for f in general:
                lines.extend(_finding_lines(f, paint))
        for view in self.lists:
            entries = [(n, r) for n, r in zip(view.numbers, view.references) if self.at(view.index, n)]
            whole = self.about_list(view.index)
            if not entries and not whole:
                continue
            lines.append("")
            lines.append(paint.bold(f"{view.title}"))
            for f in whole:
                lines.extend(_finding_lines(f, paint, indent="    "))
            for number, ref in entries:
                raw = " ".join((ref.raw or ref.title or "").split())
                if len(raw) > width:
                    raw = raw[: width - 1] + "…"
                lines.append(f"  [{number}] {paint.dim(raw)}")
                for f in sorted(self.at(view.index, number), key=lambda f: (severity_rank(f.severity), f.code)):
                    lines.extend(_finding_lines(f, paint, indent="      "))
        if not self.findings:
            lines.append("")
            lines.append(paint.sev("info", "No findings."))
        return "\n".join(lines) + "\n"


def _finding_lines(f: CheckFinding, paint: _Painter, indent: str = "  ") -> list[str]:
    where = f" ({f.field})" if f.field else ""
    out = [f"{indent}{paint.sev(f.severity, f.severity.upper())} {f.code}{where}: {f.message}"]
    if f.suggestion:
        out.append(f"{indent}  → {f.suggestion}")
    return out


class _Painter:
    """ANSI colours when asked for, plain text otherwise."""

    _SEV = {"error": "31", "warning": "33", "info": "36"}

    def __init__(self, color: bool) -> None:
        self.color = color

    def _wrap(self, code: str, text: str) -> str:
        return f"\033[{code}m{text}\033[0m" if self.color else text

    def bold(self, text: str) -> str:
        return self._wrap("1", text)

    def dim(self, text: str) -> str:
        return self._wrap("2", text)

    def sev(self, severity: str, text: str) -> str:
        return self._wrap(self._SEV.get(severity, "0"), text)
