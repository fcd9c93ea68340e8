"""Which language a title in Latin letters was romanised from.

Journals print Russian, Kazakh, Ukrainian and Korean works in Latin letters, often
with no ``(In Russ.)`` tag: ``Aleksandrova A.Yu. Mezhdunarodnyi turizm. Moscow:
Aspekt Press``. Such a title is not English. A character-trigram naive Bayes model
tells the romanised languages from English. It is trained on the dev half of the
labelled corpus: its Cyrillic and Hangul titles are romanised in every scheme refkit
implements (``tools/romanised_model.py`` rebuilds ``romanised.json``).

The model answers only when it is confident: enough trigrams it knows, and a clear
margin over English. The caller decides when to ask: only for a title with no
English function words and no language tag.
"""

from __future__ import annotations

import json
import re
from functools import cache
from pathlib import Path
from typing import Iterator

LANGUAGES = ("en", "ru", "uk", "kk", "ko")
MIN_TRIGRAMS = 6  # a title shorter than this ('Aq zhol') says too little
MARGIN = 0.75  # mean log-probability per trigram above English's ('Magnetizm' 0.29 and 'McKennitt v Ash' 0.34 are too close)

_WORD = re.compile(r"[^\W\d_]+(?:['’ʹ][^\W\d_]+)*")


def trigrams(text: str) -> Iterator[str]:
    """Letter trigrams of each word, lower-cased, with '<' and '>' marking its edges."""
    for word in _WORD.findall(text.lower()):
        word = f"<{word}>"
        for i in range(len(word) - 2):
            yield word[i : i + 3]


@cache
def _model() -> dict[str, list[float]]:
    data = json.loads((Path(__file__).with_name("romanised.json")).read_text(encoding="utf-8"))
    assert tuple(data["languages"]) == LANGUAGES, "romanised.json was built for other languages"
    return data["trigrams"]


def scores(title: str) -> tuple[dict[str, float], int]:
    """Mean log-probability per known trigram for each language, and how many trigrams were known."""
    table = _model()
    known = [table[g] for g in trigrams(title) if g in table]
    if not known:
        return {}, 0
    sums = [sum(column) / len(known) for column in zip(*known)]
    return dict(zip(LANGUAGES, sums)), len(known)


def romanised_language(title: str) -> str | None:
    """The language a romanised title was written in ('ru', 'uk', 'kk', 'ko'), or None when it may be English
    or the evidence is thin."""
    by_language, known = scores(title)
    if known < MIN_TRIGRAMS:
        return None
    best = max(by_language, key=by_language.__getitem__)
    if best == "en" or by_language[best] - by_language["en"] < MARGIN:
        return None
    return best
