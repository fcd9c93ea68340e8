"""Unicode clean-up, script and language detection.

:func:`clean` removes the debris reference lists pick up on their way through
word processors, PDFs and Markdown converters, without changing meaning:
Markdown escapes (``kei\\_korea``), ``<https://...>`` autolinks and
``[text](url)`` links, no-break and zero-width spaces, soft hyphens, and the
zoo of dash and quote characters. Dashes keep their role: a range dash stays a
dash (normalised to EN DASH only where it was a dash already); quotes are kept
as typed, only their exotic look-alikes are mapped.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["clean", "clean_with_offsets", "detect_language", "detect_script", "language_code", "language_name", "language_tag", "mixed_script_words", "strip_markdown", "with_scheme"]

_SPACES = dict.fromkeys(map(ord, "\u00a0\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u202f\u205f\u3000\t"), " ")
_INVISIBLE = dict.fromkeys(map(ord, "\u00ad\u200b\u200c\u200d\u2060\ufeff\u200e\u200f"), None)
# dash look-alikes -> the dash they stand for
_DASHES = {
    ord("\u2010"): "-",  # hyphen
    ord("\u2011"): "-",  # non-breaking hyphen
    ord("\u2012"): "\u2013",  # figure dash
    ord("\u2015"): "\u2014",  # horizontal bar
    ord("\u2212"): "-",  # minus sign
    ord("\ufe58"): "\u2014",
    ord("\ufe63"): "-",
    ord("\uff0d"): "-",
}
# (primes are not quotes: they stay as written, in '1T′-WTe2', '43°15′ N' and a transliterated 'Ob″ektivnyi')
_QUOTES = {
    ord("\u201f"): "\u201c",
    ord("\u02bc"): "\u2019",  # modifier apostrophe (Ukrainian) stays an apostrophe
    ord("\uff02"): '"',
    ord("\uff07"): "'",
}
# full-width punctuation of East Asian word processors ('허수열，『…』，은행나무，2005．'): the ASCII it stands for
# full-width punctuation as Korean and Chinese lists type it: a separator gets the space it stands for ('오정숙(2015)．플립드 …')
_FULLWIDTH = {ord("\uff0c"): ", ", ord("\uff0e"): ". ", ord("\uff1a"): ": ", ord("\uff1b"): "; ", ord("\uff08"): "(", ord("\uff09"): ")"}
# typographic ligatures copied from PDFs ('scholarly deﬁnitions')
_LIGATURES = {ord("\ufb00"): "ff", ord("\ufb01"): "fi", ord("\ufb02"): "fl", ord("\ufb03"): "ffi", ord("\ufb04"): "ffl", ord("\ufb05"): "st", ord("\ufb06"): "st"}

_MD_LINK = re.compile(r"\[([^\[\]]*)\]\((<?)(\S+?)(>?)\)")
_AUTOLINK = re.compile(r"<((?:https?|ftp)://[^<>\s]+|www\.[^<>\s]+|doi:[^<>\s]+)>")
_MD_ESCAPE = re.compile(r"\\+([\\`*_{}\[\]()#+\-.!|~<>\"'])")
_EMPHASIS = re.compile(r"(?<![\w*\\])(\*\*|\*|__)(?=\S)(.+?)(?<=[^\s\\])\1(?![\w*])")
_HTML_TAG = re.compile(r"</?(?:sup|sub|em|i|b|strong|span|u)\b[^>]*>", re.I)


def strip_markdown(text: str) -> str:
    """Unwrap Markdown links, autolinks, escapes and emphasis; keep the words."""

    def link(m: re.Match[str]) -> str:
        label, url = m.group(1), m.group(3)
        plain_label = _MD_ESCAPE.sub(r"\1", label).strip()
        plain_url = _MD_ESCAPE.sub(r"\1", url)
        # [https://x](https://x) -> https://x ; [words](url) -> words url
        if not plain_label or plain_label.rstrip("/") == plain_url.rstrip("/") or plain_label.startswith(("http", "www.")):
            return plain_url
        if plain_url.startswith("mailto:"):
            return plain_label
        return f"{plain_label} {plain_url}"

    text = _MD_LINK.sub(link, text)
    text = _AUTOLINK.sub(r"\1", text)
    text = _HTML_TAG.sub("", text)
    text = _EMPHASIS.sub(r"\2", text)
    return _MD_ESCAPE.sub(r"\1", text)


def clean(text: str, *, markdown: bool = True) -> str:
    """Normalise one reference (or a line of one) for parsing. Idempotent."""
    return clean_with_offsets(text, markdown=markdown)[0]


Pieces = list  # of str (new text, placed at the match start) or int (a group kept with its offsets)


def _msub(pattern: re.Pattern[str], repl, text: str, offs: list[int]) -> tuple[str, list[int]]:
    """``re.sub`` that also rewrites the offset map: ``offs[i]`` is where ``text[i]`` came from."""
    if not pattern.search(text):
        return text, offs
    out: list[str] = []
    out_offs: list[int] = []
    last = 0
    for m in pattern.finditer(text):
        out.append(text[last : m.start()])
        out_offs.extend(offs[last : m.start()])
        for piece in repl(m):
            if isinstance(piece, int):
                a, b = m.span(piece)
                if a >= 0:
                    out.append(text[a:b])
                    out_offs.extend(offs[a:b])
            elif piece:
                out.append(piece)
                anchor = offs[m.start()] if m.start() < len(offs) else (offs[-1] + 1 if offs else 0)
                out_offs.extend([anchor] * len(piece))
        last = m.end()
    out.append(text[last:])
    out_offs.extend(offs[last:])
    return "".join(out), out_offs



_TABLE = {**_INVISIBLE, **_SPACES, **_DASHES, **_QUOTES, **_FULLWIDTH, **_LIGATURES}
_SPECIAL = re.compile("[" + "".join(re.escape(chr(c)) for c in _TABLE) + "]")


def clean_with_offsets(raw: str, *, markdown: bool = True, fold: bool = True) -> tuple[str, list[int]]:
    """:func:`clean`, plus for every character of the result the index in ``raw`` it came from.

    The parser segments the cleaned text and reports spans in the raw string
    through this map, so an editor sees exactly which characters became a field.
    """
    text = unicodedata.normalize("NFC", raw)
    if len(text) != len(raw):  # NFC changed lengths: offsets become approximate, never out of range
        offs = [min(i, len(raw) - 1) for i in range(len(text))]
    else:
        offs = list(range(len(raw)))
    table = _TABLE
    if _SPECIAL.search(text):
        chars, new_offs = [], []
        for ch, o in zip(text, offs):
            rep = table.get(ord(ch), ch)
            if rep is None:
                continue
            chars.append(rep)
            new_offs.extend([o] * len(rep))  # (a ligature or a separator with its space: every character keeps its source)
        text, offs = "".join(chars), new_offs
    if markdown:
        text, offs = _msub(_MD_LINK, _link_pieces, text, offs)
        text, offs = _msub(_AUTOLINK, lambda m: [1], text, offs)
        text, offs = _msub(_HTML_TAG, lambda m: [], text, offs)
        text, offs = _msub(_EMPHASIS, lambda m: [2], text, offs)
        text, offs = _msub(_MD_ESCAPE, lambda m: [1], text, offs)
    text, offs = _msub(_DOUBLE_HYPHEN, lambda m: [" – "], text, offs)
    if fold:
        text, offs = _fold_lookalikes(text, offs)
    text, offs = _msub(_PDF_HYPHEN, lambda m: [1, 2], text, offs)
    if _OCR_HINT.search(text):
        text, offs = _msub(_OCR_NUMBER, _ocr_digits, text, offs)
    text, offs = _msub(_RUNS_OF_SPACE, lambda m: [" "], text, offs)
    start = len(text) - len(text.lstrip())
    end = len(text.rstrip())
    return text[start:end], offs[start:end]


# a word broken at a line end ('Mother- less'), not a hyphen that stands for a word's end before a small word
# ('pre- and post-war', 'Is the Post- in Postcolonial …')
_PDF_HYPHEN = re.compile(r"([a-zа-яёәғқңөұүһіїєґў])-\s+(?!(?:and|or|in|to|the|of|on|as|at|by|for|from|with|и|или|в|на|с|по|для|та|і|und)\b)([a-zа-яёәғқңөұүһіїєґў])")
_OCR_NUMBER = re.compile(r"(?<![A-Za-z\d])(?=[lOI]*\d)(?=\d*[lOI])[\dlOI]{2,}(?![A-Za-z\d])")
_OCR_DIGITS = str.maketrans("lOI", "101")

_DOUBLE_HYPHEN = re.compile(r"\s+-{2,3}\s+")
# the letters Latin and Cyrillic share in print, in pairs
_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES = "aceopxyiABCEHKMOPTXI", "асеорхуіАВСЕНКМОРТХІ"
_LATIN_TO_CYRILLIC = str.maketrans(_LATIN_LOOKALIKES, _CYRILLIC_LOOKALIKES)
_ANY_LATIN, _ANY_CYRILLIC = re.compile("[a-zA-Z]"), re.compile("[а-яёА-ЯЁіІ]")  # cheap tests before the costly one
_OCR_HINT = re.compile(r"\d[lOI]|[lOI]\d")
_MIXED_WORD = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[а-яёА-ЯЁіІ])[\w]+\b")


def _ocr_digits(m: re.Match[str]) -> list:
    """'l990' -> '1990'; a link or DOI is left as it is ('10.1136/bmj.l4570')."""
    text, i = m.string, m.start()
    token_start = max(text.rfind(" ", 0, i), text.rfind("\t", 0, i)) + 1
    if "/" in text[token_start:i] or text.startswith(("10.", "doi", "http"), token_start):
        return [0]
    if re.fullmatch(r"l\d{3,}", m.group(0)) and re.search(r"\d\s*:\s*$", text[max(0, i - 8) : i]):
        return [0]  # BMJ's article number after the volume ('2019;366:l4570') is not a misread page
    return [m.group(0).translate(_OCR_DIGITS)]


_CYRILLIC_TO_LATIN = str.maketrans(_CYRILLIC_LOOKALIKES, _LATIN_LOOKALIKES)


def _one_script(word: str, *, to_latin: bool = True) -> str | None:
    """A word that mixes scripts, in the script most of its letters have, when every other letter is a look-alike
    (``Прoгресс`` -> ``Прогресс``, ``Jоurnal`` -> ``Journal``); None when it cannot be told."""
    if to_latin and re.fullmatch("[IVXLC]+", word.translate(_CYRILLIC_TO_LATIN)):
        return word.translate(_CYRILLIC_TO_LATIN)  # a Roman numeral typed with a Cyrillic І or Х: 'ІV'
    cyr = sum("\u0400" <= ch <= "\u04ff" for ch in word)
    lat = sum(ch.isascii() and ch.isalpha() for ch in word)
    if cyr >= lat and all(not (ch.isascii() and ch.isalpha()) or ch in _LATIN_LOOKALIKES for ch in word):
        return word.translate(_LATIN_TO_CYRILLIC)
    if to_latin and lat > cyr and all(not "\u0400" <= ch <= "\u04ff" or ch in _CYRILLIC_LOOKALIKES for ch in word):
        return word.translate(_CYRILLIC_TO_LATIN)
    return None


# an address printed without its scheme, as MLA prints links: 'litart.kz/en/auezov-life', 'www.stat.gov.kz'
_BARE_ADDRESS = re.compile(r"(?:www\.)?[a-z0-9][a-z0-9-]*(?:\.[a-z0-9-]+)*\.[a-z]{2,}(?:[/?#]\S*)?", re.I)


def with_scheme(url: str) -> str:
    """``url`` with ``https://`` before it when it is a bare address (``litart.kz/en/…``), else as it is."""
    text = url.strip()
    return "https://" + text if "://" not in text and _BARE_ADDRESS.fullmatch(text) else text


def mixed_script_words(text: str) -> list[tuple[str, str | None]]:
    """The words of ``text`` that mix Latin and Cyrillic letters, each with the word in one script where its stray
    letters are look-alikes (else None): ``[('кaторга', 'каторга')]``. Invisible in print, such a word defeats
    every search and citation database."""
    if not (_ANY_LATIN.search(text) and _ANY_CYRILLIC.search(text)):
        return []
    return [(m.group(0), _one_script(m.group(0))) for m in _MIXED_WORD.finditer(text)]


def _fold_lookalikes(text: str, offs: list[int]) -> tuple[str, list[int]]:
    """Inside a word that mixes scripts, Latin look-alike letters become the Cyrillic they stand for
    (``Прoгресс`` with a Latin o -> ``Прогресс``). Same length, so the offsets stay."""
    if not (_ANY_LATIN.search(text) and _ANY_CYRILLIC.search(text)) or not _MIXED_WORD.search(text):
        return text, offs
    return _MIXED_WORD.sub(lambda m: _one_script(m.group(0), to_latin=False) or m.group(0), text), offs


_RUNS_OF_SPACE = re.compile(r"[ \r\n]{2,}|[\r\n]")


def _link_pieces(m: re.Match[str]) -> list:
    label, url = m.group(1), m.group(3)
    plain_label = _MD_ESCAPE.sub(r"\1", label).strip()
    plain_url = _MD_ESCAPE.sub(r"\1", url)
    if not plain_label or plain_label.rstrip("/") == plain_url.rstrip("/") or plain_label.startswith(("http", "www.")):
        return [3]
    if plain_url.startswith("mailto:"):
        return [1]
    return [1, " ", 3]


# ---------------------------------------------------------------- scripts

def _script_of(ch: str) -> str | None:
    o = ord(ch)
    if 0x0400 <= o <= 0x052F or 0x1C80 <= o <= 0x1C8F or 0x2DE0 <= o <= 0x2DFF or 0xA640 <= o <= 0xA69F:
        return "Cyrl"
    if 0xAC00 <= o <= 0xD7A3 or 0x1100 <= o <= 0x11FF or 0x3130 <= o <= 0x318F:
        return "Hang"
    if 0x4E00 <= o <= 0x9FFF or 0x3400 <= o <= 0x4DBF or 0xF900 <= o <= 0xFAFF:
        return "Hani"
    if 0x3040 <= o <= 0x30FF:
        return "Kana"
    if ch.isalpha() and (o < 0x0250 or 0x1E00 <= o <= 0x1EFF):
        return "Latn"
    if ch.isalpha():
        return "Other"
    return None


_SCRIPT_RES = {
    "Cyrl": re.compile("[\u0400-\u052f\u1c80-\u1c8f\u2de0-\u2dff\ua640-\ua69f]"),
    "Hang": re.compile("[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]"),
    "Hani": re.compile("[\u4e00-\u9fff\u3400-\u4dbf\uf900-\ufaff]"),
    "Kana": re.compile("[\u3040-\u30ff]"),
    "Latn": re.compile("[A-Za-z\u00c0-\u024f\u1e00-\u1eff]"),
}


def script_counts(text: str) -> dict[str, int]:
    """How many letters of each script a text has (ISO 15924 codes)."""
    counts = {}
    for code, pattern in _SCRIPT_RES.items():
        n = len(pattern.findall(text))
        if n:
            counts[code] = n
    return counts


def detect_script(text: str) -> str | None:
    """The dominant script of a text as an ISO 15924 code (``Cyrl``, ``Latn``, ``Hang``, ...).

    Hangul wins over Latin when it is present in any real amount, because a
    Korean reference is Korean even when its URL and pages are Latin.
    """
    counts = script_counts(_URLISH.sub(" ", text))
    if not counts:
        return None
    if counts.get("Hang", 0) >= 2:
        return "Hang"
    return max(counts.items(), key=lambda kv: kv[1])[0]


_URLISH = re.compile(r"(?:https?://|www\.)\S+|\b10\.\d{4,9}/\S+")

_KK_LETTERS = set("әғқңөұүһӘҒҚҢӨҰҮҺ")
_UK_LETTERS = set("їєґЇЄҐ")
_BE_LETTERS = set("ўЎ")
_KY_LETTERS = set("ңөүҢӨҮ")
_I_DOTTED = set("іІ")
_RU_ONLY = set("ыэъЫЭЪ")
_RU_WORDS = re.compile(r"\b(?:и|в|на|с|по|для|от|журнал|вестник|наук|изд|под ред|М\.|СПб|С\.|Т\.|№)\b", re.I)
_KK_WORDS = re.compile(r"\b(?:және|мен|туралы|бойынша|жылы|тілі|әдебиеттер|баспа|ғылыми|Алматы|Астана)\b", re.I)
_EN_WORDS = re.compile(r"\b(?:the|of|and|in|for|on|to|a|an|with|journal|review|university|press)\b", re.I)
# languages a reference may name alone in brackets: Vancouver '… 2009;54:269-278. (Korean)'
BARE_LANGUAGES = "Russian|Korean|Kazakh|Ukrainian|Belarusian|Kyrgyz|Uzbek|Tajik|Mongolian|Tatar|Bashkir|Chinese|Japanese"
# '(In Russ.)', '[на кор.]', '(Korean)'
_LANG_TAG = re.compile(rf"[\[(]\s*(?:(?:in|на)\s+([A-Za-zА-Яа-я]+)|({BARE_LANGUAGES})(?:\s+translation)?)\.?\s*[\])]", re.I)
_TAG_LANGS = {
    "russ": "ru", "russian": "ru", "рус": "ru", "kaz": "kk", "kazakh": "kk", "каз": "kk",
    "korean": "ko", "kor": "ko", "кор": "ko", "ukr": "uk", "ukrainian": "uk", "укр": "uk",
    "eng": "en", "english": "en", "англ": "en", "bel": "be", "belarus": "be", "belorus": "be", "бел": "be", "chinese": "zh", "japanese": "ja", "kyrgyz": "ky",
    "tajik": "tg", "тадж": "tg", "uzbek": "uz", "узб": "uz", "mongolian": "mn", "монг": "mn",
    "tatar": "tt", "тат": "tt", "bashkir": "ba", "башк": "ba",
    "german": "de", "нем": "de", "french": "fr", "франц": "fr", "spanish": "es", "italian": "it", "portuguese": "pt",
    "polish": "pl", "turkish": "tr", "тур": "tr", "arabic": "ar", "persian": "fa",
}  # fmt: skip


# ISO 639-1 codes and the language names BibLaTeX's langid, babel and polyglossia use for them.
_LANGUAGE_NAMES = {
    "en": "english", "ru": "russian", "kk": "kazakh", "ko": "korean", "uk": "ukrainian", "be": "belarusian",
    "de": "german", "fr": "french", "es": "spanish", "it": "italian", "pt": "portuguese", "pl": "polish",
    "cs": "czech", "bg": "bulgarian", "sr": "serbian", "tr": "turkish", "uz": "uzbek", "ky": "kyrgyz", "tg": "tajik",
    "zh": "chinese", "ja": "japanese", "ar": "arabic", "fa": "persian", "hy": "armenian", "ka": "georgian", "mn": "mongolian",
    "tt": "tatar", "ba": "bashkir",
}  # fmt: skip
_LANGUAGE_CODES = {name: code for code, name in _LANGUAGE_NAMES.items()} | {
    "american": "en", "british": "en", "australian": "en", "canadian": "en", "newzealand": "en", "UKenglish": "en",
    "USenglish": "en", "ngerman": "de", "austrian": "de", "naustrian": "de", "swissgerman": "de", "brazil": "pt",
    "brazilian": "pt", "portuges": "pt", "francais": "fr", "acadian": "fr", "canadien": "fr",
}  # fmt: skip


def language_name(code: str) -> str:
    """The BibLaTeX/babel name of a language (``ru`` -> ``russian``); a name or an unknown code as given."""
    tag = code.strip().replace("_", "-")
    return _LANGUAGE_NAMES.get(tag.split("-")[0].lower(), tag.lower())


def language_code(name: str) -> str:
    """The ISO 639-1 code for a BibLaTeX/babel language name (``russian`` -> ``ru``); anything else as given."""
    word = name.strip()
    return _LANGUAGE_CODES.get(word) or _LANGUAGE_CODES.get(word.lower(), word)


def language_tag(text: str) -> str | None:
    """The language a ``[in Russ.]`` / ``(In Korean)`` / ``[на кор.]`` tag names."""
    m = _LANG_TAG.search(text)
    if not m:
        return None
    word = (m.group(1) or m.group(2)).lower().rstrip(".")
    for key, lang in _TAG_LANGS.items():
        if word.startswith(key):
            return lang
    return None


_MN_WORDS = re.compile(r"(?<!\w)(?:Улаанбаатар|УБ\.|Монгол(?=\s|ын\b)|Монголын|Улсын|[Тт]үүх\w*|[Тт]овчоо\w*|[Тт]ухай|[Сс]удлал\w*|[Бб]олон|[Шш]инжлэх|[Уу]хааны|[Хх]эвлэл\w*|[Дд]эвтэр)(?!\w)")
_TT_WORDS = re.compile(r"(?<!\w)(?:[Тт]атар\w*|Казан|һәм|белән|турында|буенча|томда|нәшр\w*|әдәбият\w*|фәнни|әсәрләр\w*|гыйнвар)(?!\w)")
_UZ_WORDS = re.compile(r"\b(?:Тошкент|ўзбек\w*|Ўзбек\w*|билан|учун|ҳақида|нашриёти|тўғрисида)\b")
KY_WORDS = re.compile(r"\b(?:жана|менен|боюнча|жөнүндө|тарыхы|кыргыз(?!ск|стан)\w*|мыйзамы?|илимдер)\b", re.I)
# Kyrgyz endings without Kyrgyz letters ('Айтматовдун … повестиндеги', 'энциклопедиясы … башкы ред.'): two of them decide
KY_ENDINGS = re.compile(r"\b(?:башкы|китеп\w*|томдук|\w{3,}(?:дун|дүн|тун|түн|нын|нин|нун|нүн|дагы|деги|тагы|теги|дыгы|лугу|луу|чылык|чилик|иясы))\b", re.I)


# Kazakh words written with letters Russian has too, and not Kyrgyz (тарыхы, тууралуу, боюнча): 'Педагогика тарихы'
_KK_PLAIN_WORDS = re.compile(r"(?<![\w-])(?:[Тт]арихы|[Тт]уралы|[Бб]ойынша)(?![\w-])")
_RU_FUNCTION_WORDS = re.compile(r"(?<![\w-])(?:от|на|по|для|года|и|в|с|утв|об|о)(?![\w-])")


_BET_PAGES = re.compile(r"[–—-]\s*\d+\s*(?:б|бет)\.?\s*$")


def _cyrillic_language(body: str) -> str:
    """Kazakh, Kyrgyz, Belarusian, Ukrainian or Russian, from letters each alphabet has or lacks.

    Belarusian has і, ў, ы, э but no и, щ, ъ; Ukrainian has і, ї, є, ґ, и but no ы, э, ъ;
    Kazakh adds ә ғ қ ң ө ұ ү һ (and і); Kyrgyz ң ө ү without і; Tajik ӣ ӯ ҳ ҷ (and ғ қ);
    Uzbek ў with ғ қ ҳ (Belarusian's ў comes without them); Mongolian ө ү without ң, told by its words;
    Tatar ә ө ү ң һ җ without ғ қ ұ і; Bashkir ҙ ҫ ҡ; Russian before 1918 wrote ѣ ѳ ѵ and і.
    """
    outside = re.sub(r"«[^«»]{1,60}»", " ", body)
    if outside != body and len(_RU_FUNCTION_WORDS.findall(outside)) >= 2:
        body = outside  # 'Государственная программа … на 2017–2021 годы «Еңбек»: утв. …': a name in quotes is not the language
    letters = set(body.lower())
    if letters & set("ӣӯҷ") or "ҳ" in letters and not letters & set("әңөұүһіў"):
        return "tg"  # Tajik: 'Намунаи адабиёти тоҷик', 'Ҷумҳурии Тоҷикистон'
    if ("ў" in letters and letters & set("қғҳ") or _UZ_WORDS.search(body)) and not letters & set("әңөұүһі"):
        return "uz"  # Uzbek: 'Ҳозирги ўзбек адабий тили', 'Тошкент : Маънавият'
    if letters & set("ҙҫҡ"):
        return "ba"  # Bashkir: 'Башҡорт теле', 'Өфө : Китап'
    if letters & set("әөүңһҗ") and not letters & set("ғқұі") and ("җ" in letters or _TT_WORDS.search(body)):
        return "tt"  # Tatar: ә ө ү ң һ as Kazakh has them, җ, and no ғ қ ұ і ('Татар әдәбияты тарихы : 6 томда. – Казан')
    has_i = "і" in letters
    if letters & set("әғқұһ") or (has_i and letters & set("ңөү")) or (has_i and _KK_WORDS.search(body)) or _KK_PLAIN_WORDS.search(body):
        return "kk"
    if "ң" not in letters and _MN_WORDS.search(body):
        return "mn"  # Mongolian: ө ү as Kyrgyz has them, but no ң ('Монголын нууц товчоо. Улаанбаатар, 1947')
    if letters & set("ңөү") or KY_WORDS.search(body) or len(KY_ENDINGS.findall(body)) >= 2:
        return "ky"
    if "ў" in letters:
        return "be"
    if letters & set("їєґ"):
        return "uk"
    if letters & set("ѣѳѵ") or has_i and ("ъ" in letters or "и" in letters and "ы" in letters):
        return "ru"  # Russian before 1918: 'въ прошломъ', 'изслѣдованіе', 'Академія наукъ' (Ukrainian has no ы or ъ, Belarusian no и or ъ)
    if has_i:
        return "uk" if "и" in letters else "be"
    if _BET_PAGES.search(body):
        return "ky"  # pages counted in 'бет' ('– 152 б'), which Kyrgyz and Kazakh use and Russian and Belarusian do not (no Kazakh letter here)
    cyrillic = sum(1 for ch in body if "\u0400" <= ch <= "\u04ff")
    if cyrillic >= 30 and sum(body.count(ch) for ch in "ыэ") >= 2 and not letters & set("ищъ"):
        return "be"  # a long text with no и at all (a short Russian one may lack it: 'Самашев З. Берел. – Алматы : Таймас')
    return "ru"


_ASIDE = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")


# Japanese shinjitai: forms simplified otherwise than in China and kept traditional in Korea (経 for 经 and 經, 県 for 县 and 縣)
SHINJITAI = re.compile("[経済県図団駅権歳辺変栄桜気録伝転帰営児浜発弾戦労恵継続聴拡廃圧効拠挙検険験総縦臓薬沢]")


def detect_language(text: str) -> str | None:
    """ISO 639-1 code of the language a reference is written in, or None.

    Tells Kazakh (ә ғ қ ң ө ұ ү һ і) from Ukrainian (і ї є ґ) from Belarusian (ў)
    from Russian (ы э ъ and none of the others); Hangul is Korean; Latin script is
    English unless a language tag says otherwise. Transliterated lists carry a
    tag (``[in Russ.]``) naming the original language, which wins.
    """
    tag = language_tag(text)
    if tag:
        return tag
    body = _URLISH.sub(" ", text)
    counts = script_counts(body)
    if not counts:
        return None
    if counts.get("Hang", 0) >= 2:
        return "ko"
    if counts.get("Kana", 0) >= 2 or counts.get("Kana") and not counts.get("Hang"):
        return "ja"
    # with two scripts, the one outside brackets: 'Полевки (Microtinae)' is Russian with a Latin name aside
    outside = script_counts(_ASIDE.sub(" ", body)) if len(counts) > 1 else None
    script = max((outside or counts).items(), key=lambda kv: kv[1])[0]
    if script == "Cyrl":
        return _cyrillic_language(body)
    if script == "Hani":
        # Japanese punctuation ('旗田巍『朝鮮史』岩波書店、1951年。'); hanja with Korean title brackets and no kana:
        # a Korean work written in hanja ('李基白, 『韓國史新論』'); Chinese title marks '《》'
        if SHINJITAI.search(body):
            return "ja"  # Japanese simplified forms no Chinese or Korean text uses: '旧日本植民地経済統計' (经济, 經濟)
        if re.search(r"\[(?:M|C|N|J|D|R|S|P|G|A|Z|DB|CP|EB|DS|CM)(?:/OL)?\]", body):
            return "zh"  # China's GB/T 7714 codes the kind of work after its title: '…: 现状、问题与前景[J]. …'
        if re.search("[、。]|頁|書店|出版会|東京:|京都:|大阪:|第\\d+版", body) and not re.search("[《》，]", body):
            return "ja"  # '岩波書店', '270頁', '東京大学出版会', '東京: 有斐閣', '第2版': Japanese imprints, page counts, editions
        if re.search("上海|北京|臺北|台北|香港|南京|廣州|广州|杭州|天津", body):
            return "zh"  # '上海: 華東師範大學出版社': published in China
        return "ko" if re.search("[『』「」]", body) and not counts.get("Kana") else "zh"
    if script == "Latn":
        return _latin_language(body)
    return None


# Function words that mark a Latin-script language. Words that are also initials, issue labels
# or words of transliterated Russian ('o', 'y', 'no', 'na', 'do', 'da', 'i', 'v') are left out, and
# 'de' is left out because every language's names carry it ('de Gaulle', 'De Gruyter').
_FUNCTION_WORDS = {
    "en": "the of and in on for to with from by an is are at as its their this that how why what between".split(),
    "fr": "le la les des du et dans pour sur une au aux à est entre par l' d' qu' un".split(),
    "de": "der die das und zur zum im von mit für über des den dem ein eine einer eines ist auf als bei aus zu sich oder nicht auch bd aufl hrsg hg".split(),
    "es": "el la los las del en para con por una sobre entre como al un".split(),
    "it": "il lo della delle degli dei di per nel nella con gli una sul sulla tra".split(),
    "pt": "os dos das em para uma um com sobre não pela pelo".split(),
    "tr": "ve ile için bir bu olarak üzerine hakkında türk dil dili yayınları kurumu tarihi".split(),
    "pl": "oraz się dla jest przez ze jako wobec".split(),
    "uz": ("va bilan uchun haqida toshkent tili tarixi asarlari nashriyoti xalq fan fanlari yil yilda ilmiy tadqiqot davlat jurnali"
           " universiteti instituti respublikasi respublikasining masalalari muammolari asosida tizimi qishloq").split(),
}
# Polish letters no transliteration scheme writes (schemes use č š ž with a caron): two different ones decide
_POLISH_LETTERS = set("łŁąĄęĘśŚżŻźŹćĆńŃ")
_PL_ENDINGS = re.compile(r"\w(?:ctwo|ctwa|ość|ości|skie|skiego|skich|owie|ów|cja|cji|ych)\b")
# letters one language has and transliteration schemes do not use (ISO 9 writes è and ê, so they are not here)
_LANGUAGE_LETTERS = {"de": "äöüßÄÖÜ", "es": "ñ¿¡Ñ", "fr": "çœÇŒàùÀ", "pt": "ãõÃÕ", "uz": "ʻ"}  # Uzbek 'oʻ', 'gʻ' 
_DE_ENDINGS = re.compile(r"(?<=\w\w)(?:isch(?:e[nrs]?)?|ungen|keit|heit|schaft)\b")
_UZ_APOSTROPHE = re.compile(r"[oOgG][ʻ‘’'`][a-z]")
# a word made only of Hepburn syllables (Japanese in Latin letters): 'Karatani', 'Kōjin', 'Yōichi', "Shin'ichi", 'Hattori'.
# Hepburn marks long vowels with macrons: such a word with ō or ū says Japanese ('Ikyō no Shōwa bungaku'); Kazakh Latin
# (ū with q, ğ, ñ, ı) and the romanisations of Arabic, Persian and Sanskrit (ā, ī) are told apart by their other letters
HEPBURN_WORD = re.compile(
    r"(?:(?:[kgnhbpmr]y|sh|ch|ts|[kgsztdnhbpmrjfwy])?[aiueoōū]|n'?(?![aiueoōūy])|n'(?=[aiueoōūy])|[kgsztpc](?=[kgsztpc]))+", re.IGNORECASE
)
_NOT_HEPBURN = re.compile(r"[āīēğñıäöüşqxʿʾ]")
_WORD_LANGS: dict[str, set[str]] = {}
for _lang, _words in _FUNCTION_WORDS.items():
    for _word in _words:
        _WORD_LANGS.setdefault(_word, set()).add(_lang)
_LATIN_WORD = re.compile(r"[^\W\d_]+['’]?")


def has_english_words(text: str) -> bool:
    """Whether any English function word occurs (a title with none gives no evidence for English)."""
    return any("en" in _WORD_LANGS.get(word, ()) for word in _LATIN_WORD.findall(text.lower()))


_OPENING_ARTICLE = {"les": "fr", "der": "de", "das": "de", "die": "de", "ein": "de", "eine": "de"}


def _latin_language(body: str) -> str:
    """English, unless French, German, Spanish, Italian, Portuguese, Turkish, Polish or Uzbek function words (and letters only
    that language has) clearly outnumber English ones: at least two, more than any other language has."""
    hits = dict.fromkeys(_FUNCTION_WORDS, 0)
    low = body.lower()
    words = _LATIN_WORD.findall(low)
    for word in words:
        for lang in _WORD_LANGS.get(word.replace("’", "'"), ()):
            hits[lang] += 1
    for lang, letters in _LANGUAGE_LETTERS.items():
        if any(ch in body for ch in letters):
            hits[lang] += 1
    hits["de"] += len(_DE_ENDINGS.findall(low))  # 'Russisches etymologisches Wörterbuch': German word endings
    if _UZ_APOSTROPHE.search(body):
        hits["uz"] += 1  # Uzbek oʻ and gʻ typed with whatever apostrophe is at hand: 'o‘zbek', "g'arb", 'to`g`ri'
    if "ǵ" in body or "ı" in body and set("áńóúýäñū").intersection(body):
        # Kazakh in its Latin alphabets of 2018 and 2021: 'Qazaqstandaǵy qola dáýiri', 'Täuelsızdık bärınen qymbat'
        # (Turkish has ı, but neither acute letters nor ä ñ ū)
        return "kk"
    hits["pl"] += min(2, len(_POLISH_LETTERS.intersection(body)))
    if hits["pl"]:  # with a letter only Polish has, its word endings count too: 'Słownictwo i nazewnictwo łemkowskie'
        hits["pl"] += min(2, len(_PL_ENDINGS.findall(low)))
    if ("ō" in low or "ū" in low) and not _NOT_HEPBURN.search(low):
        long_words = sum(1 for word in words if ("ō" in word or "ū" in word) and HEPBURN_WORD.fullmatch(word.rstrip("'’")))
        if long_words and long_words >= hits["en"]:
            return "ja"  # 'Nikkan rekishi ninshiki mondai to wa nani ka: Rekishi kyōkasho' ('to' is a particle here)
    best = max(hits, key=lambda lang: hits[lang])
    runner_up = max(n for lang, n in hits.items() if lang != best)
    if best != "en" and hits[best] >= 2 and hits[best] > runner_up:
        return best
    opener = _OPENING_ARTICLE.get(words[0] if words else "")
    if opener and hits["en"] == 0 and hits[opener] == max(hits.values()):
        return opener  # a short title that opens with an article only that language has: 'Les Essais', 'Das Kapital'
    return "en"
