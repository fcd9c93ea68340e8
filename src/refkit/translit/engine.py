"""The transliteration engine: scheme files in, a fast ``str -> str`` function out.

A scheme is a JSON file in ``schemes/``. Letter schemes (Cyrillic) give a
``mapping`` (lower-case letter -> Latin) and ``rules`` for the letters whose
rendering depends on their neighbours::

    {"match": "е", "after": "^{V}ъь", "out": ["ye"]}     # word start or after a vowel
    {"match": "тс", "out": ["t·", "s"]}                   # one output piece per letter

``after`` / ``before`` list the characters that must precede / follow the
match; ``^`` stands for a word start, ``$`` for a word end, ``{X}`` for a class
from ``classes``. Rules are tried in file order, before the plain mapping.

Why this shape: the plain letters go through :meth:`str.translate` (C speed)
and only the context-bound letters through one compiled regular expression, so
a megabyte of text costs a few hundredths of a second. A scheme with context
rules converts each distinct run of Cyrillic once and looks the others up
(see :func:`_by_runs`); :func:`run_chain` finds URLs, Korean runs and letters
no scheme covers in a single pass.

Case follows the source letter by letter: ``Щука`` -> ``Shchuka``,
``ЩУКА`` -> ``SHCHUKA``, ``тС`` -> ``t·S``. Latin letters, digits, punctuation
and URLs pass through untouched; a letter of another script that the scheme
does not cover goes through ``unidecode`` and is reported in
:attr:`Result.fallback`.
"""

from __future__ import annotations

import json
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from typing import Any

from ..errors import SchemeNotFound

__all__ = ["Result", "Scheme", "load_scheme", "run_chain", "scheme_files", "scheme_names"]

SCHEME_DIR = Path(__file__).resolve().parent / "schemes"

# letters of any non-Latin script that may be left over after a scheme ran
_FOREIGN_RANGES = ((0x370, 0x3FF), (0x400, 0x52F), (0x530, 0x58F), (0x590, 0x1CFF), (0x2C00, 0x2DFF), (0x2E80, 0x9FFF),
                   (0xA000, 0xA6FF), (0xA960, 0xA97F), (0xAC00, 0xD7FF), (0xF900, 0xFAFF), (0xFF00, 0xFFEF))  # fmt: skip
_FOREIGN = re.compile("[" + "".join(f"{chr(a)}-{chr(b)}" for a, b in _FOREIGN_RANGES) + "]+")
# opens with one character class so the engine can skip ahead in C
_URL_FIRST = "hHfFwWdD1"
_URL_REST = r"(?:(?<=[hH])[tT][tT][pP][sS]?://|(?<=[fF])[tT][pP]://|(?<=[wW])[wW][wW]\.|(?<=[dD])[oO][iI]:\s*10\.|(?<=1)0\.\d{4,9}/)\S+"
_URL = re.compile(f"([{_URL_FIRST}]{_URL_REST})")
_URL_OR_MAIL = re.compile(_URL.pattern[:-1] + r"|[\w.+-]+@[\w-]+\.[\w.-]+)")
_APOSTROPHES = "'’ʼ"
_PLACEHOLDER = "\ue000"  # a private-use character no scheme maps


@dataclass(frozen=True)
class Result:
    """A transliteration and what could not be done by the scheme itself."""

    text: str
    scheme: str
    #: characters outside the scheme's alphabet that went through unidecode
    fallback: tuple[str, ...] = ()


def _title(piece: str) -> str:
    """Upper-case the first letter of ``piece`` (``·e`` -> ``·E``, ``i͡a`` -> ``I͡a``)."""
    for i, ch in enumerate(piece):
        if ch.isalpha():
            return piece[:i] + ch.upper() + piece[i + 1 :]
    return piece


def _is_caps(s: str, pos: int) -> bool:
    """Is the upper-case letter at ``pos`` part of an all-capitals word?"""
    nxt = s[pos + 1] if pos + 1 < len(s) else ""
    if nxt.isalpha():
        return nxt.isupper()
    return pos > 0 and s[pos - 1].isalpha() and s[pos - 1].isupper()


@dataclass
class Scheme:
    """One transliteration scheme, loaded from its JSON file."""

    name: str
    description: str
    data: dict[str, Any]
    aliases: tuple[str, ...] = ()
    language: str | None = None
    samples: list[list[str]] = field(default_factory=list)
    _convert: Callable[[str], str] | None = field(default=None, repr=False)

    @property
    def engine(self) -> str:
        return self.data.get("engine", "letters")

    # -- compilation -----------------------------------------------------

    def _compile(self) -> Callable[[str], str]:
        if self.engine == "hangul":
            from .hangul import compile_scheme

            return compile_scheme(self.data)
        return _compile_letters(self.data)

    def convert(self, text: str) -> str:
        """The scheme applied to ``text`` (no URL protection, no fallback)."""
        if self._convert is None:
            self._convert = self._compile()
        return self._convert(text)

    def run(self, text: str) -> Result:
        """Transliterate ``text``: URLs kept, foreign letters through unidecode."""
        return run_chain(text, [self])

    @property
    def scope(self) -> tuple[str, str] | None:
        """``(first, rest)``: the scheme changes only matches of ``[first]rest``, each on its own."""
        if self.engine == "hangul":
            from .hangul import SCOPE

            return SCOPE
        return None

    def alphabet(self) -> tuple[str, str]:
        """(the characters the scheme always converts, the characters it may write)."""
        if self.engine == "hangul":
            from .hangul import alphabet

            return alphabet(self.data)
        mapping: dict[str, str] = self.data["mapping"]
        always = "".join(mapping) + "".join(letter.upper() for letter in mapping)
        writes = "".join(mapping.values()) + "".join(self.data.get("upper", {}).values())
        writes += "".join(piece for rule in self.data.get("rules", []) for piece in rule["out"])
        return always, writes + writes.upper()


def run_chain(text: str, schemes: list[Scheme]) -> Result:
    """Apply ``schemes`` one after the other (each touches only its own script).

    URLs, e-mail addresses and DOIs are left alone: they are swapped for a
    private-use placeholder, the whole text is converted in one go (fast) and
    they are put back. Letters of a script none of the schemes covers go
    through unidecode and are listed in the result.

    Without e-mail addresses one pass over the text finds the URLs, the
    pieces a leading Korean scheme converts (it sees nothing else) and any
    letter no scheme covers; when there is none, the result needs no search
    for leftovers.
    """
    fallback: list[str] = []
    mark = next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in text) if _PLACEHOLDER in text else _PLACEHOLDER
    if "@" in text:
        pieces = _URL_OR_MAIL.split(text)  # the pattern captures: text, url, text, url, ..., text
        kept: list[str] = pieces[1::2]
        work = mark.join(pieces[0::2]) if kept else text
        rest, leftovers = schemes, True
    else:
        plan = _plan(schemes)
        work, kept, leftovers = plan.cut(text, mark)
        rest = plan.rest
    for scheme in rest:
        work = scheme.convert(work)
    if leftovers and _FOREIGN.search(work):
        work = _FOREIGN.sub(lambda m: _unidecode(m.group(), fallback), work)
    if kept:
        parts = work.split(mark)
        work = "".join(p + (kept[i] if i < len(kept) else "") for i, p in enumerate(parts))
    return Result(work, schemes[0].name, tuple(dict.fromkeys(fallback)))


class _Plan:
    """How :func:`run_chain` takes a text apart for one chain of schemes, in one pass.

    The scanner finds URLs, the pieces of a leading scheme with a ``scope``
    (Korean: it converts runs of Hangul and leaves the rest alone, so each run
    can be converted on its own) and *stray* letters: those of a non-Latin
    script that no scheme of the chain always converts. Once one stray letter
    is found, the rest of the text is scanned without looking for more. Every
    branch opens with one shared character class, so the regex engine skips
    in C to the few places worth a look.
    """

    def __init__(self, schemes: list[Scheme]) -> None:
        self.schemes = schemes  # keeps the ids in the cache key alive
        scope = schemes[0].scope
        self.scoped = schemes[0] if scope else None
        self.rest = schemes[1:] if scope else schemes
        covered: set[str] = set()
        self.always_check = False  # a scheme may write a non-Latin letter itself
        for scheme in schemes:
            always, writes = scheme.alphabet()
            covered.update(always)
            self.always_check = self.always_check or bool(_FOREIGN.search(writes))
        first, more = scope or ("", "")
        self.first = first
        self.branches = _URL_REST + (f"|(?<=[{first}]){more}" if scope else "")
        stray = _uncovered(covered)
        self.scanner = (
            re.compile(f"[{_URL_FIRST}{first}{stray}](?:{self.branches}|(?<![{_URL_FIRST}{first}]))") if stray else self.plain
        )
        self.in_scope = re.compile(f"[{first}]").match if scope else None
        # what makes a scoped piece suspect: a character past the Latin blocks that is not its own letter
        self.odd_in_scope = re.compile(f"[^{first}\\x00-\\u036f]")

    @cached_property
    def plain(self) -> re.Pattern[str]:
        """The scanner without stray letters: for the rest of a text once one was found."""
        return re.compile(f"[{_URL_FIRST}{self.first}](?:{self.branches})")

    def cut(self, text: str, mark: str) -> tuple[str, list[str], bool]:
        """(text with URLs as ``mark`` and the scoped pieces converted, the URLs, any stray letters?)"""
        out: list[str] = []
        kept: list[str] = []
        stray = self.always_check
        scanner = self.plain if stray else self.scanner
        pos = 0
        m = scanner.search(text)
        while m is not None:
            start, end = m.span()
            first = text[start]
            if first in _URL_FIRST:
                out += (text[pos:start], mark)
                kept.append(m.group())
                pos = end
            elif self.scoped is not None and self.in_scope is not None and self.in_scope(first):
                piece = m.group()
                out += (text[pos:start], self.scoped.convert(piece))
                if self.odd_in_scope.search(piece):
                    stray, scanner = True, self.plain
                pos = end
            else:
                stray, scanner = True, self.plain
            m = scanner.search(text, end)
        if not pos:
            return text, kept, stray
        out.append(text[pos:])
        return "".join(out), kept, stray


_PLANS: dict[tuple[int, ...], _Plan] = {}


def _plan(schemes: list[Scheme]) -> _Plan:
    key = tuple(map(id, schemes))
    plan = _PLANS.get(key)
    if plan is None:
        if len(_PLANS) >= 64:
            _PLANS.clear()
        plan = _PLANS[key] = _Plan(list(schemes))
    return plan


def _uncovered(covered: set[str]) -> str:
    """The body of a regex class: the letters of :data:`_FOREIGN` not in ``covered``."""
    out: list[str] = []
    codes = sorted(map(ord, covered))
    for a, b in _FOREIGN_RANGES:
        start = a
        for code in codes[bisect_left(codes, a) : bisect_right(codes, b)]:
            if code > start:
                out.append(_range(start, code - 1))
            start = code + 1
        if start <= b:
            out.append(_range(start, b))
    return "".join(out)


def _range(a: int, b: int) -> str:
    return re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"


def _unidecode(chars: str, seen: list[str]) -> str:
    from unidecode import unidecode

    seen.extend(chars)
    return unidecode(chars)


# ---------------------------------------------------------------- letter schemes


def _expand(spec: str, classes: dict[str, str]) -> tuple[str, bool]:
    """A context spec -> (member characters, whether a word boundary counts)."""
    boundary = "^" in spec or "$" in spec
    spec = spec.replace("^", "").replace("$", "")
    for key, members in classes.items():
        spec = spec.replace("{" + key + "}", members)
    if "{" in spec:
        raise ValueError(f"unknown class in context {spec!r}")
    chars = "".join(dict.fromkeys(spec + spec.upper()))
    return chars, boundary


def _charset(chars: str) -> str:
    return "[" + "".join(re.escape(c) for c in chars) + "]"


def _behind(spec: str | None, first: str, classes: dict[str, str]) -> str:
    """Assertions about the character already consumed (``first``) and the one before it.

    Every branch of a scheme's pattern starts *after* one shared character
    class has consumed the rule's first letter; the branch then checks, looking
    back, which letter that was and what precedes it. A pattern that opens
    with a character class lets Python's regex engine skip in C to the few
    positions worth trying, instead of trying every branch at every character.
    """
    if spec is None:
        return f"(?<={first})"
    chars, boundary = _expand(spec, classes)
    alts = []
    if chars:
        alts.append(f"(?<={_charset(chars)}{first})")
    if boundary:  # not preceded by a letter nor by an apostrophe inside a word
        alts.append(f"(?<={first})(?<![^\\W\\d_]{first})(?<![{_APOSTROPHES}]{first})")
    return "(?:" + "|".join(alts) + ")"


def _ahead(spec: str | None, classes: dict[str, str]) -> str:
    if spec is None:
        return ""
    chars, boundary = _expand(spec, classes)
    alts = []
    if chars:
        alts.append(f"(?={_charset(chars)})")
    if boundary:
        alts.append("(?![^\\W\\d_])")
    return "(?:" + "|".join(alts) + ")"


def _compile_letters(data: dict[str, Any], *, by_runs: bool = True) -> Callable[[str], str]:
    """Build the converter of a letter scheme (see the module docstring).

    ``by_runs=False`` leaves out the run cache (:func:`_by_runs`): the same
    output, the whole text through the rules every time.
    """
    mapping: dict[str, str] = data["mapping"]
    upper_over: dict[str, str] = data.get("upper", {})
    classes: dict[str, str] = data.get("classes", {})

    def upper_forms(letter: str, piece: str) -> tuple[str, str]:
        big = letter.upper()
        if big in upper_over:  # the file spells the capital form out (İ, I͡U)
            return upper_over[big], upper_over[big].upper()
        return _title(piece), piece.upper()

    table: dict[int, str] = {}
    caps_only: dict[str, str] = {}  # upper-case letter -> its all-capitals form
    for letter, piece in mapping.items():
        table[ord(letter)] = piece
        big = letter.upper()
        if big != letter:
            title, caps = upper_forms(letter, piece)
            table[ord(big)] = title
            if caps != title:
                caps_only[big] = caps

    groups: dict[str, list[str]] = {}  # first letter -> its rules' branches, in file order
    firsts: set[str] = set()
    rules: list[tuple[list[str], str]] = []
    for i, rule in enumerate(data.get("rules", [])):
        match: str = rule["match"]
        out: list[str] = rule["out"]
        if len(out) != len(match):
            raise ValueError(f"rule {match!r}: {len(out)} output pieces for {len(match)} letters")
        sets = [_charset(c + c.upper()) if c.isalpha() else re.escape(c) for c in match]
        firsts.update(match[0] + match[0].upper())
        rest = "".join(sets[1:])
        branch = f"(?P<r{i}>{_behind(rule.get('after'), sets[0], classes)}{rest}{_ahead(rule.get('before'), classes)})"
        groups.setdefault(sets[0], []).append(branch)
        rules.append((out, "".join(out)))
    # one look back per first letter settles which group of branches applies
    alternatives = [f"(?<={first})(?:{'|'.join(branches)})" for first, branches in groups.items()]
    upper_letters = "".join(sorted({k.upper() for k in mapping} | set("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))
    if caps_only:
        multi = _charset("".join(caps_only))
        ups = _charset(upper_letters)
        firsts.update(caps_only)
        alternatives.append(f"(?P<caps>(?<={multi})(?={ups})|(?<={ups}{multi})(?![^\\W\\d_]))")

    # a list indexed by code point translates faster than a dict; characters
    # past its end raise IndexError, which str.translate takes as "keep"
    fast: list[str] = [chr(i) for i in range(max(table) + 1)] if table else []
    for code, piece in table.items():
        fast[code] = piece
    if not alternatives:
        return lambda text: text.translate(fast)

    pattern = re.compile(_charset("".join(sorted(firsts))) + "(?:" + "|".join(alternatives) + ")")

    def piece_for(letter: str, piece: str, s: str, pos: int) -> str:
        if not letter.isupper():
            return piece
        title, caps = upper_forms(letter, piece)
        return caps if _is_caps(s, pos) else title

    by_group = {f"r{i}": rule for i, rule in enumerate(rules)}

    def replace(m: re.Match[str]) -> str:
        name = m.lastgroup
        if name == "caps":
            return caps_only[m.group()]
        out, lowered = by_group[name]  # type: ignore[index]
        found = m.group()
        if found.islower():
            return lowered
        s, start = m.string, m.start()
        return "".join(piece_for(ch, out[k], s, start + k) for k, ch in enumerate(found))

    def convert(text: str) -> str:
        return pattern.sub(replace, text).translate(fast)

    if not by_runs or not rules or not _run_local(data, classes):
        return convert
    return _by_runs(convert)


# runs of the letters a letter scheme maps or looks at (Cyrillic, apostrophes)
_RUN_CHARS = "\u0400-\u052f" + _APOSTROPHES
_RUN = re.compile(f"([{_RUN_CHARS}]+)")
# between the pieces around the runs, joined by NUL: a letter that touches a run
_TOUCHING = re.compile("\x00(?:(?<=[^\\W\\d_]\x00)|(?=[^\\W\\d_]))")
_RUN_CACHE_SIZE = 50_000


def _run_local(data: dict[str, Any], classes: dict[str, str]) -> bool:
    """Does the scheme map, match and look at no character outside the runs of :data:`_RUN`?

    Then a text converts run by run: a run that touches no other letter sees,
    just outside itself, a character that counts as no letter at all, exactly
    as the rules and the capitals check see nothing past the ends of a string.
    """
    chars = "".join(data["mapping"]) + "".join(data.get("upper", {}))
    for rule in data.get("rules", []):
        chars += rule["match"]
        for spec in (rule.get("after"), rule.get("before")):
            chars += _expand(spec, classes)[0] if spec else ""
    return all(re.fullmatch(f"[{_RUN_CHARS}]", c) for c in set(chars + chars.upper()))


def _by_runs(convert: Callable[[str], str]) -> Callable[[str], str]:
    """``convert``, applied run by run, each distinct run converted once.

    Reference lists repeat their words (names, journal titles, common words),
    so looking a word up costs less than running the context rules over it.
    A run that touches a letter of another script (a mixed-script word) needs
    its neighbours: then the whole text goes through ``convert``.
    """
    lookup = _RunCache(convert).__getitem__

    def by_runs(text: str) -> str:
        parts = _RUN.split(text)  # text, run, text, run, ..., text
        if _TOUCHING.search("\x00".join(parts[0::2])):
            return convert(text)
        parts[1::2] = map(lookup, parts[1::2])
        return "".join(parts)

    return by_runs


class _RunCache(dict):
    """Run -> its conversion, filled on first use, emptied when it grows too big."""

    def __init__(self, convert: Callable[[str], str]) -> None:
        super().__init__()
        self.convert = convert

    def __missing__(self, run: str) -> str:
        if len(self) >= _RUN_CACHE_SIZE:
            self.clear()
        out = self[run] = self.convert(run)
        return out


# ---------------------------------------------------------------- loading


def scheme_files() -> list[Path]:
    """Every scheme file shipped with refkit, sorted by name."""
    return sorted(SCHEME_DIR.glob("*.json"))


@cache
def _index() -> dict[str, Path]:
    """Scheme name (and alias) -> file. Reads only the files' heads once."""
    index: dict[str, Path] = {}
    for path in scheme_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        for key in [data["name"], *data.get("aliases", [])]:
            index[key.lower()] = path
    return index


def _read(path: Path) -> dict[str, Any]:
    data = json.loads(path.read_text(encoding="utf-8"))
    base = data.get("extends")
    if base:
        parent = _read(_index()[base.lower()])
        merged = {**parent, **{k: v for k, v in data.items() if k not in ("mapping", "extends")}}
        merged["mapping"] = {**parent.get("mapping", {}), **data.get("mapping", {})}
        if "rules" not in data:
            merged["rules"] = parent.get("rules", [])
        merged["samples"] = data.get("samples", [])
        return merged
    return data


@cache
def load_scheme(name: str) -> Scheme:
    """The scheme called ``name`` (or one of its aliases); :class:`SchemeNotFound` if none."""
    path = _index().get(name.strip().lower())
    if path is None:
        raise SchemeNotFound(name, f"unknown transliteration scheme or profile {name!r} (see `refkit translit --list`)")
    data = _read(path)
    return Scheme(
        name=data["name"],
        description=data.get("description", ""),
        data=data,
        aliases=tuple(data.get("aliases", [])),
        language=data.get("language"),
        samples=data.get("samples", []),
    )


def scheme_names() -> list[str]:
    """Canonical names of all shipped schemes."""
    names = {load_scheme(key).name for key in _index()}
    return sorted(names)
