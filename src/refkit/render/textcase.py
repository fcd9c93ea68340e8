"""CSL ``text-case`` done on the whole string, with protected (``nocase``) parts left alone.

citeproc-py splits text into words, cases each word and joins them back with
single spaces. That loses non-breaking spaces, puts spaces around inline markup
(``<span class="nocase">``), leaves the parts of hyphenated words in lower case
(``Out-of-fashion``) and fails on empty pieces. refkit cases character by
character instead, deciding per word, and keeps every other character — and
every protected segment — as it was.
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["STOP_WORDS", "apply_case"]

STOP_WORDS = frozenset(
    """a about above across afore after against along alongside amid amidst among amongst an and around as
    aside astride at atop before behind below beneath beside besides between beyond but by circa despite
    down during except for from in inside into less like minus near nor notwithstanding of off on onto
    opposite or out outside over past per plus regarding sans save since so than the through throughout
    till to toward towards under underneath unlike until unto up upon versus via vs v with within without
    yet de d del della da der den di du la le van von""".split()
)

_WORD = re.compile(r"[^\W_]+(?:['’][^\W_]+)*")
_SENTENCE_BREAK = re.compile(r"[:?!.]\s*$|^\s*$")


def _segments(text: Any) -> list[tuple[type | None, str, bool]]:
    """``(class, text, protected)`` for each piece of a citeproc-py (Mixed)String."""
    from citeproc.string import MixedString, NoCase

    if isinstance(text, MixedString):
        pieces = list(text)
    else:
        pieces = [text]
    out = []
    for piece in pieces:
        if isinstance(piece, MixedString):
            out.extend(_segments(piece))
            continue
        out.append((type(piece), str(piece), isinstance(piece, NoCase)))
    return out


def _rebuild(segments: list[tuple[type | None, str, bool]], chars: list[str], owners: list[int]) -> Any:
    from citeproc.string import MixedString, String

    texts = [""] * len(segments)
    for ch, owner in zip(chars, owners):
        texts[owner] += ch
    parts = []
    for (cls, _, _), new in zip(segments, texts):
        if not new:
            continue
        if cls is None or cls is str or not issubclass(cls, str):
            cls = String
        try:
            parts.append(cls(new))
        except TypeError:
            parts.append(String(new))
    if len(parts) == 1:
        return parts[0]
    return MixedString(parts) if parts else String("")


def apply_case(text: Any, text_case: str | None, language: str | None = None) -> Any:
    """``text`` with CSL ``text_case`` applied; protected segments and all non-letters kept."""
    if not text_case or text is None:
        return text
    from citeproc.string import MixedString, String

    if type(text) is str:  # plain strings stay plain (name parts are joined with str.join)
        return str(apply_case(String(text), text_case, language))
    if not isinstance(text, (String, MixedString)):
        text = String(str(text))
    segments = _segments(text)
    full = "".join(s for _, s, _ in segments)
    if not full:
        return text
    owners = [i for i, (_, s, _) in enumerate(segments) for _ in s]
    protected = [segments[o][2] for o in owners]
    chars = list(full)

    def setc(i: int, func) -> None:
        if not protected[i]:
            chars[i] = func(chars[i])

    if text_case == "lowercase":
        for i in range(len(chars)):
            setc(i, str.lower)
    elif text_case == "uppercase":
        for i in range(len(chars)):
            setc(i, str.upper)
    elif text_case in ("capitalize-first", "capitalize-all", "sentence", "title"):
        if text_case == "title" and language and not language.lower().startswith("en"):
            return text
        words = list(_WORD.finditer(full))
        for n, m in enumerate(words):
            start, end = m.span()
            word = m.group()
            if any(protected[start:end]):
                continue
            first = n == 0
            if text_case == "capitalize-first":
                if first and word[0].islower():
                    setc(start, str.upper)
                if first:
                    break
            elif text_case == "capitalize-all":
                if word[0].islower():
                    setc(start, str.upper)
            elif text_case == "sentence":
                for i in range(start + 1, end):
                    setc(i, str.lower)
                setc(start, str.upper if first else str.lower)
            else:  # title case, English only
                lowered = word
                if lowered != lowered.lower():
                    continue  # mixed or upper case words (iPhone, NASA) stay as they are
                before = full[:start]
                starts_phrase = first or bool(_SENTENCE_BREAK.search(before)) or before.endswith(("“", "‘", "«", '"', "("))
                last = n == len(words) - 1
                inside_hyphenated = before.endswith("-") and not starts_phrase
                if lowered in STOP_WORDS and not starts_phrase and not (last and not inside_hyphenated):
                    setc(start, str.lower)
                    continue
                setc(start, str.upper)
    return _rebuild(segments, chars, owners)
