"""Reference parsing: raw strings to CSL-JSON items with provenance.

:func:`parse_reference` segments one raw reference string; :func:`parse`
splits a whole list (or article) first. Every input yields exactly one
:class:`~refkit.model.Reference`; what cannot be placed stays in ``note`` and
lowers ``confidence``.
"""

from __future__ import annotations

from ..model import Reference
from ..readers.textlist import Entry, find_sections, split_entries
from .segment import parse_reference

__all__ = ["parse", "parse_entry", "parse_reference"]


def parse_entry(entry: Entry, *, list_index: int = 0) -> Reference:
    """Parse one list entry, keeping its list number."""
    ref = parse_reference(entry.text)
    if entry.number is not None:
        ref = ref.replace(number=entry.number)
    return ref


def parse(text: str, *, one_per_line: bool = False) -> list[Reference]:
    """Parse a whole list or article into references, in order (all lists of an article)."""
    sections = [None] if one_per_line else find_sections(text)
    refs: list[Reference] = []
    if one_per_line:
        entries = split_entries(text.splitlines(), one_per_line=True)
        return [parse_entry(e) for e in entries]
    for section in sections:
        for entry in split_entries(section.lines, start_line=section.start_line):
            refs.append(parse_entry(entry))
    return refs
