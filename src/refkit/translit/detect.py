"""Telling which scheme a Latin-script text was made with, and catching mixtures.

Each Russian scheme writes the "hard" letters (я ю ё й х ц щ ы ь ъ э)
its own way: ``ja`` (translit.ru) vs ``ya`` (BSI, BGN) vs ``ia`` (ICAO) vs
``i͡a`` (ALA-LC) vs ``â`` (ISO 9). :data:`FEATURES` lists such telltale
spellings with the schemes that produce them; :func:`scheme_votes` counts
them, :func:`mixed_schemes` reports telltales no single scheme explains
together (an entry that writes both ``ja`` and ``ya``), and
:func:`detect_scheme` names the likeliest scheme, exactly when the original
is at hand (by transliterating it with every scheme).

URLs and bracketed translations are ignored: they are not transliterations.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["FEATURES", "cyrillic_language", "detect_scheme", "fold_marks", "mixed_schemes", "scheme_votes"]

_RU = ("translit-ru", "bsi", "bgn", "bgn-pcgn", "gost-7.79-b", "iso9", "ala-lc", "ala-lc-plain", "icao", "scientific", "bs2979")
# the schemes made for one language, tried when the original has that language's own letters
_NATIONAL = (
    ("kk", "әғқңөұүһ", ("kk-bgn-pcgn", "kk-latin-2021")),
    ("ky", "ңөү", ("ky-bgn-pcgn",)),
    ("uk", "їєґ", ("uk-national", "uk-bgn-pcgn")),
    ("be", "ў", ("be-national", "be-bgn-pcgn")),
)


def _national(original: str) -> list[tuple[str, tuple[str, ...]]]:
    """The languages whose own letters the Cyrillic text has, each with its schemes."""
    low = original.lower()
    return [(language, schemes) for language, letters, schemes in _NATIONAL if any(ch in low for ch in letters)]


def cyrillic_language(original: str) -> str:
    """The language a Cyrillic text's own letters show ('kk', 'ky', 'uk', 'be'); 'ru' when it has none of them."""
    return next((language for language, _schemes in _national(original)), "ru")


def fold_marks(text: str) -> str:
    """``text`` without combining marks: 'Respūblīkasy' → 'Respublikasy'."""
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


_KH = {"bsi", "bgn", "bgn-pcgn", "ala-lc", "ala-lc-plain", "icao", "bs2979"}

#: (label, pattern, schemes that write it). Patterns run on NFC, lower-cased text.
FEATURES: list[tuple[str, re.Pattern[str], frozenset[str]]] = [
    (label, re.compile(pattern), frozenset(schemes))
    for label, pattern, schemes in [
        ("ja/ju/jo for я/ю/ё", r"(?<![a-z])j[aou]|(?<=[a-z])j[auo]", {"translit-ru", "scientific"}),
        ("je for э", r"(?<![a-z])je", {"translit-ru"}),
        ("ya/yu for я/ю", r"(?<![a-z·])y[au]|(?<=[^y·])y[au]", {"bsi", "bgn", "bgn-pcgn", "gost-7.79-b", "bs2979"}),
        ("iia/iiu for ия/ию", r"ii[au]", {"icao", "ala-lc-plain"}),
        ("ia/iu for initial я/ю", r"(?<![a-z])i[au]|(?<=[aeou])i[au]", {"icao", "ala-lc-plain"}),
        ("i͡a tie bars", "\u0361", {"ala-lc"}),
        ("shh for щ", r"shh", {"translit-ru", "gost-7.79-b"}),
        ("shch for щ", r"shch", _KH),
        ("kh for х", r"kh", _KH),
        ("h for х", r"(?<![kzcsthpg])h", {"translit-ru", "iso9"}),
        ("x for х", r"(?<![a-z])x|(?<=[aeiouy])x", {"gost-7.79-b", "scientific"}),
        ("# for ъ", r"#", {"translit-ru"}),
        ("` for ь/ы/э", r"`", {"gost-7.79-b"}),
        ("cz for ц", r"cz", {"gost-7.79-b"}),
        ("ij/yj for -ий/-ый", r"[iy]j\b", {"translit-ru", "iso9", "gost-7.79-b", "scientific"}),
        ("ii/yi for -ий/-ый", r"(?<=[a-z])[iy]i\b", {"bsi", "icao", "ala-lc-plain"}),
        ("iy/yy for -ий/-ый", r"(?<=[a-z])[iy]y\b", {"bgn", "bgn-pcgn"}),
        ("ye for initial е", r"\bye", {"bgn-pcgn"}),
        ("middle dot", r"·", {"bgn-pcgn"}),
        ("â û ŝ", r"[âûŝ]", {"iso9"}),
        ("č š ž", r"[čšž]", {"iso9", "scientific"}),
        ("ĭ for й", r"ĭ", {"ala-lc", "bs2979"}),
        ("ė for э", r"ė", {"ala-lc"}),
        ("ȳ for ы", r"ȳ", {"bs2979"}),
        ("' for ь", r"(?<=[a-z])'", {"translit-ru", "bsi", "bgn", "ala-lc-plain"}),
        ("ʹ for ь", r"ʹ", {"iso9", "scientific", "ala-lc", "bs2979"}),
        ("’ for ь", r"(?<=[a-z])’", {"bgn-pcgn"}),
    ]
]

_IGNORED = re.compile(r"(?:https?|ftp)://\S+|www\.\S+|\b10\.\d{4,9}/\S+|\[[^\]]*\]|<[^>]*>")


def _features(text: str) -> list[tuple[str, frozenset[str]]]:
    body = unicodedata.normalize("NFC", _IGNORED.sub(" ", text)).lower()
    return [(label, schemes) for label, pattern, schemes in FEATURES if pattern.search(body)]


def scheme_votes(text: str) -> dict[str, int]:
    """How many telltale spellings in ``text`` each Russian scheme explains (0 for none)."""
    votes = dict.fromkeys(_RU, 0)
    for _label, schemes in _features(text):
        for scheme in schemes:
            votes[scheme] += 1
    return votes


def mixed_schemes(text: str) -> list[str]:
    """Pairs of telltales in ``text`` that no single scheme writes together.

    Empty when one scheme can explain everything. Each item reads like
    ``'ja/ju/jo for я/ю/ё' (translit-ru, scientific) vs 'ya/yu for я/ю' (bsi, …)``.
    """
    found = _features(text)
    if not found or frozenset.intersection(*(s for _l, s in found)):
        return []
    out = []
    for i, (label_a, a) in enumerate(found):
        for label_b, b in found[i + 1 :]:
            if not a & b:
                out.append(f"{label_a!r} ({', '.join(sorted(a))}) vs {label_b!r} ({', '.join(sorted(b))})")
    return out


def detect_scheme(latin: str, original: str | None = None) -> tuple[str, float]:
    """The scheme most likely used to write ``latin``, with a confidence in [0, 1].

    With the ``original`` (Cyrillic) text every scheme is tried on it and the
    closest result wins (1.0 means an exact match, case aside). Without it the
    telltale spellings vote; confidence is the share of them the winner
    explains. ``("unknown", 0.0)`` when nothing tells.
    """
    if original:
        from rapidfuzz.fuzz import ratio

        from . import transliterate

        target = unicodedata.normalize("NFC", latin).casefold()
        plain_target = fold_marks(target) == target  # a list in plain letters drops a scheme's marks: 'Respūblīka' → 'Respublika'
        best, score = "unknown", -1.0
        for name in _RU + tuple(scheme for _language, schemes in _national(original) for scheme in schemes):
            got = unicodedata.normalize("NFC", transliterate(original, scheme=name)).casefold()
            value = ratio(got, target) / 100.0
            if plain_target and fold_marks(got) != got:
                value = max(value, ratio(fold_marks(got), target) / 100.0 - 0.001)  # (below a scheme that writes it exactly)
            if value > score:
                best, score = name, value
        return best, round(score, 3)
    found = _features(latin)
    if not found:
        return "unknown", 0.0
    votes = scheme_votes(latin)
    best = max(_RU, key=lambda name: votes[name])
    return best, round(votes[best] / len(found), 3)
