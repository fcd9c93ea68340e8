"""CSL-JSON items prepared for citeproc-py: escaped, typographically cleaned, no data dropped.

citeproc-py's own JSON source passes field text to the output untouched (so a
``<script>`` in a title reaches HTML output as a tag), drops dates given only
as ``raw`` strings, rejects items without a ``type`` and warns on variables it
does not know. This module builds citeproc-py's ``Reference`` objects itself:

* every piece of text goes through the output format's ``preformat`` (HTML
  escaping), except the few inline tags CSL-JSON allows in fields (``<i>``,
  ``<b>``, ``<sup>``, ``<sub>``, small caps, ``<span class="nocase">``), which
  are kept as markup that no case transform touches;
* straight apostrophes become ``’`` and straight double quotes ``“…”``, as
  typeset styles expect;
* ``raw`` dates (``"2020-05-12"``, ``"May 2020"``, ``"12.05.2020"``, ``"2019/2020"``)
  are parsed into date parts; empty date parts are ignored;
* a missing ``type`` is ``document``; variables citeproc-py does not know are left
  out of rendering (they stay in refkit's ``Reference``).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Iterable, Mapping
from typing import Any

from ..model import NAME_VARIABLES

__all__ = ["Markup", "build_source", "parse_raw_date"]

# every CSL name variable, in citeproc-py's spelling (its own list lacks director, reviewed-author and others)
NAME_FIELDS = frozenset(variable.replace("-", "_") for variable in NAME_VARIABLES)

_NAME_PARTS = ("family", "given", "dropping-particle", "non-dropping-particle", "suffix")
_INLINE = re.compile(
    r"(<span class=\"nocase\">.*?</span>|<span style=\"font-variant:\s*small-caps;?\">|</?(?:i|b|sup|sub|sc)>|</span>)",
    re.I | re.S,
)
_INWORD_APOSTROPHE = re.compile(r"(?<=\w)'(?=\w)")
_APOSTROPHE = re.compile(r"(?<=\w)'|'(?=\d\d\b)")
_DOUBLE = re.compile(r'"([^"]*)"')
_SINGLE_QUOTED = re.compile(r"(?<![\w’])'([^']+)'(?![\w])")

_HANGUL = re.compile(r"[\uac00-\ud7af]")
_EAST_ASIAN = re.compile(r"[\u1100-\u11ff\u3040-\u30ff\u3130-\u318f\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]")
_LATIN_OR_CYRILLIC = re.compile(r"[A-Za-z\u00c0-\u024f\u0400-\u04ff]")

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january", "янв", "января", "январь"),
            ("feb", "february", "фев", "февраля", "февраль"),
            ("mar", "march", "мар", "марта", "март"),
            ("apr", "april", "апр", "апреля", "апрель"),
            ("may", "мая", "май"),
            ("jun", "june", "июн", "июня", "июнь"),
            ("jul", "july", "июл", "июля", "июль"),
            ("aug", "august", "авг", "августа", "август"),
            ("sep", "sept", "september", "сен", "сентября", "сентябрь"),
            ("oct", "october", "окт", "октября", "октябрь"),
            ("nov", "november", "ноя", "ноября", "ноябрь"),
            ("dec", "december", "дек", "декабря", "декабрь"),
        ],
        1,
    )
    for m in names
}
_SEASONS = {"spring": 1, "summer": 2, "autumn": 3, "fall": 3, "winter": 4}


def _markup_class():
    from citeproc.string import NoCase

    class Markup(NoCase):
        """Text no case transform may change: inline tags and ``nocase`` spans."""

        def lower(self) -> Markup:
            return self

        def upper(self) -> Markup:
            return self

        def words(self):
            yield self

    return Markup


Markup: Any = None  # built lazily so that importing this module does not import citeproc


def _typography(text: str) -> str:
    """Straight apostrophes and quotes in field text made typographic (``'`` -> ``’``)."""
    if "'" in text:
        text = _INWORD_APOSTROPHE.sub("’", text)
        text = _SINGLE_QUOTED.sub(r"“\1”", text)
        text = _APOSTROPHE.sub("’", text)
    if '"' in text:
        text = _DOUBLE.sub(r"“\1”", text)
    return text


def rich_text(value: Any, preformat, *, keep_markup: bool) -> Any:
    """Field text as a citeproc-py ``MixedString``: escaped text plus protected inline markup."""
    global Markup
    from citeproc.string import MixedString, String

    if Markup is None:
        Markup = _markup_class()
    out = MixedString()
    depth = 0  # inside <i>, <b>, <sup>... the text keeps its case, as the tag is there on purpose
    for i, piece in enumerate(_INLINE.split(str(value))):
        if not piece:
            continue
        if i % 2 == 0:
            cls = Markup if depth and not piece.isspace() else String
            out.append(cls(preformat(_typography(piece))))
            continue
        if not piece.lower().startswith('<span class="nocase">'):
            depth += -1 if piece.startswith("</") else 1
            depth = max(depth, 0)
        low = piece.lower()
        if low.startswith('<span class="nocase">'):
            inner = piece[len('<span class="nocase">') : -len("</span>")]
            out.append(Markup(preformat(_typography(inner))))
        elif keep_markup:
            tag = low.replace("<sc>", '<span style="font-variant:small-caps;">').replace("</sc>", "</span>")
            if tag.startswith("<span style"):
                tag = '<span style="font-variant:small-caps;">'
            out.append(Markup(tag))
    return out if len(out) else String("")


_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_KAZAKH = re.compile(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")


def _first_text(ref: Any) -> str:
    for variable in ("author", "editor"):
        names = ref.get(variable)
        if names:
            parts = names[0].parts()
            return str(parts[1] or parts[0] or "")
    # without a title, what heads the entry: a ruling's designation ('Постановление Конституционного Суда РФ …'), a journal
    return str(ref.get("title") or ref.get("genre") or ref.get("authority") or ref.get("container_title") or "")


def script_of(ref: Any) -> str:
    """The script an entry sorts under (``cyrillic``, ``latin``, ``hangul``, ``other``), from its first word."""
    text = _first_text(ref)
    for char in text:
        if _CYRILLIC.match(char):
            return "cyrillic"
        if _LATIN.match(char):
            return "latin"
        if "\uac00" <= char <= "\ud7af" or "\u1100" <= char <= "\u11ff":
            return "hangul"
        if char.isalpha():
            return "other"
    return "other"


def language_of(ref: Any) -> str:
    """The item's language as a two-letter code: its ``language`` field, else guessed from the script."""
    language = str(ref.get("language", "") or "").strip().lower()
    if language:
        return language.replace("_", "-").split("-")[0]
    text = str(ref.get("title", "")) + _first_text(ref)
    if _KAZAKH.search(text):
        return "kk"
    if _CYRILLIC.search(text):
        return "ru"
    if _EAST_ASIAN.search(text):
        return "ko" if _HANGUL.search(text) else "zh"
    return "en"


def parse_raw_date(raw: str) -> dict[str, Any] | None:
    """A CSL date (``{"date-parts": ...}``) read from free text, or None if no year is found."""
    text = raw.strip()
    if not text:
        return None
    if "/" in text and re.fullmatch(r"\s*\d{4}\s*/\s*\d{4}\s*", text):  # 2019/2020: a range
        a, b = (int(x) for x in text.split("/"))
        return {"date-parts": [[a], [b]]}
    m = re.fullmatch(r"(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?(?:T.*)?", text)
    if m:
        return {"date-parts": [[int(g) for g in m.groups() if g]]}
    m = re.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{4})", text)  # 12.05.2020 (day first)
    if m:
        return {"date-parts": [[int(m.group(3)), int(m.group(2)), int(m.group(1))]]}
    year = re.search(r"\b(\d{4})\b", text)
    if not year:
        return None
    parts = [int(year.group(1))]
    words = re.findall(r"[^\W\d_]+", text.lower())
    month = next((_MONTHS[w] for w in words if w in _MONTHS), None)
    season = next((_SEASONS[w] for w in words if w in _SEASONS), None)
    if month:
        parts.append(month)
        day = re.search(r"\b(\d{1,2})\b", text)
        if day and 1 <= int(day.group(1)) <= 31:
            parts.append(int(day.group(1)))
    out: dict[str, Any] = {"date-parts": [parts]}
    if season and not month:
        out["season"] = season
    return out


def _int_or_text(value: Any) -> Any:
    try:
        return int(str(value).strip())
    except ValueError:
        return str(value).strip()


def _date(data: Any) -> Any:
    """A citeproc-py date object for a CSL-JSON date, or None."""
    from citeproc.source import Date, DateRange, LiteralDate

    if isinstance(data, str):
        data = {"raw": data}
    if not isinstance(data, Mapping):
        return None
    parts = [p for p in (data.get("date-parts") or []) if p and str(p[0]).strip() not in ("", "0")]
    if not parts and data.get("raw") and not data.get("literal"):
        parsed = parse_raw_date(str(data["raw"]))
        if parsed is None:
            return LiteralDate(str(data["raw"]), circa=bool(data.get("circa")))
        parts = parsed["date-parts"]
        data = {**data, **{k: v for k, v in parsed.items() if k != "date-parts"}}
    circa = bool(data.get("circa")) and str(data.get("circa")).lower() not in ("0", "false")
    dates = []
    for p in parts[:2]:
        fields = {}
        for key, value in zip(("year", "month", "day"), p):
            if str(value).strip() in ("", "0"):
                break
            fields[key] = _int_or_text(value)
        if "season" in data and "month" not in fields:
            season = _int_or_text(data["season"])
            fields["season"] = season if isinstance(season, int) else _SEASONS.get(str(season).lower(), season)
        if "year" in fields:
            dates.append(Date(**fields))
    if len(dates) == 1:
        single = dates[0]
        single["circa"] = circa
        return single
    if len(dates) == 2:
        return DateRange(begin=dates[0], end=dates[1], circa=circa)
    if data.get("literal"):
        return LiteralDate(str(data["literal"]), circa=circa)
    return None


def _names(value: Any, preformat) -> list:
    from citeproc.source import Name

    names = []
    for data in value if isinstance(value, list) else []:
        if isinstance(data, str):
            data = {"literal": data}
        if not isinstance(data, Mapping):
            continue
        if data.get("literal"):
            names.append(Name(literal=preformat(_typography(str(data["literal"])))))
            continue
        parts = {k: preformat(_typography(str(data[k]))) for k in _NAME_PARTS if data.get(k) not in (None, "")}
        whole = str(data.get("family", "")) + str(data.get("given", ""))
        if whole and _EAST_ASIAN.search(whole) and not _LATIN_OR_CYRILLIC.search(whole):
            # Chinese, Japanese and Korean names print family name first, without a space: 왕길환
            names.append(Name(literal=parts.get("family", "") + parts.get("given", "")))
            continue
        particle = parts.get("non-dropping-particle", "")
        if particle.endswith(("’", "'")) and "family" in parts:  # d’Arcy: no space after an elided particle
            parts["family"] = particle + parts.pop("family")
            del parts["non-dropping-particle"]
        if parts:
            names.append(Name(**parts))
    return names


# the word before an act's date in the lists of its country ('от 29.12.2012', 'від 05.09.2017', 'ад 10.01.2000')
_DATED = {"ru": "от", "uk": "від", "be": "ад"}
# a Kazakh act is dated in the locative: '2017 жылғы 26 қазандағы'
_KAZAKH_MONTHS_AT = ("қаңтардағы", "ақпандағы", "наурыздағы", "сәуірдегі", "мамырдағы", "маусымдағы", "шілдедегі", "тамыздағы", "қыркүйектегі", "қазандағы", "қарашадағы", "желтоқсандағы")
_NUMBER_SIGN = re.compile(r"^(?:№|No\.?|Nr\.?)\s*", re.I)


def _full_date(item: Mapping[str, Any]) -> tuple[int, int, int] | None:
    issued = item.get("issued")
    parts = (issued.get("date-parts") if isinstance(issued, Mapping) else None) or [[]]
    try:
        year, month, day = (int(p) for p in parts[0][:3])  # (fewer than three parts: a ValueError)
    except (TypeError, ValueError):
        return None
    return (year, month, day) if 1 <= month <= 12 and 1 <= day <= 31 else None


def act_designation(item: Mapping[str, Any]) -> str:
    """How an act or a court's ruling outside English-language law is named in the lists of its own country: its
    title, then its kind, the body that issued it, its date and its number, in that language's form.
    'Об образовании в Российской Федерации: Федеральный закон от 29.12.2012 № 273-ФЗ',
    'Постановление Конституционного Суда РФ от 14.07.2005 № 9-П', 'Про освіту від 05.09.2017 № 2145-VIII',
    'Тіл туралы: 1997 жылғы 11 шілдедегі № 151-I Заңы', '대법원 2018. 6. 15. 선고 2014두12598 판결',
    '교육기본법(법률 제18456호)', '政治ニ關スル犯罪處罰ノ件(制令第7号)', 'Ob obrazovanii: Federal’nyi zakon No. 273-FZ'."""
    title, genre, body, number = (str(item.get(k) or "").strip() for k in ("title", "genre", "authority", "number"))
    number = _NUMBER_SIGN.sub("", number)
    date = _full_date(item)
    words = " ".join((title, genre, body, number))
    language = str(item.get("language") or "").lower().replace("_", "-").split("-")[0]
    if _HANGUL.search(words):
        dated = f"{date[0]}. {date[1]}. {date[2]}. 선고" if date and not title else ""
        numbered = f"제{number}호" if number.isdigit() else number
        if not title:
            return " ".join(w for w in (body, dated, numbered, genre) if w)  # '대법원 2018. 6. 15. 선고 2014두12598 판결'
        designation = " ".join(w for w in (genre, body, numbered) if w)
        return f"{title}({designation})" if designation else title
    if _EAST_ASIAN.search(words):  # Japanese or Chinese: '最高裁判所 2017年10月23日 判決(平成28年(受)第1892号)', '…ノ件(制令第7号)'
        numbered = f"第{number}号" if number.isdigit() else number
        if not title:
            dated = f"{date[0]}年{date[1]}月{date[2]}日" if date else ""
            return " ".join(w for w in (body, dated, genre) if w) + (f"({numbered})" if numbered else "")
        designation = "".join(w for w in (genre, numbered) if w)
        return f"{title}({designation})" if designation else title
    if _CYRILLIC.search(words) and (language == "kk" or _KAZAKH.search(genre)) and language not in _DATED:
        dated = f"{date[0]} жылғы {date[2]} {_KAZAKH_MONTHS_AT[date[1] - 1]}" if date else ""
        designation = " ".join(w for w in (body, dated, number and f"№ {number}", genre) if w)
        return f"{title}: {designation}" if title and designation else title or designation
    if _CYRILLIC.search(words):
        dated = f"{_DATED.get(language, 'от')} {date[2]:02d}.{date[1]:02d}.{date[0]}" if date else ""
        designation = " ".join(w for w in (genre, body, dated, number and f"№ {number}") if w)
    else:
        sign = "" if language == "de" else "No. "  # a German ruling is cited by its file number alone ('BVerfG 1 BvL 21/60')
        designation = " ".join(w for w in (genre, body, number and sign + number) if w)
    if not title or not designation:
        return title or designation
    if genre or body:
        return f"{title}: {designation}"
    return f"{title} {designation}" if _CYRILLIC.search(words) else f"{title}, {designation}"  # '… от 30.11.1994 № 51-ФЗ', '…, No. 350-VI'


# the number of a US public law: the Congress, then the law ('88-352')
_PUBLIC_LAW_NUMBER = re.compile(r"(?:No\.\s*)?\d{2,3}-\d{1,4}")


def _foreign_law(item: Mapping[str, Any]) -> bool:
    """Whether an act or ruling belongs to a law other than the US law the styles' templates know: by its language,
    else its script; in English, an act numbered but not named by its kind (an English translation of a Kazakh law:
    'On Education … No. 319-III') unless its number is a US public law's."""
    language, words = str(item.get("language") or "").strip().lower(), _law_words(item)
    if language and not language.startswith("en") or not language and (_CYRILLIC.search(words) or _EAST_ASIAN.search(words)):
        return True
    number = str(item.get("number") or "").strip()
    return item.get("type") == "legislation" and bool(number) and not item.get("genre") and not _PUBLIC_LAW_NUMBER.fullmatch(number)


def _east_asian_law(item: Mapping[str, Any]) -> bool:
    """An act or ruling of Korea, Japan or China, which even refkit's own styles (GOST, the Latin list) name as its
    country does ('대법원 2013. 5. 16. 선고 2012다202819 판결'): their templates write a Russian or English designation."""
    language = str(item.get("language") or "").strip().lower()[:2]
    return language in ("ko", "ja", "zh") or not language and bool(_EAST_ASIAN.search(_law_words(item)))


def _law_words(item: Mapping[str, Any]) -> str:
    """The words that name an act or ruling, whose script tells its country when its language is not given."""
    return " ".join(str(item.get(k) or "") for k in ("title", "genre", "authority", "number"))


def build_source(items: Iterable[Mapping[str, Any]], preformat, *, keep_markup: bool, designate_rulings: bool = False):
    """A citeproc-py ``BibliographySource`` for CSL-JSON ``items`` (keys are item ids, lower-cased); with
    ``designate_rulings``, a court's ruling without a title is given its designation as its title (an act or ruling of
    Korea, Japan or China is named so in every style)."""
    from citeproc import DATES, VARIABLES
    from citeproc.source import BibliographySource, Reference

    # refkit's translated-title (the bracketed translation journals print) reaches the styles that ask for it,
    # and so do the name variables citeproc-py's list leaves out (a film's director, a reviewed author…)
    known = set(VARIABLES) | {"uri", "container_uri", "translated_title", "event_title"} | NAME_FIELDS
    source = BibliographySource()
    for index, item in enumerate(items):
        if item.get("journalAbbreviation") and not item.get("container-title-short"):
            item = {**item, "container-title-short": item["journalAbbreviation"]}
        if item.get("type") in ("legislation", "legal_case") and (designate_rulings and _foreign_law(item) or _east_asian_law(item)):
            # the styles' templates for laws are American ('Pub. L. No. 273-ФЗ', '§ 3200 ___', '(Конституционного Суда
            # РФ 2005)'): the act is named as its country names it, and the fields those templates print are taken out
            # and a ruling is printed as an act, since it is cited as one: US templates want a ruling's reporter page
            item = {**{k: v for k, v in item.items() if k not in ("genre", "number", "authority")}, "title": act_designation(item), "type": "legislation"}
            if not designate_rulings and _full_date(item):  # (the designation has the day: refkit's styles give the year alone)
                item["issued"] = {"date-parts": [[_full_date(item)[0]]]}
        elif designate_rulings and item.get("type") == "legal_case" and not item.get("title") and (item.get("genre") or item.get("authority")):
            # an English-language ruling without a title: its designation is its title (its kind and number are in it now:
            # a style that prints them as well would print them twice)
            item = {**{k: v for k, v in item.items() if k not in ("genre", "number")}, "title": act_designation(item)}
        if bool(item.get("event-title")) != bool(item.get("event")):  # CSL 1.0.2 renamed 'event' 'event-title'; styles use either
            item = {**item, "event": item.get("event") or item["event-title"], "event-title": item.get("event-title") or item["event"]}
        fields: dict[str, Any] = {}
        for key, value in item.items():
            name = "title_short" if key == "shortTitle" else key.replace("-", "_")
            if name in ("id", "type", "key") or name not in known or value is None:
                continue
            if name in NAME_FIELDS:
                names = _names(value, preformat)
                if names:
                    fields[name] = names
            elif name in DATES:
                date = _date(value)
                if date is not None:
                    fields[name] = date
            elif name == "language":
                fields[name] = str(value)
            elif str(value) != "":
                fields[name] = rich_text(value, preformat, keep_markup=keep_markup)
        key = str(item.get("id", f"item-{index + 1}")).lower()
        with warnings.catch_warnings():  # citeproc-py warns about variables it does not model (translated_title)
            warnings.simplefilter("ignore", UserWarning)
            source.add(Reference(key, str(item.get("type") or "document"), **fields))
    return source
