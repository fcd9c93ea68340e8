"""Rules about one list as a whole: ``numbering``, ``duplicate``, ``style-inconsistent``.

Each rule takes the list's references in order and yields ``(position, Finding)``
pairs: ``position`` is the 0-based index of the entry the finding is about, or
None for the list as a whole.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence

from ..findings import Finding
from ..model import Reference
from .facts import plain

__all__ = ["STYLE_FEATURES", "duplicate", "numbering", "style_inconsistent"]

Located = Iterator[tuple[int | None, Finding]]


def numbering(refs: Sequence[Reference]) -> Located:
    """``numbering``: gaps, duplicates or disorder in the printed numbers of a list.

    Why: numeric citations point at numbers; a skipped, repeated or misplaced
    number sends the reader to the wrong work. Unnumbered lists are not judged.
    """
    numbers = [r.number for r in refs]
    if not any(n is not None for n in numbers):
        return
    try:
        numbers = [int(n) if n is not None else None for n in numbers]
    except (TypeError, ValueError):
        return
    seen: dict[int, int] = {}
    expected = 1
    for pos, n in enumerate(numbers):
        if n is None:
            yield pos, Finding(
                "numbering", "error", None, "this entry has no number in a numbered list", f"number it [{expected}]",
            )
            expected += 1
            continue
        if n in seen:
            yield pos, Finding(
                "numbering", "error", None, f"number {n} is used twice (also entry at position {seen[n] + 1})",
                f"renumber it [{expected}]",
            )
        elif n > expected:
            missing = f"{expected}" if n == expected + 1 else f"{expected}–{n - 1}"
            yield pos, Finding(
                "numbering", "error", None, f"numbering jumps to {n}: number {missing} is missing", f"renumber it [{expected}]",
            )
        elif n < expected:
            yield pos, Finding(
                "numbering", "error", None, f"number {n} comes after {expected - 1}: out of order", f"renumber it [{expected}]",
            )
        seen.setdefault(n, pos)
        if n >= expected:
            expected = n + 1


def _norm_title(ref: Reference) -> str:
    text = ref.title or plain(ref.raw)
    text = re.sub(r"[^\w\s]", " ", text.lower())
    return " ".join(text.split())


def duplicate(refs: Sequence[Reference]) -> Located:
    """``duplicate``: the same work listed twice (same DOI, or near-identical title, author and year).

    Why: a duplicated entry splits the work's citations between two numbers
    and tells reviewers the list was not read. Two volumes or editions of one
    work differ in year or volume and are not duplicates.
    """
    from rapidfuzz import fuzz, process

    from .facts import facts as facts_of

    def first_author(r: Reference) -> str:
        return (r.author[0].family or r.author[0].literal or "").lower() if r.author else ""

    keys = [(_norm_title(r), facts_of(r), first_author(r)) for r in refs]
    titles = [t if len(t) >= 12 else None for t, _, _ in keys]
    first_with_doi: dict[str, int] = {}
    for j, b in enumerate(refs):
        candidates = set()
        doi = str(b.doi).lower() if b.doi else None
        if doi is not None and doi in first_with_doi:
            candidates.add(first_with_doi[doi])
        if titles[j] is not None and j:
            # every earlier title at least 92 % alike, scored in one call (the pairwise loop was quadratic in Python)
            hits = process.extract(titles[j], titles[:j], scorer=fuzz.ratio, score_cutoff=92, limit=None)
            candidates.update(i for _, _, i in hits)
        for i in sorted(candidates):
            a = refs[i]
            same_doi = a.doi and doi and str(a.doi).lower() == doi
            (_, fa, aa), (_, fb, ab) = keys[i], keys[j]
            if not same_doi and (fa.year and fb.year and fa.year != fb.year or fa.volume != fb.volume or aa and ab and aa != ab):
                continue
            label = f"[{a.number}]" if a.number is not None else f"entry {i + 1}"
            yield j, Finding(
                "duplicate", "warning", "DOI" if same_doi else "title", f"the same work as {label}",
                f"remove it and cite {label} instead",
            )
            break
        if doi is not None:
            first_with_doi.setdefault(doi, j)


# -- style --------------------------------------------------------------------

_PAGE_LABEL = r"(?:pp?|P|С|с|S|стр)\."
_DASHES = {"-": "hyphen “-”", "\u2013": "en dash “–”", "\u2014": "em dash “—”"}


def _range_dash(text: str) -> set[str]:
    return {_DASHES.get(m.group(1), m.group(1)) for m in re.finditer(rf"{_PAGE_LABEL}\s*\d+\s*([-\u2013\u2014])\s*\d+", text)}


def _range_spacing(text: str) -> set[str]:
    out = set()
    for m in re.finditer(rf"{_PAGE_LABEL}\s*\d+(\s*)[-\u2013\u2014](\s*)\d+", text):
        out.add("spaces around the range dash (“70 – 87”)" if m.group(1) or m.group(2) else "no spaces in ranges (“70–87”)")
    return out


def _page_label(text: str) -> set[str]:
    return {f"“{m.group(1)}.”" for m in re.finditer(r"(?<![\w.])(P|p|pp)\.\s*\d", text)}


def _number_label(text: str) -> set[str]:
    out = set()
    if re.search(r"(?<!\w)No\.?\s*\d", text):
        out.add("“No.”")
    if re.search(r"№\s*\d", text):
        out.add("“№”")
    return out


def _separator(text: str) -> set[str]:
    return {_DASHES[m.group(1)] + " between elements" for m in re.finditer(r"[.,]\s+([-\u2013\u2014])\s*(?=[\w№(])", text)}


def _slashes(text: str) -> set[str]:
    out = set()
    if re.search(r"(?<!/)//(?!/)", text):
        out.add("“//” before the journal")
    if re.search(r"(?<=[\w.)])/\s+[A-ZА-Я]", text) and not re.search(r"//", text):
        out.add("a single “/” before the journal")
    return out


#: the conventions one list must not mix, each read from the entry text
STYLE_FEATURES = {
    "page-range dash": _range_dash,
    "range spacing": _range_spacing,
    "page label": _page_label,
    "issue label": _number_label,
    "element separator": _separator,
    "journal separator": _slashes,
}
# the form typesetting rules prefer (GOST 7.0.5 and English house styles alike: an en dash in
# ranges and between elements); it wins over a majority that uses another form
_PREFERRED = {"page-range dash": _DASHES["\u2013"], "element separator": _DASHES["\u2013"] + " between elements"}
# features judged within one script only (a GOST list writes "№" in Russian entries, "No." in English ones)
_PER_SCRIPT = {"issue label", "page label"}


def _script(ref: Reference) -> str:
    from ..text import detect_script

    return "Latn" if detect_script(plain(ref.raw)) in (None, "Latn") else "other"


def style_inconsistent(refs: Sequence[Reference]) -> Located:
    """``style-inconsistent``: one list mixing conventions.

    Why: a list is typeset to one convention; mixing en dashes and hyphens in
    page ranges, ``P.`` and ``p.``, ``No.`` and ``№``, or separators tells the
    publisher the list was pasted together, and a journal's style check sends
    it back. An entry that mixes two forms itself is reported; an entry that
    differs from what most of the list does is reported with the majority form.
    A doubled page label (``p P. 354``) is reported too.
    """
    texts = [plain(r.raw) if r.raw else "" for r in refs]
    scripts = [_script(r) for r in refs]
    for pos, text in enumerate(texts):
        m = re.search(r"(?<!\w)(?:pp?\.?|P\.?|С\.?|с\.?)\s+(pp?\.|P\.|С\.|с\.)(?=\s*\d)", text)
        if m:
            yield pos, Finding(
                "style-inconsistent", "warning", "page", f"the page label is doubled: “{m.group(0)}”",
                f"write it once: “{m.group(1)}”",
            )
    for name, extract in STYLE_FEATURES.items():
        variants = [extract(t) if t else set() for t in texts]
        groups = {"all": range(len(refs))} if name not in _PER_SCRIPT else {
            s: [i for i in range(len(refs)) if scripts[i] == s] for s in set(scripts)
        }  # fmt: skip
        for members in groups.values():
            counts = Counter(v for i in members for v in variants[i] if len(variants[i]) == 1)
            ranked = counts.most_common()
            majority = ranked[0][0] if ranked and (len(ranked) == 1 or ranked[0][1] > ranked[1][1]) else None
            if _PREFERRED.get(name) in counts or _PREFERRED.get(name) in {v for i in members for v in variants[i]}:
                majority = _PREFERRED[name]
            users = sum(1 for i in members if variants[i])
            found: list[tuple[int, Finding]] = []
            for i in members:
                own = variants[i]
                if len(own) > 1:
                    forms = " and ".join(sorted(own))
                    fix = f"use {majority} throughout" if majority else "use one form throughout"
                    found.append((i, Finding("style-inconsistent", "warning", None, f"{name}: this entry mixes {forms}", fix)))
                elif own and majority and own != {majority} and (counts[majority] >= 2 or name in _PREFERRED):
                    (form,) = own
                    share = f", {counts[majority]} of {users} entries use {majority}" if counts[majority] else ""
                    found.append((i, Finding(
                        "style-inconsistent", "warning", None, f"{name}: this entry uses {form}{share}", f"use {majority}",
                    )))  # fmt: skip
            if len(found) >= 4 and len(found) * 2 > users:
                # most of the list is affected: one finding about the list reads better than a flood
                labels = ", ".join(_label(refs[i], i) for i, _ in found)
                forms = " and ".join(sorted({v for i in members for v in variants[i]}))
                fix = f"use {majority} throughout the list" if majority else "choose one form and use it throughout the list"
                yield None, Finding(
                    "style-inconsistent", "warning", None, f"{name}: the list mixes {forms} (entries {labels})", fix,
                )
            else:
                yield from found


def _label(ref: Reference, pos: int) -> str:
    return str(ref.number) if ref.number is not None else str(pos + 1)
