"""Korean: Hangul to Latin script, with the sound rules romanizations depend on.

The Revised Romanization (RR, 2000), McCune–Reischauer (MR) and ALA-LC write
how a word is *pronounced*, so a syllable-by-syllable table is not enough:
신라 is said [실라] and written *Silla*, 종로 [종노] *Jongno*, 같이 [가치]
*gachi*. This module therefore works in two steps:

1. :func:`pronounce` turns a word (a run of Hangul syllables) into syllables
   of its standard pronunciation: liaison, complex-coda simplification, ㅎ
   aspiration (with RR's noun exception), palatalisation, nasal and lateral
   assimilation (with the ㄴ+ㄹ→[ㄴㄴ] exception of Sino-Korean suffixes) and
   the lexically known ㄴ insertions.
2. a renderer writes those syllables with the scheme's letters: RR (with its
   optional disambiguating hyphen and administrative units), MR / ALA-LC
   (voicing of ㄱ ㄷ ㅂ ㅈ between voiced sounds, ’ for aspirates, ŏ ŭ), or
   the ISO/TR 11941 transliteration, which follows spelling, not sound.

Personal names (``rr-names``) get no assimilation at all: family name first,
the given name as one word or hyphenated (한복남 → Han Bok-nam).

The scheme files (``rr.json`` …) hold the letter tables and word lists;
this module holds the rules.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from typing import Any

__all__ = ["compile_scheme", "pronounce", "romanize_korean_name", "split_korean_name"]

INITIALS = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
VOWELS = "ㅏㅐㅑㅒㅓㅔㅕㅖㅗㅘㅙㅚㅛㅜㅝㅞㅟㅠㅡㅢㅣ"
FINALS = ["", "ㄱ", "ㄲ", "ㄳ", "ㄴ", "ㄵ", "ㄶ", "ㄷ", "ㄹ", "ㄺ", "ㄻ", "ㄼ", "ㄽ", "ㄾ", "ㄿ", "ㅀ", "ㅁ", "ㅂ", "ㅄ", "ㅅ", "ㅆ", "ㅇ", "ㅈ", "ㅊ", "ㅋ", "ㅌ", "ㅍ", "ㅎ"]  # fmt: skip

# complex codas: (the part that stays, the part that moves before a vowel)
_SPLIT = {"ㄳ": ("ㄱ", "ㅆ"), "ㄵ": ("ㄴ", "ㅈ"), "ㄶ": ("ㄴ", "ㅎ"), "ㄺ": ("ㄹ", "ㄱ"), "ㄻ": ("ㄹ", "ㅁ"), "ㄼ": ("ㄹ", "ㅂ"),
          "ㄽ": ("ㄹ", "ㅆ"), "ㄾ": ("ㄹ", "ㅌ"), "ㄿ": ("ㄹ", "ㅍ"), "ㅀ": ("ㄹ", "ㅎ"), "ㅄ": ("ㅂ", "ㅆ")}  # fmt: skip
# the seven coda sounds every coda reduces to before a consonant or at the end
_NEUTRAL = {"ㄱ": "ㄱ", "ㄲ": "ㄱ", "ㅋ": "ㄱ", "ㄳ": "ㄱ", "ㄺ": "ㄱ", "ㄴ": "ㄴ", "ㄵ": "ㄴ", "ㄶ": "ㄴ", "ㄷ": "ㄷ", "ㅅ": "ㄷ",
            "ㅆ": "ㄷ", "ㅈ": "ㄷ", "ㅊ": "ㄷ", "ㅌ": "ㄷ", "ㅎ": "ㄷ", "ㄹ": "ㄹ", "ㄼ": "ㄹ", "ㄽ": "ㄹ", "ㄾ": "ㄹ", "ㅀ": "ㄹ",
            "ㅁ": "ㅁ", "ㄻ": "ㅁ", "ㅂ": "ㅂ", "ㅍ": "ㅂ", "ㄿ": "ㅂ", "ㅄ": "ㅂ", "ㅇ": "ㅇ", "": ""}  # fmt: skip
_ASPIRATE = {"ㄱ": "ㅋ", "ㄷ": "ㅌ", "ㅂ": "ㅍ", "ㅈ": "ㅊ"}
_NASAL = {"ㄱ": "ㅇ", "ㄷ": "ㄴ", "ㅂ": "ㅁ"}
_H_CODAS = {"ㅎ": "", "ㄶ": "ㄴ", "ㅀ": "ㄹ"}
_HANGUL_WORD = re.compile(r"[\uac00-\ud7a3]+(?:-[\uac00-\ud7a3]+)*")
_ANY_HANGUL = re.compile(r"[\uac00-\ud7a3]")
# a name: one word, or a one- or two-syllable family name, a space and the given name
_NAME = re.compile(r"[\uac00-\ud7a3]{1,2} [\uac00-\ud7a3]+|[\uac00-\ud7a3]+")


class Syl:
    """One syllable while the sound rules run: onset, vowel, coda (jamo) and flags."""

    __slots__ = ("onset", "vowel", "coda", "tense", "hyphen_before", "h_kept")

    def __init__(self, onset: str, vowel: str, coda: str) -> None:
        self.onset, self.vowel, self.coda = onset, vowel, coda
        self.tense = False  # the onset is tensed (ㄹ + ㄷ/ㅅ/ㅈ in Sino-Korean words)
        self.hyphen_before = False  # the spelling had a hyphen before this syllable
        self.h_kept = False  # a stop coda before this ㅎ onset was not merged into an aspirate

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"Syl({self.onset}{self.vowel}{self.coda})"


def decompose(ch: str) -> tuple[str, str, str]:
    """A precomposed Hangul syllable -> (initial, vowel, final) jamo."""
    code = ord(ch) - 0xAC00
    return INITIALS[code // 588], VOWELS[(code % 588) // 28], FINALS[code % 28]


def _syllables(word: str) -> list[Syl]:
    out: list[Syl] = []
    hyphen = False
    for ch in word:
        if ch == "-":
            hyphen = True
            continue
        s = Syl(*decompose(ch))
        s.hyphen_before = hyphen
        hyphen = False
        out.append(s)
    return out


# ---------------------------------------------------------------- pronunciation


def pronounce(word: str, options: dict[str, Any] | None = None) -> list[Syl]:
    """The syllables of ``word`` as it is pronounced (standard pronunciation rules).

    ``options``: ``verb_h`` (syllables after which a stop + ㅎ merges into an
    aspirate, i.e. verb endings; elsewhere RR's noun rule keeps ``h``),
    ``nn_suffixes`` (Sino-Korean suffixes that turn ㄴ+ㄹ into [ㄴㄴ], see
    :func:`_nn_suffix_at`) and ``nn_exceptions`` (words that keep [ㄹㄹ]
    all the same), ``n_insertion`` (where an ㄴ is inserted, see
    :func:`_n_insertions`), ``hyphen_blocks`` (no assimilation across a
    written hyphen).
    """
    opts = options or {}
    syls = _syllables(word)
    spelled = "".join(ch for ch in word if ch != "-")
    ctx = _Context(spelled, opts)
    hyphen_blocks = bool(opts.get("hyphen_blocks", False))
    for i in range(len(syls) - 1):
        a, b = syls[i], syls[i + 1]
        if hyphen_blocks and b.hyphen_before:
            a.coda = _NEUTRAL[a.coda]
            continue
        _join(a, b, ctx, i)
    if syls:
        last = syls[-1]
        last.coda = _final_coda(last, spelled[-1] if spelled else "")
    return syls


def _final_coda(s: Syl, ch: str) -> str:
    if s.coda == "ㄼ" and ch in "밟넓":
        return "ㅂ"
    if s.coda == "ㄺ":
        return "ㄱ"
    return _NEUTRAL.get(s.coda, s.coda) if len(s.coda) == 1 else s.coda


class _Context:
    """What the sound rules need to know about the whole word beyond two syllables."""

    __slots__ = ("spelled", "verb_h", "nn_suffixes", "nn_blocked", "n_inserted")

    def __init__(self, spelled: str, opts: dict[str, Any]) -> None:
        self.spelled = spelled
        self.verb_h: set[str] = set(opts.get("verb_h", ()))
        self.nn_suffixes: set[str] = set(opts.get("nn_suffixes", ()))
        self.nn_blocked = any(w in spelled for w in opts.get("nn_exceptions", ()))
        self.n_inserted = _n_insertions(spelled, opts.get("n_insertion", ()))


def _n_insertions(spelled: str, entries: Any) -> frozenset[int]:
    """Indices of the syllables that take an inserted ㄴ (표준 발음법 Article 29).

    In a compound or derived word whose first part ends in a consonant, a second
    part starting with 이 야 여 요 유 gets an ㄴ: 솜이불 [솜니불], 맨입 [맨닙],
    식용유 [시굥뉴] (after ㄹ it becomes ㄹ: 알약 [알략]). Whether two syllables
    meet at such a boundary is a fact about the word, so the scheme lists it:

    * ``"이불"``: a second part, inserted whenever the word ends with it (a single
      syllable) or continues with it (longer parts): 솜이불, 꽃잎, 학여울;
    * ``"알-약"``: a whole compound with its boundary marked, inserted when the
      word starts with it (알약, 알약을), not inside other words.
    """
    found: set[int] = set()
    for entry in entries:
        if "-" in entry:
            first, _, second = entry.partition("-")
            if spelled.startswith(first + second):
                found.add(len(first))
            continue
        start = spelled.find(entry, 1)
        while start > 0:
            if len(entry) > 1 or start + 1 == len(spelled):
                found.add(start)
            start = spelled.find(entry, start + 1)
    return frozenset(found)


def _nn_suffix_at(ctx: _Context, i: int) -> bool:
    """Does ㄴ + ㄹ between syllables ``i`` and ``i + 1`` read [ㄴㄴ] (생산량 [생산냥])?

    표준 발음법 Article 20 says ㄴ+ㄹ is [ㄹㄹ] (신라 [실라], 난로 [날로]) except
    where ㄹ starts a Sino-Korean suffix (란 량 력 령 례 론 료 류 로 ...) after a
    word: 의견-란, 결단-력, 동원-령, 이원-론. Such a suffix never starts a word
    (the initial-sound rule writes 양 역 영 예 요 유 there), so ㄹ after ㄴ is
    either inside a two-syllable word (관료, 원료, 진로) or a suffix. Sino-Korean
    stems are made of two-syllable words, so the suffix reading is taken when
    the ㄴ syllable ends such a stem (an odd index: 생산|량, 비상동원|령) and the
    word is not listed in ``nn_exceptions`` (대관령, where 령 is 嶺 "pass").
    """
    return i % 2 == 1 and ctx.spelled[i + 1] in ctx.nn_suffixes and not ctx.nn_blocked


def _join(a: Syl, b: Syl, ctx: _Context, i: int) -> None:
    """Apply the sound rules at the boundary between syllables ``a`` and ``b``."""
    c, o = a.coda, b.onset
    if not c:
        return
    spelled = ctx.spelled
    # -- ㄴ insertion at a known boundary (학여울 [항녀울], 알약 [알략])
    if o == "ㅇ" and i + 1 in ctx.n_inserted and b.vowel in "ㅑㅕㅛㅠㅣ":
        b.onset = o = "ㄴ"
    # -- liaison: a coda before a vowel moves over
    if o == "ㅇ":
        if c == "ㅇ":
            return
        if c in _H_CODAS:
            a.coda = _H_CODAS[c]
            if c != "ㅎ":  # 않아 [아나], 싫어 [시러]
                a.coda, b.onset = "", _H_CODAS[c]
            return
        stay, move = _SPLIT.get(c, ("", c))
        if move in "ㄷㅌ" and b.vowel == "ㅣ":  # palatalisation: 해돋이 [해도지], 같이 [가치]
            move = "ㅈ" if move == "ㄷ" else "ㅊ"
        a.coda, b.onset = stay, move
        return
    # -- ㅎ before a consonant: 좋고 [조코], 놓는 [논는], 좋소 [조쏘]
    if c in _H_CODAS:
        rest = _H_CODAS[c]
        if o in _ASPIRATE:
            a.coda, b.onset = rest, _ASPIRATE[o]
        elif o == "ㅅ":
            a.coda, b.onset = rest, "ㅆ"
        elif o == "ㄴ":
            a.coda = rest or "ㄴ"
            if rest == "ㄹ":
                b.onset = "ㄹ"
        else:
            a.coda = rest or "ㄷ"
        c, o = a.coda, b.onset
        if not c:
            return
    # -- a stop before ㅎ: merged in verb forms (잡혀 [자펴]); nouns keep h (묵호)
    if o == "ㅎ":
        stay, last = (_SPLIT[c][0], _NEUTRAL[_SPLIT[c][1]]) if c in _SPLIT and c not in ("ㄳ", "ㅄ") else ("", _NEUTRAL[c])
        if c in ("ㄳ", "ㅄ"):
            stay, last = "", _NEUTRAL[c]
        if last in ("ㄱ", "ㄷ", "ㅂ"):
            syllable = spelled[i + 1]
            if syllable in ctx.verb_h:
                a.coda = stay
                b.onset = "ㅊ" if last == "ㄷ" and b.vowel in "ㅣㅕ" else _ASPIRATE[last]
            else:
                a.coda = (stay + last) if stay else last
                b.h_kept = True
            return
        a.coda = (stay + last) if stay else last
        return
    # -- complex codas before a consonant
    if c == "ㄺ":
        a.coda = "ㄹ" if o == "ㄱ" else "ㄱ"
    elif c == "ㄼ":
        a.coda = "ㅂ" if spelled[i] in "밟넓" else "ㄹ"
    else:
        a.coda = _NEUTRAL[c]
    c = a.coda
    # -- ㄹ after another consonant
    if o == "ㄹ":
        if c in ("ㅁ", "ㅇ"):
            b.onset = "ㄴ"
        elif c in _NASAL:
            a.coda, b.onset = _NASAL[c], "ㄴ"
        elif c == "ㄴ":
            if _nn_suffix_at(ctx, i):
                b.onset = "ㄴ"  # 생산량 [생산냥]
            else:
                a.coda = "ㄹ"  # 신라 [실라]
        return
    # -- nasal assimilation: 백마 [뱅마], 갓모 [간모]
    if o in ("ㄴ", "ㅁ"):
        if c in _NASAL:
            a.coda = _NASAL[c]
        elif c == "ㄹ" and o == "ㄴ":
            b.onset = "ㄹ"  # 별내 [별래]
        return
    # -- tensing after ㄹ in Sino-Korean words: 물질 [물찔] (matters for MR voicing only)
    if c == "ㄹ" and o in ("ㄷ", "ㅅ", "ㅈ"):
        b.tense = True


# ---------------------------------------------------------------- renderers

_SINO_DIGITS = "영일이삼사오육칠팔구"
_RR_VOWEL_START = tuple("aeiou")


def _render_rr(syls: list[Syl], data: dict[str, Any]) -> str:
    """RR letters for pronounced syllables; with ``ambiguity_hyphen`` (Section 3(2)) a
    hyphen where the letters could be split otherwise (중앙 Jung-ang, 반구대 Ban-gudae)."""
    hyphenate = data.get("ambiguity_hyphen", True)
    initials, vowels, finals = data["initials"], data["vowels"], data["finals"]
    out: list[str] = []
    for k, s in enumerate(syls):
        prev = syls[k - 1] if k else None
        if s.onset == "ㄹ":
            onset = "l" if prev is not None and prev.coda == "ㄹ" and not s.hyphen_before else "r"
        else:
            onset = initials[s.onset]
        piece = onset + vowels[s.vowel]
        if prev is not None:
            if s.hyphen_before:
                out.append("-")
            elif hyphenate and out:
                before = out[-1]
                if (prev.coda == "ㄴ" and piece.startswith("g")) or (
                    prev.coda == "ㅇ" and piece.startswith(_RR_VOWEL_START)
                ) or (not prev.coda and (before[-1:], piece[:1]) in (("e", "o"), ("e", "u"), ("a", "e"), ("o", "e"), ("u", "i"))):
                    out.append("-")
        out.append(piece)
        if s.coda:
            out.append("".join(finals[c] for c in s.coda))
    return "".join(out)


def _mr_voiced_context(prev: Syl | None, s: Syl) -> bool:
    """Is a plain stop at the start of ``s`` voiced (MR/ALA-LC g d b j)?"""
    if prev is None or s.tense:
        return False
    return prev.coda in ("", "ㄴ", "ㅁ", "ㅇ", "ㄹ")


def _render_mr(syls: list[Syl], data: dict[str, Any]) -> str:
    initials: dict[str, str] = data["initials"]
    voiced: dict[str, str] = data["voiced"]
    vowels: dict[str, str] = data["vowels"]
    finals: dict[str, str] = data["finals"]
    plain_after_sibilant: bool = data.get("drop_y_after_sibilants", False)
    out: list[str] = []
    for k, s in enumerate(syls):
        prev = syls[k - 1] if k else None
        nxt = syls[k + 1] if k + 1 < len(syls) else None
        o = s.onset
        if o == "ㄹ":
            onset = "l" if prev is not None and prev.coda == "ㄹ" else "r"
        elif o in voiced and _mr_voiced_context(prev, s):
            onset = voiced[o]
        else:
            onset = initials[o]
        vowel = vowels[s.vowel]
        if plain_after_sibilant and o in "ㅅㅆㅈㅉㅊ" and vowel.startswith("y") and len(vowel) > 1:
            vowel = vowel[1:]
        if o == "ㅅ" and s.vowel == "ㅟ":
            onset = "sh"
        if prev is not None:
            if s.hyphen_before:
                out.append("-")
            elif prev.coda == "ㄴ" and onset.startswith("g"):
                out.append("’")
            # a stop coda swallowed by the same doubled onset: 엿때 yŏttae
            if out and out[-1] in ("k", "t", "p") and onset[:2] == out[-1] * 2:
                out.pop()
        out.append(onset + vowel)
        if s.coda:
            coda = "".join(finals[c] for c in s.coda)
            if s.coda == "ㄹ" and nxt is not None and nxt.onset == "ㅎ" and not nxt.hyphen_before:
                coda = "r"  # 발해 Parhae
            elif s.coda == "ㄷ" and nxt is not None and nxt.onset in ("ㅅ", "ㅆ"):
                coda = "s"  # 겻슌 kyŏssun
            out.append(coda)
    return "".join(out)


def _render_iso(word: str, data: dict[str, Any]) -> str:
    initials, vowels, finals = data["initials"], data["vowels"], data["finals"]
    separate_before: tuple[str, ...] = tuple(data.get("separate_before", ()))
    out: list[str] = []
    for k, ch in enumerate(word):
        if ch == "-":
            out.append("-")
            continue
        i, v, f = decompose(ch)
        piece = initials[i] + vowels[v]
        if k and out[-1] != "-" and (i == "ㅇ" or piece.startswith(separate_before)):
            out.append("'")
        out.append(piece + "".join(finals[c] for c in f))
    return "".join(out)


def _render_spelling(word: str, data: dict[str, Any]) -> str:
    """RR Section 3(8): the spelling, letter by letter, so that it can be turned back
    into Hangul (물엿 mul-yeos, 없었습니다 eobs-eoss-seubnida).

    A hyphen stands for a silent ㅇ (not at the start of a word) and wherever
    the letters of a coda and the next onset could be split otherwise: ㅆ+ㅅ
    ``ss-s`` is not ㅅ+ㅆ, ㅋ+ㅋ ``k-k`` is not ㄲ.
    """
    initials, vowels, finals = data["initials"], data["vowels"], data["finals"]
    onsets = {v for v in initials.values() if v}
    codas = set(finals.values())
    out: list[str] = []
    coda = ""
    for k, ch in enumerate(word):
        if ch == "-":
            out.append("-")
            coda = ""
            continue
        i, v, f = decompose(ch)
        onset = initials[i]
        joint = coda + onset
        if k and out[-1] != "-" and (
            not onset or any(joint[:cut] in codas and joint[cut:] in onsets for cut in range(len(joint)) if cut != len(coda))
        ):
            out.append("-")
        coda = finals[f]
        out.append(onset + vowels[v] + coda)
    return "".join(out)


# ---------------------------------------------------------------- RR place names


def _admin_split(word: str, data: dict[str, Any]) -> tuple[str, str] | None:
    """``의정부시`` -> (``의정부``, ``시``) when the last syllable is an administrative unit."""
    units: dict[str, str] = data.get("admin_units", {})
    if len(word) < 3 or "-" in word:
        return None
    unit = word[-1]
    if unit == "도":
        return (word[:-1], unit) if word in data.get("provinces", ()) else None
    if unit not in units or word[-2:] in set(data.get("admin_stop", ())):
        return None
    return word[:-1], unit


def _render_word(word: str, data: dict[str, Any], style: str) -> str:
    opts = data.get("rules", {})
    if style == "iso":
        return _render_iso(word, data)
    if style == "rr-spelling":
        return _render_spelling(word, data)
    if style == "rr":
        split = _admin_split(word, data) if data.get("admin_hyphen") else None
        if split:
            stem, unit = split
            return _render_rr(pronounce(stem, opts), data) + "-" + _render_rr(pronounce(unit, opts), data)
        return _render_rr(pronounce(word, opts), data)
    return _render_mr(pronounce(word, opts), data)


def sino_korean_number(digits: str) -> str | None:
    """``"12"`` -> ``"십이"``: how a number (0 to 9999) is read before a unit, or None."""
    if not digits.isascii() or not digits.isdigit() or len(digits) > 4 or (len(digits) > 1 and digits[0] == "0"):
        return None
    if digits == "0":
        return _SINO_DIGITS[0]
    out = []
    for place, d in zip("천백십 "[4 - len(digits) :], digits):
        if d == "0":
            continue
        out.append(("" if d == "1" and place != " " else _SINO_DIGITS[int(d)]) + place.strip())
    return "".join(out)


def _number_reading(digits: str, data: dict[str, Any]) -> str:
    """The RR reading in Section 3(5)'s parentheses: 1 -> ``il``, 12 -> ``sibi``, 16 -> ``simnyuk``."""
    word = sino_korean_number(digits)
    if word is None:
        return digits
    opts = dict(data.get("rules", {}))
    if len(word) > 1 and word.endswith("육"):  # 십육 [심뉵], 백육 [뱅뉵]
        opts["n_insertion"] = [word[:-1] + "-육"]
    return _render_rr(pronounce(word, opts), {**data, "ambiguity_hyphen": False})


# what a Korean scheme converts: runs of Hangul joined by hyphens, single spaces
# (a name) or a number before a unit (봉천1동, 종로 2가); converting each run
# on its own gives what converting the whole text gives
SCOPE = ("\uac00-\ud7a3", r"[\uac00-\ud7a3]*(?:(?:[- ]|\s?\d+)[\uac00-\ud7a3]+)*")


def alphabet(data: dict[str, Any]) -> tuple[str, str]:
    """(the characters a Korean scheme always converts, the characters it may write)."""
    tables = [data.get(key, {}) for key in ("initials", "vowels", "finals", "voiced", "customary_surnames")]
    writes = "".join(v for table in tables for v in table.values()) + "-’'() "
    return "".join(map(chr, range(0xAC00, 0xD7A4))), writes + writes.upper()


_NUMBERED_UNIT = re.compile(r"([\uac00-\ud7a3]+)(\s?)(\d+)([\uac00-\ud7a3])(?![\uac00-\ud7a3])")


def compile_scheme(data: dict[str, Any]) -> Callable[[str], str]:
    """The converter for a Korean scheme file (``"engine": "hangul"``)."""
    style = data.get("style", "rr")
    if style == "rr-names":
        return lambda text: _NAME.sub(lambda m: romanize_korean_name(m.group(), data), text)
    capitalize = data.get("capitalize", False)

    def word(m: re.Match[str]) -> str:
        out = _render_word(m.group(), data, style)
        return out[:1].upper() + out[1:] if capitalize else out

    def numbered(m: re.Match[str]) -> str:
        stem, _space, digits, unit = m.groups()
        if unit not in data.get("admin_units", {}) and unit != "가":
            return m.group()
        return f"{_render_word(stem, data, style)} {digits}({_number_reading(digits, data)})-{_render_word(unit, data, style)}"

    def convert(text: str) -> str:
        if not _ANY_HANGUL.search(text):
            return text
        if style == "rr" and data.get("admin_hyphen"):
            text = _NUMBERED_UNIT.sub(numbered, text)
        return _HANGUL_WORD.sub(word, text)

    return convert


# ---------------------------------------------------------------- personal names


def split_korean_name(name: str, compound_surnames: set[str] | frozenset[str] = frozenset()) -> tuple[str, str]:
    """A Hangul personal name -> (family, given): ``한복남`` -> (``한``, ``복남``)."""
    name = name.strip()
    if " " in name:
        family, given = name.split(None, 1)
        return family, given.replace(" ", "")
    if len(name) >= 3 and name[:2] in compound_surnames:
        return name[:2], name[2:]
    return name[:1], name[1:]


def _syllable_rr(ch: str, data: dict[str, Any]) -> str:
    """One syllable on its own: its onset, vowel and the sound its coda is said with."""
    i, v, f = decompose(ch)
    onset = "r" if i == "ㄹ" else data["initials"][i]
    return onset + data["vowels"][v] + data["finals"][_NEUTRAL[f]]


def _name_part(part: str, data: dict[str, Any], *, hyphen: bool) -> str:
    """A name part syllable by syllable: no assimilation (복남 Boknam), optional hyphen."""
    pieces = [_syllable_rr(ch, data) for ch in part]
    text = ("-" if hyphen else "").join(pieces)
    return text[:1].upper() + text[1:]


def romanize_korean_name(name: str, data: dict[str, Any], *, as_parts: bool = False) -> Any:
    """``한복남`` -> ``Han Bok-nam`` (or ``("Han", "Bok-nam")`` with ``as_parts``)."""
    family, given = split_korean_name(name, frozenset(data.get("compound_surnames", ())))
    customary: dict[str, str] = data.get("customary_surnames", {})
    fam = customary.get(family) or _name_part(family, data, hyphen=False)
    giv = _name_part(given, data, hyphen=bool(data.get("given_hyphen", True))) if given else ""
    if as_parts:
        return fam, giv
    return f"{fam} {giv}".strip()
