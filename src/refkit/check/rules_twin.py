"""Rules about twin lists and transliteration.

``twin-mismatch`` compares an entry with its transliterated twin; the
``translit-*`` rules judge the Latin-script list. Transliteration itself comes
from :mod:`refkit.translit`; when that module is not available, the rules that
need it are skipped (the report says so) and the others still run.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import Any

from ..findings import Finding
from ..model import Reference
from ..text import clean
from .facts import Facts, plain

__all__ = [
    "translit_module", "translit_nonstandard", "translit_scheme_mixed", "translit_untransliterated", "twin_mismatch",
    "twin_missing",
]  # fmt: skip

Located = Iterator[tuple[int | None, Finding]]


def translit_module() -> Any | None:
    """:mod:`refkit.translit` when it offers ``transliterate`` and ``detect_scheme``, else None."""
    try:
        from .. import translit
    except ImportError:
        return None
    if hasattr(translit, "transliterate") and hasattr(translit, "detect_scheme"):
        return translit
    return None


_QUOTES = str.maketrans({"’": "'", "‘": "'", "ʼ": "'", "“": '"', "”": '"', "«": '"', "»": '"', "–": "-", "—": "-"})


def _as_written(expected: str, latin: str, tr: Any) -> str:
    """A scheme's ``expected`` output as ``latin`` writes it: without the scheme's marks when ``latin`` has none
    ('Respūblīkasy' is written 'Respublikasy' in a list in plain letters)."""
    return tr.fold_marks(expected) if tr.fold_marks(latin) == latin else expected


def _words(text: str) -> list[str]:
    return re.findall(r"[\w']+", clean(text).translate(_QUOTES).lower())


def _cyrillic(text: str | None) -> bool:
    return bool(text) and bool(re.search(r"[\u0400-\u04ff]", text or ""))


def _compare_text(field: str, original: Reference, latin: Reference, tr: Any, scheme: str | None) -> Finding | None:
    """A mismatch between a field and its twin, after transliterating the original when it is Cyrillic.

    Words are compared against the other entry's whole text too, so a word the
    parser put in another field on one side is not a difference.
    """
    a, b = original.get(field), latin.get(field)
    if not (isinstance(a, str) and isinstance(b, str) and a and b):
        return None
    if re.search(r"[\uac00-\ud7a3]", a + b):
        return None  # Hangul is compared as untransliterated text
    if re.search(r"[\u3040-\u30ff\u3400-\u9fff]", a):
        return None  # hanja and kana: refkit does not romanise Chinese characters, so it has nothing to compare with
    expected, whole = a, plain(original.raw) or a
    if _cyrillic(a):
        if tr is None or scheme is None:
            return None
        try:
            expected, whole = tr.transliterate(a, scheme=scheme), tr.transliterate(whole, scheme=scheme)
        except Exception:
            return None
        expected, whole = _as_written(expected, b, tr), _as_written(whole, b, tr)
    # (marks aside: a twin that writes 'Zańy' may still drop the scheme's 'ū'; translit-scheme-mixed reports such mixing)
    fold = tr.fold_marks if tr is not None else str
    want, got = _words(fold(expected)), _words(fold(b))
    if want == got or _cyrillic(a) and _own_scheme_matches(a, b, tr, besides=scheme):
        return None  # identical, or a faithful transliteration in another scheme (translit-scheme-mixed says so)
    whole_words, latin_words = set(_words(fold(whole))), set(_words(fold(plain(latin.raw) or b)))
    lost = [w for w in want if w not in got and w not in latin_words]
    # (words of the entry outside this field, which the parser may have put in it on one side, count as there, spelt
    # a letter apart or not, unless they are a missing word of this field spelt otherwise)
    elsewhere = whole_words - set(want)
    extra = [w for w in got if w not in want and w not in whole_words
             and (any(_respelt(w, x) for x in lost) or not any(_respelt(w, x) for x in elsewhere))]  # fmt: skip
    if not extra and not lost:
        return None
    if [w.replace("'", "") for w in want] == [w.replace("'", "") for w in got]:
        return Finding(
            "twin-mismatch", "warning", field,
            f"the {field.replace('-', ' ')} differs only in apostrophes (the signs ь/ъ): “{' '.join(lost)}” from the original, "
            f"“{' '.join(extra)}” in the transliterated list",
            f"write “{' '.join(lost)}” as the scheme does" if lost else "drop the apostrophes the original has no sign for",
        )  # fmt: skip
    if extra and len(extra) == len(lost) and all(_respelt(x, y) for x, y in zip(extra, lost)):
        return Finding(
            "twin-mismatch", "warning", field,
            f"the {field.replace('-', ' ')} is spelt another way: “{' '.join(extra)}” in the transliterated list, "
            f"“{' '.join(lost)}” by the list's scheme",
            f"write “{' '.join(lost)}” as the scheme does",
        )  # fmt: skip  # the same words, a letter or two apart ('arasyndagy' for BGN/PCGN's 'arasyndaghy'): not another work
    if field == "container-title" and _cyrillic(a) and not set(want) & set(got):
        return Finding(
            "twin-mismatch", "warning", field,
            f"the container title is another name, not a transliteration: “{b}” in the transliterated list "
            f"for “{a}” (transliterated: “{expected}”)",
            "keep it if it is the journal's official English or parallel title; otherwise transliterate the original",
        )  # fmt: skip  # journals' rules allow the official English title ('Vestnik KazNMU', 'Journal of Health Development')
    parts = []
    if extra:
        parts.append("the transliterated list has “" + " ".join(extra) + "”, which the original lacks")
    if lost:
        parts.append("the original has “" + " ".join(lost) + "”, which the transliterated list lacks")
    return Finding(
        "twin-mismatch", "error", field,
        f"the {field.replace('-', ' ')} differs between the two lists: " + "; ".join(parts),
        f"make both say the same; transliterated from the original it reads “{expected}”",
    )  # fmt: skip


def _respelt(word: str, other: str) -> bool:
    """Whether two words are one word spelt two ways: long enough, and a letter or two apart ('arasyndagy', 'arasyndaghy')."""
    from rapidfuzz.distance import Levenshtein

    return min(len(word), len(other)) >= 4 and Levenshtein.distance(word, other) <= max(1, min(len(word), len(other)) // 5)


def twin_mismatch(original: Reference, latin: Reference, fo: Facts, fl: Facts, *, scheme: str | None = None) -> Iterator[Finding]:
    """``twin-mismatch``: an entry and its transliterated twin disagree on something they must share.

    Why: the twin list is the same bibliography in another script. Year,
    volume, issue, pages, the number of authors, links, and every piece of
    text that is not transliterated (Hangul, digits) must be identical, and a
    transliterated title must be the transliteration of the original. A
    difference means one list is wrong, and indexes (Scopus, RSCI) will link
    the citation to the wrong work or to none.
    """
    if fo.year and fl.year and fo.year != fl.year:
        yield _mismatch("issued", _differs("year", fo.year, fl.year), "check the year and use it in both lists")
    for field, a, b in (("volume", fo.volume, fl.volume), ("issue", fo.issue, fl.issue)):
        if a and b and a != b:
            yield _mismatch(field, _differs(field, a, b), f"use the same {field} in both lists")
    po, pl = fo.pages, fl.pages
    if not po.empty and not pl.empty and (po.first, po.last, po.count) != (pl.first, pl.last, pl.count):
        one_is_count = (po.count is None) != (pl.count is None)
        fix = "use the same pages in both lists"
        if one_is_count:
            n = po.count or pl.count
            fix = (
                f"if the work has {n} pages, write “{n} с.” in the list as written and “{n} p.” in the transliterated list; "
                f"if page {n} is meant, write “С. {n}” and “P. {n}”"
            )
        field = "number-of-pages" if po.count is not None and pl.count is not None else "page"
        yield _mismatch(field, _differs("pages", po.describe(), pl.describe(), verb="differ"), fix)
    if fo.authors and fl.authors and fo.authors != fl.authors and _confident(original) and _confident(latin):
        yield _mismatch("author", _differs("number of authors", fo.authors, fl.authors), "list the same authors in both lists")
    # Hangul the Latin list keeps must be the original's own (it may romanise some, never change any)
    only_l = [w for w in fl.hangul if w not in fo.hangul]
    if only_l and fo.hangul:
        only_o = [w for w in fo.hangul if w not in fl.hangul]
        field = _field_of(latin, only_l) or _field_of(original, only_o)
        message = _differs("Hangul text", f"“{' '.join(only_o) or '—'}”", f"“{' '.join(only_l)}”")
        yield _mismatch(field, message, "the Korean text must be identical in both lists; correct the misspelt one")
    uo, ul = set(fo.urls), set(fl.urls)
    if uo and ul and uo != ul:
        message = _differs("links", ", ".join(sorted(uo - ul)), ", ".join(sorted(ul - uo)), verb="differ")
        yield _mismatch("URL", message, "use the same link in both lists")
    tr = translit_module()
    for field in ("title", "container-title"):
        if _confident(original) and _confident(latin):
            finding = _compare_text(field, original, latin, tr, scheme)
            if finding:
                yield finding


def _own_scheme_matches(original: str, latin: str, tr: Any, *, besides: str | None) -> bool:
    """Whether ``latin`` is ``original`` transliterated by another scheme than ``besides`` (apostrophes aside)."""
    try:
        scheme, _confidence = tr.detect_scheme(latin, original=original)
        expected = tr.transliterate(original, scheme=scheme) if scheme and scheme != besides else ""
    except Exception:
        return False
    if not expected:
        return False
    expected = _as_written(expected, latin, tr)
    return _words(expected.replace("'", "")) == _words(latin.replace("'", ""))


def _differs(what: str, in_original: object, in_latin: object, *, verb: str = "differs") -> str:
    return f"the {what} {verb}: {in_original} in the list as written, {in_latin} in the transliterated list"


def _mismatch(field: str | None, message: str, suggestion: str) -> Finding:
    return Finding("twin-mismatch", "error", field, message, suggestion)


def _confident(ref: Reference) -> bool:
    return ref.confidence is None or ref.confidence >= 0.5


_TEXT_FIELDS = ("author", "title", "container-title", "publisher", "publisher-place")


def _field_of(ref: Reference, words: Sequence[str], fields: Sequence[str] = ("title", "container-title", "author")) -> str | None:
    for field in fields:
        value = ref.get(field)
        text = " ".join(n.display for n in ref.author) if field == "author" else value if isinstance(value, str) else ""
        if words and text and all(w in text for w in words):
            return field
    return None


def twin_missing(ref: Reference, pos: int, other: str) -> Finding:
    """``twin-missing``: an entry with no counterpart in the twin list.

    Why: the twin list must hold the same works in the same order; a missing
    counterpart shifts every number after it and breaks the citations.
    """
    label = f"[{ref.number}]" if ref.number is not None else f"entry {pos + 1}"
    return Finding(
        "twin-missing", "error", None, f"{label} has no counterpart in {other}", f"add it to {other} at the same position"
    )


# -- the Latin-script list ------------------------------------------------------

_LETTER = "\u0400-\u04ff\uac00-\ud7a3"  # Cyrillic and Hangul syllables
_NON_LATIN = re.compile(rf"[{_LETTER}][{_LETTER}\s.,:;!?\-–…'\"«»]*[{_LETTER}]|[{_LETTER}]")


def _romanise(text: str, tr: Any, *, names: bool = False) -> str | None:
    if tr is None:
        return None
    scheme = ("rr-names" if names else "rr") if re.search(r"[\uac00-\ud7a3]", text) else "translit-ru"
    try:
        latin = tr.transliterate(text, scheme=scheme)
    except Exception:  # a scheme refkit does not have yet: no suggestion, the finding stands
        return None
    from ..translit.romanize import capital_first

    # a title, journal or agency name begins with a capital in a reference list (RR 3(3) for proper names)
    return capital_first(latin)


def translit_untransliterated(ref: Reference) -> Iterator[Finding]:
    """``translit-untransliterated``: Cyrillic or Hangul left in the Latin-script list.

    Why: the Latin list exists for readers and indexes that cannot read the
    original script; a title left in Hangul or Cyrillic there is unreadable to
    them and unsearchable in Scopus. The romanised form (Revised Romanization
    for Korean) belongs there, with the English translation in brackets.
    """
    tr = translit_module()
    reported = False
    for field in _TEXT_FIELDS:
        if field == "author":
            text = ", ".join(n.display for n in ref.author)
        else:
            value = ref.get(field)
            text = value if isinstance(value, str) else ""
        runs = _NON_LATIN.findall(text)
        if runs:
            reported = True
            suggestion = _romanise(text, tr, names=field == "author")
            yield Finding(
                "translit-untransliterated", "warning", field,
                f"the {field.replace('-', ' ')} is not transliterated: “{text}”",
                f"write it in Latin script: “{suggestion}”" if suggestion
                else "write it in Latin script (Revised Romanization for Korean)",
            )  # fmt: skip
    if not reported:
        text = plain(ref.raw)
        text = re.sub(r"\[[^\]]*\]", " ", text)  # bracketed translations and notes may be in any script
        text = _ROMANISED.sub(" ", text)  # Hangul printed with its romanisation: judged by translit-nonstandard
        runs = _NON_LATIN.findall(text)
        if runs:
            yield Finding(
                "translit-untransliterated", "warning", None,
                f"text not transliterated: “{' '.join(r.strip() for r in runs)}”",
                "write it in Latin script (Revised Romanization for Korean, the list's scheme for Cyrillic)",
            )  # fmt: skip


# Russian-style romanisation of Korean: signs of Cyrillic transliteration (ж, х, щ, a soft sign ь, ы after a consonant);
# none occurs in Revised Romanization, McCune–Reischauer (whose apostrophe follows k, t, p, ch) or Yale
_RUSSIAN_TRACE = re.compile(r"zh|shh|kh|[nlrsdzmv]'|\b\w*[bcdfghjklmnpqrstvwxz]y\b", re.I)
_ROMANISED = re.compile(r"([\uac00-\ud7a3][\uac00-\ud7a3\s]*)\s*«([^»]+)»")


def translit_nonstandard(ref: Reference) -> Iterator[Finding]:
    """``translit-nonstandard``: a romanisation that matches no scheme for its language.

    Why: Korean must be romanised with a Korean system (Revised Romanization,
    or McCune–Reischauer where a journal asks for it). Romanising Korean
    through its Russian spelling (``연합뉴스`` → ``Jonhap n'jusy`` instead of
    ``Yeonhap nyuseu``) produces a form no Korean reader, library or index
    recognises. Checked where the list prints a Hangul name with its
    romanisation beside it (``연합뉴스 «Jonhap n'jusy»``) or keeps one in
    ``refkit-alternate``.
    """
    tr = translit_module()
    pairs = [(m.group(1).strip(), m.group(2).strip()) for m in _ROMANISED.finditer(clean(ref.raw or ""))]
    for field, value in (ref.alternate or {}).items():
        original = ref.get(field)
        if isinstance(original, str) and isinstance(value, str) and re.search(r"[\uac00-\ud7a3]", original):
            pairs.append((original, value))
    seen = set()
    for hangul, latin in pairs:
        if (hangul, latin) in seen:
            continue
        seen.add((hangul, latin))
        expected = _romanise(hangul, tr)
        if expected is not None and _compact(expected) == _compact(latin):
            continue
        if not _RUSSIAN_TRACE.search(latin):
            continue  # a Korean romanisation, if not the one refkit would write: not judged
        yield Finding(
            "translit-nonstandard", "warning", _field_of(ref, [hangul.split()[0]], _TEXT_FIELDS[1:] + _TEXT_FIELDS[:1]) or "container-title",
            f"“{latin}” for “{hangul}” follows no Korean romanisation (it reads as Korean spelt through Russian)",
            f"use Revised Romanization: “{expected}”" if expected else "use Revised Romanization (e.g. 연합뉴스 → Yeonhap nyuseu)",
        )  # fmt: skip


def _compact(text: str) -> str:
    return re.sub(r"[\s\-'’]", "", text.lower())


def translit_scheme_mixed(pairs: Sequence[tuple[Reference, Reference]]) -> Located:
    """``translit-scheme-mixed``: a Latin list, or one entry, mixing transliteration schemes.

    Why: a journal prescribes one scheme (translit.ru's, BSI, BGN ...). A list
    that writes ``ja`` in one entry and ``ya`` in the next (or both in one
    title) was assembled from several tools, and the same name comes out
    spelt two ways, which splits an author's citations in the indexes.
    ``pairs`` holds (original, latin) references; the scheme of each entry is
    detected from its titles, and the one most of the list uses is named.
    Needs :mod:`refkit.translit`.
    """
    tr = translit_module()
    if tr is None:
        return
    schemes: dict[int, str] = {}
    texts: dict[int, tuple[str, str]] = {}
    for pos, (original, latin) in enumerate(pairs):
        o = " ".join(v for v in (original.title, original.container_title) if isinstance(v, str) and _cyrillic(v))
        lat = " ".join(v for v in (latin.title, latin.container_title) if isinstance(v, str) and v)
        if not o or not lat or _cyrillic(lat):
            continue
        try:
            scheme, confidence = tr.detect_scheme(lat, original=o)
        except Exception:
            continue
        if scheme and confidence >= 0.6:
            schemes[pos], texts[pos] = scheme, (o, lat)
    # a journal's profile has a scheme per language ('ru=translit-ru, kk=kk-bgn-pcgn'): entries are compared with the
    # others in their own language, and the list's scheme is that of its commonest language
    language = {pos: tr.cyrillic_language(texts[pos][0]) for pos in schemes}
    counts_in = {lang: Counter(schemes[pos] for pos in schemes if language[pos] == lang) for lang in set(language.values())}
    counts = Counter(schemes.values())
    majority = counts.most_common(1)[0][0] if counts else None
    for pos, scheme in schemes.items():
        local = counts_in[language[pos]]
        usual = local.most_common(1)[0][0]
        if scheme != usual and local[usual] > local[scheme] and _odd_words(*texts[pos], usual, tr):
            # (a title both schemes write alike, 'Pedagogika', follows the usual scheme too)
            yield pos, Finding(
                "translit-scheme-mixed", "warning", "title",
                f"transliterated with {scheme}, while {local[usual]} of {sum(local.values())} entries in the same language use {usual}",
                f"transliterate it with {usual}",
            )  # fmt: skip
    for pos, (original, latin) in enumerate(pairs):
        o = " ".join(v for v in (original.title, original.container_title) if isinstance(v, str) and _cyrillic(v))
        lat = " ".join(v for v in (latin.title, latin.container_title) if isinstance(v, str) and v)
        if not o or not lat or _cyrillic(lat):
            continue  # only transliterated entries are judged
        own = counts_in.get(tr.cyrillic_language(o))
        usual = own.most_common(1)[0][0] if own else majority  # the scheme of the entries in its language, or of the list
        odd = _odd_words(o, lat, usual, tr)
        if not odd:
            continue  # every word is that scheme applied to the original
        try:
            conflicts = list(tr.mixed_schemes(lat))
        except Exception:
            conflicts = []
        if conflicts:
            yield pos, Finding(
                "translit-scheme-mixed", "warning", "title",
                (f"“{' '.join(odd)}” does not follow {usual}, the scheme of the rest of the list: "
                 if usual else "this entry mixes transliteration schemes: ") + f"it mixes {conflicts[0]}",
                f"transliterate the whole entry with {usual}" if usual else "transliterate the whole entry with one scheme",
            )  # fmt: skip


def _odd_words(original: str, latin: str, scheme: str | None, tr: Any) -> list[str]:
    """Words of ``latin`` that the list's scheme does not produce from ``original`` (all words when unknown)."""
    if not original or scheme is None:
        return _words(latin)
    try:
        expected = tr.transliterate(original, scheme=scheme)
    except Exception:
        return _words(latin)
    expected = set(_words(_as_written(expected, latin, tr)))
    return [w for w in _words(latin) if w not in expected]
