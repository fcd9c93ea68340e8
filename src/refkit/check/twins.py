"""Twin lists: the list as written and its Latin-script transliteration.

Journals indexed in Scopus or Web of Science print a manuscript's bibliography
twice: as written (Cyrillic, Hangul and Latin entries) and as a Latin-script
"References" list in the same order. Two consecutive lists are twins when the
second holds less than half the Cyrillic and Hangul of the first, and their lengths are
close. Entries are paired by their printed numbers when both lists are
numbered, otherwise by position, and an entry left without a partner is what
``twin-missing`` reports.
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Reference
from .facts import non_latin_share

__all__ = ["Pairing", "find_twins", "pair_entries"]


@dataclass(frozen=True)
class Pairing:
    """How two lists line up: ``pairs`` of positions, and positions left alone in each list."""

    original: int  # index of the list as written
    latin: int  # index of its transliterated twin
    pairs: tuple[tuple[int, int], ...]
    only_original: tuple[int, ...]
    only_latin: tuple[int, ...]


def _share(refs: Sequence[Reference]) -> float:
    text = " ".join((r.raw or r.title or "") for r in refs)
    return non_latin_share(text)


def is_twin(first: Sequence[Reference], second: Sequence[Reference]) -> bool:
    """Whether ``second`` reads as the Latin-script twin of ``first``."""
    if not first or not second:
        return False
    close = abs(len(first) - len(second)) <= max(2, len(first) // 5)
    a, b = _share(first), _share(second)
    return close and a >= 0.1 and b < 0.5 * a


def _key(ref: Reference) -> tuple:
    from .facts import facts

    f = facts(ref)
    return (f.year, f.urls[:1], f.pages.first, f.pages.count, f.volume, f.issue)


def pair_entries(first: Sequence[Reference], second: Sequence[Reference]) -> tuple[list[tuple[int, int]], list[int], list[int]]:
    """Pair two lists' entries: by printed number when both are numbered, else by alignment."""
    nums1 = [r.number for r in first]
    nums2 = [r.number for r in second]
    if all(n is not None for n in nums1 + nums2) and len(set(nums1)) == len(nums1) and len(set(nums2)) == len(nums2):
        where2 = {n: j for j, n in enumerate(nums2)}
        pairs = [(i, where2[n]) for i, n in enumerate(nums1) if n in where2]
    elif len(first) == len(second):
        pairs = [(i, i) for i in range(len(first))]
    else:
        matcher = difflib.SequenceMatcher(a=[_key(r) for r in first], b=[_key(r) for r in second], autojunk=False)
        pairs = []
        for tag, a0, a1, b0, b1 in matcher.get_opcodes():
            if tag in ("equal", "replace"):
                pairs.extend(zip(range(a0, a1), range(b0, b1)))
    left = [i for i in range(len(first)) if i not in {p[0] for p in pairs}]
    right = [j for j in range(len(second)) if j not in {p[1] for p in pairs}]
    return pairs, left, right


def find_twins(lists: Sequence[Sequence[Reference]]) -> list[Pairing]:
    """Twin pairings among consecutive lists of one document, in order."""
    out: list[Pairing] = []
    used: set[int] = set()
    for k in range(len(lists) - 1):
        if k in used or not is_twin(lists[k], lists[k + 1]):
            continue
        pairs, left, right = pair_entries(lists[k], lists[k + 1])
        out.append(Pairing(k, k + 1, tuple(pairs), tuple(left), tuple(right)))
        used.update((k, k + 1))
    return out
