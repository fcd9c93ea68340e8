"""``refkit parse --explain``: show an editor how a reference was segmented."""

from __future__ import annotations

from ..model import NAME_VARIABLES, Name, Reference

__all__ = ["explain"]


def explain(ref: Reference) -> str:
    """A few lines: the raw string, then each field with the slice of the raw string it came from."""
    raw = ref.raw or ""
    conf = f"{ref.confidence:.2f}" if ref.confidence is not None else "?"
    lines = [f"— {raw}", f"  type: {ref.type}   confidence: {conf}   language: {ref.language}"]
    csl = ref.to_csl(provenance=False)
    spans = dict(ref.spans or {})
    for key, value in csl.items():
        if key in ("id", "type", "language", "refkit-number"):
            continue
        if key in NAME_VARIABLES and isinstance(value, list):  # (a film's director, a translator, … as well)
            value = "; ".join(Name.from_csl(n).display for n in value)
        elif isinstance(value, dict) and "date-parts" in value:  # a range as an interval: '2019-10-30/2019-11-2'
            value = "/".join("-".join(str(p) for p in parts) for parts in value["date-parts"])
        span = spans.get(key)
        where = f"  ⟵ [{span[0]}:{span[1]}] {raw[span[0]:span[1]]!r}" if span and raw else ""
        lines.append(f"  {key:16} {value}{where}")
    return "\n".join(lines)
