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
a megabyte of text costs a few hundredths of a second.

Case follows the source letter by letter: ``Щука`` -> ``Shchuka``,
``ЩУКА`` -> ``SHCHUKA``, ``тС`` -> ``t·S``. Latin letters, digits, punctuation
and URLs pass through untouched; a letter of another script that the scheme
does not cover goes through ``unidecode`` and is reported in
:attr:`Result.fallback`.
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from ..errors import SchemeNotFound

__all__ = ["Result", "Scheme", "load_scheme", "run_chain", "scheme_files", "scheme_names"]

SCHEME_DIR = Path(__file__).resolve().parent / "schemes"

# letters of any non-Latin script that may be left over after a scheme ran
_FOREIGN = re.compile(
    "[\u0370-\u03ff\u0400-\u052f\u0530-\u058f\u0590-\u1cff\u2c00-\u2dff\u2e80-\u9fff"
    "\ua000-\ua6ff\ua960-\ua97f\uac00-\ud7ff\uf900-\ufaff\uff00-\uffef]+"
)
# opens with one character class so the engine can skip ahead in C
_URL = re.compile(r"([hHfFwWdD1](?:(?<=[hH])[tT][tT][pP][sS]?://|(?<=[fF])[tT][pP]://|(?<=[wW])[wW][wW]\.|(?<=[dD])[oO][iI]:\s*10\.|(?<=1)0\.\d{4,9}/)\S+)")
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


def run_chain(text: str, schemes: list[Scheme]) -> Result:
    """Apply ``schemes`` one after the other (each touches only its own script).

    URLs, e-mail addresses and DOIs are left alone: they are swapped for a
    private-use placeholder, the whole text is converted in one go (fast) and
    they are put back. Letters of a script none of the schemes covers go
    through unidecode and are listed in the result.
    """
    fallback: list[str] = []
    pattern = _URL_OR_MAIL if "@" in text else _URL
    mark = next(chr(c) for c in range(0xE000, 0xF900) if chr(c) not in text) if _PLACEHOLDER in text else _PLACEHOLDER
    pieces = pattern.split(text)  # the pattern captures: text, url, text, url, ..., text
    kept: list[str] = pieces[1::2]
    work = mark.join(pieces[0::2]) if kept else text
    for scheme in schemes:
        work = scheme.convert(work)
    if _FOREIGN.search(work):
        work = _FOREIGN.sub(lambda m: _unidecode(m.group(), fallback), work)
    if kept:
        parts = work.split(mark)
        work = "".join(p + (kept[i] if i < len(kept) else "") for i, p in enumerate(parts))
    return Result(work, schemes[0].name, tuple(dict.fromkeys(fallback)))


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


def _compile_letters(data: dict[str, Any]) -> Callable[[str], str]:
    """Build the converter of a letter scheme (see the module docstring)."""
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

    return convert


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
