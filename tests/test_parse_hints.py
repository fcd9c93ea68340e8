"""The parser skips a costly pattern when a cheap hint says it cannot match. A hint that is narrower
than its pattern silently turns a rule off (the Korean '열람일' access date and the Latin-Kazakh
'gyl' thesis were both lost that way), so this test runs every hinted pattern over a sample of
the labelled corpus and fails when a hint hides a match, except for the hints listed below,
which are gates on purpose."""

from __future__ import annotations

import json
from pathlib import Path

from refkit.parse import segment

CORPUS = Path(__file__).resolve().parents[1] / "fixtures" / "parse"

# hints that are deliberately narrower than their pattern, and why
GATES = {
    "_DAY_MONTH_YEAR": "a date without a month's name is read by _NUMERIC_DATE instead",
    "_CITY_COMMA_PUBLISHER": "the colon form 'Place: Publisher' is _PLACE_PUBLISHER's",
    "_VENUE": "a place is a meeting's place only in proceedings",
    "_DAY_MONTH": "a romanised genitive month ('21 maya') is not a month's name: 'Maya' is also a name",
    "_KO_PAREN_REPORT": "a bracketed series and number is a report's only with a report word",
    "LANG_TAG_RE": "'(Russian translation)' names a translation, not the language of the work",
}


def _sample(step: int = 3) -> list[str]:
    texts = []
    for path in sorted(CORPUS.glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            if line.strip():
                texts.append(json.loads(line)["text"])
    return texts[::step]


def test_no_pattern_hint_hides_a_match_on_the_corpus() -> None:
    names = {id(obj): name for name, obj in vars(segment).items() if hasattr(obj, "pattern")}
    hints = [(pattern, hint, names.get(id(pattern), pattern.pattern[:40])) for pattern, hint in segment._hints().items() if hasattr(pattern, "search")]
    hidden: dict[str, str] = {}
    for raw in _sample():
        _, text, _ = segment._prepare(raw)  # the text the rules read
        if not text:
            continue
        work = segment._Work.of(text)
        for pattern, hint, name in hints:
            if name not in GATES and name not in hidden and not hint(work) and pattern.search(text):
                hidden[name] = text
    assert not hidden, "hints that hide a match: " + "; ".join(f"{name} in {text[:80]!r}" for name, text in hidden.items())
