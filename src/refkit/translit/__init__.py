"""Transliteration of Cyrillic and Hangul into Latin script.

Schemes are JSON data files (``schemes/*.json``) with samples that test
themselves; Korean goes through :mod:`refkit.translit.hangul`, which applies the
sound rules of the Revised Romanization (and of McCune–Reischauer and ALA-LC).

>>> transliterate("Щука", scheme="bsi")
'Shchuka'
>>> transliterate("신라", scheme="rr")
'silla'
"""

from __future__ import annotations

from .detect import cyrillic_language, detect_scheme, fold_marks, mixed_schemes, scheme_votes
from .engine import Result, Scheme, load_scheme, scheme_names
from .profiles import Profile, load_profile, profile_names
from .romanize import romanize, romanize_name

__all__ = [
    "Profile",
    "Result",
    "Scheme",
    "cyrillic_language",
    "detect_scheme",
    "fold_marks",
    "load_profile",
    "load_scheme",
    "mixed_schemes",
    "profiles",
    "romanize",
    "romanize_name",
    "scheme_votes",
    "schemes",
    "transliterate",
    "transliterate_result",
]


def transliterate_result(text: str, *, scheme: str = "translit-ru", language: str | None = None) -> Result:
    """Like :func:`transliterate`, but also says which characters fell back to unidecode."""
    return load_profile(scheme).run(text, language=language)


def transliterate(text: str, *, scheme: str = "translit-ru", language: str | None = None) -> str:
    """``text`` in Latin script, by a scheme name or a profile.

    A scheme name (``bsi``, ``rr`` …) serves every text of its script; Hangul
    inside Cyrillic text (or the reverse) goes to the default scheme of that
    script. A profile (``default``, ``ru=bsi,ko=rr``) picks the scheme by the
    language of ``text`` unless ``language`` is given. Unknown names raise
    :class:`refkit.SchemeNotFound`.
    """
    return transliterate_result(text, scheme=scheme, language=language).text


def schemes() -> dict[str, str]:
    """Every scheme name with its one-line description, sorted by name."""
    return {name: load_scheme(name).description for name in scheme_names()}


def profiles() -> dict[str, str]:
    """Every named profile with its description."""
    return profile_names()
