"""Profiles: which scheme to use for which language.

Journals romanize Russian one way and Kazakh or Korean another, so a profile
maps language codes to scheme names (``ru=bsi,kk=kk-latin-2021,ko=rr``). A
profile can be named (``profiles.json``), written inline, or be a single
scheme name, which then serves every language of its script while the other
script keeps the default choice.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from ..errors import SchemeNotFound
from .engine import Result, Scheme, load_scheme, run_chain

__all__ = ["Profile", "load_profile", "profile_names"]

PROFILE_FILE = Path(__file__).resolve().parent / "profiles.json"
_HANGUL_RUN = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+(?:[ \t\-]+[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]+)*")
_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_CYRILLIC = re.compile(r"[\u0400-\u052f]")
_CYRILLIC_LANGS = ("ru", "uk", "be", "kk", "ky")


@cache
def _profiles() -> dict[str, dict]:
    return json.loads(PROFILE_FILE.read_text(encoding="utf-8"))


def profile_names() -> dict[str, str]:
    """Named profiles and their descriptions."""
    return {name: p["description"] for name, p in sorted(_profiles().items())}


@dataclass(frozen=True)
class Profile:
    """Language -> scheme name; ``fixed`` names the scheme that serves its whole script."""

    name: str
    languages: tuple[tuple[str, str], ...]
    fixed: str | None = None

    def scheme_for(self, language: str | None) -> Scheme:
        """The scheme for a language code (Cyrillic languages fall back to ``ru``)."""
        table = dict(self.languages)
        if language == "ko":
            return load_scheme(table.get("ko", "rr"))
        if self.fixed and load_scheme(self.fixed).data.get("script") == "Cyrl":
            return load_scheme(self.fixed)
        key = language if language in table else "ru"
        return load_scheme(table.get(key, "bsi"))

    def run(self, text: str, *, language: str | None = None) -> Result:
        """Romanize ``text``: Hangul with the Korean scheme, Cyrillic with the one for its language."""
        has_hangul = bool(_HANGUL.search(text))
        if language in (None, "ko") and not self.fixed_cyrillic and _CYRILLIC.search(text):
            from ..text import detect_language

            language = detect_language(_HANGUL_RUN.sub(" ", text) if has_hangul else text)
        cyrillic = self.scheme_for(language if language != "ko" else None)
        if not has_hangul:
            return run_chain(text, [cyrillic])
        korean = self.scheme_for("ko")
        return run_chain(text, [korean, cyrillic])

    @property
    def fixed_cyrillic(self) -> bool:
        return bool(self.fixed) and load_scheme(self.fixed).data.get("script") == "Cyrl"


def _parse_inline(spec: str) -> Profile:
    pairs = []
    for part in spec.split(","):
        if not part.strip():
            continue
        if "=" not in part:
            raise SchemeNotFound(spec, f"profile {spec!r}: expected language=scheme pairs, got {part.strip()!r}")
        lang, scheme = (s.strip() for s in part.split("=", 1))
        load_scheme(scheme)  # raises SchemeNotFound for a bad name
        pairs.append((lang.lower(), load_scheme(scheme).name))
    return Profile(spec, tuple(pairs))


@cache
def load_profile(spec: str) -> Profile:
    """A profile by name, inline ``lang=scheme,...`` spec, or a single scheme name."""
    key = spec.strip()
    named = _profiles().get(key.lower())
    if named is not None:
        return Profile(key.lower(), tuple(sorted(named["languages"].items())))
    if "=" in key:
        return _parse_inline(key)
    try:
        scheme = load_scheme(key)
    except SchemeNotFound:
        raise SchemeNotFound(key, f"unknown transliteration scheme or profile {key!r} (see `refkit translit --list`)") from None
    base = dict(_profiles()["default"]["languages"])
    if scheme.data.get("script") == "Hang":
        base["ko"] = scheme.name
    else:
        for lang in _CYRILLIC_LANGS:
            base[lang] = scheme.name
    return Profile(scheme.name, tuple(sorted(base.items())), fixed=scheme.name)
