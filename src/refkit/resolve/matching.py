"""Does an agency's record describe the reference? Field-by-field verdicts.

Every field gets one of four verdicts:

``match``     the two agree;
``close``     they agree loosely (a year off by one, a cited page inside the
              article's range, the issue number printed where the volume is);
``mismatch``  both sides have the field and they disagree;
``unknown``   one side lacks it, or it cannot be compared (a Cyrillic title
              against an English translation).

Titles and names in different scripts are compared after transliteration
(refkit's own, when available, and Unidecode as a second opinion); when that
fails, different scripts give ``unknown``, never ``mismatch``, because a
Russian title and its English translation are the same work.

Two uses: :func:`compare` for a DOI the author gave (warn only on clear
disagreement), and :func:`choose_candidate` for a DOI refkit proposes (accept
only a strong, unrivalled match: a wrong DOI is worse than none).
"""

from __future__ import annotations

import functools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass

from ..model import Reference
from .doi import Record

__all__ = ["Comparison", "Verdict", "choose_candidate", "compare", "title_similarity"]

MATCH, CLOSE, MISMATCH, UNKNOWN = "match", "close", "mismatch", "unknown"
FIELDS = ("title", "author", "year", "container-title", "volume", "issue", "page")

# a title at or above this similarity (0-100) is the same title; below MISMATCH_BELOW it is another
TITLE_MATCH = 85.0
TITLE_MISMATCH_BELOW = 60.0
# a proposed DOI needs a title at least this similar
CANDIDATE_TITLE = 90.0
# record types that are not the published version a reference usually cites
_SIDE_TYPES = {"posted-content", "peer-review", "component", "dataset", "grant", "standard"}
_STOP = {"the", "of", "and", "a", "an", "in", "for", "on", "&", "und", "der", "die", "de", "la", "le"}


@dataclass(frozen=True)
class Verdict:
    """The verdict on one field: ours (the reference) against theirs (the record)."""

    field: str
    verdict: str
    ours: str | None = None
    theirs: str | None = None
    score: float | None = None


@dataclass(frozen=True)
class Comparison:
    """All field verdicts for one reference against one record."""

    record: Record
    verdicts: tuple[Verdict, ...]

    def __getitem__(self, name: str) -> Verdict:
        for v in self.verdicts:
            if v.field == name:
                return v
        raise KeyError(name)

    def count(self, verdict: str, fields: Sequence[str] = FIELDS) -> int:
        return sum(1 for v in self.verdicts if v.field in fields and v.verdict == verdict)

    @property
    def title_score(self) -> float:
        return self["title"].score or 0.0

    @property
    def disagreements(self) -> list[Verdict]:
        return [v for v in self.verdicts if v.verdict == MISMATCH]

    @property
    def conflicts(self) -> bool:
        """True when the record clearly describes another work.

        A different title or first author is enough; otherwise it takes two
        disagreeing details (year, journal, volume, issue, pages), since one
        can be a typo in either place.
        """
        if self["title"].verdict == MISMATCH or self["author"].verdict == MISMATCH:
            return True
        return self.count(MISMATCH, ("year", "container-title", "volume", "issue", "page")) >= 2

    def as_dict(self) -> dict[str, str]:
        return {v.field: v.verdict for v in self.verdicts}


# -------------------------------------------------------------- normalising


# the romanisations a reference list or a registry most often uses: journals' default
# (BSI for Russian, Revised Romanization for Korean), BGN, translit.ru, GOST 7.79 B, library ALA-LC,
# and Korean names as customarily spelt (이 Lee, 박 Park)
_SCHEMES = ("default", "bgn", "translit-ru", "gost-7.79-b", "ala-lc-plain", "rr-names-customary")


@functools.lru_cache(maxsize=4096)
def _romanise(text: str) -> tuple[str, ...]:
    """Latin-script forms of ``text``: refkit's common schemes, and Unidecode's as a fallback."""
    forms = []
    try:
        from ..translit import transliterate
    except ImportError:
        transliterate = None  # type: ignore[assignment]
    for scheme in _SCHEMES if transliterate else ():
        try:
            forms.append(str(transliterate(text, scheme=scheme)))
        except Exception:  # noqa: BLE001 - a scheme that cannot take this text is simply not used
            continue
    from unidecode import unidecode

    forms.append(unidecode(text))
    return tuple(dict.fromkeys(forms))


def _non_latin(text: str) -> bool:
    return any(ch.isalpha() and ord(ch) > 0x024F for ch in text)


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()
    text = re.sub(r"^\s*(retracted|withdrawn|retraction|expression of concern)\s*:\s*", "", text)
    text = re.sub(r"<[^>]+>", " ", text)  # Crossref titles can hold JATS/MathML tags
    text = re.sub(r"[^\w\s]|_", " ", text)
    return " ".join(text.split())


def _forms(text: str) -> tuple[str, ...]:
    """The comparable forms of a string: itself folded, plus romanised forms if non-Latin."""
    out = [_fold(text)]
    if _non_latin(text):
        out += [_fold(r) for r in _romanise(text)]
    return tuple(f for f in dict.fromkeys(out) if f)


def _ratio(a: str, b: str) -> float:
    from rapidfuzz import fuzz

    return float(fuzz.ratio(a, b))


def title_similarity(ours: Sequence[str], theirs: Sequence[str]) -> tuple[float, bool]:
    """Best similarity (0-100) of any of our titles with any of theirs.

    The flag says whether some pair was in different scripts and did not
    match: then a low score means "cannot tell", not "different".
    """
    best = 0.0
    cross_script = False
    for a in ours:
        for b in theirs:
            score = max((_ratio(x, y) for x in _forms(a) for y in _forms(b)), default=0.0)
            if _non_latin(a) != _non_latin(b) and score < TITLE_MATCH:
                cross_script = True
            best = max(best, score)
    return best, cross_script and best < TITLE_MATCH


def _digits(value: object) -> str | None:
    if value is None:
        return None
    text = str(value).strip()
    m = re.search(r"[A-Za-z]?\d+", text)
    return m.group(0).lower().lstrip("0") or "0" if m else None


def _pages(value: object) -> tuple[str | None, str | None]:
    if value is None:
        return None, None
    parts = re.split(r"\s*[-‐-―]\s*", str(value).strip())
    first = _digits(parts[0]) if parts and parts[0] else None
    last = _digits(parts[-1]) if len(parts) > 1 else None
    return first, last


# -------------------------------------------------------------- fields


def _title(ref: Reference, rec: Record) -> Verdict:
    ours = [t for t in (ref.title, ref.translated_title, (ref.alternate or {}).get("title")) if isinstance(t, str) and t.strip()]
    theirs = [t for t in rec.titles if t.strip()]
    if not ours or not theirs:
        return Verdict("title", UNKNOWN, ours[0] if ours else None, theirs[0] if theirs else None)
    score, cannot_tell = title_similarity(ours, theirs)
    if score >= TITLE_MATCH:
        verdict = MATCH
    elif cannot_tell:
        verdict = UNKNOWN
    elif score < TITLE_MISMATCH_BELOW:
        verdict = MISMATCH
    else:
        verdict = CLOSE
    return Verdict("title", verdict, ours[0], theirs[0], round(score, 1))


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" or "\u1100" <= ch <= "\u11ff" or "\u3130" <= ch <= "\u318f" for ch in text)


def _name_score(a: str, b: str) -> float:
    """Similarity of two family names; short names (Kim, Wang, Hwang) must agree exactly."""
    best = 0.0
    for x in _forms(a):
        for y in _forms(b):
            score = _ratio(x, y)
            if min(len(x), len(y)) < 6 and x != y:
                score = min(score, 80.0)  # one letter apart is another name when names are this short
            best = max(best, score)
    return best


def _author(ref: Reference, rec: Record) -> Verdict:
    first = ref.author[0] if ref.author else (ref.editor[0] if ref.editor else None)
    ours = (first.family or first.literal) if first else None
    if not ours or not rec.families:
        return Verdict("author", UNKNOWN, ours, rec.families[0] if rec.families else None)
    theirs = rec.families[0]
    score = _name_score(ours, theirs)
    if score >= 85:
        return Verdict("author", MATCH, ours, theirs, score)
    if any(_name_score(ours, other) >= 85 for other in rec.families[1:4]):
        return Verdict("author", CLOSE, ours, theirs, score)  # named, but not first
    if _non_latin(ours) != _non_latin(theirs):
        if _hangul(ours) or _hangul(theirs):
            # Korean family names have many customary spellings (이 Lee/Yi/Rhee, 박 Park/Pak): cannot tell
            return Verdict("author", UNKNOWN, ours, theirs, score)
        if score >= 70:
            return Verdict("author", CLOSE, ours, theirs, score)  # another transliteration system
    return Verdict("author", MISMATCH, ours, theirs, score)


def _year(ref: Reference, rec: Record) -> Verdict:
    ours = ref.year
    if ours is None or not rec.years:
        return Verdict("year", UNKNOWN, _s(ours), _s(rec.years[0] if rec.years else None))
    if ours in rec.years:
        return Verdict("year", MATCH, str(ours), str(ours))
    nearest = min(rec.years, key=lambda y: abs(y - ours))
    # online-first and print years often differ by one
    return Verdict("year", CLOSE if abs(nearest - ours) <= 1 else MISMATCH, str(ours), str(nearest))


def _abbreviates(short: str, long: str) -> bool:
    """``rev int stud`` abbreviates ``review of international studies``."""
    s = [w for w in short.split() if w not in _STOP]
    words = [w for w in long.split() if w not in _STOP]
    if not s or len(s) != len(words):
        return False
    return all(b.startswith(a) for a, b in zip(s, words))


def _container(ref: Reference, rec: Record) -> Verdict:
    ours = [c for c in (ref.container_title, (ref.alternate or {}).get("container-title")) if isinstance(c, str) and c.strip()]
    if not ours or not rec.containers:
        return Verdict("container-title", UNKNOWN, ours[0] if ours else None, rec.containers[0] if rec.containers else None)
    best = 0.0
    for a in ours:
        for b in rec.containers:
            for x in _forms(a):
                for y in _forms(b):
                    x2 = re.sub(r"^the ", "", x)
                    y2 = re.sub(r"^the ", "", y)
                    if _abbreviates(x2, y2) or _abbreviates(y2, x2):
                        best = 100.0
                    best = max(best, _ratio(x2, y2))
    cross = any(_non_latin(a) for a in ours) != any(_non_latin(b) for b in rec.containers)
    if best >= 85:
        verdict = MATCH
    elif cross:
        verdict = UNKNOWN
    elif best < 50:
        verdict = MISMATCH
    else:
        verdict = CLOSE
    return Verdict("container-title", verdict, ours[0], rec.containers[0], round(best, 1))


def _volume_issue(ref: Reference, rec: Record) -> tuple[Verdict, Verdict]:
    ov, oi, tv, ti = _digits(ref.volume), _digits(ref.issue), _digits(rec.volume), _digits(rec.issue)
    if ov and tv:
        vol = Verdict("volume", MATCH if ov == tv else MISMATCH, _s(ref.volume), rec.volume)
    else:
        vol = Verdict("volume", UNKNOWN, _s(ref.volume), rec.volume)
    if oi and not ov and tv and oi == tv:
        # "No. 36" printed for what the journal calls volume 36
        iss = Verdict("issue", CLOSE, _s(ref.issue), rec.volume)
    elif oi and ti:
        iss = Verdict("issue", MATCH if oi == ti else MISMATCH, _s(ref.issue), rec.issue)
    else:
        iss = Verdict("issue", UNKNOWN, _s(ref.issue), rec.issue)
    return vol, iss


def _page(ref: Reference, rec: Record) -> Verdict:
    of, ol = _pages(ref.page)
    tf, tl = _pages(rec.page)
    if not of or not tf or ref.type in {"book", "thesis", "report"}:
        return Verdict("page", UNKNOWN, _s(ref.page), rec.page)
    if of == tf:
        return Verdict("page", MATCH, _s(ref.page), rec.page)
    if ol is None and tl and of.isdigit() and tf.isdigit() and tl.isdigit() and int(tf) <= int(of) <= int(tl):
        return Verdict("page", MATCH, _s(ref.page), rec.page)  # a page cited inside the article
    return Verdict("page", MISMATCH, _s(ref.page), rec.page)


def _s(value: object) -> str | None:
    return None if value is None else str(value)


def compare(ref: Reference, rec: Record) -> Comparison:
    """Verdicts for every field of ``ref`` against ``rec``."""
    vol, iss = _volume_issue(ref, rec)
    return Comparison(rec, (_title(ref, rec), _author(ref, rec), _year(ref, rec), _container(ref, rec), vol, iss, _page(ref, rec)))


# -------------------------------------------------------------- proposing a DOI


def _acceptable(ref: Reference, cmp: Comparison) -> bool:
    rec = cmp.record
    if cmp["title"].verdict != MATCH or cmp.title_score < CANDIDATE_TITLE:
        return False
    if cmp["author"].verdict != MATCH or cmp["year"].verdict not in (MATCH, CLOSE):
        return False
    if cmp.disagreements:
        return False
    if rec.type in _SIDE_TYPES and ref.type not in {"manuscript", "dataset", "article"}:
        return False  # a preprint or dataset is not the article cited
    if rec.update_to:
        return False  # a retraction or correction notice, not the work
    return True


def _support(cmp: Comparison) -> int:
    """How many details beyond title and author positively agree."""
    return sum(1 for f in ("year", "container-title", "volume", "issue", "page") if cmp[f].verdict == MATCH)


def choose_candidate(ref: Reference, records: Sequence[Record]) -> tuple[Comparison | None, str]:
    """The one record a reference surely is, or None, with the reason.

    A candidate must match title (>= 90 similar), first author and year, and
    disagree on nothing. If another candidate has nearly the same title and
    author, the best must be confirmed by at least two more details that the
    rival lacks; otherwise it is a tie, and a tie is no match.
    """
    if not records:
        return None, "no candidates"
    cmps = [compare(ref, r) for r in records]
    accepted = [c for c in cmps if _acceptable(ref, c)]
    if not accepted:
        best = max(cmps, key=lambda c: c.title_score)
        return None, f"best candidate too weak (title {best.title_score:.0f}, author {best['author'].verdict}, year {best['year'].verdict})"
    best = max(accepted, key=lambda c: (c.title_score, _support(c)))
    rivals = [
        c for c in cmps
        if c is not best and c.record.doi != best.record.doi
        and c.title_score >= best.title_score - 5 and c["author"].verdict != MISMATCH
    ]  # fmt: skip
    for rival in rivals:
        if rival in accepted or not (_support(best) >= 2 and _support(best) > _support(rival)):
            return None, f"tie between {best.record.doi} and {rival.record.doi}"
    return best, "validated"
