"""Romanizing whole references: the Latin-script twin of a reference list.

Journals indexed in Scopus and Web of Science print every non-Latin entry a
second time in Latin script. :func:`romanize` makes those entries: authors and
editors as names (``Овчарова Т.Н.`` -> family ``Ovcharova``, given ``T.N.``;
``왕길환`` -> ``Wang``, ``Gil-hwan``), title, container, collection, publisher
and place in Latin script. The bracketed English ``translated-title`` and the
``language`` stay, so a style can print ``[English title]`` and ``(In Russ.)``;
the original-script values are kept in ``refkit-alternate`` so nothing is lost.
A translated title that is itself in a non-Latin script (a Russian translation
of a Korean title) is set aside there too: a Latin-script list cannot print it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Name, Reference
from .engine import load_scheme
from .hangul import romanize_korean_name
from .profiles import Profile, load_profile

__all__ = ["romanize", "romanize_name"]

_FIELDS = {
    "title": "title",
    "container_title": "container-title",
    "collection_title": "collection-title",
    "publisher": "publisher",
    "publisher_place": "publisher-place",
    "genre": "genre",
}
_EXTRA_FIELDS = ("number", "authority")  # CSL variables kept in Reference.extra that carry words ('152-ФЗ', a court's name)
_NON_LATIN = re.compile(r"[\u0370-\u1cff\u2c00-\u2dff\u2e80-\u9fff\ua000-\ua6ff\uac00-\ud7ff]")
_HANGUL = re.compile(r"[\uac00-\ud7a3]")
_NAME_SCHEMES = {"rr": "rr-names", "rr-plain": "rr-names"}


def _korean_name_scheme(profile: Profile) -> str:
    table = dict(profile.languages)
    if "ko-names" in table:
        return table["ko-names"]
    korean = table.get("ko", "rr")
    return _NAME_SCHEMES.get(korean, korean)


def romanize_name(name: Name, *, profile: str = "default", language: str | None = None) -> Name:
    """``name`` in Latin script, still as a name (family and given kept apart).

    Hangul names follow the profile's name scheme (``rr-names`` unless the
    profile sets ``ko-names=...``): family name first, the given name written
    as one hyphenated word without sound changes.
    """
    prof = load_profile(profile)
    parts = {k: getattr(name, k) for k in ("family", "given", "literal", "dropping_particle", "non_dropping_particle", "suffix")}
    if not any(v and _NON_LATIN.search(v) for v in parts.values()):
        return name
    family, given = parts["family"] or "", parts["given"] or ""
    if family and _HANGUL.search(family + given) and not _NON_LATIN.sub("", family + given).strip(" "):
        scheme = load_scheme(_korean_name_scheme(prof))
        if scheme.data.get("style") == "rr-names":
            fam, giv = romanize_korean_name(family + (" " + given if given else ""), scheme.data, as_parts=True)
        else:
            fam = capital_first(scheme.run(family).text)
            giv = capital_first(scheme.run(given).text) if given else ""
        return _with(name, family=fam, given=giv or None)
    changes = {}
    for key, value in parts.items():
        if value and _NON_LATIN.search(value):
            changes[key] = capital_first(prof.run(value, language=language).text)
    return _with(name, **changes)


def _with(name: Name, **changes: str | None) -> Name:
    import dataclasses

    return dataclasses.replace(name, **changes)


def capital_first(text: str) -> str:
    """Upper-case the first letter (Korean schemes write lower case)."""
    for i, ch in enumerate(text):
        if ch.isalpha():
            return text[:i] + ch.upper() + text[i + 1 :] if ch.islower() else text
    return text


def _romanize_one(ref: Reference, profile: Profile) -> Reference:
    language = ref.language.split("-")[0].lower() if ref.language else None
    changes: dict[str, object] = {}
    originals: dict[str, object] = dict(ref.alternate)
    for attr, key in _FIELDS.items():
        value = getattr(ref, attr)
        if not isinstance(value, str) or not _NON_LATIN.search(value):
            continue
        printed = ref.alternate.get(key)
        if isinstance(printed, str) and printed.strip() and not _NON_LATIN.search(printed):
            latin = printed  # the entry itself printed a Latin form: use it
        else:
            latin = profile.run(value, language=language).text
            if _HANGUL.search(value[:1]):
                latin = capital_first(latin)
        changes[attr] = latin
        originals[key] = value
    extra = dict(ref.extra)
    for key in _EXTRA_FIELDS:
        value = extra.get(key)
        if isinstance(value, str) and _NON_LATIN.search(value):
            extra[key] = profile.run(value, language=language).text
            originals[key] = value
    if extra != dict(ref.extra):
        changes["extra"] = extra
    if isinstance(ref.translated_title, str) and _NON_LATIN.search(ref.translated_title):
        # a translation into another non-Latin language ([Термин ОПР ...] beside a Korean title) has no place
        # in a Latin-script list: it is set aside (kept in refkit-alternate) until an English one is supplied
        changes["translated_title"] = None
        originals["translated-title"] = ref.translated_title
    for role in ("author", "editor"):
        names = getattr(ref, role)
        new = tuple(romanize_name(n, profile=profile.name, language=language) for n in names)
        if new != names:
            changes[role] = new
            originals[role] = [n.to_csl() for n in names]
    if not changes:
        return ref
    changes["alternate"] = originals
    return ref.replace(**changes)


def romanize(references: Iterable[Reference], *, profile: str = "default") -> list[Reference]:
    """The references with their non-Latin fields in Latin script (see the module docstring).

    ``profile`` is a profile name (``default``, ``journals-translit`` …), an
    inline ``ru=bsi,ko=rr`` spec, or a scheme name used for its whole script.
    Latin-script references come back unchanged. Raises
    :class:`refkit.SchemeNotFound` for an unknown profile.
    """
    prof = load_profile(profile)
    return [_romanize_one(ref, prof) for ref in references]
