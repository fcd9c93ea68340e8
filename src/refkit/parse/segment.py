"""Field segmentation of one reference string: rules for strongly punctuated conventions.

The string is cleaned (:func:`refkit.text.clean_with_offsets`, which keeps a map
back to the raw characters), then read in passes, each of which *claims* a
stretch of characters for a field so that later passes cannot reuse it:

1. islands that look the same in every style: URL, DOI, ISBN, access dates,
   language tags (``[in Russ.]``), medium (``[Электронный ресурс]``);
2. the names at the head (:mod:`refkit.parse.names`) and a year right after them
   (APA ``(2020).``, Chicago ``2020.``);
3. the title: quoted, or up to the first of ``//``, `` / `` (statement of
   responsibility), ``. –``, a bracketed translation, or the end of the first
   sentence; a bracketed translation becomes ``translated-title``;
4. the details: explicit markers (``Т.``/``Vol.``, ``№``/``No.``, ``С.``/``pp.``,
   ``232 с.``, ``2-е изд.``, thesis statements), compound numbers (``13(4):54-57``,
   ``2020;13(4):54-7``), ``Place: Publisher, Year``, dates;
5. what is left after the title is split into chunks: the first is the
   container (journal, host book, site), publisher-like chunks the publisher,
   ``(Серия …)`` the collection; anything else goes to ``note``.

The type follows from what was found. Confidence starts high and drops for
every sign of trouble (no title, text left over, guessed type).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property
from types import MappingProxyType

from ..model import CSL_ATTRIBUTES, Date, Name, Reference, freeze
from ..text import BARE_LANGUAGES, HEPBURN_WORD, KY_ENDINGS, KY_WORDS, SHINJITAI, clean_with_offsets, detect_language, has_english_words, language_code, language_tag
from .lexicon import (
    trie_pattern,
    ABBREVIATIONS,
    CHINESE_CLASSICS,
    CITIES,
    COMPANY_WORDS,
    CONFERENCE_WORDS,
    DATE_MONTHS,
    HANGUL,
    LANG_TAG_RE,
    LEGISLATION_RE,
    LOW,
    MEDIUM_RE,
    MONTH_CASED_RE,
    MONTH_RE,
    MONTHS,
    MONONYMS,
    NEWS_AGENCIES,
    NEWSPAPER_TITLES,
    NEWSPAPER_WORDS,
    ORG_WORDS,
    PUBLISHER_WORDS,
    REPORT_WORDS,
    THESIS_RE,
    UP,
    month_number,
    names_a_month,
)
from . import rx
from .names import HANGUL_INVERTED, NameList, hangul_name, scan_names
from .romanised import romanised_language

__all__ = ["parse_reference"]

_FREE = "\x00"  # stands for a claimed character in the working copy

# ---------------------------------------------------------------- patterns

_URL = re.compile(
    r"(?:(?:URL|Режим\s+доступа|Available\s*(?:at|from|online)?|Retrieved\s+(?:(?![^:]{0,40}?\d{4})[^:]{0,40}?\s)?from|Access(?:ed)?\s+mode|"
    r"Онлайн|Доступно|Қолжетімді(?:лік\s+режимі)?|Кирүү\s+режими|Режим\s+доступу|Рэжым\s+доступу|Электрондық\s+нұсқа|Link|Source|Источник)\s*:?\s*)?"
    r"(?P<url>(?:https?|ftp)://[^\s<>\"]+|www\.[^\s<>\"]+|(?<![\w@/.])(?:[a-z0-9-]+\.)+(?:org|com|net|edu|gov|ru|kz|kr|uk|io|info|int)/[^\s<>\"]*)",
    re.IGNORECASE,
)
_DOI = re.compile(
    r"(?:(?:DOI|doi)\s*:?\s*(?:https?://(?:dx\.)?doi\.org/)?|https?://(?:dx\.)?doi\.org/|(?<![\w/])doi\.org/)(?P<doi>10\.\d{4,9}/[^\s\"<>]+)"
    r"|(?<![\w./])(?P<bare>10\.\d{4,9}/[^\s\"<>,;]+)",
    re.IGNORECASE,
)
_ISBN = re.compile(r"ISBN(?:-1[03])?\s*:?\s*(?P<isbn>(?:97[89][\s-]?)?\d[\d\s-]{7,14}[\dXx])", re.IGNORECASE)
_ISSN = re.compile(r"(?:e-?)?ISSN\s*:?\s*\d{4}-?\d{3}[\dXx]", re.IGNORECASE)
_ACCESSED = re.compile(
    r"[(\[]?\s*(?:дата\s+обращения|дата\s+доступа|дата\s+доступу|дата\s+звернення|дата\s+звароту|кирүү\s+күнү|санаи\s+муроҷиат|мурожаат\s+санаси|murojaat\s+sanasi|қаралған\s+(?:күні|уақыты)|жүгінген\s+күні|accessed(?:\s+on)?|"
    r"viewed|last\s+accessed|last\s+visited|date\s+of\s+access|(?<=\()cited(?=\s*:)|ссылка\s+активна\s+на|посилання\s+активне\s+на|retrieved(?:\s+on)?|отримано|получено|검색일|접속일|열람일|최종\s*(?:접속|방문|검색)일?)\s*:?\s*"
    r"(?P<date>\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{4}[-./]\d{1,2}[-./]\d{1,2}|\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일|"
    rf"(?:\d{{1,2}}\s+)?(?:{MONTH_RE})\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}|\d{{4}}\.\s*\d{{1,2}}\.\s*\d{{1,2}})\.?\s*(?:г|р)?\.?\s*[)\]]?"
    r"(?:,?\s*(?:з|с|from)(?=[\s\x00]*(?:https?://|www\.|\x00)))?"  # APA in Ukrainian 'Отримано 12 березня 2024 р. з https://…'
    r"|\(\s*(?P<kdate>\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.?)\s*(?:검색|접속|열람|인출)일?\s*\)",  # Korean, the label after the date: '(2024. 4. 3. 검색)'
    re.IGNORECASE,
)

# Vancouver '[updated 2002 May 16; cited 2002 Jul 9]', '[cited 2021 Jan 5]': an access date, not the date of the work
_CITED = re.compile(r"\[\s*(?:(?:updated|modified|revised)\s+[^\];]*(?:;\s*|(?=\])))?(?:(?:cited|accessed|қаралды|процитировано|цитировано|цитовано)\s+(?P<date>[^\]]{6,30}))?\]", re.IGNORECASE)
# APA '(A. Goldhammer, Trans.)', '(J. Smith & K. Lee, Eds.)' after a book's title
# 'URL: http://…, свободный', '– Загл. с экрана.', '– Яз. рус., англ.', '– Систем. требования: Adobe Reader.'
_ONLINE_NOTE = re.compile(
    r"(?:\s*[.–—-]\s*|\s*,\s*|\s+)(?P<n>(?<=,\s)свободный\.?|(?<=,)свободный\.?|Загл\.\s*с\s*(?:титул\.\s*)?экрана\.?|Яз\.\s*[а-яё]+\.?(?:,\s*[а-яё]+\.?)*"
    r"|Систем\.\s*требования\s*:[^–—]*?(?=\s*[–—]|$)|Дата\s+обновления\s*:\s*[\d.]+\.?|Электрон\.\s*версия\s+печат\.\s*публикации\.?"
    r"|Доступ\s+(?:по\s+подписке|свободный|для\s+зарегистрир\.\s*пользователей)\.?)"
)
_APA_DESCRIPTOR = re.compile(r"\[(?P<d>Data\s*set|Dataset|Data\s*base|Computer\s+software|Software|Review\s+of\s+the\s+(?:book|film|article)[^\[\]]{0,200}|Blog\s+post|(?:Policy\s+|Technical\s+|Research\s+)?Report|Policy\s+brief|Fact\s+sheet|Press\s+release|(?:Audio\s+|Video\s+)?[Pp]odcast(?:\s+episode)?|Exhibition\s+catalog(?:ue)?)\]\.?", re.I)
_DIRECTED_BY = re.compile(r"(?<=[.,])\s+[Dd]irected\s+by\s+(?P<d>[A-Z][\w.'’ -]{2,60}?)(?=\s*[,.])")
# a program's release: 'R package version 0.4.6.', Gaussian's 'Gaussian 16, Revision C.01'
_PACKAGE_VERSION = re.compile(r"\b(?:R|Python|Stata|Julia|MATLAB)\s+package\s+(?:version\s+|v)(?P<v>\d[\w.-]*\w)\.?|(?<=\w,\s)Revision\s+(?P<r>[A-Z]\.\d{2}(?:\.\d{1,2})?)(?![\w.]\w)")
_DOCUMENT_VERSION = re.compile(r"(?<=[,”]\s)[Vv](?:er\.\s*)?(?P<v>\d{1,3}(?:\.\d{1,3}){1,3})(?=\s*[,.;]\s|\s*$)")
_APA_KINDS = (("data", "dataset"), ("computer", "software"), ("software", "software"), ("review", "review-book"), ("blog", "post-weblog"),
              ("policy", "report"), ("technical", "report"), ("research", "report"), ("report", "report"), ("fact", "report"), ("press", "report"),
              ("audio", "broadcast"), ("video", "broadcast"), ("podcast", "broadcast"), ("exhibition", "book"))  # CSL's broadcast: a programme's or podcast's episode
_KO_TRANSLATOR_NOTE = re.compile(
    r"\(\s*(?P<t>[" + HANGUL + r"]{2,8}(?:\s*,\s*[" + HANGUL + r"]{2,8})*)(?:\s*외)?\s*(?:옮김|역|번역|공역)\s*\)|(?<=[』》])\s*창간호|(?<=일)자(?=[\s.,]|$)|(?<=」)\s*\([" + HANGUL + r"]{1,6}\)"
)  # translators, '창간호', '22일자', a genre tag after a headline '「강성대국」(정론)'
_FACSIMILE_NOTE = re.compile(
    r"(?<=』)\s*\((?:(?:全|전)\s*(?P<n>\d{1,4})\s*(?:冊|책|권|卷)(?:\s*[,，]\s*)?)?(?P<g>影印本|영인본)?\)(?<!\(\))"
)
# '成俔 外 編, 『樂學軌範』(1493), 민족문화추진회 영인본, 1979.': a premodern work's own year, then who printed the facsimile and when
_KO_DATED_FACSIMILE = re.compile(
    r"(?<=』)\s*\((?P<od>1[0-8]\d\d|[5-9]\d\d)\)\s*,\s*(?P<pub>[^\s,()『』\x00][^,()『』\x00]{1,30}?)\s+(?P<g>영인본|影印本)\s*,\s*(?P<y>(?:19|20)\d\d)(?=[\s.,]|$)"
)
_KO_IN_FORCE = re.compile(r"\[\s*시행\s*(?:19|20)\d\d\.\s*\d{1,2}\.\s*\d{1,2}\.?\s*\]")
_KO_SOCIETY = r"(?:연구회|학회|연구소|연구원|번역원|추진회|간행회|사업회|위원회)"  # how a society's or institute's name ends: '다산연구회', '민족문화추진회'
_INTERNET_PLACE = re.compile(r"(?<=\[Internet\]\.\s)(?P<p>[A-Z][\w'’.-]*(?:[\s-][A-Z][\w'’.-]*){0,2});\s*(?=(?:19|20)\d\d)")
_KO_BOOK_KIND = re.compile(r"(?<=』)\s*\((?P<g>전시\s?도록|도록|자료집|해제집|展示圖錄|圖錄)\)")
_KO_TRANSLATED_BY = re.compile(
    r"(?<=[,.]\s)\s?(?P<n>[" + HANGUL + r"]{2,4}(?:\s*[·・,]\s*[" + HANGUL + r"]{2,4})*|[" + HANGUL + r"]{2,8}" + _KO_SOCIETY + r")\s*(?:외\s*)?(?:(?:풀어\s*)?옮김|번역|공역|역주|편역|역|譯)(?=\s*[,.])"
)  # '『…』, 정여울 옮김, 휴머니스트, 2007': the translator between title and publisher; a society too: '다산연구회 역주', '민족문화추진회 譯'
_KO_MONTHLY = re.compile(r"(?P<y>(?:19|20)\d\d)\s*년\s*(?P<m>\d{1,2})\s*월\s*호")  # '『思想界』 1970년 5월호'
# a Korean body's numbered series between the title and the imprint, unbracketed: '… 기술(개정판). 농업기술길잡이 217. 전주: 농촌진흥청.'
# (a year there ends a title: '골다공증 진료지침 2022. 서울: …')
_KO_PLAIN_SERIES = re.compile(r"(?<=\.\s)(?P<s>[가-힣]{2,15}(?:\s[가-힣]{1,10})?)\s+(?!(?:19|20)\d\d\.)(?P<n>\d{1,4}(?:-\d{1,4})?)\.\s+(?=[가-힣]{2,4}\s*:\s*[가-힣])")
_KO_SERIES = re.compile(r"(?<=』)\s*\(『?(?P<s>[^()\d『』]{2,30}?)』?\s*(?P<n>\d{1,3}(?:\s*[~-]\s*\d{1,3})?)\)")  # '『광장/구운몽』(최인훈 전집 1)'
_KO_REPORT_KIND = re.compile(r"(?<=』)\s*\((?P<g>[가-힣\s]{0,20}(?:보고서|연구용역|자료집))\)")  # '『…』(법무부 연구용역 보고서)': what the work is
_NATURE_EDITORS = re.compile(r"\(eds?\.?\s+(?P<n>[" + UP + r"][^()]{2,80}?)\)")
_PREPRINT_AT = re.compile(r"\bPreprint\s+at\s+(?=\x00|https?://|arXiv|bioRxiv|medRxiv|SSRN)", re.I)
_PAREN_ROLE = re.compile(r"\s*\((?P<n>[^()]{3,80}?),\s*(?P<r>Trans|Eds?)\.\s*\)")
_TRANSLATED_BY = re.compile(
    r"(?:(?<=[.,?!]\s)|(?<=[.,?!][”\"’]\s)|(?<=[.,]))\s*(?:[Tt]ranslated|[Tt]rans\.|[Tt]ransl\.|[Tt]r\.)(?:\s+from\s+[A-Z][a-z]+)?(?P<ed>\s+and\s+edited)?\s+(?:by\s+)?(?=[" + UP + r"])"
    r"|(?:(?<=[.,?!]\s)|(?<=[.,]))\s*(?:[Ee]dited\s+and\s+translated)\s+by\s+(?=[" + UP + r"])"
)
_MHRA_VOLUME_AFTER_IMPRINT = re.compile(
    r"(?<=\)),\s+(?P<v>[IVXLC]{1,6}|\d{1,2}):\s+(?P<vt>[^()\x00]{3,150}?)\s*\((?P<y>(?:1[5-9]|20)\d\d)\)\.?\s*$"
)
_EDITED_COMMA = re.compile(r"(?<=,\s)ed\.\s+(?=[" + UP + r"][" + LOW + r"])")
_TRANSL_FROM_LANGUAGE = re.compile(r"(?<=[.,]\s)(?P<n>(?:Transl\.|Translated|Trans\.)\s+from\s+(?:the\s+)?[A-Z][a-z]+)(?=\s*[.,;])")
# MLA's other contributors: ', introduction by Umberto Eco,' belongs to no field
_CONTRIBUTOR_BY = re.compile(
    r"(?<=[.,?!]\s)(?:[Ww]ith\s+an?\s+)?(?:[Ii]ntroduction|[Ff]oreword|[Aa]fterword|[Pp]reface|[Cc]ommentary|[Nn]otes|[Ii]llustrations)(?:\s+and\s+[a-z]+)?\s+by\s+(?=[" + UP + r"])"
)
_COMPILER_CREDIT = re.compile(r"(?<=[.,?!]\s)[Cc]ompiled(?:\s+and\s+(?:edited|annotated))?\s+by\s+(?=[" + UP + r"])")  # Chicago '… Compiled by A. N. Artizov …'
_COPYRIGHT_YEAR = re.compile(r"(?:(?<=[\s;,])|^)(?:c|©\s?)(?P<y>(?:1[5-9]|20)\d\d)(?:-\d{2,4})?(?=[\s.,;\[]|$)")
_SENTENCE_END = re.compile(r"(?P<p>[.?!…])[\"”»’']?\s+(?=[\[«\"“„(0-9『「《〈" + UP + HANGUL + r"A-Za-z])")
_GOST_DASH = re.compile(r"\.?\s*[–—]\s+|\.\s+-\s+|(?<![A-Z]\.[A-Z])\.\s*-\s*(?=[" + UP + r"№\d])|\s+-\s+(?=[" + UP + r"№\d])")

_B = r"(?:(?<=[\s,.;:(\[–—-])|^)"  # a field marker begins at a boundary
_VOLUME = re.compile(
    _B + r"(?:Т|т|Том|том|Vol|vol|VOL|Volume|volume|Tom|tom|Bd|Jg|V|T|Cilt|Jild|Жыл|Кітап|Кн|кн|Book|book|Kn|kn)\.?\s*(?P<v>(?:[A-Z]{2,4}-)?[A-Z]?\d+[A-Za-zА-Яа-я]?(?:\s*[-–—/]\s*\d+)?|(?:(?<=[ТтVv]\.\s)|(?<=[Vv]ol\.\s))[IVXLC]{1,6}(?=,\s*(?:ч|кн|вып|pt|part)\.|,\s*(?:№|[Nn]o\.|Вып\.|Iss\.)\s*\d)|(?<=Vol\.\s)[IVXLC]{1,6}(?=[.,:;]\s|\.?$))(?![\d])"
    r"|(?:제\s*|第\s*)?(?P<vk>\d+)\s*(?:권|집|巻|卷|輯|集)|(?P<vt>\d+)\s*-\s*(?:том|т|китеп|кітап|tom)\.?(?![\w])"
)
_MULTIVOLUME = re.compile(r"(?:\s*:\s*)?(?:в|у|in|v)\s+\d+\s*(?:т|кн|ч|vols?|t|kn|volumes|books|parts)(?:\.|(?=\x00))(?:\s*,\s*\d+\s*кн\.)?|\b[\w]+\s+томдық\.?(?!\s+[а-яёәғқңөұүһі])|\d+\s+(?:томдық|томдук|томда|китеп|кітап)\.?(?=\s*[./–—]|$)"
    r"|\d+\s+tomdy[qk](?=\s\[)"  # (a twin's count before its translation: '… antologiia. 10 tomdyq [… in 10 volumes]')
    r"|\s*:\s*\d{1,2}\s*т\.(?=\s*[–—])", re.IGNORECASE)  # (Kyrgyz, without 'в': 'Манас : … басылышы : 4 т. – Бишкек')
# how many volumes a multi-volume statement gives: its first number ('в 11 т., 12 кн.' is 11), or a Kazakh number word
_VOLUME_COUNT_WORDS = {"бір": "1", "екі": "2", "үш": "3", "төрт": "4", "бес": "5", "алты": "6", "жеті": "7", "сегіз": "8", "тоғыз": "9", "он": "10", "жиырма": "20", "отыз": "30", "елу": "50", "жүз": "100"}
_VOLUME_COUNT_IN = re.compile(r"\d+|\b(?:" + "|".join(_VOLUME_COUNT_WORDS) + r")(?=\s+томдық)", re.IGNORECASE)


def _take_volume_count(w: _Work, start: int, end: int) -> None:
    """Claim a multi-volume statement ('в 3 т.', 'In 11 vols.', '15 томдық', 'Бес томдық') and keep its count."""
    n = _VOLUME_COUNT_IN.search(w.text, start, end)
    if n and "number-of-volumes" not in w.fields:
        value = _VOLUME_COUNT_WORDS.get(n.group(0).lower(), n.group(0))
        w.take("number-of-volumes", value, n.start(), n.end(), claim=(start, end))
    else:
        w.claim(start, end)
# (not a Kazakhstan act's number, which carries its parliament's convocation: '№ 414-V', '№ 224-VII QRZ')
_ISSUE = re.compile(
    _B + r"(?:№|No|no|NO|Nr|nr|N|Iss|iss|Issue|issue|Вып|вып|Вип|вип|Vyp|vyp|Выпуск|выпуск|Випуск|Is|Number|number|Номер|Нөмір|Heft|H(?=\.\s*\d)|Sayı|Sayi)"
    r"\.?\s*(?P<i>\d+(?![-–][IVX]{1,4}\b)[A-Za-zА-Яа-я]?(?:\s*[-–—/]\s*\d+)?(?:\s*\(\s*(?:ч\.\s*(?:\d+|[IVX]{1,4})|part\s*\d+|(?!(?:1[5-9]|20)\d\d\s*[)–—-])\d+(?:[–—-]\d+)?)\s*\)|,\s*(?:ч\.|pt\.|part)\s*(?:\d+|[IVX]{1,4})(?=\s*[.–—]))?)(?![\d])"
    r"|(?:통권\s*)?(?:제\s*|第\s*)?(?<![A-Za-z\d])(?P<ik>\d+(?:\s*[·・]\s*\d+)?)\s*(?:호|号|號|期)(?![가-힣])"  # a double issue: '제2·3호', '第7・8号'
    # (not a code and a word: 'A15 호흡기결핵')
)
_SUPPLEMENT_ISSUE = re.compile(r"(?<=[,.]\s)(?P<i>Suppl\.\s*\d{1,3})(?=\s*[.,;:]|\s*[–—]\s)")
# ', (3),' after a journal; Springer's issue without a volume: 'Vestnik NYaTs RK (2):45–52'
# and a Tomsk twin's bare one: 'Sibirskie istoricheskie issledovaniya – Siberian Historical Research. 3. pp. 86–104. (In Russ.)'
_PAREN_ISSUE = re.compile(
    r"(?<=,)\s*\((?P<i>\d{1,4})\)(?=\s*[,.])|(?<=[A-Za-z]\s)\((?P<i2>\d{1,3})\)(?=\s*:\s*[A-Za-z]?\d)|(?<=[a-z*]\.\s)(?P<i3>\d{1,3})(?=\.\s+pp?\.\s*\d)"
)
# German journals: 'Jahrbücher für Geschichte Osteuropas 47 (1999) 4, S. 482–504', 'Osteuropa 57 (2007) 8–9, S. 1–20': the issue after the year
_ISSUE_AFTER_YEAR = re.compile(r"(?<=\d\s\((?:1[5-9]|20)\d\d\))\s+(?P<i>\d{1,2}(?:\s*[–/-]\s*\d{1,2})?)(?=,\s*S\.\s*\d)")
_PART = re.compile(_B + r"(?:Ч|ч|Part|part|Pt|pt|Бөлім|бөлім)\.?\s*(?P<p>\d+|[IVX]+)(?![\d])")
_PAGES = re.compile(
    _B + r"(?:p\s+)?(?:С|с|P|p|pp|Pp|PP|S|стр|Стр|Р|р|Б|б|Pages|pages|Page|page|Bet|bet)(?:\.\s*|\s+)"
    r"(?P<pg>\d{1,3}\.\d{1,3}\s*[-–]\s*\d{1,3}\.\d{1,3}(?!\d|\.\d)|(?:[ivx]{2,4}|[A-Za-z])?\d+[A-Za-z]?(?:\s*[-–—~]\s*(?:[ivx]{2,4}|[A-Za-z])?\d+[A-Za-z]?)?(?:,\s*\d{1,3}(?![\d.–-]|st|nd|rd|th))*)(?!\s*(?:с|стр|p|pp|б|S)\.)(?![\d])"  # 'pp.31.1-31.9': pages numbered by section
    r"|(?:第\s*)?(?P<pk>[A-Z]?\d+(?:\s*[-–—~]\s*\d+)?)\s*(?:쪽|면|페이지|頁|页)"
    r"|(?P<pb>\d+(?:\s*[-–—]\s*\d+|(?=-б)))\s*-?\s*(?:б|бб|бет|с|pp|p)\.?(?=[\s.,;]|$)"  # (a Kazakh newspaper's page: '– 8-б.')
)
_NPAGES = re.compile(
    r"(?:(?<=[\s,.;:(])|^)(?P<n>(?:(?:[xivlc]+|[XIVLC]+)\s*[,+]\s*)?\d+)\s*(?:с|c|p|pp|стр|S|л|бет|б|bet|b|pages|P|Р|s|арк)\.?(?=[\s.,;)\]]|\((?:In|in)\s|$)"  # (Belarusian and Ukrainian leaves: '144 арк.')
    r"|(?P<nk>\d+)\s*(?:쪽|면|페이지|p)(?=[\s.,;)\]]|$)"
)
_EDITION = re.compile(
    r"(?P<e>\d+)(?:-?е|-ое|-e)?\s*(?:изд|Изд|izd|Izd|басылым|басылымы)\.?(?:,\s*(?:перераб|испр|доп|стер|пересм)[а-яё.]*(?:\s*и\s*(?:перераб|испр|доп)[а-яё.]*)?)*"
    r"|(?:Изд|изд)\.\s*(?P<e2>\d+)(?:-е)?(?:,\s*(?:перераб|испр|доп|стер)[а-яё.]*(?:\s*и\s*(?:перераб|испр|доп)[а-яё.]*)?)*"
    r"|(?P<e5>\d+)-?(?:ге|тє|е|є|ое)?\s*(?:вид|выд|бас)\.(?:,\s*(?:перероб|доп|випр|испр|стер|дапрац|доопрац|өңд|толықт)[а-яёіїєәғқңөұүһ.]*"
    r"(?:\s*(?:і|и|та|және)\s*(?:перероб|доп|випр|толықт|өңд)[а-яёіїєәғқңөұүһ.]*)?)*"  # Kazakh '4-бас., өңд. және толықт.'
    r"|(?P<e3>\d+)(?:st|nd|rd|th)\s+(?:[Ee]dn|[Ee]dition|[Ee]d|rev\.\s*ed)\.?"
    r"|(?P<e6>\d+)\.,?\s*(?:(?:rev|erw|überarb|durchges|verb|neu\s+bearb)\.\s*(?:u\.\s*(?:erw|überarb)\.\s*)?)?Aufl\."
    r"|(?P<e4>[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth|[Ss]ixth|[Ss]eventh|[Ee]ighth|[Nn]inth|[Tt]enth)\s+(?:edn|[Ee]dition|ed)\.?"
    r"|(?:(?:제|전정|개정|증보|신정)\s*|(?<![\d가-힣]))(?P<ek>\d+)\s*판(?!결|례|시)"
    r"|(?<![가-힣\u4e00-\u9fff])(?P<ew>개정증보판|개정판|증보판|수정증보판|수정판|신수판|전정판|新修版|改訂版|增補版|修訂版)"
    r"|(?<=,\s)(?P<e7>(?:Spring|Summer|Fall|Autumn|Winter)\s+(?:19|20)\d\d)\s+ed\."  # MLA's Stanford Encyclopedia: '…, edited by Edward N. Zalta, Fall 2022 ed.,'
)
def _edition_value(m: re.Match[str]) -> str:
    """The edition a match of _EDITION names: its number, an ordinal word's number, or the words ('개정판', 'Fall 2022')."""
    e = next((m.group(g) for g in ("e", "e2", "e3", "ek", "e5", "ew", "e6", "e7") if m.group(g)), None)
    return e or _ORDINAL_WORDS[m.group("e4").lower()]


_ORDINAL_WORDS = {"second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"}
# a page range, as journal articles end (shared by the patterns below)
_PAGE_RANGE = r"[A-Za-z]?\d+(?:[A-Z]{2}\d{6}|\s*[-–—~]\s*[A-Za-z]?\d+(?:\.e\d{1,3})?)?"  # Cell Press '1888–1902.e21', Korean '1~38', AGU 'e2020MS002203'
_VANCOUVER = re.compile(
    r"(?P<y>(?:1[5-9]|20)\d\d)(?:[-–](?:1[5-9]|20)\d\d)?(?:\s+(?P<m>[A-Z][a-z]{2})(?:\s+(?P<d>\d{1,2}))?)?\s*;\s*"  # '1982-1983;17(1)' 
    r"(?P<v>\d+)?(?:\s+(?P<sup>Suppl\.?(?:\s*\d{1,3})?))?\s*(?:\((?P<i>[^)]{1,15})\))?\s*(?::\s*(?P<pg>CD\d{6}|[A-Z]{2}\d{3,6}(?![\w-])|" + _PAGE_RANGE + "))?"  # Cochrane reviews: ':CD007587'; a poster abstract's ':PA3526'
)
_VOL_ISSUE = re.compile(
    r"(?<![\w./-])(?P<v>\d{1,4})\s*\((?P<i>[^()]{1,15})\)(?:\s*[:,]\s*(?:pp?\.\s*)?(?P<pg>" + _PAGE_RANGE + "))?"
)
_ACS_NUMBERS = r"(?P<y>(?:1[5-9]|20)\d\d),\s*(?P<v>\d{1,4})(?:\s*\((?P<i>[^()]{1,10})\))?,\s*(?P<pg>" + _PAGE_RANGE + ")"  # '1992, 114, 10024–10035'
_ELSEVIER_NUMBERS = r"(?P<v>\d{1,4})\s*(?:\((?P<i>[^()]{1,10})\)\s*)?\((?P<y>(?:1[5-9]|20)\d\d)\)\s*(?P<pg>" + _PAGE_RANGE + ")"  # '8 (1965) 338–353'
_NATURE_TAIL = re.compile(
    r"(?<=[A-Za-z.]\s)(?P<v>\d{1,4}),\s*(?P<pg>[A-Z]{2}\d{4}|" + _PAGE_RANGE + r")(?:\([A-Z]\))?\s*\((?P<y>(?:1[5-9]|20)\d\d)\)\.?"  # (AGU's 'TC6014', APS's rapid communication '041403(R)')
    r"(?=[\s\x00]*(?:$|https?://|doi:|DOI))"  # (a DOI read before is claimed text)
)
# Math-Net's journal numbers: volume:issue (year), pages; a cumulative number in brackets after either; a
# series number '(2),' before them; a volume alone only after an abbreviated name ('Ann. of Math., 137 (1993), 295–368')
_MATHNET_TAIL = re.compile(
    r"(?:(?<=[\w.»”],\s)|(?<=\.\s))(?:\(\d\),\s*)?(?P<v>\d{1,4}(?:\(\d{1,4}\))?)(?::(?P<i>\d{1,3}(?:\(\d{1,4}\))?)|(?<=\.,\s\d)|(?<=\.,\s\d\d)|(?<=\.,\s\d{3}))"
    r"\s+\((?P<y>(?:1[5-9]|20)\d\d)\),\s*(?P<pg>" + _PAGE_RANGE + r")(?=[\s.,;\x00]*(?:$|https?://|doi|DOI|\((?:Russian|in\s+Russian)\)|English\s+transl|;\s*англ\.\s*пер))"
)
# How publishers' house styles end a journal article (the journal's name comes before):
_JOURNAL_TAILS = (
    _NATURE_TAIL,  # Nature, Science, APS: 'Nature 518, 529–533 (2015).', 'Phys. Rev. 140, A1133 (1965).'
    re.compile(  # ACS, MDPI, Angewandte: 'J. Am. Chem. Soc. 1992, 114, 10024–10035.', 'Public Health 2020, 17, 1729.'
        r"(?<=[A-Za-z.]\s)" + _ACS_NUMBERS + r"\.?(?=[\s.,;\x00]*(?:$|https?://|doi|DOI|PMID))"
    ),
    re.compile(  # Elsevier numbered: 'Inf. Control 8 (1965) 338–353.', 'Adv. Eng. Softw. 69 (2014) 46–61, doi:…'
        r"(?<=[A-Za-z.]\s)" + _ELSEVIER_NUMBERS + r"(?=[\s.,;\x00]*(?:$|https?://|doi|DOI|PMID))"
    ),
    re.compile(  # AMS: 'Adv. Math. 4 (1970), 337–352.', 'Ann. of Math. (2) 147 (1998), no. 3, 585–650.'
        r"(?<=[A-Za-z.]\s)(?:\(\d\)\s+)?(?P<v>\d{1,4})\s+\((?P<y>(?:1[5-9]|20)\d\d)\),\s*(?:no\.\s*(?P<i>[\w–-]{1,8}),\s*)?(?P<pg>" + _PAGE_RANGE + ")"
        r"\.?(?=[\s.,;\x00]*(?:$|https?://|doi|DOI|MR\s?\d))"
    ),
    _MATHNET_TAIL,  # Math-Net: 'Phys. Rev. Lett., 19:19 (1967), 1095–1097', 'Матем. сб., 95(137):3(11) (1974), 331–356', 'Ann. of Math. (2), 137:2 (1993)'
    re.compile(  # MHRA: 'Critical Inquiry, 13.3 (1987), 557–78', 'Massachusetts Review, 15 (1974), 7–72'
        r"(?<=[A-Za-z],\s)(?P<v>\d{1,4})(?:\.(?P<i>\d{1,3}))?\s+\((?P<y>(?:1[5-9]|20)\d\d)\),\s*(?P<pg>" + _PAGE_RANGE + ")"
        r"\.?(?=[\s.,;\x00]*(?:$|https?://|<|doi|DOI))"
    ),
    re.compile(  # ACM: 'Commun. ACM 49, 3 (March 2006), 33–35.'
        r"(?<=[A-Za-z.]\s)(?P<v>\d{1,4}),\s*(?P<i>\d{1,4})\s*\((?:(?P<m>[A-Z][a-z]+)\.?\s+)?(?P<y>(?:1[5-9]|20)\d\d)\),\s*(?P<pg>" + _PAGE_RANGE + ")"
        r"(?=[\s.,;\x00]*(?:$|https?://|doi|DOI|PMID))"
    ),
)
# Cell, Elsevier Harvard, Springer: 'Genome Biol. 15, 550.', 'Bus. Horiz. 53, 59–68.', Oxford 'Bioinformatics, 25, 1754–1760.'
# (the year came after the authors), a double volume 'Quat. Int. 173–174, 144–152.'; a journal without volumes has its issue:
# 'Kompleksnoe Ispol'zovanie Mineral'nogo Syr'ya (3), 45–54.'; a KCI twin's journal with its translation: 'Gyeongje Sahak [Review of
# Economic History] 42, 71-105.'
_VOLUME_PAGE_TAIL = re.compile(
    r"(?:(?<=[A-Za-z.]\s)|(?<=[A-Za-z],\s)|(?<=[a-z]\]\s))(?:(?!(?:1[5-9]|20)\d\d\b)(?P<v>\d{1,4}(?:[–-]\d{1,4})?)|(?<=[A-Za-z'’]\s)\((?P<i>\d{1,3})\)),\s*(?!(?:1[5-9]|20)\d\d\b(?!\s*[-–—]\s*\d))(?P<pg>" + _PAGE_RANGE + r")\.?(?=[\s.,;\x00]*(?:$|https?://|doi|DOI|PMID))"
)


_TITLELESS_ARTICLE = re.compile(
    r"(?P<c>(?:[A-Z][A-Za-z]{0,11}\.?\s){0,5}[A-Z][A-Za-z]{0,11}\.?(?:\s[A-Z])?)\s+(?P<v>\d{1,4}),\s*(?P<pg>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)"
    r"\s*\((?P<y>(?:1[5-9]|20)\d\d)\)\.?"
)


_TITLELESS_ACS = re.compile(  # ACS without an article title: 'Lee, C.; Yang, W.; Parr, R. G. Phys. Rev. B 1988, 37, 785–789.'
    r"(?P<c>(?:[A-Z][A-Za-z]{0,11}\.?\s){0,5}[A-Z][A-Za-z]{0,11}\.?(?:\s[A-Z])?)\s+" + _ACS_NUMBERS + r"\.?"
)


def _title_ran_into_journal(w: _Work) -> None:
    """Elsevier's 'Fuzzy sets, Inf. Control 8 (1965) 338–353': the journal's abbreviated name starts after the
    title's last comma, and the sentence end after 'Inf.' is not the title's end."""
    title, container = w.fields.get("title"), w.fields.get("container-title")
    bare = (_TITLELESS_ARTICLE.fullmatch(title or "") or _TITLELESS_ACS.fullmatch(title or "")) if not container and "title" in w.spans else None
    if bare and not any(k in w.fields for k in ("volume", "page", "issued")):
        # physics and Science without an article title: 'A. D. Becke, J. Chem. Phys. 98, 5648 (1993).'
        ts, _ = w.spans.pop("title")
        del w.fields["title"]
        w.fields["container-title"], w.spans["container-title"] = bare.group("c"), (ts + bare.start("c"), ts + bare.end("c"))
        w.fields["volume"], w.spans["volume"] = bare.group("v"), (ts + bare.start("v"), ts + bare.end("v"))
        w.fields["page"], w.spans["page"] = _range(bare.group("pg")), (ts + bare.start("pg"), ts + bare.end("pg"))
        w.fields["issued"], w.spans["issued"] = Date.of(int(bare.group("y"))), (ts + bare.start("y"), ts + bare.end("y"))
        if "i" in bare.re.groupindex and bare.group("i"):
            w.fields["issue"], w.spans["issue"] = bare.group("i"), (ts + bare.start("i"), ts + bare.end("i"))
        return
    if "journal-tail" in w.flags and title and container and "container-title" in w.spans and "title" in w.spans and rx.fullmatch(r"[A-Z][a-z]{1,9}", title):
        ts, te = w.spans["title"]
        cs, ce = w.spans["container-title"]
        if rx.fullmatch(r"\.\s*", w.text[te:cs]):  # ACS without an article title: 'Angew. Chem. Int. Ed. 2002, 41, 2596–2599.'
            del w.fields["title"], w.spans["title"]
            w.fields["container-title"], w.spans["container-title"] = f"{title}. {container}", (ts, ce)
            return
    dated = rx.fullmatch(r"(?P<c>(?:[A-Z][A-Za-z]{0,11}\.\s?){1,6}(?:[A-Z][A-Za-z]{0,11})?)\.?(?:\s+(?P<y>(?:1[5-9]|20)\d\d))?", title or "")
    if dated and len(dated.group("c").split()) >= 2 and not container and ("issued" not in w.fields) == bool(dated.group("y")) and ("volume" in w.fields or "page" in w.fields) and "title" in w.spans:
        ts, _ = w.spans.pop("title")  # GOST in Latin letters, no article title: 'Blöchl P.E. Phys. Rev. B. 1994. Vol. 50, No. 24. P. …'
        del w.fields["title"]
        w.fields["container-title"], w.spans["container-title"] = dated.group("c").strip(), (ts, ts + dated.end("c"))
        if dated.group("y"):
            w.fields["issued"], w.spans["issued"] = Date.of(int(dated.group("y"))), (ts + dated.start("y"), ts + dated.end("y"))
        return
    if "journal-tail" in w.flags and title and not container and "." in title and rx.fullmatch(r"(?:[A-Z][A-Za-z]{0,11}\.?\s?){1,6}(?:[A-Z]\b)?\.?", title):
        w.fields["container-title"] = w.fields.pop("title")  # the numbers were read; what is left is the journal's name
        w.spans["container-title"] = w.spans.pop("title", None) or (0, 0)
        return
    if not title or ", " not in title or "title" not in w.spans:
        return
    head, last = title.rsplit(", ", 1)
    els = _ELSEVIER_TAIL.fullmatch(last) if not container and not any(k in w.fields for k in ("volume", "page")) else None
    if els:  # Elsevier numbered: 'The Li-ion rechargeable battery: a perspective, J. Am. Chem. Soc. 135 (2013) 1167–1176'
        ts, te = w.spans["title"]
        base = w.text.rfind(last, ts, te + 2)
        if base >= 0:
            for key, group in (("container-title", "c"), ("volume", "v"), ("issue", "i"), ("page", "pg")):
                if els.group(group):
                    w.fields[key] = _range(els.group(group)) if key == "page" else els.group(group).strip()
                    w.spans[key] = (base + els.start(group), base + els.end(group))
            w.fields["issued"], w.spans["issued"] = Date.of(int(els.group("y"))), (base + els.start("y"), base + els.end("y"))
            w.fields["title"], w.spans["title"] = head, (ts, ts + len(head))
            return
    if not rx.fullmatch(r"[A-Z][a-z]{0,11}\.?(?:\s(?:[A-Z][a-z]{0,11}\.?|of|and|de|für)){0,3}", last):
        return  # 'Adv. Math.', 'Ann. of Math.'
    ts, te = w.spans["title"]
    if head.endswith(")") and not container and "publisher" not in w.fields and not any(k in w.fields for k in ("volume", "issue", "page")):
        w.fields["title"], w.spans["title"] = head, (ts, ts + len(head))
        _parenthesised_translation(w)
        if "translated-title" in w.fields:  # a KCI twin's 'Ilje-ui … jeongchaeksa (A History of …), Iljisa.(in Korean)': a book
            w.fields["publisher"], w.spans["publisher"] = last, (te - len(last), te)
            return
        w.fields["title"], w.spans["title"] = title, (ts, te)
    if w.text[te : te + 3].startswith((" / ", "/ ")):
        return  # a statement of responsibility closes it: 'Drei Meister : Balzac, Dickens, Dostojewski / S. Zweig.' is a title
    if not container and not any(k in w.fields for k in ("volume", "issue", "page")):
        return  # no numbers to belong to a journal: 'Agriculture, Forestry and Fisheries. Available online: …' is one title
    if container and "container-title" in w.spans:
        cs, ce = w.spans["container-title"]
        if not rx.fullmatch(r"\.\s*", w.text[te:cs]):
            return
        w.fields["container-title"], w.spans["container-title"] = f"{last}. {container}", (te - len(last), ce)
    else:
        w.fields["container-title"], w.spans["container-title"] = last, (te - len(last), te)
    w.fields["title"], w.spans["title"] = head, (ts, ts + len(head))


_TITLELESS_TAIL = re.compile(
    # (RSC after its author list's comma: 'and E. Teller, J. Am. Chem. Soc., 1938, 60, 309–319', 'Nature, 1999, 402, 276–279',
    # 'Angew. Chem., Int. Ed., 1999, 38, 3268–3292', 'Pure Appl. Chem., 2015, …')
    r"(?:\s*,)?\s*(?P<c>(?:[A-Z][A-Za-z]{0,11}\.(?:,\s|\s)?){1,6}(?:[A-Z][A-Za-z]{0,11}\.?)?|(?:[A-Z][a-z]{2,11}\s){1,3}(?:[A-Z][A-Za-z]{0,11}\.\s?){1,4}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}(?=,)),?\s+" + _ACS_NUMBERS + r"\.?"
    r"(?=[\s\x00<>.]*(?:\([Ii]n\s+\w+\)\.?)?[\s\x00.]*$)"  # a link or a language note, claimed already, may follow
)
# the same in the Pleiades translations' words: 'Valiev, R.Z., …, and Alexandrov, I.V., Prog. Mater. Sci., 2000, vol. 45, no. 2,
# pp. 103–189.', 'Metalloved. Term. Obrab. Met., 2004, no. 12, pp. 31–34.'
_TITLELESS_PLEIADES = re.compile(
    r"(?:\s*,)?\s*(?P<c>(?:[A-Z][A-Za-z'’]{0,11}\.?,?\s){0,6}[A-Z][A-Za-z'’]{0,11}\.?),\s*(?P<y>(?:1[5-9]|20)\d\d),\s*"
    r"(?:vol\.\s*(?P<v>\d{1,4}),\s*)?(?:nos?\.\s*(?P<i>\d{1,4}(?:\s*[-–]\s*\d{1,4})?),\s*)?pp?\.\s*(?P<pg>" + _PAGE_RANGE + r")\.?"
    r"(?=[\s\x00<>.]*(?:\([Ii]n\s+\w+\)\.?)?[\s\x00.]*$)"
)
# Physics journals' compact style, no article title: УФН 'Гинзбург В Л УФН 172 213 (2002)', 'Phys. Rev. Lett. 17 1133 (1966)',
# APS 'Nature (London) 614, 676 (2023)'; the same work's other edition may follow, kept as a note:
# '[Ginzburg V L Phys. Usp. 45 205 (2002)]', '; Zh. Eksp. Teor. Fiz. 32 1442 (1957)'
_PHYSICS_TAIL = re.compile(
    r"[\s\x00,]*(?P<c>[^\W\d][^\d\x00\[\];:()«»\"“”]{0,60}?(?:\s\((?:London|Amsterdam|N\.\s?Y\.|Paris|Berlin)\))?),?\s+(?P<v>\d{1,4}),?\s+"
    r"(?P<pg>[A-Z]?\d{1,6}(?:\s*[-–]\s*[A-Z]?\d{1,6})?)(?:\([A-Z]\))?\s+\((?P<y>(?:1[5-9]|20)\d\d)\)(?P<par>\s*\[[^\[\]\x00]{8,}\]|\s*;\s*[^\x00]{8,}?)?[\s.\x00]*$"
)
# Physics-Uspekhi's books: 'Vonsovskii S V Magnetizm (Magnetism) (Moscow: Nauka, 1971) [Translated into English (New York:
# J. Wiley, 1974)]': the romanised title, its translation, the imprint, and the English edition (kept as a note)
_PHYSICS_BOOK = re.compile(
    r"[\s\x00,]*(?P<t>[^()\[\]\x00]{2,200}?)(?:\s+\((?P<tr>[^():\x00\d]{2,200})\))?\s+\((?P<place>[^():\x00]{2,40}):\s*(?P<pub>[^():\x00]{2,80}),\s*"
    r"(?P<y>(?:1[5-9]|20)\d\d)\)(?P<par>\s*\[[^\[\]\x00]{8,}\])?[\s.\x00]*$"
)
_ABBREVIATED_JOURNAL = re.compile(r"(?:[" + UP + r"][\w'’-]*\.?\s?)+(?:\((?:London|Amsterdam|N\.\s?Y\.|Paris|Berlin)\))?")


def _take_groups(w: _Work, m: re.Match[str], fields: tuple[tuple[str, str], ...]) -> None:
    """Each field from its group of the match, where the pattern has the group and it matched: a year as a date, pages
    as a range."""
    for key, group in fields:
        value = m.group(group) if group in m.re.groupindex else None
        if value:
            value = Date.of(int(value)) if key == "issued" else _range(value) if key == "page" else value.strip(" ;[]")
            w.take(key, value, m.start(group), m.end(group))


def _physics_tail(w: _Work, pos: int) -> int:
    """A titleless article in physics' compact style right after its authors: journal, volume, page, (year);
    or a book with its translated title and its English edition."""
    book = _PHYSICS_BOOK.match(w.free(), pos) if "names:spaced" in w.flags and "(" in w.text else None
    if book:
        w.take("title", _tidy(book.group("t")), book.start("t"), book.end("t"))
        if book.group("tr") and not has_english_words(book.group("t")) and rx.fullmatch(_ROMANISED_LETTERS, book.group("t").strip()):
            # a translation is given only for a title in another language: in these journals, mostly Russian
            w.fields.setdefault("language-tag", _romanised_language(book.group("t")) or "ru")
        _take_groups(w, book, (("translated-title", "tr"), ("publisher-place", "place"), ("publisher", "pub"), ("issued", "y"), ("note", "par")))
        w.claim(book.start(), book.end())
        w.flags.add("kind:book")
        return book.end()
    m = _PHYSICS_TAIL.match(w.free(), pos)
    if not m or not ("names:spaced" in w.flags or _ABBREVIATED_JOURNAL.fullmatch(m.group("c").strip())):
        return pos
    _take_groups(w, m, (("container-title", "c"), ("volume", "v"), ("page", "pg"), ("issued", "y"), ("note", "par")))
    w.claim(m.start(), m.end())
    w.flags.add("journal-tail")
    return m.end()


_ELSEVIER_TAIL = re.compile(
    r"(?P<c>(?:[A-Z][A-Za-z]{0,14}\.?\s(?:(?:of|and|for|in|on|the|&)\s)?){0,6}[A-Z][A-Za-z]{0,14}\.?)\s+" + _ELSEVIER_NUMBERS
)


def _take_year_and_month(w: _Work, m: re.Match[str]) -> None:
    """The year (and month, when the match has one) of an issue; the month also dates an entry whose year came first."""
    year = int(m.group("y"))
    month = month_number(m.group("m")) if "m" in m.re.groupindex and m.group("m") else None
    issued = w.fields.get("issued")
    if issued and month and issued.year == year and issued.parts and len(issued.parts[0]) == 1:
        w.fields["issued"] = Date.of(year, month)  # ACM '2002. … 11, 3 (July 2002), 309–346.'
    w.take("issued", Date.of(year, month), m.start("y"), m.end("y"))


# Korean engineering journals' comma style after the year: '(1999),  Modelling chloride diffusion …: Effect of fly ash and slag,
# Cement and Concrete Research, 29(4), 487-495.': the last part before the numbers is the journal
_COMMA_JOURNAL_TAIL = re.compile(
    r",\s*(?P<c>[A-Z][A-Za-z&'’.:-]*(?:\s[A-Za-z&'’.:-]+){0,12}),\s*(?P<v>\d{1,4})(?:\s*\((?P<i>[^()\x00]{1,10})\))?,\s*(?:pp?\.\s*)?(?P<pg>" + _PAGE_RANGE + r")\.?\s*$"
)


def _comma_journal_tail(w: _Work, pos: int) -> None:
    """Journal, volume(issue), pages at the end of a comma-style entry whose year follows the authors (not a chapter's host)."""
    m = _COMMA_JOURNAL_TAIL.search(w.free(), pos)
    if m and not rx.search(r"[.,]\s+In:?\s|\(eds?\.\)|[Ee]dited\s+by", w.free()[pos : m.start()]):
        _take_groups(w, m, (("container-title", "c"), ("volume", "v"), ("issue", "i"), ("page", "pg")))
        w.claim(m.start(), m.end())
        w.flags.add("journal-tail")


def _journal_tail(w: _Work, pos: int) -> None:
    """Volume, issue, pages and year at the end of a journal article in a publisher's house style."""
    for pattern in _JOURNAL_TAILS:
        for m in w.search(pattern, pos):
            _take_year_and_month(w, m)
            w.take("volume", m.group("v"), m.start("v"), m.end("v"))
            if "i" in pattern.groupindex and m.group("i"):
                w.take("issue", m.group("i").strip(), m.start("i"), m.end("i"))
            w.take("page", _range(m.group("pg")), m.start("pg"), m.end("pg"))
            w.claim(m.start(), m.end())
            w.flags.add("journal-tail")
            _translation_note(w, m.end())
            return
    if "issued" in w.fields and not rx.search(r"\b(?:pp?|[Pp]ages|[Cc]h|[Ss])\.?\s*\d|[Ii]n:?\s", w.free()[pos:]):
        for m in w.search(_VOLUME_PAGE_TAIL, pos):
            if names_a_month(w.text[max(0, m.start() - 12) : m.start()].lower()):
                break  # 'Washington Post, June 19, 1972': a date
            split = rx.fullmatch(r"(\d+)-(\d{1,2})", m.group("v") or "")
            if split and int(split.group(2)) < int(split.group(1)):  # KCI's 'Amerasia Journal 29-3, 23-29': no range falls, so volume-issue
                w.take("volume", split.group(1), m.start("v"), m.start("v") + len(split.group(1)))
                w.take("issue", split.group(2), m.end("v") - len(split.group(2)), m.end("v"))
            elif m.group("v"):
                w.take("volume", m.group("v"), m.start("v"), m.end("v"))
            else:
                w.take("issue", m.group("i"), m.start("i"), m.end("i"))
            w.take("page", _range(m.group("pg")), m.start("pg"), m.end("pg"))
            w.claim(m.start(), m.end())
            w.flags.add("journal-tail")
            return


_ENGLISH_TRANSLATION = re.compile(r"[\s.,\x00]*;\s*(?P<tr>(?:English\s+transl|англ\.\s*пер)\.[^\n]*?)[\s.]*$")  # (Math-Net's own 'англ. пер.:')


def _translation_note(w: _Work, end: int) -> None:
    """'…, 61:1 (1971), 118–134; English transl. in Soviet Physics JETP, 34:1 (1972), 62–69' (Math-Net's Russian pages:
    '; англ. пер.: …'): the translation is a note,
    whole, and the work cited is the original, not in English (in these lists, Russian)."""
    m = _ENGLISH_TRANSLATION.match(w.text, end) if "English transl" in w.text or "англ. пер" in w.text else None
    if m:
        w.take("note", m.group("tr"), m.start("tr"), m.end("tr"), claim=(end, m.end()))
        w.fields.setdefault("language-tag", "ru")


_APPROVED_PROTOCOL = re.compile(
    r"(?P<note>(?:Одобрен[аоы]?|Утвержден[аоы]?|Approved|Odobren[aoy]?)\s+[^.\x00]{5,200}?)\s+(?:от|on|ot)\s+"
    r"(?P<date>\d{1,2}\s+[^\W\d]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})(?:\s+(?:года|г\.|goda))?\.?\s*"
    r"(?:Протокол|Protocol|Protokol)\s*(?:№|No\.?|N)\s*(?P<n>\d+)"
)
# a map's scale statement: 'Масштаб 1 : 2 500 000', Kazakh 'Масштабы 1:1 000 000', romanised 'Masshtab 1:2 500 000', 'Scale 1:5 000 000'
_MAP_SCALE = re.compile(r"(?<!\w)(?:[Мм]асштаб[аы]?|[Mm]asshtab[ay]?|[Ss]cale)\s*:?\s*1\s?:\s?\d{1,3}(?:[ \xa0\u202f]?\d{3})*(?![\d\w])")
# and the count of its sheets, after the imprint: '– 1 к.', '– 2 л.', '2 sheets'
_MAP_SHEETS = re.compile(r"[.,]\s*[–—-]?\s*\d{1,2}\s*(?:к|л|sheets?)\.?\s*$")
# GOST 7.32's research report: '… : отчёт о НИР / АО «КазМунайГаз»', '… : отчет о НИР (заключ.) / Ин-т …'
_RESEARCH_REPORT = re.compile(r"\s*:\s*(?P<g>[Оо]тч[её]т\s+о\s+(?:НИР|НИОКР|ОКР|научно-исследовательской\s+работе)(?:\s*\((?:заключ|промежуточ|итогов|оконч)[^()]{0,30}\))?)(?=\s*[/.;(–—]|\s*$)")
# a standard's introduction statements after its title: '… : издание официальное : введен взамен ГОСТ Р 50922–96 : дата введения 2008-02-01.'
_STANDARD_INTRODUCED = re.compile(r"\s*:\s*(?P<n>[Вв]вед[её]н[аы]?\s+(?:впервые|взамен\s+[^:\x00]+?)|[Дд]ата\s+введения\s+[\d.-]{8,10})(?=\s*:|\.?\s*[—–]\s|\.?\s*$)")
# a program's version as an area of its own: '… / OISF. — Version 7.0.3. — URL: https://github.com/…', '— Версия 6.0.'
_VERSION_AREA = re.compile(
    r"(?<=[.—–]\s)(?P<v>(?:Version|Версия|Нұсқа)\s*\d+(?:\.\d+){0,3}[a-z]?)(?=\.?\s*(?:[—–]\s|$))"
    r"|(?<=[,”\"]\s)(?P<r>Release\s+\d{1,2}|Rel-\d{1,2})(?=,\s*(?:[A-Z][a-z]{2}\.?\s+)?(?:19|20)\d\d)"  # a 3GPP specification's '…,” Release 16, 2020.'
    r"|(?<=[\w)],\s)(?P<vc>[Vv]ersion\s+\d+(?:\.\d+){1,3}[a-z]?)(?=\.\s)"  # Springer '(2023) OpenQuake Engine, version 3.16.0. GitHub.'
    r"|(?<=,”\s)(?P<vq>[Vv]ersion\s+\d+(?:\.\d+){1,3}[a-z]?)(?=,\s)"  # IEEE '“xDEM: …,” Version 0.0.17, GitHub, Nov. 2023.'
)
_DATA_WORDS = re.compile(r"(?i)\b(?:корпус\w*|corpus|dataset|data\s+set|набор\s+данных|деректер\s+жиынтығы|catalog(?:ue)?)\b")
_CODE_HOST = re.compile(r"github\.com|gitlab\.com|bitbucket\.org|sourceforge\.net|pypi\.org|cran\.r-project\.org")
# a Korean ministry's notice or directive by its number: '식품의약품안전처 고시 제2022-23호', '(교육부 고시 제2022-33호)'
_KO_NOTICE = re.compile(r"(?P<o>\()?(?P<g>[가-힣]{2,20}\s(?:고시|훈령|예규|공고))\s*제\s*(?P<n>\d{4}-\d{1,4}|\d{1,4})\s*호(?(o)\))"
    r"(?:\s*\(\s*(?P<d>(?:19|20)\d\d\.\s*\d{1,2}\.\s*\d{1,2}\.?)\s*(?P<k>(?:일부|전부)?개정|제정|시행)?\s*\))?")  # '(2022. 3. 29. 일부개정)'
# a piece of a collected works and the series that reprints it: '『益齋亂藁』 卷6, 「在大都上中書都堂書」, 『韓國文集叢刊』 2, …'
_KO_SECTION_AND_SERIES = re.compile(r"(?:,\s*「(?P<s>[^」\x00]+)」)?\s*,\s*『(?P<c>[^』\x00]+)』\s*(?P<n>\d{1,4})(?=\s*,)")
# a journal's series before its volume, Chicago style: 'Asia Major, 3rd ser., 2, no. 2 (1989)', '…, n.s., 14, no. 1'
_JOURNAL_SERIES = re.compile(r",\s*(?P<s>(?:\d(?:st|nd|rd|th)|[Nn]ew|[Oo]ld|[Tt]hird|[Ss]econd|[Ff]ourth)\s+ser\.|n\.\s?s\.),\s*(?P<v>\d{1,4})(?=,\s*no\.)")
_KO_BOOK_VOLUME = re.compile(r"(?<=』)\s*(?:제\s*)?(?P<v>\d{1,3})\s*[권책]\s*\((?P<vt>[^()\x00]{1,30})\)(?=\s*[.,])")
_TRANSLATION_STATUS = re.compile(r"(?<=[.,]\s)(?P<n>(?:Unofficial|Official|Informal)\s+(?:English\s+)?translation)\s*[.,]|\[(?P<b>(?:Unofficial|Official|Informal)\s+(?:English\s+)?translation)\]")
# the licence WHO and others print after the imprint: 'Geneva: World Health Organization; 2020. Licence: CC BY-NC-SA 3.0 IGO.'
_LICENCE = re.compile(r"(?<=[.;]\s)(?P<n>Licen[cs]e:\s*CC\s+(?:BY(?:-[A-Z]{2})*|0)(?:\s+\d\.\d)?(?:\s+IGO)?)\.?")
_SURVEY_SERIES = re.compile(
    r"(?<=[.,]\s)(?P<pub>USGS|(?:[A-Z][\w.]*\s+){0,4}Geological\s+Survey(?:\s+of\s+[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?),?\s+"
    r"(?P<g>Open[-\s]File\s+Report|Scientific\s+Investigations\s+(?:Report|Map)|Professional\s+Paper|Water[-\s]Supply\s+Paper|Data\s+Series|Fact\s+Sheet|Techniques\s+and\s+Methods)"
    r"\s+(?P<n>\d[\w.]*(?:[-–]\w+)?)"
)
_MLA_BOOK_VOLUME = re.compile(r"(?<=\.\s)Vol\.\s*(?P<v>\d{1,3}),\s*(?P<pub>[A-Z][^,.\d\x00]{1,60}),\s*(?P<y>(?:1[5-9]|20)\d\d)\.?\s*$")
# Chicago's multivolume work after a chapter's book: '… edited by …, 321–413. Vol. 6 of The Cambridge History of China.'
_VOLUME_OF = re.compile(r"(?<=[.,]\s)Vol\.\s*(?P<v>\d{1,3})\s+of\s+(?P<c>[A-Z][^.\x00]{3,120}?)(?=\.\s|\.?$)")
# GOST's parallel title after ' = ': 'Таңдамалы = Избранное' (not a formula inside brackets: '(E = Sulfur, …)')
_PARALLEL_TITLE = re.compile(r"(?<=[^\W\d_]{3})\s+=\s+(?P<p>[^\W\d_][^=()]{2,200}?)[\s.]*$")
# databases that hold legal acts and nothing else
_LEGAL_ONLY_HOST = re.compile(r"adilet\.zan\.kz/\w+/docs/|pravo\.gov\.ru/proxy/ips|publication\.pravo\.gov\.ru|zakon\.rada\.gov\.ua/laws|law\.go\.kr/|eur-lex\.europa\.eu/(?:legal-content|eli)|legislation\.gov\.uk/")
# a piece in a book cited by the book's volume: '「答奇明彦」, 『退溪集』 卷16', '『韓國佛敎全書』 第1冊'
_BOOK_VOLUME_MARK = re.compile(r"」\s*,?\s*(?:[^『」]{0,40}[,\s])?『[^』]+』\s*(?:[卷巻]\s*\d|第\s*\d+\s*[冊册])")
# a classic cited by its book and chapter alone: '『論語』,「學而」.', '『管子』 「牧民」.'
_CLASSIC_SECTION = re.compile(r"[\s\x00]*『(?P<t>[^』\x00]{1,40})』\s*,?\s*「(?P<s>[^」\x00]{1,40})」\s*\.?[\s\x00]*$")
# a NICE guidance's series and number: '… NICE guideline NG196. Published April 27, 2021.'
_NICE_GUIDANCE = re.compile(r"(?<=[.,]\s)(?P<g>NICE\s+(?:guideline|clinical\s+guideline|quality\s+standard|technology\s+appraisal\s+guidance|public\s+health\s+guideline))\s*(?:\[|\()?(?P<n>(?:NG|CG|QS|TA|PH)\d{1,4})(?:\]|\))?(?=\.|,|\s*$)")
_MAP_NUMBER = re.compile(r",\s*(?P<g>Map|Sheet|Карта|Лист)\s+(?P<n>[A-Z]{0,2}-?\d[\dA-Z-]{0,8})(?=\s*[,.]|$)")
_YEAR_BEFORE_ARXIV = re.compile(r",\s*(?P<y>(?:19|20)\d\d)(?=,\s*arXiv\s*:?\s*(?:\d{4}\.\d{4,5}|[a-z-]+(?:\.[A-Z]{2})?/\d{7}))")
_COLLECTED_WORKS = re.compile(r"собр\.\s*соч|собрание\s+сочинений|зібрання\s+творів|шығармалар\s+жинағы|шығармаларының\s+толық|collected\s+works|sämtliche\s+werke")
_CUMULATIVE = re.compile(r"\s*(?P<c>\(\d{1,4}\))(?=\s*[,.]\s*(?:№|No\.?|no\.|Вып\.|Issue|Iss\.)\s*\d)")
_EN_MONTH_OR_SEASON = (
    r"(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?"
    r"|Spring|Summer|Autumn|Fall|Winter)"
)
_SEASON_OR_MONTH_YEAR = re.compile(r"(?P<m>" + _EN_MONTH_OR_SEASON + r")\.?\s+(?P<y>(?:1[5-9]|20)\d\d)")
# an issue dated by a span of months: Chicago '(January–March 1937)', '(Fall/Winter 2004)': the year alone dates it
_MONTH_SPAN_YEAR = re.compile(r"\(" + _EN_MONTH_OR_SEASON + r"\.?\s*[-–/]\s*" + _EN_MONTH_OR_SEASON + r"\.?\s+(?P<y>(?:1[5-9]|20)\d\d)\)")
_VOL_PAGES = re.compile(r"(?<![\w./-])(?P<v>\d{1,4})\s*:\s*(?P<pg>[A-Za-z]?\d+(?:\s*[-–—]\s*[A-Za-z]?\d+)?)(?![\d])")
_RANGE = re.compile(r"(?<![\w./-])(?P<pg>[A-Za-z]?\d{1,5}\s*[-–—~]\s*[A-Za-z]?\d{1,5})(?![\w/])")
# (a Korean quarterly's season goes with its year: '1974 봄')
_YEAR = re.compile(r"(?<![\d/№-])(?<!\d\.)(?P<y>1[5-9]\d\d|20\d\d)(?!(?<=0)s\b)(?P<suffix>[a-zа-я])?(?:/\d{2,4})?(?:\s*г(?:г|ода)?\.?|\s*年)?(?![\d-])(?![가-힣])(?:\s+(?:봄|여름|가을|겨울)(?![가-힣]))?(?!\s+(?:[A-Z][a-z]|[가-힣]))|(?<![\d])(?P<yk>(?:19|20)\d\d)\s*년(?!\s*[가-힣]{2})")
_DAY_MONTH_YEAR = re.compile(
    rf"(?P<d>\d{{1,2}})\s+(?P<m>{MONTH_CASED_RE})\.?,?\s+(?P<y>\d{{4}})|(?P<m2>{MONTH_CASED_RE})\.?\s+(?P<d2>\d{{1,2}}),?\s+(?P<y2>\d{{4}})"
    rf"|(?P<m3>{MONTH_CASED_RE})\.?,?\s+(?P<y3>\d{{4}})|(?P<y4>\d{{4}}),?\s+(?P<m4>{MONTH_CASED_RE})\.?(?:\s+(?P<d4>\d{{1,2}}))?"
    r"|(?P<d5>\d{1,2})\.(?P<m5>\d{1,2})\.(?P<y5>\d{4})|(?P<y6>\d{4})-(?P<m6>\d{1,2})-(?P<d6>\d{1,2})"
    r"|(?<![\d.])(?P<y7>(?:19|20)\d\d)\.\s?(?P<m7>1[0-2]|0?[1-9])(?:\.(?:\s?(?P<d7>3[01]|[12]\d|0?[1-9])\.?)?|(?=\)))(?![\d(])"
    rf"|(?P<y8>\d{{4}})\s+(?P<m8>{MONTH_CASED_RE})\.?\s+(?P<d8>\d{{1,2}})(?![\d])"
    r"|(?P<y9>\d{4})\s*년\s*(?P<m9>\d{1,2})\s*월(?:\s*(?P<d9>\d{1,2})\s*일)?",
)
# the numeric forms alone (12.03.2020, 2020-03-12, 2022. 6. 22., 2012년 4월): cheap enough to try on every reference
_NUMERIC_DATE = re.compile(
    r"(?P<d5>\d{1,2})\.(?P<m5>\d{1,2})\.(?P<y5>\d{4})|(?P<y6>\d{4})-(?P<m6>\d{1,2})-(?P<d6>\d{1,2})"
    r"|(?<![\d.])(?P<y7>(?:19|20)\d\d)\.\s?(?P<m7>1[0-2]|0?[1-9])(?:\.(?:\s?(?P<d7>3[01]|[12]\d|0?[1-9])\.?)?|(?=\)))(?![\d(])"
    r"|(?P<y9>\d{4})\s*년\s*(?P<m9>\d{1,2})\s*월(?:\s*(?P<d9>\d{1,2})\s*일)?"
)
# its hint, with '년' tested apart: one character class first, so the engine skips to the digits
_NUMERIC_HINT = re.compile(r"\d(?:\.\d{1,2}\.\d|\d{3}-\d|(?<=1)9\d\d\.\s?\d{1,2}[.)]|(?<=2)0\d\d\.\s?\d{1,2}[.)])")
_NO_GROUPS = dict.fromkeys(
    [f"{k}{n}" for k in ("y", "m", "d") for n in ("", "2", "3", "4", "5", "6", "7", "8", "9")]
)
_PLACE_WORD = r"(?:[" + UP + r"]{1,2}[" + LOW + r"]{0,2}\.\s*|[" + UP + r"][" + LOW + r"]+[\s-]+|(?:am|upon|on|na|de|del|la|le|sur|im|an)\s+|a\.\s*)"  # 'Frankfurt a. M.'
_PLACE = r"(?:" + _PLACE_WORD + r"){0,3}(?:[" + UP + r"](?:[" + LOW + r"]|['’](?=[" + LOW + r"]))+(?:(?<=[" + LOW + r"])[A-Z][a-z]+)?(?:\s+[A-Z]{2}(?=\s*:))?|[" + UP + r"]{1,2}[" + LOW + r"]{0,2}\.)(?:\s*\((?:[A-Z]{2,3}|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\))?" + r"(?:(?:\s*[,;]\s*|\s+(?:&|and)\s+)(?:" + _PLACE_WORD + r"){0,2}[" + UP + r"][" + LOW + UP + r"]*\.?){0,3}"  # 'Rutland, Vermont & Tokyo', 'New York and Geneva'
_COMMA_IMPRINT_AT_END = re.compile(r",\s+(?P<place>" + _PLACE + r")\s*:\s*[" + UP + r"][^:;]{2,80}?(?:,\s*(?:1[5-9]|20)\d\d)?\.?\s*$")
_PLACE_PUBLISHER = re.compile(
    r"(?:(?<=[\s.–—,;(])|^)(?P<place>" + _PLACE + r")\s*:\s*"
    r"(?P<pub>(?:[" + UP + HANGUL + r"«\"“'0-9]|изд(?!ани)|ed\b|\w+\s+[" + UP + r"])[^:;]*?(?:\s*;\s*(?![^:;]{0,30}:)[" + UP + r"«\"][^:;]*?)?)\s*"
    r"(?=,\s*(?:c|©)?\s*\d{4}|;\s*\d{4}|;\s*(?=[" + UP + r"][^:;]{0,25}:)|,?\s*\d{4}\s*[.,;]?\s*$|\.\s*[–—-]\s|\.\s*$|$|[;,.]?\s*\x00|,\s*\d+\s*(?:с|p|pp)\.|(?<=\.)\s*(?:1[5-9]|20)\d\d(?!\d)\s*(?:[.,;]|$))"
)
_PLACE_COMMA_PUBL = re.compile(
    r"(?:(?<=[\s.–—,;(])|^)(?P<place>" + _PLACE + r")\s*,\s*(?P<pub>[" + UP + LOW + r"][^,;:]{0,60}?\bPubl\.?(?:\s+House)?)"  # (in lower case too: 'Moscow, nauka Publ.')
)
_CITY_FIRST = "".join(sorted({re.escape(c[0]) for c in CITIES}))  # the letters cities start with, for a character class
# (a look-ahead for a capital or a city's first letter, which every form starts with, fails at once at most positions,
# where the engine tried each look-behind)
_CITY_YEAR = re.compile(
    r"(?=[" + UP + _CITY_FIRST + r"])(?:(?<=[–—]\s)|(?<=\.\s)|(?<=\s-\s)|(?<=\x00\s)|(?<=\x00)|^)(?P<place>" + trie_pattern(c for c in CITIES if " " in c) + r"|[" + UP + r"][" + LOW + r"]*\.?(?:\s*[;-]\s*[" + UP + r"][" + LOW + r"]*\.?)?|[" + UP + r"]{1,2}[" + LOW + r"]{0,2}\.|N\.\s*Y\.|Н\.\s*Новгород|N\.\s*Novgorod)\s*,\s*(?=\d{4}(?!\d))"
)
# Russian APA's bare 'В' before a host: 'В В. В. Давыдов (Ред.), …', 'В Собрание сочинений: … (с. 244–268)'
_RU_APA_IN = r"В\s+(?=(?:[А-ЯЁ]\.\s*){1,3}[А-ЯЁ][а-яё]|[^()]{3,200}\(с\.\s*\d|(?:Материалы|Труды|Тезисы|Сборник|Сб\.|Доклады)\s)"
_IN_MARKER = re.compile(r"^\s*(?:In\s*:|In\b(?!\s+\d+\s+vols?\b)|В\s+кн\.\s*:?|В\s*:|" + _RU_APA_IN + r"|Ін\s*:|Кітапта\s*:|수록\s*:|Dans\s*:|In\s+the\s+)\s*", re.IGNORECASE)
_EDITOR_MARK = re.compile(
    r"\(\s*(?:eds?|Eds?|ed\s+by|ред|редс?|отв\.\s*ред|под\s+ред|сост|comp|Hrsg|Hg|엮음|편)\.?\s*\)|(?<=\s)(?:eds?|Eds?)\.(?=[\s,])|,\s*(?:eds?|Eds?)\.?"
)
_EDITED_BY = re.compile(
    r"(?:башкы\s+ред\.|жооптуу\s+ред\.|(?:[Jj]alpy|[Zz]halpy|[Pp]od|[Oo]tv\.|[Nn]auch\.)\s+red\.|(?:перевод\s+с\s+[а-яё]+\s+)?под\s+(?:общ\.\s*|науч\.\s*|общей\s+|научной\s+)?ред(?:\.|акцией)(?:\s+и\s+с\s+(?:послесловием|предисловием|комментариями))?|отв\.\s*ред\.|науч\.\s*ред\.|гл\.\s*ред\.|ред\.\s*кол\.:?|сост\.|"
    r"жалпы\s+ред\.\s*басқ\.|ред\.\s*басқ\.|за\s+(?:заг\.\s*|наук\.\s*)?ред\.|пад\s+(?:агул\.\s*|навук\.\s*)?рэд\.|рэдкал\.|редкол\.|ред\.\s*басқ\.|жалпы\s+ред\.|"
    r"ed(?:ited)?\.?\s+by|hrsg\.\s+von|herausgegeben\s+von|eds?\.|Ed\.|Eds\.|редакциясымен|ред\.|рэд\.|жауапты\s+ред\.|edited\s+by|под\s+ред"
    r"|(?:составитель\s+и\s+)?(?:главный|ответственный|научный)\s+редактор|редакторы?(?=\s))\s*:?\s*",  # GOST 7.0.100 spells them out: '; составитель и главный редактор С. А. Кузнецов'
    re.IGNORECASE,
)
# a series' number: '; вып. 5', '; Bd. 26', '; т. 3, вып. 8', ', No. 4', ', 101', ', XVIII', FAO '; 29 Rev. 1'
_SERIES_NUMBER = r"(?:(?:[Вв]ып|[Тт]|[Nn]o|[Vv]ol|[Кк]н|Bd|Band|Heft|[Ii]ss|[Vv]yp)\.?\s*[\dIVXLC]+(?:-[A-Z]|/\d+)?|№\s*[\dIVXLC]+)(?:\s*,\s*(?:[Вв]ып|[Nn]o|Heft)\.?\s*\d+)?"
_TRIAL_REGISTRATION = re.compile(r"(?<=\.\s)(?P<c>ClinicalTrials\.gov)(?:\s+(?:identifier|Identifier|ID|registration\s+number))?\s*:?\s*(?P<n>NCT\d{8})")
_MR_NUMBER = re.compile(r"(?<=[.,]\s)MR\s?\d{5,7}(?:\s*\(\d+\s*#\s*\d+\))?(?=\.?\s*$)")
# the distributor of a thesis, which MathSciNet prints as if it were the publisher (the university is named after 'Thesis (Ph.D.)–')
_PROQUEST_IMPRINT = re.compile(r",\s*(?:ProQuest(?:\s+LLC)?|UMI|University\s+Microfilms(?:\s+International)?),\s*Ann\s+Arbor,\s*(?:MI|Mich\.?)(?:,\s*(?P<y>(?:1[5-9]|20)\d\d))?(?=[.,])")
# a Korean excavation or research report's series and its number, after the title: '…, 발굴조사보고 제190책.', '… 學術調査報告 第12冊'
_KO_REPORT_SERIES = re.compile(
    r"(?<=,\s)(?P<s>[가-힣\u4e00-\u9fff]+(?:\s[가-힣\u4e00-\u9fff]+){0,3}?(?:보고|보고서|총서|報告|報告書|叢書))\s*(?:제|第)\s*(?P<n>\d+)\s*(?:책|冊)(?=[\s.,]*$)"
)
# a numbered series as a sentence of its own, between the title (or host) and the imprint: '… requirements. FAO Irrigation
# and Drainage Paper No. 56. FAO, Rome', '… production. FAO Plant Production and Protection Series No. 30. FAO, Rome, pp 227–249'
_NUMBERED_SERIES_SENTENCE = re.compile(
    r"(?<=\.\s)(?P<s>[A-Z][\w&'-]*(?:\s+(?:[A-Z][\w&'-]*|and|of|for|in|on|the|&)){0,8}\s+(?:Papers?|Series|Reports?|Bulletin|Manual|Studies|Guidelines))"
    r",?\s+(?:No\.|no\.)\s*(?P<n>(?:[A-Z]{1,4}-){0,3}\d+(?:[\w-]|\.\d)*(?:\s+Rev\.\s*\d+)?)(?=\s*[.,;]\s|\s*\.?\s*$)"  # (IAEA's 'No. NF-T-1.4')
)
_END_SERIES = re.compile(
    r"\((?:(?<=[–—]\s\()|(?<=\.\s\()|(?<=\.\())(?P<s>[^()\d][^()]{2,100}?)"  # (the bracket before the look-behinds: the engine skips to it)
    r"(?:(?:\s*;\s*|\s*,\s*(?=(?:[Nn]o|[Vv]ol|№|[Ii]ss|[Vv]yp)\.?\s*\d|(?:\d{1,3}|[IVXLC]+)\))|\.\s+(?=№\s*\d))(?P<n>(?:" + _SERIES_NUMBER + r"|[\dIVXLC]+(?:\s+Rev\.\s*\d+)?)(?:\s*\(\d{1,4}\))?))?"
    r"\)\.?(?=[\s.–—\x00]*$)"  # (a cumulative number after the series' own: '(Современная аналитика образования. № 2 (19))')
)
_SERIES = re.compile(r"\(\s*(?:Сер(?:ия)?\.?|Series|Ser\.|Серия|Сериясы|총서)\s*:?\s*(?P<s>[^()]+?)\s*(?:;\s*(?P<n>[\w.]+))?\s*\)|\((?P<s2>[^()]*?(?:Series|Серия|Library|Библиотека)[^()]*?)(?:\s*;\s*(?P<n2>(?:(?:[Вв]ып|[Тт]|[Nn]o|[Vv]ol|[Кк]н)\.?\s*)?\w+))?\)")
_APA_PRESENTATION = re.compile(
    r"\[(?P<g>(?:Paper|Conference|Poster|Keynote|Symposium|Invited|Oral)\s+(?:presentation|session|address|talk)|Poster|Presentation)\]\.\s+"
    r"(?P<e>[A-Z0-9][^,\x00]{3,200}?)(?:,\s+(?P<pl>[^,\x00]{2,40}(?:,\s*[^,\x00]{1,39}[^,.\x00]){0,2}?))?\.?\s*(?=\x00|$|<?https?://)"
)
# AMA '… Abstract presented at: 50th World Conference on Lung Health; October 30-November 2, 2019; Hyderabad, India.'
_AMA_PRESENTATION = re.compile(
    r"(?<=\.\s)(?P<g>Abstract|Poster|Paper|Oral\s+presentation|Presentation)\s+presented\s+at:\s*(?P<e>[^;\x00]{5,200}?);\s*"
    r"(?P<m1>[A-Z][a-z]{2,8})\.?\s+(?P<d1>\d{1,2})(?:\s*[-–]\s*(?:(?P<m2>[A-Z][a-z]{2,8})\.?\s+)?(?P<d2>\d{1,2}))?,\s*(?P<y>(?:1[5-9]|20)\d\d)\s*;\s*"
    r"(?P<pl>[^;.\x00]{2,60}?)\.?\s*$"
)
_QUOTES = {"“": "”", '"': '"', "«": "»", "„": "“", "「": "」", "『": "』", "‘": "’", "'": "'", "〈": "〉", "《": "》"}
_DESCRIPTOR = re.compile(
    r"\s*(?:헌법|법률|보도자료|unpublished|doctoral|master|dissertation|thesis|report|data\s*set|dataset|video|film|podcast|audio|computer\s+software|software|"
    r"press\s+release|preprint|blog|tweet|map|abstract|lecture|presentation|conference\s+session|paper\s+presentation|poster|manual|test\s+manual|measurement\s+instrument|"
    r"электронный|текст|видео|аудио|карта)\b",
    re.IGNORECASE,
)
_SECTION = re.compile(_B + r"(?:Ст|ст|Art|art|Sec|sec|St|§)\.\s*(?P<s>\d+(?:[.-]\d+)*[a-zа-я]?)")
_LONE_MONTH = re.compile(rf"(?:(?<=[–—]\s)|(?<=\.\s))(?P<m>{MONTH_CASED_RE})\.?(?=\s*(?:[.–—,;]|$))")
_MONTH_DAY = re.compile(rf"(?<![\w])(?P<m>{MONTH_CASED_RE})\.?\s+(?P<d>\d{{1,2}})(?![\d])")
_DAY_MONTH = re.compile(rf"(?<![\d.])(?P<d>\d{{1,2}})(?:\s*\(\d{{1,2}}\))?(?:\s+|-(?=[а-я]))(?P<m>{MONTH_CASED_RE})(?![\w])\.?")  # '13 (26) мая': Julian (Gregorian); Kyrgyz '5-декабрь'
_VIDEO_RECORDING = re.compile(r"Видеозапись|Бейнежазба|Відеозапис|Videozapis", re.IGNORECASE)
_FILM_DESCRIPTOR = re.compile(r"\s*:\s*(?P<g>(?:көркем|деректі|анимациялық|художественный|документальный|мультипликационный|художній|документальний)\s+фильм|(?:кино|теле)фильм)(?=\s*[./\x00]|\s*$)", re.IGNORECASE)
_VIDEO_CARRIER = re.compile(r"\((?P<m>(?:DVD|VHS|Blu-ray)(?:\s*\d{1,2}\s*(?:매|장|discs?))?)\)")
# GOST 7.0.100-2018 content and medium marks: 'Текст : непосредственный', 'Текст (рукописный) : непосредственный',
# 'Текст. Изображение : электронные' (one or more kinds of content, each perhaps qualified, then the carrier)
_CONTENT_KIND = r"(?:Текст|Мәтін|Text|Изображени[ея]|Ноты|Карты|Музыка|Устная\s+речь|Движущиеся\s+изображения|Электронн(?:ая|ые)\s+(?:программа|данные))(?:\s*\([а-яё\s,]{3,40}\))?"
_MEDIUM_PLAIN = re.compile(
    rf"{_CONTENT_KIND}(?:\s*[.;]\s*{_CONTENT_KIND})*\s*:\s*(?:электронн(?:ый|ые|ое|ая)|непосредственн(?:ый|ые|ое|ая)|электрондық|electronic)(?![\w])|Электронный\s+ресурс",
    re.IGNORECASE,
)
_LEGAL_ACT = re.compile(
    r"\s*:\s*(?=(?:[Уу]каз|[Зз]акон|[Фф]едеральный\s+(?:конституционный\s+)?закон|федер\.\s*(?:конст\.\s*)?закон|[Пп]остановление|[Пп]риказ|[Рр]аспоряжение|[Кк]одекс|[Дд]екрет|"
    r"[Рр]озпорядження|[Пп]останова\s+(?:Кабінету|Верховної|Правління|Національного)|[Нн]аказ\s+(?:Міністерства|Міністра|Мін[а-яі]+\s)|"  # Ukrainian 'розпорядження Кабінету Міністрів України від …'
    r"Закон\s+України|Закон\s+Рэсп|Конституционный\s+закон|ҚР\s+Заңы|Заңы|[Pp]rikaz|[Pp]ostanovlenie|[Uu]kaz|[Ff]ederal'nyi\s+(?:konstitutsionnyi\s+)?zakon"
    r"|[Тт]ехнический\s+регламент|[Tt]ekhnicheskii\s+reglament)\b"  # '… : технический регламент Таможенного союза ТР ТС 033/2013 : …'
    r"|(?:утв\.|утвержден[аыо]?\s|утверждён[аыо]?\s|бекітілген\s|затв\.|затверджен[аоі]?\s|utv\.\s*(?=prikaz|postanovl|resheni|ukaz))"  # '… : утв. постановлением Правительства … от …'
    r"|(?:Қазақстан\s+Республикасы(?:ның)?|ҚР|Кыргыз\s+Республикасынын)\s+(?:[^\s:]+\s+){0,6}?\d{4}\s+(?:жылғы|жылдын)\s)"
)
_LEGAL_DATE = re.compile(
    r"(?:\bот|\bвід|\bад|\bfrom|\bof|\bdated|\bot|\bvid)\s+(?P<date>\d{1,2}[./]\d{1,2}[./]\d{4}|\d{1,2}\s+[^\s\d]+\.?\s+\d{4}|[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+\d{4})"
    r"|(?P<ky>\d{4})\s*-?\s*ж(?:ыл\w*|\.)\s+(?P<kd>\d{1,2})\s*-?\s*(?P<km>[^\s\d,.]+)"
    # Kazakh '2020 жылғы 3 желтоқсандағы' (in a Latin twin '2017 zhylgy 26 qazandagy'), Uzbek '2019 йил 21 октябрдаги'
    r"|(?P<kk>\d{4})\s+(?:жылғы|йил|yil|zhylgh?y|jylǵy|jylg['’]?y)\s+(?P<kkd>\d{1,2})\s+(?P<kkm>[^\s\d,.]+)",
    re.IGNORECASE,
)
_JUNK_CHUNK = re.compile(r"^(?:p|pp|P|С|с|s|S|URL|In|from|г|гг|eds?|Eds?|and|и|&|Р|Режим доступа|Available at|Retrieved from|Retrieved|Online|Accessed|Web|Print|n\.d|б\.г|s\.a|s\.l|б\.м|n\.p)\.?$", re.IGNORECASE)


# ---------------------------------------------------------------- working state


@dataclass
class _Work:
    text: str
    work: list[str]
    fields: dict = field(default_factory=dict)
    spans: dict = field(default_factory=dict)
    flags: set = field(default_factory=set)
    _hinted: dict = field(default_factory=dict)

    @classmethod
    def of(cls, text: str) -> _Work:
        return cls(text, list(text))

    _free: str | None = None

    def free(self, start: int = 0, end: int | None = None) -> str:
        if self._free is None:
            self._free = "".join(self.work)
        if start == 0 and end is None:
            return self._free
        return self._free[start:end]

    def claim(self, start: int, end: int) -> None:
        if start >= end:
            return
        self.work[start:end] = [_FREE] * (end - start)
        self._free = None

    def take(self, name: str, value, start: int, end: int, *, claim: tuple[int, int] | None = None) -> None:
        if value in (None, "", []):
            return
        if name == "note" and self.fields.get("note") and value not in self.fields["note"]:
            self.fields["note"] += "; " + value  # two notes are both kept: a note is where nothing may be lost
        self.fields.setdefault(name, value)
        self.spans.setdefault(name, (start, end))
        a, b = claim or (start, end)
        self.claim(a, b)

    def add_note(self, text: str, start: int, end: int) -> None:
        """Keep text that no field holds as (part of) the note, beside any note read before, and claim it."""
        self.take("note", _tidy(text), start, end)
        self.claim(start, end)

    def search(self, pattern: re.Pattern[str], start: int = 0, end: int | None = None):
        """Matches of ``pattern`` in unclaimed text only (claimed characters never match)."""
        known = self._hinted.get(id(pattern))  # by identity: hashing a compiled pattern walks its whole program
        if known is None:
            known = self.hinted(pattern)
        if not known:
            return []
        view = self.free(0, end)
        if _FREE not in view:  # nothing claimed yet: every match stands
            return list(pattern.finditer(view, start))
        return [m for m in pattern.finditer(view, start) if _FREE not in m.group(0)]

    def hinted(self, pattern: re.Pattern[str]) -> bool:
        """Whether ``pattern``'s hint (if it has one) lets it match here."""
        key = id(pattern)
        known = self._hinted.get(key)
        if known is None:
            hint = _HINTS.get(key)
            known = self._hinted[key] = hint is None or hint(self)  # a hint reads only the text: once per reference
        return known

    # facts about the whole string, computed once per reference on first use

    @cached_property
    def lower(self) -> str:
        return self.text.lower()

    @cached_property
    def has_month(self) -> bool:
        return names_a_month(self.lower)

    @cached_property
    def cjk(self) -> bool:
        """It has a Hangul syllable or a CJK ideograph (Korean, Chinese or Japanese script)."""
        return _CJK.search(self.text) is not None

    @cached_property
    def legal(self) -> bool:
        return bool(_LEGAL_WORDS.search(self.lower))  # the lower-cased text: case-insensitive matching is much slower

    @cached_property
    def numbers_end(self) -> bool:
        """It ends in a number (or has a link or identifier after it): a journal article's numbers may end it."""
        text, low = self.text.rstrip(" ."), self.lower
        if text[-1:] in ")]" and "in " in low[-16:]:  # '…, 214–223 (in Uzbek).': the numbers end it before the language tag
            text = text[: max(text.rfind("("), text.rfind("["), 0)].rstrip(" .")
        tail = text[-2:]
        return bool(tail[-1:].isdigit() or tail[-1:] == ")" and tail[:1].isdigit()) or "doi" in low or "http" in low or "pmid" in low


_CJK = re.compile(r"[가-힣\u4e00-\u9fff]")


# _tidy's passes, compiled once: runs of spaces, brackets left empty by claims, punctuation at either edge
_SPACES, _EMPTY_BRACKETS = re.compile(r"\s+"), re.compile(r"\(\s*\)|\[\s*\]")
_LEAD_PUNCT, _TRAIL_PUNCT = re.compile(r"^[\s.,;:/–—\-]+"), re.compile(r"[\s,;:/–—\-]+$")
# a final full stop kept after an abbreviation ('изд.') or initials ('U.S.A.')
_LAST_WORD_DOT, _INITIALS_WORD = re.compile(r"(?:^|[\s(])([^\s(]+)\.$"), re.compile(r"(?:[A-ZА-Я]\.)+[A-ZА-Я]")


def _tidy(value: str) -> str:
    value = value.strip()
    if len(value) > 2 and value[0] in "『「《〈" and value[-1] in "』」》〉":
        value = value[1:-1]
    value = _SPACES.sub(" ", value.replace(_FREE, " "))
    if "(" in value or "[" in value:
        value = _EMPTY_BRACKETS.sub(" ", value)
    value = value.strip()
    if value.count("(") > value.count(")"):
        value = value.rstrip("( ")
    if value.count(")") > value.count("("):
        value = value.lstrip(") ").rstrip(")")
    value = _LEAD_PUNCT.sub("", value)
    value = _TRAIL_PUNCT.sub("", value)
    if value.endswith(".") and not _ends_with_abbreviation(value):
        value = value[:-1].rstrip()
    return value


_SITE_DOMAIN = re.compile(r"[\w-]{2,}\.(?:com|org|net|gov|edu|info|media|io|uz|kz|ru|kg|kr|ua|by|uk|de)", re.I)
_GLUED_ABBREVIATIONS = re.compile(r"(?:[^\W\d_]{1,5}\.)+[^\W\d_]{1,4}")


# a period of years or centuries keeps its abbreviation's full stop: '… в 1905–1907 гг.', '… XV–XVI стст.', '… 1860s–1880s gg.'
_ERA_END = re.compile(r"(?:\d|\b[IVXLC]+)(?:\s|\xa0)?(?:гг|вв|стст|ст|в|g|gg|vv|st)\.$")


def _past_era_stop(free: str, start: int, end: int) -> int:
    """Where a title that runs from ``start`` ends at ``end``: one further when the character there is the full stop of
    a period of years or centuries, which the title keeps."""
    return end + 1 if free[end : end + 1] == "." and _ERA_END.search(free, start, end + 1) else end


def _ends_with_abbreviation(value: str) -> bool:
    if value[-2:] in ("г.", "в.", "т.", "g.", "v.", "t.") and _ERA_END.search(value):
        return True
    m = _LAST_WORD_DOT.search(value)
    if not m:
        return False
    word = m.group(1)
    if _SITE_DOMAIN.fullmatch(word) or word == "Art" and rx.search(r"\bof(?:\s+[A-Z][a-z]+)?\s+Art\.$", value):
        return False  # a site named by its domain ('Lex.uz.') or 'The Museum of Modern Art.' ends with the style's full stop
    # (also short abbreviations run together: 'Стат.сб.')
    return word in ABBREVIATIONS or (len(word) <= 2 and word[:1].isupper() and not (len(word) == 2 and word.isupper() and word.isalpha())) or bool(_INITIALS_WORD.fullmatch(word) or _GLUED_ABBREVIATIONS.fullmatch(word))


def _range(value: str) -> str:
    return rx.sub(r"\s*([-–—])\s*", r"\1", rx.sub(r"\s*~\s*", "-", value.strip()))


_WORDS = re.compile(r"[^\W\d_]+")


def _matches(*patterns: str, needles: tuple[str, ...] = ()):
    """A hint that one of these regexes matches the lower-cased text: a necessary condition for the costly pattern.
    Each is written so that every alternative starts with a literal (no group around alternatives at its head), or as
    one character class and what follows it: the engine then skips to those characters instead of entering the regex
    at every position (that is why a hint may be split in two).
    ``needles``, if given, are strings one of which every match contains: tested first, as plain substring tests are
    much faster than a regex that cannot skip ahead."""
    compiled = [re.compile(pattern) for pattern in patterns]

    def check(w: _Work) -> bool:
        low = w.lower
        if needles and not any(needle in low for needle in needles):
            return False
        for regex in compiled:
            if regex.search(low) is not None:
                return True
        return False

    return check


def _any(*needles: str):
    """A hint that one of these strings occurs in the lower-cased text (plain substring tests: faster than a regex)."""

    def check(w: _Work) -> bool:
        low = w.lower
        for needle in needles:
            if needle in low:
                return True
        return False

    return check


# cheap tests on how a reference ends, for the patterns that read its end
_YEAR_PAREN_END = re.compile(r"(?:1[5-9]|20)\d\d\)(?:,\s*(?:Vol\.\s*\d+,\s*)?pp?\.\s*[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)?\.?\s*$")
_NOTE_END = re.compile(r"\d\)(?:,\s*(?:pp?\.\s*)?\d+(?:\s*[-–~]\s*\d+)?\s*(?:쪽|면)?)?\.?\s*$")


def _ends_at_last_paren(tail: re.Pattern[str], text: str, before: int) -> bool:
    """Whether ``tail`` (one of those two: ``before`` characters, a ')', and no ')' in what follows up to the end) matches
    the text: it can start only ``before`` characters before the text's last ')', so one match there does a search's work."""
    paren = text.rfind(")")
    return paren >= before and tail.match(text, paren - before) is not None


def _hints() -> dict:
    """Cheap tests that say a costly pattern cannot match, so most references skip most patterns."""
    month = lambda w: w.has_month  # noqa: E731
    return {
        _DAY_MONTH_YEAR: lambda w: w.has_month,
        _NUMERIC_DATE: lambda w: "년" in w.text or _NUMERIC_HINT.search(w.text) is not None,
        _DAY_MONTH: month, _LONE_MONTH: month, _MONTH_DAY: month,
        THESIS_RE: _any("дис", "дыс", "diss", "thesis", "학위", "學位", "автореф", "avtoref", "ғыл", "gyl", "ğyl", "ǵyl", "sci.", "диссертац", "abstract"),
        _URL: _any("://", "www.", ".org/", ".com/", ".net/", ".edu/", ".gov/", ".ru/", ".kz/", ".kr/", ".uk/", ".io/", ".info/", ".int/"),
        _DOI: _any("10."),
        _ISBN: _any("isbn"),
        _LEGAL_DATABASE: _any("доступ", "спс", "ипс"),
        _TRANSLATED_BY: _any("trans", "tr. "),
        _KO_IN_FORCE: _any("[시행"),
        _INTERNET_PLACE: _any("[internet]. "),
        _KO_BOOK_KIND: _any("도록", "자료집", "해제집", "圖錄"),
        _FACSIMILE_NOTE: _any("影印", "영인", "全", "전"),
        _VOLUME_COUNT: _any(" vols"),
        _KO_TRANSLATED_BY: _any("옮김", "번역", "역,", "역.", "공역", "역주", "편역", "譯"),
        _SPECIALITY: _any("специальн", "спеціальн", "мамандығ"),
        _SPECIALITY_CODE: _any("дис", "автореф", "phd", "доктор"),
        _COMPILER_CREDIT: _any("compiled"),
        _CONTRIBUTOR_BY: _any("ction by", "word by", "ace by", "tary by", "otes by", "ions by"),
        _PAREN_ROLE: _any("trans.)", "ed.)", "eds.)"),
        _COPYRIGHT_YEAR: _any("c1", "c2", "©"),
        _ORIGINAL_WORK: _any("original", "оригинал", "원저"),
        _NATURE_EDITORS: _any("(ed"),
        _KO_TRANSLATOR_NOTE: lambda w: bool(rx.search("옮김|역\\)|번역|창간호|일자|」\\s*\\(", w.text)),
        _KO_MONTHLY: _any("월호"),
        _KO_SERIES: _any("』(", "』 ("),
        _KO_REPORT_KIND: _any("』(", "』 ("),
        _EU_OFFICIAL_JOURNAL: _any("oj ", "o.j. "),
        _EU_OJ_OSCOLA: _any("] oj "),
        _LAW_REVIEW_CITE: _any("“,", "”,", "\",", "»,"),  # (every quote its look-behind allows)
        _ACL_PAGES_IMPRINT: _any("pages "),
        _PREPRINT_AT: _any("preprint at"),
        _TRANSL_FROM_LANGUAGE: _any("transl. from", "trans. from", "translated from"),
        _YEAR_BEFORE_ARXIV: _any("arxiv"),
        _MAP_SCALE: _any("масштаб", "masshtab", "scale"),
        _RESEARCH_REPORT: _any("отчет о", "отчёт о"),
        _LATIN_INSTITUTE_SERIES: _any(" series "),
        _VARIOUS_YEARS: _any("년판", "연도판", "年版", "年度版", "various"),
        _FIELD_MATERIALS: _any("полевые", "польові", "далалық", "пма,", "пза,"),
        _NICE_GUIDANCE: _any("nice "),
        _VOLUME_OF: _any("vol."),
        _MLA_BOOK_VOLUME: _any("vol."),
        _SURVEY_SERIES: _any("survey", "usgs"),
        _TRANSLATION_STATUS: _any("l translation", "l english translation"),
        _APPROVED_ON: _any("(утв", "(utv"),
        _EDITED_SENTENCE: _any("под ред", "под общ", "под науч"),
        _LICENCE: _any("licence: cc", "license: cc"),
        _KO_BOOK_VOLUME: _any("권(", "책(", "권 (", "책 ("),
        _JOURNAL_SERIES: _any("ser.,", "n.s.,", "n. s.,"),
        _KO_NOTICE: _any("고시", "훈령", "예규", "공고"),
        _VERSION_AREA: _any("version", "версия", "нұсқа", "release", "rel-"),
        _STANDARD_INTRODUCED: _any("введен"),
        _APPROVED_PROTOCOL: _any("протокол", "protocol", "protokol"),
        _MATHNET_TAIL: _any("), "),
        _NOTE_IMPRINT_TAIL: lambda w: _ends_at_last_paren(_NOTE_END, w.text, 1),
        _ACS_IMPRINT: lambda w: ";" in w.text and ":" in w.text,
        _PACKAGE_VERSION: _any("package v", "revision"),
        _PUBMED_ID: _any("pmid", "pmcid"),
        _ASSIGNEE: _any("ssignee", "атентооблад", "аявител", "patentoobl"),
        _VANCOUVER_ROLE_AFTER: _any(", editor", ", translator"),
        _CANON_CITATION: lambda w: "』" in w.text,
        _APA_ACT: _any(" no.", "(№", "(постановление", "(приказ", "(указ", "(закон"),
        _CHAPTER_NUMBER: _any("chapter", "ch.", "глава", "гл."),
        _ORIGINALLY: _any("originally published"),
        _SERIES_SHORT: _any("lncs", "lnai", "lnbi", "ccis", "lnee", "aisc", "lipics"),
        _SPEC_NUMBER: _any("3gpp", "etsi"),
        _MEETING_PAPER_NUMBER: _matches(r"(?:spe|otc|iptc|urtec|arma|iadc|petsoc|omc)[- ]?\d{4}|paper\s+no\.\s*\d{1,6}\.?\s*$", needles=("spe", "otc", "iptc", "urtec", "arma", "iadc", "petsoc", "omc", "paper")),
        _ACT_SENTENCE: _any("приказ", "постановлен", "указ", "распоряжен", "решение", "order", "decree", "resolution", "бұйрығы", "қаулысы", "жарлығы", "шешімі"),
        _APA_DATE_AFTER_TITLE: lambda w: w.has_month,
        _TRANSLATED_FROM: _any("(пер", "(переклад", "(перевод"),
        _CONVOCATION_NUMBER: _any(" no.", "(no."),
        _KO_PAREN_REPORT: _matches(r"연구 |보고 |보고서 |자료 |페이퍼 |리포트 |브리프 |시리즈 |-(?<=[a-z] \d\d\d\d-)\d|publication no"),  # ('a 2019-1' found from its hyphen)
        _DOCUMENT_VERSION: _any(", v", "” v"),
        _DIRECTED_BY: _any("irected by"),
        _APA_DESCRIPTOR: _any("[data", "[computer", "[software", "[review of", "[blog", "report]", "[policy brief", "[fact sheet", "[press release", "podcast", "[exhibition"),
        _IEEE_SERIES: _any(", ser. "),
        _JA_HOST: _any("」"),
        _PUBLISHER_SERIES: _any("lecture notes", "communications in", "advances in", "studies in", "proceedings in", "smart innovation", "methods in"),
        _SERIES_AFTER_IMPRINT: lambda w: "http" not in w.lower and "doi" not in w.lower,
        _PUBLISHER_THEN_CITY: _any("springer", "elsevier", "wiley", "routledge", "palgrave", "birkh", "kluwer", "gruyter", "brill", "sage"),
        _PROCEEDINGS_IMPRINT: _any("acm", "ieee", "association for comput", "usenix", "aaai", "morgan kaufmann", "curran", "language resources", "computational linguistics", "speech communication", "elra", "isca"),
        _PAREN_PUBLISHER_PLACE: lambda w: _ends_at_last_paren(_YEAR_PAREN_END, w.text, 4),
        **dict.fromkeys((*_JOURNAL_TAILS, _VOLUME_PAGE_TAIL), lambda w: w.numbers_end),
        _ARTICLE_NUMBER: _any("article", "art. "),
        _ACM_ARTICLE: _any(", article "),
        _APA_VOLUMES: _any("(vol", "vols."),
        _MONTH_SPAN_YEAR: _matches(r"\((?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|spring|summer|autumn|fall|winter)[a-z]*\.?\s*[-–/]"),
        _CITED: _any("[cited", "[accessed", "[updated", "[modified", "[revised", "[қаралды", "[процит", "[цитир", "[цитов"),
        _ISSN: _any("issn"),
        _PAREN_IMPRINT: lambda w: w.text.rstrip(" .").endswith(")"),
        _ONLINE_NOTE: _any("свобод", "загл.", "яз.", "систем.", "обновления", "электрон. версия", "доступ по", "доступ для"),
        _PROCEEDINGS_SERIES: _any("proc.", "lecture notes", "proceedings in"),
        _AGENCY_NUMBER: _matches(r"\. [a-z]{2,6} no\. ?\d"),
        _APA_REPORT_CODE: _matches(r"\([a-z]{2,8}[ -][a-z0-9]"),
        _ACCESSED: _any("обращ", "доступ", "зверн", "қаралған", "жүгінген", "access", "viewed", "retriev", "검색", "접속", "열람", "방문", "звароту", "кирүү", "муроҷиат", "мурожаат", "murojaat", "cited", "date of", "отримано", "получено", "активн", "visited"),
        MEDIUM_RE: _any("["),
        _MEDIUM_PLAIN: _any("непосредствен", "электрон", "electronic"),
        _EDITION: _matches(
            r"изд|izd|басылым|в[иыа][дс]\.|б[иыа][дс]\.|판|版|aufl|" + "|".join(o + r"\s" for o in _ORDINAL_WORDS) + "|" + "|".join(s + r" \d{4} ed\." for s in ("spring", "summer", "fall", "autumn", "winter")),
            r"\d(?:st|nd|rd|th)\s",
        ),
        _MULTIVOLUME: _any("т.", "vol", "том", "кн.", "ч.", " t.", " kn.", "китеп", "кітап", " books", " parts", "tomdy"),
        _IMF_SERIES: _any("imf "),
        _REPORT_NUMBER: _any("rep", "paper", "brief", "호", "препринт", "arxiv", "рабочий док", "mr-", "mg-", "rr-", "tr-", "op-", "db-", "wr-", "pe-", "cm ", "cmd ", "cmnd ", "cm. "),
        _END_SERIES: _any("("),
        _SERIES: _any("("),
        _VANCOUVER: _any(";"),
        LANG_TAG_RE: _matches(r"in |на |" + "|".join(name + r"\s*[\])]" for name in BARE_LANGUAGES.lower().split("|"))),
        _LANGUAGE_AT_END: lambda w: bool(_LANGUAGE_NAME_END.search(w.text.rstrip()[-11:])),  # (the name, and a full stop, end it)
        _BARE_LANG_TAG: _any("korean]", "russian]", "kazakh]", "ukrainian]", "japanese]", "chinese]", "kyrgyz]", "belarusian]", "uzbek]"),
        _PLACE_PUBLISHER: _any(":"),
        **dict.fromkeys((_KO_PLACE_PUBLISHER, _KO_PLAIN_SERIES), lambda w: ":" in w.text and w.cjk),
        _PLACE_COMMA_PUBL: _any("publ"),
        _SECTION: _any("ст.", "art.", "sec.", "st.", "§"),
        _PART: _matches(r"(?:ч|part|pt|бөлім)\.?\s*[\divx]", needles=("ч.", "part", "pt", "бөлім")),
        _PAREN_ISSUE: _any("("),
        _US_PLACE: lambda w: bool(rx.search(r", [A-Z]{2}\b", w.text)),
        _VENUE: _any("proc", "conf", "symp", "workshop", "congress"),
        _PUBLISHER_CITY_COUNTRY: _any(", russia", ", kazakhstan", ", ukraine", ", belarus", ", kyrgyzstan", ", uzbekistan", ", tajikistan", ", korea", ", usa", ", uk", ", germany"),
        _PUBLISHER_COMMA_CITY: _any("publishing,", "publications,", "press,", "publishers,", "books,", "research,", "foundation,", "institute,", "agency,", "organization,", "organisation,", "bank,", "fund,", "commission,", "council,", "forum,", "programme,", "international,", "united nations,", "university of technology,"),
        _UNPUNCTUATED_IMPRINT: lambda w: ":" in w.text[-120:] or _ends_with_page_count(w.text),
        _UNPUNCTUATED_JOURNAL: lambda w: ")" in w.text[-25:] and w.text.rstrip(" .")[-1:].isdigit(),
        _PLACE_SPACE_PUBLISHER: lambda w: _ends_with_page_count(w.text),
        _CITY_COMMA_PUBLISHER: _any(","),
        _CITY_YEAR: _any(","),
        _CITIES_SEMI_YEAR: _matches(r";\s*(?:1[5-9]|20)\d\d"),
    }  # fmt: skip


# ---------------------------------------------------------------- passes


_LANGUAGES_NAMED = r"(?P<l>Korean|Russian|Kazakh|Ukrainian|Japanese|Chinese|Kyrgyz|Belarusian|Uzbek)"
_LANGUAGE_AT_END = re.compile(r"[.,\s]\s*(?P<at>(?:in\s+)?" + _LANGUAGES_NAMED + r"\.?\s*)$", re.I)
_LANGUAGE_NAME_END = re.compile(_LANGUAGES_NAMED + r"\.?$", re.I)  # its hint, on the last 11 characters: a name of at most 10 and a stop
_BARE_LANG_TAG = re.compile(r"(?P<at>\[\s*(?:[Aa]rticle\s+in\s+)?" + _LANGUAGES_NAMED + r"\s*\]\.?)")


# where a 'translated by' list ends: a comma not before 'and' (nor inside one inverted name, 'Goldhammer, A.')
_CONTRIBUTORS_END = re.compile(r",(?!\s*(?:and|&)\b)")
_ANOTHER_NAME = re.compile(r"\s*(?:[" + UP + r"][a-z]?\.\s?){1,3}[" + UP + r"][" + LOW + r"'’]+(?=\s*(?:[.;]|,\s*(?:and\b|[" + UP + r"]\.)))")
_FULL_NAME = r"[" + UP + r"][\w'’-]+(?:\s+[" + UP + r"][\w'’-]+){1,2}"
# more full names, the last after 'and': '…, trans. by Lynn Garafola, David Arthur McMurray and Robert Márquez, Massachusetts Review'
_MORE_NAMES_THEN_AND = re.compile(r"(?:\s*" + _FULL_NAME + r",)*\s*" + _FULL_NAME + r"\s+and\s+" + _FULL_NAME + r"\s*[,.]")
_INVERTED_NAME = re.compile(r"\s*[" + UP + r"][\w'’-]+,\s*[" + UP + r"]\.")


_OTHER_TRANSLATORS = re.compile(r"(?P<n>[^,.;\x00]{3,60}?)\s+(?:et\s+al\.?|and\s+others)(?=\s*[,.;])")


def _contributors(free: str, start: int):
    """The names after 'translated by' / 'introduction by': up to the comma that ends them, so that
    MLA's '…, translated by Ann Shukman, I. B. Tauris, 1990' leaves the publisher alone."""
    end = len(free)
    for cut in _CONTRIBUTORS_END.finditer(free, start):
        if _ANOTHER_NAME.match(free, cut.end()) or _MORE_NAMES_THEN_AND.match(free, cut.end()):
            continue  # 'by V. Sedel'nik, N. Fedorova.': the list goes on
        if not _INVERTED_NAME.match(free, start) or cut.start() > free.index(",", start):
            end = cut.end()  # keep the comma: a name is known by what follows it
            break
    return scan_names(free[:end], start, forms=("given_f", "initials_f", "f_initials"))


_SPECIALITY = re.compile(r"\s*:\s*(?:специальность|спеціальність|мамандығы)\s+\d{1,2}\.\d{1,2}\.\d{1,2}\.?(?:\s*«[^»]{2,120}»)?")
# the speciality's code and name alone before the kind of thesis: ': 6D070600 – Геология и разведка … : диссертация на соискание …'
_SPECIALITY_CODE = re.compile(
    r"\s*:\s*(?:\d{1,2}\.\d{1,2}\.\d{1,2}|[5-8][DД]\d{5,6})\s*[–—-]\s*[" + UP + r"][^:\x00]{2,120}?(?=\s*:\s*(?:дис|диссертация|автореф|PhD|доктор))", re.IGNORECASE
)


_LINK_LABEL = re.compile(r"(?:Available\s+(?:at|from|online)|Available(?=\s*:)|Retrieved\s+from|URL|Режим\s+доступа|Доступно|Online)\s*:?\s*<?$", re.I)


# Europe-Asia Studies: '…', Europe-Asia Studies, 52, 3.' (volume, issue; no pages) and books '(Almaty, Oner)'
_EAS_VOLUME_ISSUE = re.compile(r"(?<=[A-Za-z\u00c0-\u024f)],\s)(?P<v>\d{1,4}),\s*(?P<i>\d{1,3}(?:[-–/]\d{1,3})?)\.?\s*$")
_EAS_IMPRINT = re.compile(r"\((?P<place>[" + UP + r"][^(),:;]{1,30}?(?:,\s*(?:[A-Z]{2}|[A-Z]\.[A-Z]\.))?),\s*(?P<pub>[" + UP + r"][^():;]{1,90}?)\)(?=[\s.,\x00]*$)")  # (a link and its date may follow, claimed)


def _eas_tail(w: _Work) -> None:
    m = next(iter(w.search(_EAS_VOLUME_ISSUE)), None)
    if m and not rx.fullmatch(r"(?:1[5-9]|20)\d\d", m.group("v")) and "year-after-authors" in w.flags:
        w.take("volume", m.group("v"), m.start("v"), m.end("v"))
        w.take("issue", m.group("i"), m.start("i"), m.end("i"))
        w.claim(m.start(), m.end())
    m = next(iter(w.search(_EAS_IMPRINT)), None)
    if m and all(p.split(",")[0] in CITIES or _placeish(p) for p in rx.split(r"\s+(?:&|and)\s+", m.group("place"))) and not rx.search(r"\d", m.group("pub")):
        # (two cities: '(London & New York, RoutledgeCurzon)')
        w.take("publisher-place", m.group("place"), m.start("place"), m.end("place"))
        w.take("publisher", m.group("pub").strip(), m.start("pub"), m.end("pub"), claim=(m.start(), m.end()))


# a Russian chemistry journal's article, then after ';' its English translation: '… // ЖОХ. 2017. Т. 87. Вып. 3. С. 412;
# Khairullin R.A., … // Russ. J. Gen. Chem. 2017. Vol. 87. N 3. P. 437. doi …': the work cited is the Russian one
_TRANSLATION_AFTER_SEMICOLON = re.compile(
    r";\s+(?P<tr>[A-Z][a-z'’-]+\s+[A-Z]\.(?:\s?[A-Z]\.)?[^;\x00]*?//\s*[A-Z][^;\x00]*?)(?=[\s.]*(?:doi\b|DOI\b|https?://|\x00|$))"
)


# statements read whole by their groups: (pattern, (field, group) pairs, the kind they make the entry or None)
_MLA_CONTAINER_WITH_COMMAS = re.compile(
    r"(?<=[.,?!]”\s)(?P<c>[A-Z][^”“\"\x00]{2,200}?),\s+(?P<pub>[A-Z][^,\x00]{1,60}),\s+(?P<y>(?:1[5-9]|20)\d\d),\s+pp?\.\s*(?P<pg>\d+(?:\s*[–-]\s*\d+)?)\.?\s*$"
)
# a book's editors in a sentence of their own (Russian Vancouver), before the imprint or the year
_RU_INITIALS_NAME = r"(?:(?:[А-ЯЁ]\.\s?){1,2}[А-ЯЁ][а-яё-]+|[А-ЯЁ][а-яё-]+\s+(?:[А-ЯЁ]\.\s?){1,2})"
_EDITED_SENTENCE = re.compile(
    r"(?:(?<=\.\s)|(?<=\x00)|(?<=\x00\s))(?P<sor>(?:(?P<tr>[Пп]ер\.\s+с\s+[а-яё]+\.)\s+)?(?P<ed>[Пп]од\s+(?:общ\.\s+|науч\.\s+)?ред\.\s+" + _RU_INITIALS_NAME + r"(?:,\s+" + _RU_INITIALS_NAME + r"){0,5}))"
    r"(?:\s+(?:и\s+др|\[и\s+др\.?\])\.?)?\.?(?=\s+[А-ЯЁ][а-яё]{0,14}\.?\s*:|\s+(?:1[5-9]|20)\d\d)"  # ('Под ред. А.Д. Каприна и др. М.: …')
)
# a document's approval in brackets after its title, with the date: '(утв. Президиумом Верховного Суда РФ 01.06.2022)'
_APPROVED_ON = re.compile(r"(?<=\s)\((?P<n>(?:утв\.|утверждён\w*|утвержден\w*|utv\.)\s+[^()\d\x00]{3,120}?\s+(?P<d>\d{1,2}\.\d{1,2}\.(?:1[89]|20)\d\d)(?:\s*г\.)?)\)(?!\s*\[)")  # (before a translation it stays in the title)
# a Korean institute's numbered series: '『세종정책브리핑』 2021-05. 성남: 세종연구소.', '『KINU 정책연구시리즈』 2020-01, 통일연구원.'
_KO_BRIEFING_SERIES = re.compile(
    r"『(?P<s>[^』]{2,40})』\s*(?P<n>(?:19|20)\d\d\s*-\s*\d{1,3})(?=[.,]\s*(?:[가-힣]{2,4}\s*:\s*)?[가-힣A-Za-z]{2,}(?:연구원|연구소|연구센터|재단)[.,\s]*$)"
)
# an ethnographer's own field materials: 'Полевые материалы автора (ПМА), 2019. – Республика Алтай, … с. Верхний Уймон.', 'ПМА, 2017, с. Тюнгур.'
_FIELD_MATERIALS = re.compile(
    r"(?:^|(?<=[\s\x00]))(?P<t>(?:Полевые|Польові|Далалық)\s+(?:материалы|записи|матеріали|материалдары)\b[^,.–—()\x00]{0,40}?(?:\s*\((?:ПМА|ПЗА)\))?|ПМА|ПЗА)"
    r"\s*,\s*(?P<y>(?:19|20)\d\d)(?:\s*[–-]\s*(?:19|20)\d\d)?\.?(?:\s*[–—,]\s*(?P<n>[^–—\x00]{3,160}?)\.?(?=\s*[–—]|\s*$|\x00))?"
)
# a yearbook cited over all its years: '朝鮮總督府, 『朝鮮總督府統計年報』, 각년판.', '…, various years.' (not a publisher)
_VARIOUS_YEARS = re.compile(r"(?<=[,.]\s)(?P<n>각\s?년판|각\s?연도판|各年版|各年度版|various\s+years|various\s+issues)(?=[.,]?[\s\x00]*$|[.,;]\s)")
# an institute's numbered online series, in Latin letters inside a Korean list: '「…」, KINU Online Series CO 24-02 (서울: 통일연구원, 2024).'
_LATIN_INSTITUTE_SERIES = re.compile(r"(?<=[,」』]\s)(?P<s>[A-Z]{2,6}(?:\s[A-Z][a-z]+){0,3}\sSeries)\s+(?P<n>(?:[A-Z]{1,3}\s?)?\d{2,4}-\d{1,3})(?=\s*[(,.\x00])")  # (its imprint may be read already)
_CLAIMED_STATEMENTS = (
    (_VARIOUS_YEARS, (("note", "n"),), None),
    (_FIELD_MATERIALS, (("title", "t"), ("issued", "y"), ("note", "n")), "kind:manuscript"),  # where they were gathered: the note
    (_KO_BOOK_VOLUME, (("volume", "v"), ("volume-title", "vt")), None),  # '『韓國獨立運動史 資料』 4권(臨政篇 Ⅳ),'
    (_TRANSLATION_STATUS, (("note", "n"), ("note", "b")), None),  # an act's 'Unofficial translation.': said of the text, not a host
    (_LICENCE, (("note", "n"),), None),  # 'Licence: CC BY-NC-SA 3.0 IGO.': not a volume ('3.0')
    (_SURVEY_SERIES, (("publisher", "pub"), ("genre", "g"), ("number", "n")), "kind:report"),  # 'U.S. Geological Survey Open-File Report 2007-1357'
    (_MLA_BOOK_VOLUME, (("volume", "v"), ("publisher", "pub"), ("issued", "y")), "kind:book"),  # MLA '… Vol. 3, Vremia, 2009.'
    (_NICE_GUIDANCE, (("genre", "g"), ("number", "n")), "kind:report"),  # 'NICE guideline NG196': what the report is, and its number
    (_RESEARCH_REPORT, (("genre", "g"),), "kind:report"),  # '… : отчёт о НИР'
    (_KO_BRIEFING_SERIES, (("collection-title", "s"), ("number", "n")), "kind:report"),  # '『세종정책브리핑』 2021-05. 성남: 세종연구소.'
    (_LATIN_INSTITUTE_SERIES, (("collection-title", "s"), ("number", "n")), "kind:report"),
)


def _marked_statements(w: _Work) -> None:
    """Statements a word or mark names wherever they stand, read before the title so that it stops at them: a
    standard's introduction, a program's version, a Korean ministry's notice, a NICE guidance, a journal's series, Chicago's volume of
    a multivolume work, a GOST 7.32 research report, a map's scale."""
    for m in w.search(_STANDARD_INTRODUCED):  # kept as the note: they are not the title
        w.take("note", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    m = next(iter(w.search(_VERSION_AREA)), None)
    if m and m.group("vc") and not rx.search(r"\((?:1[5-9]|20)\d\d[a-z]?\)", w.text[: m.start()]):
        m = None  # (only after an author-date year: Nature's data citation 'Title, version 1.1. Zenodo https://… (2021).' keeps it in its title)
    if m:
        w.take("note", m.group(0), m.start(), m.end())
        version = m.group("v") or m.group("vc") or m.group("vq")
        if version and _CODE_HOST.search(w.lower):  # a version and a code repository: software
            w.flags.add("kind:software")
        elif version and _DATA_WORDS.search(w.text[: m.start()]):  # a version of a corpus or data set: 'Common Voice : многоязычный речевой корпус'
            w.flags.add("kind:dataset")
    m = next(iter(w.search(_KO_NOTICE)), None)
    if m:
        _take_groups(w, m, (("genre", "g"), ("number", "n"), ("note", "k")))
        if m.group("d") and "issued" not in w.fields:
            w.take("issued", _date_from_text(m.group("d")), m.start("d"), m.end("d"))
        w.claim(m.start(), m.end())
        if not rx.search(r"[.,]\s*[^\s.,:]{1,15}\s*:\s*\S", w.text[m.end() :]):
            w.flags.add("kind:legislation")  # (a notice printed with an imprint is the ministry's publication: a report)
    for m in w.search(_JOURNAL_SERIES):  # the series is kept as the note, out of the journal's title; then the volume
        _take_groups(w, m, (("note", "s"), ("volume", "v")))
        w.claim(m.start(), m.end())
    m = next(iter(w.search(_VOLUME_OF)), None)
    if m:  # the volume now; the whole work once the host is known (_volume_of_work)
        w.take("volume", m.group("v"), m.start("v"), m.end("v"), claim=(m.start(), m.end()))
        w.fields["volume-of"], w.spans["volume-of"] = m.group("c"), m.span("c")
    for pattern, fields, kind in _CLAIMED_STATEMENTS:  # each read whole where it first stands, and claimed
        m = next(iter(w.search(pattern)), None)
        if m:
            _take_groups(w, m, fields)
            w.claim(m.start(), m.end())
            if kind:
                w.flags.add(kind)
    m = next(iter(w.search(_MLA_CONTAINER_WITH_COMMAS)), None) if "”" in w.text else None
    if m and "," in m.group("c") and _publisher_like(m.group("pub")) and not rx.search(r"\b(?:edited|translated|introduction|compiled|eds?\.|[Vv]ol\.|no\.)\s", m.group("c")):
        # MLA '“Jane Eyre: …” On Lies, Secrets, and Silence: Selected Prose, 1966–1978, W. W. Norton, 1979, pp. 89–106.':
        # the container's own commas; its publisher is the part before the year
        _take_groups(w, m, (("container-title", "c"), ("publisher", "pub"), ("issued", "y"), ("page", "pg")))
        w.claim(m.start(), m.end())
        w.flags.add("kind:chapter")
    m = next(iter(w.search(_EDITED_SENTENCE)), None)
    if m:  # Russian Vancouver '… руководство. Пер. с англ. Под ред. З.Г. Апросиной, Н.А. Мухина. М.: …': the editors, in the nominative
        _, editors, _ = _read_responsibility(m.group("ed"))
        if editors:
            w.take("editor", editors, m.start("ed"), m.end("ed"), claim=(m.start(), m.end()))
            if m.group("tr"):  # 'Пер. с англ.': kept, as the note
                w.take("note", m.group("tr"), m.start("tr"), m.end("tr"))
    m = next(iter(w.search(_APPROVED_ON)), None)
    if m:  # 'Обзор судебной практики … № 1 (2022) (утв. Президиумом Верховного Суда РФ 01.06.2022)': who approved it and when
        w.take("note", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
        w.take("issued", _date_from_text(m.group("d")), m.start("d"), m.end("d"))
        if w.lower.lstrip(" 0123456789.[]").startswith(("обзор", "obzor")):
            w.flags.add("kind:report")  # a court's review of its practice is an official report, not an article in the database that holds it
    m = next(iter(w.search(_MAP_SCALE)), None)
    if m:  # a map: its scale statement is kept as the note, and its count of sheets is claimed
        w.take("note", m.group(0), m.start(), m.end())
        if "//" not in w.text and not rx.search(r"\b(?:In|В|Іn)\s*:", w.text):
            w.flags.add("kind:map")
            for sheets in w.search(_MAP_SHEETS):
                w.claim(sheets.start() + 1, sheets.end())
            for sheet in w.search(_MAP_NUMBER):  # '…, Geological Survey of Canada, Map 2159A, 2011.': the series' word and number
                _take_groups(w, sheet, (("genre", "g"), ("number", "n")))

# Vancouver's editors after a body's title: '… Chernobyl accident. Bennett B, Repacholi M, Carr Z, editors. Geneva: …'
_VANCOUVER_ROLE_AFTER = re.compile(
    r"(?<=\.\s)(?P<n>[A-Z][\w'’-]+\s[A-Z]{1,3}(?:,\s[A-Z][\w'’-]+\s[A-Z]{1,3})*),\s+(?P<r>editors?|translators?)(?=\.\s)"
)
# PubMed's identifiers after a medical reference: 'doi:10.1056/NEJMoa2019422. PMID: 32865375. PMCID: PMC7450853.'
_PUBMED_ID = re.compile(r"\b(?P<k>PMID|PMCID|pmid|pmcid)\s*:?\s*(?P<n>PMC\d{4,9}|\d{4,9})\b\.?")  # (BMJ prints 'pmid:16805397')
# a text cited from a Buddhist canon, after its title: the canon as printed, its volume, the text's number, the register page
# ('『大乘起信論疏』(T44, 202a)', '『新華嚴經論』, T. 36, no. 1739, 721a-b', '『十門和諍論』, 『韓佛全』 1, 838a', '『韓國佛敎全書』 第1冊')
_CANON_CITATION = re.compile(
    r"(?<=』)[,\s]*(?P<open>\()?\s*(?:『(?P<c>韓佛全|韓國佛敎全書|大正藏|大正新脩大藏經|卍續藏)』|(?P<a>T|H|X|K|HPC|韓佛全|大正藏)\.?)\s*(?:第\s*)?(?P<v>\d{1,3})(?:\s*[冊册卷권])?"
    r"(?:\s*,\s*[Nn]o\.?\s*(?P<n>\d{1,4}[A-Z]?))?(?:\s*,\s*(?:p\.\s*)?(?P<pg>\d{1,4}[abc](?:\s*[-–~]\s*(?:\d{1,4})?[abc])?))?\s*(?(open)\))"
)
_STATE_REGISTRATION = re.compile(r"(?:[–—-]\s*)?№\s*(?:ГР|гос\.\s*рег\.)\s*(?P<n>[0-9A-ZА-Я]{6,20})\.?")
_ASSIGNEE = re.compile(
    r"[;,]\s*(?P<a>(?:[Aa]ssignee|(?:[Зз]аявитель\s+и\s+)?[Пп]атентообладател[ьи]|[Зз]аявител[ьи]|[Zz]ayavitel'\s+i\s+patentoobladatel'):?\s+[^–—;\x00]{2,160}?)"
    r"\s*(?=[.;]\s*[–—]|\.?\s*$|;|\.\s+(?:[Оо]публ|[Зз]аявл)\.)"
)  # '; assignee Cascade Metals Inc.', '; заявитель и патентообладатель ФГАОУ ВО «…». – № 2019142378'

# a sentence that is only a UN document symbol: '… Syr Darya River Basin. ECE/MP.WAT/55. United Nations, …'
_UN_SYMBOL_SENTENCE = re.compile(r"(?<=[.\]]\s)(?P<n>(?:A|E|S|ECE|ESCAP|UNEP|FCCC|ST|TD|CEDAW|CRC|HRC|UNW|ILO)(?:/[A-Z0-9][A-Za-z0-9.]{0,11}){1,6})\.(?=\s+[A-Z])")


def _islands(w: _Work) -> None:
    tr = _TRANSLATION_AFTER_SEMICOLON.search(w.text) if "//" in w.text and ";" in w.text else None
    if tr and w.text.count("//") >= 2 and rx.search(r"[А-Яа-яЁё]", w.text[: tr.start()]) and not rx.search(r"[А-Яа-яЁё]", tr.group("tr")):
        w.take("note", tr.group("tr").rstrip(" ."), tr.start("tr"), tr.end("tr"), claim=(tr.start(), tr.end()))
        w.fields.setdefault("language-tag", detect_language(w.text[: tr.start()]))
    for m in w.search(_LEGAL_DATABASE):  # 'Доступ из справ.-правовой системы «КонсультантПлюс»': where it was read
        w.take("source", m.group("db").strip("«»\"“”"), m.start(), m.end())
    for m in w.search(_DOI):
        doi = (m.group("doi") or m.group("bare")).rstrip(".,;)]>")
        cont = rx.match(r" ([a-z0-9][\w.()/-]+)", w.text[m.end() :]) if doi.endswith("/") else None
        if cont:
            end = m.end() + cont.end()
            w.take("DOI", doi + cont.group(1).rstrip(".,;"), m.start(), end)
            continue
        if doi.count("(") < doi.count(")"):
            doi = doi[: doi.rfind(")")]
        w.take("DOI", doi, m.start(), m.start() + len(m.group(0)) - (len(m.group("doi") or m.group("bare")) - len(doi)))
        label = _LINK_LABEL.search(w.text, 0, m.start())
        if label:  # 'Available at: https://doi.org/…': the label goes with the link
            w.claim(label.start(), m.start())
    for m in w.search(_CANON_CITATION):
        if m.group("c") or m.group("n") or m.group("pg"):  # ('T. 3' alone may be any volume)
            _take_groups(w, m, (("container-title", "c"), ("container-title", "a"), ("volume", "v"), ("number", "n"), ("page", "pg")))
            w.claim(m.start(), m.end())
            w.flags.add("kind:chapter")
    for m in w.search(_VANCOUVER_ROLE_AFTER):
        names = [Name(family=family, given=given) for family, given in (part.rsplit(" ", 1) for part in m.group("n").split(", "))]
        role = "editor" if m.group("r").startswith("editor") else "translator"
        if role not in w.fields:
            w.take(role, names, m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_PUBMED_ID):
        w.take(m.group("k").upper(), m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_URL):
        url = m.group("url")
        # Cyrillic run into the URL ('…/19825Дата обращения') ends it; a Cyrillic domain or path segment
        # ('https://национальныепроекты.рф', '/wiki/Абай_Құнанбайұлы') is part of it
        cut = rx.search(r"\((?=[^\x00-\x7f]|accessed|дата)|(?<=[A-Za-z0-9])[^\x00-\x7f]{2}", url)
        if cut:
            url = url[: cut.start()]
        cont = rx.match(r" ([a-z0-9][\w.-]*/[^\s]*|[a-z0-9][\w-]*\.[\w./-]+)", w.text[m.end() :]) if url.endswith((".", "/", "-")) else None
        if cont and not rx.match(r" (?:and|or|и|in|on)\b", w.text[m.end() :]):
            joined_end = m.end() + cont.end()
            w.take("URL", url + cont.group(1).rstrip(".,;"), m.start("url"), joined_end - (len(cont.group(1)) - len(cont.group(1).rstrip(".,;"))), claim=(m.start(), joined_end))
            continue
        trimmed = url.rstrip(".,;:]>")
        while trimmed.endswith(")") and trimmed.count("(") < trimmed.count(")"):
            trimmed = trimmed[:-1]
        end = m.start("url") + len(trimmed)
        if "URL" not in w.fields:
            w.take("URL", trimmed, m.start("url"), end, claim=(m.start(), end))
        else:
            w.claim(m.start(), end)
            w.flags.add("more-urls")
    for m in w.search(_ACCESSED):
        date = _date_from_text(m.group("date") or m.group("kdate"))
        if date:
            w.take("accessed", date, m.start(), m.end())
    for m in w.search(_CITED):
        date = _date_from_text(m.group("date")) if m.group("date") else None
        if date:
            w.take("accessed", date, m.start(), m.end())
        else:
            w.claim(m.start(), m.end())
    for pattern in (_ACS_IMPRINT, _PAREN_PUBLISHER_PLACE):  # ACS '…; Wiley: Hoboken, NJ, 2006.', APS '(Holt, Rinehart and Winston, New York, 1976)'
        for m in w.search(pattern):
            if m.group("pub").strip() in CITIES or rx.search(r"Press|Universit|Publish|Books|Verlag|Издательств", m.group("place")):
                continue  # 'Oxford; New York: Oxford University Press, 2012' is place: publisher
            _take_imprint(w, m)
    for m in w.search(_EU_OFFICIAL_JOURNAL) or w.search(_EU_OJ_OSCOLA):
        w.take("container-title", m.group("c"), m.start("c"), m.end("c"))
        w.take("volume", m.group("v"), m.start("v"), m.end("v"))
        w.take("page", _range(m.group("pg")), m.start("pg"), m.end("pg"))
        day = "d" in m.re.groupindex
        if not _EU_ACT_DATE.search(w.text, 0, m.start()):  # the act's own date, in its title, is its date; else the Journal's
            w.take("issued", Date.of(int(m.group("y")), int(m.group("m")) if day else None, int(m.group("d")) if day else None), m.start("d" if day else "y"), m.end("y"))
        w.claim(m.start(), m.end())
        w.flags.add("kind:legislation")
    for m in w.search(_LAW_REVIEW_CITE):
        w.take("container-title", m.group("c"), m.start("c"), m.end("c"))
        w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"))
        w.take("page", m.group("pg"), m.start("pg"), m.end("pg"), claim=(m.start(), m.end()))
        w.flags.add("kind:article-journal")
    for m in w.search(_ACL_PAGES_IMPRINT):
        w.take("publisher-place" if m.group("pub").startswith("Springer") else "event-place", m.group("ev"), m.start("ev"), m.end("ev"))
        _take_imprint(w, m)
    for m in w.search(_PROCEEDINGS_IMPRINT):  # ACM: '(CHI '19). ACM, New York, NY, USA, Paper 3, 13 pages.'
        if m.group("art"):
            w.take("page", m.group("art"), m.start("art"), m.end("art"))
            w.take("number-of-pages", m.group("np"), m.start("np"), m.end("np"))
        if m.group("ev"):  # ACL and ELRA name where the meeting was held ('…, Marseille, France, 5404–5411'), ACM where it printed
            w.take("event-place" if m.group("pub").startswith(("Association for Computational", "European", "International", "ELRA", "ISCA")) or m.group("ev").startswith(("Online", "Virtual")) else "publisher-place",
                   m.group("ev"), m.start("ev"), m.end("ev"))
        _take_imprint(w, m)
    for m in w.search(_NOTE_IMPRINT_TAIL):  # Chicago note: '… Societies (New Haven: Yale University Press, 1968), 12.'
        if rx.search(r"\d", m.group("pub")) or names_a_month(m.group("pub").lower()):
            continue  # '117 Stat. 2066 (Dec. 8, 2003)': a date
        pages = rx.search(r"(?<![\w.])(\d+\s*[–-]\s*\d+)\s*$", w.text[: m.start()])
        if not m.group("place"):
            publisher = not pages and (_publisher_like(m.group("pub")) or bool(rx.search(r"\b(?:Science|Laboratory|Programme|Program|Council|Institute|Agency|Organi[sz]ation|Survey|Centre|Center)\b|[가-힣]{2,}(?:원|회|사|부)(?:\s|$)", m.group("pub"))))  # Nature's books: '… Approach (Sinauer Associates, 1990).'
            if m.group("pub").strip() in CITIES or not pages and not publisher:
                continue  # Nature '… 1877–1901 (Curran Associates, 2020).' has pages before it; '(Moscow, 2010)' is a place
            if pages:
                w.take("page", _range(pages.group(1)), pages.start(1), pages.end(1))
        if m.group("orig"):  # MHRA '(1960; Ann Arbor: University of Michigan Press, 1992)': first published in 1960
            w.take("original-date", Date.of(int(m.group("orig"))), m.start("orig"), m.end("orig"))
        _take_imprint(w, m)
    for m in w.search(_APPROVED_PROTOCOL):  # a clinical protocol's approval: who approved it (a note), when, and its number
        date = _date_from_text(m.group("date"))
        if date:
            w.take("note", m.group("note"), m.start("note"), m.end("note"))
            w.take("issued", date, m.start("date"), m.end("date"))
            w.take("number", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
            w.flags.add("kind:report")
    _marked_statements(w)
    for m in w.search(_STATE_REGISTRATION) if "ГР" in w.text else ():  # a research report's state registration: '– № ГР 0118РК00457.'
        w.take("number", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_ASSIGNEE):  # a patent's owner
        w.add_note(m.group("a"), m.start(), m.end())
    for m in w.search(_UN_SYMBOL_SENTENCE) if "/" in w.text and "http" not in w.text else ():  # 'ECE/MP.WAT/55.': a UN document's symbol
        w.take("number", m.group("n"), m.start("n"), m.end("n"))
        w.flags.add("kind:report")
    for m in w.search(_YEAR_BEFORE_ARXIV):  # Math-Net '…, 2022, arXiv: 2205.02601': the preprint's year
        w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"), claim=(m.start(), m.end("y")))
    for m in w.search(_PREPRINT_AT):  # Nature 'Preprint at https://arxiv.org/abs/2302.13971 (2023).'
        w.take("genre", "preprint", m.start(), m.end())
        w.flags.add("report-number")  # a preprint is typed as a report, as its number would make it
    for m in w.search(_ORIGINAL_WORK):  # APA '(Original work published 1979)': not a series, not the year of this edition
        w.take("original-date", Date.of(int(m.group("y"))), m.start(), m.end())
    for m in w.search(_ACM_ARTICLE):  # ACM 'Proc. ACM Program. Lang. 3, POPL, Article 40 (January 2019), 29 pages.'
        _take_year_and_month(w, m)
        for key, group in (("volume", "v"), ("issue", "i"), ("page", "a"), ("number-of-pages", "np")):
            if m.group(group):
                w.take(key, m.group(group), m.start(group), m.end(group))
        w.claim(m.start(), m.end())
        w.flags.add("journal-tail")
    for m in w.search(_ARTICLE_NUMBER):  # APA 7 'Article e0123' / 'Article 102934': the page of an article-numbered journal
        if m.group(0).startswith("Art.") and w.legal and rx.search(r"(?:No\.|№)\s*\d+(?:\s*\([^()]{1,12}\))?,\s*$", w.text[: m.start()]):
            continue  # a gazette's '… Sobranie Zakonodatelstva RF, 2018, No. 41, Art. 6190.': the act's article number in the issue
        w.take("page", m.group("a"), m.start("a"), m.end("a"), claim=(m.start(), m.end()))
    for m in w.search(_COPYRIGHT_YEAR):
        w.take("issued", Date.of(int(m.group("y"))), m.start(), m.end())
    for m in w.search(_NATURE_EDITORS):  # Nature '(eds Larochelle, H. et al.)'
        lst = scan_names(m.group("n"), 0)
        if lst:
            w.take("editor", list(lst.names), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_PAREN_ROLE):
        lst = scan_names(m.group("n"), 0, forms=("initials_f", "given_f"))
        if lst and lst.end >= len(m.group("n").rstrip()):
            role = "translator" if m.group("r").lower().startswith("tr") else "editor"
            w.take(role, list(lst.names), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_SPECIALITY) + w.search(_SPECIALITY_CODE):  # GOST 7.0.100 theses: ': специальность 22.00.04 «Социальная структура …»'
        w.add_note(m.group(0).strip(" :"), m.start(), m.end())
    for m in w.search(_TRANSLATED_BY):
        free = w.free()
        others = _OTHER_TRANSLATORS.match(free, m.end())  # MLA 'Translated by Robert Chandler et al., New York Review Books, 2009.'
        lst = scan_names(free[: others.end("n")] + ",", m.end(), forms=("given_f", "initials_f", "f_initials")) if others else _contributors(free, m.end())
        if lst and (others and lst.end == others.end("n") or not others and rx.match(r"\s*[,.;]", free[lst.end :])):
            w.take("translator", list(lst.names), lst.start, lst.end, claim=(m.start(), others.end() if others else lst.end))
            if m.group("ed") or m.group(0).lstrip().startswith(("Edited", "edited")):
                w.take("editor", list(lst.names), lst.start, lst.end)
                if w.text[: m.start()].rstrip().endswith(","):  # ', translated and edited by': the host's editors
                    w.flags.add("host-editors")
    mv = _MHRA_VOLUME_AFTER_IMPRINT.search(w.text) if " vols" in w.text else None
    if mv:  # MHRA '…, 7 vols (Moscow: Ellis Lak, 1994–95), IV: Vospominaniia … (1994)': the volume cited, its title and year
        _take_groups(w, mv, (("volume", "v"), ("volume-title", "vt")))
        w.fields.pop("issued", None)
        w.spans.pop("issued", None)
        w.take("issued", Date.of(int(mv.group("y"))), mv.start("y"), mv.end("y"), claim=(mv.start(), mv.end()))
    for m in w.search(_EDITED_COMMA) if "ed. " in w.text else ():  # Chicago '…, Yi Sang: Selected Works, ed. Don Mee Choi, trans. …'
        lst = _contributors(w.free(), m.end())
        if lst and rx.match(r"\s*,", w.free()[lst.end :]) and "editor" not in w.fields \
                and not rx.fullmatch(r"[\s\x00]*[A-Z][\w'’-]+,\s+[A-Z][\w.'’ -]+,\s*", w.free()[: m.start()]):
            # (a title before it: not 'Hahl-Koch, Jelena, ed. Arnold Schoenberg, …', where the editor's own name comes first)
            w.take("editor", list(lst.names), lst.start, lst.end, claim=(m.start(), lst.end))
    for m in w.search(_TRANSL_FROM_LANGUAGE):  # a twin's 'Transl. from English, ed. by …': a note on the edition, not a host
        w.take("note", m.group("n"), m.start("n"), m.end("n"))
    for m in w.search(_COMPILER_CREDIT):
        lst = _contributors(w.free(), m.end())
        if lst and rx.match(r"\s*[,.;]", w.free()[lst.end :]):
            w.take("compiler", list(lst.names), lst.start, lst.end, claim=(m.start(), lst.end))
    for m in w.search(_CONTRIBUTOR_BY):
        lst = _contributors(w.free(), m.end())
        if lst and rx.match(r"\s*[,.;]", w.free()[lst.end :]):
            w.claim(m.start(), lst.end)
    for m in w.search(_ISBN):
        w.take("ISBN", m.group("isbn").strip(), m.start("isbn"), m.end("isbn"), claim=(m.start(), m.end()))
    for m in w.search(_APA_EDITION):  # '(2nd ed.)', '(Rev. ed.)', '(Enl. ed.)'
        w.take("edition", m.group("e") or m.group("w") or m.group("e3") or m.group("e4"), m.start(), m.end())
    for m in w.search(_TRIAL_REGISTRATION) if "NCT" in w.text else ():  # AMA 'Title. ClinicalTrials.gov identifier: NCT00262600.'
        _take_groups(w, m, (("container-title", "c"), ("number", "n")))
        w.claim(m.start(), m.end())
    for m in w.search(_MR_NUMBER) if "MR" in w.text else ():  # MathSciNet's review number, kept in the note
        w.add_note(m.group(0), m.start(), m.end())
    for m in w.search(_PROQUEST_IMPRINT) if "Ann Arbor" in w.text else ():  # MathSciNet's theses: '…, ProQuest LLC, Ann Arbor, MI, 2017. Thesis (Ph.D.)–University …'
        if m.group("y"):
            w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"))
        w.claim(m.start(), m.end())
    for m in w.search(_MONTH_SPAN_YEAR):
        if "[" in w.text and _in_translation(w.free(), m):
            continue  # '[… (January–December 2023): statistical bulletin]': a period in the translated title
        w.take("issued", Date.of(int(m.group("y"))), m.start(), m.end())
    for m in w.search(_APA_VOLUMES):  # APA '… in seiner Zeit (Vols. 1–2).'
        g = "v" if m.group("v") else "v2"
        w.take("volume", _range(m.group(g)), m.start(g), m.end(g), claim=(m.start(), m.end()))
    for m in w.search(_EDITION):
        if m.group("e4") and rx.match(r"\.\s+In:?\s", w.text[m.end() - (w.text[m.end() - 1] == ".") :]):
            continue  # '… key messages from Disease Control Priorities, third edition. In: …, editors.': the part's own title
        w.take("edition", _edition_value(m), m.start(), m.end())
    for m in w.search(_ISSN):
        w.claim(m.start(), m.end())
    for m in w.search(_PAREN_IMPRINT):  # Cell Press books: 'Molecular Cloning, Third Edition (Cold Spring Harbor, NY: … Press).'
        pub = m.group("pub").strip()
        if m.group("place") and not _placeish(m.group("place")) or _COUNTRY.fullmatch(pub):
            continue
        if rx.search(r"\d\s*(?:p|pp|с|c|б|S)\.\s*$", w.text[: m.start()]):
            continue  # GOST '… 2007. 383 p. (Cambridge World Archaeology).': a series after the extent
        if m.group("place") or _publisher_like(pub) and not _DESCRIPTOR.match(pub):
            w.take("publisher", pub, m.start("pub"), m.start("pub") + len(pub), claim=(m.start(), m.end()))
            if m.group("place"):
                w.take("publisher-place", m.group("place").strip(), m.start("place"), m.end("place"))
    for m in w.search(_APA_DESCRIPTOR):  # APA '[Data set]', '[Computer software]', '[Review of the book …]', '[Blog post]'
        if rx.search(r"\)\.\s*$", w.text[: m.start()]):
            continue  # '(1959). [Review of the book …]. Language': the bracket stands where the title would be
        w.take("genre", m.group("d"), m.start("d"), m.end("d"), claim=(m.start(), m.end()))
        low = m.group("d").lower()
        w.flags.add("kind:" + next(kind for key, kind in _APA_KINDS if low.startswith(key)))
    for m in w.search(_APA_PRESENTATION) if "presentation]" in w.lower or "session]" in w.lower or "[poster" in w.lower else ():
        # APA '… [Paper presentation]. 12th International Symposium on Bilingualism, Edmonton, AB, Canada.': a talk at a meeting
        _take_groups(w, m, (("genre", "g"), ("event-title", "e"), ("event-place", "pl")))
        w.claim(m.start(), m.end())
        w.flags.add("kind:speech")
    for m in w.search(_AMA_PRESENTATION) if "presented at:" in w.text else ():
        first, last = month_number(m.group("m1")), month_number(m.group("m2") or m.group("m1"))
        if first and last:
            y = int(m.group("y"))
            date = Date.of(y, first, int(m.group("d1")))
            if m.group("d2"):
                date = Date(parts=((y, first, int(m.group("d1"))), (y, last, int(m.group("d2")))))
            w.fields.pop("issued", None)
            w.spans.pop("issued", None)
            w.take("issued", date, m.start("m1"), m.end("y"))
            _take_groups(w, m, (("genre", "g"), ("event-title", "e"), ("event-place", "pl")))
            w.claim(m.start(), m.end())
            w.flags.add("kind:speech")
    for m in w.search(_DIRECTED_BY):  # MLA 'Jane Eyre. Directed by Robert Stevenson, Twentieth Century-Fox, 1943.': a film
        names = scan_names(m.group("d") + ",", 0, forms=("given_f",))
        w.take("director", names.names if names else [Name(literal=m.group("d"))], m.start("d"), m.end("d"), claim=(m.start(), m.end()))
        w.flags.add("kind:motion_picture")
    for m in w.search(_PACKAGE_VERSION):  # 'R package version 0.4.6.': a software release, not a journal's volume
        if m.group("v"):  # (a revision stays in the program's title, which names it: 'Gaussian 16, Revision C.01')
            w.take("version", m.group("v"), m.start("v"), m.end("v"), claim=(m.start(), m.end()))
        w.flags.add("kind:software")
    for m in w.search(_DOCUMENT_VERSION):  # 3GPP ', V16.1.0, Dec. 2019': a document's release, not a volume
        w.take("version", m.group("v"), m.start("v"), m.end("v"), claim=(m.start(), m.end()))
    for m in w.search(_JA_HOST):  # '宮嶋博史「…」溝口雄三ほか編『アジアから考える6 長期社会変動』東京大学出版会': a chapter's host
        editors = [hangul_name(n) for n in rx.split(r"\s*[・、]\s*", m.group("e"))]
        w.take("editor", editors, m.start("e"), m.end("e"))
        w.take("container-title", m.group("c").strip(), m.start("c"), m.end("c"))
        if m.group("v"):
            w.take("volume", m.group("v"), m.start("v"), m.end("v"))
            w.take("volume-title", m.group("vt").strip(), m.start("vt"), m.end("vt"))
        w.claim(m.start(), m.end())
        w.flags.update({"host-editors", "in-host"})
    # (and physics' 'AIP Conf. Proc. No. 1399 (AIP, Melville, NY, 2011)', 'Springer Proceedings in Physics Vol. 197 (…)')
    for m in w.search(_SERIES_AFTER_IMPRINT) if not w.cjk and "//" not in w.text else ():
        w.take("collection-title", m.group("s"), m.start("s"), m.end("s"), claim=(m.start("s"), m.end()))
        w.take("collection-number", m.group("n"), m.start("n"), m.end("n"))
    for m in w.search(_PUBLISHER_SERIES) + w.search(_IEEE_SERIES) + w.search(_PROCEEDINGS_SERIES):
        w.take("collection-title", m.group("s"), m.start("s"), m.end("s"), claim=(m.start(), m.end()))
        w.take("collection-number", m.group("n"), m.start("n"), m.end("n"))  # (with its span, as every field has one)
    for m in w.search(_KO_TRANSLATED_BY):
        w.take("translator", _hangul_names(m.group("n")), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_KO_IN_FORCE):  # '「개인정보 보호법」 [시행 2020. 8. 5.]': when the act took effect, not a translation
        w.take("note", m.group(0).strip("[] "), m.start(), m.end())
    for m in w.search(_VOLUME_COUNT):  # Chicago and MHRA '. 9 vols. New Brunswick', ', 3 vols (Paris: …'
        w.take("number-of-volumes", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_INTERNET_PLACE):  # Vancouver '… [Internet]. Nur-Sultan; 2021 [cited …]': a place and no publisher
        w.take("publisher-place", m.group("p"), m.start("p"), m.end("p"), claim=(m.start("p"), m.end()))
    for m in w.search(_KO_BOOK_KIND):  # '『고려불화대전』(전시도록)': an exhibition catalogue, a source book
        w.take("genre", m.group("g"), m.start("g"), m.end("g"), claim=(m.start(), m.end()))
    for m in w.search(_KO_DATED_FACSIMILE) if "영인본" in w.text or "影印本" in w.text else ():
        w.take("original-date", Date.of(int(m.group("od"))), m.start("od"), m.end("od"))
        _take_groups(w, m, (("issued", "y"), ("publisher", "pub"), ("genre", "g")))
        w.claim(m.start(), m.end())
    for m in w.search(_FACSIMILE_NOTE):  # '『燕行錄全集』(全100冊, 影印本)': how many volumes, and a facsimile
        if m.group("n"):
            w.take("number-of-volumes", m.group("n"), m.start("n"), m.end("n"))
        if m.group("g"):
            w.take("genre", m.group("g"), m.start("g"), m.end("g"))
        w.claim(m.start(), m.end())
    for m in w.search(_KO_TRANSLATOR_NOTE):  # '사피엔스 (조현욱 옮김)', '창간호': neither title nor publisher
        if m.group("t"):  # the translators are kept
            w.take("translator", _hangul_names(m.group("t")), m.start("t"), m.end("t"))
        w.claim(m.start(), m.end())
    for m in w.search(_KO_MONTHLY):
        w.take("issued", Date.of(int(m.group("y")), int(m.group("m")) if 1 <= int(m.group("m")) <= 12 else None), m.start(), m.end())
    for m in w.search(_KO_REPORT_KIND):
        w.take("genre", m.group("g").strip(), m.start("g"), m.end("g"), claim=(m.start(), m.end()))
        w.flags.add("kind:report")
    for m in w.search(_KO_SERIES):
        w.take("collection-title", m.group("s").strip(), m.start("s"), m.end("s"), claim=(m.start(), m.end()))
        w.fields.setdefault("collection-number", _range(m.group("n")))  # '(『韓國文集叢刊』 108~116)': the volumes that reprint it
    for m in w.search(_KO_PLAIN_SERIES) if "『" not in w.text else ():
        w.take("collection-title", m.group("s"), m.start("s"), m.end("s"))
        w.take("number", m.group("n"), m.start("n"), m.end("n"))
    notes = w.search(_ONLINE_NOTE)  # GOST 7.1 notes on an electronic resource: part of no field, kept as the note
    if notes:
        w.take("note", "; ".join(m.group("n").strip(" .,") for m in notes), notes[0].start(), notes[-1].end())
        for m in notes:
            w.claim(m.start(), m.end())
    # the language named at the end ('. Russian.', 'In Russian.') or in NLM's brackets ('[Korean]', '[Article in Russian]')
    for m in w.search(_LANGUAGE_AT_END) + w.search(_BARE_LANG_TAG):
        lang = language_tag(f"[in {m.group('l')}]")
        if lang:
            w.take("language-tag", lang, m.start("at"), m.end())
    for m in w.search(_IMF_SERIES):  # the IMF's numbered series: '(IMF Country Report No. 23/382)', 'IMF Working Paper WP/20/122'
        _take_groups(w, m, (("collection-title", "s"), ("number", "n")))
        w.claim(m.start(), m.end())
        w.flags.update({"kind:report", "report-number"})
    for m in w.search(_PAREN_REPORT_NUMBER) or w.search(_APA_REPORT_CODE):
        w.take("number", m.group(0).strip("()"), m.start(), m.end())
        w.flags.add("report-number")
    for m in w.search(_AGENCY_NUMBER):  # '… demand. NEA No. 7551. OECD Publishing, Paris': the agency's publication number
        w.take("number", m.group("n"), m.start("n"), m.end("n"), claim=m.span())
        w.flags.add("report-number")
    for m in w.search(_TRANSLATED_FROM):  # '… Глобалізація та її тягар (Пер. з англ.). Вид. дім …': who translated, not the title
        w.take("note", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_APA_DATE_AFTER_TITLE):  # APA with no author: 'Su kodeksi [Water Code …]. (2003, July 9). No. 481-II.'
        if m.group("m2") and not rx.search(r"[»\"”№]", w.text[: m.start()]):
            continue  # 'Қазақстан Республикасының Президенті. (2016, 1 наурыз).': the author's date, not a named act's
        month = month_number(m.group("m") or m.group("m2"))
        day = m.group("d") or m.group("d2")
        if month and "issued" not in w.fields:
            w.take("issued", Date.of(int(m.group("y")), month, int(day) if day else None), m.start(), m.end())
    for m in w.search(_CONVOCATION_NUMBER):  # 'No. 481-II', '№ 2704-VIII': a law's number with its convocation
        w.take("number", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
        w.flags.add("legal-act")
    for m in w.search(_APA_ACT):  # APA '… [translation] (Resolution No. 66). Adilet.': what kind of act, and its number
        g, n = ("g", "n") if m.group("g") else ("g2", "n2") if m.group("g2") else ("kg", "kn")
        month = month_number(m.group("m")) if m.group("m") else None
        if month:  # 'Resolution No. 961, 30 November': the day and month of the year given after the authors
            w.fields["act-day"] = (month, int(m.group("d")))
        w.take("genre", m.group(g), m.start(g), m.end(g))
        w.take("number", m.group(n), m.start(n), m.end(n), claim=(m.start(), m.end()))
        w.flags.add("legal-act")
    for m in w.search(_SPEC_NUMBER):
        w.take("number", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
        if not w.free()[: m.start()].strip(" \x00"):
            w.take("author", [Name(literal=m.group("o"))], m.start("o"), m.end("o"))
        w.flags.add("kind:report")
        break
    for m in w.search(_MEETING_PAPER_NUMBER):
        n = "n" if m.group("n") else "n2"
        w.take("number", m.group(n), m.start(n), m.end(n), claim=(m.start(n if n == "n" else 0), m.end()))
        meeting = _MEETING_SENTENCE.search(w.free(), 0, m.start())
        if meeting:  # '… in cores. SPE Annual Technical Conference and Exhibition. Dallas, 2000. SPE-63227-MS.'
            _take_groups(w, meeting, (("container-title", "c"), ("publisher-place", "p"), ("publisher", "pub")))
            w.flags.add("kind:paper-conference")
        break
    for m in w.search(_ORIGINALLY):
        w.take("original-date", Date.of(int(m.group("y"))), m.start("y"), m.end("y"), claim=(m.start(), m.end()))
    for m in w.search(_SERIES_SHORT):
        w.take("collection-title", m.group("s"), m.start("s"), m.end("s"))
        w.take("collection-number", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_CHAPTER_NUMBER):  # Vancouver '… In: Manual of … 2022. Chapter 3.1.4. Paris: WOAH; 2022.'
        w.take("chapter-number", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_ACT_SENTENCE):
        genre = "g" if m.group("g") else "gk"
        w.take("genre", m.group(genre), m.start(genre), m.end(genre))
        nm = _ACT_SENTENCE_NUMBER.search(m.group("act"))
        if nm:
            w.take("number", nm.group("n").rstrip("."), m.start("act") + nm.start("n"), m.start("act") + nm.end("n"))
        issuer = _ACT_ISSUER.match(w.text, m.end("g")) if m.group("g") else _ACT_ISSUER_KK.match(w.text, m.start("act"))
        if issuer:  # 'Приказ Министра здравоохранения … от …', '… бекіту туралы. ҚР Денсаулық сақтау министрінің 2020 жылғы …': who issued it
            w.take("authority", issuer.group("a").strip(), issuer.start("a"), issuer.end("a"))
        w.claim(m.start(), m.end())
        w.flags.add("legal-act")
    for m in w.search(_KO_PAREN_REPORT):  # '(기본연구 01-30)', '(연구보고서 2011-03)': the institute's series and number
        _take_groups(w, m, (("genre", "g"), ("genre", "g2"), ("number", "n"), ("number", "n2"), ("number", "n3"), ("number", "n4")))
        w.claim(m.start(), m.end())
        if not m.group("n3"):
            w.flags.add("report-number")
    for m in w.search(_REPORT_NUMBER):
        series, n = ("ps", "pn") if m.group("ps") else ("ks", "kn") if m.group("ks") else (None, None)
        if series:
            w.take("collection-title", m.group(series).strip(), m.start(series), m.end(series))
            w.take("number", m.group(n), m.start(n), m.end(n), claim=(m.start(), m.end()))
            w.flags.update({"kind:report", "report-number"})
            continue
        w.take("number", m.group("n") or m.group("n2") or m.group("n3") or m.group("n4") or m.group("n5") or m.group("n6"), m.start(), m.end())
        if m.group("series"):
            w.take("genre", m.group("series"), m.start("series"), m.end("series"))
        series = rx.match(r"[^,]*?Working\s+[Pp]aper\s+Series", m.group(0))
        if series:
            w.take("collection-title", series.group(0), m.start(), m.start() + series.end())
        label = rx.match(r"\s*(?P<g>[^\d,]*?)\s*(?:No\.?|№|N)?\s*$", m.group(0)[: m.start("n") - m.start()]) if m.group("n") and not series else None
        if label and label.group("g"):  # 'Policy Research Working Paper No. 8402': what the report is, kept with its number
            w.take("genre", label.group("g").rstrip(" ,"), m.start() + label.start("g"), m.start() + label.end("g"))
        w.flags.add("report-number")
    for m in w.search(LANG_TAG_RE):
        lang = language_tag(m.group(0))
        if lang:
            w.take("language-tag", lang, m.start(), m.end())
    for m in w.search(MEDIUM_RE):
        w.take("medium", m.group(0).strip("[]. "), m.start(), m.end())
        db = _DATABASE_DESCRIPTOR.match(w.free(), m.end()) if w.text[m.end() - 1 : m.end()] == "]" else None
        if db:  # '[Электронный ресурс] : база данных': the resource is a data set
            w.take("genre", db.group("g"), db.start("g"), db.end("g"), claim=(db.start(), db.end()))
            w.flags.add("kind:dataset")
        if _VIDEO_RECORDING.search(m.group(0)):  # '[Видеозапись]', Kazakh '[Бейнежазба]': a film, perhaps with its kind after ': көркем фильм'
            w.flags.add("kind:motion_picture")
            film = _FILM_DESCRIPTOR.match(w.free(), m.end())
            if film:
                w.take("genre", film.group("g"), film.start("g"), film.end("g"), claim=(film.start(), film.end()))
    for m in w.search(_MEDIUM_PLAIN):
        w.take("medium", m.group(0), m.start(), m.end())
    for m in w.search(_VIDEO_CARRIER) if "(DVD" in w.text or "(VHS" in w.text or "(Blu-ray" in w.text else ():
        w.take("medium", m.group("m"), m.start("m"), m.end("m"), claim=(m.start(), m.end()))  # '『…』(DVD 3매)': a recording on disc
        w.flags.add("kind:motion_picture")
    # empty brackets/angle brackets left by removed links
    for m in w.search(re.compile(r"<\s*>|\[\s*\]|\(\s*\)")):
        w.claim(m.start(), m.end())


def _facsimile_publisher(w: _Work) -> None:
    """'『豹菴遺稿』, 한국정신문화연구원 영인본, 1979.', '(국사편찬위원회 영인본, 1955~1958)': who printed the facsimile (the
    publisher), and that it is one (the genre), however the imprint was read."""
    facsimile = rx.fullmatch(r"(.*\S)\s+(영인본|影印本)", w.fields.get("publisher") or "")
    if facsimile and "genre" not in w.fields:
        a, _ = w.spans["publisher"]
        w.fields["publisher"], w.spans["publisher"] = facsimile.group(1), (a, a + len(facsimile.group(1)))
        w.fields["genre"], w.spans["genre"] = facsimile.group(2), (a + facsimile.start(2), a + facsimile.end(2))


def _take_imprint(w: _Work, m: re.Match[str]) -> None:
    """Publisher, place, year and page of an imprint pattern's match (the groups it has and matched), then claim it."""
    groups = m.groupdict()
    for key, group in (("publisher", "pub"), ("publisher-place", "place")):
        if groups.get(group):  # (a facsimile's '국사편찬위원회 영인본' is split by _facsimile_publisher)
            w.take(key, m.group(group).strip(), m.start(group), m.start(group) + len(m.group(group).rstrip()))
    if groups.get("y"):
        month = month_number(m.group("m")) if groups.get("m") else None
        date = Date.of(int(m.group("y")), month)  # a report's month: '(Washington, DC: Office of …, February 2018)'
        if groups.get("yend"):  # printed over years: a range of dates
            date = Date(parts=((int(m.group("y")),), (int(m.group("yend")),)))
        w.take("issued", date, m.start("y"), m.end("yend") if groups.get("yend") else m.end("y"))
    if groups.get("pg"):
        w.take("page", _range(m.group("pg")), m.start("pg"), m.end("pg"))
    w.claim(m.start(), m.end())
    if groups.get("y"):
        w.flags.add("note-imprint")


_PROCEEDINGS_IMPRINT = re.compile(
    r"(?<=[.)]\s)(?P<pub>ACM|IEEE(?:\s+Computer\s+Society)?|Association\s+for\s+Comput(?:ing\s+Machinery|ational\s+Linguistics)|USENIX\s+Association|AAAI\s+Press"
    r"|Morgan\s+Kaufmann|Curran\s+Associates|European\s+Language\s+Resources\s+Association|International\s+Committee\s+on\s+Computational\s+Linguistics"
    r"|International\s+Speech\s+Communication\s+Association|ELRA\s+and\s+ICCL|ELRA|ISCA)"
    r"(?:,\s*(?P<place>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z]{2}(?:,\s*USA)?))?"
    r"(?:,\s*(?P<ev>(?:Online|Virtual)(?:\s+Event)?|[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?,\s*"
    r"(?:Paper\s+(?P<art>\w+),\s*(?P<np>\d+)\s+pages|(?P<pg>[A-Za-z]?\d+\s*[-–—]\s*[A-Za-z]?\d+))\.?"
)
# ACL's natbib form: '…, pages 417–426, Marseille, France. European Language Resources Association.': the pages, where the
# meeting was held, then who published it (a Springer volume in that form names its seat: '…, pages 163–170, Cham. Springer …')
_ACL_PAGES_IMPRINT = re.compile(
    r"(?<=[,\s])pages\s+(?P<pg>[A-Za-z]?\d+\s*[-–—]\s*[A-Za-z]?\d+),\s*(?P<ev>[A-Z][^.,\d\x00]{1,40}(?:,\s*[A-Z][^.,\d\x00]{1,30}){0,2})\.\s+"
    r"(?P<pub>Association\s+for\s+Computational\s+Linguistics|European\s+Language\s+Resources\s+Association|International\s+Committee\s+on\s+Computational\s+Linguistics"
    r"|International\s+Speech\s+Communication\s+Association|ELRA\s+and\s+ICCL|ELRA|ISCA|INCOMA\s+Ltd|Springer(?:\s+International\s+Publishing|\s+Nature\s+Switzerland)?)\.?\s*$"
)
# an EU act in the Official Journal: '…, OJ L 119, 4.5.2016, pp. 1–88.': the series and number, the day of publication, the pages
_EU_OFFICIAL_JOURNAL = re.compile(
    r"(?<=[.,]\s)(?P<c>OJ|O\.J\.)\s+(?P<v>[LC]\s?\d{1,4}(?:\s?[A-Z])?),\s*(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>(?:19|20)\d\d),\s*(?:pp?\.\s*)?(?P<pg>\d+(?:\s*[-–]\s*\d+)?)\.?\s*$"
)
# ... and as OSCOLA cites it, the year in square brackets and the page after a slash: '… Regulation) [2016] OJ L119/1.'
_EU_OJ_OSCOLA = re.compile(r"(?<=[)\w]\s)\[(?P<y>(?:19|20)\d\d)\]\s+(?P<c>OJ)\s+(?P<v>[LC]\s?\d{1,4}(?:\s?[A-Z])?)/(?P<pg>\d+)\.?\s*$")
_EU_ACT_DATE = re.compile(r"\bof\s+\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d\b")  # 'Directive 2000/31/EC … of 8 June 2000 on …'
# German law reviews cited by abbreviation, year and first page after a quoted title: '…, „Die neue …“, DB 2016, S. 937 ff.',
# '…, „…“, NJW 2018, 1234.'
_LAW_REVIEW_CITE = re.compile(
    r"(?<=[“”\"»],\s)(?P<c>[A-ZÄÖÜ][A-Za-zÄÖÜäöü&]{0,6}(?:\s[A-Z][A-Za-z]{0,5})?)\s+(?P<y>(?:19|20)\d\d),\s*(?:S\.\s*)?"
    r"(?P<pg>\d+(?:\s*[-–]\s*\d+)?(?:\s*ff?\.)?)\.?\s*$"
)
_PLACE_WITH_STATE = r"[A-Z][a-z]+(?:[\s/-][A-Z][a-z]+){0,2}(?:,\s*(?:[A-Z]{2}|[A-Z][a-z]+(?:\s[A-Z][a-z]+){0,2}))?(?:,\s*(?:USA|UK|U\.K\.|Germany|Switzerland|Netherlands|England))?"  # (MDPI's 'Abu Dhabi, United Arab Emirates')
_ACS_IMPRINT = re.compile(r";\s*(?P<pub>[A-Z][^;:]{1,60}?):\s*(?P<place>" + _PLACE_WITH_STATE + r"),\s*(?P<y>(?:1[5-9]|20)\d\d)(?=\s*[.;]|\s*$|\s*\([Ii]n\s+[A-Z][a-z]+\)\.?\s*$)")  # (and '(in Russian)')
_PAREN_PUBLISHER_PLACE = re.compile(
    r"\((?P<pub>[A-Z][^():;]{1,80}?),\s*(?P<place>(?:" + trie_pattern(c for c in CITIES if " " in c or c.isalpha())
    + r")(?:,\s*(?:[A-Z]{2}|England|UK|USA|Germany|Switzerland|(?:The\s)?Netherlands|Japan|France|Canada|Australia))?|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*[A-Z]{2}),\s*(?P<y>(?:1[5-9]|20)\d\d)\)"
    r"(?:,\s*(?:Vol\.\s*\d+,\s*)?pp?\.\s*(?P<pg>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?))?\.?\s*$"  # APS '(AIP, Melville, NY, 2009), p. 22.'
)
_NOTE_IMPRINT_TAIL = re.compile(
    r"\((?:(?P<orig>(?:1[5-9]|20)\d\d);\s*)?(?:(?P<place>[^():;]{2,60}):\s*)?(?P<pub>[^():;]{2,80}?),\s*(?:(?P<m>[A-Z][a-z]{2,8}\.?)\s+)?(?P<y>(?:1[5-9]|20)\d\d)(?:\s*[~–-]\s*(?P<yend>(?:1[5-9]|20)\d\d))?\)(?:,\s*(?:pp?\.\s*)?(?P<pg>\d+(?:\s*[-–~]\s*\d+)?)\s*(?:쪽|면)?)?\.?(?=[\s.\x00]*$)"
)
_ORIGINAL_WORK = re.compile(
    r"\(\s*(?:Original\s+work\s+published|Originally\s+published|Оригинал\s+опубликован|원저(?:는)?|원저\s*출판)\s*(?P<y>(?:1[5-9]|20)\d\d)[^)]{0,12}\)\.?"
)  # APA '(Original work published 1916)', Korean APA '(원저 1916년 출판)'
_APA_EDITION = re.compile(r"\(\s*(?P<e>\d+)(?:st|nd|rd|th)\s+(?:ed|edn|rev\.\s*ed)\.?\s*\)|\(\s*(?P<w>(?:Rev|Enl|Expanded|Updated|Abridged|Reprint)\.?\s*ed\.)\s*\)"
    r"|\(\s*(?P<e3>(?:Spring|Summer|Fall|Autumn|Winter)\s+(?:19|20)\d\d)\s+ed\.?\s*\)"  # the Stanford Encyclopedia's '(Summer 2020 ed.)'
    r"|\(\s*Edition\s+(?P<e4>\d+(?:[-.]\d+)?)\s*\)"  # a guideline's '(Edition 10-1)'
)
_APA_VOLUMES = re.compile(r"\(\s*Vols?\.\s*(?P<v>\d{1,3}(?:\s*[-–]\s*\d{1,3})?)\s*\)|(?<=[.,]\s)Vols\.\s*(?P<v2>\d{1,3}\s*[-–]\s*\d{1,3})(?=\s*[.,;])")  # or '. Vols. 1–3.'
_ACM_ARTICLE = re.compile(
    r"(?<=[A-Za-z.]\s)(?P<v>\d{1,4}),\s*(?P<i>\d{1,4}|[A-Z]{2,}[A-Za-z]*),\s*Article\s+(?P<a>[A-Za-z]?\d+)\s*"
    r"\((?:(?P<m>[A-Z][a-z]+)\.?\s+)?(?P<y>(?:1[5-9]|20)\d\d)\)(?:,\s*(?P<np>\d+)\s+pages)?"
)
_ARTICLE_NUMBER = re.compile(r"(?:(?<=,\s)|(?<=[.–—]\s))(?:(?:Article|Art\.)\s+(?:[Nn]o\.?\s*)?|(?:art|article)\.?\s+no\.?\s*)(?P<a>[A-Za-z]{0,3}\d+[\w.-]*?)(?=[.,;]?(?:\s|$))")
_TRANSLATED_FROM = re.compile(
    r"\s\((?P<n>(?:[Пп]ер|[Пп]ереклад|[Пп]еревод)\.?\s+(?:(?:з|с)\s+[а-яёіїє]+\.?(?:[^()]{1,60})?|(?:[А-ЯЁІЇЄ]\.\s?){1,2}[А-ЯЁІЇЄ][а-яёіїє'’-]+))\)"
)  # '(Пер. з англ.)', APA's '(пер. С. Н. Иванова)'
_APA_DATE_AFTER_TITLE = re.compile(
    r"\((?<=[.\]\d]\s\()(?P<y>(?:1[5-9]|20)\d\d),"  # (the bracket before the look-behind: the engine skips to it)
    r"\s*(?:(?P<m>[A-Z][a-z]+)\.?(?:\s+(?P<d>\d{1,2}))?|(?P<d2>\d{1,2})\s+(?P<m2>[а-яёіїєәғқңөұүһ]+))\)(?=\.)"
)  # 'Su kodeksi […]. (2003, July 9). No. 481-II.', Ukrainian '… № 959-XII. (1991, 16 квітня).'
_CONVOCATION_NUMBER = re.compile(r"No\.(?:(?<=\.\sNo\.)|(?<=\s\(No\.))\s*(?P<n>\d{1,5}-[IVXLC]{1,5})(?=[.,;\s)]|$)")  # (also APA's 'Title (No. 414-V)')
# a proceedings' series by its short name and volume: IEEE '… (MMM 2017), LNCS 10132, pp. 28-39'
# or Springer's own 'In: Vedaldi, A., et al. (eds.) ECCV 2020. LNCS, vol. 12346, pp. 213–229.' ('LNCS (LNAI), vol. 12588')
_SERIES_SHORT = re.compile(r"(?<=[,.]\s)(?P<s>(?:LNCS|LNAI|LNBI|CCIS|LNEE|AISC|LIPIcs)(?:\s\((?:LNAI|LNBI)\))?)(?:,?\s+vol\.)?\s+(?P<n>\d{1,5})(?=\s*[,.;]|\s*$)")
# a chapter's number in a manual or handbook: Vancouver '… In: Manual of … 2022. Chapter 3.1.4. Paris: WOAH; 2022.'
_CHAPTER_NUMBER = re.compile(r"(?<=[.,])\s+(?:Chapter|Ch\.|Глава|Гл\.)\s*(?P<n>\d+(?:\.\d+)*)(?=[.,]\s+[" + UP + r"]|[.,]?\s*(?:pp?\.|С\.|$))")
# a technical specification's designation: IEEE '3GPP, “…,” 3GPP TS 38.213, V16.1.0, Mar. 2020.', or first:
# '3GPP TR 36.777, “Study on …,” V15.0.0, Dec. 2017.' (the body is then the author)
# the number of a paper at an oil-and-gas industry meeting: 'SPE Annual Technical Conference and Exhibition. Dallas, 2000. SPE-63227-MS.'
_MEETING_PAPER_NUMBER = re.compile(
    r"(?<![\w-])(?P<n>(?:SPE|OTC|IPTC|URTEC|URTeC|ARMA|IADC|PETSOC|OMC)[- ]?\d{4,7}(?:-(?:MS|PA|STU))?)(?![\w-])"
    r"|(?<=[,.]\s)[Pp]aper\s+[Nn]o\.\s*(?P<n2>\d{1,6})(?=\.?\s*$)"  # NACE '… Houston: NACE International, 2010, paper no. 10371.'
)
_MEETING_SENTENCE = re.compile(
    r"(?<=[.?!]\s)(?P<c>[A-Z][^.?!\x00]{3,120}?\b(?:Conference|Meeting|Exhibition|Symposium|Congress|Workshop|Forum|Expo)\b[^.?!\x00]{0,60}?)\.\s+"
    r"(?P<p>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s*[A-Z][a-z]+(?:\s[A-Z][a-z]+)?)?)(?::\s*(?P<pub>[A-Z][^,.:\x00]{1,60}))?,\s+(?:19|20)\d\d\b"
)
_SPEC_NUMBER = re.compile(r"(?<![\w.])(?P<o>3GPP|ETSI)\s+(?P<n>(?:TS|TR|EN|ES|GS|GR)\s+\d{2,3}(?:\.\d{1,4})+(?:-\d{1,3})?)(?![\w.])")
# Vancouver and Elpub lists name the act in a sentence of its own after its title: 'Об утверждении … . Приказ Министра …
# от 2 февраля 2016 года № 77.', 'Order of the Minister of Agriculture … No. 7-1/587 of 29 June 2015.', Kazakh '… бекіту туралы.
# ҚР Денсаулық сақтау министрінің 2020 жылғы 3 желтоқсандағы № ҚР ДСМ-231/2020 бұйрығы.'
_ACT_SENTENCE = re.compile(
    r"(?<=[.\]])\s+(?P<act>(?P<g>Приказ|Постановление|Указ|Распоряжение|Решение|Order|Decree|Resolution)\s(?:No\.\s|[^.\x00]){3,160}?"
    r"(?:\bот|\bof|\bdated)\s+\d(?:No\.\s|[^.\x00]){0,60}"
    r"|[^.\x00]{3,120}?\d{4}\s+жылғы\s+\d{1,2}\s+\w+\s+№\s*[^.\x00]+?\s(?P<gk>бұйрығы|қаулысы|жарлығы|шешімі))"
    r"(?=\.?\s*(?:\([Ii]n\s+\w+\.?\)\.?)?[\s\x00]*$)"
)
_ACT_ISSUER = re.compile(r"\s+(?:of\s+the\s+)?(?P<a>[^\d№\x00]{3,120}?)\s+(?:от|dated|No\.|№|of(?=\s+\d))\s")  # 'Приказ Министра … от', 'Order of the Minister … No.'
_ACT_ISSUER_KK = re.compile(r"(?P<a>[^\d№\x00]{3,120}?)\s+\d{4}\s+жылғы")  # 'ҚР Денсаулық сақтау министрінің 2020 жылғы …'
_ACT_SENTENCE_NUMBER = re.compile(r"(?:№|No\.?)\s*(?P<n>[^\s,]+(?:\s[^\s,]+)*?)(?=\s+(?:of|от|бұйрығы|қаулысы|жарлығы|шешімі)\b|[\s.]*$)")
_APA_ACT = re.compile(
    r"\((?P<g>Decree|Resolution|Order|Law|Ordinance|Edict|Directive|Regulation|Постановление|Приказ|Указ|Закон)\s+(?:No\.|№)\s*(?P<n>[\w/-]+)\)"
    r"|\(№\s*(?P<kn>[\w/-]+)\s+(?P<kg>қаулы|бұйрық|жарлық|заң|Жарлық|Заң)\)"  # Kazakh APA '(№ 832 қаулы)': the number first
    # Harvard, in a sentence of its own after the title: '… [On approval …]. Resolution No. 961, 30 November.'
    r"|(?<=[.\]]\s)(?P<g2>Decree|Resolution|Order|Law|Ordinance|Edict)\s+No\.\s*(?P<n2>[\w/-]+)(?:,\s*(?P<d>\d{1,2})\s+(?P<m>[A-Z][a-z]+))?(?=\.|,\s*\d{1,2}\s+[A-Z][a-z]+\s+(?:1[5-9]|20)\d\d\.)"
)
# an institute's series and number in brackets: '(연구보고 RRE 2019-11)', and so in its English twin '(Research Monograph 2012-01)',
# '(KRIHS 2021-13)' (the institute's code is part of the number); a dissertation database's '(Publication No. 27664318)'
_KO_PAREN_REPORT = re.compile(
    r"\((?:(?P<g>[가-힣]{0,6}(?:연구|보고서?|자료|페이퍼|리포트|브리프)(?:시리즈)?|(?<=\s\()(?:[A-Z][a-z]+\s){1,3}?(?:Monograph|Report|Paper|Brief|Note|Study))\s+(?P<n>(?:[A-Z]{2,5}\s*)?\d{2,4}-\d{1,3})"
    r"|(?<=\s\()(?P<n2>[A-Z]{2,8}\s+(?:19|20)\d\d-\d{1,3})|(?<=\s\()Publication\s+No\.\s*(?P<n3>\d{5,12}))\)"
    r"|(?:(?<=,\s)|(?<=,[”\"]\s))(?P<g2>[가-힣]{0,6}(?:연구|보고서?))\s+(?P<n4>(?:19|20)?\d\d-\d{1,3}(?:-\d{1,3})?|[A-Z]{1,4}[.-][A-Z0-9.-]*\d)(?=\s*,)"
    # or between commas: ', 기본연구 2019-07, 세종: …', ', 연구보고서 2017-01-05, 서울: …', ', 기술보고서 TR.B15.P2016.0215, 대전, …'
)
# APA's report code in brackets after the title, with no label: '… overdependence 2022 (NIA VII-RSE-C-22059). Daegu: …',
# '(RR-A1234-1)', '(NCES 2020-144)': a short capitalised prefix and four digits or more ('(COVID-19)', '(ICD-11)' are words,
# and '(CGO 2004)', '(KLSS 2005)' name a meeting or a survey by its year)
_APA_REPORT_CODE = re.compile(r"(?<=[\w’)]\s)\([A-Z][A-Za-z]{1,7}[ -](?=(?:[^()\d]*\d){4})(?!(?:1[5-9]|20)\d\d\))[A-Z0-9][A-Z0-9-]{2,24}\)(?=\.\s+(?:[A-Z]|<?https?://))")
# a proceedings series and its number before an imprint in brackets, as physics prints a conference volume
_PROCEEDINGS_SERIES = re.compile(
    r"(?=[A-Z])(?<=,\s)(?P<s>[A-Z]{2,5}\s+Conf\.\s*Proc\.|Lecture\s+Notes\s+in\s+[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?|Springer\s+Proceedings\s+in\s+[A-Z][a-z]+)"
    r"\s+(?:No\.|Vol\.)\s*(?P<n>\d{1,5})(?=\s*[(\x00])"  # (the imprint may have been read already)
)
# an agency's publication number as a sentence of its own: '… demand. NEA No. 7551. OECD Publishing, Paris'
_AGENCY_NUMBER = re.compile(r"(?=[A-Z])(?<=\.\s)[A-Z]{2,6}\s+No\.\s*(?P<n>\d{3,6})(?=\.\s|\.?\s*$)")
# APA '(NBER Working Paper No. 19843)', '(IMF Working Paper No. 13/1)', '(RFC 7230)', '(Report No. 12)', a funded project's
# final report '(Project No. PJ01498602)'
_PAREN_REPORT_NUMBER = re.compile(
    r"\((?:[A-Z][\w&]{1,10}\s+){0,3}(?:RFC|Report\s+No\.?|(?:Country|Research)\s+(?:Report|Paper)\s+No\.?|(?:Policy\s+Research\s+)?Working\s+Papers?(?:\s+No\.?)?|ERIC\s+(?:Document\s+Reproduction\s+Service\s+)?No\.?|Discussion\s+Paper(?:\s+No\.?)?"
    r"|Technical\s+Report(?:\s+No\.?)?|Tech\.\s*Rep\.|Research\s+Report(?:\s+No\.?)?|Project\s+No\.?"
    r"|(?:Staff\s+)?Discussion\s+Note(?:\s+No\.?)?|Policy\s+(?:Brief|Paper)(?:\s+No\.?)?|Occasional\s+Paper(?:\s+No\.?)?|Issue\s+Brief(?:\s+No\.?)?|[A-Z][a-z]+[A-Z]\w*(?:Paper|Report|Brief)\s+No\.?)\s*[\w./-]+\)"
)
# A report's designation printed without parentheses: 'Tech. Rep. 1999-66', 'Working paper WP3/2012/04',
# 'arXiv preprint arXiv:1301.3781' (with its subject class, '[cs.CL]', claimed beside it), 'препринт WP3/2012/04', a RAND
# document code 'MG-877-AF'.
_IMF_SERIES = re.compile(r"(?<=[\s(])(?P<s>IMF\s+Country\s+Report|IMF\s+Working\s+Paper(?=\s+WP/))\s*(?:No\.\s*)?(?P<n>(?:WP/)?\d{2}/\d{1,4})(?![\w/])")
_REPORT_NUMBER = re.compile(
    r"(?:(?<=[\s,.:;(])|^)(?:(?:Tech(?:nical)?\.?\s*Rep(?:ort)?\.?|(?:NBER\s+|IMF\s+|Policy\s+Research\s+)?Working\s+[Pp]aper(?:\s+Series)?,?"
    r"|Discussion\s+[Pp]aper|Research\s+[Pp]aper|Research\s+[Rr]eport|[Пп]репринт|Preprint|Рабочий\s+документ)\s*(?:No\.?|№|N)?\s*(?P<n>(?:[A-Z]{1,6}[/ ](?=[A-Z\d]))?[A-Z]{0,4}-?\d[\w./-]*)"
    r"|(?:arXiv\s+preprint\s+)?(?P<n2>arXiv:\s*(?:\d{4}\.\d{4,5}(?:v\d+)?|[a-z-]+(?:\.[A-Z]{2})?/\d{7}(?:v\d+)?))(?:\s*\[[a-z-]+(?:\.\s?[A-Za-z-]+)?\])?|(?P<n3>\b(?:MR|MG|RR|TR|OP|DB|WR|PE)-\d{2,5}(?:-[A-Z0-9]{1,4})*)"
    r"|(?<=\.\s)(?P<series>(?:[A-Z][a-z]+\s){1,3}(?:Report|Briefing|Brief|Paper))\s+(?:No\.?|N°)\s*(?P<n4>\d[\w./-]*)"  # 'Asia Report No. 193'
    r"|(?P<n5>\b(?:Cmnd|Cmd|Cm)\.?\s+\d{3,5})"  # a UK command paper: 'Cmd 6404', 'Cm 7957'
    r"|(?<=\.\s)Report\s+No\.:\s*(?P<n6>[A-Z0-9][\w/.-]*\w))"  # Vancouver '… 2006. Report No.: WHO/CDS/EPR/2006.7.'
    # a series of papers named in the plural, and the paper's number in it: 'Federal Reserve Bank of New York Staff Reports,
    # No. 1063', 'BOK 경제연구 제2024-13호', '『이슈와 논점』, 제1987호' ('NBER Working Paper No. 21136' names one paper: only its number is read, above)
    r"|(?<=[.”\"]\s)(?P<ps>[A-Z][^.;“”\"\x00]{2,80}?(?:Staff\s+Reports|Working\s+Papers|Discussion\s+Papers|Staff\s+Papers|Research\s+Papers|Occasional\s+Papers|Paper\s+Series))"
    r"\s*,?\s*(?:No\.?|no\.|#)\s*(?P<pn>[\w.-]*\d[\w.-]*)"
    r"|(?<=[.,”\"]\s)『?(?P<ks>(?:BOK|KDI|KIEP|KIET)\s*[가-힣]+(?:\s[가-힣]+)?|이슈와\s?논점|[가-힣]{1,10}\s?(?:이슈노트|이슈브리프|정책브리프|현안분석))』?\s*,?\s*(?P<kn>제\s*\d{1,4}(?:\s*-\s*\d+)?\s*호)"
)


def _date_from_text(text: str) -> Date | None:
    text = text.strip()
    m = rx.fullmatch(r"(\d{1,2})[./](\d{1,2})[./](\d{2,4})", text)
    if m:
        d, mo, y = (int(x) for x in m.groups())
        y = y + 2000 if y < 100 else y
        return Date.of(y, mo, d) if 1 <= mo <= 12 else Date.of(y)
    m = rx.fullmatch(r"(\d{4})[-./]\s*(\d{1,2})[-./]\s*(\d{1,2})\.?", text)
    if m:
        y, mo, d = (int(x) for x in m.groups())
        return Date.of(y, mo, d)
    m = _DAY_MONTH_YEAR.search(text)
    if m:
        return _date_from_match(m)
    m = rx.search(r"\d{4}", text)
    return Date.of(int(m.group())) if m else None


# a story printed over several days: '『朝鮮日報』, 1935.4.20~5.2.', '1925.3.4~7.', 'Chosun Ilbo, April 20–May 2, 1935'
_DAYS_AFTER_DOTTED = re.compile(r"[~～](?:(?P<m>1[0-2]|0?[1-9])\.\s?)?(?P<d>3[01]|[12]\d|0?[1-9])(?![\d])\.?")
_DAYS_BEFORE_MONTH_DAY = re.compile(rf"(?P<m>{MONTH_CASED_RE})\.?\s+(?P<d>\d{{1,2}})\s*[–—-]\s*$")


def _days_range(w: _Work, m: re.Match[str], date: Date) -> tuple[Date, int, int]:
    """A full date read in the details, and the other end of the range of days it begins or ends, with its span."""
    if not date.parts or len(date.parts[0]) != 3:
        return date, m.start(), m.end()
    y, mo, d = date.parts[0]
    groups = m.groupdict()
    if groups.get("y7"):
        after = _DAYS_AFTER_DOTTED.match(w.free(), m.end())
        end = (y, int(after.group("m") or mo), int(after.group("d"))) if after else None
        if end and (end[1], end[2]) > (mo, d):
            return Date(parts=((y, mo, d), end)), m.start(), after.end()
    elif groups.get("m2"):
        before = _DAYS_BEFORE_MONTH_DAY.search(w.free(max(0, m.start() - 20), m.start()))
        month = month_number(before.group("m")) if before else None
        if month and (month, int(before.group("d"))) < (mo, d):
            start = m.start() - len(before.group(0))
            return Date(parts=((y, month, int(before.group("d"))), (y, mo, d))), start, m.end()
    return date, m.start(), m.end()


def _date_from_match(m: re.Match[str]) -> Date:
    g = {**_NO_GROUPS, **m.groupdict()}
    y = g["y"] or g["y2"] or g["y3"] or g["y4"] or g["y5"] or g["y6"] or g["y7"] or g["y8"] or g["y9"]
    mo = g["m"] or g["m2"] or g["m3"] or g["m4"] or g["m5"] or g["m6"] or g["m7"] or g["m8"] or g["m9"]
    d = g["d"] or g["d2"] or g["d4"] or g["d5"] or g["d6"] or g["d7"] or g["d8"] or g["d9"]
    month = int(mo) if mo and mo.isdigit() else DATE_MONTHS.get((mo or "").lower().rstrip("."))
    if month and not 1 <= month <= 12:
        month, d = None, None
    return Date.of(int(y), month, int(d) if d and month else None)


def _initial_then_given(free: str, start: int):
    """Chicago's 'Mankiw, N. Gregory, David Romer, and David N. Weil. 1992.': a first given name after an initial,
    then the other authors given name first."""
    m = re.compile(r"\s*(?P<f>[" + UP + r"][\w'’-]+),\s+(?P<g>[" + UP + r"]\.\s+[" + UP + r"][" + LOW + r"]+)(?:,\s*(?:and\s+)?|(?P<alone>(?=\.\s+(?:1[5-9]|20)\d\d[a-z]?\.\s)))").match(free, start)
    if m and m.group("alone") is not None:  # 'Ramsey, S. Robert. 1978. Accent and …': the only author
        return NameList([Name(family=m.group("f"), given=m.group("g"))], m.start("f"), m.end("g"), "f_comma_given")
    rest = scan_names(free, m.end(), forms=("given_f",)) if m else None
    if rest is None or rest.start != m.end() or not rx.match(r"\s*\.\s+(?:1[5-9]|20)\d\d", free[rest.end :]):
        return None
    return type(rest)([Name(family=m.group("f"), given=m.group("g")), *rest.names], m.start("f"), rest.end, "f_comma_given", rest.et_al)


def _attributed_authors(w: _Work) -> int | None:
    """Chicago '[Owen, Richard]. "Title."': an anonymous work's author, supplied in brackets."""
    free = w.free()
    start = len(free) - len(free.lstrip(_FREE + " "))
    bm = _ATTRIBUTED.match(free, start)
    name = bm.group("n").rstrip(" .") + "." if bm else ""
    inner = scan_names(name, 0) if bm else None  # the names as they would stand before a title
    if inner is None or inner.end < len(name) - 1:
        return None
    w.take("author", inner.names, bm.start("n"), bm.end("n"), claim=(bm.start(), bm.end()))
    w.flags.add("names:" + inner.form)
    return bm.end()


_KO_ROLE_FIRST = re.compile(r"편집대표\s+(?P<n>[가-힣]{2,4})(?=\s*,)")
# a pen name of one to three words, then the author's real name in brackets (family and initials, either order)
_PEN_NAME = re.compile(
    r"(?P<pen>[" + UP + r"][" + LOW + r"]+(?:\s+[" + UP + LOW + r"][" + LOW + r"]+){0,2})\s*"
    r"\[(?P<real>[" + UP + r"][" + LOW + r"'’-]+,?\s+[" + UP + r"]\.(?:\s?[" + UP + r"]\.)?|[" + UP + r"]\.\s?(?:[" + UP + r"]\.\s?)?[" + UP + r"][" + LOW + r"'’-]+)\]\.?(?=\s)"
)


_SLASHED_BODIES = re.compile(r"\s*(?P<org>[A-Z][\w-]*(?:/[A-Z][\w-]*(?:\s[A-Z][\w-]*){0,3}){2,})\.\s")
# a GOST resource described as a database: '… [Электронный ресурс] : база данных.'
_DATABASE_DESCRIPTOR = re.compile(r"\s*:\s*(?P<g>база\s+данных|база\s+даних|деректер\s+базасы|маалымат\s+базасы|database)(?=\s*[.\x00]|\s*$)", re.IGNORECASE)


_KO_LAB_AFTER_NAMES = re.compile(r"\s*,\s*(?P<g>[가-힣][가-힣 ]{1,30}?(?:연구실|연구팀|연구단|연구회))(?=\s*,\s*[^,\x00]+,\s*[^,\x00]+)")


def _bodies_as_author(w: _Work, bodies: list[Name], start: int, end: int) -> int:
    """Bodies (organisations) as the entry's authors, read from start to end; where the authors end."""
    w.take("author", bodies, start, end)
    w.flags.update({"names:org", "org-author"})
    return end


def _authors(w: _Work) -> int:
    """Claim the names at the head; return where the rest begins."""
    free = w.free()
    start = len(free) - len(free.lstrip(_FREE + " "))
    role = _KO_ROLE_FIRST.match(free, start) if "편집대표" in free[start : start + 8] else None
    if role:  # '편집대표 김용담, 『주석 민법 총칙(1)』, …': the role before the name
        w.take("editor", [hangul_name(role.group("n"))], role.start("n"), role.end("n"), claim=(role.start(), role.end()))
        w.flags.add("names:hangul")
        return role.end()
    pen = _PEN_NAME.match(free, start) if "[" in free[start : start + 40] else None
    if pen:  # 'Қыр баласы [Ә. Бөкейхан]. Жер жалдау туралы …': the pen name signs the work; the real name is the editor's note
        w.take("author", [Name(literal=pen.group("pen"))], pen.start("pen"), pen.end("pen"), claim=(pen.start(), pen.end()))
        w.fields.setdefault("alternate", {})["author"] = pen.group("real")
        return pen.end()
    lst = scan_names(free, start)
    if lst is not None and len(lst.names) == 1 and (_ORG_AFTER_NAME.match(free, lst.end) or (lst.names[0].given or "").replace(" ", "") in ("U.S.", "U.K.")):
        lst = None  # 'U.S. Census Bureau': initials and a word, then the body's noun; 'U.S. Geological Survey': a country's body
    if lst is not None and lst.form == "hangul" and len(lst.names) == 1 and (
        _KO_ORG_HEAD.match(free, start) or rx.match(r"\s*[,(\[]\s*(?:법률|대통령령|헌법|조례|시행령|총리령)\s*제", free[lst.end :])
        or (org := _HANJA_ORG.match(free, start)) and len(org.group("org")) >= 4
    ):
        lst = None  # '통계청', '한국은행', '朝鮮銀行': a body; '형법, 법률 제293호': a law's name, not a person's
    inverted = HANGUL_INVERTED.match(free, start) if lst is not None and lst.form == "hangul" and len(lst.names) == 2 and "translator" in w.fields else None
    if inverted:  # '하라리, 유발. (2015). 『사피엔스』. 조현욱 역.': a translated book's author is foreign, family name first, though 하 is a Korean family name
        lst = NameList([Name(family=inverted.group("family"), given=inverted.group("given"))], start, inverted.end("given"), "hangul")
    # full names, given name first: "Carole Cadwalladr and Emma Graham-Harrison, “Title,”" (IEEE, MLA), ACL's
    # "Matthew E. Peters, …, and Luke Zettlemoyer. 2018." and Chicago notes' "Samuel P. Huntington, Title (Place: Publisher, 1968)"
    alt = scan_names(free, start, forms=("given_f",))
    if alt is not None and (lst is None or alt.end > lst.end) and (
        rx.match(r"\s*,\s*[“\"«„]", free[alt.end :])
        or rx.match(r"\s*\.\s+(?:1[5-9]|20)\d\d[a-z]?\.\s", free[alt.end :])
        and (len(alt.names) > 1 or "." in (alt.names[0].given or "") or _one_person(alt.names[0], free[alt.end :]))  # one 'Statistics Korea. 2024.' is a body
        or rx.match(r"\s*,\s+[" + UP + r"]", free[alt.end :]) and ("note-imprint" in w.flags or "/" in free[alt.start : alt.end])
        or rx.match(r"\s*,\s+[A-Z]", free[alt.end :]) and _NOTE_IMPRINT_END.search(free) and all(n.given and " " not in (n.family or "") for n in alt.names)
        or rx.match(r"\s*(?:,\s*|\s|\s\()eds?\.\)?\s*,\s+[A-Z“\"]", free[alt.end :])  # 'Hongnam Kim, ed., Korean Arts of …', 'David R. McCann ed., The …'
    ) and not (len(alt.names) == 1 and (alt.names[0].family or "").lower() in COMPANY_WORDS):  # 'Analog Devices, “…,”' is a company
        # Chicago notes without brackets: 'Burglind Jungmann, Painters as Envoys, Princeton: Princeton University Press, 2004.'
        lst = alt
    elif lst is not None and lst.form == "f_initials" and len(lst.names) == 1:
        lst = _initial_then_given(free, start) or lst
    if lst is not None:
        end = lst.end
        gm = rx.match(r"\s*(?:;|,?\s*&|,?\s+and)\s*(?P<g>[A-Z][\w-]*(?:\s+(?:[A-Z0-9][\w-]*|of|for|on|the|and)){0,7}\s+(?:Group|Consortium|Collaboration|Committee|Investigators|Team|Network|Working\s+Group|Task\s+Force))(?=\s*\.|,\s*[“\x22])", free[end:])
        if not gm and lst.et_al:  # AMA/NLM 'Joura EA, Giuliano AR, Iversen OE, et al; Broad Spectrum HPV Vaccine Study.': a group after 'et al;'
            gm = rx.match(r"\s*;\s*(?P<g>[A-Z][^.;\x00]{3,120}?)(?=\.\s)", free[end:])
        if gm:
            lst.names.append(Name(literal=gm.group("g")))
            end += gm.end()
        lab = _KO_LAB_AFTER_NAMES.match(free, end) if lst.form == "hangul" else None
        if lab:  # '임희석, 고려대학교 자연어처리연구실, 자연어처리 바이블, 휴먼싸이언스, 2019.': a person and a lab wrote it
            lst.names.append(Name(literal=lab.group("g")))
            end = lab.end("g")
        pm = rx.match(r"\s*\((?:[A-Za-z][A-Za-z .,'-]{1,40}|[\u4e00-\u9fff]{2,5})\)", free[end:]) if lst.form == "hangul" else None
        if pm:
            end += pm.end()
        km = rx.match(r"\s*(?:편집대표|대표편집|책임편집|엮음|편저|편|외\s*편|지음|저|감독|(?:外\s*)?(?:編著?|校注|校註|校訂|主編))(?=[\s,.(])", free[end:])  # '강한영 校注, 『…』
        if km:
            end += km.end()
            if km.group(0).strip() == "감독":  # '봉준호 감독, 〈기생충〉, 2019.': a film, its director named first
                w.flags.add("kind:motion_picture")
            elif "지음" not in km.group(0) and "저" != km.group(0).strip():
                w.take("editor", lst.names, lst.start, end)
                w.flags.add("names:" + lst.form)
                return end
        tm = rx.match(r"\s*,\s*[" + HANGUL + r"]{2,8}(?:\s*외)?\s*(?:옮김|역주|편역|번역|역)(?=[\s,.(])", free[end:])
        if tm:
            w.claim(end, end + tm.end())
            end += tm.end()
        # "Ivanov I.I. Title" must not swallow a title word; an "(ed.)" after the names makes them editors
        role = "author"
        m = rx.match(r"\s*,?\s*\(\s*(?:eds?|Eds?|[Рр]ед|[Сс]ост|comp|Hrsg|Hg)\.?\s*\)\.?|\s*,\s*(?:eds?|Eds?)\.|\s*,\s*editors?\b\.?|\s+eds?\.(?=\s*,)|\s*,\s*(?:ред|редакторы|редактори)\.(?=\s)", free[end:])
        if m:
            role = "editor"
            end += m.end()
        elif lst.form != "hangul":  # Chicago 'Jackson, Peter, trans. The Mission of …': the translator heads the entry
            m = rx.match(r"\s*,\s*(?:trans|transl|tr)\.(?=\s+[" + UP + r"“\"])", free[end:])
            if m:
                role = "translator"
                end += m.end()
            director = None if m else rx.match(r"\s*,\s*dirs?\.(?=\s+(?:[" + UP + r"“\"]|(?:1[5-9]|20)\d\d[a-z]?\.))", free[end:])
            if director:  # Chicago 'Yun Sŏk-ho, dir. 2002. Kyŏul yŏn’ga …': a film's or series' director heads it as its author
                end += director.end()
                w.flags.add("directed")
        w.take(role, lst.names, lst.start, end)
        if lst.et_al:
            w.flags.add("et-al")
        w.flags.add("names:" + lst.form)
        return end
    om = _ORIENTAL_NAME.match(free, start) or _MONONYM_AUTHOR.match(free, start)
    if om:  # 'Ибн Фадлан. Путешествие …', 'Рашид ад-Дин. Сборник летописей …': one name, no initials
        w.take("author", [Name(family=om.group("n"))], om.start("n"), om.end("n"))
        w.flags.add("names:oriental")
        return om.end("n")
    # no personal name: an organisation as author ("World Health Organization. Title ...")
    qm = _BODY_BEFORE_QUOTE.match(free, start)
    if qm:  # IEEE 'Cisco, “Cisco annual internet report,” …': a body before a quoted title
        return _bodies_as_author(w, [Name(literal=qm.group("org"))], qm.start("org"), qm.end("org"))
    tm = _TWO_ACRONYMS.match(free, start)
    if tm:  # 'FAO and ITPS. Status of the World’s Soil Resources …': two bodies' short names
        return _bodies_as_author(w, [Name(literal=tm.group("a")), Name(literal=tm.group("b"))], tm.start("a"), tm.end("b"))
    am = _ACRONYM_COMMA.match(free, start)
    if am and free.count(",", am.end()) >= 2 and not _ACRONYMS_COMMA_YEAR.match(free, start):  # Elsevier numbered 'IEA, Global EV Outlook 2023, International Energy Agency, Paris, 2023.'
        return _bodies_as_author(w, [Name(literal=am.group("org"))], am.start("org"), am.end("org"))
    lm = _LISTING_BODY_COMMA_YEAR.match(free, start)
    if lm:  # one body whose name lists its remits, not several bodies: 'Department for Environment, Food and Rural Affairs, 2023.'
        return _bodies_as_author(w, [Name(literal=lm.group("org"))], lm.start("org"), lm.end("org"))
    hm = _ACRONYMS_COMMA_YEAR.match(free, start) or _ORG_COMMA_YEAR.match(free, start)
    if hm and (_is_org(hm.group("org")) or " " in hm.group("org") or hm.group("org").isupper() or "," in hm.group("org") or len(hm.group("org")) >= 3):
        # (one word, no initials: a body, 'Ember, 2024. Title.', since Harvard gives every person initials)
        # Elsevier 'IPCC, 2018. Title.', 'UNEP, CCAC, 2021. Title.' (two bodies)
        return _bodies_as_author(w, [Name(literal=b.strip()) for b in hm.group("org").split(",")], hm.start("org"), hm.end("org"))
    km = _ORG_COMMA_YEAR_COMMA.match(free, start)
    if km and (_is_org(km.group("head")) or rx.search(r"(?i)\bgovernment|\bstatistics\b", km.group("head")) or km.group("head") != km.group("org")):
        return _bodies_as_author(w, [Name(literal=km.group("org"))], km.start("org"), km.end("org"))
    km = _KO_ORG.match(free, start) or _HANJA_ORG.match(free, start)
    if km:
        bodies, end = [Name(literal=km.group("org").strip())], km.end("org")
        second = _KO_ORG.match(free, end + 1) if free[end : end + 1] == "," else None
        if second and rx.match(r"\s*\.\s|\s*\((?:1[5-9]|20)\d\d", free[second.end("org") :]):  # Vancouver '보건복지부, 한국보건사회연구원. 2020년도 …', APA '교육부, 질병관리청 (2023).'
            bodies.append(Name(literal=second.group("org").strip()))
            end = second.end("org")
        return _bodies_as_author(w, bodies, km.start("org"), end)
    sm = _SLASHED_BODIES.match(free, start)
    if sm:  # 'Hansen/UMD/Google/USGS/NASA. Global Forest Change …': the makers of a data set, named together
        return _bodies_as_author(w, [Name(literal=sm.group("org"))], sm.start("org"), sm.end("org"))
    tm = _TEAM_COLON.match(free, start)
    if tm:  # Springer LNCS 'R Core Team: R: A Language …', 'GDAL/OGR contributors: GDAL/OGR …': a team, then its work
        return _bodies_as_author(w, [Name(literal=tm.group("org"))], tm.start("org"), tm.end("org"))
    m = _ORG_SENTENCE.match(free, start)  # after the list's own number, which is claimed
    apa_org = bool(m and not rx.match(r"\s*\.?\s*\(n\.d\.\)\.\s*In\b", free[m.end("org") :]) and rx.match(r"\s*\.?\s*(?:\((?:\d{4}|n\.d\.|no\sdate\))|(?:1[5-9]|20)\d\d\.\s)", w.text[m.end("org") :]) and (rx.fullmatch(r"(?:[" + UP + r"][\w&'-]*|of|for|and|the|on)(?:\s+(?:[" + UP + r"][\w&'-]*|of|for|and|the|on)){1,8}", m.group("org").strip())
        or rx.fullmatch(r"[A-Z][a-z]{2,}(?:[A-Z][a-z]+)?(?:\.[a-z]{2,5})?", m.group("org").strip()) and rx.match(r"\.\s+(?:1[5-9]|20)\d\d[a-z]?\.\s+[“\"\w]", free[m.end("org") :])
        or rx.fullmatch(r"[A-ZА-Я][\w&'’-]{2,}", m.group("org").strip()) and rx.match(r"\s*\((?:1[5-9]|20)\d\d[a-zа-я]?\)", free[m.end("org") :])
        or rx.fullmatch(r"[A-Z]{2,10}(?:/[A-Z]{2,10})+", m.group("org").strip()) and rx.match(r"\.\s+(?:1[5-9]|20)\d\d[a-z]?\.\s", free[m.end("org") :])  # 'OSCE/ODIHR. 2022.'
        or _CLASSICAL_NAME.fullmatch(m.group("org").strip()) and rx.match(r"\s*\.?\s*\((?:1[5-9]|20)\d\d[a-zа-я]?\)", free[m.end("org") :])))
    # (the date as printed: a full one, 'Statistics Korea. (2023, September 21).', is claimed already)
    # one word and the year in brackets is a body: 'Rosstat (2023).' (a person has initials: 'Smith, J. (2023).')
    # a single word before the year and a quoted title is a body: 'Reuters. 2022. "…"', 'Bloomberg. 2021. "…"'
    # Vancouver 'Statistics Korea. Title [Internet]. Daejeon: Statistics Korea; 2023': a body that publishes its own work
    own = bool(m and rx.search(r":\s*" + re.escape(m.group("org").strip()) + r"\s*[;,]", free[m.end() :]))
    if not m or not (apa_org or own or _is_org(m.group("org"))):
        km = _KO_ORG.match(free, start)
        if km:
            m = km
    wordy = m and len(_LOWER_WORD.findall(m.group("org"))) >= 4 and not _STATE_BODY.fullmatch(m.group("org").strip())
    # ('WHO recommendations on antenatal care for a positive …' is a title; 'Бюро национальной статистики Агентства по
    # стратегическому планированию и реформам Республики Казахстан' is a state body, its genitives in lower case)
    # (and a sentence followed at once by the whole imprint is the title: Vancouver 'The WHO AWaRe … antibiotic book.
    # Geneva: World Health Organization; 2022.', where a body as author would have its title between)
    # (GOST's area dash before that imprint shows a title even in title case: 'Report of the Commission on Ending Childhood
    # Obesity. – Geneva : World Health Organization, 2016.')
    only_imprint = m and _IMPRINT_ONLY_REST.match(free, m.end("org"))
    wordy = wordy or bool(only_imprint and (_LOWER_WORD.search(m.group("org")) or "–" in only_imprint.group(0)[:4] or "—" in only_imprint.group(0)[:4]))
    if wordy and _is_org(m.group("org")) and rx.match(r"\s*\.\s*\((?:n\.\s?d\.|(?:1[5-9]|20)\d\d[a-z]?)\)\.", free[m.end("org") :]):
        wordy = False  # APA 'Qazaqstan Respublikasy … Ulttyq statistika byurosy. (n.d.).': the date's brackets show an author
    wordy = wordy or bool(m and _DOCUMENT_HEAD.match(m.group("org")))  # 'Report of the Commission on …': a document, named by what it is
    # 'Дәулеткерей Шығайұлы (1820–1887) [Электрондық ресурс] // …': a person with the years of their life is the title of a page on them
    wordy = wordy or bool(m and _LIFE_DATES_TITLE.match(free, m.end("org")))
    if m and not wordy and (apa_org or own or _is_org(m.group("org"))) and not rx.search(r"\d", m.group("org")) and not rx.search(r"\s:\s*(?:офиц|официальн|ресми|сайт)", m.group("org")):
        # 'Президент России [Электронный ресурс] : офиц. сайт': a site's name, not a body as author
        rest = free[m.end() :].strip(" .\x00")
        if rest or " : " not in m.group("org"):
            return _bodies_as_author(w, _bodies(_tidy(m.group("org"))), m.start("org"), m.end("org"))
    return 0


_TEAM_COLON = re.compile(
    r"\s*(?P<org>[A-Z][\w/&.'’-]*(?:\s+[\w/&.'’-]+){0,5}?\s+(?:[Cc]ontributors|(?:Core\s+|Development\s+|Project\s+)?Team|Consortium|Collaboration|Developers|Community)):\s+(?=[A-Z\d])"
)


def _bodies(org: str) -> list[Name]:
    """One body, or two joined by '&' when each is a body on its own: APA 'OECD & World Bank. (2015).'; or bodies
    joined by 'and' or a comma when each ends in what a body is called ('World Travel & Tourism Council and McKinsey &
    Company', 'National Health Insurance Service, Health Insurance Review and Assessment Service'), not a body's
    own words ('Ministry of Ecology, Geology and Natural Resources', 'United Nations, Department of …')."""
    parts = rx.split(r",\s+&\s+|,\s+", org)  # APA 'American Educational Research Association, American Psychological Association, & …'
    if 2 <= len(parts) <= 6 and ", & " in org and all(_is_org(p) for p in parts):  # ('Health Insurance Review & Assessment Service, & …')
        return [Name(literal=p.strip()) for p in parts]
    parts = org.split(" & ")
    named = any(_PROPER_NAME.fullmatch(p.strip(" ,")) for p in parts)  # 'Statistics Korea': a body's short proper name
    if len(parts) == 2 and (all(_is_org(p) for p in parts) or ", & " in org and named and any(_is_org(p) for p in parts)):
        # 'World Health Organization, & United Nations Children's Fund', 'Statistics Korea, & Ministry of Gender Equality and Family'
        return [Name(literal=p.strip(" ,")) for p in parts]
    for joint in (" and ", ", "):
        parts = org.split(joint)
        if 2 <= len(parts) <= 4 and all(_body_named_by_its_last_word(p) for p in parts):
            return [Name(literal=p.strip()) for p in parts]
    parts = org.split(", ")  # Vancouver 'World Health Organization, Food and Agriculture Organization of the United Nations, World Organisation for Animal Health.'
    if 3 <= len(parts) <= 6 and all(len(p.split()) >= 2 and _is_org(p) for p in parts):  # (three or more: two may be one body and its part)
        return [Name(literal=p.strip()) for p in parts]
    return [Name(literal=org)]


_PROPER_NAME = re.compile(r"[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,4}")


def _body_named_by_its_last_word(text: str) -> bool:
    words = text.split()
    if not words:
        return False
    last = words[-1]
    return len(words) >= 2 and (last.lower() in ORG_WORDS or last.lower().rstrip("s") in ORG_WORDS) or bool(rx.fullmatch(r"[A-Z]{2,8}", last) and len(words) == 1)


# a body named in hanja or kanji before a bracketed title: '朝鮮總督府, 『施政三十年史』', '京城帝國大學法學會 編', with its offices: '朝鮮總督府 警務局 圖書課'
_HANJA_ORG = re.compile(r"\s*(?P<org>[\u4e00-\u9fff]{2,12}(?:府|廳|庁|會|会|院|局|省|所|社|館|學會|学会|協會|協会|銀行|委員會|委員会)(?:\s[\u4e00-\u9fff]{1,8}(?:局|課|部|室|係|所|院|廳|庁))*)\s*(?=[,，、]\s*(?:(?:1[5-9]|20)\d\d[a-z]?\s*[,，]\s*)?[『「《]|\s*[『「《]|\((?:1[5-9]|20)\d\d[a-z]?\)\s*[,.]\s*[『「《])")
# IEEE's body before a quoted title, maybe with its acronym: 'Earth Resources Observation and Science (EROS) Center, “…,”'
_BODY_BEFORE_QUOTE = re.compile(r"\s*(?P<org>(?:[" + UP + r"]|\d[A-Z])[\w&'’.-]*(?:\s+(?:[" + UP + r"&][\w&'’.-]*|\([A-Z]{2,8}\)|of|for|and|the|on)){0,9}),\s*(?=[“\"«])")
_TWO_ACRONYMS = re.compile(r"\s*(?P<a>[A-Z]{2,8})\s+(?:and|&)\s+(?P<b>[A-Z]{2,8})\.\s+(?=[A-Z])")
_ACRONYM_COMMA = re.compile(r"\s*(?P<org>[A-Z]{2,8}),\s+(?=[A-Z0-9])")
_NOTE_IMPRINT_END = re.compile(r",\s*[A-Z][\w .&'-]{1,40}:\s*[A-Z][^,:]{1,80},\s*(?:1[5-9]|20)\d\d\.?\s*$")
_ATTRIBUTED = re.compile(r"\[(?P<n>[^\[\]\d]{3,80})\]\.?(?=\s)")
_KO_ORG_SUFFIX = (
    r"(?:연구원|연구소|위원회|센터|학회|협회|재단|진흥원|거래소|감독원|상공회의소|중앙회|연합회|박물관|미술관|도서관|기념관|(?:표준|기술|개발|평가|정보)원|경제|투데이|타임스|헤럴드|은행|신문|일보|방송|뉴스|통신|공사|공단|정책처|대학교|정부|(?:통계|국세|관세|조달|병무|경찰|기상|산림|특허|문화재|질병관리|농촌진흥|방위사업)청"
    r"|(?:교육|보건복지|기획재정|고용노동|행정안전|행정자치|안전행정|국방|외교|통일|법무|환경|여성가족|국토교통|산업통상자원|과학기술정보통신"
    r"|문화체육관광|농림축산식품|해양수산|중소벤처기업|교육과학기술|미래창조과학|지식경제|보건사회|문교)부)"
)
_KO_ORG = re.compile(r"\s*(?P<org>(?:[A-Z]{1,4})?[" + HANGUL + r"][" + HANGUL + r" ·]{1,30}?(?:(?<=[가-힣])(?=\s?\((?:주|사|재)\))|주식회사|중공업|조선해양|본부|그룹|연구원|연구소|위원회|센터|학회|협회|재단|거래소|상공회의소|은행|신문|일보|방송|뉴스|통신|경제|투데이|타임스|헤럴드|정부|공단|공사|박물관|미술관|도서관|기념관|청|부|처|원|회)(?:\s?\((?:주|사|재)\))?)\s*(?=[,.(]|\s+\()")
_KO_ORG_HEAD = re.compile(
    r"(?:[A-Z]{1,4})?[" + HANGUL + r"·]{0,12}(?:\s[" + HANGUL + r"·]{1,12}){0,3}?\s?(?:" + _KO_ORG_SUFFIX + r"|주식회사|중공업|조선해양|본부|(?<=[가-힣])\s?\((?:주|사|재)\))(?=[\s,.(]|$)"
)  # (a company: '현대중공업 주식회사', '한화오션(주)', 'HD한국조선해양'; '법무부 출입국·외국인정책본부')


# an Arabic or Persian author known by one name with its particle, as Orientalist lists cite them
_ORIENTAL_NAME = re.compile(
    r"\s*(?P<n>(?:Ибн|Абу|Абд|Ibn|Abu|Abd)[\s-]+[" + UP + r"][" + LOW + r"]+(?:[\s-]+(?:ал|ад|ас|аш|ат|ар|ан|аз|al|ad|as|ash|at|ar|an|az)-[" + UP + r"][" + LOW + r"]+)?"
    r"|[" + UP + r"][" + LOW + r"]+(?:\s+|-)(?:ал|ад|ас|аш|ат|ар|ан|аз|ул|л|al|ad|as|ash|at|ar|an|az|ul|l)-[" + UP + r"][" + LOW + r"]+)\.\s+(?=[" + UP + r"])"
)


# Harvard 'Ministry of Ecology, Geology and Natural Resources of the Republic of Kazakhstan, 2021.', 'Department for
# Environment, Food and Rural Affairs, 2020.': a body's name that lists what it answers for
_LISTING_BODY_COMMA_YEAR = re.compile(
    r"\s*(?P<org>(?:Ministry|Department|Committee|Agency|Office|Commission|Council|Secretariat|Directorate)\s+(?:of|for)\s+[A-Z][\w'’-]*"
    r"(?:,\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)+,?\s+and\s+[A-Z][\w'’-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|for|and|the|on|in)){0,10}),\s+(?:1[5-9]|20)\d\d[a-z]?\.\s"
)
# a body's name in English: capitalised words and the small words between them ('Ministry of Health of the Republic')
_BODY_WORDS = r"[A-Z][\w&'’.-]*(?:\s+(?:[A-Z&][\w&'’.-]*|of|for|and|the|on|in)){%s}"
_ORG_COMMA_YEAR = re.compile(r"\s*(?P<org>" + _BODY_WORDS % "0,8" + r"),\s+(?:1[5-9]|20)\d\d[a-z]?\.\s")
# a body named in the first sentence: 'World Health Organization. Title', 'Joint United Nations Programme on HIV/AIDS (UNAIDS).'
# a classical author known by one name with its Arabic article or kunya: 'Аль-Фараби. (1973).', 'Джалал ад-Дин Руми. (2007).'
_MONONYM_AUTHOR = re.compile(r"\s*(?P<n>" + trie_pattern(MONONYMS) + r")\.\s+(?=[" + UP + r"])")
_CLASSICAL_NAME = re.compile(
    r"(?:[A-ZА-ЯЁ][\w'’]*\s+){0,2}(?:(?:[Аа]ль?|[Аа][дзнрст]|[Aa]l|[Aa][dnrstz])-[A-ZА-ЯЁ][\w'’]+|(?:[Ии]бн|[Ii]bn|Абу|Abu)\s+[A-ZА-ЯЁ][\w'’-]+)(?:\s+[A-ZА-ЯЁ][\w'’-]+){0,2}"
)
_ORG_SENTENCE = re.compile(
    r"\s*(?P<org>(?:(?:[A-Z]\.){2,}\s+)?(?:[^.!?\[\]/]|(?<=\w)/(?=\w)|(?<=\w)\.(?=(?:kz|ru|com|org|net|uz|kg|ua|by|info|media)\b)){3,160}?)"
    r"\s*(?:\.\s+|\.\s*$|\s*(?=\((?:\d{4}|n\.d\.|no\sdate\))))"
)
# a KCI twin's body, its office after a comma, then the year between commas: 'Government-General of Korea, Bureau of
# Educational Affairs, 1919, Chōsen kyōiku yōran …', 'National Institute of Korean Language, 2018, …'
_ORG_COMMA_YEAR_COMMA = re.compile(
    r"\s*(?P<org>(?P<head>" + _BODY_WORDS % "1,8" + r")"
    r"(?:,\s+(?:Bureau|Department|Office|Division|Section|Committee|Council|Agency)\b[^,\d]{0,60})*),\s+(?:1[5-9]|20)\d\d[a-z]?,\s"
)
_ACRONYMS_COMMA_YEAR = re.compile(r"\s*(?P<org>[A-Z]{2,8}(?:,\s*[A-Z]{2,8})+),\s+(?:1[5-9]|20)\d\d[a-z]?\.\s")
_ORG_AFTER_NAME = re.compile(r"\s+(?:Bureau|Department|Office|Agency|Administration|Committee|Council|Ministry|Commission|Service|Institute|Board)\b")


# a lower-case word that is not a joining word: a body's name has few ('Ministry of Health of the Republic of Kazakhstan')
_IMPRINT_ONLY_REST = re.compile(  # (also GOST's areas: '. – Geneva : World Health Organization, 2016. – 68 p.')
    r"[\s.\x00]*(?:[–—]\s*)?[A-Z][\w .-]{1,30}:\s*[^.;:\x00]{2,80}[;,]\s*(?:1[5-9]|20)\d\d\.?(?:\s*[–—]\s*\d+\s*(?:p|pp|с)\.)?[\s.\x00–—]*$"
)
# a state body: an office's name, then the state it serves
_STATE_BODY = re.compile(
    r"(?:Бюро|Министерство|Агентство|Комитет|Департамент|Управление|(?:Федеральная\s+)?[Сс]лужба|Национальный\s+банк|Ministry|Bureau|Agency|Committee|Department)\s"
    r".{3,150}?\s(?:Республики\s+Казахстан|Российской\s+Федерации|Кыргызской\s+Республики|Республики\s+Узбекистан|Республики\s+Беларусь|России|РК|РФ"
    r"|of\s+the\s+Republic\s+of\s+[A-Z]\w+|of\s+the\s+Russian\s+Federation)"
)
_LIFE_DATES_TITLE = re.compile(r"\s*\((?:1[0-9]|20)\d\d\s*[–—-]\s*(?:1[0-9]|20)\d\d\)\s*(?:\[|//|\x00)")  # (a descriptor read before is claimed)
_DOCUMENT_HEAD = re.compile(r"\s*(?:(?:Annual|Final|Interim|Progress|Special)\s+)?(?:Report|Guidelines?|Handbook|Manual|Recommendations)\s+(?:of|on|for)\s")
_LOWER_WORD = re.compile(r"(?<![\w'-])(?!(?:of|for|and|the|on|in|at|by|to|a|an|de|du|des|la|le|по|и|в|на|для|при|үшін|және)\b)[" + LOW + r"][\w'-]*")


# words that make two capitalised words a body or a product, not a person: 'Statistics Korea. 2024.', 'Google Scholar. 2020.'
_NOT_A_PERSON_WORDS = frozenset(
    """statistics research scholar database data watch crawl census news times post press media health labs lab ai
    google microsoft amazon apple meta facebook twitter openai wikipedia wikimedia reuters bloomberg github youtube
    korea kazakhstan russia china japan canada australia europe america india germany france britain england
    union nations republic commission team project portal online digital open common global world national house
    izvestiia izvestiya pravda gazeta vedomosti novaya novye""".split()
)


def _one_person(name: Name, rest: str) -> bool:
    """ACM and ACL 'Brooke Auxier. 2019.': one person named given name first, not a body of two words (nor a body
    that publishes its own work, 'Freedom House. 2011. … Washington, DC: Freedom House.', nor a newspaper)."""
    words = f"{name.given or ''} {name.family or ''}".split()
    whole = " ".join(words)
    return (
        len(words) == 2 and not any(word.lower() in _NOT_A_PERSON_WORDS or word in CITIES for word in words)
        and not _is_org(whole) and whole not in rest and not _newspaper(whole)
    )


def _is_org(text: str) -> bool:
    low = text.lower()
    words = set(rx.findall(r"[\w'-]+", low))
    for key in ORG_WORDS:
        if (" " in key and key in low) or key in words or key + "s" in words:  # 'Centers for Disease Control'
            return True
    # (or an acronym, alone or with the name it bears: 'ННЦРЗ им. Салидат Каирбековой'; or a company by its legal form
    # and quoted name: 'АО «КазМунайГаз»', 'ПАО «Газпром»', 'ТОО «…»')
    return bool(rx.fullmatch(r"[A-ZА-Я]{2,8}(?:\s+(?:им\.|имени|атындағы)\s+[" + UP + r"].*)?", text.strip()) or _COMPANY_FORM.match(text.strip()))


_COMPANY_FORM = re.compile(r"(?:АО|ОАО|ПАО|ЗАО|ООО|ТОО|АҚ|ЖШС|НАО|РГП|РГКП|ГУ|JSC|LLP|AO|OAO|PAO|ZAO|OOO|TOO|RGP|RGKP)(?:\s+(?:НК|NC|НАК|NAC|ФК|МК))?\s*[«\"“][^»\"”]+[»\"”]$")
_ORIGINALLY = re.compile(r"(?<=[.,]\s)Originally\s+published\s+(?:in\s+)?(?P<y>(?:1[5-9]|20)\d\d)\.?")  # Chicago '… Press. Originally published 1909.'
_FORTHCOMING = re.compile(r"\s*[.,]?\s+(?P<s>[Ff]orthcoming|[Ii]n\s+press|в\s+печати|у\s+друці)[.,]")  # '…, eds. Forthcoming. The Music of …'
_APA_ROLE = re.compile(r"\s*\((?P<r>(?:Executive\s+)?(?:Host|Director|Producer|Writer|Narrator|Presenter|Interviewer|Speaker)s?)\)\.?")


_FIRST_PUBLISHED = re.compile(r"\s*[.,]?\s*\((?P<o>(?:1[5-9]|20)\d\d)\)(?=\s+(?:1[5-9]|20)\d\d[a-z]?\.\s)")


_DAY_SPAN = re.compile(r"[A-Za-z]+\.?\s+\d{1,2}\s*[–-]\s*(?P<d2>\d{1,2})")


def _year_after_authors(w: _Work, pos: int) -> int:
    free = w.free()
    status = _FORTHCOMING.match(free, pos)
    if status:  # the year's place holds the work's status: not published yet
        w.take("status", status.group("s"), status.start("s"), status.end("s"), claim=(status.start(), status.end()))
        return status.end()
    role = _APA_ROLE.match(free, pos)
    if role:  # APA 'El-Sayed, A. (Host). (2023, September 5). …': the person's part in the work
        w.claim(role.start(), role.end())
        pos = role.end()
    first = _FIRST_PUBLISHED.match(free, pos)
    if first:  # Chicago '(1925) 1990.': the year first published, then the year of the edition cited
        w.take("original-date", Date.of(int(first.group("o"))), first.start("o"), first.end("o"), claim=(first.start(), first.end()))
        pos = first.end()
    m = rx.match(
        r"\s*[.,]?\s*\(\s*(?P<y>(?:1[5-9]|20)\d\d)(?P<s>[a-zа-я])?(?:\s*[-–]\s*(?P<yend>(?:1[5-9]|20)\d\d)(?=\s*\)))?(?:\s*[,/]\s*(?P<rest>[^)]{1,30})|\.\s*(?P<km>\d{1,2})(?:\.\s*(?P<kd>\d{1,2}))?\.?)?\s*\)\s*[.,:]?"
        r"|\s*[.,]?\s+(?P<y2>(?:1[5-9]|20)\d\d)(?P<s2>[a-z])?(?:\s*[.,](?=\s)|\.(?=[“\"«])|\s+(?=[A-Z“\"«]))"
        r"|\s*[.,]?\s*\(\s*(?P<nd>n\.\s*d\.|no\s+date|б\.\s*[гд]\.|s\.\s*d\.)\s*\)\s*\.?",
        free[pos:],
    )
    if not m:
        return pos
    if m.group("nd"):
        w.claim(pos, pos + m.end())
        return pos + m.end()
    if m.group("y2") and not m.group("s2") and not rx.match(r"[.,]", free[pos + m.end("y2") :]) and (  # ('2014a.' is a year, never a title's first word)
        rx.search(rf"\b{m.group('y2')}\b", free[pos + m.end() :]) or rx.search(r":\s*[^:;]{2,80};\s*(?:1[5-9]|20)\d\d", free[pos + m.end() :])
        or rx.search(r"\.\s(?:1[5-9]|20)\d\d(?:\s[A-Z][a-z]{2})?;\s*\d", free[pos + m.end() :])  # '… et al. 2020 ESC guidelines … Eur Heart J. 2021;42(5)'
    ):  # 'Williams B, …, et al. 2018 ESC/ESH Guidelines …. Eur Heart J. 2018;39', 'Statistics Korea. 2022 Causes of death
        return pos  # statistics [Internet]. Daejeon: Statistics Korea; 2023': the year begins the title
    y = int(m.group("y") or m.group("y2"))
    date = Date.of(y)
    if m.group("yend"):  # APA '(1998–2017)': a work issued over years, a range of dates
        date = Date(parts=((y,), (int(m.group("yend")),)))
    if m.group("km") and 1 <= int(m.group("km")) <= 12:  # Korean '(2017. 3. 10)'
        date = Date.of(y, int(m.group("km")), int(m.group("kd")) if m.group("kd") else None)
    if m.group("rest"):
        d = _DAY_MONTH_YEAR.search(f"{m.group('rest')} {y}") or _DAY_MONTH_YEAR.search(f"{y}, {m.group('rest')}")
        if d:
            date = _date_from_match(d)
        days = _DAY_SPAN.fullmatch(m.group("rest").strip())
        if days and date.parts and len(date.parts[0]) == 3:  # APA '(2019, June 23–28)': a meeting's days, a range of dates
            date = Date(parts=(date.parts[0], (y, date.parts[0][1], int(days.group("d2")))))
    w.take("issued", date, pos + m.start(), pos + m.end())
    w.flags.add("year-after-authors")
    return pos + m.end()


# chemistry's 'Гарипова А.И. Дис. … канд. хим. наук. Казань, 2016.': the names, then the statement
_TITLELESS_THESIS = re.compile(r"(?:Ph\.\s?D\.|PhD|Doctoral|Master['’]?s|M\.\s?Sc\.|Diploma)\s+(?:thesis|dissertation),|(?:Автореф\.\s*)?[Дд]исс?\.\s*(?:…|\.\.\.)?\s*(?:канд|д-ра|докт)")


def _title(w: _Work, pos: int) -> int:
    """Claim the title (and a bracketed translation); return where the details begin."""
    free = w.free()
    n = len(free)
    if "names:hangul" in w.flags or ("names:org" in w.flags and rx.search(f"[{HANGUL}]", w.text[:pos])):
        w.flags.add("korean")
    while pos < n and free[pos] in " .,:;–—-" + _FREE:
        pos += 1
    if pos >= n or _TITLELESS_THESIS.match(free, pos):
        return pos  # physics' '[4] D. Gottesman, Ph.D. thesis, California Institute of Technology, 1997.': no title
    if "gbt" in w.flags and _FREE in free[pos:]:  # GB/T 7714: the title runs to its code ('“西进”, 中国地缘战略的再平衡[N]')
        end = free.index(_FREE, pos)
        w.take("title", _tidy(free[pos:end]), pos, end)
        return end
    opener = free[pos]
    if opener in _QUOTES:
        closer = _QUOTES[opener]
        end = _closing_quote(free, pos + 1, opener, closer)
        closes_title = end is not None and (
            rx.match(r"\s*(?:[.,:;/\[(]|//|$|\x00|[–—]\s)", free[end + 1 :]) or free[end - 1 : end] in (",", ".", "?", "!")
            or free[end - 2 : end] in ("!’", "?’", ".’", ",’", "!'", "?'")  # MLA '“‘Context Stinks!’” New Literary History': a quote within the title ends it
            or opener in "『「《〈" and rx.match(r"[\u3040-\u30ff\u4e00-\u9fff『「《〈第]", free[end + 1 : end + 2])  # 旗田巍『朝鮮史』岩波書店
            or (opener in "『「" and rx.match(r"\s*(?:(?:[卷巻권]\s*)?\d{1,3}[上中下]?|\d{1,4}\s?[冊册]|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}|[上中下]|[상중하]|개정증보판|개정판|증보판|신판|전정판|新修版|改訂版|增補版|第\d+版|제\d+판|제\s?\d{1,3}\s?[권책집]|第\s?\d{1,3}\s?[卷巻冊])\s*[.,]", free[end + 1 :]))
        )
        if closes_title and opener in "\"“" and rx.match(r"\s*:\s+[" + UP + r"]", free[end + 1 :]) and not rx.search(r"[.,]$", free[pos + 1 : end]):
            closes_title = False  # '"Why Should I Trust You?": Explaining the Predictions …': a quoted phrase opens the title
        if closes_title and opener in "\"“" and "year-after-authors" in w.flags and rx.match(r"\s+[" + UP + r"][" + LOW + r"]*\s+[" + LOW + r"]", free[end + 1 :]) \
                and rx.search(r"\)\s*\.\s*$", w.text[:pos]):
            closes_title = False  # APA '(2006). “It's who I am…really!” The importance of …. Journal': a quoted phrase opens the title
        if closes_title and opener in "\"“«" and rx.match(r"\.\s+[^\[\]\x00/]{3,150}?\s\[[\"“«]", free[end + 1 :]):
            closes_title = False  # twin '"Geroi nashego vremeni". Sochinenie M. Lermontova ["A Hero of Our Time". A work by …]': the translation shows the quote opens the title
        if closes_title and opener in "«\"„“" and free[end - 1 : end] in ("!", "?") and rx.match(r"\s+[" + UP + r"]", free[end + 1 :]) \
                and rx.match(r"[^\x00/]*?[^\x00/.?!]\s*//", free[end + 1 : end + 300]) and not rx.search(r"[.?!]\s", free[end + 1 : free.find("//", end + 1)]):
            closes_title = False  # GOST '“We’re for the Muzhiks’ Party!” Peasant Support for … // Europe-Asia Studies': the title runs to the host
        if closes_title and opener in "«„" and rx.match(r"\s[–—]\s+[" + LOW + r"]", free[end + 1 :]):
            closes_title = False  # '«Дала уәлаятының газеті» – алғашқы қазақ басылымдарының бірі': a dash and a lower-case word go on with the title
        if closes_title and opener in "«\"„" and _quote_opens_longer_title(free, end + 1):
            closes_title = False  # '«Эффект колеи». Проблема зависимости … // Вестник': the quote opens a longer title
        if end is not None and end - pos > 2 and closes_title:
            title = free[pos + 1 : end].rstrip(",")
            tm = rx.search(r"\s*(?:\((?P<t>[A-Za-z][^()]{8,})\)|\[(?P<t2>[A-Za-z][^\[\]]{8,})\])\s*$", title)  # '“국문 [English],”'
            if tm and tm.group("t2"):
                w.take("translated-title", tm.group("t2"), pos + 1 + tm.start("t2"), pos + 1 + tm.end("t2"))
                title, tm = title[: tm.start()], None
            if tm and rx.search(f"[{HANGUL}]", title[: tm.start()]):
                w.take("translated-title", tm.group("t"), pos + 1 + tm.start("t"), pos + 1 + tm.end("t"))
                title = title[: tm.start()]
            w.take("title", _tidy(title), pos + 1, pos + 1 + len(title), claim=(pos, end + 1))
            w.flags.add("quoted-title")
            if opener == "『":
                w.flags.add("book-title")  # 『…』 marks a book: what follows is its imprint, not a container
            pm = rx.match(r"\s*\((?P<t>[A-Z][^()]{8,})\)(?=\s*[,.])", free[end + 1 :]) if "translated-title" not in w.fields else None
            if pm and _translates(w, _tidy(title), pm.group("t")):  # KCI twin '"Munja bogeupban sosik" (News of the …), Chosun Ilbo'
                t = end + 1 + pm.start("t")
                w.take("translated-title", pm.group("t"), t, t + len(pm.group("t")), claim=(end + 1, end + 1 + pm.end()))
                return end + 1 + pm.end()
            return _translation(w, end + 1)
    # a Korean news item's rubric opens its headline ('[사설] …', '[단독] …'): part of the title, not a translation
    rubric = rx.match(r"\[[^\[\]]{0,30}[" + HANGUL + r"][^\[\]]{0,30}\]\s*(?=\S)", free[pos:]) if opener == "[" else None
    end = _title_end(free, pos + (rubric.end() if rubric else 0), w)
    # '김병섭·박상희 (2010). Title: A, B. 학회지, 44(1), 1-25': APA's sentence ends the title, not its commas
    apa = "year-after-authors" in w.flags and rx.search(r"\)\s*\.\s*$", w.text[:pos]) and (
        rx.search(r"\d+\s*\(\d+\)", free[end:]) or rx.match(r"[^.]*?\.\s+(?=『|[가-힣]{2,4}\s*:)", free[pos:]) or rx.match(r"\s*\[", free[end:])
        or rx.match(r"[^.]*?\.\s+[^.\s\x00][^.\x00]{0,30}\.\s+(?:\x00|<?https?://)", free[pos:])  # news: '…, … 주목. 뉴스핌. http://…'
    )  # '강원택(2002). 세대, 이념과 노무현 현상. 『계간 사상』 54' / '김원 (2006). 여공 1970, 그녀들의 反역사. 서울: 이매진.' / '… 전환충격, 조직사회화 … [박사학위논문, 서울대학교]'
    # Vancouver '이영호, 송종용. BDI, SDS, MMPI-D 척도의 … 연구. 한국심리학회지: 임상. 1991;10(1):98-113': a sentence-ended list
    vancouver = rx.search(r"\.\s*$", w.text[:pos]) and rx.search(r"(?:1[5-9]|20)\d\d\s*;\s*\d", free[end:])
    korean_body = ("names:org" in w.flags and "year-after-authors" not in w.flags and rx.search(f"[{HANGUL}]", w.text[:pos])
                   or "kind:standard" in w.flags and rx.match(f"[{HANGUL}]", free[pos:]))  # 'KDS 41 17 00, 건축물 내진설계기준, 국토교통부, 2019.'
    # (but '경향신문 (2017. 3. 10). 헌재, 박근혜 대통령 파면. 경향신문': after APA's '(date).' a full stop ends the title, not its comma)
    if ("korean" in w.flags or korean_body) and not apa and not vancouver and "," in free[pos:end] and not rx.search(r"[.?!]\s", free[pos : free.index(",", pos)]) \
            and not (rx.search(r"\)\s*\.\s*$", w.text[:pos]) and rx.match(r"[.?!]\s+[^\s\x00]", free[end:])):
        end = free.index(",", pos)  # "장석우, 허문행, Title, Journal, 제18권", "공동주택연구회, Title, 세진사, 1999": commas separate everything
        if korean_body:
            w.flags.add("korean")
    title = free[pos:end]
    # "Title, Journal Name, Vol. 9" or "Title", Journal": a comma right after a closing quote ends the title
    qm = rx.search(r"[”\"»]\s*,\s+(?=[" + UP + r"])", title)
    if qm:
        end = pos + qm.start() + 1
        title = free[pos:end]
    official = _OFFICIAL_EDITION.search(title) if "оф" in title or "аф" in title else None
    if official:  # DSTU '… речовини. Вид. офіц. Київ : …': the official edition's statement closes the title, kept as a note
        w.add_note(official.group("n"), pos + official.start("n"), pos + official.end("n"))
        title = title[: official.start()]
    volume = _VOLUME_AFTER_TITLE.search(title) if "Vol" in title or "vol." in title else None
    if volume and "volume" not in w.fields:  # IEEE 'Battery Management Systems, Volume II: Equivalent-Circuit Methods.'
        _take_groups(w, volume, (("volume", "v"), ("volume-title", "vt")))
        w.claim(pos + volume.start(), pos + volume.end())
        title = title[: volume.start()]
    series = _SERIES_AFTER_TITLE.search(title) if "Series" in title else None
    if series and rx.match(r"\s*,\s*[A-Z][^,:]{1,40}(?:,\s*[A-Z]{2})?\s*:\s*[A-Z]", free[end:]):
        # Korean-style English 'Um, Haekyung, Korean Musical Drama, SOAS Musicology Series, Farnham: Ashgate, 2013.'
        _take_groups(w, series, (("collection-title", "s"), ("collection-number", "n")))
        w.claim(pos + series.start(), end)
        title = title[: series.start()]
        end = pos + series.start()
    dated = _YEAR_CLOSING_TITLE.search(title) if "issued" not in w.fields and title[-6:-1].strip(" .").isdigit() else None
    if dated and rx.match(r"[\s\x00.]*(?:https?://|URL|Available|doi|DOI|\(accessed|\[|$)", free[end:]):
        # Elsevier's page or data set 'Authors, The Perovskite Database, 2021. https://…': the year closes the title
        w.take("issued", Date.of(int(dated.group("y"))), pos + dated.start("y"), pos + dated.end("y"))
        w.claim(pos + dated.start(), end)
        end = pos + dated.start()
        title = title[: dated.start()]
    parallel = _PARALLEL_TITLE.search(title) if " = " in title else None
    if parallel:  # GOST's parallel title 'Таңдамалы = Избранное': the title is the first, the other is kept as the note
        w.add_note(parallel.group("p"), pos + parallel.start("p"), pos + parallel.end("p"))
        title = title[: parallel.start()]
    value = _tidy(title)
    if value:
        w.take("title", value, pos, pos + len(title.rstrip(" .,;:")))
        w.claim(pos, end)
        if free[end : end + 1] == "," and w.text[:pos].rstrip(" " + _FREE).endswith(":"):
            _copernicus_numbers(w, end)
    return _translation(w, end)


_YEAR_CLOSING_TITLE = re.compile(r"(?<=[^\d\s–—-]),\s+(?P<y>(?:1[5-9]|20)\d\d)\.?\s*$")
_OFFICIAL_EDITION = re.compile(r"\.\s+(?P<n>(?:Изд|Вид|Выд)\.\s*(?:офиц|офіц|афіц)\.?)\s*$")
_VOLUME_AFTER_TITLE = re.compile(r",\s+(?:Volume|Vol\.|vol\.)\s+(?P<v>[IVX]{1,5}|\d{1,3})(?:\s*:\s*(?P<vt>[A-Z][^.:\x00]{2,150}?))?\s*[.,]?\s*$")
_SERIES_AFTER_TITLE = re.compile(r",\s+(?P<s>[A-Z][\w'’&.-]*(?:\s+[\w'’&.-]+){0,8}?\s+Series)(?:,?\s*(?:No\.?\s*)?(?P<n>\d{1,4}))?\s*$")
_COPERNICUS_NUMBERS = re.compile(r",\s+(?P<c>[A-Z][^,\d]{1,80}),\s*(?P<v>\d{1,4}),\s*(?P<pg>" + _PAGE_RANGE + r")\s*(?=,|\.?\s*$|\x00|\(in\s)")
_COPERNICUS_YEAR = re.compile(r"(?:,|^)[\s\x00]*(?P<y>(?:1[5-9]|20)\d\d)[a-z]?\.?\s*(?:\(in\s[^()]+\)\.?\s*)?$")


def _copernicus_numbers(w: _Work, end: int) -> None:
    """Copernicus (EGU) 'Names: Title, Earth Syst. Sci. Data, 12, 3161–3176, https://doi.org/…, 2020.': the journal,
    volume and pages follow the title as comma-separated clauses and the year closes the entry, so pages that look
    like years ('1899–1919') are pages."""
    m = _COPERNICUS_NUMBERS.match(w.free(), end)
    year = _COPERNICUS_YEAR.search(w.free(), m.end()) if m else None
    if not year:
        return
    _take_groups(w, m, (("container-title", "c"), ("volume", "v"), ("page", "pg")))
    _take_groups(w, year, (("issued", "y"),))
    w.claim(m.start(), m.end())


def _quote_opens_longer_title(free: str, after: int) -> bool:
    """After '«…».' more title words run, without a date or an imprint, up to a GOST '//' or a bracketed translation."""
    rest = free[after : after + 300]
    if not rx.match(r"[»\"“]?\.\s+[" + UP + r"]", rest):
        return False
    stop = rx.search(r"\s*//|\s\[(?=[A-Za-z\"“])", rest)
    return bool(stop) and not rx.search(r"\d{4}|:\s|\x00|[.?!]\s", rest[2 : stop.start()].lstrip(". "))


def _last_name_end(w: _Work) -> int:
    spans = [w.spans[k][1] for k in ("author", "editor", "issued") if k in w.spans]
    return max(spans) if spans else 0


def _closing_quote(free: str, start: int, opener: str, closer: str) -> int | None:
    if opener in "'‘":  # an apostrophe inside a word is not the closing quote
        for m in rx.finditer(re.escape(closer), free[start:]):
            i = start + m.start()
            nxt = free[i + 1 : i + 2]
            if not nxt or not nxt.isalpha():
                if free[i - 1 : i] == "s" and rx.match(r" [a-z]", free[i + 1 : i + 3]) and rx.search(re.escape(closer) + r"(?:[,.:;?!]|$)", free[i + 1 :]):
                    continue  # a plural possessive before a lower-case word: ‘Residents’ perceptions on tourism impacts’
                return i
        return None
    if opener in "«“『「《〈":  # nested quotes: '«По делу … «О ратификации …», …»' closes at the outer one
        depth = 1
        for i in range(start, len(free)):
            c = free[i]
            if c == opener:
                depth += 1
            elif c == closer:
                depth -= 1
                if depth == 0:
                    return i
        # unbalanced, as Russian typesetting merges a name's closing quotes ('«… «Zavod «Mikroprovod» i … «Respirator»»'):
        # the last closing quote before the name's area ends (a host, a translation, the next area), else the first
        stop = rx.search(r"//|\s\[|\.\s[–—]\s", free[start:])
        i = free.rfind(closer, start, start + stop.start() if stop else len(free))
        if i < 0:
            i = free.find(closer, start)
        return i if i >= 0 else None
    i = free.find(closer, start)
    return i if i >= 0 else None


_SOR = re.compile(r"\s+/\s+(?!/)|(?<=[\w.)\]»\"])/\s+(?=[" + UP + r"])|\s/(?=[" + UP + r"][" + LOW + r"]*\s*[" + UP + r"]\.)")
_BRACKET = re.compile(r"\s*\[(?![^\]]*\b(?:и\s+др|et\s+al|і\s+інш|и\s+б\.))")
_DOUBLE_SLASH = re.compile(r"\s*//")
_DOT_DASH = re.compile(r"[.?!]\s*[–—-]\s+|(?<![A-Z]\.[A-Z])[.?!]\s*-\s*(?=[" + UP + r"№\d])")  # (not 'The U.S.-Japan Alliance')
_COMMA_JOURNAL = re.compile(
    r",\s+(?=[" + UP + r"][^,\[\]/]{1,80},\s*(?:(?:1[5-9]|20)\d\d\s*,\s*)?(?:vol\.|Vol\.|no\.|No\.|pp\.|Т\.|№|т\.|Issue|issue))"
)
# 'Title, Linguistic Inquiry 4, 3-16.': a comma-separated list's journal, volume and pages end the entry
# (or APS's 'Title, Phys. Rev. B 101, 045301 (2020).', the year closing it)
_COMMA_JOURNAL_BARE = re.compile(r",\s+(?=[A-Z][^,\d]{2,80}\s\d{1,4}(?:\s*\([^()]{1,10}\))?,\s*" + _PAGE_RANGE + r"(?:\([A-Z]\))?(?:\s+\((?:1[5-9]|20)\d\d\))?\.?\s*$)")
# Copernicus (EGU) 'Names: Title, Earth Syst. Sci. Data, 12, 3161–3176, https://doi.org/…, 2020.': after the names' colon,
# the journal, volume and pages are comma-separated clauses
_COMMA_JOURNAL_COPERNICUS = re.compile(r",\s+(?=[A-Z][^,\d]{1,80},\s*\d{1,4},\s*" + _PAGE_RANGE + r"\s*(?:,|\.?\s*$|\x00|\(in\s))")
_IN_AFTER = re.compile(r"\.\s+(?=(?:In|В|В\s+кн\.)\s*:)")  # (Russian Vancouver: "… предсердий. В кн.: Чазов Е.И., ред. …")
_BOOK_OF_VOLUME = r"(?:,\s*(?:кн|ч|вып|pt|part)\.?\s*\d+)?"  # 'Т. 1, кн. 1', 'Vol. 1, pt. 1'
_SERIES_DESIGNATION = re.compile(
    r"\.\s+(?=(?:Вып|Вип|Т|Том|Кн|Ч|Часть|Книга|Выпуск|Vol|Book|Part|Vyp)\.?\s*\d+" + _BOOK_OF_VOLUME + r"\s*(?:/|$|\.\s*[–—]|[.,]\s*[" + UP + r"][^:]{0,30}:|\s:\s*[" + UP + r"]))"
    r"|\.\s+(?=\d+-?(?:китеп|кітап|том|бөлім)\b)|\s*:\s*(?=препринт|preprint|working\s+paper|отчет\b)",
    re.IGNORECASE,
)
_LEGAL_WORDS = re.compile(
    r"закон|указ|кодекс|постанов|приказ|распоряж|розпорядж|наказ|заң|қаулы|жарлы|бұйры|токтом|postanovl|prikaz|zany\b|zangy\b|zańy\b|qauly|zharlyg|jarlyğ|мыйзам|конститу|канстыту|zakon|decree|resolution|law|act\b|statute|regulation|order\s+of\s+the\s+minist|"
    r"directive|регламент|reglament|u\.s\.c|pub\.\s*l|법률|헌법|시행령|대통령령|긴급조치|명령\s*제|총리령|부령\s*제|조례\s*제|ukaz|kodeks|federal|фармон|қонун|қарор|farmon|qonun|qaror",
)  # searched in the lower-cased text (_Work.legal)


def _LEGAL_HINT(w: _Work) -> bool:
    return w.legal or "legal-act" in w.flags


_IMPRINT_START = re.compile(
    r"(?<=\.\s)(?<!\sa\.\s)(?:[" + UP + r"][" + LOW + r"]{0,2}\.\s*[" + UP + r"][" + LOW + r"]+|[" + UP + r"][" + LOW + r"]{0,2}\.\s*(?:;\s*[" + UP + r"][" + LOW + r"]{0,2}\.\s*)?|[" + UP + r"][" + LOW + r"]+(?:['’][" + LOW + r"]+)?(?:[\s-][" + UP + r"][" + LOW + r"]+)?)\s*:\s*[" + UP + r"«\"]"
)
# 'The Structure of Scientific Revolutions Chicago: University of Chicago Press, 172 pp': a known place and its
# publisher run on from the title with no full stop; the publisher runs to the year, a page count or the end
_CITY_WORDS = trie_pattern(c for c in CITIES if not c.endswith("."))
_UNPUNCTUATED_IMPRINT = re.compile(
    r"(?<=[\w)]),?\s+(?=(?:" + _CITY_WORDS + r")(?:,\s*[A-Z]{2})?\s*:\s*"
    r"[" + UP + r"][^:.;\x00]{1,60}?(?:,?\s*(?:(?:1[5-9]|20)\d\d|\d+\s*(?:pp?|с|s|б)\b)[^:\x00]{0,12})?\.?[\s\x00]*$"  # (a tag claimed after it)
    r"|(?:" + _CITY_WORDS + r")\s+[" + UP + r"][\w&'-]*(?:\s[" + UP + r"&][\w&'-]*){0,3},?\s+(?:(?:1[5-9]|20)\d\d\s+)?\d+\s*(?:pp?|с|s|б)\.?\s*$)"
)
# German humanities' imprint, places and the year with no publisher, at the end: '. Köln, Wien 1982.', '. Berkeley u. a. 1998.'
# (Berkeley is no city of the lexicon: 'University of California, Berkeley' is one body)
_GERMAN_PLACES = r"(?P<place>(?:" + _CITY_WORDS + r"|Berkeley)(?:,\s*(?:" + _CITY_WORDS + r"|Berkeley))*)(?P<ua>\s+u\.\s?a\.)?"
_PLACE_YEAR_END = re.compile(r"(?<=[.?!\x00]\s)" + _GERMAN_PLACES + r"\s+(?:1[5-9]|20)\d\d(?:\s*[–-]\s*(?:1[5-9]|20)?\d\d)?\.?\s*$")


def _ends_with_page_count(text: str) -> bool:
    tail = text[-12:].rstrip(" .")
    return bool(tail) and tail[-1] in "pсsб" and any(ch.isdigit() for ch in tail)


# ... and its place and publisher with no colon between them: 'London Verso 160 p'
_PLACE_SPACE_PUBLISHER = re.compile(
    r"(?P<place>" + _CITY_WORDS + r")\s+(?P<pub>[" + UP + r"][\w&'-]*(?:\s[" + UP + r"&][\w&'-]*){0,3}),?\s+(?=(?:(?:1[5-9]|20)\d\d\s+)?\d+\s*(?:pp?|с|s|б)\.?\s*$|\x00+\s*$)"
)
# OECD style '…, OECD Publishing, Paris, https://doi.org/…': the publisher before its place, after commas
_PUBLISHER_THEN_CITY = re.compile(
    r"(?<=[.,)]\s)(?P<pub>Springer(?:-Verlag|\s+Nature|\s+International\s+Publishing)?|Elsevier|Wiley(?:-Blackwell)?|Routledge|Palgrave\s+Macmillan"
    r"|Birkhäuser|Kluwer(?:\s+Academic)?|De\s+Gruyter|Brill|Sage|SAGE)"
    r",\s*(?P<place>Cham|Berlin(?:,\s*Heidelberg|/Heidelberg)?|Heidelberg|New\s+York|London|Dordrecht|Singapore|Boston|Basel|Wiesbaden|Amsterdam|Oxford|Hoboken(?:,\s*NJ)?|Leiden|Thousand\s+Oaks(?:,\s*CA)?)"
    r"(?=\s*[.,;]|\s*$|\x00)"
)
_COUNTRY = re.compile(
    r"(?:U\.?K|U\.?S\.?A?|England|Scotland|Wales|Ireland|Canada|Australia|Germany|France|Italy|Spain|Austria|Switzerland|Netherlands|Belgium|Poland|Sweden"
    r"|Norway|Denmark|Finland|Japan|Korea|China|India|Russia|Kazakhstan|Turkey|Brazil|Mexico|Singapore|Chile|Argentina|Colombia|Peru"
    r"|Qatar|UAE|Egypt|Lebanon|Israel|Kenya|South\s+Africa|South\s+Korea|Thailand|Philippines|Malaysia|Indonesia|Vietnam|Taiwan|Greece|Portugal"
    r"|Czech\s+Republic|Hungary|Romania|New\s+Zealand|Uzbekistan|Kyrgyzstan|Tajikistan|Turkmenistan|Ukraine|Belarus|Georgia|Armenia|Azerbaijan|Mongolia)\.?"
)
# an imprint in brackets that ends the reference (Cell Press, Europe-Asia Studies): '(Cold Spring Harbor, NY: … Press).',
# '(Cambridge, Cambridge University Press)'
_PAREN_IMPRINT = re.compile(r"(?<=[\w.,’”])\s*\((?:(?P<place>[A-Z][^():;\d,]{1,40}(?:,\s*[A-Z]{2}\b)?)\s*[:,]\s*)?(?P<pub>[A-Z][^():;\d]{2,80}?)\)\.?\s*$")
# a book series with its volume: 'Lecture Notes in Computer Science, vol 8693', 'Communications in Computer and Information Science, vol. 542'
_PUBLISHER_SERIES = re.compile(
    r"(?:(?<=[.,\x00]\s)|(?<=\())(?P<s>Lecture\s+[Nn]otes\s+in\s+[A-Za-z][A-Za-z ]+?\.?|Lecture\s+Notes\s+of\s+the\s+[A-Z][^,]+?|Communications\s+in\s+Computer\s+and\s+Information\s+Science"
    r"|Advances\s+in\s+Intelligent\s+Systems\s+and\s+Computing|Studies\s+in\s+[A-Z][A-Za-z ]+?|Springer\s+Proceedings\s+in\s+[A-Z][A-Za-z ]+?"
    r"|IFIP\s+Advances\s+in\s+[A-Z][A-Za-z ]+?|Smart\s+Innovation,\s+Systems\s+and\s+Technologies|Methods\s+in\s+Molecular\s+Biology)"
    r",?\s*(?:vol\.?|Vol\.?|volume)\s*(?P<n>\d+)"
)
# MLA's series after the imprint, closing the entry: '… Edinburgh UP, 2015. Russian Language and Society.',
# '… John Benjamins, 2011. Benjamins Translation Library 89.'
_SERIES_AFTER_IMPRINT = re.compile(
    r"(?<=[A-Za-z.]),\s*(?:1[5-9]|20)\d\d\.\s+(?!(?:Print|Web|Accessed|Available|Reprint|Originally|Translated|Edited|Rev|Revised|Trans|Ed|In)\b)"
    r"(?P<s>[A-Z][A-Za-z’'&-]*(?:,?\s+(?:[A-Z][A-Za-z’'&-]*|of|and|in|on|to|at|by|with|the|for|de|des|der|und|zur)){1,9})(?:\s+(?P<n>\d{1,4}))?\.?\s*$"
)
# a Japanese chapter's host: its editors before '編' (with 'ほか', 'and others'), then the book, its volume and that
# volume's own title: '「東アジア小農社会の形成」溝口雄三ほか編『アジアから考える6 長期社会変動』'
_JA_HOST = re.compile(
    r"(?<=」)\s*[,、]?\s*(?P<e>[\u4e00-\u9fff]{2,5}(?:\s*[・、]\s*[\u4e00-\u9fff]{2,5}){0,3})(?:ほか|他|等)?\s*[編编]\s*"
    r"『(?P<c>[^』\d]+?)(?:\s*(?P<v>\d{1,2})\s+(?P<vt>[^』]+))?』"
)
# IEEE's series inside a host: 'in Proc. 37th Int. Conf. Mach. Learn. (ICML), ser. Proceedings of Machine Learning Research, vol. 119'
_IEEE_SERIES = re.compile(r",\s*ser\.\s+(?P<s>[A-Z][^,\x00]{2,100}?),\s*(?:vol|no)\.\s*(?P<n>\d+)(?=\s*[,.])")
# a report's number or a book's edition between commas after an unpunctuated title, then who issued it
_COMMA_NUMBER_OR_EDITION = re.compile(
    r",\s+(?:[A-Z]{2,}(?:[- ][A-Z]{1,5})*[- ]?\d[\w-]*|(?P<ed>\d+(?:st|nd|rd|th)\s+[Ee]d(?:n|ition)?\.?)),\s+(?P<body>[A-Z][^,\x00]{2,80})"
)
_TITLE_ENDS_IN_REPORT_NUMBER = re.compile(r",\s*(?P<n>[A-Z]{2,8}\s+(?:Report|Research\s+Report|Technical\s+Report)\s+(?:No\.\s*)?(?:[A-Z]-?)?\d[\w:./-]*)$")
_NUMBER_AFTER_TITLE = re.compile(r"[\s\x00]*,\s*(?P<n>[A-Z]{2,}(?:[- ][A-Z]{1,5})*[- ]?\d[\w-]*)\s*,(?=\s+[A-Z])")
_PUBLISHER_COMMA_CITY = re.compile(
    r"(?<=[,.\x00])\s+(?P<pub>[" + UP + r"][\w&'-]*(?:\s(?:[" + UP + r"][\w&'-]*|of|for|and|&)){0,6}\s(?:Publishing|Publications|Press|Publishers|Books|Research|Foundation|Institute|Agency|Organi[sz]ation|Bank|Fund|Commission|Council|Forum|Programme|International|University\sof\sTechnology)"
    r"(?:\sof\sthe\sUnited\sNations)?)"  # 'Food and Agriculture Organization of the United Nations, Rome'
    r"\s*,\s*(?P<place>(?:" + trie_pattern(c for c in CITIES if not c.endswith(".")) + r"|[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?=,\s*[A-Z]{2}\b))"
    r"(?:,\s*(?:[A-Z]{2}|UK|USA|U\.S\.A\.|Germany|Switzerland|Netherlands|England))?)(?=\s*[,.;]|\s*$|\x00)"
)
# the Latin twins' Harvard imprint at the end: '…, Delo, Moscow, Russia.', '…, Nauka, St. Petersburg, Russia. (In Russ.)'
_PUBLISHER_CITY_COUNTRY = re.compile(
    r"(?<=[,\]]\s)(?P<pub>[" + UP + r"][^,.:;\x00\[\]()]{1,60}?(?:\sPubl\.)?),\s+(?P<place>(?:" + trie_pattern(c for c in CITIES if not c.endswith(".")) + r"|St\.\s?Petersburg)"
    r",\s+(?:Russia|Russian\s+Federation|Kazakhstan|Ukraine|Belarus|Kyrgyzstan|Uzbekistan|Tajikistan|Korea|Republic\s+of\s+Korea|USA|UK|Germany))"
    r"(?=\s*\.?[\s\x00]*$)"
)
# No punctuation at all: a sentence-case title, then a capitalised journal name, 'volume(issue) pages' at the end
_UNPUNCTUATED_JOURNAL = re.compile(
    r"\s(?=(?:[" + UP + r"][\w&.'-]*\s(?:(?:of|and|for|the|in|on|&)\s)*){1,8}\d{1,4}\s*\(\s*\d{1,4}\s*\)\s*[:,]?\s*[A-Za-z]?\d+\s*[-–]\s*[A-Za-z]?\d+\.?\s*$)"
)


def _sentence_in_journal(tail: str) -> bool:
    """'… development in Central Asia. Ethnology 42 (2), 141–159': a full stop after a whole word ends the title; before an
    abbreviated name's full stops ('Int. Organ. 36(2) 325-355') every word is abbreviated."""
    stop = rx.search(r"\.\s+[" + UP + r"]", tail)
    if not stop:
        return False
    if any(not word.endswith(".") and word not in ("of", "and", "for", "the", "in", "on", "&") for word in tail[: stop.start() + 1].split()):
        return True
    # 'Seismic hazard of Almaty. Geophys J Int 12(3):45–52': a journal abbreviated without full stops after it, so the one before is a sentence's
    journal = rx.match(r"[^\d]*", tail[stop.end() - 1 :]).group(0).split()
    return bool(journal) and not any(word.endswith(".") for word in journal)


_COMMA_IN = re.compile(r",\s+in:?\s+(?=[" + UP + r"])|,\s+in:\s+(?=(?:1[5-9]|20)\d\d\s+[" + UP + r"])|[.,]\s+(?=(?:edited|ed\.|translated|trans\.)\s+by\b)|,\s+(?=Proceedings\s+of\s+the\b)")  # Elsevier ', in: 2007 IEEE Autotestcon'
_LEGAL_COMMA = re.compile(r",\s*(?=Act\s+No\b|Pub\.\s*L\.|법률\s*제|c\.\s*\d|Law\s+No\b|Public\s+Law\b|\d+\s+U\.S\.C\.)|\s*(?=[\[(](?:헌법|법률|대통령령|대통령긴급|긴급조치|총리령)[^\])]{0,12}\s*제)")
_STATUTE = re.compile(r"(?P<v>\d+)\s+(?P<c>Stat\.|U\.S\.C\.(?:A\.)?|C\.F\.R\.|Fed\.\s*Reg\.)\s*(?:§+\s*(?P<s>[\w.-]+)|(?P<p>\d+))?")
_KO_ACT = r"(?:법률|헌법|대통령령|(?:대통령)?긴급조치|(?:대통령)?(?:긴급재정경제)?명령|총리령|[가-힣]{0,6}부령|조례)"
_ACT_NUMBER = re.compile(r"[(\[]" + _KO_ACT + r"\s*제\s*\d+\s*호[^)\]]*[)\]]|(?:Pub\.\s*L\.\s*No\.|Act\s+No\.|Law\s+No\.|(?<![\w])c\.)\s*[\d-]+(?:(?<=-)[IVXLC]+\b)?|" + _KO_ACT + r"\s*제\s*\d+\s*호|\((?:S\.\s*Kor|UK|U\.S|Can|Austl|Ger|Fr|Japan)\.?\)"
    r"|(?<![\w])№\s*\d+-[IVX]{1,4}\b(?:\s+(?:QRZ|ҚРЗ|ЗРК)\b)?")  # a Kazakhstan act's '№ 224-VII QRZ'
# 'Доступ из справ.-правовой системы «КонсультантПлюс»' (a '// СПС «…»' host stays the container, as it is printed)
_LEGAL_DATABASE = re.compile(
    r"(?:Доступ\s+из|Режим\s+доступа\s*:?|Источник\s*:)\s*(?:(?:справ(?:очн\w*)?\.?\s*-?\s*)?(?:информационно-)?правов(?:ой|\.)\s*(?:системы|сист\.)"
    r"|СПС|ИПС)\s*(?P<db>«[^»]+»|\"[^\"]+\"|“[^”]+”|[A-ZА-ЯЁ][\wА-Яа-яЁё]+(?:\s*[A-ZА-ЯЁ][\wА-Яа-яЁё]+)?)\.?",
    re.IGNORECASE,
)
_LAW_NUMBER = re.compile(
    r"(?:№|(?<![\w.])N|(?<![\w.])No\.?)\s*(?P<n>\d[\d/]*(?:-[A-Za-zА-ЯЁІҚҰӨӘҢҒҮҺа-яё]+|[нрnr])?)(?![\w-])"  # '№ 168н', 'No. 900n': orders
    r"|(?<![\w-])(?P<uz>(?:[A-ZА-ЯЎҚҒҲ]{1,4}-)?\d[\d/]*(?:-[IVXА-Я]+)?)-(?:сон|son)\b"  # Uzbek 'ПФ-5850-сон', '781-XII-son'
)
_THESIS_START = re.compile(r"\s*(?:[:.,–—]\s*|(?=\())(?=\(?(?:" + THESIS_RE.pattern + "))", re.IGNORECASE)


_ONE_SENTENCE_BEFORE_COLON = re.compile(r"\s:\s[^.:]+\.\s[^.:]+$")  # 'Title : subtitle. Statement' just before a multi-volume statement


def _title_end(free: str, pos: int, w: _Work | None = None) -> int:
    """Where the title that starts at ``pos`` ends.

    Strong ends (``//``, `` / ``, a bracket, a thesis statement, a legal-act
    designation, a multi-volume statement, claimed text) always count. A GOST
    ``. –`` ends a title when what follows is not a journal's year-and-number;
    a sentence end counts only when there is no strong end: a GOST title may
    have several sentences ("Деятельность. Сознание. Личность").
    """
    # (each of these three needs its character: without it there is no search to make, and a match is used twice below)
    slash = _DOUBLE_SLASH.search(free, pos) if "//" in free else None
    sor = _SOR.search(free, pos) if "/" in free else None
    bracket = _BRACKET.search(free, pos) if "[" in free else None
    strong = [len(free)] + [m.start() for m in (slash, sor, bracket) if m]
    patterns = [_COMMA_IN, _IN_AFTER, _SERIES_DESIGNATION, _COMMA_JOURNAL]
    if w is not None and "kind:standard" in w.flags:
        patterns.remove(_SERIES_DESIGNATION)  # '… Базовые принципы. Часть 1. Термины и определения': a standard's part is in its title
    if w is None or w.numbers_end:
        patterns.append(_COMMA_JOURNAL_BARE)
    if w is None or w.text[:pos].rstrip(" " + _FREE).endswith(":"):
        patterns.append(_COMMA_JOURNAL_COPERNICUS)
    if w is None or w.hinted(THESIS_RE):
        patterns.append(_THESIS_START)
    if w is None or _LEGAL_HINT(w):
        patterns += [_LEGAL_ACT, _LEGAL_COMMA]
    if w is None or w.hinted(_MULTIVOLUME):
        patterns.append(_MULTIVOLUME)
    if w is None or w.hinted(_UNPUNCTUATED_IMPRINT):
        patterns.append(_UNPUNCTUATED_IMPRINT)
    if w is None or w.hinted(_PUBLISHER_COMMA_CITY):
        patterns.append(_PUBLISHER_COMMA_CITY)
    for pattern in patterns:
        m = pattern.search(free, pos)
        if m and not (pattern is _COMMA_JOURNAL_BARE and free.count("(", pos, m.start()) > free.count(")", pos, m.start())):
            strong.append(m.start())  # (but not a comma inside the title's brackets: '… Yamal (West Siberia, Russia) as a …')
    for m in _COMMA_NUMBER_OR_EDITION.finditer(free, pos, min(strong)):
        body = m.group("body").strip(" .")
        if _publisher_like(body) or _is_org(body) or m.group("ed"):
            strong.append(m.start())  # 'Title, NISTIR 7765, National Institute of …', 'Title, 5th Ed., Pearson, Harlow.'
            break
    if w is None or w.hinted(_UNPUNCTUATED_JOURNAL):
        tail = _UNPUNCTUATED_JOURNAL.search(free, pos)
        if tail and rx.search(r"(?:^|\s)[" + LOW + r"][\w'-]*$", free[pos : tail.start()]) and not _sentence_in_journal(free[tail.start() :]):
            strong.append(tail.start())  # '… international regimes International Organization 36(2) 325-355
    imprint = _COMMA_IMPRINT_AT_END.search(free, pos) if ":" in free[pos:] else None
    if imprint and any(part.strip() in CITIES for part in rx.split(r"[,&;]", imprint.group("place"))):
        strong.append(imprint.start())  # 'Martin, S. E.(1992), A Reference Grammar of Korean, Rutland, Vermont & Tokyo: Charles E. Tuttle.'
    if _FREE in free[pos:]:
        strong.append(free.index(_FREE, pos))
    place_year = _PLACE_YEAR_END.search(free, pos) if free.rstrip(" .")[-1:].isdigit() else None
    if place_year:
        strong.append(place_year.start())
    limit = min(strong)
    if w is not None and "german-imprint" in w.flags:
        return limit  # 'Titel. Untertitel, Baden-Baden 1987.': every sentence before the imprint read is the title
    has_strong = bool(slash or sor)
    if bracket and bracket.start() == limit:
        inner = rx.match(r"\s*\[([^\[\]]{3,})\](?=\s*(?:\.|$|\x00|//|/))", free[bracket.start() :])
        if inner and not _DESCRIPTOR.match(inner.group(1)) and not LANG_TAG_RE.fullmatch(inner.group(0).strip()) and len(inner.group(1).split()) >= 2:
            has_strong = True
    if w is not None and "medium" in w.spans and 0 <= w.spans["medium"][0] - limit <= 2 and rx.search(r"[.?!]\s+(?:1[5-9]|20)\d\d\s+(?:жылғы|г\.|года)\s+\d{1,2}\s+\S+\s*$|[.?!]\s+\d{1,2}\s+\S+\s+(?:1[5-9]|20)\d\d\s*(?:г\.|жыл)?\s*$", free[pos:limit]):
        return limit  # 'Жолдауы. 2018 жылғы 10 қаңтар [Электрондық ресурс]': the address's date is the title's last sentence
    if has_strong or free.startswith(("Diss. ", ". Diss. "), limit):
        return limit
    if w is not None and "kind:standard" in w.flags and rx.match(r"[\s:]*\x00+\.?\s*[–—]\s", free[limit:]):
        return limit  # a standard's title runs to text read before that reaches the area's dash (its introduction statements)
    multivolume = _MULTIVOLUME.match(free, limit) if w is None or w.hinted(_MULTIVOLUME) else None
    head = free[pos:limit].rstrip()
    if multivolume and (multivolume.group(0).lstrip().startswith(":") or head.endswith(":")) and _ONE_SENTENCE_BEFORE_COLON.search(head.rstrip(" :")):
        return pos + len(head.rstrip(" :"))  # 'Манас : кыргыз элинин баатырдык эпосу. Саякбай Каралаевдин варианты боюнча : 4 томдук.': the title runs to ': 4 томдук'  # (German 'Titel. Untertitel. Diss. Universität Hamburg 2013.': every sentence before it is the title)
    if w is not None and _edition_ends_title(w, free, pos, limit):
        return free.rindex(".", pos, limit)  # 'Договорное право. Книга первая: Общие положения. Изд. 2-е, испр. – М.: …'
    dash = _DOT_DASH.search(free, pos, limit)
    if not dash and not rx.search(r"[.?!]\s*[–—]\s", free[pos:]):
        # a list without full stops before its dashes: a bare dash separates only when an imprint follows
        # ("Title – М.: Наука, 2010"), never inside a title ("Казахстан – Китай", "Evrazii – budushchee")
        # (a place spelled out must be followed by its publisher and year: not '… Committee – Overtourism: impact and …')
        imprint_after = r"\s*[–—-]\s*(?:[" + UP + r"][" + LOW + r"]{0,3}\.\s*:|[" + UP + r"][" + LOW + r"]+\s*:[^.:]{1,80}?,\s*(?:1[5-9]|20)\d\d\b|(?:1[5-9]|20)\d\d\b|\d+\s*(?:с|p|б)\.)"
        dash = next((bare for bare in _GOST_DASH.finditer(free, pos, limit) if rx.match(imprint_after, free[bare.start() :])), None)
    if dash and free[dash.start()] in "?!":
        return dash.start() + 1  # "Who Is Leading? – Singapore: ...": the question mark stays in the title
    if dash and free[dash.start()] == "." or dash and not rx.match(r"\s*[–—]\s+\d", free[dash.start() :]):
        after = free[dash.end() : dash.end() + 60]
        journal_like = rx.match(r"\s*(?:\x00+(?!\x00)|(?:1[5-9]|20)\d\d)\.?\s*[–—-]?\s*(?:№|No|Т\.|Vol|Вып|\x00)", after)
        if not journal_like:
            # "Asia Rising: Who Is Leading? World Scientific Publishing Co. Pte. Ltd., 2008. - 191 p.": the publisher
            # sits between the title's last sentence and the dash
            for sm in _SENTENCE_END.finditer(free, pos, dash.start()):
                tail = free[sm.end() : dash.start()]
                if rx.search(r",\s*(?:1[5-9]|20)\d\d\s*$", tail) or _publisher_like(tail) or _PLACE_PUBLISHER.search(tail):
                    return sm.start() + (0 if sm.group("p") == "." else 1)
            return _past_era_stop(free, pos, dash.start())  # '… в XVIII в. – М.': the title keeps 'в.'
    if has_strong:
        return limit
    imprint = _IMPRINT_START.search(free, pos, limit) or (place_year if place_year and place_year.start() == limit else None)
    # (not past an APA host: '… development. In A. Kozulin & S. M. Miller (Eds.), Host (pp. 39–64). Cambridge: …',
    # nor past Chicago's '. Edited by …')
    if imprint and not rx.search(r"[.?!]\s+(?:№|No\b|Vol\b|Т\.|(?:January|February|March|April|May|June|July|August|September|October|November|December)\.|(?:In|В)\s+[" + UP + r"]|(?:Edited|Ed\.|Translated|Trans\.)\s+by\b)|\d+(?:st|nd|rd|th|-?е)?\s*(?:ed|edn|изд|вид)\b|\b(?:ed|Vol|Т|Кн|Вып|Bd|Hrsg|Hg)\.", free[pos : imprint.start()]):
        before = imprint.start() - 1
        while before > pos and free[before] == " ":
            before -= 1
        if free[before] == "." and before > pos + 3:
            return _past_era_stop(free, pos, before)  # '… в 1905–1907 гг. М. : Наука': the title keeps 'гг.'
    for m in _SENTENCE_END.finditer(free, pos, limit):
        if m.group("p") in ".…" and (m.group("p") == "…" or free[m.start() - 1 : m.start()] == "."):
            continue
        if m.group("p") == ".":
            before = rx.search(r"([^\s(«\"“]+)$", free[pos : m.start()])
            word = before.group(1) if before else ""
            if word in ABBREVIATIONS or (len(word) == 1 and word.isupper()) or rx.fullmatch(r"(?:\w\.)+\w", word):
                continue
            if word in _TAXON_RANKS and free[m.end() : m.end() + 1].islower():
                continue  # 'Puccinia graminis f. sp. tritici', 'Triticum aestivum subsp. spelta': a rank inside a name
            return m.start()
        if _subtitle_follows(free[m.end() : limit]):
            continue  # 'Is U.S. economic growth over? Faltering innovation confronts …': a question, then its subtitle
        if _APA_HOST_AFTER_SENTENCE.match(free, m.end(), limit):
            continue  # 'How many dual-process theories do we need? One, two, or many? In J. Evans & K. Frankish (Eds.), …'

        return m.start() + 1  # keep the ? or !
    return limit


def _edition_ends_title(w: _Work, free: str, pos: int, limit: int) -> bool:
    """Whether a sentence end, then the edition already read ('. Изд. 2-е, испр.', '. 3rd edn.'), closes the title.

    Everything before such an edition statement is the title, however many sentences it has,
    when an imprint follows the edition ('– М.: Статут, 2001', 'London: Routledge').
    """
    span = w.spans.get("edition")
    if span is None or not limit <= span[0] <= limit + 12 or not free[pos:limit].rstrip().endswith("."):
        return False
    rest = free[span[1] :].lstrip(_FREE + " .,")
    return bool(rx.match(r"(?:[–—-]\s*)?[" + UP + r"][" + LOW + r"]*\.?\s*(?:[" + UP + r"][" + LOW + r"]+\s*)?:", rest))


# ranks inside a Latin name of an organism, abbreviated with a full stop, before the lower-case epithet
_TAXON_RANKS = frozenset(("f", "sp", "spp", "subsp", "ssp", "var", "cv", "pv", "cf", "aff"))
# one more short sentence of the title, then APA's host: '? One, two, or many? In J. Evans & K. Frankish (Eds.),'
_APA_HOST_AFTER_SENTENCE = re.compile(r"\s*[^.?!\d\x00]{2,150}[.?!]\s+In\s+[^()\x00]{2,160}\((?:Eds?|Hrsg|Ред)\.?\)")


def _subtitle_follows(rest: str) -> bool:
    """Whether the sentence after a title's '?' continues the title: sentence-case words, no digits, no imprint."""
    sentence = rx.match(r"[^.?!\d\x00]{12,200}?(?=\s*(?:\.\s|\.$|\(|$))", rest)
    if not sentence or _publisher_like(sentence.group(0)) or ":" in sentence.group(0):
        return False
    words = rx.findall(r"[^\W\d_]+", sentence.group(0))
    lower = [x for x in words[1:] if x.islower() and len(x) >= 4 and x not in ("with", "from", "into", "über")]
    return len(words) >= 4 and len(lower) >= 2


def _translation(w: _Work, pos: int) -> int:
    free = w.free()
    m = rx.match(r"\s*[.,]?\s*\[(?P<t>[^\[\]]{3,})\]", free[pos:])
    if m and rx.match(r"\s*" + _KO_ACT + r"[^\]]{0,12}\s*제\s*\d", m.group("t")):
        return pos  # '「공무원 행동강령」 [대통령령 제17906호, …]': the act's number and date, not a translation
    if m and not LANG_TAG_RE.fullmatch(m.group(0).strip(" .,")) and not (w.hinted(THESIS_RE) and THESIS_RE.search(m.group("t"))) and not _DESCRIPTOR.match(m.group("t")):
        inner = m.group("t")
        if not MEDIUM_RE.fullmatch("[" + inner + "]"):
            w.take("translated-title", _tidy(inner), pos + m.start("t"), pos + m.end("t"), claim=(pos + m.start(), pos + m.end()))
            return pos + m.end()
    return pos


_TRANSLATOR = re.compile(r"^\s*(?:пер\.|перевод|пер\.\s*с\s*\w+\.?|trans(?:l)?\.|translated\s+by|аударған|переклад)", re.IGNORECASE)
_BE_EDITED_BY = r"пад\s+(?:агул\.\s*|навук\.\s*)?рэд"  # Belarusian 'пад (агул.) рэд.'
_GENITIVE_MARK = re.compile(r"под\s+(?:общ|науч|ред)|за\s+(?:заг\.\s*)?ред|" + _BE_EDITED_BY + r"|общ\.\s*ред|науч\.\s*ред|редакци|послесл|предисл|вступ\.\s*ст|примеч|коммент", re.IGNORECASE)


def nominative(family: str) -> str:
    """A Russian/Ukrainian/Belarusian surname in the genitive (after 'под ред.') back in the nominative.

    Сидоровой -> Сидорова, Лібанової -> Лібанова, Достоевского -> Достоевский,
    Мильнера -> Мильнер, Янина -> Янин, Иванова -> Иванов, Гезенцвея -> Гезенцвей, Братуся -> Братусь. Other names are left alone.
    """
    if "-" in family:
        return "-".join(nominative(part) for part in family.split("-"))
    rules = (
        (r"енка$", r"енко"), (r"(?<![сц]к)ого$", r"ой"),
        (r"(ск|цк)ого$", r"\1ий"), (r"(ск|цк)ой$", r"\1ая"), (r"(ов|ев|ёв|ин|ын)ой$", r"\1а"), (r"(ов|ев|ин)ої$", r"\1а"),
        (r"(ов|ев|ёв|ин|ын)а$", r"\1"), (r"([бвгдзклмнпрстфхцчшщ])а$", r"\1"), (r"ая$", r"ая"), (r"ея$", r"ей"),
        (r"([уоа])ся$", r"\1сь"), (r"([ео])ля$", r"\1ль"),  # a soft sign: Братуся -> Братусь, Гегеля -> Гегель, Гоголя -> Гоголь
    )  # fmt: skip
    for pattern, repl in rules:
        if rx.search(pattern, family):
            return rx.sub(pattern, repl, family)
    return family


def _names_in(part: str) -> list[Name]:
    lst = scan_names(part, 0, forms=("initials_f", "f_initials", "hangul", "f_comma_given", "f_given_patronymic"))
    names = list(lst.names) if lst else []
    if lst:  # "А.И. Андреев, А.В. Андриянов": keep reading after separators
        pos = lst.end
        while True:
            sep = rx.match(r"\s*[,;]\s*", part[pos:])
            if not sep:
                break
            more = scan_names(part, pos + sep.end(), forms=("initials_f", "f_initials"))
            if not more:
                break
            names.extend(more.names)
            pos = more.end
    return names


def _in_nominative(names: list[Name], *, belarusian: bool = False) -> list[Name]:
    """'под ред. В.Л. Янина': surnames in the genitive back in the nominative. Belarusian spells the Russian '-ов'
    as '-аў': 'пад рэд. У. В. Гніламёдава' is Гніламёдаў; and a surname in '-а' takes '-ы': 'М. В. Бірылы' is Бірыла."""
    def back(family: str) -> str:
        if belarusian and rx.search(r"[аеё]ва$", family):
            return family[:-2] + "ў"
        if belarusian and rx.search(r"[бвдзлмнпрстфцчшў]ы$", family):
            return family[:-1] + "а"
        return nominative(family)

    return [Name(family=back(n.family), given=n.given) if n.family else n for n in names]


def _hangul_names(text: str) -> list[Name]:
    """'김한영·문미선·신효식' -> three names, family first; a body's name stays whole."""
    if rx.search(_KO_SOCIETY + r"$", text):
        return [Name(literal=text)]  # a body ('다산연구회')
    return [hangul_name(n) for n in rx.split(r"\s*[·・ㆍ,]\s*", text) if n]


def _read_responsibility(
    chunk: str, compilers: list[Name] | None = None, translators: list[Name] | None = None, unread: list[str] | None = None,
    directors: list[Name] | None = None,
) -> tuple[list[Name], list[Name], list[str]]:
    """Authors, editors and organisations named in a statement of responsibility (and, when a list is given for
    them, compilers named as such alone: '/ отв. сост. В. В. Кондрашин', translators: '/ пер. с перс. Л.А. Хетагурова',
    and the parts that name no one the rules read: '; перевод с французского ; общая редакция перевода Н. А. Шматко')."""
    authors: list[Name] = []
    editors: list[Name] = []
    orgs: list[str] = []
    for part in rx.split(r"\s*;\s*", chunk):
        if not part.strip():
            continue
        tm = _TRANSLATOR.match(part)
        if tm and not rx.search(r"под\s+ред|\bed\.\s+by|edited\s+by", part):
            if translators is not None:  # (named in the genitive after 'пер.': 'пер. с англ. А.Н. Нестеренко')
                named = rx.sub(r"^[\s.,:]*(?:(?:с|з|from)\s+[^\W\d_]+\.?\s*)?", "", part[tm.end() :])
                found = _in_nominative(_names_in(named))
                translators.extend(found)
                if not found and unread is not None:
                    unread.append(part.strip())
            continue
        dm = _DIRECTOR_MARK.match(part) if directors is not None else None
        directed = _names_in(part[dm.end() :]) if dm else None
        if directed:  # a film's '/ реж. Ш. Айманов, К. Гаккель': its directors
            directors.extend(directed)
            continue
        target, body, genitive = authors, part, False
        if _EDITOR_MARK.search(part):
            target, body = editors, _EDITOR_MARK.sub("", part)
        else:
            em = _EDITED_BY.search(part)
            if em:
                target, body = editors, part[em.end() :]
                genitive = bool(_GENITIVE_MARK.search(part))
                if compilers is not None and _COMPILED_BY.match(part):
                    target = compilers
        body = rx.sub(r"^\s*(?:рэдкал|редкол|ред\.\s*кол)\.?\s*:?\s*", "", body)
        first = rx.search(r"(?:^|[\s,])([" + UP + r"]\.(?:\s?[" + UP + r"]\.?){0,2}\s?[" + UP + r"][" + LOW + r"]|[" + UP + r"][" + LOW + r"]+\s+[" + UP + r"]\.)", body)
        if first and target is editors and first.start(1) > 0:
            body = body[first.start(1) :]
        body = rx.sub(r"\((?:гал|гл|отв)\.\s*(?:рэд|ред)\.\)", "", body)
        names = _names_in(body)
        if genitive:
            names = _in_nominative(names, belarusian=bool(rx.search(_BE_EDITED_BY, part, re.I)))
        full = _SOR_FULL_NAME.fullmatch(body.strip(" .")) if not names and target is authors else None
        if names:
            target.extend(names)
        elif full and not _is_org(body):  # '… : факсимиле / Махмұд Қашқари ; жауапты ред. …': a name in full, given name first
            authors.append(Name(family=full.group("f"), given=full.group("g")))
        elif _is_org(body) and len(body) < 160:
            orgs.append(_tidy(rx.sub(r"\[[^\]]*\]", "", body)))
        elif unread is not None:
            unread.append(part.strip())
    return authors, editors, orgs


_DIRECTOR_MARK = re.compile(r"\s*(?:реж|режиссёр|режиссер|режиссер-постановщик|режиссёр-постановщик|режиссері|rezh)\.?\s+", re.IGNORECASE)
_SOR_FULL_NAME = re.compile(r"(?P<g>[" + UP + r"][" + LOW + r"]+(?:-[" + UP + r"][" + LOW + r"]+)?(?:\s+[" + UP + r"][" + LOW + r"]+)?)\s+(?P<f>[" + UP + r"][" + LOW + r"]+(?:-[" + UP + r"][" + LOW + r"]+)?)")


_STOP = re.compile(
    r"\s*//|\.\s*[–—-]\s|\s[–—]\s|\x00|\.\s+(?=(?:Т|Ч|Кн|Вып|Vol|Bd)\.\s*\d)|\.\s+(?=\d+(?:-?е|\.)?,?\s*(?:[a-zäöü]+\.\s*)?(?:изд|Aufl|ed\b|edn))|\.\s+(?=(?:[" + UP + r"]{1,2}[" + LOW + r"]{0,2}\.?\s*;\s*)*[" + UP + r"]{1,2}[" + LOW + r"]{0,2}\.?\s*:|[" + UP + r"][" + LOW + r"]{0,2}\.,\s*(?:1[5-9]|20)\d\d|[" + UP + r"][" + LOW + r"]+(?:\s|:|,))"
)


def _boundary(free: str, start: int) -> int:
    """The end of a statement of responsibility: the next GOST separator or a full stop that ends a sentence
    (not one after 'ред.', 'пер.', an initial 'А.И.' ...)."""
    for m in _STOP.finditer(free, start):
        if m.group(0).startswith(".") and not rx.match(r"\.\s*[–—-]\s", m.group(0)):
            word = rx.search(r"([^\s(,;]+)$", free[start : m.start()])
            w_ = word.group(1) if word else ""
            if w_ in ABBREVIATIONS or rx.fullmatch(r"(?:[" + UP + r"][" + LOW + r"]?\.)*[" + UP + r"][" + LOW + r"]?", w_):
                nxt = free[m.end() : m.end() + 30]
                # (the imprint goes on after it: 'М.:', 'Київ : …', or a place and the year, 'та ін. Київ, 2004.', 'и др. М., 2004.')
                if not rx.match(r"[" + UP + r"]{1,2}[" + LOW + r"]{0,2}\.?\s*[:;]|[" + UP + r"][" + LOW + r"]+(?:-[" + UP + r"][" + LOW + r"]+)?\s+:\s|[" + UP + r"][" + LOW + r"]*\.?,\s*(?:1[5-9]|20)\d\d\b", nxt):
                    continue
        return m.start()
    return len(free)


_COMPILED_BY = re.compile(  # not 'сост. и ред.'; perhaps after other credits: '/ вступ. ст., сост., коммент. И. К. Горского'
    r"\s*(?:(?:вступ\.\s*ст|предисл|коммент|примеч|подгот\.\s*текста|текстол\.\s*коммент)\.?\s*(?:,|и)\s*)*(?:отв\.\s*)?(?:сост|составитель|составители|құраст|укл)\.?\s*:?\s*(?![^;]*ред)",
    re.IGNORECASE,
)
_SOR_ET_AL = re.compile(r"(?<!\w)(?:и\s+др|і\s+ін|et\s+al|және\s+т\.\s*б|т\.\s*б)(?!\w)")


def _responsibility(w: _Work, pos: int) -> int:
    """A GOST statement of responsibility after ' / ': names (drop repeats of authors), editors, organisations."""
    free = w.free()
    m = rx.match(r"[\s\x00]*/(?!/)\s*", free[pos:])  # (past text read before, such as a map's scale)
    if not m:
        return pos
    start = pos + m.end()
    end = _boundary(free, start)
    compilers: list[Name] = []
    translators: list[Name] = []
    unread: list[str] = []
    directors: list[Name] = []
    authors, editors, orgs = _read_responsibility(free[start:end], compilers, translators, unread, directors)
    if compilers:
        w.take("compiler", compilers, start, end)
    if directors:
        w.take("director", directors, start, end)
    if translators:
        w.take("translator", translators, start, end)
    if authors and _SOR_ET_AL.search(free, start, end):
        w.flags.add("et-al")  # '/ И.И. Иванов, П.П. Петров [и др.]': the statement names only the first authors
    if editors:
        w.take("editor", editors, start, end)
    if authors and "author" not in w.fields:
        w.take("author", authors, start, end)
    elif authors and len(authors) > len(w.fields["author"]) and authors[0].family == w.fields["author"][0].family:
        w.fields["author"] = authors  # GOST 7.1: the heading names the first author, the statement all of them
    for org in orgs:
        if "author" not in w.fields and not editors and not authors:
            w.take("author", [Name(literal=org)], start, end)
            w.flags.add("org-author")
        elif "publisher" not in w.fields:
            w.fields["sor-publisher"] = org
    if not (authors or editors or orgs or compilers or translators or directors):  # '/ пер. с англ.': kept, never dropped
        w.add_note(free[start:end], start, end)
    elif unread:  # (and so is what the rules did not read beside the names they did: '; перевод с французского')
        w.add_note("; ".join(unread), start, end)
    applicant = _APPLICANT.search(free, start, end) if "kind:patent" in w.flags else None
    if applicant:  # '; заявитель и патентообладатель ООО «Горные технологии»': who holds the patent, kept as a note
        w.take("note", applicant.group(0).strip(" .;"), applicant.start(), applicant.end())
    w.claim(pos, end)
    w.flags.add("responsibility")
    return end


_APPLICANT = re.compile(r"(?:[Зз]аявител[ьи]|[Пп]атентообладател[ьи]|[Zz]ajavitel'|[Zz]ayavitel'|[Pp]atentoobladatel')[^;\x00]*?(?=\s*[.;]\s|\s*[.;]?$)")


_SLASHED_PUBLISHERS = re.compile(r"(?:^|[.\x00]\s)[A-Z][\w ().,]{1,40}:\s*[A-Z][^:;.]*$")


def _inner_responsibility(w: _Work, pos: int) -> None:
    """'// Host title / отв. ред. А.И. Андреев. – М.': editors of the host, inside the host part."""
    free = w.free()
    m = re.compile(r"\s/\s(?!/)").search(free, pos)
    if not m or _SLASHED_PUBLISHERS.search(free, pos, m.start()) and rx.match(r"[^:;]{2,120};\s*(?:1[5-9]|20)\d\d", free[m.end() :]):
        return  # Vancouver 'Washington (DC): The International Bank … / The World Bank; 2017': two names of one publisher
    end = _boundary(free, m.end())
    authors, editors, orgs = _read_responsibility(free[m.end() : end])
    if editors and "editor" not in w.fields:
        w.take("editor", editors, m.end(), end, claim=(m.start(), end))
        w.flags.add("host-editors")
    elif orgs and "publisher" not in w.fields:
        w.fields["sor-publisher"] = orgs[0]
        w.claim(m.start(), end)


def _host_editors(w: _Work, pos: int) -> int:
    """'// Becker A.K. (ed.).', 'In: R. Doe (Ed.),', 'In R. Doe & K. Lee (Eds.),' at the start of the host part."""
    free = w.free()
    m = _IN_MARKER.match(free[pos:])
    start = pos + (m.end() if m else 0)
    if m:
        w.flags.add("in-host")
        w.claim(pos, start)
    while start < len(free) and free[start] in " " + _FREE:
        start += 1
    em = _EDITED_BY.match(free, start)
    body_start = em.end() if em else start
    lst = scan_names(free, body_start, forms=("initials_f", "f_initials", "f_comma_given", "hangul", "given_f", "vancouver"))
    if lst is None:
        return pos
    after = free[lst.end :]
    mark = rx.match(r"\s*,?\s*(?:\(\s*(?:eds?|Eds?|[Рр]ед|под\s+ред|[Сс]ост|comp|Hrsg|편|엮음)\.?\s*\)|(?:eds?|Eds?)\.(?!\s*by\b)(?!\s+[A-Z][a-z]+\s+[A-Z])|editors?\b\.?|(?<=,)\s*(?:ред|редакторы)\.(?=\s))\s*[.,:]?", after)
    # (MHRA 'in Alternative Shakespeares, ed. by John Drakakis', Chicago 'In Title, eds. Andreas Schedler and …': a book's title, then its editors)
    if em or mark:
        end = lst.end + (mark.end() if mark else 0)
        w.take("editor", lst.names, lst.start, lst.end, claim=(pos, end))
        w.flags.add("host-editors")
        return end
    return _drop_repeated_authors(w, start)


# an article number where the pages would stand, right after the volume or issue: 'vol. 231, 111260.',
# 'vol. 15, no. 19, art. 14181.', GOST '– Vol. 10, No. 5. – Art. 054012.', before a link or at the end
# (also after the issue's bracket and the date's, as Vancouver and Chicago print it: '40(suppl 1):ehz748.0312', '281, no. 1783
# (2014): 20133382'; a meeting abstract's number has a dotted part)
_NUMBER_AFTER_VOLUME = re.compile(
    r"[\s\x00]*(?:[,.]|\)?:|\s\(\x00+\):)\s*(?:[–—-]\s*)?(?:[Aa]rt\.\s*(?:[Nn]o\.\s*)?)?(?!(?:1[5-9]|20)\d\d\b)(?P<pg>(?:e[a-z]{0,4})?\d{3,8}(?:\.\d{3,5})?)\.?"
    r"(?=[\s.,;\x00–—-]*(?:$|https?://|doi|DOI|<))"
)


def _article_number(w: _Work) -> None:
    end = max(w.spans[k][1] for k in ("volume", "issue") if k in w.spans)
    m = _NUMBER_AFTER_VOLUME.match(w.free(), end)
    if m and _FREE not in m.group(0)[m.start("pg") - m.start() :]:
        w.take("page", m.group("pg"), m.start("pg"), m.end("pg"), claim=(m.start(), m.end()))


def _comma_imprint(w: _Work, pos: int) -> None:
    """IEEE's comma-separated imprint after a thesis's degree or before a report's number: the school or body, then its
    place (a city, a state's code, a country), then the year or the claimed number:
    'Ph.D. dissertation, Dept. Elect. Eng., Mass. Inst. Technol., Cambridge, MA, USA, 1960',
    '“…,” 3rd Generation Partnership Project (3GPP), Sophia Antipolis, France, Tech. Rep. TR 38.901'."""
    if "publisher" in w.fields:
        return
    free = w.free()
    m = rx.match(r"[\s,]*(?P<rest>[^\x00]+?),\s*(?:\x00|(?:[A-Z][a-z]{2}\.?\s+)?(?:1[5-9]|20)\d\d[\s.\x00]*$)", free[pos:])  # (a tag read: '2006 (in German).')
    if not m:
        return
    parts = m.group("rest").split(", ")
    k = len(parts)
    while k > 1 and (parts[k - 1] in CITIES or rx.fullmatch(r"[A-Z]{2}", parts[k - 1]) or _COUNTRY.fullmatch(parts[k - 1])):
        k -= 1
    if k == len(parts):
        return
    if parts[k] not in CITIES:  # only a state or a country: the part before it names an unknown city ('Sophia Antipolis')
        if k < 2 or not rx.fullmatch(r"[A-Z][^\W\d_]+(?:[ -][A-Z][^\W\d_]+){0,2}", parts[k - 1]):  # ('Würzburg')
            return
        k -= 1
    start = pos + m.start("rest")
    school = ", ".join(parts[:k])
    w.take("publisher", school, start, start + len(school))
    w.take("publisher-place", ", ".join(parts[k:]), start + len(school) + 2, pos + m.end("rest"))


# AMS journal numbers at the end: 'Ann. of Math. (2) 67 (1958), 325–327', 'Duke Math. J. 55 (1987), no. 4, 1005–1040',
# a Russian original with its translation: 'Mat. Sb. (N.S.) 72 (114) (1967), 507–536 (Russian); English transl., Math. USSR-Sb. …'
_AMS_TAIL = re.compile(
    r",\s+(?P<c>[A-Z][^,\x00]{1,80}?)(?:\s+\((?:\d|N\.\s?S\.)\))?\s+(?P<v>\d{1,4}(?:\s+\(\d{1,4}\))?)\s+\((?P<y>(?:1[5-9]|20)\d\d)\),\s*"
    r"(?:no\.\s*(?P<i>[\w/–-]{1,9}(?:\(\d{1,4}\))?),\s*)?(?P<pg>" + _PAGE_RANGE + r")(?:\s*\((?P<lang>Russian|Ukrainian|German|French|Japanese|Chinese)\))?"
    r"(?:\s*;\s*(?P<tr>English\s+transl\.,?\s*[^\x00]+?))?\.?[\s\x00]*$"
)
_AMS_PREPRINT = re.compile(r",\s+(?P<g>preprint)\s*\((?P<y>(?:1[5-9]|20)\d\d)\)(?=[,.\s\x00]*(?:arXiv|$))")  # ', preprint (2018), arXiv:…'


def _ams_journal(w: _Work, pos: int) -> int:
    """An AMS article: the journal and its numbers after the title's last comma, a translation's after '; English transl.';
    the title is all between the authors and the journal ('Statistical theory of … systems. I, J. Mathematical Phys. 3 …')."""
    free = w.free()
    if "container-title" in w.fields or "issued" in w.fields or "year-after-authors" in w.flags or not rx.match(r"[\s\x00]*,", free[pos:]):
        return pos
    m = _AMS_TAIL.search(free, pos)
    if not m:
        pm = _AMS_PREPRINT.search(free, pos)
        if pm:
            w.take("genre", pm.group("g"), pm.start("g"), pm.end("g"))
            w.take("issued", Date.of(int(pm.group("y"))), pm.start("y"), pm.end("y"), claim=(pm.start(), pm.end()))
        return pos
    head = rx.match(r"[\s\x00,]*(?P<t>[^\x00]+?)\s*$", free[pos : m.start()])
    if not head:
        return pos
    w.take("title", _tidy(head.group("t")), pos + head.start("t"), pos + head.end("t"), claim=(pos, m.start()))
    w.take("container-title", m.group("c"), m.start("c"), m.end("c"))
    w.take("volume", m.group("v"), m.start("v"), m.end("v"))
    w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"))
    if m.group("i"):
        w.take("issue", m.group("i"), m.start("i"), m.end("i"))
    w.take("page", _range(m.group("pg")), m.start("pg"), m.end("pg"))
    if m.group("lang"):
        w.take("language-tag", language_code(m.group("lang")), m.start("lang"), m.end("lang"))
    if m.group("tr"):
        w.take("note", m.group("tr").rstrip(" ."), m.start("tr"), m.end("tr"))
    w.claim(m.start(), m.end())
    w.flags.add("journal-tail")
    return m.end()


# AMS, RSC and Springer's comma-separated book imprints at the very end: '…, Cambridge Stud. Adv. Math., vol. 118,
# Cambridge Univ. Press, Cambridge, 2010.', '…, Wiley-VCH, Weinheim, 2019.', '…, Amer. Math. Soc., Providence, RI, 1999.'
_COMMA_BOOK_IMPRINT = re.compile(
    r",\s*(?:(?P<s>[^,\x00]{3,80}?),\s*(?:vol\.\s*(?P<n>[\dIVXLC]+)|(?P<n2>\d{1,4})),\s*)?"
    r"(?:(?P<pub1>[^;\d\x00]{2,120}?),\s*(?P<city1>[^,;\x00]{3,30});\s*)?(?P<pub>[^,;\x00]{2,80}),\s*"  # a co-publisher: '…, New York; AMS, Providence'

    r"(?P<place>(?P<city>[^,\x00]{2,30})(?:,\s*(?:[A-Z]{2}|[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,4}\.|USA|UK))?),\s*(?P<y>(?:1[5-9]|20)\d\d)(?:,\s*(?P<np>(?:[xivlc]+\s?\+\s?)?\d{1,4})\s*(?:с|pp|p|S|стр)\.?)?"
    r"(?:\.\s+(?:With|Translated|Reprint|Originally|Revised|Corrected)\b[^\x00]{0,200}?)?[\s.,\x00]*$"  # MathSciNet's remark after the imprint: '1993. With the assistance of …'
)


_COMMA_EDITORS = re.compile(r",\s*(?:ред|eds?)\.\s+(?=[" + UP + r"])")


# Springer's translated journals: 'Title, Proc. 2016 ACM SIGSAC Conf. on …, Vienna, 2016, pp. 1032–1043.',
# 'Title, Materialy Vserossiiskoi … konferentsii "…" (Proc. …), St. Petersburg, 2021, pp. 5–9.'
_COMMA_PROCEEDINGS = re.compile(
    r",\s+(?P<c>(?:[Ii]n\s+)?(?:Proc\.|Proceedings\s+of|Materialy|Sbornik|Tezisy)\s(?:[^\x00,()]|\([^()\x00]*\)){5,300}?)"  # (no comma but in brackets)
    r"(?:,\s+(?P<p>St\.\s+Petersburg|[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?))?,\s*(?P<y>(?:19|20)\d\d)(?=,\s*(?:pp?\.|P\.)\s*\d|\.?\s*$|\.\s)"
)


def _comma_proceedings(w: _Work, pos: int) -> None:
    """A paper in proceedings cited with commas only: the proceedings, the city and the year close the title."""
    if "container-title" in w.fields or not rx.search(r",\s+(?:[Ii]n\s+)?(?:Proc|Materialy|Sbornik|Tezisy)", w.text):
        return
    m = _COMMA_PROCEEDINGS.search(w.free(), pos)
    if not m or not rx.search(r"\w\s+\w", w.free()[pos : m.start()]):
        return
    container = m.group("c").removeprefix("in ").removeprefix("In ")
    start, end = m.end("c") - len(container), m.end("c")
    translated = rx.search(r"\s+\((?P<t>Proc\.\s[^()]+(?:\([^()]*\)[^()]*)*)\)$", container) if container.startswith(("Materialy", "Sbornik", "Tezisy")) else None
    if translated:  # 'Materialy … konferentsii "…" (Proc. All-Russ. Sci.-Tech. Conf. "…")': the English name after the romanised one
        w.fields.setdefault("alternate", {})["container-title-translated"] = translated.group("t")
        container, end = container[: translated.start()], start + translated.start()
    w.take("container-title", container, start, end)
    if m.group("p"):
        w.take("event-place", m.group("p"), m.start("p"), m.end("p"))
    w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"), claim=(m.start(), m.end()))
    w.flags.add("kind:paper-conference")


def _comma_book_imprint(w: _Work, pos: int) -> None:
    """A book whose title, series, publisher, place and year are all separated by commas (AMS, RSC): the imprint is
    read from the end, where a known city names the place, before the title zone could swallow it."""
    if "publisher" in w.fields or "issued" in w.fields or "year-after-authors" in w.flags or not rx.match(r"[\s\x00]*,", w.free()[pos:]):
        return
    if THESIS_RE.search(w.text):
        return  # 'J.S.D. diss., University of California, Berkeley': the school, read with the degree
    m = _COMMA_BOOK_IMPRINT.search(w.free(), pos)
    if not m or m.group("city") not in CITIES or m.group("pub") in CITIES or rx.search(r"\d|\b(?:ed|eds|edn|vol|no|pp?)\.", m.group("pub")):
        return
    # (every part of the first publisher must name a body, or the match began inside the title)
    two = m.group("pub1") and m.group("city1") in CITIES and all(_publisher_like(p) or _is_org(p) for p in m.group("pub1").split(", "))
    if m.group("pub1") and not two:
        return
    if m.group("s"):
        w.take("collection-title", m.group("s"), m.start("s"), m.end("s"))
        g = "n" if m.group("n") else "n2"  # Math-Net: 'SIAM Stud. Appl. Math., 4, SIAM, Philadelphia, PA, 1981'
        w.take("collection-number", m.group(g), m.start(g), m.end(g))
    first = m.group("pub1") + "; " if two else ""
    w.take("publisher", first + m.group("pub"), m.start("pub1" if two else "pub"), m.end("pub"))
    w.take("publisher-place", (m.group("city1") + "; " if two else "") + m.group("place"), m.start("city1" if two else "place"), m.end("place"))
    ed = _COMMA_EDITORS.search(w.free(), pos, m.start())
    lst = scan_names(w.free(), ed.end()) if ed else None
    if lst and lst.end >= m.start() - 1:  # Math-Net: 'Теория солитонов, ред. С. П. Новиков, Наука, М., 1980'
        w.take("editor", list(lst.names), lst.start, lst.end, claim=(ed.start(), m.start()))
    if m.group("np"):  # Math-Net: '…, Наука, М., 1980, 320 с.', '…, 1981, x+425 pp.'
        w.take("number-of-pages", m.group("np").replace(" ", ""), m.start("np"), m.end("np"))
    w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"), claim=(m.start(), m.end()))


def _details_designation(w: _Work, start: int, end: int) -> None:
    """'Вып. 41' or 'Т. 5' between a title and its statement of responsibility."""
    text = w.free()[start:end]
    m = rx.search(r"(?:Вып|Вип)\.?\s*(\d+)", text)
    if m:
        w.take("issue", m.group(1), start + m.start(), start + m.end())
    m = rx.search(r"(?:Т|Том|Кн|Vol|Book)\.?\s*(\d+)|(\d+)-?(?:том|китеп|кітап)", text)
    if m:
        w.take("volume", m.group(1) or m.group(2), start + m.start(), start + m.end())
    w.claim(start, end)


def _legal_designation(w: _Work, pos: int) -> int:
    """'… : Федеральный закон от 05.04.2013 № 44-ФЗ (ред. от 02.07.2021)': what kind of act, claimed as genre."""
    free = w.free()
    if not _LEGAL_ACT.match(free, pos):
        return pos
    stop = re.compile(r"\s*//|\.\s*[–—-]\s|\s*\[|\x00|\.\s+(?=URL|http|[" + UP + r"][" + LOW + r"]+\s*[:,])|\.\s*$")
    m = stop.search(free, pos + 1)
    end = m.start() if m else len(free)
    genre_end = end
    if rx.match(r"\s*:\s*[а-яёa-z]", free[pos:]):  # ': постановление Политбюро ЦК ВКП(б) от 5 марта 1932 г.': the date is the act's
        dm = rx.search(r"\s+(?:от|ot)\s+(?=\d{1,2}\s+[а-яёa-z])", free[pos:end])  # a date in words (a numeric one stays in the genre)
        date = _DAY_MONTH_YEAR.search(free, pos + dm.end(), end) if dm else None
        if date:
            genre_end = pos + dm.start()
            if "issued" not in w.fields:
                w.take("issued", _date_from_match(date), date.start(), date.end())
    w.take("genre", _tidy(free[pos:genre_end]), pos, genre_end, claim=(pos, end))
    w.flags.add("legal-act")
    return end


def _drop_repeated_authors(w: _Work, pos: int) -> int:
    """'// Jongtae Kim //' or '. Jongtae Kim, Journal': the authors named again; claim and skip them."""
    free = w.free()
    start = pos
    while start < len(free) and free[start] in " .,/" + _FREE:
        start += 1
    fams = {(n.family or n.literal or "").lower() for n in w.fields.get("author") or []}
    if "" not in fams and not any(f in free[start:].lower() for f in fams):
        return pos  # no author's name comes again: nothing to scan (most references)
    lst = scan_names(free, start)  # '// Толстой Л. Н. Полн. собр. соч.': the author's own form first
    if lst is None or not any((n.family or "").lower() in fams for n in lst.names):
        lst = scan_names(free, start, forms=("given_f", "initials_f", "f_initials", "hangul", "f_given_patronymic"))
    if lst is None:
        return pos
    ends = free[lst.end - 1 : lst.end] == "." or rx.match(r"\s*(?://|,|\.)", free[lst.end :])
    # a Korean family name is one syllable that opens many words ('박노형, 『…』, 박영사'): the whole name must come again
    whole = {((n.family or "").lower(), n.given or "") for n in w.fields.get("author") or []}
    if ends and any((n.family or "").lower() in fams and (not rx.fullmatch(f"[{HANGUL}]{{1,2}}", n.family or "") or (n.family, n.given or "") in whole) for n in lst.names):
        if "container-author" not in w.fields and not rx.match(r"[\s.,]*(?://|$)", free[lst.end :]):
            # '… // Гумилев Л.Н. История народа хунну': the host is the author's own book; its names are the host's author
            w.take("container-author", list(lst.names), start, lst.end)
        else:
            w.claim(start, lst.end)
        return lst.end
    return pos


_EDITED_BY_AFTER = re.compile(  # (a twin's 'Ed.-in-chief', 'Editor-in-chief' for 'гл. ред.', 'Executive editor' for 'отв. ред.')
    r"(?:,\s*|\.\s+|\s/\s*)(?:(?:(?:Abridged|Selected|Compiled|Annotated)(?:,\s*|\s+and\s+))*[Ee]dited\s+by|[Ee]d\.\s+by|(?:Ed\.|Editor)-in-[Cc]hief|Executive\s+[Ee]ditor|Hrsg\.\s+von|Hg\.\s+von|Herausgegeben\s+von|[Ee]ds?\.\s+by|Eds\.(?=\s+[A-Z]\.)|(?<=,\s)eds?\.(?=\s+[A-Z][a-z]+\s)|(?:[Jj]alpy|[Zz]halpy|[Oo]tv\.|[Nn]auch\.)\s+red\.|Pod\s+red\.|(?P<gen>[Пп]од\s+(?:общ\.\s*|науч\.\s*)?ред\.))\s+"
)  # 'Jalpy red. T. Janūzaqov' (Kazakh in Latin letters), 'Pod red.' in a Latin twin, Chicago's 'Abridged and edited by …'
_EDS_AFTER = re.compile(r",?\s*(?:\(\s*)?(?:Eds?|eds?|editors?|redaktory?)\.?(?:\s*\))?(?=[.,:;\s]|$)")


_KO_EDITORS = re.compile(r"(?:^|(?<=[,.]\s)|(?<=\x00\s))(?P<n>[" + HANGUL + r"]{2,4}(?:\s*[·・ㆍ,]\s*[" + HANGUL + r"]{2,4})*)\s*(?:엮음|편저|편|공편|책임편집|외\s*편)(?=[\s,.(]|$)")
_KO_BODY_EDITOR = re.compile(
    r"^[\s\x00]*(?P<n>[" + HANGUL + r"]{5,20}(?:\s[" + HANGUL + r"]{2,20}){0,2})\s+(?:편|엮음)\s*(?:,\s*(?=[『「])|\((?P<y>(?:1[5-9]|20)\d\d)\)\s*[,.])"
)  # '국제한국어교육학회 편, 『…』', '고려대학교 민족문화연구원 편 (2009), …'
_KO_TRANSLATOR_HEAD = re.compile(r"^[\s\x00]*(?P<n>[" + HANGUL + r"]{2,4}(?:\s*[·・]\s*[" + HANGUL + r"]{2,4})*|[" + HANGUL + r"]{2,8}" + _KO_SOCIETY + r")\s+(?:역주|(?:풀어\s*)?옮김|편역|역|譯)\s*,\s*(?=[『「])")  # '은정희 역주, 『…』', '송성욱 풀어 옮김, 『춘향전』'
_VOLUME_COUNT = re.compile(r"(?:(?<=[,.]\s)|(?<=\x00\s))(?P<n>\d{1,3})\s+vols\b\.?(?=\s*[.,(;\x00]|\s*$)")
_HANJA_EDITOR = re.compile(r"^[\s\x00]*(?P<n>[\u4e00-\u9fff]{2,5}(?:\s*[·・、]\s*[\u4e00-\u9fff]{2,5}){0,3})(?:\s*外)?\s*[編编]\s*,?\s*(?=『)")  # '林基中 編, 『燕行錄全集』', '朴孝寬·安玟英 編, …'



def _trailing_editors(w: _Work, pos: int) -> None:
    """Editors named after the host title (Chicago, MLA, IEEE, Vancouver, Korean forms)."""
    if "editor" in w.fields:
        return
    free = w.free()
    km = _KO_EDITORS.search(free, pos)
    if km:
        w.take("editor", _hangul_names(km.group("n")), km.start("n"), km.end("n"), claim=(km.start(), km.end()))
        if not ("book-title" in w.flags and "「" not in w.text and w.text.count("『") == 1):
            w.flags.add("host-editors")  # (after the one book title, '『김수영 전집 1: 시』, 이영준 편, 민음사': they edited the book itself)
        return
    m = _EDITED_BY_AFTER.search(free, pos)
    if m:
        lst = scan_names(free, m.end(), forms=("given_f", "initials_f", "f_initials", "f_comma_given"))
        if lst and lst.form == "given_f" and len(lst.names) > 1 and not rx.search(r"\band\b|&", free[lst.start : lst.end]):
            # MLA 'edited by Brian James Baer, John Benjamins, 2011': editors are joined by 'and', so what follows the
            # first name after a comma is the publisher
            lst = scan_names(free[: free.index(",", lst.start) + 1], lst.start, forms=("given_f",))
        if lst:
            names = list(lst.names)
            if m.group("gen"):  # '/ под ред. В.Л. Янина' after a volume's title: the genitive back in the nominative
                names = _in_nominative(names)
            w.take("editor", names, lst.start, lst.end, claim=(m.start(), lst.end))
            # after '/', 'Jalpy red.' or right after the title ('[Commentary …]. Ed. by …') they edited the work itself
            # (or after the title and the volume: 'Russkaya grammatika. In 2 vols. Vol. 1: Fonetika. … Ed.-in-chief N. Yu. Shvedova.')
            itself = "/" in m.group(0) or rx.search(r"\bred\.", m.group(0), re.I) or not rx.search(r"\w", free[pos : m.start()].replace(_FREE, "")) \
                or rx.fullmatch(r"[\s.]*(?:In\s+\d+\s+vols?\.\s*)?Vol\.\s*\d+(?::\s[^/:]*)?", w.text[pos : m.start()])
            if not itself:
                w.flags.add("host-editors")
            return
    for m in rx.finditer(r"(?:(?<=[,.:;]\s)|(?<=In:\s))", free[pos:]):  # (ACS: '…, 2nd ed.; Knochel, P., Molander, G. A., Eds.;')
        start = pos + m.start()
        lst = scan_names(free, start, forms=("initials_f", "vancouver", "f_initials", "given_f"))
        if not lst:
            continue
        em = _EDS_AFTER.match(free, lst.end)
        if em and em.end() > lst.end:
            w.take("editor", list(lst.names), lst.start, lst.end, claim=(start, em.end()))
            w.flags.add("host-editors")
            return


_ASTM_STP = re.compile(r"(?<=,\s)(?P<s>ASTM\s+STP)\s+(?P<n>\d{2,5})(?=,)")  # ASTM's Special Technical Publications


def _take_series(w: _Work, text: str, start: int, end: int) -> None:
    """The series named in ``text``: inside the quotes of 'Серия «Мастера психологии»' and 'Серия WP3 «Проблемы рынка
    труда»'; a twin's series without its translation after it, which is kept apart: '(Arkheografiya i istochnikovedenie
    Sibiri [Archaeography and Source Studies of Siberia], iss. 19)'."""
    m = rx.fullmatch(r"\s*(?:Серия|Сер\.|Series|Сериясы)\s*[\w./-]{0,12}\s*«(?P<t>[^»]+)»\s*", text)
    translated = None if m else rx.search(r"(?<=\w)\s*\[(?P<t>[^\[\]]{3,})\]\s*$", text)
    name = m.group("t") if m else _tidy(text[: translated.start()] if translated else text)
    if "collection-title" not in w.fields and translated:
        w.fields.setdefault("alternate", {})["collection-title-translated"] = translated.group("t").strip()
    w.take("collection-title", name, start, end)


_AMA_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},\s+)?(?:1[5-9]|20)\d\d"  # 'May 7, 2020' or '2022'
_PREPRINT_POSTED = re.compile(
    r"(?<=[.,]\s)(?P<srv>[A-Za-z][\w.-]{1,20})\.\s+(?P<g>Preprint)\s+posted\s+online\s+(?P<date>" + _AMA_DATE + r")\.?"
)
# the Lancet's preprint: 'medRxiv 2023; published online Sept 7. https://doi.org/… (preprint).'
_LANCET_PREPRINT = re.compile(
    r"(?<=[.,]\s)(?P<srv>medRxiv|bioRxiv|arXiv|SSRN|Research\s+Square|ChemRxiv|PsyArXiv|SocArXiv|Preprints)\s+(?P<y>(?:19|20)\d\d)\s*;\s*"
    r"published\s+online\s+(?P<md>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\.?"
)
_PUBLISHED = re.compile(r"(?<=[.,]\s)(?:Published|Updated|Last\s+updated|Posted)\s+(?P<date>" + _AMA_DATE + r")\.?")


def _details(w: _Work, pos: int) -> None:
    """Claim the numbers and markers of the tail."""
    if "osted online" in w.text:
        for m in w.search(_PREPRINT_POSTED, pos):  # AMA 'medRxiv. Preprint posted online May 7, 2020.': the server, the date
            w.take("publisher", m.group("srv"), m.start("srv"), m.end("srv"))
            w.take("genre", m.group("g"), m.start("g"), m.end("g"))
            w.take("issued", _date_from_text(m.group("date")), m.start("date"), m.end("date"), claim=(m.start(), m.end()))
            break
    if "ublished online" in w.text:
        m = next(iter(w.search(_LANCET_PREPRINT, pos)), None)
        if m:
            w.take("publisher", m.group("srv"), m.start("srv"), m.end("srv"))
            w.take("issued", _date_from_text(f"{m.group('md')} {m.group('y')}"), m.start("y"), m.end(), claim=(m.start(), m.end()))
            tag = rx.search(r"\((?P<g>preprint)\)\.?\s*$", w.free())
            if tag:
                w.take("genre", tag.group("g"), tag.start("g"), tag.end("g"), claim=tag.span())
            w.flags.add("kind:report")
    if "ublished" in w.text or "pdated" in w.text or "Posted" in w.text:
        for m in w.search(_PUBLISHED, pos):  # AMA 'Published 2022. Accessed March 3, 2023.'
            date = _date_from_text(m.group("date"))
            if date and "issued" not in w.fields:
                w.take("issued", date, m.start("date"), m.end("date"), claim=(m.start(), m.end()))
            break
    _trailing_editors(w, pos)
    _journal_tail(w, pos)
    if "book-title" in w.flags and "』" in w.text[w.spans.get("title", (0, 0))[1] + 1 :]:
        m = next(iter(w.search(_KO_SECTION_AND_SERIES, w.spans["title"][1])), None)
        if m:  # '『益齋亂藁』 卷6, 「在大都上中書都堂書」, 『韓國文集叢刊』 2, 民族文化推進會': the piece, then the series that reprints the collection
            _take_groups(w, m, (("section", "s"), ("collection-title", "c"), ("collection-number", "n")))
            w.claim(m.start(), m.end())
    for m in (rx.finditer(r"』\s*(?P<v>\d{1,3})-(?P<i>\d{1,2})(?=\s*[,.]|\s*$|\s*\((?:1[5-9]|20)\d\d\))", w.text) if "』" in w.text else ()):
        if int(m.group("i")) <= 12 and _FREE not in w.free()[m.start() : m.end()]:  # '『亞細亞硏究』 11-3', '『歷史と地理』 9-5 (1922)': volume, issue
            w.take("volume", m.group("v"), m.start("v"), m.end("v"))
            w.take("issue", m.group("i"), m.start("i"), m.end("i"))
    for m in (rx.finditer(r"』\s*(?:[卷巻권]\s*)?(?:(?P<v>\d{1,3}(?:[·・]\d{1,3})?[上中下]?|\d{1,4}(?=\s?[冊册])|[上中下상중하](?=\s*[,.])|[ⅠⅡⅢⅣⅤⅥⅦⅧⅨⅩ]|[IVX]{1,4}(?![\w.]))(?:\s?[冊册])?|(?P<p>\()?(?P<e>개정증보판|개정판|증보판|신판|전정판|全訂版|改訂版|增補版|新訂版|第\d+版|제\d+판|\d+판)(?(p)\)))(?=\s*[,.]|\s*$)", w.text) if "』" in w.text else ()):
        if _FREE not in w.free()[m.start(1) if m.group("v") else m.start("e") : m.end()]:
            if m.group("v"):
                v_end = m.end() if m.group(0)[-1:] in "冊册" else m.end("v")  # (with a '冊' after it: '『承政院日記』 1687冊')
                w.take("volume", m.group("v"), m.start("v"), m.end("v"), claim=(m.start() + 1, v_end))  # with any '卷'
                rest = w.free()[v_end:]
                if any(mark in m.group(0) for mark in "卷권冊册") and not rx.search(r"[社館院局店部]|出版|(?<![(\d])(?:1[5-9]|20)\d\d(?![)\d])", rest):
                    # a classic cited by its book and section or entry: '『經國大典』 卷2, 戶典, 徭賦.', '『仁祖實錄』 卷1, 仁祖 1년(1623) 3월 13일.'
                    sm = rx.match(r"\s*,\s*「?(?P<s>[^\x00]+?)」?\s*\.?\s*$", rest)  # (a letter's or chapter's name in 「」)
                    if sm:
                        at = v_end + sm.start("s")
                        w.take("section", sm.group("s"), at, at + len(sm.group("s")))
            else:
                number = rx.search(r"\d+", m.group("e"))  # '第2版', '제4판': the edition's number; '(全訂版)' with its brackets
                w.take("edition", number.group(0) if number else m.group("e"), m.start("e"), m.end("e"), claim=(m.start("p") if m.group("p") else m.start("e"), m.end()))
    if _LEGAL_HINT(w):
        for m in w.search(_STATUTE, pos):
            w.take("container-title", m.group("c"), m.start("c"), m.end("c"))
            w.take("volume", m.group("v"), m.start("v"), m.end("v"))
            if m.group("p"):
                w.take("page", m.group("p"), m.start("p"), m.end("p"))
            w.claim(m.start(), m.end())
            w.flags.add("statute")
        for m in w.search(_ACT_NUMBER, pos):
            act = rx.search(_KO_ACT + r"\s*제\s*\d+\s*호", m.group(0))  # '(법률 제13278호, 2015. 3. 27. 제정)': the number alone
            w.take("number", act.group(0) if act else m.group(0).strip("()[]").lstrip("№ "), m.start(), m.end())
            dm = _DAY_MONTH_YEAR.search(m.group(0))
            if dm and "issued" not in w.fields:
                w.fields["issued"] = _date_from_match(dm)
                w.spans["issued"] = (m.start() + dm.start(), m.start() + dm.end())
    school = next(iter(w.search(_SCHOOL_THESIS, pos)), None) if "dissertation" in w.lower or "thesis" in w.lower else None
    if school:  # the Unified Style Sheet's 'Cambridge, MA: MIT dissertation.': the school, then the kind of thesis
        _take_groups(w, school, (("publisher", "pub"), ("genre", "g")))
        w.flags.add("thesis")
    thesis = next(iter(w.search(THESIS_RE, pos)), None)
    if thesis:
        w.take("genre", _tidy(thesis.group(0)), thesis.start(), thesis.end())
        w.flags.add("thesis")
        _comma_imprint(w, thesis.end())
    elif "report-number" in w.flags and "quoted-title" in w.flags:
        _comma_imprint(w, pos)  # IEEE '“…,” Body, City, Country, Tech. Rep. TR 38.901'
    for m in w.search(_EDITION, pos):
        w.take("edition", _edition_value(m), m.start(), m.end())
    if "책" in w.text or "冊" in w.text:
        for m in w.search(_KO_REPORT_SERIES, pos):  # '중앙문화재연구원, 2012, 『부여 증산리 유적』, 발굴조사보고 제190책.'
            w.take("collection-title", m.group("s"), m.start("s"), m.end("s"))
            w.take("collection-number", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
            w.flags.add("kind:report")
            break
    if " no. " in w.lower:
        for m in w.search(_NUMBERED_SERIES_SENTENCE, pos):  # Springer 'Title. FAO Irrigation and Drainage Paper No. 56. FAO, Rome'
            w.take("collection-title", m.group("s"), m.start("s"), m.end("s"))
            w.take("collection-number", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
            break
    for m in w.search(_END_SERIES, pos):
        number = rx.fullmatch(r"(?:№|No\.?)\s*(\d{1,5})", m.group("s"))
        if number and "issue" not in w.fields:  # a paper's issue after its date: '//Правда. 1917. 7 апр. (№ 26).'
            w.take("issue", number.group(1), m.start("s") + number.start(1), m.start("s") + number.end(1), claim=(m.start(), m.end()))
            continue
        if not LANG_TAG_RE.fullmatch(m.group(0).strip(" .")) and not rx.search(r"\b(?:дата|accessed|обращения)\b", m.group("s"), re.I):
            _take_series(w, m.group("s"), m.start(), m.end())
            if m.group("n"):
                n = m.group("n")  # '; вып. 5' numbers the series 5; '; т. 3, вып. 8' stays as written
                w.fields.setdefault("collection-number", n if "," in n else rx.sub(r"^\D+\.?\s*", "", n) or n)
    for m in w.search(_MULTIVOLUME, pos):
        if w.text.rfind("[", 0, m.start()) > w.text.rfind("]", 0, m.start()):
            continue  # inside a bracketed translation, which is kept whole: '[Collected works: in 4 vols.]'
        _take_volume_count(w, m.start(), m.end())
    if "STP" in w.text:
        for m in w.search(_ASTM_STP, pos):  # '…, Damage Tolerance in Aircraft Structures, ASTM STP 486, American Society …'
            w.take("collection-title", m.group("s"), m.start("s"), m.end("s"))
            w.take("collection-number", m.group("n"), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    for m in w.search(_SERIES, pos):
        _take_series(w, m.group("s") or m.group("s2"), m.start(), m.end())
        num = m.group("n") or m.group("n2")
        if num:
            w.fields.setdefault("collection-number", rx.sub(r"^[^\W\d]+\.?\s*(?=\d)", "", num))
    for m in w.search(_VANCOUVER, pos):
        # an issue alone is enough when nothing but a link or a tag follows: 'Наука и здравоохранение. 2016;(6).'
        issue_only = m.group("i") and rx.fullmatch(r"[\s.\x00]*(?:(?:https?://|doi:)\S*[\s.]*)?(?:\(In \w+\.?\)[\s.]*)?", w.free()[m.end() :])
        if m.group("v") or m.group("pg") or issue_only:
            w.take("issued", Date.of(int(m.group("y")), MONTHS.get((m.group("m") or "").lower()), int(m.group("d")) if m.group("d") else None), m.start("y"), m.end("y"))
            # a Russian journal numbers issues only: 'Высшее образование в России. 2005; 4: 23–30. (In Russ.)'
            number_only = m.group("v") and not m.group("i") and rx.search(r"[(\[]In Russ", w.text)
            # and its cumulative number in brackets: 'Атеросклероз и дислипидемии. 2020;1(38):7-42' is issue 1 (38), no volume
            cumulative = m.group("v") and m.group("i") and m.group("i").isdigit() and int(m.group("v")) <= 12 < int(m.group("i")) and rx.search(r"[а-яё]|in russ", w.lower)
            if cumulative:
                w.take("issue", f"{m.group('v')}({m.group('i')})", m.start("v"), m.end("i") + 1)
            elif m.group("v"):
                w.take("issue" if number_only else "volume", m.group("v"), m.start("v"), m.end("v"))
            issue = "i" if m.group("i") else "sup" if m.group("sup") else None
            if issue and not cumulative:
                w.take("issue", m.group(issue).strip(), m.start(issue), m.end(issue))
            if m.group("pg"):
                w.take("page", _range(m.group("pg")), m.start("pg"), m.end("pg"))
            w.claim(m.start(), m.end())
            w.flags.add("vancouver")
    for m in w.search(_VOLUME, pos):
        cumulative = _CUMULATIVE.match(w.free(), m.end()) if m.group("v") else None
        if cumulative:  # 'Матем. сб. … Т. 25 (67), № 1': the volume keeps its running number, as an issue does
            w.take("volume", m.group("v").strip() + " " + cumulative.group("c"), m.start(), cumulative.end("c"))
            continue
        w.take("volume", (m.group("v") or m.group("vk") or m.group("vt")).strip(), m.start(), m.end())
    for m in w.search(_ISSUE, pos):
        if w.text[m.end() : m.end() + 1] == ")" and rx.search(r"\([" + UP + r"][" + LOW + r"]+\s+[" + LOW + r"]+\s*$", w.text[: m.start()]):
            continue  # '… (Сагиновские чтения № 11) : тр. … конф.': the number of a named series of meetings, inside its name
        w.take("issue", rx.sub(r"\s+", " ", (m.group("i") or m.group("ik")).strip()), m.start(), m.end())
    if "issue" not in w.fields and "Suppl" in w.text:
        for m in w.search(_SUPPLEMENT_ISSUE, pos):  # GOST 'Vol. 28, Suppl. 4. – P. iv22–iv40.': the supplement is the issue
            w.take("issue", m.group("i"), m.start(), m.end())
            break
    if "issue" not in w.fields:
        for m in w.search(_PAREN_ISSUE, pos):
            if m.group("i3") and ("volume" in w.fields or w.fields.get("language-tag") not in ("ru", "kk", "uk")):
                continue  # (a bare number is a Russian journal's issue; an English one's might be its volume)
            w.take("issue", m.group("i") or m.group("i2") or m.group("i3"), m.start(), m.end())
            break
    if "issue" not in w.fields and ", S." in w.text:
        for m in w.search(_ISSUE_AFTER_YEAR, pos):
            w.take("issue", _range(m.group("i")), m.start("i"), m.end("i"))
            w.flags.add("issue-after-year")
            break
    for m in w.search(_PART, pos):
        w.take("part-number", m.group("p"), m.start(), m.end())
        vt = rx.match(r"\s*:\s*(?P<t>[^.:/\x00]{2,80}?)\.?(?=\s*(?:[–—]\s|/|\x00|$))", w.free()[m.end() :])
        if vt:  # 'Ч. 3 : Киргизское наречие. – СПб., 1870.': the part's own title
            w.take("volume-title", vt.group("t").strip(), m.end() + vt.start("t"), m.end() + vt.end("t"), claim=(m.end(), m.end() + vt.end()))
    for m in w.search(_PAGES, pos):
        if m.group("pb") and rx.match(r"(?:1[5-9]|20)\d\d\s+[-–—]\s+\d", m.group("pb")):
            continue  # '1984 – 319 с.': a year, a dash, then the number of pages
        w.take("page", _range(m.group("pg") or m.group("pk") or m.group("pb")), m.start(), m.end())
    for m in w.search(_NPAGES, pos):
        if "page" in w.fields and w.spans["page"][0] == m.start():
            continue
        if rx.fullmatch(r"(?:1[5-9]|20)\d0s\.?", m.group(0)):
            continue  # 'during the 1950s and 1960s': a decade, not 1950 pages
        w.take("number-of-pages", (m.group("n") or m.group("nk")).strip(), m.start(), m.end())
    for m in w.search(_VOL_ISSUE, pos):
        v, i = m.group("v"), m.group("i").strip()
        if rx.fullmatch(r"(?:1[5-9]|20)\d\d", v) and "issued" not in w.fields and not rx.fullmatch(r"\d{1,3}", i):
            continue
        if "volume" in w.fields or "issue" in w.fields:
            continue
        w.take("volume", v, m.start("v"), m.end("v"))
        dated = _SEASON_OR_MONTH_YEAR.fullmatch(i) or rx.fullmatch(r"(?:1[5-9]|20)\d\d", i) and (
            "issued" not in w.fields or w.fields["issued"].year == int(i)  # not 'Proc R Soc Lond B. 2003 … 270(1512)'
        )
        if dated:  # Chicago 'Edinburgh Review 111 (April 1860): 487–532', '『역사학보』 217 (2013)': the issue's date, not its number
            if "issued" not in w.fields:
                w.take("issued", _date_from_text(i), m.start("i"), m.end("i"))
        else:
            w.take("issue", i, m.start("i"), m.end("i"))
        if m.group("pg") and "page" not in w.fields:
            w.take("page", _range(m.group("pg")), m.start("pg"), m.end("pg"))
        elif m.group("pg") and rx.fullmatch(r"(?:1[5-9]|20)\d\d", m.group("pg")):
            w.claim(m.start(), m.end("i") + 1)  # '13(2), 2005, pp. 133-155': the pages were read, so that is the year
            continue
        w.claim(m.start(), m.end())
    if "volume" not in w.fields and "page" not in w.fields:
        for m in w.search(_VOL_PAGES, pos):
            if rx.fullmatch(r"(?:1[5-9]|20)\d\d", m.group("v")):
                continue
            w.take("volume", m.group("v"), m.start("v"), m.end("v"))
            w.take("page", _range(m.group("pg")), m.start("pg"), m.end("pg"))
            w.claim(m.start(), m.end())
            break
    for m in w.search(_DAY_MONTH_YEAR, pos) or w.search(_NUMERIC_DATE, pos):
        date = _date_from_match(m)
        if "issued" not in w.fields or (w.fields["issued"].year == date.year and len(date.parts[0]) > len(w.fields["issued"].parts[0])):
            w.fields.pop("issued", None)
            w.spans.pop("issued", None)
            date, a, b = _days_range(w, m, date)
            w.take("issued", date, a, b)
        break
    if "page" not in w.fields:
        sm = rx.search(r",\s*(?P<pg>[A-H]\d{1,3}(?:\s*[-–]\s*[A-H]?\d{1,3})?)\.?\s*$", w.free())
        if sm and sm.start() >= pos:  # APA newspaper '… The New York Times, A1.': a section page
            w.take("page", _range(sm.group("pg")), sm.start("pg"), sm.end("pg"))
    if "page" not in w.fields:
        for m in w.search(_RANGE, pos):
            a, b = rx.split(r"\s*[-–—~]\s*", m.group("pg"))
            if _is_year(a) and _is_year(b) or rx.match(r"\s*,\s*(?:edited|translated|ed\.|trans\.)\s+by\b", w.text[m.end() :]):
                continue  # (Chicago 'In Alien Regimes and Border States, 907–1368, edited by …, 321–413.': years closing the book's title)
            if _is_year(a) and len(b) == 2 and int(b) > int(a) % 100 and rx.search(r",\s*$", w.free(0, m.start())):
                w.claim(m.start() + len(a), m.end())  # a set printed over years, ', 1953–55.': its first year is the date
                continue
            w.take("page", _range(m.group("pg")), m.start(), m.end())
            break
    if "page" not in w.fields and "volume" in w.spans:
        _article_number(w)
    for m in w.search(_SECTION, pos):
        w.take("section", m.group("s"), m.start(), m.end())
    _cumulative_issue(w)
    if "issued" in w.fields and "page" not in w.fields and "number-of-pages" not in w.fields and "container-title" not in w.fields:
        m = next(iter(w.search(_IMPRINT_BARE_PAGES, pos)), None)  # a Kazakhstani house style's book: '… Moscow: Nedra, 381 (in Russ.)'
        if m and m.group("place") in CITIES and not (m.group("pub") and rx.search(r"\d", m.group("pub"))):
            _take_groups(w, m, (("publisher-place", "place"), ("publisher", "pub"), ("number-of-pages", "n")))
    _place_publisher(w, pos)
    years = [m for m in w.search(_YEAR, pos)]
    if "[" in w.text:
        years = [m for m in years if not _in_translation(w.free(), m)]
    if years and "issued" not in w.fields:
        plain = [m for m in years if not _year_in_name(w.free(), m)]
        best = plain[0] if plain else years[0]
        if "publisher" in w.spans or "publisher-place" in w.spans:
            anchor = max(w.spans.get("publisher", (0, 0))[1], w.spans.get("publisher-place", (0, 0))[1])
            after = [m for m in (plain or years) if m.start() >= anchor]
            best = after[0] if after else best
        w.take("issued", Date.of(int(best.group("y") or best.group("yk"))), best.start(), best.end())
        years = [m for m in years if m is not best]
    issued_span = w.spans.get("issued")
    short_end = issued_span and "issued" in w.fields and rx.match(r"[–—-](\d\d)\.?(?:\s|$)", w.text[issued_span[1] :])
    if short_end:  # ('1953–55', claimed with the pages above)
        _issued_over_years(w, w.fields["issued"].year // 100 * 100 + int(short_end.group(1)))
    for m in years:  # a repeated year ("2010. – 2010"), or the end of the imprint's span of years ('1953–1958'): claim quietly
        if _year_in_name(w.free(), m):
            continue
        year = int(m.group("y") or m.group("yk"))
        span_end = issued_span and rx.fullmatch(r"\s*[–—-]\s*", w.text[issued_span[1] : m.start()])
        if "issued" in w.fields and (year == w.fields["issued"].year or span_end):
            w.claim(m.start(), m.end())
            if span_end and year > w.fields["issued"].year:
                _issued_over_years(w, year)
    issued = w.fields.get("issued")
    if issued and issued.parts and len(issued.parts[0]) == 1:
        for m in w.search(_LONE_MONTH, pos):
            month = month_number(m.group("m"))
            if month:
                w.fields["issued"] = Date.of(issued.year, month)
                w.claim(m.start(), m.end())
                issued = w.fields["issued"]
                break
    if issued and issued.parts and len(issued.parts[0]) == 1:
        for m in w.search(_DAY_MONTH, pos):
            month = MONTHS.get(m.group("m").lower())
            if month:
                w.fields["issued"] = Date.of(issued.year, month, int(m.group("d")))
                w.claim(m.start(), m.end())
                break
    issued = w.fields.get("issued")
    if issued and issued.parts and len(issued.parts[0]) == 1:
        for m in w.search(_MONTH_DAY, pos):  # "2011, October 4"
            month = month_number(m.group("m"))
            if month:
                w.fields["issued"] = Date.of(issued.year, month, int(m.group("d")))
                w.claim(m.start(), m.end())
                break
    if "volume" not in w.fields:
        _bare_volume(w, pos)
        if "page" not in w.fields and "volume" in w.spans:
            _article_number(w)  # (Chicago '… Biological Sciences 281, no. 1783 (2014): 20133382.')


_SPACE_MONTH = re.compile(r" (?:" + MONTH_CASED_RE + r")")
_MONTH_ONLY = re.compile(r"(?:" + MONTH_CASED_RE + r")\.?")


def _in_translation(free: str, m: re.Match[str]) -> bool:
    """A year inside a bracketed English translation, '… v 1973 g. [Report on the excavations … in 1973]': the title's, not
    the date of the work."""
    opened = free.rfind("[", 0, m.start())
    if opened <= free.rfind("]", 0, m.start()):
        return False
    closed = free.find("]", m.end())
    return closed >= 0 and "[" not in free[m.end() : closed] and len(rx.findall(r"[A-Za-z]{3,}", free[opened:closed])) >= 3


def _year_in_name(free: str, m: re.Match[str]) -> bool:
    """A year that is part of a name ('Россия в 2008 году', '2009 IEEE Conference on …', 'The Nobel Prizes 2009. Stockholm',
    'Proceedings of … (ICSE 2014)')."""
    after = free[m.end() : m.end() + 12]
    if rx.match(r" ?[^\W\d_]| \d{1,3}(?:st|nd|rd|th) ", after) and not _SPACE_MONTH.match(after):
        return True  # '2018 26th ACM Joint Meeting'
    before = free[max(0, m.start() - 30) : m.start()]
    if rx.match(r"[–—-](?:1[5-9]|20)\d\d\b", after) and rx.search(r"[^\W\d_],\s$", before) or rx.search(r"[^\W\d_],\s(?:1[5-9]|20)\d\d[–—-]$", before) and after.strip(" .\x00"):
        return True  # a period after a comma in a title: 'In Cultural Revolution in Russia, 1928–1931, edited by …' (not one that ends the entry)
    if rx.search(r"\([A-Z][A-Za-z]*[A-Z][\w/&-]* $", before) or rx.search(r":\s[A-Z][A-Za-z]*[A-Z][\w/&-]* $", before) and after[:1] == ",":
        return True  # a meeting's short name: '(ICSE 2014)', '(ESEC/FSE 2018)', 'Findings of the ACL: EMNLP 2020, pages …'
    if rx.match(r" [-–—] (?:1[5-9]|20)\d\d [A-Z]", after + free[m.end() + 12 : m.end() + 14]) and rx.search(r"\b[A-Z][A-Z\d]{2,} $", before):
        return True  # IEEE Xplore's name of a meeting: 'in IGARSS 2020 - 2020 IEEE International Geoscience and …'
    if after[:1] in ("»", "”") or before.count("«") > before.count("»"):  # (not '' in '»”': a year that ends the text is no name)
        return True  # inside a name in quotes: '«Сатпаевские чтения – 2018»'
    if rx.search(r"[^\W\d_]{2} $", before) and rx.match(r" [–—] [A-Z][^\W\d_]+ " + m.group(0) + r"\b", after + free[m.end() + 12 : m.end() + 30]):
        return True  # a meeting named in two languages, each with the year: 'In: Copper 2003 – Cobre 2003. Vol. 6: …'
    if rx.search(r"[^\W\d_]\s[–—]\s$", before) and _NAME_GOES_ON_AFTER_DASH.match(free, m.start()):
        return True  # a meeting named with its year: '// Наука и образование – 2019 : материалы XIV Междунар. науч. конф. …'
    return bool(rx.search(r"[^\W\d_]{2} $", before) and rx.match(r"\.\s+\S", after) and not _publisher_like(before))


def _is_year(s: str) -> bool:
    return bool(rx.fullmatch(r"(?:1[5-9]|20)\d\d", s))


_CITY_ALT = trie_pattern(c for c in CITIES)
# (the look-ahead for a space or a city's first letter fails at once at most positions, where the engine tried each look-behind)
_CITY_COMMA_PUBLISHER = re.compile(
    r"(?=[\s" + _CITY_FIRST + r"])(?:(?<=[–—]\s)|(?<=[.,]\s)|(?<=\x00)|^)\s*(?P<place>(?:" + _CITY_ALT + r"))\s*[,:]\s*(?P<pub>[" + UP + r"«\"][^,;:]{1,90}?(?:,\s*[" + UP + r"][^,;:]{1,60}?\s+Publ\.?)?)(?:\s*,\s*(?=(?:1[5-9]|20)\d\d(?!\d)|\x00)|\.?\s*$)"
)


_US_PLACE = re.compile(r"(?:(?<=[,.]\s)|^)(?P<place>(?:[A-Z][a-z]+\s){0,2}[A-Z][a-z]+,\s*[A-Z]{2}(?:,\s*(?:USA|U\.S\.A\.|UK|Canada))?)(?=\s*[,:;]|\s*$)")
_VENUE = re.compile(
    r",\s*(?P<place>[" + UP + r"][\w.-]+(?:\s[" + UP + r"][\w.-]+)?,\s*(?:[A-Z]{2}(?:,\s*USA)?|[" + UP + r"][" + LOW + r"]+(?:\s[" + UP + r"][" + LOW + r"]+)?))"
    r"(?=,\s*(?:\x00|(?:\d{1,2}[–-]\d{1,2}\s+)?(?:[" + UP + r"][" + LOW + r"]{2,8}\.?\s+)?(?:\d{1,2}[–-]\d{1,2},\s*)?(?:1[5-9]|20)\d\d))"
)
_KO_PLACE_PUBLISHER = re.compile(
    r"(?<![" + HANGUL + r"\u4e00-\u9fff])(?P<place>[" + HANGUL + r"]{2,4}|[\u4e00-\u9fff]{2,3})\s*:\s*(?P<pub>[" + HANGUL + r"\u4e00-\u9fff\u3040-\u30ffA-Za-z(][^,;:.]{0,40}?)\s*(?=[,;.]|$|\x00)"
)


def _cumulative(first: str, second: str) -> bool:
    """'1(316)': a number in the year, then one since the journal began (no volume holds over a hundred issues)."""
    return int(first) <= 12 and int(second) >= 100


def _cumulative_issue(w: _Work) -> None:
    """'Kompleksnoe Ispolzovanie Mineralnogo Syra, 1(316), 41–49.': a journal with no volumes numbers its issues within
    the year and since its start; no volume holds over a hundred issues, so '1(316)' is one issue, kept as printed
    (as '№ 1 (316)' is). Not in Vancouver's 'Lancet 1986;1(8476):307-10', where a weekly's volume comes after ';'."""
    v, i = w.fields.get("volume"), w.fields.get("issue")
    if not (v and i and v.isdigit() and i.isdigit() and _cumulative(v, i)):
        return
    (a, _), (_, b) = w.spans["volume"], w.spans["issue"]
    b += w.text[b : b + 1] == ")"
    printed = w.text[a:b]
    if b > a and rx.fullmatch(r"\d{1,2}\s?\(\d{3,4}\)", printed) and not rx.search(r";\s*$", w.text[:a]):
        del w.fields["volume"], w.spans["volume"]
        w.fields["issue"], w.spans["issue"] = printed, (a, b)


_IMPRINT_BARE_PAGES = re.compile(r"(?<=[.\x00]\s)(?P<place>[A-Z][\w'’-]{2,20}(?:\s[A-Z][\w'’-]{2,20})?)(?::\s*(?P<pub>[A-Z][^,:\x00]{1,60}?))?,\s*(?P<n>\d{2,4})(?=[\s\x00.]*$)")


# the place, a comma and the publisher ending an entry whose year followed the authors (before a language tag)
_CITY_COMMA_PUBLISHER_END = re.compile(r"(?<=[.\]]\s)(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?),\s+(?P<pub>[A-Z][\w'’ -]{1,50}?)\.?(?=[\s\x00]*(?:\((?:In|in)\s+[A-Z][a-z]+\.?\)\.?[\s\x00]*)?$)")


# a publisher, then the two cities it names at the end: 'United Nations, New York and Geneva.'
_PUBLISHER_TWO_CITIES_END = re.compile(r"(?<=[.\x00]\s)(?P<pub>[A-Z][^,.\x00]{2,60}),\s+(?P<place>(?P<c1>[A-Z][\w'’ -]+?)\s+(?:and|&)\s+(?P<c2>[A-Z][\w'’ -]+?))\.?\s*$")


def _place_publisher(w: _Work, pos: int) -> None:
    if "publisher" in w.fields and "publisher-place" in w.fields:
        return  # read already (an imprint in brackets at the end): a colon in a host title is no second imprint
    if "publisher" not in w.fields and "publisher-place" not in w.fields:
        m = _PLACE_YEAR_END.search(w.free(), pos) if w.text.rstrip(" .")[-1:].isdigit() else None
        if m:  # German humanities '… Zerfall. Köln, Wien 1982.': the places and the year, no publisher
            w.take("publisher-place", m.group("place"), m.start("place"), m.end("place"), claim=(m.start("place"), m.end("ua") if m.group("ua") else m.end("place")))
            return
    if "publisher" not in w.fields and "publisher-place" not in w.fields and "year-after-authors" in w.flags:
        m = next(iter(w.search(_CITY_COMMA_PUBLISHER_END, pos)), None)
        if m and m.group("place") in CITIES:  # a transliterated APA chapter '… In Rossiya v period reform Petra I […]. Moscow, Nauka. (In Russ.)'
            _take_groups(w, m, (("publisher-place", "place"), ("publisher", "pub")))
            return
    m = _PUBLISHER_TWO_CITIES_END.search(w.free(), pos) if " and " in w.text or " & " in w.text else None
    if m and m.group("c1") in CITIES and m.group("c2") in CITIES and "publisher" not in w.fields:  # '… United Nations, New York and Geneva.'
        _take_groups(w, m, (("publisher", "pub"), ("publisher-place", "place")))
        return
    for m in w.search(_PUBLISHER_THEN_CITY, pos):  # Springer's 'Springer, Berlin, Heidelberg', 'Springer, Cham'
        w.take("publisher", m.group("pub"), m.start("pub"), m.end("pub"))
        w.take("publisher-place", m.group("place"), m.start("place"), m.end("place"))
        return
    for m in w.search(_PUBLISHER_COMMA_CITY, pos):
        w.take("publisher", m.group("pub"), m.start("pub"), m.end("pub"))
        w.take("publisher-place", m.group("place"), m.start("place"), m.end("place"))
        return
    for m in w.search(_PUBLISHER_CITY_COUNTRY, pos):  # Harvard twins: '…, Delo, Moscow, Russia. (In Russ.)'
        w.take("publisher", m.group("pub").strip(), m.start("pub"), m.end("pub"))
        w.take("publisher-place", m.group("place"), m.start("place"), m.end("place"))
        return
    for m in w.search(_KO_PLACE_PUBLISHER, pos):
        w.take("publisher-place", m.group("place"), m.start("place"), m.end("place"))
        w.take("publisher", _tidy(m.group("pub")), m.start("pub"), m.end("pub"))
        return
    for m in w.search(_CITY_COMMA_PUBLISHER, pos):
        if rx.search(r"\d", m.group("pub")) or _COUNTRY.fullmatch(m.group("pub").strip()) or rx.fullmatch(r"[A-Z]{2}\.?", m.group("pub").strip()) or _MONTH_ONLY.fullmatch(m.group("pub").strip()):
            continue  # 'Edinburgh, U.K.': a country, not a publisher
        w.take("publisher-place", m.group("place").strip(), m.start("place"), m.end("place"))
        w.take("publisher", _tidy(m.group("pub")), m.start("pub"), m.end("pub"))
        return
    for m in w.search(_PLACE_COMMA_PUBL, pos):
        w.take("publisher-place", m.group("place").strip(" ,"), m.start("place"), m.end("place"))
        w.take("publisher", m.group("pub").strip(), m.start("pub"), m.end("pub"))
        return
    _place_colon_publisher(w, pos)
    if "publisher" not in w.fields and "publisher-place" not in w.fields:
        m = _PLACE_SPACE_PUBLISHER.search(w.free(), pos) if w.hinted(_PLACE_SPACE_PUBLISHER) else None
        if m and not rx.search(r"[^\s\x00.,]", w.free()[pos : m.start()]):
            w.take("publisher-place", m.group("place"), m.start("place"), m.end("place"))
            w.take("publisher", m.group("pub"), m.start("pub"), m.end("pub"))
    if "publisher" not in w.fields and "publisher-place" not in w.fields:
        for m in w.search(_VENUE, pos):
            if _inside_proceedings_name(w.text[pos : m.start()]):
                by = rx.match(r"(?:" + _PROCEEDINGS_PUBLISHERS + r"),\s*", m.group("place"))
                if by:  # Elsevier 'in: 2019 International Conference on …, IEEE, Montreal, 2019': who published it, then where
                    w.take("publisher", by.group(0).rstrip(", "), m.start("place"), m.start("place") + by.end())
                w.take("event-place", m.group("place")[by.end() if by else 0 :], m.start("place") + (by.end() if by else 0), m.end("place"))  # 'in Proc. EMNLP, Brussels, Belgium, 2018': where the meeting was held
            break
    if "publisher-place" not in w.fields:
        for m in w.search(_US_PLACE, pos):
            if "publisher" not in w.fields and _inside_proceedings_name(w.text[pos : m.start()]):
                w.claim(m.start("place"), m.end("place"))  # 'in Proc. CVPR, Las Vegas, NV, USA, 2016': where the meeting was held
                break
            w.take("publisher-place", m.group("place"), m.start("place"), m.end("place"))
            break
    if "publisher-place" not in w.fields:
        for m in w.search(_CITY_YEAR, pos):
            place = m.group("place").strip()
            if rx.fullmatch(r"(?:Ltd|Inc|Co|Pte|Corp|GmbH|LLC|Publ|Press|Bros|Pty|S\.A|AG|Ltda|ТОО|ООО|АО|Изд|изд)\.?", place):
                continue
            # (any one word is the place in a GOST publication area of its own: '— Luleå, 1983. — P. 439–453.')
            area = w.text[max(0, m.start("place") - 2) : m.start("place")] in ("— ", "– ") and rx.match(r"\d{4}\.?\s*(?:[–—]\s|$)", w.text[m.end() :])
            # (or after a meeting's quoted name in a host: '// Тез. докл. Междунар. конф. «Ti-2006 в СНГ». Суздаль, 2006. С. 215–216.')
            area = area or w.text[max(0, m.start("place") - 3) : m.start("place")] in ("». ", "”. ") and "//" in w.text and rx.match(r"\d{4}\.\s*(?:[–—]\s*)?[СCPРБ]\.\s*\d", w.text[m.end() :])
            if area and place not in CITIES and _publisher_like(place) and "publisher" not in w.fields:
                w.take("publisher", place, m.start("place"), m.end("place"))  # '// … (ICACCI). – IEEE, 2017. – P. 1643–1647.': a publisher with no place
                break
            places = [p.strip() for p in place.split(";")]  # 'М. ; Л., 1950.', 'Київ ; Житомир, 1994.': two places, no publisher
            if (place in CITIES or area and " " not in place or len(places) > 1 and all(p in CITIES or rx.fullmatch(r"[" + UP + r"]{1,2}[" + LOW + r"]{0,2}\.", p) or k and " " not in p for k, p in enumerate(places))) and not rx.search(r"\d", place):
                w.take("publisher-place", place, m.start("place"), m.end("place"))
                break

    if "publisher-place" not in w.fields:
        for m in w.search(_CITIES_SEMI_YEAR, pos):  # Elpub '… chronicles. Moscow; Leningrad; 1950. (In Russ.)': places, no publisher
            w.take("publisher-place", m.group("place"), m.start("place"), m.end("place"))
            break


# two or more known towns, each closed by a semicolon, then the year: an imprint that names no publisher
_CITIES_SEMI_YEAR = re.compile(r"(?<=[.\]\x00]\s)(?P<place>(?:" + _CITY_WORDS + r")(?:;\s*(?:" + _CITY_WORDS + r"))+);\s*(?=(?:1[5-9]|20)\d\d\b)")

_SERIES_WORD = re.compile(r"Серия|Сер\.|Серія|Series|Ser\.|Сериясы|Seriya|Serija|Seriia|Seria|Seriyasy")  # '… университета. Серия: Образование. …' names a series, not a place


def _place_colon_publisher(w: _Work, pos: int) -> None:
    found = []
    host_start = pos if ("in-host" in w.flags or "//" in w.flags) else -10
    candidates = [m for m in w.search(_PLACE_PUBLISHER, pos) if m.start("place") - host_start > 2 and not _SERIES_WORD.fullmatch(m.group("place").strip())]
    if len(candidates) > 1 and not _placeish(candidates[0].group("place")):
        # 'in Parallel Distributed Processing: Explorations …, Eds. Cambridge, MA, USA: MIT Press': a colon inside
        # the host title is not an imprint when a real place comes later
        later = [m for m in candidates[1:] if _placeish(m.group("place"))]
        if later:
            candidates = candidates[candidates.index(later[0]) :]
    if candidates and not _placeish(candidates[0].group("place")) and _inside_proceedings_name(w.text[pos : candidates[0].start()]):
        candidates = candidates[1:]  # '… Comput. Linguistics: Human Lang. Technol.': the colon belongs to the proceedings' name
    if candidates and not _placeish(candidates[0].group("place")) and (
        _host_title_follows(candidates[0].group("pub"), w.text[candidates[0].end() :]) or _numbers_follow(w, candidates[0].end())
        or rx.match(r"[A-Z]{2,}[\w-]*\s+(?:1[5-9]|20)\d\d(?!\w)", candidates[0].group("pub"))
        or rx.match(r"\s*\(?pp?\.\s*\d", w.text[candidates[0].end() :])  # APA '(Eds.), Everyday life in Central Asia: Past and present (pp. 355–370).'
    ):  # ACL 'Findings of the Association for Computational Linguistics: EMNLP 2020. Association …': a meeting, not a publisher
        candidates = candidates[1:]  # MLA 'The Dialogic Imagination: Four Essays, edited by …': a host title, then its editors
    for m in candidates:
        if found and not rx.fullmatch(r"\s*;\s*", w.free()[found[-1].end() : m.start()]):
            break
        found.append(m)
    if len(found) > 1:
        places = "; ".join(m.group("place").strip().rstrip(",;") for m in found)
        pubs = "; ".join(_tidy(m.group("pub")) for m in found)
        w.take("publisher-place", places, found[0].start("place"), found[-1].end("place"))
        w.take("publisher", pubs, found[0].start("pub"), found[-1].end("pub"), claim=(found[0].start(), found[-1].end()))
        return
    for m in found:
        place, pub = m.group("place").strip(), _tidy(m.group("pub"))
        if rx.fullmatch(r"(?:URL|In|В|DOI|ISBN|ISSN|Режим доступа|Available|Retrieved|Accessed|Note|Примечание|Source|Т|Vol|No|С|P|pp)\.?", place, re.I):
            continue
        if not pub or len(pub) > 130 or rx.search(r"\d{3,}", pub) and not rx.search(r"[A-Za-zА-Яа-я]{3}", pub):
            continue
        w.take("publisher-place", place.rstrip(",;"), m.start("place"), m.start("place") + len(place))
        w.take("publisher", pub, m.start("pub"), m.start("pub") + len(m.group("pub").rstrip()))
        break


def _numbers_follow(w: _Work, end: int) -> bool:
    """'Assessment in Education: Principles, Policy & Practice, 5(1), 7–74': a volume or issue right after 'A: B'
    makes it a journal's title; a real imprint is followed by its year, and never by a volume or issue after that year
    ('Eurasian Journal of Philology: Science and Education, 2020, no. 2 (178), pp. 45–53')."""
    gap = rx.match(r"[\s,]*(?:(?:1[5-9]|20)\d\d\s*,\s*(?=\x00|vol|no|issue|т|№))?", w.free()[end:], re.I)
    start = end + gap.end()
    return any(0 <= w.spans.get(k, (-99, 0))[0] - start <= 3 for k in ("volume", "issue"))


def _host_title_follows(pub: str, after: str) -> bool:
    """What follows 'A: B' says it was a host title: its editors or translators, or its city ('…, Petrograd, 1919')."""
    if rx.match(r"\s*,\s*(?:(?:edited|translated|compiled)(?:\s+and\s+\w+)?\s+by|ed\.\s+by|trans\.\s+by)\b", after, re.I):
        return True
    city = rx.match(r"\s*,\s*([^,\x00]{3,30}?)\s*,\s*(?:1[5-9]|20)\d\d", after)
    last = pub.rpartition(",")[2].strip(" \x00")
    return bool(city and city.group(1) in CITIES) or "," in pub and last in CITIES and rx.match(r"[\s\x00]*,\s*(?:1[5-9]|20)\d\d", after) is not None


_PROCEEDINGS_WORD = re.compile(r"\b(?:Proc\.|Proceedings|Conference|Conf\.|Symposium|Symp\.|Workshop|Congress)", re.I)


def _inside_proceedings_name(before: str) -> bool:
    """Whether ``before`` ends inside a proceedings' name: a conference word, then no sentence end."""
    found = list(_PROCEEDINGS_WORD.finditer(before))
    if not found:
        return False
    tail = before[found[-1].end() :]
    for m in rx.finditer(r"(\S+)\.\s+(?=[" + UP + r"])", tail):
        word = m.group(1)
        if not (rx.fullmatch(r"[^\W\d_]+", word) and (word in ABBREVIATIONS or len(word) <= 6)):
            return False  # '… Machine Learning, 282–89. San Francisco: …', '(EMNLP). Doha: …'
    return True


def _placeish(place: str) -> bool:
    """A place of publication by its look: a known city (also with its country: 'Berlin, Germany'), 'Cambridge, MA', 'London, U.K.', 'М.', 'СПб.'."""
    place = place.strip(" ,;")
    return place in CITIES or place.partition(",")[0] in CITIES or bool(rx.search(r",\s*(?:[A-Z]{2}|USA|U\.S\.A\.|UK|U\.K\.)$", place) or rx.fullmatch(r"[" + UP + r"][" + LOW + r"]{0,2}\.", place)) \
        or bool(_TOWN_COUNTRY.fullmatch(place))


# a town, however small, with its country: 'Espoo, Finland', 'Gomaringen, Germany'
_TOWN_COUNTRY = re.compile(r"[A-Z][a-z]+(?:[\s-][A-Z][a-z]+)?,\s*" + _COUNTRY.pattern)


def _bare_volume(w: _Work, pos: int) -> None:
    """'Journal 13, no. 4' or 'Journal, 13, 54-57': a lone number right after the container text is its volume."""
    if "volume" in w.fields:
        return
    free = w.free()
    for m in rx.finditer(r"(?<=[" + LOW + UP + HANGUL + r"\"”»』])\s*,?\s+(?P<v>\d{1,4})(?=\s*(?:,|\x00|\(|:|\.|$))", free[: len(free)]):
        if m.start() < pos or _is_year(m.group("v")):
            continue
        if rx.search(r"(?:Серия|Сер\.|Seriya|Ser\.|Series|Сериясы|Серія)$", free[max(0, m.start() - 9) : m.start()]):
            continue  # 'Вестник Московского университета. Серия 6: Экономика': the series number stays in the journal's name
        w.take("volume", m.group("v"), m.start("v"), m.end("v"))
        break


_BRACKETED = re.compile(r"\[([^\[\]]+)\]")
_CHUNK_SEPS = re.compile(r"\x00+|\s*//\s*|\.\s*[–—-]\s+|\s+[–—]\s+|;\s+|\.\s+(?=[\[«\"“(" + UP + HANGUL + r"])|\]\s*|\s*\[|(?<=[』」])\s*,\s*")
_CHUNK_SEPS_NO_DASH = re.compile(r"\x00+|\s*//\s*|\.\s*[–—-]\s+|;\s+|\.\s+(?=[\[«\"“(" + UP + HANGUL + r"])|\]\s*|\s*\[|(?<=[』」])\s*,\s*")
_GOST_AREAS = re.compile(r"\.\s*[–—]\s|[А-Яа-яЁё]")


_NAME_GOES_ON_AFTER_DASH = re.compile(r"[^.:;/\x00–—]{2,120}?\s:\s*(?:[^\s.:;/\x00–—]+\s+){0,5}?(?:(?:материалы|матеріали|материалдары|труды|сборник|тезисы|доклады)\b|тр\.|сб\.)")
_MEETING_AFTER_DASH = re.compile(r"[A-Z]{2,10}(?:['’]\d{2})?\s+(?:19|20)\d\d(?=\s*\.\s*[–—]\s)")


def _chunks(w: _Work, pos: int) -> list[tuple[str, int, int, str]]:
    """The unclaimed text after ``pos`` in pieces: (text, start, end, separator before it)."""
    free = w.free()
    out = []
    # a spaced dash separates areas only in GOST-punctuated references; elsewhere it is inside a name
    # ('Computer vision – ECCV 2014', 'Proceedings of ICNN’95 – International Conference on Neural Networks')
    seps = _CHUNK_SEPS if _GOST_AREAS.search(w.text) or not rx.search(r"[A-Za-z]", w.text) else _CHUNK_SEPS_NO_DASH
    emitted = True
    brackets = list(_BRACKETED.finditer(free)) if "[" in free else []
    bracketed = {m.start(1) for m in brackets}
    inside = [(m.start(1), m.end(1)) for m in brackets]
    start = resume = pos  # (a piece extended to its closing bracket resumes after it)
    last_sep = "start"
    for m in list(seps.finditer(free, pos)) + [None]:
        if m and (m.start() < resume or any(a < m.start() and m.end() <= b for a, b in inside)):
            continue
        if m and free.count("«", start, m.start()) > free.count("»", start, m.start()) and "»" in free[m.end() : m.end() + 80]:
            continue  # '… конф. «Сатпаевские чтения – 2018»': a dash inside guillemets is part of the name
        if m and m.group(0).strip() in ("–", "—") and (_MEETING_AFTER_DASH.match(free, m.end()) or _NAME_GOES_ON_AFTER_DASH.match(free, m.end())):
            continue  # a GOST host's '… Their Applications – ICANN 2005. – Berlin', '// Наука и образование – 2019 : материалы …': the book's title
        end = m.start() if m else len(free)
        piece = free[start:end]
        if m and m.group(0).startswith(".") and not m.group(0).strip(". ").startswith(("–", "—", "-")):
            # ". " after an abbreviation is not a boundary
            word = rx.search(r"([^\s(]+)$", piece)
            if word and (word.group(1) in ABBREVIATIONS or (len(word.group(1)) <= 2 and word.group(1)[:1].isupper()) or rx.fullmatch(r"(?:\w\.)+\w", word.group(1))):
                continue
        if piece.count("(") > piece.count(")"):
            close = w.text.find(")", end)
            gap = w.text[end:close]
            # '(Doctoral dissertation)' is claimed, so are the numbers of APA's '(3rd ed., Vol. 1, pp. 703–732)' and an imprint
            read_inside = any(end <= w.spans[k][0] < close for k in ("genre", "edition", "volume", "page", "publisher") if k in w.spans)
            if 0 <= close - end < 40 and not read_inside and rx.search(r"[^\W\d_]{3}", gap) and not rx.match(r"\s*(?:pp?|С|с|P|vol|Vol|No|no|Т|№|Вып|ed|eds|Ed|Eds)\.?\s*\d", gap):
                piece = w.text[start : close + 1]
                end = resume = close + 1
                w.claim(start, end)
        text = _tidy(piece)
        wrapped = text.strip()[:1] in "『《"
        text = text.strip("[]\"“” 『』「」《》〈〉")
        if text.count("«") != text.count("»"):
            text = text.strip("«»")
        if text and not _JUNK_CHUNK.match(text) and rx.search(r"[\w]", text):
            out.append((text, start + (len(piece) - len(piece.lstrip())), end, "bracket" if start in bracketed else ("book" if wrapped else last_sep)))
            emitted = True
        else:
            emitted = False
        if m:
            sep = m.group(0)
            strong = "//" in sep or "–" in sep or "—" in sep or _FREE in sep or "-" in sep or ";" in sep or "," in sep
            # a piece skipped as empty keeps the stronger separator: "(pp. 1–2). Publisher" is not one sentence
            last_sep = "strong" if strong or (not emitted and last_sep == "strong") else "dot"
            start = max(m.end(), resume)
    return out


def _latin(text: str) -> bool:
    letters = [ch for ch in text if ch.isalpha()]
    return bool(letters) and sum(ch.isascii() for ch in letters) / len(letters) > 0.8


_HANJA_PUBLISHER = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]{1,8}(?:社|閣|館|堂|書店|書房|書院|出版部|出版会|出版社|文庫)")  # 一志社, 岩波書店, 一潮閣


def _publisher_like(text: str) -> bool:
    if rx.search(r"\bU of .+ P\b|\b[A-Z]\w* UP\b", text) or _HANJA_PUBLISHER.fullmatch(text.strip()):
        return True
    low = text.lower()
    return any(k in low for k in PUBLISHER_WORDS)


_KO_BODY_ABBR = re.compile(r"(?P<b>[가-힣][가-힣 ]{1,30}(?:협회|학회|연구원|위원회|진흥원|공단|공사|재단|센터|청|부|처))\s*\((?P<abbr>[A-Z]{2,10})\)")
_CHUNK_PUBLISHER_CITY = re.compile(r"(?P<pub>[A-Z][^,:;]{1,60}?),\s+(?P<place>(?:" + _CITY_WORDS + r")(?:,\s*[A-Z]{2})?)")


def _joint_publishers(w: _Work) -> None:
    """APA names two publishers with a semicolon ('Гуманитарная Академия; Европейский университет в Санкт-Петербурге.'):
    the one left in the note joins the one read as publisher."""
    (first, a), (second, b) = sorted(((k, w.spans.get(k)) for k in ("publisher", "note")), key=lambda kv: kv[1] or (0, 0))
    if not a or not b or "publisher-place" in w.fields or w.fields["note"] != w.text[w.spans["note"][0] : w.spans["note"][1]].strip(" ."):
        return
    if rx.fullmatch(r"\s*;\s*", w.text[a[1] : b[0]]) and rx.match(r"[\s.]*$", w.text[b[1] :]) and rx.match(r"[" + UP + r"]", w.fields["note"]):
        w.fields["publisher"] = w.fields[first] + "; " + w.fields[second]
        w.spans["publisher"] = (a[0], b[1])
        del w.fields["note"], w.spans["note"]


# a KCI twin's house after a bracketed translation: romanised, ending as Korean houses' names do (-sa 社, -dang 堂, -gwan 館)
_TWIN_BOOK_IMPRINT = re.compile(r"(?:(?P<volume>\d{1,2}),\s*)?(?P<publisher>[A-Z][^,\d\x00]{0,60}(?:sa|dang|gwan|[Cc]hulpan|[Bb]ooks|Press|Publishing))")
_DEFENCE_PLACE = re.compile(r"Место\s+защиты\s*:\s*(?P<p>\S.*)")


def _assign_chunks(w: _Work, pos: int, *, host: bool) -> None:
    chunks = _chunks(w, pos)
    # a page cited from a book in 『』 ('『민법총칙』 제9판, 박영사, 2013, 273면') does not make its publisher a journal
    # nor a page cited from a book with an edition ('…, 3. Aufl., Springer, 1995, S. 187')
    numbers = "issue" in w.fields or (
        ("page" in w.fields and "edition" not in w.fields or "volume" in w.fields and "publisher" not in w.fields) and "book-title" not in w.flags
    )
    issued = w.fields.get("issued")
    dated = bool(issued and issued.parts and len(issued.parts[0]) >= 3)
    # Chicago '“Title.” Douglass’ Monthly, September 1862.': a quoted title, then a periodical dated by its month
    monthly = bool("quoted-title" in w.flags and issued and issued.parts and len(issued.parts[0]) == 2)
    leftovers = []
    parallel = False  # a parallel title (after ' = ') is being read
    series_end = -1  # a series read ahead, its sentences up to this chunk
    for k, (text, a, b, sep) in enumerate(chunks):
        if k <= series_end:
            continue
        twin_book = _TWIN_BOOK_IMPRINT.fullmatch(text) if sep == "start" and k == len(chunks) - 1 and not numbers and "translated-title" in w.fields \
            and w.fields.get("language-tag") in ("ko", "ja") and "publisher" not in w.fields else None
        if twin_book:  # KCI twin 'Kim Gi-rim jeonjip [The Complete Works of Kim Gi-rim] 2, Simseoldang, 1988. (in Korean)'
            for key in ("volume", "publisher"):
                if twin_book.group(key):
                    at = w.text.find(twin_book.group(key), a)
                    w.take(key, twin_book.group(key), at, at + len(twin_book.group(key)))
            w.claim(a, b)
            continue
        defended = _DEFENCE_PLACE.match(text) if "thesis" in w.flags and "publisher" not in w.fields else None
        if defended:  # GOST R 7.0.100 '… / А. Р. Тазранова ; [Место защиты: Ин-т филологии СО РАН]': where it was defended
            at = w.text.find(defended.group("p"), a)
            w.take("publisher", defended.group("p"), at, at + len(defended.group("p")), claim=(a, b))
            continue
        credit = bool(leftovers) and bool(_CREDIT.match(leftovers[-1][0])) or bool(_CREDIT.search(w.text, chunks[k - 1][2] if k else w.spans.get("title", (0, 0))[1], a))
        if credit and "collection-title" not in w.fields and "container-title" not in w.fields and sep in ("dot", "strong"):
            series_end = _series_after_credit(w, chunks, k)  # Chicago '… Compiled by N. L. Pobol’ and P. M. Polian. Rossiia. XX vek. Dokumenty. Moscow: MFD, 2005.'
            if series_end >= k:
                continue
        if w.has_month and _MONTH_ONLY.fullmatch(text):
            issued = w.fields.get("issued")
            if issued and issued.parts and len(issued.parts[0]) == 1:  # 'Washington, DC, April.': the month of the year
                w.fields["issued"] = Date.of(issued.year, month_number(text))
            w.claim(a, b)
            continue
        if "thesis" in w.flags and "publisher" not in w.fields and "container-title" not in w.fields and not (sep == "bracket" and "translated-title" not in w.fields):
            family = (w.fields.get("author") or [Name()])[0].family
            if family and (text.startswith(family + " ") or rx.fullmatch(r"(?:[" + UP + r"]\.\s?){1,3}" + re.escape(family), text)):
                w.claim(a, b)  # '/ Глазьев Сергей Юрьевич', '/ В. С. Кліменка': the author's name again, not the institution
                continue
            if "publisher-place" not in w.fields and rx.fullmatch(r"[" + UP + r"][" + LOW + r"-]+", text) and rx.match(r"[\s,]*(?:1[5-9]|20)\d\d", w.text[b:]):
                w.take("publisher-place", text, a, b)  # '… / Рындина Юлия Валерьевна. Ишим, 2012.': the town, one word before the year
                continue
            w.take("publisher", text, a, b)
            continue
        if sep == "bracket" and rx.fullmatch(r"(?i)preprint|working\s+paper", text):
            w.take("genre", text, a, b)  # 'Title [Preprint]. medRxiv. 2020'
            w.flags.add("kind:report")
            continue
        if sep == "bracket" and _DESCRIPTOR.fullmatch(text) and "genre" not in w.fields:
            w.take("genre", text, a, b)  # APA '(4th ed.) [Manual].': what the work is, not a translated title
            if rx.match(r"(?i)(?:video|film)\b", text):
                w.flags.add("kind:motion_picture")  # APA '… energy shift [Video]. YouTube. https://…'
            continue
        if sep == "bracket" and _latin(text) and k <= 1:
            if "translated-title" not in w.fields and "container-title" not in w.fields:
                w.take("translated-title", text, a, b)
                continue
            if "container-title" in w.fields and w.spans["container-title"][1] <= a:
                w.fields.setdefault("alternate", {})["container-title-translated"] = text
                w.claim(a, b)
                continue
        if parallel and sep == "dot" and not rx.search(r"\d{4}|[;:]\s*\d|\(\d", text):
            # 'Vestnik … politologiya = Moscow State University Bulletin. Series 18. Sociology …': the parallel title goes on
            w.fields["alternate"]["parallel-title"] += ". " + text
            w.claim(a, b)
            continue
        parallel = False
        par = rx.search(r"\s+=\s+(?P<p>.+)$", text) if "=" in text else None
        if not par and (" — " in text or " – " in text) and sep != "bracket":
            # a twin's 'Vestnik Karagandinskogo universiteta. Seriia Ekonomika — Bulletin of the Karaganda University. …': the
            # journal's English name after an em dash is a parallel title, as after ' = '
            par = rx.search(r"\s+[—–]\s+(?P<p>[A-Z][^—–]+)$", text)  # (or an en dash: '… Istoriya – Tomsk State University Journal of History')
            english = has_english_words(par.group("p")) or _JOURNAL_WORDS.search(par.group("p")) or _ENGLISH_SUBJECT.search(par.group("p")) if par else None
            if par and (not english or has_english_words(text[: par.start()])):
                par = None
        if par:
            w.fields.setdefault("alternate", {})["parallel-title"] = par.group("p")
            text = text[: par.start()].strip()
            parallel = True
        hanja = rx.search(r"\((?P<h>[\u4e00-\u9fff]{2,})\)", text) if "(" in text else None
        if hanja and rx.search(f"[{HANGUL}]", text[: hanja.start()]):
            w.fields.setdefault("alternate", {})["container-title-hanja"] = hanja.group("h")
            text = (text[: hanja.start()] + text[hanja.end() :]).strip()
        alt = rx.search(r"\s*«(?P<alt>[^»]+)»\s*$", text) if text.endswith("»") else None
        value = text[: alt.start()].strip() if alt and rx.search(f"[{HANGUL}\u0400-\u04ff]", text[: alt.start()]) and not rx.search(f"[{HANGUL}\u0400-\u04ff]", alt.group("alt")) else text
        imprint = _CHUNK_PUBLISHER_CITY.fullmatch(value) if k == len(chunks) - 1 and (not numbers and not host or host and "container-title" in w.fields) and "publisher" not in w.fields and "publisher-place" not in w.fields else None
        if imprint:  # Elsevier Harvard '… Annual Report 2022. JSC KEGOC, Astana. https://…': the imprint, though a link follows
            w.take("publisher", imprint.group("pub"), a + imprint.start("pub"), a + imprint.end("pub"))
            w.take("publisher-place", imprint.group("place"), a + imprint.start("place"), a + imprint.end("place"))
            continue
        if k == len(chunks) - 1 and not numbers and not host and "publisher-place" not in w.fields and value in CITIES and sep == "dot":
            w.take("publisher-place", value, a, b)  # Harvard '… for 2020. Nur-Sultan. https://…': the place alone, not a site
            continue
        vol = w.spans.get("volume")
        if vol and 0 <= a - vol[1] <= 3 and rx.match(r"\s*:\s*[^\s:]", w.text[vol[1] : b]) and "container-title" not in w.fields and "//" not in w.flags and "volume-title" not in w.fields \
                and "issue" not in w.fields and "page" not in w.fields and w.spans.get("publisher-place", (vol[0], vol[0]))[1] < vol[0] and _volume_title_like(w, text):
            w.take("volume-title", _tidy(text), a, b)  # a set's volume after the imprint, with its own title: '… – Омск, 1898. – Т. 2 : Омский уезд.'
            continue
        if "container-title" not in w.fields and (host or numbers or k == 0 and ("URL" in w.fields or "DOI" in w.fields or dated or monthly and value[:1].isupper()) or "//" in w.flags):
            mla_site = "quoted-title" in w.flags and "accessed" in w.fields and "issued" not in w.fields and "URL" in w.fields  # MLA '“Andrey Platonov.” New York Review Books, <www…>. Accessed …': the site
            body = [n.literal for n in w.fields.get("author") or ()] == [value] and not _newspaper(value)  # 'World Health Organization. Title. World Health Organization, 2021. https://…': the body publishes it (a paper heading its own story does not)
            if (_publisher_like(value) or body) and not host and not numbers and not mla_site and "publisher" not in w.fields and not rx.search(r"journal|вестник|журнал|хабаршы", value, re.I) and not any(c in value.lower() for c in CONFERENCE_WORDS):
                w.take("publisher", value, a, b)
                continue
            if k == 0 or host or sep == "strong" or numbers:
                lead = rx.match(r"in\s+(?=[" + UP + r"])", value) if value is text and "page" in w.fields else None
                if lead:  # ASA 'Pp. 481-510 in The Sociology of Economic Life, edited by …': the page, then the book
                    text = value = value[lead.end() :]
                    a += lead.end()
                w.take("container-title", value, a, b)
                if value is not text:
                    w.fields.setdefault("alternate", {})["container-title"] = alt.group("alt")
                continue
        imprint = min([w.spans[k][0] for k in ("publisher", "publisher-place") if k in w.spans] or [10**9])
        if "container-title" in w.fields and sep == "dot" and not _publisher_like(value) and value not in CITIES and not (w.has_month and rx.search(MONTH_RE, value, re.I)) and w.spans["container-title"][1] <= a and not leftovers and b <= imprint and ("journal-like" in w.flags or numbers or host):
            # "Вестник СПбГУ. Международные отношения": a journal title in two sentences
            old = w.fields["container-title"]
            w.fields["container-title"] = f"{old}. {value}"
            w.spans["container-title"] = (w.spans["container-title"][0], b)
            w.claim(a, b)
            continue
        if "container-title" in w.fields and "publisher-place" not in w.fields and sep == "dot" and value in CITIES:
            w.take("publisher-place", value, a, b)  # a proceedings' town after its title: '… materialy konferentsii. Velikii Novgorod; 2014.'
            continue
        if "container-title" not in w.fields and (sep == "book" or any(c in value.lower() for c in ("논문집", "학술발표대회", "학술대회", "proceedings", "학회지", "논문지", "학보", "논총"))):
            w.take("container-title", value, a, b)
            continue
        last_in_host = bool({"in-host", "host-editors"} & w.flags) and "issue" not in w.fields and k == len(chunks) - 1 and "container-title" in w.fields and not rx.search(r"\d|^\(", value) and len(value.split()) <= 6
        ko_publisher = "korean" in w.flags and rx.fullmatch(r"[" + HANGUL + r"]{2,}(?:사|출판|출판부|북스)", value)
        press_release = value.endswith(("보도자료", "보고서"))  # '통계청 보도자료': what the work is, not who published it
        if "publisher" not in w.fields and not press_release and (_publisher_like(value) or last_in_host or ko_publisher or not numbers and k == len(chunks) - 1 and (sep != "start" or "korean" in w.flags)):
            w.take("publisher", value, a, b)
            continue
        if ("korean" in w.flags or "』" in w.text) and "publisher" not in w.fields and "container-title" in w.fields and rx.fullmatch(r"[" + HANGUL + r"\u4e00-\u9fff]{2,12}(?:원|院|회|會|会|소|所|협회|학회|센터|재단|출판부|출판사|사|社)", value):
            w.take("publisher", value, a, b)  # '『저스티스』 통권 제109호, 한국법학원, 2009', '『法学新報』第111巻 第7・8号,中央大学法学会,2005': the journal's publisher
            continue
        kb = _KO_BODY_ABBR.fullmatch(value) if "publisher" not in w.fields else None
        if kb:  # '…," 한국정보통신기술협회(TTA), 2015.': the body that issued it, with its Latin initials
            w.take("publisher", kb.group("b").strip(), a + kb.start("b"), a + kb.end("b"), claim=(a, b))
            w.fields.setdefault("alternate", {})["publisher"] = kb.group("abbr")
            continue
        if "collection-title" not in w.fields and _SERIES_CHUNK.fullmatch(value):
            w.take("collection-title", value, a, b)  # Elsevier '… Report. CCDR Series. World Bank, Washington, DC.'
            continue
        vol = w.spans.get("volume")
        if vol and "volume-title" not in w.fields and not leftovers and 0 <= a - vol[1] <= 3 and not w.text[vol[1] : a].strip(" .,:") and _volume_title_like(w, text):
            # '… : в 6 т. Т. 4. Детская психология / …', 'Vol. 2, The Roaring of the Cataract': the volume's own title
            value = text[1:-1] if text.startswith("(") and text.endswith(")") else text
            w.take("volume-title", value.strip("() ") if value.count("(") != value.count(")") else value, a, b)
            continue
        vt = w.spans.get("volume-title")
        if vt and sep == "dot" and not leftovers and 0 <= a - vt[1] <= 3 and _volume_title_like(w, text):
            w.fields["volume-title"] = _tidy(w.fields["volume-title"] + w.text[vt[1] : b])  # 'Vol. 1. Von den Anfängen bis zum Ende des 17. Jahrhunderts': its next sentence
            w.spans["volume-title"] = (vt[0], b)
            w.claim(a, b)
            continue
        leftovers.append((text, a, b))
    if leftovers:  # (kept beside a note read before, never in its place)
        earlier, (a, b) = w.fields.get("note"), w.spans.get("note", (leftovers[0][1], leftovers[-1][2]))
        w.fields["note"] = "; ".join([earlier] * bool(earlier) + [t for t, _, _ in leftovers])
        w.spans["note"] = (min(a, leftovers[0][1]), max(b, leftovers[-1][2]))
        w.flags.add("leftover")


def _volume_title_like(w: _Work, text: str) -> bool:
    """What may follow a volume as its own title: words ('Детская психология', '(Long Papers)') or a span of years
    ('Vol. 7, 1858–1859'); not a place ('Record Group 94. National Archives Building, Washington, DC'), a section's number
    ('отд. 1'), the rest of a broken number ('1.5°C'), nor a classical text's chapter ('卷24上,「食貨志」')."""
    if w.cjk or rx.fullmatch(r"\w{1,5}\.\s*\d+", text) or any(part.strip() in CITIES for part in text.split(",")):
        return False
    return not text[:1].isdigit() or bool(rx.fullmatch(r"(?:1[5-9]|20)\d\d\s*[–-]\s*(?:1[5-9]|20)?\d\d", text))


# a statement of who edited, translated or compiled the book, left over as a note: after it, the sentences before the
# imprint can no longer be the title; they name the series
_CREDIT = re.compile(r"(?:(?:Edited|Translated|Compiled|Selected|Introduced|Annotated)(?:,?\s+(?:and\s+)?(?:with\s+an\s+)?(?:edited|translated|annotated|introduction|notes|commentary))*\s+by\s|(?:With\s+an\s+)?(?:Introduction|Foreword|Preface)\s+by\s)")


def _series_after_credit(w: _Work, chunks: list, k: int) -> int:
    """Read the sentences from chunk ``k`` up to the imprint as the series (after a credit: 'Translated by Henning
    Falkenstein. Documents of 20th-Century Art. New York: Viking Press, 1974.'); return the last chunk read, or -1."""
    imprint = min([w.spans[key][0] for key in ("publisher", "publisher-place") if key in w.spans] or [-1])
    last = k
    while last + 1 < len(chunks) and chunks[last + 1][3] == "dot" and chunks[last + 1][2] <= imprint:
        last += 1
    a, b = chunks[k][1], chunks[last][2]
    value = w.text[a:b].strip(" .")
    if imprint < b or not rx.fullmatch(r"[^\W\d_][^\x00/:;=\[\]()]{2,100}?(?:\s\d{1,4})?", value) or not value[:1].isupper() or len(value.split()) > 12 or rx.search(r"\b(?:[Ee]d(?:itio)?n|[Vv]ol)\b", value):
        return -1
    if not rx.fullmatch(r"[\s.,]*", w.text[b:imprint]):
        return -1
    number = rx.search(r"\s(\d{1,4})$", value)
    if number:
        w.take("collection-number", number.group(1), a + number.start(1), a + number.end(1))
        value = value[: number.start()]
    w.take("collection-title", value, a, a + len(value), claim=(a, b))
    return last


_SERIES_CHUNK = re.compile(r"(?:[A-Z][\w&'’-]*\s(?:(?:of|on|in|and|for)\s)?){0,6}(?:Series|Working\s+Papers?)")
_NEWSPAPER_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(re.escape(k) for k in NEWSPAPER_WORDS if not rx.search(f"[{HANGUL}]", k)) + ")|"
    + "|".join(re.escape(k) for k in NEWSPAPER_WORDS if rx.search(f"[{HANGUL}]", k))
)


_PRESENTED_AT = re.compile(r"(?:(?:paper|poster)\s+)?presented\s+at\s+(?:the\s+)?(?P<c>.+?)(?:,\s*(?P<place>[" + UP + r"][\w .-]+,\s*[" + UP + r"][\w .]+))?$", re.I)
_GENRE_AS_HOST = re.compile(r"(?:White|Technical|Policy|Working|Discussion|Research|Issue|Occasional|Briefing)\s+(?:Paper|Report|Brief|Note)s?|Data\s*sheet|Application\s+note|Statistical\s+bulletin", re.I)


_CONFERENCE_SERIES = re.compile(
    r"Lecture\s+Notes\s+in\s+(?:Computer\s+Science|Artificial\s+Intelligence|Bioinformatics|Business\s+Information)|\bLNCS\b|\bLNAI\b"
    r"|Communications\s+in\s+Computer\s+and\s+Information\s+Science|Advances\s+in\s+Intelligent\s+Systems\s+and\s+Computing"
    r"|Lecture\s+Notes\s+in\s+Networks\s+and\s+Systems|Procedia\s+Computer\s+Science", re.I
)


_YEAR_SOCIETY_MEETING = re.compile(r"(?:19|20)\d\d\s+(?:ieee|acm|ifip|iet|ieee/\w+)\s")  # 'in: 2007 IEEE Autotestcon': a meeting's proceedings


def _meeting_in_series(text: str, container: str) -> bool:
    """Springer 'In: … (eds) Computer vision – ECCV 2014. … Lecture Notes in Computer Science' or a GOST host
    '// … Applications – ICANN 2005. – … (Lecture Notes in Computer Science ; vol. 3697)': a meeting's proceedings;
    not an edited book in the series ('Neural networks: tricks of the trade, 2nd edn. Lecture Notes …')."""
    return bool(_CONFERENCE_SERIES.search(text) and rx.search(r"\b(?:[A-Z]{2,}[a-z]*|[A-Z][a-z]+[A-Z]{2,}[A-Za-z]*)\s*['’]?\d{2,4}\b", container))


# where data and software are deposited: by DOI prefix (Dryad, GBIF, PDB, Copernicus, ICPSR, NSIDC, PANGAEA, figshare,
# Dataverse, UCI, NIST data) or by the repository's name; a study number ('ICPSR02766-v3'); a package's marks
_DATA_DOI = re.compile(r"10\.(?:5061/dryad|15468/|2210/pdb|24381/|3886/icpsr|7265/|1594/pangaea|6084/m9\.figshare|7910/dvn|24432/|18434/)", re.I)
_DATA_HOST = re.compile(
    r"\b(?:Protein\s+Data\s+Bank|Climate\s+Data\s+Store|Data\s+Repository|Dataverse|Dryad(?:\s+Digital\s+Repository)?|GBIF\.org|PANGAEA|figshare"
    r"|Inter-university\s+Consortium\s+for\s+Political\s+and\s+Social\s+Research|UK\s+Data\s+(?:Archive|Service)|National\s+Snow\s+and\s+Ice\s+Data\s+Center"
    r"|Gene\s+Expression\s+Omnibus|ArrayExpress|Sequence\s+Read\s+Archive|European\s+Nucleotide\s+Archive|Cambridge\s+Structural\s+Database|Cambridge\s+Crystallographic\s+Data\s+Centre)\b"
)
# statistical portals: a series read from one ('…, KOSIS 국가통계포털', '… World Development Indicators.') is a data set,
# though the portal cited as a whole ('Korean Statistical Information Service (KOSIS)') is a web page
_DATA_PORTAL = re.compile(r"\b(?:World\s+Development\s+Indicators|FRED|KOSIS|MDIS|ECOS|Hugging\s+Face)\b")
_STUDY_NUMBER = re.compile(r"\bICPSR\s?\d{4,5}(?:-v\d+)?\b")
_SOFTWARE_MARK = re.compile(r"\bR\s+package\b|\bPython\s+package\b|github\.com/|\bR\s+Foundation\s+for\s+Statistical\s+Computing\b|\bComputer\s+program\b")
_HOSTED_AT = re.compile(r"(?i)zenodo|github|gitlab|bitbucket|cran|pypi|figshare|dryad|gbif\.org|protein data bank|.*\b(?:data\s+(?:store|repository|archive|service|center|centre)|dataverse|pangaea)\b.*")


_LEGAL_DATABASE_NAME = re.compile(
    r"(?:(?:ИПС|ИС|СПС|IPS|IS|SPS)\s*)?[«\"“]?(?:Adilet|Әділет|Әдiлет|Параграф|Paragraph|Paragraf|КонсультантПлюс|Konsul'tantPlyus|ConsultantPlus|Гарант|Garant)[»\"”]?",
    re.IGNORECASE,
)
_COLLECTION_WORDS = r"(?:Papers|Collection|Archives?|Fonds|Records|Manuscripts|Correspondence)"
_COLLECTION_WORD = re.compile(_COLLECTION_WORDS)
_ARCHIVAL_COLLECTION = re.compile(
    r"\s*(?P<loc>[A-Z][^.]{2,80}?\b" + _COLLECTION_WORDS + r"\b(?:\s*\([A-Z]{2,8}\))?)\.\s+"
    r"(?P<arch>(?:[A-Z][\w'’-]*[\s,]+){0,6}(?:Library|Archives?|Museum|Division|Record\s+Office)(?:\s+of\s+[A-Z][\w ]{2,40}?)?(?:,\s*(?:[A-Z][\w'’-]*\s+){0,4}(?:Library|Archives?|Museum|University|Institution)(?:\s+of\s+[A-Z]\w+)?)?)"
    r"(?:,\s*(?P<place>[A-Z][\w .]{2,30}?(?:,\s*[A-Z]{2})?))?\.?\s*$"
)
_COURT_RULING = re.compile(
    r"(?:Конституционн\w+\s+[Сс]уд\w*|Constitutional\s+Court|Konstitutsionn\w+\s+[Ss]uda)[^«\"“]{0,80}[«\"“]\s*(?:По\s+делу|On\s+the\s+case|Po\s+delu)"
    r"|^(?:\d{1,3}\.\s*)?(?:Постановление|Определение|Заключение)\s+Конституционн\w+\s+[Сс]уда\s+(?:РФ|Российской\s+Федерации)\s+от\s"  # an opinion: 'Заключение … от 16.03.2020 № 1-З'
)


def _court_ruling(text: str) -> bool:
    """A Constitutional Court's ruling in a case (a cheap test first: most references name no such court)."""
    return ("онституц" in text or "onstitu" in text) and bool(_COURT_RULING.search(text))
_NGO = re.compile(r"\b(?:Watch|International|House|Group|Initiative|Network|Project|Forum|Crisis|Amnesty|Freedom)\b")


def _outlet_as_author(w: _Work) -> bool:
    """A news outlet named where the author stands, before a quoted headline and a dated story: no body's name
    ('Human Rights Watch', 'Ministry of …' stay authors), nothing else holds the container."""
    f = w.fields
    authors = f.get("author") or []
    issued = f.get("issued")
    return (
        "org-author" in w.flags and "quoted-title" in w.flags and len(authors) == 1 and bool(authors[0].literal)
        and not _is_org(authors[0].literal) and not _NGO.search(authors[0].literal) and not ({"container-title", "publisher"} & set(f))
        and bool(issued and issued.parts and len(issued.parts[0]) == 3)
    )


def _volume_of_work(w: _Work) -> None:
    """Chicago's 'In Alien Regimes and Border States, 907–1368, edited by …, 321–413. Vol. 6 of The Cambridge History of
    China.': the chapter's book is the volume's own title and the multivolume work is the container; a book cited so is
    that volume of the work, its series."""
    if "volume-of" not in w.fields:
        return
    if "container-title" in w.fields:
        _move_field(w, "container-title", "volume-title")
        _move_field(w, "volume-of", "container-title")
    else:
        _move_field(w, "volume-of", "collection-title")


def _move_field(w: _Work, source: str, target: str) -> None:
    """A value read as one field that the rest of the entry shows to be another: value and span move together."""
    w.fields[target] = w.fields.pop(source)
    w.spans[target] = w.spans.pop(source)


def _data_or_software(w: _Work, text: str) -> str | None:
    """A dataset or a software release, told by where it is deposited; its repository is its publisher, not a container."""
    f = w.fields
    doi = f.get("DOI") or ""
    zenodo = doi.lower().startswith("10.5281/zenodo")
    team = any(rx.search(r"(?i)development\s+team|developers|core\s+team|\bcontributors$", n.literal or "") for n in f.get("author") or [])
    data_title = rx.search(r"(?i)\b(?:data(?:\s?set|base)?|time\s+series|emissions|observations|records|inventory|census|survey|stocks|maps?|gridded|measurements|fluxes|concentrations|estimates)\b", f.get("title") or "")
    if _SOFTWARE_MARK.search(text) or zenodo and not data_title and (team or rx.search(r"\w/[\w.-]+|\bv(?:ersion\s*)?\d", f.get("title") or "")) \
            or team and "URL" in f and not data_title and not any(k in f for k in ("container-title", "volume", "issue", "page")) \
            or (team or zenodo) and rx.search(r"(?i)\bsoftware\b", f.get("title") or ""):  # ('… Data Abstraction software Library')
        # (a versioned deposit is software unless its title says data: 'The PRIMAP-hist national historical emissions time series … v2.5.1';
        # so is a developers' team's work at its address: 'QGIS Development Team: QGIS Geographic Information System. … https://qgis.org')
        kind = "software"
    elif _DATA_DOI.match(doi) or zenodo or _DATA_HOST.search(text) or _STUDY_NUMBER.search(text) \
            or _DATA_PORTAL.search(f.get("container-title") or f.get("publisher") or "") and not _DATA_PORTAL.search(f.get("title") or "") \
            or _DATA_PORTAL.fullmatch(f.get("title") or "") and "URL" in f \
            or rx.search(r"(?i)\b(?:raw\s+data|micro-?data|public[-\s]use\s+(?:data|files?))\b", f.get("title") or ""):  # 'World Bank. 2023. “World Development Indicators.” https://…': the database itself
        kind = "dataset"  # (and a survey's 'KNHANES 2019-2021 raw data [Internet]')
    else:
        return None
    container = (f.get("container-title") or "").strip()
    if _STUDY_NUMBER.fullmatch(container):
        _move_field(w, "container-title", "number")  # 'ICPSR02766-v3': the study's number
    elif container and "publisher" not in f and (_HOSTED_AT.fullmatch(container) or not {"host-editors", "in-host"} & w.flags):
        _move_field(w, "container-title", "publisher")  # 'Protein Data Bank', 'Zenodo', 'Copernicus … Climate Data Store (CDS)': who holds it
    host = rx.search(r"[,.]\s+(?P<h>GitHub|GitLab|Bitbucket|Zenodo|SourceForge)$", f.get("title") or "") if "publisher" not in f else None
    if host:  # Springer's 'OSS-Sydr-Fuzz: Hybrid fuzzing for open source software, GitHub.': where the code is kept
        a = w.spans["title"][0]
        w.fields["publisher"], w.spans["publisher"] = host.group("h"), (a + host.start("h"), a + host.end("h"))
        _cut_field(w, "title", host.start())
    if "publisher" in f:
        w.fields["publisher"] = rx.sub(r"\s*\[distributor\]", "", f["publisher"])  # ICPSR '… Research [distributor]'
    if "number" not in f and _ACCESSION.fullmatch(f.get("note") or ""):
        _move_field(w, "note", "number")  # '… Gene Expression Omnibus. GSE99304.': the series' accession
    both = rx.fullmatch(r"(?P<r>[^,]{3,80}?(?:Repository|Archive|Data\s+Cent(?:er|re)|Data\s+Portal)|[A-Z][A-Z0-9]{2,9}),\s*(?P<p>[^,]{3,100})", f.get("publisher") or "") if "container-title" not in f else None
    if both:  # IEEE '“Battery data set,” NASA Ames Prognostics Data Repository, NASA Ames Research Center, …', '… FRED, Federal Reserve Bank of St. Louis.': the repository, then who keeps it
        a = w.spans["publisher"][0]
        f["container-title"], w.spans["container-title"] = both.group("r"), (a, a + both.end("r"))
        f["publisher"], w.spans["publisher"] = both.group("p"), (a + both.start("p"), w.spans["publisher"][1])
    return kind


# an accession number in a sequence or expression archive: GEO series and samples, SRA, ENA, BioProject, ArrayExpress
_ACCESSION = re.compile(r"(?:GSE|GSM|GDS|SRP|SRR|SRX|ERP|ERR|PRJNA|PRJEB|PRJDB)\d{3,9}|E-[A-Z]{4}-\d{1,6}")


# intergovernmental bodies, which publish reports, with an ISBN or not: 'Trends in maternal mortality … – Geneva : World
# Health Organization, 2023. – 86 p. – ISBN 978-92-4-006875-9.'
_IGO = r"World\s+Health\s+Organization|Всемирная\s+организация\s+здравоохранения|OECD|UNESCO|UNDP|UNICEF"
_IGO_PUBLISHER = re.compile(r"(?:" + _IGO + r"|WHO)(?:\s+Publishing)?")
_REPORT_PUBLISHER = re.compile(
    r"\b(?:Treasury|Ministry|Department|Commission|Government|Parliament|Congress|Министерство|Міністерство|Правительство|Минфин|" + _IGO
    + r"|Publications\s+Office|CERN|Research\s+Institute|Trust|Agency|Environment\s+Programme|Development\s+Programme"
    r"|Food\s+and\s+Agriculture\s+Organization|Bureau|Center\s+for\s+Strategic\s+and\s+International\s+Studies|RAND\s+Corporation|Chatham\s+House|International\s+Crisis\s+Group|Human\s+Rights\s+Watch)\b(?!\s+Press)|[가-힣]{2,}(?:연구원|연구소)$"
)


def _title_before_abbreviated_journal(w: _Work) -> None:
    """ACS 'Romero, N. A.; Nicewicz, D. A. Organic Photoredox Catalysis. Chem. Rev. 2016, 116, 10075–10166.': a title in
    title case read with the journal; the journal is the abbreviated words at its end ('Chem. Rev.')."""
    if "title" in w.fields or "container-title" not in w.spans or not any(k in w.fields for k in ("volume", "page")):
        return
    container = w.fields["container-title"]
    m = rx.fullmatch(r"(?P<t>[^.]{6,}?[^.\s]{2})\.\s+(?P<j>[A-Z][a-z]{0,6}\.(?:\s+(?:[A-Z][a-z]{0,8}\.|[A-Z][a-z]{0,5}|&|of|and|the))*)", container)
    if not m or " " not in m.group("t").strip() or len(m.group("t").split()[-1]) < 5:
        return  # (not RSC's untitled 'Pure Appl. Chem., 2015': 'Appl' is an abbreviation without its stop)
    a, b = w.spans["container-title"]
    w.fields["title"], w.spans["title"] = m.group("t"), (a, a + m.end("t"))
    w.fields["container-title"], w.spans["container-title"] = m.group("j"), (a + m.start("j"), b)


# the first words of a university's or academy's serial, whose name runs over several sentences with its series
_SERIAL_HEAD = re.compile(r"[.?!]\s+(?=(?:Известия|Вестник|Вісник|Хабаршысы|Izvestija|Izvestiya|Izvestiia|Vestnik|Visnyk|Khabarshysy)\s)")


def _serial_with_series(w: _Work) -> None:
    """Vancouver 'Title. Известия Саратовского университета. Новая серия. Серия: Акмеология образования. Психология
    развития. 2021;10(3):…': the journal's name, series and all, starts at the serial's first word; the title had taken
    its first sentences."""
    title, container = w.fields.get("title") or "", w.fields.get("container-title") or ""
    if not title or not container or "title" not in w.spans or "container-title" not in w.spans or not any(k in w.fields for k in ("volume", "issue")):
        return
    heads = list(_SERIAL_HEAD.finditer(title))
    if not heads or not _SERIES_WORD.search(title[heads[-1].end() :] + " " + container):
        return
    cut = heads[-1]
    ta, cb = w.spans["title"][0], w.spans["container-title"][1]
    if w.text[ta + cut.end() : ta + len(title)] != title[cut.end() :]:
        return  # (the title was read with changes: leave it)
    w.fields["container-title"] = title[cut.end() :] + ". " + container
    w.spans["container-title"] = (ta + cut.end(), cb)
    w.fields["title"], w.spans["title"] = title[: cut.start()].rstrip(), (ta, ta + cut.start())


def _journal_before_vancouver_date(w: _Work) -> None:
    """Vancouver 'Title. Систематический обзор литературы. Наука и здравоохранение. 2016;18(6):5-10.': the sentence right
    before the date is the journal, even when it reads like a publisher ('Наука …'); the sentence taken for the journal
    was the title's last."""
    f, spans = w.fields, w.spans
    if not all(k in spans for k in ("title", "container-title", "publisher")) or "publisher-place" in f:
        return
    (ta, tb), (ca, cb), (pa, pb) = spans["title"], spans["container-title"], spans["publisher"]
    if not (tb <= ca < cb <= pa) or w.text[tb:ca].strip() != "." or w.text[cb:pa].strip() != ".":
        return
    if not rx.match(r"[\s.\x00]*(?:1[5-9]|20)\d\d(?:\s+[A-Z][a-z]{2})?\s*;", w.text[pb:]):
        return
    f["title"], spans["title"] = w.text[ta:cb].strip(), (ta, cb)
    f["container-title"], spans["container-title"] = f.pop("publisher"), spans.pop("publisher")


def _kazakh_month(word: str) -> int | None:
    """The month of a Kazakh date after its year and day: after '2017 zhylgy 26', 'qazan(dagy)' is October, not the city;
    the apostrophe alphabet of 2017 writes ң as n' ('qan'tardag'y')."""
    word = word.replace("'", "").replace("’", "")
    return month_number(word) or (10 if word.lower().startswith(("qazan", "kazan")) else None)


def _date_ending_title(w: _Work) -> None:
    """'… халқына Жолдауы. 2018 жылғы 10 қаңтар [Электрондық ресурс]': the date that ends the title is the work's."""
    tail = (w.fields.get("title") or "")[-40:]
    dm = rx.search(r"[.,?!]\s+(?P<kk>(?:1[5-9]|20)\d\d)\s+(?:жылғы|zhylghy|jylǵy|jylgy)\s+(?P<kkd>\d{1,2})\s+(?P<kkm>\S+)$", tail)
    end = w.spans["title"][1]
    month = _kazakh_month(dm.group("kkm")) if dm else None
    if month:
        w.fields["issued"] = Date.of(int(dm.group("kk")), month, int(dm.group("kkd")))
        w.spans["issued"] = (end - len(tail) + dm.start("kk"), end)
        return
    dm = rx.search(r"[.?!]\s+(?P<d>\d{1,2}\s+\S+\s+(?:1[5-9]|20)\d\d)\s*(?:г\.)?$", tail)
    date = _date_from_text(dm.group("d")) if dm else None
    if date and date.parts and len(date.parts[0]) == 3:
        w.fields["issued"] = date
        w.spans["issued"] = (end - len(tail) + dm.start("d"), end)


def _question_subtitle(w: _Work) -> None:
    """APA 'Why can't a man be more like a woman? Sex differences in Big Five personality traits across 55 cultures.
    Journal of Personality …': after a title that asks, a sentence in sentence case is its subtitle, not the journal's."""
    title, container = w.fields.get("title") or "", w.fields.get("container-title") or ""
    if title.endswith(("?", "!")) and "report-number" in w.flags and "title" in w.spans and not any(k in w.fields for k in ("volume", "issue", "page")):
        # a report's: '(2011). Do loan-to-value and debt-to-income limits work? Evidence from Korea. IMF Working Paper WP/11/297.'
        end = w.spans["title"][1]
        sub = rx.match(r"[\s”\"]*(?P<s>[A-Z][^.?!\x00:;]{3,80}?)\.\s", w.text[end:])
        held = next((k for k in ("container-title", "note") if sub and (w.fields.get(k) or "").startswith(sub.group("s"))), None)
        if held and len(sub.group("s").split()) >= 2:
            w.fields["title"] = title + " " + sub.group("s")
            w.spans["title"] = (w.spans["title"][0], end + sub.end("s"))
            rest = w.fields[held][len(sub.group("s")) :].lstrip(" .;")
            if rest:
                w.fields[held] = rest
            else:
                del w.fields[held]
                w.spans.pop(held, None)
            return
    if not title.endswith(("?", "!")) or ". " not in container or "container-title" not in w.spans or "title" not in w.spans:
        return
    sentence, _, journal = container.partition(". ")
    words = sentence.split()[1:]
    lower = sum(1 for x in words if x[:1].islower())
    if len(words) < 2 or len(sentence) < 12 or lower * 2 < len(words) or not journal[:1].isupper() or sum(1 for x in journal.split() if x[:1].islower() and x not in ("of", "and", "the", "in", "for", "on", "&")) > 0:
        return
    a, b = w.spans["container-title"]
    w.fields["title"] = title + " " + sentence
    w.spans["title"] = (w.spans["title"][0], a + len(sentence))
    w.fields["container-title"] = journal
    w.spans["container-title"] = (a + len(sentence) + 2, b)


_GUIDELINE = re.compile(r"(?:Клинические\s+рекомендации|Клінічні\s+(?:настанови|протоколи)|Clinical\s+(?:guidelines|recommendations))(?:\s+(?:1[5-9]|20)\d\d)?")


def _guideline_sentence(w: _Work) -> None:
    """'Ассоциация ревматологов России. Ревматоидный артрит. Клинические рекомендации. 2021. URL: …': the sentence
    that says what the document is belongs to its title, and a guideline published on its own is a report."""
    if "title" not in w.spans or "container-title" not in w.spans or any(k in w.fields for k in ("volume", "issue", "page")):
        return
    if not _GUIDELINE.fullmatch(w.fields["container-title"]) or w.spans["container-title"][0] < w.spans["title"][1]:
        return
    w.fields["title"] = w.fields["title"] + ". " + w.fields.pop("container-title")
    w.spans["title"] = (w.spans["title"][0], w.spans.pop("container-title")[1])
    w.flags.add("kind:report")


_STATISTICS_TITLE = re.compile(r"(?i)statisti|통계|추계|life\s+tables|census|перепис|санақ|estimates|projections")
# clinical guidelines and methodological instructions: issued by a society, ministry or institute, a report (not a book,
# unless a publishing house prints them: 'Нефрология : клинические рекомендации … – Москва : ГЭОТАР-Медиа, 2016')
_GUIDELINE_GENRE = re.compile(
    r"(?i)клинические\s+рекомендации|клінічні\s+рекомендації|клиникалық\s+хаттама|методические\s+(?:указания|рекомендации)|методичні\s+рекомендації"
    r"|(?<=\.\s)(?:clinical\s+(?:practice\s+)?guidelines|klinicheskie\s+rekomendatsii|methodological\s+(?:guidelines|recommendations))(?=\.|$)"  # a twin's translation
)
_MEDICAL_HOUSE = re.compile(r"ГЭОТАР|Медицина|Медиа|Литтерра|МИА|Практика|Springer|Elsevier")


# ... or an unsigned story, the paper named where the author would be and no outlet after the title: 'New York Times. 1937.
# “Soviet Moves Koreans From Far East.” October 12.'
_EN_MONTHS = r"(?:January|February|March|April|May|June|July|August|September|October|November|December)"
_CHICAGO_UNSIGNED_NEWS = re.compile(
    r"\.?\s*\b(?:1[6-9]|20)\d\d\.\s+[“\"][^”\"]{5,}[”\"](?:[^“”\"]{0,160}?\.)?\s+" + _EN_MONTHS + r"\s+\d{1,2}\.?\s*$"
)
_NEWS_SOURCE_BODY = re.compile(r"Agency|Service|Ministry|Committee|Council|Office|Department|Bureau|Institute|Cent(?:er|re)|Foundation|Association|Government")
# Harvard (Cite Them Right): '(2022) ‘Title’, Eurasianet, 14 March. Available at: …': a story dated in its outlet
_HARVARD_NEWS_DATE = re.compile(
    r"[’']\s*,\s+\*?[A-Z][^,*’]{1,50}\*?,\s+\d{1,2}\s+" + _EN_MONTHS + r"\."
)
_CHICAGO_NEWS_DATE = re.compile(
    r"\b(?:1[6-9]|20)\d\d\.\s+[“\"][^”\"]{5,}[”\"]\s+\*?[A-Z][^,*]{1,50}\*?,\s+" + _EN_MONTHS + r"\s+\d{1,2}(?=[.,])"
)


_PREPRINT_SERVER = re.compile(r"(?:bio|med|Chem|engr|Tech|Sports|Law)Rxiv|(?:PsyAr|SocAr|EarthAr|EdAr)Xiv|Research\s+Square|Preprints(?:\.org)?|SSRN|Authorea|OSF\s+Preprints", re.I)


# DOI prefixes of data archives (not Zenodo's, which hold software as often as data)
_DATA_ARCHIVE_DOI = re.compile(r"10\.(?:5067|5066|5285|15138|7265|1594|5061|6084|24381|7910|18739|3334)/")


_SCREEN_KIND = re.compile(r"(?P<g>(?:Television|TV|Web)\s+(?:series|drama|serial|film)|(?:Feature\s+|Documentary\s+)?[Ff]ilm|Motion\s+picture|Documentary)(?=[,.;]|$)", re.IGNORECASE)
# an encyclopaedia or a dictionary, whose entries are chapters of a book (and, online, web pages)
_REFERENCE_WORK = re.compile(r"энциклопед|енциклопед|словар|слоўнік|сөздік|сөздүк|encyclop|dictionary|lexikon|wörterbuch", re.IGNORECASE)


def _decide_type(w: _Work, text: str) -> str:
    f = w.fields
    if "archive" in w.flags:
        return "manuscript"
    if "court-decision" in w.flags:
        return "legal_case"
    if "directed" in w.flags and "container-title" not in f:  # headed by its director: a film, or a series on television
        kind = _SCREEN_KIND.match(f.get("note") or "")
        if kind:  # 'Television series, 20 episodes': what it is, and a count no field holds (kept in the note)
            f["genre"], rest = kind.group("g"), f["note"][kind.end() :].strip(" ,.;")
            a, b = w.spans.get("note", (0, 0))
            w.spans["genre"] = (a, a + kind.end())
            at = w.text.find(rest, a, b) if rest else -1
            if rest:
                f["note"], w.spans["note"] = rest, (at, at + len(rest)) if at >= 0 else (a, b)
            else:
                del f["note"]
                w.spans.pop("note", None)
        return "broadcast" if kind and rx.search(r"(?i)series|serial|drama", kind.group("g")) else "motion_picture"
    low = text.lower()
    container = (f.get("container-title") or "").lower()
    numbers = any(k in f for k in ("volume", "issue", "page"))
    issued = f.get("issued")
    day_level = bool(issued and issued.parts and len(issued.parts[0]) >= 3)
    electronic = "medium" in f and rx.search(r"электрон|electronic|электрондық|online", f["medium"], re.I)
    if "thesis" in w.flags:
        return "thesis"
    kind = next((flag[5:] for flag in w.flags if flag.startswith("kind:")), None)
    if not kind and _LEGAL_ONLY_HOST.search(f.get("URL") or "") and not numbers:
        return "legislation"  # a database that holds only legal acts ('https://adilet.zan.kz/kaz/docs/K1500000414'): an act
    if kind:  # APA's '[Data set]', '[Computer software]', '[Report]' name the type
        if kind in ("report", "dataset", "software") and "container-title" in f and "publisher" not in f and not numbers:
            _move_field(w, "container-title", "publisher")  # '… [Report]. Chatham House.', '[Data set]. World Development Indicators.'
        return kind
    if not numbers and _DATA_ARCHIVE_DOI.match(f.get("DOI") or ""):  # a DOI a data archive registered: NASA's GES DISC, USGS, …
        if container and "publisher" not in f:
            _move_field(w, "container-title", "publisher")  # '… NOAA Global Monitoring Laboratory. https://doi.org/10.15138/…': the archive
        return "dataset"
    if not container and not numbers and _GUIDELINE_GENRE.search(f.get("title") or "") and not _MEDICAL_HOUSE.search(f.get("publisher") or ""):
        return "report"  # 'Хроническая болезнь почек у детей : клинические рекомендации / Союз педиатров России. – 2021.': a society's or ministry's guideline
    if "quoted-title" in w.flags and "container-title" in f and not numbers and (_CHICAGO_NEWS_DATE.search(text) or _HARVARD_NEWS_DATE.search(text)):
        return "article-newspaper"  # Chicago author-date: '2022. “…” Eurasianet, November 21.': a dated story in an outlet
    unsigned = _CHICAGO_UNSIGNED_NEWS.search(text) if "quoted-title" in w.flags and "author" in w.spans and not ({"container-title", "publisher"} & f.keys()) and not numbers else None
    head = w.text[slice(*w.spans["author"])] if unsigned else ""
    # (a name not inverted, as Chicago inverts a first author's, and not a body that writes dispatches: 'Korean Central News Agency (KCNA).')
    if unsigned and unsigned.start() - w.spans["author"][1] <= 2 and "," not in head and not _NEWS_SOURCE_BODY.search(head):
        a, b = w.spans.pop("author")  # 'New York Times. 1937. “Soviet Moves Koreans …” October 12.': the paper heads an unsigned story
        del w.fields["author"]
        w.take("container-title", w.text[a:b].strip(" ."), a, b)
        return "article-newspaper"
    if rx.match(r"Review of .+, by [A-Z]", f.get("title") or "") and "container-title" in f:
        return "review-book"  # Chicago '[Wilberforce, Samuel]. Review of On the Origin of Species, by Charles Darwin. Quarterly Review …'
    if rx.fullmatch(r"(?i)сайт|веб-сайт|website|web\s+site|портал", f.get("medium") or "") and "URL" in f and not numbers:
        return "webpage"  # GOST 7.0.100 'Росстат : [сайт]. – URL: …'
    where = next((k for k in ("note", "publisher") if "resented" in (f.get(k) or "") and _PRESENTED_AT.match(f[k])), None)
    if where and "container-title" not in f:  # IEEE '“Title,” presented at the 5th Int. Conf. on X, Paris, France, May 2019'
        pm = _PRESENTED_AT.match(f[where])
        w.fields["container-title"] = pm.group("c")
        w.spans["container-title"] = w.spans.pop(where)
        del w.fields[where]
        if "publisher-place" in f and not _publisher_like(f.get("publisher") or ""):
            for k in ("publisher", "publisher-place"):  # the place of the meeting
                w.fields.pop(k, None)
                w.spans.pop(k, None)
        return "paper-conference"
    if _PREPRINT_SERVER.fullmatch(f.get("container-title") or "") and not numbers:
        _move_field(w, "container-title", "publisher")  # ACS '… to CO. ChemRxiv 2023. <https://doi.org/…>': the server posts it
        return "report"
    said = next((k for k in ("container-title", "publisher") if (f.get(k) or "").lower() in ("보도자료", "press release", "пресс-релиз")), None)
    if said and "genre" not in f:  # '통계청, 「장래인구추계」, 보도자료, 2023. 12. 14.', a twin's '… p.a.]. Press release, 15 December 2023.'
        w.fields["genre"] = w.fields.pop(said)
        w.spans["genre"] = w.spans.pop(said)
        return "report"
    if 9 < len(f.get("container-title") or "") < 25 and _GENRE_AS_HOST.fullmatch(f["container-title"]):
        w.fields["genre"] = w.fields.pop("container-title")  # IEEE '“Title,” White Paper, Mar. 2020'
        w.spans.pop("container-title")
        return "report"
    data_kind = None if numbers else _data_or_software(w, text)
    if data_kind:
        return data_kind
    if _court_ruling(text):
        return "legal_case"  # 'Постановление Конституционного Суда РФ от … № 28-П «По делу о проверке …»': a ruling in a case
    if _LEGAL_HINT(w) and _is_legislation(w, f, text):
        return "legislation"
    if "report-number" in w.flags and not ({"host-editors", "in-host"} & w.flags) and not any(k in container for k in CONFERENCE_WORDS):
        if container and "publisher" not in f and not numbers:
            # 'Stanford InfoLab, Stanford, CA, Tech. Rep. 1999-66': the issuing body, not a journal
            _move_field(w, "container-title", "publisher")
        elif "publisher" not in f and "leftover" in w.flags and ";" not in f.get("note", ";"):
            _move_field(w, "note", "publisher")
        return "report"
    if _COLLECTED_WORKS.search(container):
        return "chapter"  # '// Толстой Л. Н. Полн. собр. соч.: в 90 т.': a work inside an author's collected works
    if "issue-after-year" in w.flags and "host-editors" not in w.flags and "publisher" not in f:
        return "article-journal"  # German 'In: Osteuropa 57 (2007) 8–9, S. 101–120': a journal's volume, year and issue
    if ("host-editors" in w.flags or "in-host" in w.flags) and container:  # (no host named: the editors are the book's own)
        if any(k in container for k in CONFERENCE_WORDS) or container.startswith(("proc.", "proc ")) or _YEAR_SOCIETY_MEETING.match(container):  # IEEE 'in Proc. …'
            return "paper-conference"
        if _meeting_in_series(text, f.get("container-title") or ""):
            return "paper-conference"
        return "chapter"
    if container:
        if any(k in container for k in CONFERENCE_WORDS) and not _JOURNAL_PROCEEDINGS.match(container) or _meeting_in_series(text, f.get("container-title") or ""):
            return "paper-conference"
        if any(k in container for k in REPORT_WORDS) and "volume" not in f and "issue" not in f and not day_level:
            # '「…」, 한국노동연구원 연구보고서 2017-05', 'World Bank Policy Research Working Paper 1234': a report series
            _move_field(w, "container-title", "collection-title")
            if rx.fullmatch(r"(?:19|20)\d\d-\d{1,3}", f.get("page") or ""):
                w.fields["number"] = w.fields.pop("page")
                w.spans.pop("page", None)
            return "report"
        if "publisher" in f and ("publisher-place" in f or "korean" in w.flags and "volume" not in f and "issue" not in f and not day_level):
            return "chapter"  # Korean '「장」, 『책』, 출판사, 1978': a book's publisher, not a journal's numbers
        if "publisher-place" in f and "volume" not in f and "issue" not in f and ("page" in f or not day_level and f["publisher-place"] in CITIES):
            return "chapter"  # '… // Ключевский В. О. Очерки и речи. М., 1913.': a place of publication, no journal numbers
        if _REFERENCE_WORK.search(container) and "URL" not in f and "issue" not in f:
            return "chapter"  # '… //Манас. Энциклопедия. – Бишкек, 1995. – Т. 1. – 52–54-б.': an entry in a printed encyclopaedia's volume
        magazine = "korean" in w.flags and "issue" in f and "page" in f and rx.search(r"제\s*\d+\s*호", w.text) and not _newspaper(container)
        if day_level and "volume" not in f and not rx.search(r"journal|журнал|вестник|review", container) and not magazine:
            # (a Korean weekly cited by its numbered issue is a magazine: '『씨네21』 제1207호, 2019. 6. 4, 52-61쪽')
            if "URL" in f and not _newspaper(container):
                return "webpage"
            return "article-newspaper"
        if _newspaper(container) and "volume" not in f and ("issue" not in f or not rx.search(r"\d\s*[-–—]\s*\d", f.get("page") or "")):
            return "article-newspaper"  # '// Еңбекші қазақ. – 1926. – № 112.': a paper's issue number, no page range
        if not numbers:
            if electronic or "URL" in f and ("publisher" not in f and not f.get("author") or _SITE_NAME.search(container)):
                return "webpage"  # (also a page of a site named by its domain: 'NobelPrize.org, Nobel Prize Outreach')
            if "publisher" in f:
                return "report"
            if "URL" in f:
                # a dated online article, or a site named like a newspaper; otherwise a page of a site ('W3C, Mar. 1989, www.w3.org/…')
                return "article-newspaper" if _newspaper(container) or issued and issued.parts and len(issued.parts[0]) >= 3 else "webpage"
        return "article-journal"
    if "URL" in f and rx.search(r"\b(?:[Dd]atabase|[Dd]ataset|[Dd]ata\s+[Ss]et)$", f.get("title") or "") and not numbers:
        return "dataset"  # Harvard 'United Nations (2024) UN Comtrade Database. Available at: …': a database online, named so
    own = "org-author" in w.flags and bool(f.get("publisher")) and _same_body((f.get("author") or [Name()])[0].literal or "", f.get("publisher") or "")
    if rx.search(r"internet|интернет", f.get("medium") or "", re.I) and "URL" in f and not any(k in f for k in ("edition", "ISBN", "number-of-pages")) \
            and not (own and "publisher-place" in f and _STATISTICS_TITLE.search(f.get("title") or "") and not rx.search(r";\s*c(?:19|20)\d\d\b", text)):
        # (a statistics office's own tables: a report; but with the site's copyright year, 'Wonju: HIRA; c2024 [cited …]', a page)
        return "webpage"  # Vancouver 'Title [Internet]. Place: Publisher; c2000 [cited …]. Available from: URL'
    title = ((f.get("title") or "") + " " + (f.get("translated-title") or "")).lower()
    if any(k in title for k in REPORT_WORDS) or any(k in (f.get(key) or "").lower() for k in REPORT_WORDS for key in ("publisher", "collection-title", "genre")) \
            or rx.search(r"\bPapers?$", f.get("collection-title") or ""):  # '(FAO Irrigation and Drainage Paper; 29 Rev. 1)'
        return "report"  # also in a series of reports: '(Report of Investigations, no. 7454)'
    statistical = _STATISTICAL_TITLE.search(title)
    # a Korean museum's exhibition catalogue is a book: '국립중앙박물관, 『단원 김홍도: 탄신 250주년 기념 특별전』, 국립중앙박물관, 1995.'
    statistical = statistical or "book-title" in w.flags and "org-author" in w.flags and rx.search(r"(?:박물관|미술관)$", f["author"][0].literal or "")
    if "org-author" in w.flags and rx.sub(r"\s*\([^()]*\)$", "", (f["author"][0].literal or "").lower()) in NEWS_AGENCIES and not ({"publisher", "ISBN"} & set(f)):
        return "article-newspaper"  # 'Reuters. 2022. "…" January 11.': an agency's own story
    if "org-author" in w.flags and not ("publisher" in f and "publisher-place" in f) and ("URL" not in f or "number-of-pages" in f) and not any(k in f for k in ("edition", "ISBN")) and not statistical \
            and not ("book-title" in w.flags and rx.match(r"[\u4e00-\u9fff]", f["author"][0].literal or "") and not rx.search(r"(?:[硏研]究[所院]|博物館)$", f["author"][0].literal or "")):
        return "report"  # but a body named in hanja with its title in 『』 ('朝鮮總督府, 『施政三十年史』') published a book (an institute's or museum's is a report)
    if _REPORT_PUBLISHER.search(f.get("publisher") or "") and not statistical and (not any(k in f for k in ("edition", "ISBN")) or _IGO_PUBLISHER.fullmatch(f["publisher"])):
        return "report"  # 'London: HM Treasury', 'Geneva: World Health Organization', '통일연구원': a government body's or institute's publication
    if "org-author" in w.flags and f.get("publisher") and f.get("author") and _same_body(f["author"][0].literal or "", f["publisher"]) and not statistical:
        return "report"  # (a body's own statistical yearbook is a book, as its compilations are)
    if "publisher" in f or "publisher-place" in f or "number-of-pages" in f or "ISBN" in f or "edition" in f:
        return "book"
    if "URL" in f:
        return "webpage"
    if any(k in low for k in NEWSPAPER_WORDS):
        return "article-newspaper"
    if "book-title" in w.flags:
        return "book"  # '朝鮮總督府, 『施政三十年史』, 1940.', '『仁祖實錄』 卷1, …', '『朝鮮總督府統計年報』, 각년판.': 『』 mark a book, even with no publisher or year named
    return "document"


_NEWSPAPER_ISSUE = re.compile(  # also with GOST's dashes and the issue's number: 'Қазақ. – 1913. – № 1. – 2 ақпан.'
    rf"(?:\s*\[?\d{{1,3}}[.\]]?)?\s*(?P<c>[^.\d]{{2,60}})\.(?:\s*[–—])?\s*(?P<y>(?:1[5-9]|20)\d\d)\.(?:\s*[–—])?\s*"
    rf"(?:(?:№|[Nn]o\.)\s*(?P<i>\d{{1,5}})\.(?:\s*[–—])?\s*)?(?P<d>[12]\d|3[01]|0?[1-9])\s+(?P<m>{MONTH_CASED_RE})\.?\s*"
)
_KO_NEWSPAPER_ISSUE = re.compile(r"(?:\s*\[?\d{1,3}[.\])]?)?\s*『(?P<c>[^』]{1,20})』\s*,?\s*(?P<y>(?:1[89]|20)\d\d)\s*년\s*(?P<m>1[0-2]|0?[1-9])\s*월\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*일(?:\s*자)?\.?\s*")
_UNSIGNED_NEWS = re.compile(
    r"(?:\s*\[?\d{1,3}[.\]]?)?\s*『(?P<c>[^』]{1,40})』\.?\s*(?P<y>(?:19|20)\d\d)\.\s*(?P<m>1[0-2]|0?[1-9])\.\s*(?P<d>[12]\d|3[01]|0?[1-9])\.?\s*[“\"](?P<t>[^”\"]+)[”\"]\.?\s*$"
)


def _newspaper(container: str) -> bool:
    """Whether a container names a newspaper: by a word ('газета', 'Times', '일보') or by a name that is one ('Қазақ')."""
    low = container.lower()
    return bool(_NEWSPAPER_RE.search(low)) or low.strip(" .") in NEWSPAPER_TITLES


def _same_body(author: str, publisher: str) -> bool:
    """'World Bank' / 'World Bank Publications', 'Congressional Budget Office' / 'CBO': the author publishes itself."""
    if author and author.lower() in publisher.lower():
        return True
    initials = "".join(word[0] for word in rx.findall(r"[" + UP + r"][\w'-]*", author))
    return len(initials) >= 2 and publisher.strip() == initials


_TRANSLATOR_CREDIT_AFTER = re.compile(r"\.?\s+(?:Transl\.|Trans\.|Translated)\s+(?:from\s+[A-Z][a-z]+\s+)?by\s")


def _title_runs_on(w: _Work) -> None:
    """A sentence left over between the title and what closes it is the rest of the title, not a note: ACS and MDPI
    books close it with a semicolon before the imprint ('The State of Food and Agriculture 2021. Making Agrifood Systems
    More Resilient to Shocks and Stresses; FAO: Rome, Italy, 2021.'), translations with the translator's credit."""
    f, spans = w.fields, w.spans
    if "container-title" in f or "title" not in spans or "note" not in spans:
        return
    (ts, te), (ns, ne) = spans["title"], spans["note"]
    if rx.fullmatch(r"\.\s+", w.text[te:ns]) and ";" not in w.text[ts:ne] and " by " not in f["note"] and (
        rx.match(r"\s*;\s*[A-Z][^;:]{1,60}:\s*[A-Z]", w.text[ne:]) or "translator" in f and rx.match(_TRANSLATOR_CREDIT_AFTER, w.text[ne:])
    ):  # (or before the translator's credit: 'Risk Society. Towards a New Modernity. Transl. from German by …')
        title = w.text[ts:ne].rstrip(" .")
        f["title"], spans["title"] = title, (ts, ts + len(title))
        del f["note"], spans["note"]


# the Empire's collections of laws, cited as a journal is: '// ПСЗ-3. – Т. 20, отд. 1. – № 18777.', 'PSZ. Sobr. 2-e. Vol. XXXVI, otd. 1, no. 36650.'
_LAW_COLLECTION_NAME = (
    r"(?:Полное\s+собран(?:ие|іе)\s+законов[ъ]?\s+Росс[иі]йской\s+[иі]мпер[иі][иі]|Polnoe\s+sobranie\s+zakonov\s+Rossiiskoi\s+imperii|ПСЗ(?:\s*РИ)?|PSZ)"
    r"(?:-?[123]|\.\s*(?:Собр|Sobr|Собрание)\.?\s*(?:\d-[еeо]|\d|[IVX]+))?"
    r"|Свод\s+законов\s+Российской\s+империи|Svod\s+zakonov\s+Rossiiskoi\s+imperii"
)
_LAW_COLLECTION = re.compile(r"(?P<c>" + _LAW_COLLECTION_NAME + r")\.?(?:[.,]\s*(?:Vol|Т|T)\.\s*(?P<v>[IVXLC]+|\d+)(?:,\s*(?:otd|отд)\.\s*(?P<p>\d+))?)?")


def _law_collection(w: _Work) -> None:
    """An act cited from a collection of the Empire's laws is legislation: its number there is the act's number, not
    an issue, and the collection's volume and part ('Vol. XXXVI, otd. 1') are read out of the collection's name."""
    if "container-title" not in w.fields and _LAW_COLLECTION.fullmatch(w.fields.get("title") or ""):
        _move_field(w, "title", "container-title")  # 'PSZ-1 [Complete Collection of Laws …]. Vol. 38. No. 29128.': an act cited by its place alone
        if "translated-title" in w.fields:  # (the bracket translates the collection's name: kept as a note)
            w.take("note", w.fields.pop("translated-title"), *w.spans.pop("translated-title"))
    m = _LAW_COLLECTION.fullmatch(w.fields.get("container-title") or "")
    if not m:
        return
    part = rx.fullmatch(r"(?:отд|otd)\.\s*(\d+)", w.fields.get("note") or "")
    if part and "part-number" not in w.fields:  # '– Т. 20, отд. 1.': the volume's part
        w.fields["part-number"] = part.group(1)
        w.spans["part-number"] = w.spans.pop("note")
        del w.fields["note"]
    base = _cut_field(w, "container-title", m.end("c"))
    if m.group("v") and "volume" not in w.fields:
        w.take("volume", m.group("v"), base + m.start("v"), base + m.end("v"))
    if m.group("p") and "part-number" not in w.fields:
        w.take("part-number", m.group("p"), base + m.start("p"), base + m.end("p"))
    if "issue" in w.fields and "number" not in w.fields:
        _move_field(w, "issue", "number")
    w.flags.update({"kind:legislation", "law-collection"})


# the kind of an imperial act after its title, and the body whose act it was: ': высочайше утвержденное мнение Государственного совета'
_IMPERIAL_ACT_KIND = re.compile(
    r"\s?:\s*(?P<g>(?:высочайше\s+утвержд[её]нн\w+\s+|vysochaishe\s+utverzhdenn\w+\s+)?(?:мнение|манифест|указ|положение|устав|рескрипт"
    r"|mnenie|manifest|ukaz|polozhenie|ustav|reskript))(?:\s+(?P<a>[" + UP + r"][^:]{2,60}?))?\s*$"
)


def _imperial_act_kind(w: _Work) -> None:
    m = _IMPERIAL_ACT_KIND.search(w.fields.get("title") or "")
    if not m or m.start() == 0 or "genre" in w.fields:
        return
    base = _cut_field(w, "title", m.start())
    w.take("genre", m.group("g"), base + m.start("g"), base + m.end("g"))
    if m.group("a"):
        w.take("authority", m.group("a"), base + m.start("a"), base + m.end("a"))


def _is_legislation(w: _Work, f: dict, text: str) -> bool:
    """A law, decree or code: named so at the start, designated after the title, or an act with a number/date."""
    if "legal-act" in w.flags or "legal-heading" in w.flags or "statute" in w.flags:
        return True
    title = f.get("title") or ""
    if any(n.family for n in f.get("author") or []) or "editor" in f and rx.search(r"коммента?ри|коментар|commentar", title, re.I):
        return False  # a book about a law: 'Лучин В.О. Конституция Российской Федерации. Проблемы реализации.', '… : проблемный комментарий / отв. ред. …'
    head = rx.sub(r"^\W+", "", title)[:60] or text[:60]
    if LEGISLATION_RE.match(head) or LEGISLATION_RE.search(head[:40]) and rx.search(r"[«\"“]|\b(?:от|від|ад|of|ot|dated|No\.?|№)\s*\d", title):
        return True
    if "number" in f and (LEGISLATION_RE.search(title) or rx.search(r"(?:법|법률|령|조치|\bAct)$", title.strip()) or rx.match(r"(?:Pub\.\s*L|Act\s+No|Law\s+No|" + _KO_ACT + r"\s*제)", str(f["number"]))):
        return True
    return bool(LEGISLATION_RE.search(title) and rx.search(r"(?:от|від|ад|of|ot|dated)\s+\d|№\s*\d+|No\.\s*\d+-|\d{4}\s+(?:жылғы|йил|yil|zhylghy|zhylgy|jylgy)\s+\d", title))


_LEGAL_DATE_NOTE = re.compile(
    r"\(?\s*(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+\d{4}|\d{4}\.\s*\d{1,2}\.\s*\d{1,2}\.?)?\s*(?:제정|전부개정|일부개정|개정|시행)?\s*\)?\.?"
)


_VERSION_NOTE = re.compile(r"\((?:(?:ред|в\s+ред|с\s+изм|s\s+izm|v\s+red)\.|с\s+изменениями|s\s+izmeneniyami|өзгерістер|as\s+amended|with\s+amendments)[^)]*\)")  # '(ред. от 29.12.2020)': the version consulted
_DESIGNATION_NOISE = re.compile(
    _VERSION_NOTE.pattern + r"|(?:\b(?:от|від|ад|dated|of|ot|vid)\s+)?(?:\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}\s+[^\W\d_]+\.?\s+\d{4}|[^\W\d_]+\.?\s+\d{1,2},\s+\d{4}"
    r"|\d{4}\s+(?:жылғы|zhylgy|jylgy)\s+\d{1,2}\s+[^\W\d_]+)(?:\s*(?:года|г|ж)\.?(?![^\W\d_]))?"
    r"|(?:№|\b[Nn]o\.?|\bN)\s*\d\S*|[«»\"“”„]|(?<!\w)‘|’(?!\w)"
    r"|\barts?\.?\s+\d+[\w()]*"  # (the article cited, which has its own field: ', art 296')
)


def _designation(text: str) -> str:
    rest = " ".join(_DESIGNATION_NOISE.sub(" ", text).split()).strip(" .,:;–—-/()[]")
    return rest if len(rx.findall(r"[^\W\d_]", rest)) >= 3 and len(rest) <= 80 else ""


_ISSUER_AFTER = re.compile(r"(?P<g>[Пп]риказ|[Пп]остановление|[Рр]аспоряжение|[Уу]каз|[Рр]ешение|[Рр]озпорядження|[Пп]останова|[Нн]аказ|[Pp]rikaz|[Pp]ostanovlenie|[Rr]asporyazhenie|[Uu]kaz)\s+(?P<a>[^\d\s][^\d]{2,80})")
_ISSUER_BEFORE = re.compile(r"(?P<a>[^\d]{3,80}?(?:ның|нің|тың|тің|дың|дің))\s+(?P<g>бұйрығы|қаулысы|жарлығы|шешімі|өкімі)")


def _keep_designation(w: _Work, original: str) -> None:
    """What narrowing a law's title to its name cut away ('Закон України', 'федер. закон') is kept as its genre,
    once its date and number (read into their own fields) are taken out: the parser loses no text."""
    genre = w.fields.get("genre")
    version = _VERSION_NOTE.search(genre or original)
    if version and version.group(0) not in (w.fields.get("note") or ""):
        w.fields["note"] = " ".join(filter(None, (w.fields.get("note"), version.group(0))))  # '(ред. от 02.07.2021)'
    if genre and "issued" in w.fields and "number" in w.fields:
        w.fields["genre"] = _designation(genre) or genre  # 'федер. закон от 27.07.2006 № 152-ФЗ': date and number have their fields
        issuer = _ISSUER_AFTER.fullmatch(w.fields["genre"]) or _ISSUER_BEFORE.fullmatch(w.fields["genre"])
        if issuer and "authority" not in w.fields:  # 'приказ Минобрнауки России', 'ҚР … министрінің бұйрығы': the kind of act and who issued it
            w.fields["genre"], w.fields["authority"] = issuer.group("g"), issuer.group("a")
        return
    title = w.fields.get("title") or ""
    if genre or not title or title == original or title not in original:
        return
    rest = _designation(original.replace(title, " ", 1))
    if rest:
        w.fields["genre"] = rest


# official gazettes a law is cited from, also without the '//' before them
_GAZETTE = re.compile(
    r"(?<=[.–—]\s)(?P<g>Відомості\s+Верховної\s+Ради\s+України|Офіційний\s+вісник\s+України|Собрание\s+законодательства\s+(?:Российской\s+Федерации|РФ)|СЗ\s+РФ"
    r"|Ведомости\s+Парламента\s+Республики\s+Казахстан|Ведомости\s+Съезда\s+народных\s+депутатов[^.]{0,40}|Бюллетень\s+нормативных\s+актов[^.]{0,60}"
    r"|Sobranie\s+zakonodatel['’]stva\s+(?:Rossiiskoi\s+Federatsii|Rossijskoj\s+Federacii|RF)|Vidomosti\s+Verkhovnoi\s+Rady\s+Ukrainy)"
    r"(?:[.,]?\s*(?:[–—]\s*)?(?:1[5-9]|20)\d\d)?[.,]?\s*(?:[–—]\s*)?(?:№|No\.?|no\.?)\s*(?P<i>\d+(?:\s*[–-]\s*\d+)?(?:\s*\(ч\.\s*\d+\))?)?"
    r"(?:[.,]?\s*(?:[–—]\s*)?(?:Ст|ст|Art|art)\.\s*(?P<s>\d+))?"
)


def _gazette(w: _Work, text: str) -> None:
    """'… № 435-IV. Відомості Верховної Ради України. 2003. № 40–44. Ст. 356.': the gazette as container, with its issue."""
    m = _GAZETTE.search(text)
    if not m or "container-title" in w.fields:
        return
    w.fields["container-title"], w.spans["container-title"] = m.group("g"), m.span("g")
    for key in ("title", "genre"):  # no '//': the title (or the act's designation) ran on into the gazette
        value = w.fields.get(key) or ""
        if m.group("g") in value:
            w.fields[key] = value[: value.index(m.group("g"))].rstrip(" .–—")
            if key in w.spans:
                w.spans[key] = (w.spans[key][0], min(w.spans[key][1], m.start("g")))
    if m.group("i") and "issue" not in w.fields:
        w.fields["issue"], w.spans["issue"] = rx.sub(r"\s+", " ", m.group("i")), m.span("i")
    if m.group("s") and "section" not in w.fields:
        w.fields["section"], w.spans["section"] = m.group("s"), m.span("s")
    for key in ("publisher", "publisher-place"):  # what the chunks made of the gazette's name
        if key in w.spans and m.start("g") <= w.spans[key][0] < m.end("g"):
            del w.fields[key], w.spans[key]


_ISSUER_ONLY = re.compile(r"(?:Қазақстан|Кыргыз|Қырғыз)\s+Республикасы(?:ның|нын)?|Республики\s+(?:Казахстан|Кыргызстан|Беларусь)|Российской\s+Федерации|Qazaqstan\s+Respublikasyn[yı]?[ńn]?", re.I)


_ACT_HEADING = re.compile(
    r"(?i)закон|указ|постановлен|приказ|кодекс|решени|распоряжен|определени|заң|жарлы|қаулы|бұйры|шешім|конституц|law|decree|order|resolution|act\b|№|\bот\s+\d|\d{4}\s+(?:жылғы|йил|yil)\s"
    r"|kodeks|ukaz|postanovlen|prikaz|\bot\s+\d"  # romanised: "Kodeks Respubliki Kazakhstan ot 27 dekabrya 2017 goda No. 125-VI «O nedrakh …»"
)


def _guillemets(text: str) -> tuple[int, int] | None:
    """Where the first «…» holds its text, nesting respected: '«По делу … «О ратификации …», …»' is one name."""
    start = text.find("«")
    end = _closing_quote(text, start + 1, "«", "»") if start >= 0 else None
    return (start + 1, end) if end is not None and end - start > 4 else None


def _legislation(w: _Work, text: str) -> None:
    """A law's title is its name («О языках ...», 'О ... : Федеральный закон ...'); its date is the date of adoption."""
    month_day, year = w.fields.pop("act-day", None), (w.fields.get("issued") or Date()).year
    _legislation_title_and_date(w, text)
    title = w.fields.get("title") or ""
    version = _VERSION_NOTE.search(title)
    if version and version.end() == len(title.rstrip(" .")) and version.start() > 10:
        # '… 30 августа 1995 года (с изменениями и дополнениями по состоянию на 19.09.2022 г.)': the version consulted
        w.fields["title"] = title[: version.start()].rstrip(" ,")
        if "title" in w.spans:
            a, b = w.spans["title"]
            w.spans["title"] = (a, min(b, a + len(w.fields["title"])))
        w.fields["note"] = " ".join(filter(None, (w.fields.get("note"), version.group(0))))
    if month_day and year:  # Harvard '(2022) … Resolution No. 961, 30 November.': the act's own day, not a date in its title
        w.fields["issued"] = Date.of(year, *month_day)


def _legislation_title_and_date(w: _Work, text: str) -> None:
    if "number" not in w.fields:
        # the act's own number ('№ 273-ФЗ', 'No. 204', 'N 131-ФЗ'): the first one, before any gazette's issue number
        end = w.spans["container-title"][0] if "container-title" in w.spans else len(text)
        nm = _LAW_NUMBER.search(text, 0, end)
        if nm:
            group = "n" if nm.group("n") else "uz"
            w.fields["number"] = nm.group(group)
            w.spans["number"] = (nm.start(group), nm.end(group))
    ct = w.fields.get("container-title")
    if ct and rx.search(r"\d|제정|개정|시행", ct) and _LEGAL_DATE_NOTE.fullmatch(ct):
        del w.fields["container-title"], w.spans["container-title"]  # '(Mar. 29, 2011)', '제정)': the act's date, not a gazette
    title = w.fields.get("title") or ""
    lead = rx.match(r"[«\"“](?P<t>[^»\"”]{4,})[»\"”]\s*(?P<rest>.+)$", title)
    # (but in '«…» … № 569 Jarlyğyna özgerıs engızu turaly' the name goes on after the quotes: the amending act's own)
    if lead and rx.search(r"\d|закон|заң|кодекс|указ|zakon|zan|kodeks|law|code", lead.group("rest"), re.I) \
            and not rx.search(r"(?:туралы|turaly)\s*$", lead.group("rest")):
        a, _ = w.spans.get("title", (0, 0))  # '«Сыбайлас …» Қазақстан Республикасының 2015 жылғы … № 410-V ҚРЗ Заңы': the name first
        w.fields["title"] = lead.group("t")
        w.spans["title"] = (a + lead.start("t"), a + lead.end("t"))
        title = ""
    g, named_in_quotes = _guillemets(title), False
    if g and g[0] > 1 and rx.match(r"(?:О|Об|Про)\s+[а-яёіїє]", title):
        g, named_in_quotes = None, True  # 'О внесении изменений в Федеральный закон «О …» и …': a name that cites another act
    if g and len(title[: g[0]]) > 25 and not _ACT_HEADING.search(title[: g[0]]) and not _ISSUER_ONLY.fullmatch(title[: g[0] - 1].strip()):
        # 'Государственная программа … на 2017–2021 годы «Еңбек»': the quotes close a longer name (but in
        # 'Қазақстан Республикасының «Білім туралы» … Заңы' only the issuer comes before them)
        g, named_in_quotes = None, True
    # (a name in straight quotes may hold another: '"Об утверждении … программы Российской Федерации "Информационное общество""')
    # (or in single curly quotes, British: 'Law No. 165-IV of 4 July 2009 ‘On support for …’ (as amended)')
    m = None if g or named_in_quotes else rx.search(r"[\"“]([^\"”]{4,}[\"“][^\"”]{2,}[\"”])[\"”]|[\"“]([^\"”]{4,})[\"”]|(?<=\s)‘([^‘’]{4,})’(?=[\s.,;(]|$)", title)
    if m and m.start() > 1 and rx.match(r"(?:О|Об|Про|O|Ob|Pro|On)\s+[a-zа-яёіїє]", title):
        m, named_in_quotes = None, True  # 'O merakh po realizatsii programmy … "Prioritet-2030": postanovlenie …', 'On approval of … a "green" economy …': a name that quotes another
    if (g or m) and not title.startswith(("«", '"', "“")):
        i, j = g or m.span(next(k for k in (1, 2, 3) if m.group(k)))
        w.fields["title"] = title[i:j]
        a, _ = w.spans.get("title", (0, 0))
        w.spans["title"] = (a + i, a + j)
        m, named_in_quotes = None, True  # quotes inside the name are its own ('«О ратификации …»' inside a ruling's name)
    else:
        m = m or g
        cut = rx.search(r"\.?\s+\d{4}\s+жылғы\s+\d|\s+(?:от|від|ад|dated|ot)\s+\d|\s+of\s+\d{1,2}[./]\d|\s+No\.?\s*[\w/-]+\s+of\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|:\s+(?=.*(?:zany|zakon|закон|заңы|указ|law|decree|zharlyg|jarlyğ|qauly|жарлығы|қаулысы|postanovl|ukaz|kodeks|кодекс))", title, re.I)
        named = rx.search(r"№\s*[\w-]+\s+(?P<t>[" + UP + r"].{3,})$", title) if cut and _ISSUER_ONLY.fullmatch(title[: cut.start()].strip()) else None
        if named:  # 'Қазақстан Республикасының 2020 жылғы 29 маусымдағы № 350-VI Әкімшілік … кодексі': the name follows the number
            a, _ = w.spans.get("title", (0, 0))
            w.fields["title"] = named.group("t").strip()
            w.spans["title"] = (a + named.start("t"), a + named.end("t"))
            m = None
        elif cut and cut.start() > 3:
            w.fields["title"] = title[: cut.start()].strip()
            m = None
            art = rx.search(r",\s+arts?\s+(?P<s>\d+[\w()]*)$", title[cut.end() :].rstrip(" ."))
            if art and "section" not in w.fields:  # OSCOLA '… Kazakhstan No 375-V of 29 October 2015, art 296': the article cited
                a, _ = w.spans.get("title", (0, 0))
                w.take("section", art.group("s"), a + cut.end() + art.start("s"), a + cut.end() + art.end("s"))
    if m is None:
        title = w.fields.get("title") or ""
    g = None if named_in_quotes else _guillemets(title)
    if g and not title.startswith("«"):
        w.fields["title"] = title[g[0] : g[1]]
        a, _ = w.spans.get("title", (0, 0))
        w.spans["title"] = (a + g[0], a + g[1])
    else:
        cut = _LEGAL_ACT.search(title)
        if cut:
            w.fields["title"] = title[: cut.start()].strip()
    dm = _LEGAL_DATE.search(text)
    if not dm:
        free = w.free()
        pm = (_DAY_MONTH_YEAR.search(free) or _NUMERIC_DATE.search(free)) if "(" in text or "[" in text else None
        if pm and "issued" not in w.fields or pm and "statute" in w.flags:
            w.fields["issued"] = _date_from_match(pm)
        elif "issued" not in w.fields:
            ym = rx.search(r"\b(1[5-9]\d\d|20\d\d)\b", w.fields.get("title") or "")
            if ym:
                w.fields["issued"] = Date.of(int(ym.group(1)))
        return
    if dm.group("date"):
        date = _date_from_text(dm.group("date").replace("г.", ""))
    elif dm.group("ky"):
        month = month_number(dm.group("km"))
        date = Date.of(int(dm.group("ky")), month, int(dm.group("kd")) if month else None)
    else:
        month = _kazakh_month(dm.group("kkm"))
        date = Date.of(int(dm.group("kk")), month, int(dm.group("kkd")) if month else None)
    if "publisher" in w.fields and "issued" in w.fields:
        return  # a law printed as a book: its date is the imprint's
    full = bool(date and date.parts and len(date.parts[0]) == 3)  # a day, month and year: the date of signing
    if date and (date.year is not None) and (full or "issued" not in w.fields or "URL" in w.fields and "container-title" not in w.fields or w.fields["issued"].year == date.year or "issued" in w.fields and not any(k in w.fields for k in ("issue", "page", "section"))):
        w.fields["issued"] = date


def _comma_container(w: _Work) -> None:
    """'Title, The Journal of X, Vol. 9, No. 2': no '//' or full stop between title and journal."""
    if "container-title" in w.fields or "title" not in w.fields or "quoted-title" in w.flags:
        return
    if not any(k in w.fields for k in ("volume", "issue", "page")):
        return
    title = w.fields["title"]
    m = rx.search(r",\s+(?P<c>[" + UP + r"][^,]{3,})$", title)
    if not m:
        return
    container = m.group("c").strip()
    w.fields["title"] = title[: m.start()].rstrip(" ,")
    a, b = w.spans["title"]
    w.spans["title"] = (a, a + m.start())
    w.fields["container-title"] = container
    w.spans["container-title"] = (a + m.start("c"), b)


_SERIES_WORDS = re.compile(r"\b(?:Series|Reports|Papers?|Studies|Sciences|Bulletin|Monographs?|Lecture\s+Notes|Library|Texts|Handbooks)\b"
                           r"|\b(?:Bibliothek|Forschungen|Reihe|Schriften(?:reihe)?|Studien|Beiträge|Abhandlungen)\b")  # (German series words)


# the last sentence of a book's title zone naming a series and its number: Chicago '… 1860–1991. Kultur- und
# Sozialgeschichte Osteuropas / Cultural and Social History of Eastern Europe 8. Göttingen: …', '… Series …'
_PARALLEL_SERIES = re.compile(r"(?P<p>[A-Z][^.:;\d]{3,120}?)\s+(?P<n>\d{1,3})")
_SERIES_IN_TITLE = re.compile(r"(?P<t>.{6,}?[^\s.]{2}[.?!])\s+(?P<s>[A-Z][^.:;?!\d]{3,120}?)(?:\s+(?P<n>\d{1,3}))?$")


_DOCUMENT_KIND = r"Report|Paper|Brief|Note"  # one word naming what a numbered document is, not a series


def _series_in_title(w: _Work) -> None:
    """A series printed as the title's last sentence, before the imprint of a book (with its number, or called a Series);
    a parallel name after ' / ', read as a note, belongs to it."""
    title = w.fields.get("title") or ""
    if ". " not in title or "title" not in w.spans or {"container-title", "collection-title"} & set(w.fields) or "quoted-title" in w.flags \
            or not {"publisher", "publisher-place"} & set(w.fields):
        return
    m = _SERIES_IN_TITLE.fullmatch(title)
    if m and m.group("n") and rx.fullmatch(_DOCUMENT_KIND, m.group("s")):  # '… in the EAEU. Report 52. Moscow: …': the report's own number
        base = _cut_field(w, "title", m.end("t") - 1 if m.group("t").endswith(".") else m.end("t"))
        w.fields["genre"], w.spans["genre"] = m.group("s"), (base + m.start("s"), base + m.end("s"))
        w.fields["number"], w.spans["number"] = m.group("n"), (base + m.start("n"), base + m.end("n"))
        return
    if not m or len(m.group("s").split()) < 2 or rx.match(r"(?:Vol|Volume|Part|Book|Band|Bd|Tome)\b", m.group("s")):
        return
    b = w.spans["title"][1]
    slash = "note" in w.spans and rx.fullmatch(r"[\s\x00]*/[\s\x00]*", w.text[b : w.spans["note"][0]])
    parallel = _PARALLEL_SERIES.fullmatch(w.fields.get("note") or "") if slash else None
    number = m.group("n") or (parallel.group("n") if parallel else None)
    if not (number or _SERIES_WORDS.search(m.group("s"))):  # (a series word: Chicago '… Aral Sea Basin. Studies in Environment and History. Cambridge: …')
        return
    start = _cut_field(w, "title", m.end("t") - 1 if m.group("t").endswith(".") else m.end("t")) + m.start("s")
    series, end = m.group("s"), b
    if parallel:  # '… Osteuropas / Cultural and Social History of Eastern Europe 8': the parallel name was read as a note
        series, end = f"{series} / {parallel.group('p')}", w.spans["note"][1]
        del w.fields["note"], w.spans["note"]
    w.fields["collection-title"], w.spans["collection-title"] = series, (start, end)
    if number:
        w.fields["collection-number"] = number


_HOST_SENTENCE = re.compile(r"(?<![\s.][" + UP + r"])\.\s+(?=[" + UP + r"][^.]{3,}$)")


def _multivolume_host_sentence(w: _Work) -> None:
    """DSTU 8302 and GOST lists may drop the '//' before a multivolume host: 'Ковальчук О. В. Франко Іван Якович.
    Шевченківська енциклопедія : у 6 т. / … Київ …, 2015. Т. 6 : Т–Я. С. 624–629.': the sentence before the number of
    volumes is the host (the work is an article in it), and what follows its volume's number is that volume's title."""
    f = w.fields
    if "//" in w.text or "number-of-volumes" not in f or "page" not in f or "title" not in f or "volume-title" in f:
        return
    a, b = w.spans["title"]
    if not rx.fullmatch(r"\s*:\s*(?:у|в)\s*", w.text[b : w.spans["number-of-volumes"][0]]):
        return  # (the host's title runs up to ': у 6 т.')
    split = _HOST_SENTENCE.search(f["title"])
    if not split:
        return
    host = f["title"][split.end() :]
    if "container-title" in f and "volume" in f and w.spans["container-title"][0] > w.spans["volume"][0]:
        _move_field(w, "container-title", "volume-title")  # 'Т. 6 : Т–Я': the volume's own title
    if "container-title" in f:
        return
    f["title"], w.spans["title"] = f["title"][: split.start()], (a, a + split.start())
    f["container-title"], w.spans["container-title"] = host, (a + split.end(), b)
    w.flags.add("in-host")


def _series_sentence(w: _Work) -> None:
    """A series named in a sentence of its own just before the imprint ('… in Figures. FAO Water Reports 39. Food and
    Agriculture Organization …, Rome.', '… Great Lake. Springer Earth System Sciences. Springer, Berlin'): the
    series and its number, not a journal and its volume (nor a note left over)."""
    # (a note left over counts only with its number after it: 'FAO Water Reports 39.')
    # (or a note that names itself a series: Elsevier '… in Central Asia. Earthscan Series on Major River Basins of the World. Routledge, London')
    source = next((k for k in ("container-title", "note") if k in w.fields and k in w.spans
                   and (k != "note" or "volume" in w.fields or rx.search(r"\bSeries\b", w.fields["note"]) and "; " not in w.fields["note"])), None)
    if source is None or "collection-title" in w.fields or any(k in w.fields for k in ("issue", "page")):
        return
    # (a note followed by a bare number needs no series word: Chicago '… Central Asia. Culture and Society after Socialism 4. Ithaca, NY: …')
    bare = source == "note" and "volume" in w.spans and rx.fullmatch(r"[\s.]*\d{1,3}", w.text[w.spans["note"][1] : w.spans["volume"][1]]) and rx.fullmatch(r"[A-Z][^\d;:/]{3,120}", w.fields["note"])
    if not (_SERIES_WORDS.search(w.fields[source]) or bare):
        return
    if bare and rx.fullmatch(_DOCUMENT_KIND, w.fields[source].strip()):
        _move_field(w, source, "genre")  # 'Eurasian Economic Integration – 2017. Report 43. Saint Petersburg: …': the report's own number
        _move_field(w, "volume", "number")
        return
    imprint = [w.spans[k][0] for k in ("publisher", "publisher-place") if k in w.spans]
    if not imprint or "quoted-title" in w.flags:
        return
    _, end = w.spans[source]
    between = w.text[end : min(imprint)]
    number = w.spans.get("volume")
    if min(imprint) < end or not rx.fullmatch(r"[\s.,]*(?:\d{1,4}[\s.,]*)?", between) or number and not end <= number[0] < min(imprint):
        return
    _move_field(w, source, "collection-title")
    if number:
        _move_field(w, "volume", "collection-number")


_WRITER_OF_PART = re.compile(r"\(?\s*(?P<n>[가-힣]{2,4})\s*집필\s*부분\s*\)?")


def _commentary_writer(w: _Work) -> None:
    """A Korean commentary cited by the part one person wrote: '곽윤직 편집대표, 『민법주해 Ⅰ』, 박영사, 1992, 27면(양창수
    집필부분).': the writer is the author, the commentary the container, and the entry a chapter."""
    m = _WRITER_OF_PART.fullmatch((w.fields.get("note") or "").strip(" ."))
    if not m or "author" in w.fields or "title" not in w.fields or "container-title" in w.fields:
        return
    w.fields["author"] = [hangul_name(m.group("n"))]
    w.spans["author"] = w.spans.pop("note", (0, 0))
    del w.fields["note"]
    _move_field(w, "title", "container-title")
    w.flags.add("kind:chapter")


_MEETING_CITY = re.compile(r"(?P<c>.*(?:논문집|학술대회|학술발표대회|학술발표회|발표논문집)),\s*(?P<p>[가-힣]{2,4})")


def _meeting_city(w: _Work) -> None:
    """Korean IEEE '…, 한국통신학회 하계종합학술발표회 논문집, 제주, 2022년 6월, 1123-1124쪽': the city where the meeting
    was held is its place, not part of the proceedings' name."""
    m = _MEETING_CITY.fullmatch(w.fields.get("container-title") or "")
    if m and m.group("p") in CITIES and "container-title" in w.spans:
        a, _ = w.spans["container-title"]
        w.fields["container-title"], w.spans["container-title"] = m.group("c"), (a, a + m.end("c"))
        w.fields.setdefault("event-place", m.group("p"))
        w.spans.setdefault("event-place", (a + m.start("p"), a + m.end("p")))


# journals that are called proceedings ('Proceedings of the National Academy of Sciences, 108(7), 2693–2698')
_JOURNAL_PROCEEDINGS = re.compile(
    r"proc(?:eedings|\.)? (?:of )?(?:the )?(?:acm on |national academy|natl\.? acad|royal society|r\.? soc|ieee\b|american (?:mathematical|philosophical)|nutrition society|the physical society|japan academy)"
    r"|(?:материалы|materialy) (?:гляциологических|glyatsiologicheskikh|gljaciologičeskih) (?:исследований|issledovanii|issledovanij)"  # a journal since 1961
    r"|[가-힣]+(?:학회|협회)\s?논문집(?:\s?[A-Z])?$",  # '대한기계학회논문집 A', '대한토목학회논문집', '콘크리트학회 논문집': a society's journal, not a meeting's
    re.I,
)
# the subject words of a Russian journal's English name: '… – Siberian Historical Research', '… – Tomsk State University Journal of History'
_ENGLISH_SUBJECT = re.compile(r"\b(?:Research|Studies|Herald|History|Historical|Sciences?|Problems|Issues|Humanities|Economics|Philology|Linguistics|Education)\b")
_JOURNAL_WORDS = re.compile(
    r"(?i)вестник|известия|труды|журнал|записки|бюллетень|хабаршы|journal|bulletin|annals|proceedings|transactions|acta|review|letters|reports|серия|series|сер\."
)


def _vancouver_subtitle(w: _Work) -> None:
    """Vancouver 'Title? Результаты исследования ЭПОХА–ХСН. Кардиология. 2021;61(4):4-14': the journal is the last sentence
    before the year; a sentence before it that names no journal ('Клинические рекомендации 2020') belongs to the title."""
    container, title = w.fields.get("container-title") or "", w.fields.get("title")
    if ". " not in container or not title or "title" not in w.spans or "container-title" not in w.spans:
        return
    head, last = container.rsplit(". ", 1)
    if _JOURNAL_WORDS.search(head) or rx.match(r"(?i)(?:серия|series|сер\.|section|part|ч\.)", last) or len(head.split()) < 2 or not rx.search(r"[" + LOW + r"]{3}", head):
        return
    ts, te = w.spans["title"]
    cs, ce = w.spans["container-title"]
    if not rx.fullmatch(r"[\s.?!\x00]*", w.text[te:cs]):
        return
    w.fields["title"] = w.text[ts : cs + len(head)].strip()
    w.spans["title"] = (ts, cs + len(head))
    w.fields["container-title"] = last
    w.spans["container-title"] = (ce - len(last), ce)


def _series_named_after_body(w: _Work) -> None:
    """'OECD (2021), Title, OECD Green Growth Studies, OECD Publishing': the body's series after the title."""
    body = (w.fields.get("author") or [Name()])[0].literal
    title = w.fields.get("title") or ""
    if not body or "collection-title" in w.fields:
        return
    m = rx.search(r",\s+(?P<s>" + re.escape(body) + r"\s[^,]{3,80})$", title)
    if m:
        w.fields["title"] = title[: m.start()]
        w.fields["collection-title"] = m.group("s")


_PLACE_WITH_STATE_END = re.compile(r"(?P<head>.+?),\s*(?P<place>(?:Mc|Mac|De|La)?[A-Z][a-z]+(?:\s[A-Z][a-z]+)?,\s*(?:[A-Z]{2}|D\.C\.|USA|U\.S\.A\.|UK))\.?")


# 'University of California, Irvine': the campus is part of the university's name, not the place
_CAMPUS_SYSTEM = re.compile(r"(?:University|U)\s+of\s+(?:California|Texas|Wisconsin|Illinois|Massachusetts|Maryland|North\s+Carolina|Colorado|Missouri|Nebraska|Hawai.i|Michigan|Minnesota|Tennessee)$")


_TOWN_COUNTRY_END = re.compile(r"(?P<head>.+?),\s*(?P<place>" + _TOWN_COUNTRY.pattern + r")")


def _serial_city(w: _Work) -> None:
    """A twin's serial and the city it came out in: 'Kul'tura i pis'mennost' Vostoka, Moscow, 1928, book 1, pp. 41-64'."""
    host = str(w.fields.get("container-title") or "")
    city = rx.search(r",\s+(?P<c>[" + UP + r"][" + LOW + r"]+(?:[\s-][" + UP + r"][" + LOW + r"]+)?)$", host) if ", " in host and "publisher-place" not in w.fields else None
    if city and city.group("c") in CITIES and city.start() > 3 and "container-title" in w.spans:
        a, _ = w.spans["container-title"]
        w.fields["container-title"], w.spans["container-title"] = host[: city.start()], (a, a + city.start())
        at = w.text.find(city.group("c"), a + city.start())
        w.fields["publisher-place"], w.spans["publisher-place"] = city.group("c"), (at, at + len(city.group("c")))


def _trailing_place(w: _Work) -> None:
    """'Univ. of Edinburgh, Edinburgh, U.K.', 'Farrar, Straus and Giroux, New York': publisher or institution, then place."""
    pub = w.fields.get("publisher")
    if pub in CITIES and "publisher-place" not in w.fields:  # '… Sost. S. Abdiraiymov. Almaty.': a place, no publisher
        _move_field(w, "publisher", "publisher-place")
        return
    if not pub or "publisher-place" in w.fields or ", " not in pub:
        return
    state = _PLACE_WITH_STATE_END.fullmatch(pub) if "thesis" not in w.flags else None
    state = state or _TOWN_COUNTRY_END.fullmatch(pub)
    if state:  # Elsevier 'World Bank, Washington, DC.', IEEE 'Institute of Geography, Almaty, Kazakhstan': the place has a comma of its own
        head, place = state.group("head"), state.group("place")
    elif "thesis" in w.flags:
        head, _, place = pub.partition(", ")
    else:
        head, _, place = pub.rpartition(", ")
    place = place.rstrip(" .") if rx.search(r"[A-Z]\.[A-Z]\.$", place) is None else place
    university = "thesis" in w.flags and rx.search(r"Universit|Univ\.|Institute|College|School|Hochschule", head) and not _CAMPUS_SYSTEM.search(head)
    if "thesis" in w.flags and _CAMPUS_SYSTEM.search(head):
        return  # MLA '… U of California, Los Angeles, PhD dissertation.': the campus names the university, it is no place
    if head and (_placeish(place) or (university or "thesis" not in w.flags and _publisher_like(head)) and not _publisher_like(place)
                 and rx.fullmatch(r"[" + UP + r"][" + LOW + r"]+(?:[\s-][" + UP + r"][" + LOW + r"]+){0,2}", place)):
        a, b = w.spans["publisher"]
        w.fields["publisher"] = head
        w.spans["publisher"] = (a, a + len(head))
        w.fields["publisher-place"] = place
        w.spans["publisher-place"] = (b - len(place), b)


_PROCEEDINGS_PUBLISHERS = r"IEEE|ACM|SPIE|AIP Publishing|IOP Publishing|Springer|Elsevier|Curran Associates|PMLR"
_PUBLISHER_AFTER_PROCEEDINGS = re.compile(r"(?P<head>.*(?i:proc|conference|symposium|workshop|congress).*?)\.\s+(?P<p>" + _PROCEEDINGS_PUBLISHERS + r")$")


_SITE_NAME = re.compile(r"\w\.(?:org|com|net|gov|edu|int|info|io)$", re.I)  # a site named by its domain: 'NobelPrize.org'


def _container_publisher(w: _Work) -> None:
    """MLA 'Proceedings of …, Association for Computational Linguistics, 2016': the publisher after the container's comma."""
    container = w.fields.get("container-title")
    known = _PUBLISHER_AFTER_PROCEEDINGS.match(container or "") if "publisher" not in w.fields else None
    if known and len(known.group("head").split()) >= 3:  # '// Proc. 2008 International Conference on … Management. IEEE, 2008'
        # (not the journal 'Proc. IEEE')
        a, b = w.spans["container-title"]
        w.fields["container-title"] = known.group("head")
        w.spans["container-title"] = (a, a + known.end("head"))
        w.fields["publisher"] = known.group("p")
        w.spans["publisher"] = (b - len(known.group("p")), b)
        return
    if not container or "publisher" in w.fields or ", " not in container or "//" in w.flags and "volume" in w.fields:
        return  # '// Cambridge Journal of Regions, Economy and Society. – 2018. – Vol. 11': a journal's name
    head, _, tail = container.rpartition(", ")
    # MLA's website and its owner: 'NobelPrize.org, Nobel Prize Outreach, 2024'
    site = _SITE_NAME.search(head) and rx.fullmatch(r"[A-Z][\w.&'’-]*(?:\s+[\w.&'’-]+){0,6}", tail)
    if rx.fullmatch(r"[가-힣]{2,20}(?:학회|협회|학술원|연구원|연구소)", tail) and rx.search(r"[가-힣]", head):
        pass  # '한국방재학회논문집, 한국방재학회, 제18권': the society that publishes the journal
    elif site:
        pass
    elif ("volume" in w.fields or "page" in w.fields) and rx.fullmatch(r"[A-Z][\w'’-]*\s+(?:&|and)\s+[A-Z][\w'’-]*", tail) and rx.search(r"(?:^|[\s:])[A-Z][\w'’-]*$", head):
        return  # a journal naming three things: 'Social Politics: International Studies in Gender, State & Society, 20(4)'
    elif rx.fullmatch(_PROCEEDINGS_PUBLISHERS, tail) and _inside_proceedings_name(head):
        pass  # Elsevier 'in: Proceedings of the IEEE Conference on …, IEEE, Las Vegas, NV, 2016'
    elif len(head) < 8 or not rx.fullmatch(r"[" + UP + r"][\w.&'’-]*(?:\s+[\w.&'’-]+){1,6}", tail) or not (_publisher_like(tail) or _is_org(tail)) \
            or _COUNTRY.fullmatch(tail):
        return  # (IEEE '… Europe (EEEIC/I&CPS Europe), Prague, Czech Republic': where the meeting was)
    a, b = w.spans["container-title"]
    w.fields["container-title"] = head
    w.spans["container-title"] = (a, b - len(tail) - 2)
    w.fields["publisher"] = tail
    w.spans["publisher"] = (b - len(tail), b)


# a treaty named with where and when it was signed: 'Венская конвенция о праве международных договоров (Вена, 23 мая 1969 г.)'
_TREATY = re.compile(
    r"(?P<t>(?:[" + UP + r"A-Z][\w-]*\s+)?(?:[Кк]онвенци|[Дд]оговор|[Сс]оглашени|[Пп]ротокол|[Пп]акт|[Хх]арти|[Кк]онвенц|Convention|Treaty|Agreement|Covenant|Protocol|Charter)"
    r"[^()]*?)\s*\((?P<place>[^,()]{2,40}),\s*(?P<date>\d{1,2}\s+[^\d,()]{3,12}\s+(?:1[6-9]|20)\d\d)\s*(?:г\.|года)?\s*\)"
    r"(?:\s*:\s*(?P<note>[^\n]{0,60}?(?:ратифицир|ратификац|присоедин|ратифик|ratified|acceded|қосыл|бекіт)[^\n]*))?\s*$"
)  # '… (Астана, 29 мая 2014 г.) : ратифицирован Законом Республики Казахстан …': how the country joined it


def _treaty(w: _Work) -> None:
    """The title keeps the treaty's name; the date it was signed is its date (a gazette's year is not)."""
    m = _TREATY.match(w.fields.get("title") or "")
    date = _date_from_text(m.group("date")) if m else None
    if not m or not date or not date.parts or len(date.parts[0]) < 3:
        return
    base = _cut_field(w, "title", m.end("t"))
    if m.group("note"):
        w.fields["note"] = "; ".join(filter(None, (w.fields.get("note"), m.group("note").strip())))
    span = (base + m.start("date"), base + m.end("date"))
    if "issued" in w.fields:  # '// Ведомости … – 1986. – № 37': the gazette's year stays the date; the signing is the event
        w.fields["event-date"], w.spans["event-date"] = date, span
    else:
        w.fields["issued"], w.spans["issued"] = date, span
    w.fields.setdefault("event-place", m.group("place").strip())
    w.flags.add("kind:treaty")


def _fix_volume_issue(w: _Work, lang: str | None, text: str) -> None:
    """English convention 'No. 14 (2)' is volume 14, issue 2; Russian '№ 12 (66)' keeps its cumulative number.
    A 'page range' that runs backwards and is no shortened range is a Korean volume and issue: 'The Journal of Korean
    Studies 12-1, 2007' (but '916-20' is pages 916 to 920)."""
    pages = rx.fullmatch(r"(\d{1,3})-(\d{1,2})", str(w.fields.get("page") or ""))
    if pages and not any(k in w.fields for k in ("volume", "issue")) and "page" in w.spans:
        first, last = int(pages.group(1)), int(pages.group(2))
        if last <= first % 10 ** len(pages.group(2)) and rx.search(r"[^\W\d_]{2}\s$", w.text[: w.spans["page"][0]]):  # after a journal's name
            a, b = w.spans.pop("page")
            del w.fields["page"]
            w.fields["volume"], w.spans["volume"] = pages.group(1), (a, a + len(pages.group(1)))
            w.fields["issue"], w.spans["issue"] = pages.group(2), (b - len(pages.group(2)), b)
            return
    issue = w.fields.get("issue")
    if not issue or "volume" in w.fields:
        return
    m = rx.fullmatch(r"(\d+)\s*\(\s*(\d+)\s*\)", str(issue))
    if m and lang == "en" and "№" not in text and not _cumulative(m.group(1), m.group(2)):
        w.fields["volume"], w.fields["issue"] = m.group(1), m.group(2)
        w.spans["volume"] = w.spans["issue"]


# ---------------------------------------------------------------- entry point


_HINTS: dict = {}


# The longest real references (a consortium paper with every author) run to a few thousand characters.
MAX_REFERENCE_CHARS = 5_000


def parse_reference(raw: str) -> Reference:
    """Segment one raw reference string into a :class:`Reference`. Never raises; never loses text."""
    if len(raw) > MAX_REFERENCE_CHARS:  # entries run together, or not a reference list: keep it whole, unsegmented
        return Reference.from_csl(
            {"type": "document", "title": " ".join(raw.split()), "refkit-raw": raw, "refkit-confidence": 0.0,
             "note": f"not segmented: {len(raw):,} characters is too long for one reference (entries run together?)"}
        )  # fmt: skip
    try:
        return _parse(raw)
    except Exception as exc:  # a rule broke on odd input: keep the text, say so
        text = " ".join(str(raw).split())
        return Reference.from_csl(
            {"type": "document", "title": text or None, "refkit-raw": raw, "refkit-confidence": 0.0, "note": f"unparsed ({exc.__class__.__name__})"}
        )


# An archival shelfmark: fonds, inventory, file, then the leaves cited ('ГАРФ. Ф. Р-9401. Оп. 2. Д. 64. Л. 9–17';
# Ukrainian 'Ф. 1. Оп. 1. Спр. 12. Арк. 3–5'; Kazakh 'Қ. 1380. Т. 1. Іс 45. П. 12'; transliterated 'F. 17. Op. 3. D. 876. L. 12';
# spelled out, as GOST 7.0.100 and twins have it: 'Фонд 170. Опись 2. Дело 1157. Листы 31–34.', 'Fond 170. Inventory 2. File 1157. Sheets 31–34.')
_ARCHIVE_STEP = r"\s*[.,;]?\s*(?:[–—-]\s+)?"
_ARCHIVE_LOCATION = re.compile(
    r"(?:(?<=[\s.,;:/–—])|^)(?P<loc>(?:Ф|ф|Фонд|Қ|Қор|F|f|Fond|fond|Q|Qor)\.?\s*(?:[РРPRАAП]\s*-?\s*)?\d+[а-яa-z]?"  # ('Ф. П-3': a party fonds; Kazakh 'Қ.', romanised 'Q.')
    + _ARCHIVE_STEP + r"(?:(?:Оп|оп|Опись|Op|op|Opis['’]?|Inventory|Т|Тізбе|T|Воп|воп)\.?\s*\d+[а-яa-z]?|\d-(?:я|ya)\s+(?:эксп|eksp)\.)"  # (the Third Section's '1-я эксп.')
    + r"(?:" + _ARCHIVE_STEP + r"(?:Карт|Картон|Kart)\.?\s*\d+)?"  # a box within the inventory: 'Оп. 3. – Карт. 17.'
    + r"(?:" + _ARCHIVE_STEP + r"1[5-9]\d\d(?:\s*(?:г|g)\.)?)?"  # files by year within an inventory: 'Оп. 1. 1731 г. Д. 1.', '1-я эксп. 1826. Д. 61.'
    + _ARCHIVE_STEP + r"(?:Д|д|Дело|Спр|спр|Іс|іс|І(?=\.)|I(?=\.)|D|d|Delo|File|Spr|Ед\.\s*хр|ед\.\s*хр|Ed\.\s*khr|ed\.\s*khr|№|No)\.?\s*\d+[а-яa-z]?"  # (Kazakh 'І. 45', romanised 'I. 45')
    + r"(?:" + _ARCHIVE_STEP + r"(?:Ч|ч|Ch|ch)\.\s*\d+)?)"  # a part of the file: 'Д. 61. Ч. 4.'
    r"(?:" + _ARCHIVE_STEP + r"(?:Листы|Лист|Лл|лл|Л|л|Арк|арк|П|п|Парақ|Sheets?|Leaves|Listy|Ll|ll|L|l|Ark|ark|P|Par)\.?\s*"
    r"(?P<leaves>\d+\s*(?:об\.?|зв\.?|адв\.?|ob\.?|zv\.?)?(?:\s*[-–—]\s*\d+\s*(?:об\.?|зв\.?|адв\.?|ob\.?|zv\.?)?)?(?:\s*,\s*\d+(?:\s*[-–—]\s*\d+)?)*))?"
)


# a whole fonds (with its name) or one inventory of it, ending the reference: 'Ф. 1929. Оп. 1.', 'F. 248 (Senat i ego uchrezhdeniya).'
_ARCHIVE_FONDS = re.compile(
    r"(?<=[\s.])(?P<loc>(?:Ф|Фонд|F|Fond|Қ|Қор)\.?\s*(?:[РPR]\s*-?\s*)?\d+[а-яa-z]?(?:\s*\([^()]{2,80}\))?"
    r"(?:[.,]\s*(?:Оп|Op|Тізбе)\.?\s*\d+[а-яa-z]?)?)(?P<leaves>)\.?\s*$"
)
# A Korean court decision: court, date, docket number, 결정/판결 ('대법원 2010. 4. 22. 선고 2008다38288 전원합의체 판결')
_KO_REPORT = r"(?P<rep>판례집|판례월보|공보|헌법재판소판례집|대법원판례집)\s*(?P<rv>\d{1,3}(?:-\d)?[상하]?)\s*,\s*(?P<rp>\d+(?:\s*[-~–]\s*\d+)?)\s*(?:면|쪽)?"
_KO_DECISION = re.compile(
    r"(?P<court>헌법재판소|헌재|대법원|대판|[가-힣]{2,8}(?:고등|지방|행정|가정|특허)법원(?:\s*[가-힣]{1,6}지원)?)\s*"
    r"(?P<y>(?:19|20)\d\d)\.\s*(?P<m>\d{1,2})\.\s*(?P<d>\d{1,2})\.?\s*(?:자\s*|선고\s*)?"
    r"(?P<no>\d{2,4}\s*[가-힣]{1,3}\s*\d+(?:\s*[·,]\s*(?:\d{2,4}\s*[가-힣]{1,3}\s*)?\d+)*(?:\s*\(병합\))?(?:\s*등)?)\s*"
    r"(?:(?:전원재판부\s*|전원합의체\s*)?(?:결정|판결)"
    r"(?:\s*\((?P<rep2>공|판례공보)\s*(?P<rv2>(?:19|20)\d\d[상하]?)\s*,\s*(?P<rp2>\d+(?:\s*[-~–]\s*\d+)?)\s*\))?"  # and the court gazette that reports it: '판결(공2016하, 1330)'
    # the short form of a law review: '헌재 2011. 8. 30. 2008헌가22 등, 판례집 23-2상, 174': the decision and where it is reported
    r"|,\s*" + _KO_REPORT + ")"
)
# ... and where a decision named in full is reported: '… 2014헌바148 등 결정, 판례집 30-2, 237'
_KO_REPORTED_IN = re.compile(r",\s*" + _KO_REPORT)


def _inside_quotes(text: str, at: int) -> bool:
    """Whether ``at`` falls inside an article's quoted title ('「…」', '“…”', '"…"'), where a decision is only named."""
    return text.count("「", 0, at) > text.count("」", 0, at) or text.count("“", 0, at) > text.count("”", 0, at) or text.count('"', 0, at) % 2 == 1


def _court_decision(w: _Work) -> None:
    m = next((m for m in w.search(_KO_DECISION) if not _inside_quotes(w.text, m.start())), None)
    if not m:
        return  # (a decision named inside an article's title, '「… - 헌법재판소 2018. 6. 28. 2011헌바379 등 결정을 중심으로 -」', is not the work)
    w.take("authority", m.group("court"), m.start("court"), m.end("court"))
    w.take("issued", Date.of(int(m.group("y")), int(m.group("m")), int(m.group("d"))), m.start("y"), m.end("d"))
    w.take("number", rx.sub(r"\s*등$", "", m.group("no")), m.start("no"), m.end("no"))  # ('2014헌바148 등': the first of the joined cases)
    _take_groups(w, m, (("container-title", "rep"), ("volume", "rv"), ("page", "rp"), ("container-title", "rep2"), ("volume", "rv2"), ("page", "rp2")))
    w.claim(m.start(), m.end())
    report = _KO_REPORTED_IN.match(w.text, m.end()) if not (m.group("rep") or m.group("rep2")) else None
    if report:
        _take_groups(w, report, (("container-title", "rep"), ("volume", "rv"), ("page", "rp")))
        w.claim(report.start(), report.end())
    w.flags.add("court-decision")


# a German court's decision: 'BVerfG, Beschluss vom 20. 12. 1960 – 1 BvL 21/60, BVerfGE 12, 45', 'EuGH, Urteil vom 4. 5. 2023 –
# C-300/21 (Österreichische Post), ECLI:EU:C:2023:370': the court, the kind, the day, the docket, and where it is reported
_DE_DECISION = re.compile(
    r"\s*(?P<court>BVerfG|BVerwG|BGH|BAG|BFH|BSG|EuGH|EuG|EGMR|(?:OLG|LG|VG|OVG|LAG|AG|LSG|FG)\s+[A-ZÄÖÜ][\w.-]+)\s*,\s*"
    r"(?P<g>Urteil|Beschluss|Entscheidung|Gutachten)\s+vom\s+(?P<d>\d{1,2})\.\s*(?P<m>\d{1,2})\.\s*(?P<y>(?:19|20)\d\d)\s*[–—-]\s*"
    r"(?P<no>[^,()]+?)(?:\s*\((?P<t>[^()]{2,80})\))?"
    r"(?:\s*,\s*(?P<ecli>ECLI:[\w:.]*\w)|\s*,\s*(?P<c>[A-Z][A-Za-zÄÖÜäöü]{1,10})\s+(?P<v>\d{1,4})\s*,\s*(?P<p>\d+)(?:\s*\(\d+\))?)?\s*\.?\s*$"
)


def _german_court_decision(w: _Work, pos: int) -> None:
    m = _DE_DECISION.match(w.free(), pos)
    if not m:
        return
    w.take("issued", Date.of(int(m.group("y")), int(m.group("m")), int(m.group("d"))), m.start("d"), m.end("y"))
    _take_groups(w, m, (("authority", "court"), ("genre", "g"), ("number", "no"), ("title", "t"), ("note", "ecli"), ("container-title", "c"), ("volume", "v"), ("page", "p")))
    w.claim(pos, m.end())
    w.flags.add("court-decision")
    w.fields.setdefault("language-tag", "de")  # the form is German, whatever the case's name


_NUMERIC_OR_LONG_DATE = r"(?P<d>\d{2}\.\d{2}\.\d{4}|\d{1,2}\s+[A-Z][a-z]+\s+\d{4})(?:\s*р\.)?"
# a judgment of the European Court of Human Rights, in English or in Ukrainian or Russian translation:
# 'Справа «Бурмич та інші проти України» (Заява № 46852/13 та інші) : рішення Європейського суду з прав людини від 12.10.2017'
_ECHR_JUDGMENT = re.compile(
    r"\s*(?P<t>(?:Case\s+of|Справа|Дело)\s+[«\"“]?[^()«»]{3,150}?(?:\sv\.?|\sпроти|\sпротив)\s[^()]{2,80}?[»\"”]?)\s*"
    r"\((?:[Aa]pplications?\s+[Nn]os?\.?|Заява\s+№|Заявление\s+№|Жалоба\s+№)\s*(?P<no>\d+/\d{2})[^()]*\)"
    r"(?:\s*[:,.]?\s*(?P<g>[Jj]udgment|[Dd]ecision|рішення|ухвала|решение|постановление)\s+(?:of\s+the\s+)?(?P<court>European\s+Court\s+of\s+Human\s+Rights|Європейського\s+суду\s+з\s+прав\s+людини|Европейского\s+суда\s+по\s+правам\s+человека)"
    r"\s+(?:of|від|от)\s+" + _NUMERIC_OR_LONG_DATE + r")?"
)
# a Ukrainian court's decision: 'Постанова Верховного Суду від 14.05.2019 у справі № 910/11511/18', 'Рішення Конституційного Суду
# України від 27.10.2020 № 13-р/2020 у справі за конституційним поданням …'
_UA_COURT_DECISION = re.compile(
    r"\s*(?P<g>Постанова|Ухвала|Рішення|Висновок)\s+(?P<court>(?:Великої\s+Палати\s+)?Верховного\s+Суду(?:\s+України)?|Конституційного\s+Суду\s+України)"
    r"\s+від\s+" + _NUMERIC_OR_LONG_DATE + r"(?:\s*№\s*(?P<no>[\w/-]+))?(?:\s+у\s+справі\s+№\s*(?P<case>[\d/-]+))?"
    r"(?:\s*\((?P<note>провадження\s+№\s*[^()]+)\))?(?:\s+(?P<t>у\s+справі\s+за\s+[^.\x00]{5,400}?)|\s+\((?P<t2>справа\s+про\s+[^()\x00]{5,300})\))?(?=\s*\.?[\s\x00]*(?:\x00|$)|\.\s)"
)

# a Russian court's ruling: 'Определение Судебной коллегии по экономическим спорам Верховного Суда РФ от 12.02.2018
# № 305-ЭС17-11710(3) по делу № А40-177466/2013' (a Plenum's resolution is an act, not a ruling: not here)
_RU_COURT_DECISION = re.compile(
    r"\s*(?P<g>(?:Апелляционное\s+|Кассационное\s+)?[Оо]пределение|Постановление|Решение)\s+(?P<court>(?:(?:Судебной\s+коллегии|Президиума)\s+[^№\x00]{0,80}?)?"
    r"(?:Верховного\s+Суда|Конституционного\s+Суда|Высшего\s+Арбитражного\s+Суда|ВАС|ВС|КС|Арбитражного\s+суда\s+[^№\x00]{2,60}?)(?:\s+(?:РФ|Российской\s+Федерации))?)"
    r"\s+от\s+" + _NUMERIC_OR_LONG_DATE + r"(?:\s*г\.)?\s*№\s*(?P<no>[^\s,\x00(]+(?:\([^()\s\x00]*\))?)(?:\s+(?P<note>по\s+делу\s+№\s*[^\s,\x00]+?))?(?=\s*\.?[\s\x00]*(?:\x00|$)|\.\s|\s*//)"
)
_JOURNAL_YEAR_AFTER_RULING = re.compile(r"\s*//[^\x00]*?\.\s+(?P<y>(?:19|20)\d\d)(?=\.\s*(?:№|Т\.|Вып\.))")

# a convention cited by its date in DSTU / GOST: 'Конвенція про захист прав людини … : від 04.11.1950 р. : ратифіковано Законом …'
_CONVENTION_DATED = re.compile(
    r"\s*(?P<t>(?:Конвенція|Конвенция|Угода|Соглашение|Договір|Договор|Пакт|Хартія|Хартия|Статут|Устав)\s[^:\x00]{3,200}?)\s*:\s*(?:від|от)\s+(?P<d>\d{2}\.\d{2}\.\d{4})(?:\s*р\.|\s*г\.)?"
    r"(?:\s*:\s*(?P<note>(?:ратифіковано|ратифицирована|ратифицировано)[^\x00]+?))?(?=\.?[\s\x00]*(?:\x00|$)|\.\s)"
)


def _echr_or_ua_court(w: _Work, pos: int) -> None:
    free = w.free()
    m = _CONVENTION_DATED.match(free, pos)
    if m:
        w.take("title", m.group("t").strip(), m.start("t"), m.end("t"))
        w.take("issued", _date_from_text(m.group("d")), m.start("d"), m.end("d"))
        if m.group("note"):
            w.add_note(m.group("note"), m.start("note"), m.end("note"))  # the act that ratified it: kept, no field holds it
        w.claim(pos, m.end())
        w.flags.add("kind:treaty")
        return
    m = _ECHR_JUDGMENT.match(free, pos) or _UA_COURT_DECISION.match(free, pos) or _RU_COURT_DECISION.match(free, pos)
    if not m:
        return
    if m.group("d"):
        w.take("issued", _date_from_text(m.group("d")), m.start("d"), m.end("d"))
    ua = m.re is _UA_COURT_DECISION  # (a Ukrainian ruling is known by its case number, where it has one, not the ruling's own)
    # ('Постанова', 'judgment': what the court gave, kept as genre)
    _take_groups(w, m, (("number", "case"), ("number", "no"), ("authority", "court"), ("genre", "g"), ("title", "t"), ("title", "t2"), ("note", "note")) if ua
                 else (("number", "no"), ("authority", "court"), ("genre", "g"), ("note", "note")) if m.re is _RU_COURT_DECISION
                 else (("number", "no"), ("authority", "court"), ("genre", "g"), ("title", "t")))
    w.claim(pos, m.end())
    w.flags.add("court-decision")
    journal_year = _JOURNAL_YEAR_AFTER_RULING.search(free, m.end()) if m.re is _RU_COURT_DECISION else None
    if journal_year:  # '… // Вестник ВАС РФ. 2012. № 3.': the year of the journal's issue, not of the ruling: kept as a note
        w.add_note(journal_year.group("y"), journal_year.start("y"), journal_year.end("y"))
    if ua or (m.group("court") or "").startswith("Європ"):
        w.fields.setdefault("language-tag", "uk")  # 'Постанова Верховного Суду від …' has too few words to tell Ukrainian from Belarusian


# English law citations (OSCOLA, Bluebook). A case: its name with ' v ', the year in brackets, the report's
# volume, abbreviation and first page, the court: 'Donoghue v Stevenson [1932] AC 562 (HL)', 'Joined Cases C-6/90
# and C-9/90 Francovich … v Italy [1991] ECR I-5357', 'Osman v United Kingdom (2000) 29 EHRR 245',
# 'Brown v. Board of Education, 347 U.S. 483 (1954)'
_REPORT = r"(?P<c>[A-Z][A-Za-z.&]*(?:['’]s)?(?:\s[A-Z][A-Za-z.&]*){0,3}|U\.\s?S\.|S\.\s?Ct\.|F\.\s?(?:2d|3d|4th|Supp\.(?:\s?[23]d)?))"
_UK_CASE = re.compile(
    r"\s*(?:(?:Joined\s+)?Cases?\s+(?P<no>[CT]-\d+/\d+(?:\s*(?:and|,)\s*[CT]-\d+/\d+)*)\s+)?"
    r"(?P<t>(?:[^\[\]()\x00]|\([^()\x00]{1,40}\)){1,200}?\sv\.?\s[^\[\]\x00]{1,200}?),?\s+"  # ('R (Bancoult) v …')
    r"(?:(?P<neutral>\[(?P<ny>(?:1[5-9]|20)\d\d)\]\s+(?P<nc>[A-Z]+(?:\s+(?:Civ|Crim|Admin|Ch|Fam|QB|KB|Comm|TCC|Pat|IPEC))?)\s+\d+)\s*,\s+)?"
    r"(?:\[(?P<y>(?:1[5-9]|20)\d\d)\]|\((?P<y2>(?:1[5-9]|20)\d\d)\))\s+(?:(?P<v>\d{1,4})\s+)?" + _REPORT + r"\s+(?P<p>[A-Z]{0,2}-?\d+)"
    r"(?:\s*,\s*\d+(?:[–-]\d+)?)?(?:\s*\((?P<court>[A-Za-z][A-Za-z .]{0,30})\))?\s*\.?\s*$"
)
_US_CASE = re.compile(
    r"\s*(?P<t>[^\[\]()\x00]{1,200}?\sv\.\s[^\[\]()\x00]{1,200}?),\s+(?P<v>\d{1,4})\s+" + _REPORT + r"\s+(?P<p>\d+)(?:\s*,\s*\d+(?:[–-]\d+)?)?"
    r"\s*\((?P<court>[^()]{0,40}?)\s*(?P<y>(?:1[5-9]|20)\d\d)\)\s*\.?\s*$"
)
# US federal law in the Bluebook: a code title and its sections, 'Export Administration Regulations, 15 C.F.R. pts. 730–774 (2023)',
# '… Act of 1974, 20 U.S.C. § 1232g (1974).'; an executive order with its Federal Register citation and date
_US_CODE = re.compile(
    r"\s*(?P<t>[A-Z][^,\x00]{2,200}?),\s+(?P<v>\d{1,3})\s+(?P<c>U\.\s?S\.\s?C\.(?:\s?A\.)?|C\.\s?F\.\s?R\.)\s+(?:§§?\s*(?P<s>[\w.]+(?:\s*[–-]\s*[\w.]+)?)|(?:pts?\.|ch\.)\s*[\w.]+(?:\s*[–-]\s*[\w.]+)?)"
    r"(?:\s+\((?:[^()]*?\s)?(?P<y>(?:1[5-9]|20)\d\d)\))?\s*\.?\s*$"
)
# a session law: 'Export Control Reform Act of 2018, Pub. L. No. 115-232, §§ 1741–1781, 132 Stat. 2208 (codified at …).'
_US_SESSION_LAW = re.compile(
    r"\s*(?P<t>[A-Z][^,\x00]{2,200}?(?:\s+of\s+(?P<ty>(?:1[5-9]|20)\d\d))?),\s+(?:Pub\.\s?L\.\s?No\.\s?(?P<no>\d{1,3}-\d{1,4})|ch\.\s?\d+),\s+"
    r"(?:§§?\s*(?P<s>[\w.]+(?:\s*[–-]\s*[\w.]+)?),\s+)?(?P<v>\d{1,3})\s+(?P<c>Stat\.)\s+(?P<p>\d+)"
    r"(?:\s+\((?P<note>codified[^()]*)\)|\s+\((?P<y>(?:1[5-9]|20)\d\d)\))?\s*\.?\s*$"
)
_EXEC_ORDER = re.compile(
    r"\s*(?P<g>Exec\.\s+Order|Executive\s+Order)\s+No\.\s*(?P<no>\d[\d,]*)(?:,\s+(?P<t>[^\x00]{3,300}?))?,\s+(?P<v>\d{1,3})\s+(?P<c>Fed\.\s?Reg\.|C\.\s?F\.\s?R\.)\s+(?P<p>\d[\d,]*)"
    r"\s+\((?P<d>[^()]{0,20}?(?:1[5-9]|20)\d\d)\)\s*\.?\s*$"
)
# a UK Act or statutory instrument, maybe with the section cited: 'Crown Proceedings Act 1947, s 2(1)'
_UK_ACT = re.compile(
    r"\s*(?P<t>[A-Z][\w'’-]*(?:\s+[\w'’()-]+){0,12}?\s+(?:Act|Regulations|Order|Rules|Measure)\s+(?P<y>(?:1[5-9]|20)\d\d))"
    r"(?:\s*,\s*(?:ss?|sch|art|para|pt|regs?|r)\.?\s+(?P<sec>[\w()]+(?:\s*(?:and|,|[–-])\s*[\w()]+)*))?\s*\.?\s*$"
)
_LONG_DATE = r"\d{1,2}\s+(?:January|February|March|April|May|June|July|August|September|October|November|December)\s+(?:1[5-9]|20)\d\d"
# an arbitral award: 'Rumeli Telekom AS v Republic of Kazakhstan, ICSID Case No ARB/05/16, Award (29 July 2008)', also under
# the UNCITRAL rules with no institution's number ('…, UNCITRAL, Final Award (17 December 2015)'; 'ICSID Case No ARB(AF)/06/1')
_ARBITRAL_AWARD = re.compile(
    r"\s*(?P<t>[A-Z](?:[^()]|\([^()]{2,40}\))*?\sv\.?\s[^,()]+?(?:\s\([^()]{2,40}\))?),\s+(?:(?:UNCITRAL,\s+)?(?P<auth>ICSID|SCC|PCA|ICC|LCIA|SIAC|HKIAC)\s+Case\s+No\.?\s+(?P<no>(?:[^,()]|\([A-Z]{1,4}\))+?)|UNCITRAL),\s+"
    r"(?P<g>(?:(?:Final|Partial|Interim|Consent|Excerpts\s+of(?:\s+the)?)\s+)?Award(?:\s+on\s+(?:the\s+)?[A-Z][^()]{2,40}?)?|Decision\s+on\s+(?:the\s+)?[A-Z][^()]{2,60}?"
    r"|Procedural\s+Order\s+No\.?\s*\d+|(?:Dissenting|Separate|Concurring)\s+Opinion(?:\s+of\s+[^()]{2,60}?)?)\s*\((?P<d>" + _LONG_DATE + r")\)\s*\.?\s*$"
)
# a judgment of the EU courts by its case number and ECLI: 'Case C-582/14, Patrick Breyer v Bundesrepublik Deutschland,
# ECLI:EU:C:2016:779 (CJEU, 19 October 2016).', 'Case C-131/12 Google Spain SL v AEPD [2014] ECLI:EU:C:2014:317', OSCOLA's
# 'Case C-741/19 Republic of Moldova v Komstroy LLC EU:C:2021:655'
_EU_CASE = re.compile(
    r"\s*(?:Joined\s+)?Cases?\s+(?P<no>[CT]-\d+/\d+(?:\s*(?:and|,)\s*[CT]-\d+/\d+)*),?\s+(?P<t>[^\[\]()\x00]{1,200}?\sv\.?\s[^\[\]()\x00]{1,200}?),?\s+"
    r"(?:\[(?P<y>(?:1[5-9]|20)\d\d)\]\s+)?(?P<e>(?:ECLI:[A-Z]{2}|EU):[A-Z]+:(?:1[5-9]|20)\d\d:\d+)"
    r"(?:\s*\((?:(?P<auth>CJEU|ECJ|General\s+Court|GC|CJ)\s*,\s*)?(?P<d>" + _LONG_DATE + r")\))?\s*\.?\s*$"
)
# ... or named first: '*Data Protection Commissioner v Facebook Ireland Ltd …*, Case C-311/18, Judgment of 16 July 2020,
# EU:C:2020:559.', OSCOLA 'Google Spain SL v AEPD (C-131/12) EU:C:2014:317'
_EU_CASE_NAMED_FIRST = re.compile(
    r"\s*(?P<t>[^\[\]()\x00,]{1,200}?\sv\.?\s[^\[\]()\x00]{1,200}?)(?:,\s*Case\s+|\s+\()(?P<no>[CT]-\d+/\d+)\)?"
    r"(?:,\s*(?P<g>Judgment|Order|Opinion\s+of\s+[^,()\x00]{2,60}?)\s+of\s+(?P<d>" + _LONG_DATE + r"))?,?\s+(?P<e>(?:ECLI:)?EU:[CTF]:(?:1[5-9]|20)\d\d:\d+)\s*\.?\s*$"
)
# a treaty with its UNTS citation: 'Energy Charter Treaty (adopted 17 December 1994, entered into force 16 April 1998) 2080 UNTS 95',
# or without one (a bilateral investment treaty: 'Agreement between … (signed 1 May 1992, entered into force 10 August 1995).')
_UNTS_TREATY = re.compile(
    r"\s*(?P<t>[A-Z][^()]{3,250}?)\s+\((?:adopted|signed|opened\s+for\s+signature)\s+(?P<d>" + _LONG_DATE + r")(?:,\s*entered\s+into\s+force\s+[^()]{3,40})?\)"
    r"(?:\s+(?P<v>\d{1,5})\s+(?P<c>UNTS|ILM|LNTS|ETS|CETS|OJ\s+L)\s+(?P<p>\d+))?\s*\.?\s*$"
)
# a UN resolution: 'UNGA Res 1803 (XVII) 'Permanent Sovereignty over Natural Resources' (14 December 1962)'
_UN_RESOLUTION = re.compile(
    r"\s*(?P<auth>UNGA|UNSC|UNHRC)\s+Res\s+(?P<no>[\w/.-]+(?:\s\([IVXLC]+\))?)\s+['‘“](?P<t>[^'’”]{3,250})['’”]\s+\((?P<d>" + _LONG_DATE + r")\)"
    r"(?:\s+UN\s+Doc\s+[\w/.()-]+)?\s*\.?\s*$"
)
# OSCOLA's online source: 'Nacimiento P and Yeleuov M, 'Title' (Global Arbitration Review, 28 September 2020) <…> accessed …'
_OSCOLA_ONLINE = re.compile(
    r"\s*(?P<a>[A-Z][^'‘’()\[\]\x00]{2,200}?),\s+['‘](?P<t>[^‘’]{2,250}?)['’]\s+\((?P<c>[A-Z][^(),\x00]{1,80}),\s+(?P<d>" + _LONG_DATE + r")\)(?=[\s\x00.]*(?:<|https?://|\x00|$))"
)
# OSCOLA's journal article ends '… Title' (2013) 76 MLR 286' or '[2004] CLJ 123, 125'
_OSCOLA_JOURNAL_TAIL = re.compile(
    r"(?<=['’\"”])\s+(?:\((?P<y>(?:1[5-9]|20)\d\d)\)|\[(?P<y2>(?:1[5-9]|20)\d\d)\])\s+(?:(?P<v>\d{1,4})(?:\((?P<i>\d{1,3})\))?\s+)?"
    r"(?P<c>[A-Z][A-Za-z&]*(?:\s+(?:[A-Z][A-Za-z&]*|of|and|L|J|Rev|des|de|du|di|der|für)){0,6})\s+(?P<p>\d+)(?:\s*,\s*\d+(?:[–-]\d+)?)?\s*\.?\s*$"
)


# a law review article in the Bluebook: authors given name first, the title, then volume, journal, first page and year
_BLUEBOOK_ARTICLE = re.compile(
    r"\s*(?P<a>[A-Z][^,]{2,60}?(?:\s*(?:&|and)\s+[A-Z][^,]{2,40}?)?),\s+(?P<t>[^,].{4,240}?),\s+(?P<v>\d{1,4})\s+"
    r"(?P<c>[A-Z][\w.&' ]{0,50}?(?:L\.|Rev\.|J\.|Q\.|F\.)(?:\s?[A-Z][\w.&']*)*)\s+(?P<p>\d{1,5})(?:,\s*\d+(?:[-–]\d+)?)?\s+\((?P<y>(?:1[5-9]|20)\d\d)\)\.?\s*$"
)
# a book in the Bluebook: its pinpoint page, then edition and year in brackets: '… Reconsidered 45 (3d ed. 2007).'
_BLUEBOOK_BOOK_TAIL = re.compile(r"(?:\s+(?P<pin>\d+(?:[-–]\d+)?))?\s+\((?:(?P<ed>\d+)(?:st|nd|rd|th|d)\s+ed\.\s+)?(?P<y>(?:1[5-9]|20)\d\d)\)\.?\s*$")


# a Bluebook agency: the office and the department above it, abbreviated as the Bluebook abbreviates them
_BLUEBOOK_AGENCY_PART = r"[^,\x00]*(?:\bOff\.|Dep['’]t|Comm['’]n|\bAdmin\.|Bureau|Agency|\bAss['’]n|Ministry|\bServ\.|\bDiv\.|\bCtr\.)[^,\x00]*"
_BLUEBOOK_AGENCY_PAGE = re.compile(r"\s*(?P<a>" + _BLUEBOOK_AGENCY_PART + r"(?:,\s+" + _BLUEBOOK_AGENCY_PART + r")*),\s+(?P<t>[A-Z][^\x00]*?),?\s+(?=https?://|www\.)")


# AMS 'L. Carleson, Title, Euclidean harmonic analysis (Proc. Sem., Univ. Maryland, College Park, Md., 1979), Lecture Notes
# in Math., vol. 779, …': the last comma clause before the meeting's brackets is the book, and the place before the
# meeting's year is where it was held
_AMS_PROCEEDINGS = re.compile(
    r"(?P<t>[^\x00]{3,300}?),\s+(?P<c>[A-Z][^,()\x00]{2,150}?)\s+\((?:Proc\.|Proceedings)[^()\x00]*?,\s*"
    r"(?P<pl>[A-Z][^,()\x00]*(?:,\s*[A-Z][\w.]*)?),\s*(?:1[5-9]|20)\d\d\)"
)


_AMS_IMPRINT = re.compile(
    r",\s*(?P<pub>[A-Z][^,\x00]{1,60}),\s*(?P<place>[A-Z][^,\x00]{1,40}(?:,\s*[A-Z]{2})?),\s*(?P<y>(?:1[5-9]|20)\d\d)(?:,\s*pp\.\s*(?P<pg>\d+\s*[–-]\s*\d+))?"
    r"(?=[\s.\x00]*$)"
)


def _ams_proceedings(w: _Work, pos: int) -> int:
    """After the authors: the title, the book and where the meeting was held, then the imprint (see _AMS_PROCEEDINGS)."""
    free = w.free()
    m = _AMS_PROCEEDINGS.match(free, pos + len(rx.match(r"[\s,.\x00]*", free[pos:]).group(0)))
    if not m or "title" in w.fields:
        return pos
    _take_groups(w, m, (("title", "t"), ("container-title", "c"), ("event-place", "pl")))
    w.claim(m.start(), m.end())
    w.flags.add("kind:paper-conference")
    imprint = _AMS_IMPRINT.search(free, m.end())  # '…, Lecture Notes in Math., vol. 779, Springer, Berlin, 1980, pp. 5–45.'
    if imprint:
        _take_groups(w, imprint, (("publisher", "pub"), ("publisher-place", "place"), ("issued", "y"), ("page", "pg")))
        w.claim(imprint.start(), imprint.end())
    return m.end()


def _bluebook_agency_page(w: _Work, pos: int) -> None:
    """'Off. of Foreign Assets Control, U.S. Dep’t of the Treasury, Sanctions List Search, https://… (last visited Mar. 4,
    2024).': the office and its department are the author, the title runs to the link."""
    m = _BLUEBOOK_AGENCY_PAGE.match(w.free(), pos)
    if m and "author" not in w.fields:
        w.take("author", [Name(literal=m.group("a").strip())], m.start("a"), m.end("a"))
        w.take("title", m.group("t"), m.start("t"), m.end("t"), claim=(m.start("t"), m.end()))


def _bluebook_book(w: _Work, pos: int) -> bool:
    """'Gary Clyde Hufbauer, Jeffrey J. Schott, Kimberly Ann Elliott & Barbara Oegg, Economic Sanctions Reconsidered
    (3d ed. 2007).': the names, given name first, run to the last comma before which all is names; the title to the
    brackets."""
    free = w.free()
    tail = _BLUEBOOK_BOOK_TAIL.search(free, pos) if free.rstrip(" .").endswith(")") else None
    if not tail or _FREE in free[pos : tail.start()]:
        return False
    names, split = None, None
    for comma in rx.finditer(r",\s+", free[pos : tail.start()]):
        head = _oscola_names(free[pos : pos + comma.start()].strip())
        if not (head and all(rx.search(r"[a-z]", n.given or "") and rx.search(r"[a-z]", n.family or "") for n in head)):  # not physics' 'Kosterlitz J M
            break  # (a longer run holds this one's words that are no names: it cannot be all names either)
        names, split = head, comma
    if not names:
        return False
    start = pos + split.end()
    title = free[start : tail.start()].strip()
    if not rx.match(r"[A-Z]", title) or rx.search(r",\s+\d+\s+[A-Z]", title):
        return False  # (an article's '…, 106 Yale L.J.' is not a book's title)
    w.take("author", names, pos, pos + split.start())
    w.take("title", title, start, start + len(title))
    _take_groups(w, tail, (("page", "pin"), ("edition", "ed"), ("issued", "y")))
    w.claim(pos, len(free))
    w.flags.update({"names:given_f", "kind:book"})
    return True


# OSCOLA's books, chapters and reports end in brackets: '(3rd edn, OUP 2004)', '(Clarendon Press 1998) 57',
# '(Law Com No 247, 1997)'; the names before them are given name first
_OSCOLA_IMPRINT = (
    r"\((?:(?P<ed>\d+)(?:st|nd|rd|th)\s+edn,\s*)?(?!(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?|Spring|Summer|Autumn|Fall|Winter)\.?\s)"  # (not 'Martinus Nijhoff')
    r"(?P<pub>[A-Z][^(),]{1,60}?)\s+(?P<y>(?:1[5-9]|20)\d\d)\)"
    r"(?:\s*,?\s*(?P<pin>\d+(?:[–-]\d+)?))?\s*\.?\s*$"
)
_OSCOLA_BOOK_TAIL = r",\s+(?P<t>[A-Z](?:(?!\.\s)[^'‘’()]){2,250}?)\s+" + _OSCOLA_IMPRINT
_OSCOLA_BOOK = re.compile(r"\s*(?P<a>[^,'‘’()\[\]]{3,200}?)" + _OSCOLA_BOOK_TAIL)
# ... by three or more, the last after 'and': 'Campbell McLachlan, Laurence Shore and Matthew Weiniger, International …'
_OSCOLA_BOOK_BY_MANY = re.compile(r"\s*(?P<a>[^,'‘’()\[\]]{3,60}?(?:,\s+[^,'‘’()\[\]]{3,60}?)+\s+and\s+[^,'‘’()\[\]]{3,60}?)" + _OSCOLA_BOOK_TAIL)
_OSCOLA_CHAPTER = re.compile(
    r"\s*(?P<a>[^,'‘’()\[\]]{3,200}?),\s+['‘](?P<t>[^‘’]{2,250}?)['’]\s+in\s+(?P<e>[^()]{3,200}?)\s+\(eds?\),\s+(?P<c>[^()]{2,250}?)\s+" + _OSCOLA_IMPRINT
)
# OSCOLA's bibliography puts the family name first, its initials after without stops: 'Bonnitcha J, Poulsen LNS and Waibel M, …'
_OSCOLA_BIB_NAME = r"[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s+[A-Z]{1,3}"
_OSCOLA_BIB_AUTHORS = r"\s*(?P<a>" + _OSCOLA_BIB_NAME + r"(?:(?:,\s+|,?\s+and\s+)" + _OSCOLA_BIB_NAME + r")*)"
_OSCOLA_BIB_BOOK = re.compile(_OSCOLA_BIB_AUTHORS + r",\s+(?P<t>[A-Z](?:(?!\.\s)[^'‘’()]){2,250}?)\s+" + _OSCOLA_IMPRINT)
_OSCOLA_BIB_CHAPTER = re.compile(
    _OSCOLA_BIB_AUTHORS + r",\s+['‘](?P<t>[^‘’]{2,250}?)['’]\s+in\s+(?P<e>[^()]{3,200}?)\s+\(eds?\),\s+(?P<c>[^()]{2,250}?)\s+" + _OSCOLA_IMPRINT
)
_OSCOLA_REPORT = re.compile(
    r"\s*(?P<a>[A-Z][^,()]{2,80}),\s+(?P<t>[^()]{3,250}?)\s+\((?P<no>[A-Z][^(),]{1,40}?\s+No\s+\d+[\w-]*),\s*(?P<y>(?:1[5-9]|20)\d\d)\)\s*\.?\s*$"
)


_OSCOLA_NAME = re.compile(r"(?P<given>[A-Z]{1,3}|[A-Z][a-zà-öø-ÿ]+(?:[\s-][A-Z][a-zà-öø-ÿ]+)*(?:\s[A-Z]\.?)?)\s(?P<family>[A-Z][a-zà-öø-ÿ'’]*(?:-?[A-Z][a-zà-öø-ÿ'’]+)*)")


def _oscola_names(text: str) -> list[Name] | None:
    """'Andrew Burrows', 'Peter Cane and Jane Stapleton', with OSCOLA's initials without full stops ('NA Moreham',
    'Andrew T Kenyon'): all of it must be names, given name first. 'and others' closes a list cut short."""
    text = rx.sub(r"\s+(?:and\s+others|et\s+al\.?)$", "", text)
    lst = scan_names(text + ",", 0, forms=("given_f",))
    if lst is not None and lst.end >= len(text):
        return lst.names
    parts = [_OSCOLA_NAME.fullmatch(p.strip()) for p in rx.split(r",\s+(?:and\s+)?|\s+and\s+", text)]
    if not all(parts) or len(parts) > 6 or not any(rx.search(r"(?:^|\s)[A-Z]{1,3}\.?$", m.group("given")) for m in parts):
        return None  # (one of them at least has its initials, or 'Law Commission' would be a person)
    return [Name(family=m.group("family"), given=m.group("given")) for m in parts]


def _oscola_bib_names(text: str) -> list[Name] | None:
    """'Bonnitcha J, Poulsen LNS and Waibel M': OSCOLA bibliography names, family name first (None unless all are)."""
    parts = rx.split(r",\s+(?:and\s+)?|,?\s+and\s+", text.strip())
    if not all(rx.fullmatch(_OSCOLA_BIB_NAME, p) for p in parts):
        return None
    return [Name(family=p.rsplit(None, 1)[0], given=p.rsplit(None, 1)[1]) for p in parts]


def _oscola_work(w: _Work, pos: int) -> bool:
    free = w.free()
    m = _OSCOLA_REPORT.match(free, pos)
    if m:  # 'Law Commission, Aggravated, Exemplary and Restitutionary Damages (Law Com No 247, 1997)'
        w.take("author", [Name(literal=m.group("a").strip())], m.start("a"), m.end("a"))
        w.take("title", m.group("t").strip(), m.start("t"), m.end("t"))
        w.take("number", m.group("no"), m.start("no"), m.end("no"))
        w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"))
        w.claim(pos, len(free))
        w.flags.update({"kind:report", "names:org", "org-author"})
        return True
    for pattern in (_OSCOLA_CHAPTER, _OSCOLA_BOOK_BY_MANY, _OSCOLA_BOOK):
        m = pattern.match(free, pos)
        authors = _oscola_names(m.group("a").strip()) if m else None
        if authors:
            break
    if not authors:
        m = _OSCOLA_BIB_CHAPTER.match(free, pos) or _OSCOLA_BIB_BOOK.match(free, pos)
        authors = _oscola_bib_names(m.group("a")) if m else None
    editors = (_oscola_names(m.group("e").strip()) or _oscola_bib_names(m.group("e"))) if m and "e" in m.re.groupindex else None
    if not authors or m and "e" in m.re.groupindex and not editors:
        return False
    w.take("author", authors, m.start("a"), m.end("a"))
    if rx.search(r"\s(?:and\s+others|et\s+al\.?)\s*$", m.group("a")):
        w.flags.add("et-al")
    w.take("title", m.group("t").strip(), m.start("t"), m.end("t"))
    if editors:
        w.take("editor", editors, m.start("e"), m.end("e"))
        w.take("container-title", m.group("c").strip(), m.start("c"), m.end("c"))
    for key, group in (("edition", "ed"), ("publisher", "pub"), ("page", "pin")):
        if m.group(group):
            w.take(key, m.group(group), m.start(group), m.end(group))
    w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"))
    w.claim(pos, len(free))
    w.flags.update({"names:given_f", "kind:chapter" if editors else "kind:book"})
    return True


# OSCOLA's international courts: the ICJ's '… (Hungary/Slovakia) (Judgment) [1997] ICJ Rep 7' (the kind of decision is its
# genre, the report its container) and the Strasbourg court's 'Tătar v Romania App no 67021/01 (ECtHR, 27 January 2009)'
_ICJ_REPORT = re.compile(
    r"\s*(?P<t>[^\[\]\x00]{3,250}?)\s*\((?P<g>Judgment|Advisory\s+Opinion|Merits|Preliminary\s+Objections|Provisional\s+Measures|Order"
    r"|Jurisdiction(?:\s+and\s+Admissibility)?|Compensation|Interpretation)\)\s*\[(?P<y>(?:19|20)\d\d)\]\s+(?P<c>(?:ICJ|PCIJ)\s+Rep(?:orts)?|I\.C\.J\.\s+Reports)"
    r"\s+(?P<p>\d+)(?:\s*,\s*(?:para\s+)?\d+(?:[–-]\d+)?)?\s*\.?\s*$"
)
_ECHR_APPLICATION = re.compile(
    r"\s*(?P<t>[^\x00()]{3,150}?\sv\.?\s[^\x00()]{2,100}?)\s*,?\s+App(?:lication)?\s+nos?\.?\s+(?P<no>\d+/\d+(?:(?:\s*,\s*|\s+and\s+)\d+/\d+)*)"
    r"\s*\((?P<auth>ECtHR|ECHR|EComHR|Commission\s+Decision)(?:\s*\[GC\])?,\s*(?P<d>\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)\)\s*\.?\s*$"
)


def _english_law(w: _Work, pos: int) -> None:
    """Cases and Acts cited as English law journals print them, OSCOLA's books, chapters and reports, and its
    journal article tail."""
    free = w.free()
    if free.rstrip(" .").endswith(")") or rx.search(r"\d{4}\)\s*,?\s*\d+(?:[–-]\d+)?\.?\s*$", free):
        if _oscola_work(w, pos):
            return
    for pattern, kind, fields in (
        (_ARBITRAL_AWARD, "legal_case", (("title", "t"), ("authority", "auth"), ("number", "no"), ("genre", "g"))),
        (_UNTS_TREATY, "treaty", (("title", "t"), ("container-title", "c"), ("volume", "v"), ("page", "p"))),
        (_UN_RESOLUTION, "legislation", (("title", "t"), ("authority", "auth"), ("number", "no"))),
    ):
        m = pattern.match(free, pos) if ("Case No" in free or "UNCITRAL" in free or "UNTS" in free or "force " in free or " Res " in free) else None
        if m:
            w.take("issued", _date_from_text(m.group("d")), m.start("d"), m.end("d"))
            _take_groups(w, m, fields)
            w.claim(pos, len(free))
            w.flags.add("court-decision" if kind == "legal_case" else "kind:" + kind)
            return
    m = _ICJ_REPORT.match(free, pos) if " Rep" in free or "I.C.J." in free else None
    if m:
        _take_groups(w, m, (("title", "t"), ("genre", "g"), ("issued", "y"), ("container-title", "c"), ("page", "p")))
        w.claim(pos, len(free))
        w.flags.add("court-decision")
        return
    m = _ECHR_APPLICATION.match(free, pos) if "App" in free else None
    if m:
        w.take("issued", _date_from_text(m.group("d")), m.start("d"), m.end("d"))
        _take_groups(w, m, (("title", "t"), ("number", "no"), ("authority", "auth")))
        w.claim(pos, len(free))
        w.flags.add("court-decision")
        return
    m = (_EU_CASE.match(free, pos) or _EU_CASE_NAMED_FIRST.match(free, pos)) if "EU:" in free else None
    if m:
        if m.group("d"):
            w.take("issued", _date_from_text(m.group("d")), m.start("d"), m.end("d"))
        _take_groups(w, m, (("issued", "y"), ("title", "t"), ("number", "no"), ("authority", "auth"), ("genre", "g"), ("note", "e")))
        year = rx.search(r":(\d{4}):\d+$", m.group("e"))
        if "issued" not in w.fields and year:  # 'EU:C:2014:317': the identifier's year is the judgment's
            w.take("issued", Date.of(int(year.group(1))), m.start("e") + year.start(1), m.start("e") + year.end(1))
        w.claim(pos, len(free))
        w.flags.add("court-decision")
        return
    m = _OSCOLA_ONLINE.match(free, pos) if "(" in free else None
    names = (_oscola_names(m.group("a").strip()) or _oscola_bib_names(m.group("a"))) if m else None
    if names:
        w.take("author", names, m.start("a"), m.end("a"))
        w.take("title", m.group("t").strip(), m.start("t"), m.end("t"))
        w.take("container-title", m.group("c").strip(), m.start("c"), m.end("c"))
        w.take("issued", _date_from_text(m.group("d")), m.start("d"), m.end("d"))
        w.claim(pos, m.end())
        w.flags.add("kind:webpage" if "URL" in w.fields or "http" in w.text else "kind:article-newspaper")
        return
    m = _UK_CASE.match(free, pos) or _US_CASE.match(free, pos)
    if m:
        w.take("title", _tidy(m.group("t")), m.start("t"), m.end("t"))
        y = next(g for g in ("ny", "y", "y2") if m.groupdict().get(g))  # a neutral citation's year is the judgment's
        w.take("issued", Date.of(int(m.group(y))), m.start(y), m.end(y))
        for key, group in (("volume", "v"), ("container-title", "c"), ("page", "p"), ("authority", "court"), ("authority", "nc")):
            if m.groupdict().get(group) and m.group(group).strip():
                w.take(key, m.group(group).strip(), m.start(group), m.end(group))
        number = m.groupdict().get("no") or m.groupdict().get("neutral")
        if number:
            w.take("number", number, m.start("no" if m.groupdict().get("no") else "neutral"), m.end("no" if m.groupdict().get("no") else "neutral"))
        w.claim(pos, len(free))
        w.flags.add("court-decision")
        return
    m = (_US_SESSION_LAW.match(free, pos) or _US_CODE.match(free, pos) or _EXEC_ORDER.match(free, pos)) if ("U.S.C" in free or "C.F.R" in free or "Order No" in free or "Stat." in free) else None
    if m:
        if m.re is _EXEC_ORDER:
            w.take("issued", _date_from_text(m.group("d")), m.start("d"), m.end("d"))
        fields = (("title", "t"), ("genre", "g"), ("number", "no"), ("volume", "v"), ("container-title", "c"), ("page", "p"), ("section", "s"), ("issued", "y"), ("issued", "ty"), ("note", "note"))
        _take_groups(w, m, tuple(f for f in fields if f[1] in m.re.groupindex))
        w.claim(pos, len(free))
        w.flags.add("kind:legislation")
        return
    m = _UK_ACT.match(free, pos)
    if m:
        w.take("title", m.group("t"), m.start("t"), m.end("t"))
        w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"))
        if m.group("sec"):
            w.take("section", m.group("sec"), m.start("sec"), m.end("sec"))
        w.claim(pos, len(free))
        w.flags.add("kind:legislation")
        return
    m = _BLUEBOOK_ARTICLE.match(free, pos)
    names = scan_names(m.group("a") + ",", 0, forms=("given_f",)) if m else None
    if m and names:  # 'Joanna C. Schwartz, How Qualified Immunity Fails, 127 Yale L.J. 2 (2017).'
        w.take("author", names.names, m.start("a"), m.end("a"))
        w.take("title", m.group("t"), m.start("t"), m.end("t"))
        w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"))
        for key, group in (("volume", "v"), ("container-title", "c"), ("page", "p")):
            w.take(key, m.group(group), m.start(group), m.end(group))
        w.claim(pos, len(free))
        w.flags.add("journal-tail")
        return
    if _bluebook_book(w, pos):
        return
    m = _OSCOLA_JOURNAL_TAIL.search(free, pos)
    if m:
        head = rx.match(r"\s*(?P<a>[A-Z][^,'‘’()\[\]\x00]{2,120}?),\s+['‘]", free[pos:])
        names = _oscola_names(head.group("a")) if head else None
        if names:  # 'Jane Stapleton, 'Duty of Care Factors' (2003) 119 LQR 101', 'NA Moreham, '…' (2005) 121 LQR 628'
            w.take("author", names, pos + head.start("a"), pos + head.end("a"))
            w.flags.add("names:given_f")
        y = "y" if m.group("y") else "y2"
        w.take("issued", Date.of(int(m.group(y))), m.start(y), m.end(y))
        for key, group in (("volume", "v"), ("issue", "i"), ("container-title", "c"), ("page", "p")):
            if m.group(group):
                w.take(key, m.group(group), m.start(group), m.end(group))
        w.claim(m.start(), m.end())
        w.flags.add("journal-tail")

# the Kazakh form puts the mark after the number: 'ҚР ОМА. 30-қ. 6-т. 85-іс. 34-п.', romanised '30-q. 6-t. 85-is. 34-p.'
_ARCHIVE_LOCATION_KK = re.compile(
    r"(?:(?<=[\s.,;:/–—])|^)(?P<loc>\d+[а-яa-z]?\s*[-–]\s*(?:қ|q)\." + _ARCHIVE_STEP + r"\d+\s*[-–]\s*(?:т|t)\." + _ARCHIVE_STEP + r"\d+[а-яa-z]?\s*[-–]\s*(?:іс|is))\.?"
    r"(?:" + _ARCHIVE_STEP + r"(?P<leaves>\d+(?:\s*[-–—]\s*\d+)?)\s*[-–]\s*(?:пп|п|pp|p)\.?(?:\s*(?:об|ob)\.?)?)?"
)


# an archive's section and file number: '// Архив ИА РАН. Р-1. № 14361.', the twin's 'Arkhiv IA RAN …, R-1, no. 14361.'
_ARCHIVE_SECTION_FILE = re.compile(r"(?<=[\s.,])(?P<loc>(?:Р|R)-\s?\d+[а-яa-z]?[.,]\s*(?:№|[Nn]o\.)\s*\d+[а-яa-z]?)(?P<leaves>(?!))?(?=[\s.,]*(?:\((?:In|in)\s+Russ\w*\.?\)[\s.]*)?$)")


def _archive(w: _Work) -> None:
    """An archival citation: the shelfmark and the leaves, and the archive named just before them
    (after a '//' when a titled document is cited from the archive)."""
    m = next(iter(w.search(_ARCHIVE_LOCATION)), None) or next(iter(w.search(_ARCHIVE_LOCATION_KK)), None) or next(iter(w.search(_ARCHIVE_SECTION_FILE)), None)
    if not m:
        m = _ARCHIVE_FONDS.search(w.free())
        if not m or not rx.fullmatch(r"[\s\x00]*[" + UP + r"][\w-]*(?:\s+[\w-]+){0,3}[\s.,]*", w.free(0, m.start())):
            return  # a whole fonds or inventory ('РГАЛИ. Ф. 1929. Оп. 1.'), only after an archive's short name
    w.take("archive_location", _tidy(m.group("loc")), m.start("loc"), m.end("loc"))
    if m.group("leaves"):
        w.take("page", _range(m.group("leaves")), m.start("leaves"), m.end("leaves"))
    w.claim(m.start(), m.end())
    before = w.free(0, m.start())
    cut = before.rfind("//")
    if cut < 0:  # 'Title [translation]. AP RK. F. 141. …': the archive is the last sentence before the shelfmark
        # (not counting its own translation after it, nor a stop after initials: 'A.Kh. Margulan atyndagy … arkhivi [Scientific …]')
        core = rx.sub(r"\s*\[[^\[\]\x00]+\]$", "", before.rstrip(" .,;:–—\x00"))
        breaks = list(_SENTENCE_BREAK.finditer(core))
        cut = breaks[-1].start() - 1 if breaks else -2
    name = rx.search(r"[^\s.,;:–—\x00][^\x00]*?(?=(?:\s*\[[^\[\]\x00]+\])?[\s.,;:–—\x00]*$)", before[cut + 2 :] if cut >= -1 else before)
    if name:  # (the twin's translation of the archive's name after it, '[Archive of the IA RAS]', is not part of it)
        start = (cut + 2 if cut >= -1 else 0) + name.start()
        w.take("archive", name.group(0), start, start + len(name.group(0)), claim=(max(cut, 0) if cut >= -1 else start, m.start()))
        translated = _BRACKET_AFTER.match(before, start + len(name.group(0)))
        if translated:  # kept apart, as a host's translation is
            w.fields.setdefault("alternate", {})["archive-translated"] = translated.group("t").strip()
    w.flags.add("archive")


_SENTENCE_BREAK = re.compile(r"(?<![A-Z][a-z]\.)(?<![A-Z]\.)(?<=[.\]])\s+")  # (not after initials: 'A.Kh. Margulan …')
_BRACKET_AFTER = re.compile(r"\s*\[(?P<t>[^\[\]\x00]+)\]")
_DOCUMENT_GENRE = re.compile(
    r"\s*:\s*(?P<g>(?:[" + LOW + r"]+\s+)?(?:постановление|приказ|письмо|записка|протокол|телеграмма|справка|распоряжение|решение|доклад|"
    r"указание|директива|стенограмма|отчет|отчёт|докладная|циркуляр|наказ|лист|звіт|хат|бұйрық|қаулы|постанова|розпорядження|доповідна"
    r"|postanovlenie|prikaz|pis'mo|zapiska|protokol|rasporiazhenie|rasporyazhenie|reshenie|direktiva|ukaz)\b[^:]*?)"
    r"(?:\s+(?:от|від|ot)\s+(?P<d>\d{1,2}\s+[" + LOW + r"]+\.?\s+\d{4}|\d{1,2}\.\d{1,2}\.\d{4})\s*(?:г|р|g)?\.?)?$"
)


def _archival_document(w: _Work) -> None:
    """A titled document cited from an archive: 'Title : постановление Политбюро … от 5 марта 1932 г.'
    keeps its title; the kind of document is its genre and the date its date."""
    title = w.fields.get("title") or ""
    m = _DOCUMENT_GENRE.search(title)
    if not m or m.start() == 0:
        return
    base = _cut_field(w, "title", m.start())
    w.take("genre", m.group("g"), base + m.start("g"), base + m.end("g"))
    date = _date_from_text(m.group("d")) if m.group("d") else None
    if date and "issued" not in w.fields:
        w.take("issued", date, base + m.start("d"), base + m.end("d"))


_CJK_BRACKETS = re.compile(r"『[^』]*』|「[^」]*」|《[^》]*》|〈[^〉]*〉")


# a Korean title in ASCII or single guillemet angle brackets ('<한국언론학보>', '‹미디어 이슈>'), not a '<https://…>' link
_KO_ANGLE_TITLE = re.compile(r"[<‹](?P<t>[^<>‹›/]{0,80}?[" + HANGUL + r"][^<>‹›/]{0,80}?)[>›]")


def _cjk_punctuation(text: str) -> str:
    """Japanese and Chinese lists separate areas with '、' and end with '。' ('旗田巍『朝鮮史』岩波書店、1951年。'):
    outside the title brackets they become ',' and '.', one character for one so every offset stays.
    Korean titles in '<…>' get the '〈…〉' they stand for."""
    if "<" in text or "‹" in text:
        text = _KO_ANGLE_TITLE.sub(lambda m: "〈" + m.group("t") + "〉", text)
    if "、" not in text and "。" not in text:
        return text
    kept = {i for m in _CJK_BRACKETS.finditer(text) for i in range(m.start(), m.end())}
    gbt = _GBT_CODE.search(text)
    if gbt:  # a Chinese GB/T 7714 title runs to its code, and '、' there lists things: '现状、问题与前景[J]'
        kept.update(range(gbt.start()))
    return "".join({"、": ",", "。": "."}.get(ch, ch) if i not in kept else ch for i, ch in enumerate(text))


# Korean (and Chinese) family names in hanja that hardly ever begin a Japanese name ('白川', '柳田', '河合' do, so they are not here)
_KOREAN_HANJA_FAMILIES = frozenset("李朴崔鄭尹張韓吳徐申權黃宋洪全梁孫裵許盧郭車閔嚴蔡玄咸卞廉呂蘇宣薛魏鞠殷姜趙沈朱禹具")


def _japanese_names(w: _Work) -> None:
    """A Japanese name in kanji has (mostly) a two-character family name: '旗田巍' is 旗田 巍, '月脚達彦' 月脚 達彦,
    where a Korean one has one character ('李基白')."""
    for role in ("author", "editor"):
        names = w.fields.get(role) or []
        for i, n in enumerate(names):
            whole = (n.family or "") + (n.given or "")
            if len(whole) == 3 and whole[0] in _KOREAN_HANJA_FAMILIES:
                continue  # '孫晉泰, 『朝鮮民譚集』, 東京: …': a Korean scholar writing in Japanese
            if n.family and len(n.family) == 1 and len(whole) >= 3 and rx.fullmatch(r"[\u4e00-\u9fff\u3005]+", whole):
                names[i] = Name(family=whole[:2], given=whole[2:])


_PROCEEDINGS_IMPRINT_TAIL = re.compile(r"^(?P<c>.+?)\.\s+(?P<place>[" + UP + r"][^.:]{1,40}):\s*(?P<pub>[" + UP + r"][^:]{2,80})$")
_PROCEEDINGS_PUBLISHER_TAIL = re.compile(
    r"(?P<c>.+?)\.\s+(?P<pub>(?:IEEE|ACM|SIAM|AIP|IOP|IFIP|USENIX|AAAI|Springer|Elsevier|Curran\s+Associates|Morgan\s+Kaufmann)(?:\s+[A-Z][\w&-]*){0,3}"
    r"|[A-Z][\w&-]*(?:\s+[A-Z][\w&-]*){0,4}\s+(?:Press|Publishing|Publishers|Association)|Association\s+for(?:\s+(?:[A-Z][\w&-]*|and|the)){1,5})"
)  # APA '… In Proceedings of the 2014 Joint Meeting of SIGMORPHON and SIGFSM. Association for Computational Linguistics.'
_EVENT_PLACE_TAIL = re.compile(r"^(?P<c>.+?\([^()]{2,20}\))\s*,\s*(?P<place>[" + UP + r"][^()\d]{1,40}?)[\s,]*\d{0,2}$")


def _proceedings_tail(w: _Work) -> None:
    """What APA and IEEE write after a proceedings' name: '(LREC'08). Marrakech, Morocco: European Language Resources
    Association' is its place and publisher; '(ICLR), Banff' or '(KDD-96), Portland, OR, USA' the place of the meeting."""
    c = w.fields.get("container-title") or ""
    issued, (start, _) = w.fields.get("issued"), w.spans.get("issued", (0, 0))
    if issued and issued.parts and len(issued.parts[0]) == 3 and rx.search(r"\d{1,2}\s*[-–—]\s*$", w.text[:start]):
        w.fields["issued"] = Date.of(issued.year)  # '2–4 August 1996': the days of the meeting, not of publication
    m = _PROCEEDINGS_IMPRINT_TAIL.match(c)
    if (m and "publisher" not in w.fields and any(k in m.group("c").lower() for k in CONFERENCE_WORDS)
            and len(m.group("place").split()) <= 4 and not rx.search(r"\d", m.group("pub"))):
        a = _cut_field(w, "container-title", m.end("c"))
        w.take("publisher-place", m.group("place").strip(), a + m.start("place"), a + m.end("place"))
        w.take("publisher", m.group("pub").strip(), a + m.start("pub"), a + m.end("pub"))
        return
    m = _PROCEEDINGS_PUBLISHER_TAIL.fullmatch(c) if "publisher" not in w.fields else None
    if m and any(k in m.group("c").lower() for k in CONFERENCE_WORDS):  # GOST in Latin letters: '// Proceedings … (CGO 2004). IEEE Computer Society, 2004.'
        a = _cut_field(w, "container-title", m.end("c"))
        w.take("publisher", m.group("pub").strip(), a + m.start("pub"), a + m.end("pub"))
        return
    m = _EVENT_PLACE_TAIL.match(c)
    if m and not any(k in m.group("place").lower() for k in CONFERENCE_WORDS) and len(m.group("place").split()) <= 6:
        a = _cut_field(w, "container-title", m.end("c"))
        w.take("event-place", m.group("place").strip(" ,"), a + m.start("place"), a + m.end("place"))


# Korean studies in English: a romanised name with the name in Hangul or hanja after it ('Cho Sŏk-kon 조석곤.',
# 'Chōsen Sōtokufu 朝鮮總督府.', 'Kwahagwŏn Ryŏksa Yŏn’guso 과학원 력사연구소.'); the title likewise ('… hyŏngsŏng 한국 근대 토지제도의 형성')
_ROMANISED_WITH_NATIVE = re.compile(
    r"(?P<rom>[A-Z][A-Za-z\u00c0-\u024f]*(?:['’][A-Za-z\u00c0-\u024f]+)*(?:[\s-][A-Z]?[A-Za-z\u00c0-\u024f]+(?:['’][A-Za-z\u00c0-\u024f]+)*){1,3})\s+"
    r"(?P<native>[가-힣\u4e00-\u9fff]{2,}(?:\s[가-힣\u4e00-\u9fff]+){0,3})(?:\.|(?P<ed>,\s*eds?\.))(?=\s)"
)
# a name in pinyin ('Pan Zhiping', 'Ma Dazheng'): syllables of an initial and a final
_PINYIN_WORD = re.compile(
    r"(?:(?:zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw])?(?:iang|iong|uang|ueng|ang|eng|ing|ong|ian|iao|uai|uan|üan|ai|ei|ao|ou|an|en|in|un|ün|ia|ie|iu|ua|uo|ue|üe|ui|er|a|e|i|o|u|ü)(?:['’-](?=[a-zü]))?)+",
    re.IGNORECASE,
)
# (after a word, a quote or a year: 'Pukchosŏn … sŏngnipsa, 1945–1961 북조선 … 성립사 1945~1961')
_NATIVE_TAIL = re.compile(r"(?:(?<=[^\W_])|(?<=[”\"’?!]))\s+(?P<native>[가-힣\u4e00-\u9fff\u3040-\u30ff][가-힣\u4e00-\u9fff\u3040-\u30ff\s:·,.?!0-9「」『』~～–-]*)$")


def _native_container_tail(w: _Work) -> None:
    """'Kaebyŏk 開闢 23 (May 1922)', 'Keijō nippō 京城日報, September 27, 1920': the periodical's name in its own script
    after the romanised one is an alternate form, not part of the name."""
    container = w.fields.get("container-title") or ""
    m = _NATIVE_TAIL.search(container) if "container-title" in w.spans else None
    if m and rx.fullmatch(r"[\x00-\x7f'’ŏŭōūāēī\u0306-]+", container[: m.start()]) and rx.search(r"[A-Za-z]{2}", container[: m.start()]):
        w.fields.setdefault("alternate", {})["container-title"] = m.group("native").strip(" .:,")
        _cut_field(w, "container-title", m.start())


def _romanised_author(w: _Work, start: int) -> int | None:
    """The head 'Cho Sŏk-kon 조석곤.' of a romanised Korean (or Japanese) entry: the romanised name is the author,
    family name first; the name in its own script is kept as an alternate form."""
    m = _ROMANISED_WITH_NATIVE.match(w.free(), start)
    if not m:
        return None
    rom, native = m.group("rom"), m.group("native")
    words = rom.split()
    # a Chinese name in pinyin or a Japanese one in Hepburn before its characters: 'Pan Zhiping 潘志平.', 'Miyawaki Junko 宮脇淳子.'
    hanzi_name = len(words) == 2 and rx.fullmatch(r"[\u4e00-\u9fff]{2,4}", native) and all(
        _PINYIN_WORD.fullmatch(word) or HEPBURN_WORD.fullmatch(word) for word in words
    )
    if not hanzi_name and not rx.search(r"[ŏŭōūŎŬ’']|[A-Z][a-z]+-[a-z]", rom):
        return None
    if len(words) == 2 and len(native.replace(" ", "")) <= 4 and " " not in native:
        name = Name(family=words[0], given=words[1])
    else:  # a body: 'Chōsen Sōtokufu 朝鮮總督府', 'Kwahagwŏn Ryŏksa Yŏn’guso 과학원 력사연구소'
        name = Name(literal=rom)
    w.take("editor" if m.group("ed") else "author", [name], m.start("rom"), m.end("rom"), claim=(m.start(), m.end()))
    if hanzi_name and all(_PINYIN_WORD.fullmatch(word) for word in words) and not rx.search(r"[\u3040-\u30ffōūŏŭ]", w.text):
        w.flags.add("pinyin")  # no kana, no long or short vowels marked: a Chinese work, its title in pinyin
    w.fields.setdefault("alternate", {})["author"] = native
    w.flags.add("romanised-native")
    return m.end()


def _native_title_tail(w: _Work) -> None:
    """'Han’guk kŭndae t’oji chedo ŭi hyŏngsŏng 한국 근대 토지제도의 형성': the romanised title is the title;
    the same title in its own script is an alternate form and says the work's language."""
    title = w.fields.get("title") or ""
    m = _NATIVE_TAIL.search(title)
    if not m or not rx.search(r"[A-Za-z]{2}", title[: m.start()]):
        return
    native = m.group("native").strip(" .:,")
    w.flags.add("native-title")
    _cut_field(w, "title", m.start())
    quoted = rx.fullmatch(r"[“\"](?P<t>[^“”\"]+)[”\"]", w.fields["title"])
    if quoted:  # Chicago '“Minjok kaejoron” 民族改造論 [On the reconstruction of the nation].'
        a = w.spans["title"][0] + 1
        w.fields["title"], w.spans["title"] = quoted.group("t"), (a, a + len(quoted.group("t")))
    w.fields.setdefault("alternate", {})["title"] = native
    if "language-tag" not in w.fields:
        japanese = rx.search(r"[\u3040-\u30ff]", native) or not rx.search(r"[가-힣]", native) and rx.search(r"[ōū]", title)
        w.fields["language-tag"] = "ja" if japanese else "zh" if "pinyin" in w.flags and not rx.search(r"[가-힣]", native) else "ko"


# a volume named at the end of the title zone: 'Şyğarmalar jinağy. 20 tomdyq. 20-t', '…: 10 tomdyq. 1-tom',
# 'Foundations of Cognitive Grammar. Vol. 1. Theoretical Prerequisites', 'Theorie … Bd. 1: Handlungsrationalität …', 'Беларусы. Т. 1 : Уводзіны …'
_KANA = re.compile(r"[\u3040-\u30ff]")
_JA_SERIES_VOLUME = re.compile(r"(?P<t>[^\d\s][^\d]{1,20}?)\s(?P<v>\d{1,3})\s(?P<vt>[^\d\s][^\d]{1,40})")
_VOLUME_IN_TITLE = re.compile(
    r"\s*[.:]\s*(?:(?P<nv>\d+)\s*(?:tomdyq|tomdyk|томдық|томдук|vols?\.)\.?\s*[.:]?\s*)?"
    r"(?:(?P<v>\d{1,2})\s*-\s*(?:tom|t|том|т)\.?|(?:Vol|Т|T|Bd|Том|Tom)\.?\s*(?P<v2>\d{1,2}|[IVX]{1,4}(?:/\d{1,2})?)\.?)"
    r"(?:\s*[.:]\s*(?P<vt>[^.:]{3,120}?)|,\s*(?P<vt2>(?:[^.:]|\.(?=\S|$)){3,120}?))?\s*$"  # (Chicago 'Vol. 1, Vtoraia polovina XIX v.–1945 g.')
)


# '… Морфология. Ч. II', and a twin's part with its own title: '… yazyka. Ch. 1: Fonetika i morfologiya'
_PART_IN_TITLE = re.compile(r"\s*[.:]\s*(?:Ч|Ch|Pt|Part|Бөлім)\.?\s*(?P<p>[IVXLC]+|\d{1,2})(?:\.?\s*|\s*:\s*(?P<vt>[^.:\[\]]{3,120}?)\s*)$")


# DSTU 8302:2015 and GOST without '//': 'Шевчук О. В. Мовна політика. Мова і суспільство : зб. наук. пр. / за ред. … С. 25–37.':
# the piece's title, a full stop, then the host's title with its subtitle; the host's editors and the piece's pages follow
_HOST_IN_TITLE = re.compile(r"(?P<t>[^:/]{3,}?[^\s.]{2}[?!]?)\.\s+(?P<c>[" + UP + r"][^.:/]{1,120}?\s:\s[^/]{2,})")
_HOST_EDITORS = re.compile(r"/\s*(?:за\s+(?:заг\.\s+)?ред|под\s+(?:общ\.\s+)?ред|відп\.\s+ред|отв\.\s+ред|ред|редкол|гол\.\s+ред|гл\.\s+ред|пад\s+рэд|рэдкал)\.?")
_PAGE_RANGE_END = re.compile(r"[СCS]\.\s*\d+\s*[–-]\s*\d+\.?\s*$")


def _host_in_title(w: _Work) -> None:
    title = w.fields.get("title") or ""
    if "//" in w.text or "container-title" in w.fields or not _PAGE_RANGE_END.search(w.text) or not _HOST_EDITORS.search(w.text):
        return
    m = _HOST_IN_TITLE.fullmatch(title)
    if not m or not rx.search(r"[\u0400-\u04ff]", title):
        return
    base = _cut_field(w, "title", m.end("t"))
    w.fields["container-title"], w.spans["container-title"] = m.group("c").strip(), (base + m.start("c"), base + m.end("c"))
    w.flags.add("kind:chapter")


def _volume_in_title(w: _Work) -> None:
    title = w.fields.get("title") or ""
    part = _PART_IN_TITLE.search(title)
    if part and part.start() >= 3 and "part-number" not in w.fields:  # '… Морфология. Ч. II. Братислава: …'
        a = _cut_field(w, "title", part.start(), " .:")
        w.take("part-number", part.group("p"), a + part.start("p"), a + part.end("p"))
        if part.group("vt"):
            w.take("volume-title", part.group("vt"), a + part.start("vt"), a + part.end("vt"))
        title = w.fields["title"]
    ja = _JA_SERIES_VOLUME.fullmatch(title) if "volume" not in w.fields and "』" in w.text and _KANA.search(w.text) else None
    if ja:  # a numbered volume of a Japanese series, then its own title: '『現代史資料 25 朝鮮(一) 三・一運動(一)』'
        a = _cut_field(w, "title", ja.end("t"))
        for key, group in (("volume", "v"), ("volume-title", "vt")):
            w.take(key, ja.group(group), a + ja.start(group), a + ja.end(group))
        return
    m = _VOLUME_IN_TITLE.search(title)
    if not m or m.start() < 3 or "volume" in w.fields:
        return
    a = _cut_field(w, "title", m.start(), " .:")
    v = "v" if m.group("v") else "v2"
    w.take("volume", m.group(v), a + m.start(v), a + m.end(v))
    vt = m.group("vt") or m.group("vt2")
    if vt:
        w.fields.setdefault("volume-title", vt.strip())
    if m.group("nv"):  # 'Shygarmalar zhinagy. 20 tomdyq. 12-t.': how many volumes the set has
        w.fields.setdefault("number-of-volumes", m.group("nv"))


def _cut_field(w: _Work, key: str, end: int, strip: str = " ") -> int:
    """Keep the first ``end`` characters of a field, and its span with it; return where the value starts in the text
    (its span may begin at an opening quote)."""
    value = str(w.fields[key])
    a = w.spans.get(key, (0, 0))[0]
    found = w.text.find(value[: max(end, 1)], a)
    base = found if 0 <= found - a <= 3 else a
    w.fields[key] = value[:end].rstrip(strip)
    w.spans[key] = (base, base + len(w.fields[key]))
    return base


def _year_after_title(w: _Work) -> None:
    """KazNU-style twins with no author: 'Golod v kazakhskoi stepi: … (1991) [Famine in the Kazakh steppe …]'."""
    title = w.fields.get("title") or ""
    m = rx.search(r"\s*\((?P<y>(?:1[5-9]|20)\d\d)\)$", title)
    if not m or "issued" in w.fields or w.fields.get("author") or m.start() < 3:
        return
    a = _cut_field(w, "title", m.start())
    w.take("issued", Date.of(int(m.group("y"))), a + m.start("y"), a + m.end("y"))


def _month_after_publisher(w: _Work) -> None:
    """APA reports: 'Washington, DC: International Monetary Fund, April.': the month of the year given after the authors."""
    pub, issued = w.fields.get("publisher") or "", w.fields.get("issued")
    m = rx.search(r",\s*(?P<m>[A-Z][a-z]{2,8})\.?$", pub)
    month = month_number(m.group("m")) if m and m.group("m").lower() in MONTHS else None
    if not month or not issued or not issued.parts or len(issued.parts[0]) != 1:
        return
    _cut_field(w, "publisher", m.start())
    w.fields["issued"] = Date.of(issued.year, month)


# a body's statistical yearbook or compilation is a book, though the body publishes it itself
_YEARBOOK_TITLE = re.compile(r"yearbook|ежегодник|ezhegodnik|щорічник|shchorichnyk|стат\.\s?(?:сб|зб)|연보|연감|年鑑")
_STATISTICAL_TITLE = re.compile(r"statisti|сборник|збірник|жина[қk]|" + _YEARBOOK_TITLE.pattern)


def _body_publishes_itself(w: _Work) -> bool:
    """'IMF (2023). World economic outlook … Washington, DC: International Monetary Fund': a body that publishes its
    own work issues a report (in Latin or Cyrillic script; Korean and Japanese institutes publish books as well)."""
    authors, pub = w.fields.get("author") or [], (w.fields.get("publisher") or "").lower()
    if len(authors) != 1 or not authors[0].literal or not pub or rx.search(r"[가-힣\u4e00-\u9fff]", authors[0].literal) or "romanised-native" in w.flags:
        return False
    if _YEARBOOK_TITLE.search(((w.fields.get("title") or "") + " " + (w.fields.get("translated-title") or "")).lower()):
        return False  # (its statistical reports and reviews stay reports)
    pub = rx.sub(r",\s*[a-z]{3,9}\.?$", "", pub)  # 'International Monetary Fund, April'
    body = authors[0].literal.lower()
    initials = "".join(word[0] for word in rx.findall(r"[^\W\d_]+", pub) if word not in ("of", "for", "and", "the", "on"))
    return body in pub or pub in body or body.replace(".", "").replace(" ", "") == initials


# a translated book in a Korean list: '스티븐 핑커 저, 김한영·문미선·신효식 역 (2008), 『…』' / '소쉬르 저, 최승언 역 (1990), 『…』'
_KO_TRANSLATED_HEAD = re.compile(
    r"[\s\x00]*(?P<a>[가-힣]{2,6}(?:\s[가-힣]{2,6}){0,2})\s*(?:저|지음)\s*,\s*(?P<t>[가-힣]{2,4}(?:\s*[·・,]\s*[가-힣]{2,4})*)\s*(?:역|옮김)"
    r"(?:\s*\((?P<y>(?:1[5-9]|20)\d\d)\))?\s*[,.]?\s*(?=[『「《])"
)


def _korean_translated_head(w: _Work) -> int | None:
    m = _KO_TRANSLATED_HEAD.match(w.free())
    if not m:
        return None
    words = m.group("a").split()
    author = Name(family=words[-1], given=" ".join(words[:-1])) if len(words) > 1 else Name(family=words[0])
    w.take("author", [author], m.start("a"), m.end("a"))
    w.take("translator", _hangul_names(m.group("t")), m.start("t"), m.end("t"))
    if m.group("y"):
        w.take("issued", Date.of(int(m.group("y"))), m.start("y"), m.end("y"))
    w.claim(0, m.end())
    w.flags.update({"korean", "names:hangul"})
    return m.end()


# a group as the author: 'MDN contributors.', 'GBD 2016 Russia Collaborators.', 'NCD Risk Factor Collaboration (NCD-RisC).'
_BODY_THEN = re.compile(r"[\s\x00]*(?P<g>[A-Z][^;.\x00\d]{3,100}?)\s*;\s*")


def _body_then_editors(w: _Work) -> int | None:
    """Vancouver 'American College of Sports Medicine; Liguori G, Feito Y, Fountaine C, Roy BA, eds. ACSM’s Guidelines …':
    the body is the author, the persons after it the editors."""
    free = w.free()
    bm = _BODY_THEN.match(free)
    lst = scan_names(free, bm.end()) if bm and len(bm.group("g").split()) >= 2 and "," not in bm.group("g") else None
    mark = rx.match(r"\s*,\s*(?:eds?|editors)\.", free[lst.end :]) if lst else None
    if not mark:
        return None
    w.take("author", [Name(literal=bm.group("g"))], bm.start("g"), bm.end("g"))
    w.take("editor", lst.names, lst.start, lst.end, claim=(lst.start, lst.end + mark.end()))
    w.flags.update({"org-author", "names:org"})
    return lst.end + mark.end()


_GROUP_AUTHOR = re.compile(
    r"[\s\x00]*(?P<g>[A-Z0-9][\w'’&.-]*\s+(?:(?:[A-Z0-9][\w'’&.-]*|\([A-Z][\w-]{1,15}\)|[a-z]{2,14})\s+){0,7}"  # "Trialists' (CTT) Collaboration", 'SCORE2 working group and ESC …'
    r"(?:[Cc]ontributors|[Cc]ollaborators|[Cc]ollaboration|[Ii]nvestigators|[Ss]tudy\s+[Gg]roup"
    r"|[Ww]riting\s+[Gg]roup|[Ww]orking\s+[Gg]roup|[Cc]ollaborative\s+[Gg]roup|[Rr]esearch\s+[Gg]roup|[Tt]rial\s+[Gg]roup|[Tt]rialists|[Ss]teering\s+[Cc]ommittee|[Cc]onsortium|[Tt]ask\s+[Ff]orce)(?:\s*\([A-Z][\w-]{1,15}\))?)"
    r"(?=\.\s|\s*;\s*[" + UP + r"])"
)


# MHRA's manuscript: the city, the library and collection, the shelfmark: 'Leeds, Leeds University Library, Leeds Russian
# Archive, MS 1066 (Ivan Bunin Papers)', 'London, British Library, Add. MS 59678'
_MHRA_ARCHIVE = re.compile(
    r"[\s\x00]*(?P<city>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?),\s+(?P<a>[A-Z][^,\x00]{2,80}?(?:Library|Archives?|Museum|Record\s+Office|Institute)"
    r"(?:,\s+[A-Z][^,\x00]{2,60}?(?:Archives?|Collections?|Library|Department))?),\s+(?P<loc>(?:Add\.\s+)?MSS?\.?\s+[\w./-]+(?:\s*\([^()]{2,60}\))?|fond\s+[\w.-]+[^\x00]{0,60})\.?\s*$"
)


# the archive first, then its city, then the fonds: 'Rossiiskii gosudarstvennyi arkhiv ekonomiki (RGAE), Moscow. Fond 7486,
# Narodnyi komissariat zemledeliia SSSR.'
_ARCHIVE_CITY_FOND = re.compile(
    r"[\s\x00]*(?P<a>(?:[A-Z][^,.\x00()]{1,100}?\s)?(?:[Aa]rkhiv|[Aa]rchives?)\b[^,.\x00()]{0,80}?(?:\s\([A-Z][A-Za-z .-]{1,12}\))?),\s+(?P<city>[A-Z][\w'’-]+(?:\s[A-Z][\w'’-]+)?)\.\s+"
    r"(?P<loc>[Ff]ond\s+[\w.-]+(?:\s+\([^()\x00]{2,100}\))?(?:,\s+[^\x00]{2,160}?)?)(?:,\s+ll?\.\s*(?P<pg>\d[\d\s–-]*(?:ob\.)?))?\.?\s*$"
)  # (the fond's name in brackets: 'Fond A-353 (Narodnyi komissariat iustitsii RSFSR)'; the leaves, as GOST's 'Л.', are the page)


# an act cited by its place in the Complete Collection of Laws of the Russian Empire, with no title of its own:
# 'Полное собраніе законовъ Россійской имперіи. Собр. 2-е. Т. 36. Отд. 1. СПб., 1863. № 36657.', 'ПСЗ-2. Т. 36. № 36657.'
_PSZ = re.compile(
    r"[\s\x00]*(?P<c>" + _LAW_COLLECTION_NAME + r")\.\s*(?:(?:Т|T)\.\s*(?P<v>\d+)\.?\s*)?(?:(?:Отд|Otd)\.\s*(?P<pt>\d+)\.?\s*)?"
    r"(?:(?P<place>СПб\.|SPb\.)\s*,\s*(?P<y>1[78]\d\d)\.?\s*)?(?:№|No\.)\s*(?P<n>\d+)\.?\s*$"
)


# Chicago's unsigned, untitled piece cited by its journal's issue: '*Tserkovnye vedomosti*, no. 12 (1905): 3–5.'
_BARE_JOURNAL_ISSUE = re.compile(
    r"[\s\x00]*(?P<c>[A-Z][^,.;:\d\x00]{2,80}?)(?:\s+(?P<v>\d{1,4}))?,\s*no\.\s*(?P<i>\d{1,4})\s*\((?P<y>(?:1[5-9]|20)\d\d)\)\s*:\s*(?P<pg>" + _PAGE_RANGE + r")\.?\s*"
)


def _whole_entry(w: _Work, m: re.Match[str], fields: tuple[tuple[str, str], ...], flag: str) -> int:
    """An entry one pattern read whole: take its fields, claim it, mark its kind; where it ends."""
    _take_groups(w, m, fields)
    w.claim(m.start(), m.end())
    w.flags.add(flag)
    return m.end()


# a colonial decree cited from the government gazette: '「政治ニ關スル犯罪處罰ノ件」(制令 第7號), 『朝鮮總督府官報』 1919년 4월 15일.'
_GAZETTE_DECREE = re.compile(
    r"[\s\x00]*「(?P<t>[^」]{2,80})」\s*\((?P<g>制令|府令|勅令|總督府令|訓令|告示|法律)\s*第\s*(?P<n>\d{1,4})\s*號\)\s*,\s*『(?P<c>[^』]{2,30})』\s*,?\s*"
    r"(?P<y>(?:1[89]|20)\d\d)\s*[년年]\s*(?P<m>1[0-2]|0?[1-9])\s*[월月]\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*[일日]\.?\s*$"
)


# a Korean news item headed by its paper and date, then its headline (and what kind of piece it is): '『매일경제』(1973. 1. 13),
# 「重化學工業化 宣言…」, 1면.', '『東亞日報』(1930. 10. 8), 「米價暴落과 農家經濟」(社說), 1면.'; in a twin, the paper romanised:
# 'Chosun Ilbo (1934. 5. 17), “Joseonin jikgong-ui imgeum” [The Wages of Korean Workers], p. 2.'
_PAPER_FIRST_NEWS = re.compile(
    r"[\s\x00]*『(?P<c>[^』\x00]{1,30})』\s*\(?\s*(?P<y>(?:1[89]|20)\d\d)\s*[.년]\s*(?P<m>1[0-2]|0?[1-9])\s*[.월]\s*(?P<d>[12]\d|3[01]|0?[1-9])\s*[.일]?\s*\)?"
    r"\s*,\s*「(?P<t>[^」\x00]{2,200})」\s*(?:\((?P<g>社說|社説|사설|論說|논설|정론|社告)\))?\s*(?:,\s*(?P<pg>\d{1,2})\s*면)?\s*\.?[\s\x00]*$"
)
_PAPER_FIRST_NEWS_LATIN = re.compile(
    r"[\s\x00]*(?P<c>(?:[A-Z][a-z]*[ -]){1,2}(?:Ilbo|Sinmun|Shinmun|Sinbo|Shinbo|Shimbun|Nippo))\s*\((?P<y>(?:1[89]|20)\d\d)\.\s*(?P<m>1[0-2]|0?[1-9])\.\s*(?P<d>[12]\d|3[01]|0?[1-9])\.?\)"
    r"\s*,\s*[“\"](?P<t>[^”\"\x00]{2,200})[”\"]\s*(?:\[(?P<tt>[^\[\]\x00]{2,200})\])?\s*(?:,\s*pp?\.\s*(?P<pg>\d{1,2}))?\s*\.?[\s\x00]*$"
)


def _dated_whole_entry(w: _Work, m: re.Match[str], fields: tuple[tuple[str, str], ...], flag: str) -> int:
    """An entry one pattern read whole, dated by its year, month and day groups."""
    w.take("issued", Date.of(int(m.group("y")), int(m.group("m")), int(m.group("d"))), m.start("y"), m.end("d"))
    return _whole_entry(w, m, fields, flag)


def _psz_act(w: _Work) -> int | None:
    m = _PSZ.match(w.free())
    fields = (("container-title", "c"), ("volume", "v"), ("part-number", "pt"), ("publisher-place", "place"), ("issued", "y"), ("number", "n"))
    return _whole_entry(w, m, fields, "kind:legislation") if m else None


# APA's act named by its kind and state, then its quoted name: 'Law of the Republic of Kazakhstan "On banks and banking
# activity in the Republic of Kazakhstan" No. 2444. (1995, August 31). Adilet. https://…'
_APA_NAMED_ACT = re.compile(
    r"[\s\x00]*(?:Constitutional\s+)?(?:Law|Decree|Code|Resolution|Order)\s+of\s+the\s+[A-Z][\w ]{2,60}?"
    r"(?:\s+No\.?\s*(?P<n2>[\w/-]{1,20})(?:\s+of\s+(?P<d2>\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|[A-Z][a-z]+\s+\d{1,2},\s+\d{4}))?)?\s*[\"“](?P<t>[^\"”]{4,300})[\"”]\s*"  # MDPI '… Kazakhstan No. 165-IV of 4 July 2009 “On …”'
    r"(?:No\.?\s*(?P<n>[\w/-]{1,20}))?\.?\s*(?:\((?P<d>(?:19|20)\d\d,\s*[A-Z][a-z]+\s+\d{1,2})\)|[\x00\s]*\x00)\.\s*"  # (its date may be read already; or a link and its access date)
    r"(?:(?P<c>[A-Z][\w.\s]{1,40}?)\.)?(?=[\s\x00]*$)"
)


# a UN resolution cited by its designation: 'UN Security Council Resolution 2397 (S/RES/2397), 22 December 2017.'
_UN_RESOLUTION_DESIGNATION = re.compile(
    r"[\s\x00]*(?P<t>(?:UN\s+|United\s+Nations\s+)?(?:Security\s+Council|General\s+Assembly|Human\s+Rights\s+Council)\s+[Rr]esolution\s+\d{1,5}(?:\s*\([IVXLC]+\))?)"
    r"(?:\s*\((?P<n>[AS]/(?:HRC/)?RES/[\w/().-]+?)\))?,\s*(?P<d>\d{1,2}\s+[A-Z][a-z]+\s+(?:19|20)\d\d)[\s.\x00]*$"
)


def _dated_act(w: _Work, pattern: re.Pattern[str], fields: tuple[tuple[str, str], ...]) -> int | None:
    """An act that ``pattern`` reads whole from the start: its fields, and its date (group ``d``) when printed there."""
    m = pattern.match(w.free())
    if not m:
        return None
    for group in ("d", "d2") if "d2" in pattern.groupindex else ("d",):
        if m.group(group):
            w.take("issued", _date_from_text(m.group(group)), m.start(group), m.end(group))
    return _whole_entry(w, m, fields, "kind:legislation")


def _mhra_archive(w: _Work) -> int | None:
    """A manuscript cited by where it is kept: the archive, its city (kept as archive-place) and the shelf mark."""
    m = _MHRA_ARCHIVE.match(w.free()) or _ARCHIVE_CITY_FOND.match(w.free())
    if not m or m.group("city") not in CITIES:
        return None
    return _whole_entry(w, m, (("archive", "a"), ("archive_location", "loc"), ("archive-place", "city"), ("page", "pg")), "archive")


# IEEE software: the company, the product with its version, where and when: '[15] DIgSILENT GmbH, PowerFactory 2023 SP4,
# Gomaringen, Germany, 2023.', 'The MathWorks Inc., MATLAB R2023a, Natick, MA, USA, 2023.'
_COMPANY_PRODUCT = re.compile(
    r"[\s\x00]*(?P<org>(?:The\s)?[A-Z][\w&'’.-]*(?:\s[A-Z][\w&'’.-]*){0,4}\s(?:GmbH|Inc\.|Ltd\.|Corp\.|AG|LLC|S\.A\.))\s*,\s*"
    r"(?P<t>[A-Z][^,\x00]{1,60}?\s(?:v(?:ersion)?\s?\d+(?:\.\d+)*|R20\d\d[ab]?|20\d\d(?:\s(?:SP|R)\d+)?|\d+(?:\.\d+)+))\s*,\s*"
    r"(?P<place>[A-Z][A-Za-z.' -]+(?:,\s*[A-Z][A-Za-z.]*(?:\s[A-Z][a-z]+)?){0,2}),\s*(?P<y>(?:19|20)\d\d)\.?"
)


def _company_product(w: _Work) -> int | None:
    """A software entry that opens with its company: author, title (product and version), place and year; where it ends."""
    m = _COMPANY_PRODUCT.match(w.free())
    if not m:
        return None
    w.take("author", [Name(literal=m.group("org"))], m.start("org"), m.end("org"))
    return _whole_entry(w, m, (("title", "t"), ("publisher-place", "place"), ("issued", "y")), "kind:software")


# an author-date key before the entry proper: 'Haspelmath 2007 — M. Haspelmath. …', 'Апресян и др. 1995а — …',
# 'МАС 1981–1984 — Словарь …', 'ГИКРЯ — Генеральный интернет-корпус …'
_KEY_NAME = r"[" + UP + r"][" + LOW + r"'’-]+"
_CITATION_KEY = re.compile(
    r"\s*(?P<k>(?:" + _KEY_NAME + r"(?:\s(?:&|и|and|,)\s?" + _KEY_NAME + r"|,\s" + _KEY_NAME + r"){0,2}(?:\s(?:et\sal\.|и\sдр\.))?|[" + UP + r"]{2,10})"
    r"\s(?:1[5-9]|20)\d\d[a-zа-я]?(?:[–-](?:1[5-9]|20)?\d\d)?|[" + UP + r"]{2,10}(?=\s[—–]\s[" + UP + r"]))\s[—–]\s+(?=\S)"
)


# a patent office's code, the number and the kind of document, as patent databases print them: 'KR 10-2020-0087412 A', 'US 10123456 B2'
_OFFICE_NUMBER_KIND = r"(?<![\w-])(?P<c>KR|US|EP|WO|JP|CN|DE|RU|KZ|GB|FR)\s?(?P<n>(?:\d{2}-\d{4}-\d{7}|\d{2}-\d{6,7}|\d{4}/\d{6}|\d{6,11})\s?[ABCU][1-9]?)(?![\w-])"
_PATENT_HINT = re.compile(r"А\.\s?с\.\s*(?:№\s*)?\d|[Пп]ат\.|[Пп]атент|Авт\.\s*свид|[Pp]atent|Pat\.|특허|s\s+[Cc]ertificate|регистрации\s+программ|регистрации\s+баз|" + _OFFICE_NUMBER_KIND)
_PATENT = re.compile(
    r"(?:\s*:\s*)?(?P<g>(?:Инновационный\s+|Евразийский\s+)?[Пп]ат(?:ент)?\.?(?:\s+на\s+(?:изобретение|полезную\s+модель))?|Авт(?:орское)?\.?\s*свид(?:етельство)?\.?|Инновац\.\s*пат\.|(?:U\.?S\.?\s+|US\s+|European\s+|Korean\s+|RF\s+|Russian\s+)?[Pp]atent(?:\s+[Nn]o\.)?|Pat\.)"
    r"\s*(?:№\s*)?(?P<n>(?:[A-Z]{2}\s?)?\d(?:[\d\s-]|,(?!\s*(?:1[89]|20)\d\d\b)){2,14}\d(?:\s?[A-Z]\d?(?![A-Za-z]))?)(?:\s+(?P<c>РФ|СССР|РК|RU|SU|US|KR|KZ|EP|WO|JP|CN|DE|UA|Україна|Рос\.\s*Федерация|Российская\s+Федерация|Республика\s+Казахстан|RF|RK|KG|BY|UZ)(?![\w]))?"
)
# the same designations in other word orders: a Latin twin's 'Patent US, no. 400664', Korean '대한민국 특허 제10-2929816호',
# a Russian certificate for a program: 'Свидетельство о гос. регистрации программы для ЭВМ № 2023617833 Российская Федерация'
_PATENT_FORMS = (
    # a plant variety's patent, numbered from 1: 'Патент на селекционное достижение № 1015 Республика Казахстан'
    re.compile(r"(?P<g>[Пп]атент\s+на\s+селекционное\s+достижение)\s*№\s*(?P<n>\d{1,7})(?:\s+(?P<c>Республика\s+Казахстан|Российская\s+Федерация|РФ|РК)(?![\w]))?"),
    re.compile(r"(?P<g>(?:US|UK|GB|Eur|Jpn|Ger|Fr|Can|World|Korean)\.?\s+Pat\.(?:\s+Appl\.)?)\s*,?\s*(?P<n>\d{5,12}|[A-Z]{2}\d{5,12}(?:[A-Z]\d?)?)(?=[,.\s]|$)"),  # RSC 'US Pat., 1783901, 1930'
    _PATENT,
    re.compile(r"(?P<g>[Pp]atent)\s+(?P<c>RU|SU|US|KR|KZ|EP|WO|JP|CN|DE|UA|RF|RK|KG|UZ|BY)\s*,?\s*[Nn]o\.\s*(?P<n>\d{1,3}(?:[ ,]\d{3})+|\d{3,12})"),
    re.compile(r"(?P<g>(?:Инновационный\s+|Евразийский\s+)?[Пп]атент|Innovatsionnyi\s+patent|Innovacionnyj\s+patent)\s+(?P<c>РК|РФ|KZ|RK|RF)\s*(?:№|N|No\.?)\s*(?P<n>\d{3,12})"),  # 'Инновационный патент РК № 27645'
    re.compile(r"(?P<g>А\.\s?с\.)\s*(?:№\s*)?(?P<n>\d{5,8})\s+(?P<c>СССР|РФ|SU)(?![\w])"),  # an author's certificate: 'А. с. 1235849 СССР'
    re.compile(r"(?:(?P<c>USSR|RF|SU)\s+)?(?P<g>(?:Author|Inventor)['’]s\s+[Cc]ertificate)\s+(?:[Nn]o\.\s*)?(?P<n>\d{3,9})"),  # a twin's 'USSR Author's Certificate No. 255221'
    re.compile(r"(?P<g>(?:대한민국\s*)?(?:등록)?특허)\s*(?:등록\s*)?제\s*(?P<n>\d{2}-\d{4}-?\d{3,7}|\d{2}-\d{6,7})\s*호"),
    # Korean gazettes and Google-Patents style: '공개특허공보 10-2016-0012345', '특허 KR 10-1616321 B1'
    re.compile(r"(?P<g>공개특허공보|등록특허공보)\s*(?:제\s*)?(?P<n>\d{2}-\d{4}-\d{6,7}|\d{2}-\d{6,7})(?:\s*호)?"),
    re.compile(r"(?P<g>특허)\s+(?P<c>KR)\s*(?P<n>\d{2}-\d{6,7}(?:\s?[AB]\d)?)(?![\w-])"),
    re.compile(r"(?<=[,”\"]\s)(?P<g>)" + _OFFICE_NUMBER_KIND + r"(?=\s*[,.]|\s*$)"),  # IEEE's Korean '“…,” KR 10-2020-0087412 A, 2020. 7. 15.'
    re.compile(
        r"(?P<g>Свидетельство\s+о\s+(?:гос\.|государственной)\s*регистрации\s+(?:программы\s+для\s+ЭВМ|базы\s+данных))\s*№\s*(?P<n>\d{6,12})"
        r"(?:\s+(?P<c>Российская\s+Федерация|Рос\.\s*Федерация|РФ))?"
    ),
)
# a Korean patent's dates and applicant: '(출원일: 2013. 11. 26., 등록일: 2015. 5. 6.)', ', 출원인: 현대중공업 주식회사, 공개일 2016. 2. 3'
_KO_PATENT_DATE = re.compile(
    r"[(,]?\s*(?P<k>출원일|등록일|공개일|공고일)\s*:?\s*(?P<y>(?:19|20)\d\d)\.\s*(?P<m>1[0-2]|0?[1-9])\.\s*(?P<d>[12]\d|3[01]|0?[1-9])\.?\)?"
    r"|,\s*(?P<k2>출원인)\s*:\s*[^,\x00]{2,40}"
)
_PATENT_CLASS = re.compile(  # (each class with the edition of the classification: 'E21B 43/16 (2006.01)')
    r"(?:^|(?<=[\s,.]))(?:МПК|MPK|IPC|Int\.\s*Cl\.)\s*[A-H]\d{2}[A-Z]\s*\d+/\d+(?:\s*\((?:19|20)\d\d\.\d\d\))?(?:\s*,\s*[A-H]\d{2}[A-Z]\s*\d+/\d+(?:\s*\((?:19|20)\d\d\.\d\d\))?)*\.?"
)
_PATENT_DATES = re.compile(
    r"(?:\s*:\s*|[–—-]\s*)?(?:(?:№|N)\s*\d(?:[\d/-]|\.\d)*\s*[;:]\s*)?(?P<k>[Зз]аявл|[Оо]публ|[Зз]аявка|[Pp]ubl|[Zz]ajavl|[Zz]ayavl|[Oo]publ)\.?\s*(?P<d>\d{1,2}\.\d{1,2}\.\d{4}|(?:1[89]|20)\d\d)(?:\s*,\s*(?:Бюл|Bjul|Byul|Bull)\.\s*(?:(?:№|N|No\.?)\s*)?\d+)?\s*;?"
)


# an Uzbek act cited by its issuer first, its title in quotes with the suffix -gi, then its kind, date and number:
# 'O‘zbekiston Respublikasining "Suv va suvdan foydalanish to‘g‘risida"gi Qonuni. 1993-yil 6-may, 837-XII-son // …'
_UZ_ACT = re.compile(
    r"[\s\x00]*(?P<a>[^\"«“\x00]{3,80}?)\s+[\"«“](?P<t>[^\"»”\x00]{3,250})[\"»”](?:gi|ги)\s+(?P<g>[Qq]onuni|[Ff]armoni|[Qq]arori|[Ққ]онуни|[Фф]армони|[Ққ]арори)\.?"
    r"(?:\s*(?P<y>(?:19|20)\d\d)-(?:yil|йил)\s+(?P<d>\d{1,2})-(?P<m>[^\s\d,.]+?),?\s+(?P<n>[\w‘’'ʻ-]+?)-(?:son|сон)\b)?"
)


def _uz_act(w: _Work, m: re.Match[str]) -> int:
    _take_groups(w, m, (("authority", "a"), ("title", "t"), ("genre", "g"), ("number", "n")))
    month = month_number(m.group("m").lower()) if m.group("m") else None
    if m.group("y"):
        w.take("issued", Date.of(int(m.group("y")), month, int(m.group("d")) if month else None), m.start("y"), m.end("m"))
    w.claim(m.start(), m.end())
    w.flags.add("kind:legislation")
    w.fields.setdefault("language-tag", "uz")  # (its kind, 'Qonuni', 'Farmoni', says Uzbek, whatever the title's few words say)
    return m.end()


# a German archive's file, cited archive first: 'BArch, R 6/620: Die Wolgadeutschen. Denkschrift der Publikationsstelle Dahlem,
# März 1942.', 'Bundesarchiv (BArch), R 6/139, Bl. 4–19.': the archive, the file's signature and leaves, the document's title,
# kind and date
_GERMAN_ARCHIVE_FILE = re.compile(
    r"[\s\x00]*(?P<arch>Bundesarchiv(?:\s*\(BArch\))?|BArch|PA\s+AA|GStA\s+PK|(?:HStA|LA|StA|LAV)\s+[A-ZÄÖÜ][\w.-]+)\s*,\s*"
    r"(?P<loc>[A-Z]{1,4}\s?\d+[a-z]?(?:\s*/\s*\d+[a-z]?)*(?:\s*,\s*(?:Nr|Bd)\.\s*\d+)?)"
    r"(?:\s*,\s*Bl\.\s*(?P<leaves>\d+[rv]?(?:\s*[–-]\s*\d+[rv]?)?))?"
    r"(?::\s*(?P<t>[^.:\x00]{2,200}?)\.(?:\s+(?P<g>[A-ZÄÖÜ][^,.:\x00]{2,100}?),\s+(?P<d>(?:\d{1,2}\.\s*)?[A-ZÄÖÜ][a-zäöü]+\s+(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d))?)?\.?\s*$"
)


def _german_archive_file(w: _Work, m: re.Match[str]) -> int:
    _take_groups(w, m, (("archive", "arch"), ("archive_location", "loc"), ("page", "leaves"), ("title", "t"), ("genre", "g")))
    if m.group("d"):
        w.take("issued", _date_from_text(m.group("d")), m.start("d"), m.end("d"))
    w.claim(m.start(), m.end())
    w.flags.add("archive")
    w.fields.setdefault("language-tag", "de")
    return m.end()


# German historians' books: 'Name, Vorname: Titel. Untertitel, hg. v. Karl-Heinz Ruffmann, Baden-Baden 1987 (Reihe, Bd. 2).',
# the place and year after a comma at the end ('…, Moskva 1995.', '…, Diss. phil. Freiburg i. Br. 2009.', 'Lincoln/London 1976')
_GERMAN_COMMA_IMPRINT = re.compile(
    r",\s+(?:(?P<g>Diss\.(?:\s+(?:phil|rer\.\s?pol|rer\.\s?nat|theol|iur|jur|med)\.)?|Habil\.-Schr\.)\s+)?"
    r"(?P<place>[A-ZÄÖÜ][\w.'’-]+(?:\s+(?:i\.\s?Br\.|a\.\s?M\.|am\s+Main))?(?:\s*/\s*[A-ZÄÖÜ][\w'’-]+)*)\s+(?P<y>(?:1[5-9]|20)\d\d)"
    r"(?:\s*\((?P<s>[^()\d]{3,120}?)(?:,\s*(?:Bd|Nr|H)\.\s*(?P<sn>\d+))?\))?\.?\s*$"
)
_GERMAN_EDITED_BY = re.compile(r",\s+(?:hg\.\s*v\.|hrsg\.\s*v\.|herausgegeben\s+von)\s+(?P<n>[^,\x00]{3,80}?)(?=,\s|\x00)")
_GERMAN_VOLUME = re.compile(r",\s+Bd\.\s*(?P<v>\d+|[IVX]{1,4})(?::\s*(?P<vt>[^,\x00]{2,120}?))?(?=,\s|\x00)")
_CONTRIBUTIONS_BY = re.compile(r"\.\s+(?P<n>Mit\s+(?:Beiträgen|einem\s+(?:Vorwort|Nachwort|Geleitwort))\s+von\s+[^,.\x00]{3,100}?)(?=,\s|\x00)")


def _german_comma_imprint(w: _Work, pos: int) -> None:
    """After 'Name, Vorname:', a book whose place and year end it after a comma, with its editors, volume and series."""
    m = _GERMAN_COMMA_IMPRINT.search(w.free(), pos)
    if not m or _PLACE_YEAR_END.search(w.free(), pos) or not any(part.strip() in CITIES or part.split()[0] in CITIES for part in m.group("place").split("/")):
        return
    _take_groups(w, m, (("genre", "g"), ("publisher-place", "place"), ("issued", "y"), ("collection-title", "s"), ("collection-number", "sn")))
    w.claim(m.start(), m.end())
    w.flags.update({"thesis" if m.group("g") else "kind:book", "german-imprint"})
    edited = next(iter(w.search(_GERMAN_EDITED_BY, pos)), None)
    if edited:  # ', hg. v. Karl-Heinz Ruffmann,', ', hg. v. Alfred Eisfeld und Victor Herdt,' (given names first, joined by 'und')
        names = [Name(family=n.split()[-1], given=" ".join(n.split()[:-1]) or None) for n in rx.split(r"\s+(?:und|u\.)\s+|\s*/\s*", edited.group("n").strip())]
        w.take("editor", names, edited.start("n"), edited.end("n"), claim=(edited.start(), edited.end()))
    volume = next(iter(w.search(_GERMAN_VOLUME, pos)), None)
    if volume:  # ', Bd. 2: Avtonomnaja respublika 1924–1941,'
        _take_groups(w, volume, (("volume", "v"), ("volume-title", "vt")))
        w.claim(volume.start(), volume.end())
    contributions = next(iter(w.search(_CONTRIBUTIONS_BY, pos)), None)
    if contributions:  # '. Mit Beiträgen von …': a note
        w.add_note(contributions.group("n"), contributions.start(), contributions.end())


# GB/T 7714 (China's standard): a code after the title names the kind of work: '中国的中亚外交[M]. 北京: 时事出版社, 2008.',
# '…[J]. 世界经济与政治, 2015(5): 21-41.', '…[EB/OL]. (2017-10)[2023-04-01]. https://…'; a code before '//' is a part of the
# host that follows ('[M]//李永全, 主编. …'). 2015's A is an archive (2005 used it for a part of a collection, always before '//')
_GBT_CODE = re.compile(r"\[(?P<code>M|C|N|J|D|R|S|P|G|A|Z|DB|CP|EB|DS|CM)(?:/(?:OL|CD|MT|DK))?\](?P<host>\s*//)?")
_GBT_KINDS = {"M": "book", "G": "book", "C": "book", "N": "article-newspaper", "J": "article-journal", "D": "thesis", "R": "report",
              "S": "standard", "P": "patent", "DB": "dataset", "DS": "dataset", "CP": "software", "EB": "webpage", "CM": "map",
              "A": "manuscript", "Z": "document"}  # fmt: skip
_ZH_COMPOUND_FAMILIES = frozenset("欧阳 司马 诸葛 上官 司徒 东方 皇甫 令狐 夏侯 慕容 尉迟 长孙 宇文 公孙 端木 申屠 独孤 南宫 万俟 闻人".split())
# the authors before the title, Chinese names separated by commas, perhaps with '等' (et al.): '袁胜育, 汪伟民. '
_GBT_CJK_AUTHORS = re.compile(r"[\s\x00]*(?P<n>[\u4e00-\u9fff·]{2,20}(?:\s*[,，]\s*[\u4e00-\u9fff·]{2,20})*)(?:\s*[,，]\s*(?P<etal>等))?\.\s*(?=\S)")
_ZH_BODY_END = ("部", "委", "院", "局", "会", "所", "馆", "社", "厅", "办", "署", "中心", "大学", "组织", "集团", "公司", "银行")


def _gbt_codes(w: _Work) -> None:
    """GB/T 7714's codes: the first names the kind of work (a part of a host when '//' follows it); each is claimed."""
    codes = w.search(_GBT_CODE)
    if not codes:
        return
    first = codes[0]
    kind = _GBT_KINDS[first.group("code")]
    if first.group("host"):
        kind = "paper-conference" if first.group("code") == "C" or any(c.group("code") == "C" for c in codes[1:]) else "chapter"
    w.flags.update({"gbt", "kind:" + kind})
    for m in codes:
        w.claim(m.start(), m.end() - len(m.group("host") or ""))
    _gbt_tails(w, kind)


# the tails GB/T 7714 has and other styles do not: a newspaper's date and page, a journal's year and issue with no volume,
# a web page's date of issue and date of access, and the editors of a host after '//'
_GBT_NEWS_DATE = re.compile(r"(?P<c>[^,.\x00\d][^,.\x00]{1,40}),\s*(?P<y>(?:1[89]|20)\d\d)-(?P<m>\d{1,2})-(?P<d>\d{1,2})\s*\((?P<pg>[A-Z]?\d{1,3})\)")
_GBT_YEAR_ISSUE = re.compile(r"(?<=,\s)(?P<y>(?:1[89]|20)\d\d)\s*\((?P<i>[^()\x00]{1,10})\)\s*:\s*(?P<pg>[A-Za-z]?\d+(?:\s*[-–]\s*[A-Za-z]?\d+)?)")
_GBT_WEB_DATES = re.compile(
    r"\((?P<y>(?:1[89]|20)\d\d)(?:-(?P<m>\d{1,2})(?:-(?P<d>\d{1,2}))?)?\)\s*\[(?P<ay>(?:1[89]|20)\d\d)-(?P<am>\d{1,2})-(?P<ad>\d{1,2})\]"
    r"|\[(?P<ay2>(?:1[89]|20)\d\d)-(?P<am2>\d{1,2})-(?P<ad2>\d{1,2})\]"
)
_GBT_HOST = re.compile(
    r"//\s*(?:(?P<n>[\u4e00-\u9fff·]{2,6}(?:\s*[,，]\s*[\u4e00-\u9fff·]{2,6})*)(?:\s*[,，]\s*等)?\s*[,，]?\s*(?:主编|编|主編|編)\.\s*)?"
    r"(?P<c>[^.\x00]{2,120}?)\x00*\.\s+(?=[^\s.:,\x00]{1,20}\s*:\s*\S)"  # the host, up to its place and publisher
)


def _gbt_tails(w: _Work, kind: str) -> None:
    def date(y, m, d) -> Date:
        return Date.of(int(y), int(m) if m else None, int(d) if d else None)

    news = next(iter(w.search(_GBT_NEWS_DATE)), None) if kind == "article-newspaper" else None
    if news:  # '人民日报, 2013-09-08(3).'
        _take_groups(w, news, (("container-title", "c"), ("page", "pg")))
        w.take("issued", date(news.group("y"), news.group("m"), news.group("d")), news.start("y"), news.end("d"), claim=(news.start(), news.end()))
    issue = next(iter(w.search(_GBT_YEAR_ISSUE)), None) if kind == "article-journal" else None
    if issue:  # '世界经济与政治, 2015(5): 21-41.'
        _take_groups(w, issue, (("issued", "y"), ("issue", "i"), ("page", "pg")))
        w.claim(issue.start(), issue.end())
    web = next(iter(w.search(_GBT_WEB_DATES)), None)
    if web and web.group("y"):  # '(2017-10)[2023-04-01]'
        w.take("issued", date(web.group("y"), web.group("m"), web.group("d")), web.start("y"), web.end("y"))
    if web:
        a = "" if web.group("ay") else "2"
        w.take("accessed", date(web.group("ay" + a), web.group("am" + a), web.group("ad" + a)), web.start(), web.end())
    host = next(iter(w.search(_GBT_HOST)), None)
    if host:  # '[M]//李永全, 主编. “一带一路”建设发展报告(2018). 北京: …'
        if host.group("n"):
            w.take("editor", _zh_names(host.group("n")), host.start("n"), host.end("n"))
        w.take("container-title", host.group("c").strip(), host.start("c"), host.end("c"), claim=(host.start() + 2, host.end()))


def _zh_name(text: str) -> Name:
    """'习近平' -> family '习', given '近平'; a compound family name ('欧阳修') is kept whole; a body ('外交部',
    '国家发展改革委') is a literal name."""
    if len(text) > 4 or text.endswith(_ZH_BODY_END):
        return Name(literal=text)
    return Name(family=text[:2], given=text[2:] or None) if text[:2] in _ZH_COMPOUND_FAMILIES and len(text) >= 3 else Name(family=text[:1], given=text[1:] or None)


def _zh_names(text: str) -> list[Name]:
    """'袁胜育, 汪伟民' -> two names."""
    return [_zh_name(n) for n in rx.split(r"\s*[,，]\s*", text)]


def _gbt_authors(w: _Work) -> int | None:
    """GB/T 7714's Chinese authors before the title, where the entry has a code: where they end."""
    m = _GBT_CJK_AUTHORS.match(w.free())
    if not m:
        return None
    w.take("author", _zh_names(m.group("n")), m.start("n"), m.end("n"), claim=(m.start(), m.end()))
    if m.group("etal"):
        w.flags.add("et-al")
    return m.end()


def _patent_or_standard(w: _Work, text: str) -> None:
    """A patent or a standard, known by its designation: 'Пат. 2345678 РФ', 'Авт. свид. 181737 СССР',
    'U.S. Patent 4 200 770'; 'ГОСТ 17.4.4.02-2017. Охрана природы …', 'IEEE Std 1484.12.1-2002'."""
    patent = next(filter(None, (p.search(w.free()) for p in _PATENT_FORMS)), None) if _PATENT_HINT.search(text) else None
    if patent:
        w.take("genre", patent.group("g"), patent.start("g"), patent.end("g"))
        w.take("number", patent.group("n").strip(), patent.start("n"), patent.end("n"))
        if "c" in patent.re.groupindex and patent.group("c"):
            w.take("authority", patent.group("c"), patent.start("c"), patent.end("c"))
        w.claim(patent.start(), patent.end())
        # a registered database cited after its authors and title is the data; the certificate cited first is the document
        data = patent.group("g").endswith("базы данных") and rx.search(r"[^\W\d_]{3}", w.text[: patent.start()])
        w.flags.add("kind:dataset" if data else "kind:patent")
        for m in w.search(_PATENT_CLASS):  # 'МПК C01B 33/12': the classification, not the title
            w.claim(m.start(), m.end())
        slash = w.free().find(" / ")  # (those before the authors, before the title is read: GOST R 7.0.100 prints them after
        _patent_dates(w, slash if slash > 0 else 0)  # it, ': № 2020124531 : заявл. …'; after the authors they are read later)
        for m in w.search(_KO_PATENT_DATE) if "일" in text or "출원인" in text else ():
            if m.group("k") in ("등록일", "공개일", "공고일"):  # the patent's date is its grant's or publication's, not the filing's
                w.take("issued", Date.of(int(m.group("y")), int(m.group("m")), int(m.group("d"))), m.start("y"), m.end("d"))
            elif m.group("k2"):
                w.add_note(m.group(0).strip(" ,()"), m.start(), m.end())
            w.claim(m.start(), m.end())
    standard = _STANDARD.search(w.free()) if _STANDARD_HINT.search(text) else None
    if standard:
        _take_standard(w, standard)


def _take_standard(w: _Work, standard: re.Match[str], offset: int = 0) -> None:
    """A standard's designation (and the year or genre printed with it), matched ``offset`` characters into the free text."""
    g = "n" if standard.group("n") else "n2"
    claim = (offset + standard.start(), offset + standard.end())
    w.take("number", standard.group(g), offset + standard.start(g), offset + standard.end(g), claim=claim)
    if standard.group("y"):
        w.take("issued", Date.of(int(standard.group("y"))), offset + standard.start("y"), offset + standard.end("y"))
    if standard.group("g2"):
        w.take("genre", standard.group("g2"), offset + standard.start("g2"), offset + standard.end("g2"))
    w.flags.add("kind:standard")


_STANDARD_COMMA_IMPRINT = re.compile(
    r",\s*(?P<pub>[A-Z][\w&.'’ -]{1,60}?),\s*(?P<place>[A-Z][A-Za-z.'’ -]+(?:,\s*[A-Z][A-Za-z.]+(?:\s[A-Z][a-z]+)?)?)(?:,\s*(?P<y>(?:19|20)\d\d))?\.?$"
)
_IN_FORCE = re.compile(r"[Вв]вед(?:\.|ен[а-я]*)\s*(?:впервые\s*)?(?:\d{4}-\d\d-\d\d|\d\d\.\d\d\.\d{4})\.?")
_IN_FORCE_END = re.compile(r"[\s.:;–—]*" + _IN_FORCE.pattern + r"$")  # (closing a title read before: '… Технические условия. Введ. 2018-07-01.')


def _designation_dates(w: _Work) -> None:
    """After the title of a patent or standard: the application's number and date are not the issue, the date of
    publication ('опубл. 10.03.2010, Бюл. № 7') is the patent's date, and the date a standard came into force
    ('Введ. 2019-01-01') is not its edition's year."""
    if "kind:standard" in w.flags:
        for m in w.search(_IN_FORCE):
            w.claim(m.start(), m.end())
        title = w.fields.get("title") or ""
        force = _IN_FORCE_END.search(title) if "вед" in title else None
        if force:
            _cut_field(w, "title", force.start())
            title = w.fields["title"]
        body = rx.search(r",\s*(?P<b>[가-힣][가-힣 ]{1,30})$", title)
        # (or a body named in English: '…, Fatigue Crack Growth Method, International Organization for Standardization')
        body = body or rx.search(r",\s*(?P<b>[A-Z][a-z]+(?:\s(?:[A-Z][a-z]+|for|of|and|on)){1,6})$", title)
        if body and "publisher" not in w.fields and (_KO_ORG_HEAD.fullmatch(body.group("b")) or _is_org(body.group("b"))):
            base = _cut_field(w, "title", body.start())  # 'KS F 2405. 콘크리트의 … 방법, 국가기술표준원.': who issued it
            w.take("publisher", body.group("b"), base + body.start("b"), base + body.end("b"))
        number = w.fields.get("number") or ""
        year = rx.search(r":\s?(?P<y>(?:19|20)\d\d)$", number)
        if rx.match(r"(?:ГОСТ|GOST|СТБ|ДСТУ|DSTU|СТ\s)", number):
            year = None  # 'ГОСТ Р 57558–2017/ISO/ASTM 52900:2015': the year after the colon dates the standard it adopts
        if year and "issued" not in w.fields and "number" in w.spans:  # 'ISO 12108:2018' dates the edition
            w.fields["issued"], w.spans["issued"] = Date.of(int(year.group("y"))), (w.spans["number"][1] - 4, w.spans["number"][1])
    if "kind:patent" not in w.flags:
        return
    _patent_dates(w)


def _patent_dates(w: _Work, end: int | None = None) -> None:
    """A patent's application and publication: 'заявл. 22.07.2020 : опубл. 22.03.2021' (the date is the publication's)."""
    for m in w.search(_PATENT_DATES, 0, end):
        if m.group("k").lower() in ("опубл", "publ", "opubl"):
            parts = [int(x) for x in m.group("d").split(".")][::-1]  # 'опубл. 10.03.2010' or 'Опубл. 2018'
            w.fields.pop("issued", None)
            w.take("issued", Date.of(*parts), m.start("d"), m.end("d"))
        w.claim(m.start(), m.end())


_STANDARD_HINT = re.compile(r"ГОСТ|GOST|СП\s\d|СТ РК|ST RK|ОСТ\s|OST\s|СНиП|SNiP|ISO|IEC|Std\b|Recommendation ITU|DIN\s|СТБ|ДСТУ|DSTU|KS\s[A-Z]\s|KDS\s\d|KCS\s\d|JIS\s[A-Z]\s|ASTM\s[A-G]\d|TTA[KSE]\.|NT\sBUILD\s\d")
_STANDARD = re.compile(
    r"^[\s\x00]*(?P<n>(?:ГОСТ(?:\s+Р)?|GOST(?:\s+R)?|СТ\s+РК|ST\s+RK|ОСТ|OST|СТБ|ДСТУ|DSTU|СНиП|SNiP|ISO(?:/IEC)?|IEC|DIN(?:\s+EN)?|BS(?:\s+EN)?|NT\s+BUILD)"
    r"(?:\s+(?:ИСО|ISO|IEC|EN))?\s+\d[\d.\-–:/]*\d(?:/(?:ISO|IEC|ASTM|EN|ИСО|МЭК)(?:/(?:ISO|IEC|ASTM|EN))*\s+\d[\d.\-–:/]*\d)?|(?:KS|JIS)\s+[A-Z](?:\s+(?:ISO|IEC)(?:/IEC)?)?\s+\d[\d.\-–:/]*\d|K[DC]S\s+\d{2}(?:\s\d{2}){1,3}(?::\s?\d{4})?|ASTM\s+[A-G]\d+(?:/[A-G]\d+M?)?(?:[-–]\d+[a-z]?)?|TTA[KSE]\.[A-Z]{2}(?:\.[A-Z]{2})?-\d{2}\.\d{4}(?:/R\d)?|СП\s+\d+(?:[.\-–]\d+)+)"
    r"(?:\s*[.:,]\s+|\s+(?=[" + UP + HANGUL + r"])|\s*\((?P<y>(?:19|20)\d\d)\)\s*[.:,]\s+)"  # 'ASTM C1202-19 (2019), Standard Test Method …'
    r"|(?<=[\s,])(?:(?P<g2>Recommendation)\s+(?=ITU))?(?P<n2>(?:IEEE|ANSI|ISO)\s+Std\.?\s+\d[\d.\-–/]*\d|ITU-[RT]\s+[A-Z]\.\d[\d.\-–/]*\d"
    r"|(?<=,\s)(?:ISO|IEC|GOST(?:\s+R)?)(?:/IEC)?\s+\d[\d.\-–:/]*\d(?=,\s*(?:[^,\d]{2,60},\s*){0,4}(?:19|20)\d\d\.?\s*(?:\(in\s+[A-Z][a-z]+\)\.?\s*)?$))"  # IEEE '… —Wind Turbines, IEC 61400-21-1:2019, 2019.' (perhaps with the body and place before the year), '…, GOST 19179-73, Izd-vo Standartov, Moscow, USSR, 1988. (in Russian)'
)  # 'IEEE Std 802.11-2020', 'Recommendation ITU-R M.2083-0'
_BARE_LIST_NUMBER = re.compile(
    r"\s*()()(\d{1,3})\s+(?=[" + UP + r"][" + LOW + r"'’-]+,?\s+[" + UP + r"]\.\s?(?:[" + UP + r"]\.)?"
    r"|[A-Z][a-z'’-]+\s+[A-Z]{1,3}(?:\s+(?:Jr|Sr|2nd|3rd|[2-9]th))?,\s+[A-Z][a-z'’-]+\s+[A-Z]{1,3}[,\s.]"  # Springer's '11 Liu Z, Lin Y, …', BMJ '14 Pope CA 3rd, Dockery DW.'
    r"|(?:Bureau|Ministry|Department|Agency|Office|Committee)\s+of\s+[A-Z]"  # '11 Bureau of National Statistics of …. Title [Internet].'
    r"|(?:World|International|European|United)\s+[A-Z][a-z]+\s+(?:Organi[sz]ation|Association|Agency|Bank|Nations|Institute|Programme|Program|Union)\b)"  # BMJ '2 World Health Organization. …'
)
_FOOTNOTE_CASE_NUMBER = re.compile(
    r"\s*()()(\d{1,3})\s+(?=[A-Z][\w.'’&-]*(?:\s+[\w.'’&()-]+){0,5}\s+v\.?\s+[A-Z]"  # '23 Pearson v. Callahan', '14 R (Bancoult) v …'
    r"|(?:[A-Z]{1,3}|[A-Z][a-zà-öø-ÿ]+(?:\s[A-Z]\.?)?)\s[A-Z][a-zà-öø-ÿ'’-]+(?:,\s+['‘]|\s+and\s+[A-Z]))"  # OSCOLA '23 NA Moreham, 'Privacy …'', '4 Gavin Phillipson, ‘…', '47 Thomas W Wälde, ', '13 Rudolf Dolzer and …'
)
# Cell Press: a book's publisher alone in parentheses at its end, the year having come after the authors:
# '… Control Evolution (Houghton Mifflin Harcourt).', '(Cold Spring Harbor, NY: Cold Spring Harbor Laboratory Press).'
_CELL_BOOK_IMPRINT = re.compile(
    r"\s\((?:(?P<place>[A-Z][^():\x00\d]{1,40}):\s*)?(?P<pub>(?:[A-Z][\w'’.-]*|and|of|&|for|the)(?:\s+(?:[A-Z][\w'’.-]*|and|of|&|for|the)){0,7})\)\.?[\s\x00]*$"
)
_NOT_A_PUBLISHER = re.compile(r"\b(?:Eds?|Trans|Vol|Edition|Director|Host|Producer|Thesis|Dissertation|Report|Paper|Preprint|Video|Podcast|Film|Software|Dataset|Abstract|Review)\b")
# ACS/MDPI books: '…; Springer Series in Materials Science, Vol. 25; Springer: …', '…; FAO Animal Production and Health Manual No. 20; FAO: Rome, Italy, 2017.'
# a numbered series in brackets closing a title, as the Unified Style Sheet prints it: 'Case, referentiality and phrase
# structure (Linguistik Aktuell/Linguistics Today 77). Amsterdam: …', '… (eds.), Evidentials (Empirical Approaches to
# Language Typology 24), 29–43.'; words only (no months, report or paper numbers), then a number, then a stop or a comma
_WORDS_SERIES_IN_BRACKETS = re.compile(
    r"\((?P<s>[A-Z][\w'’&-]*(?:/[\w'’&-]+)?(?:\s+[\w'’&-]+(?:/[\w'’&-]+)?){1,8})\s+(?P<n>\d{1,4})\)(?=[.,]\s+(?:[A-Z][^.:]{1,40}:\s*[A-Z]|\d+\s*[–-]\s*\d+))"
)
_NOT_A_SERIES = re.compile(r"\b(?:Papers?|Reports?|Notes?|Briefs?|No|Version|Release|Decree|Resolution|Order|Law|Act|Article|Part|Phase|Wave|Grade|Chapter|January|February|March|April|May|June|July|August|September|October|November|December|Spring|Summer|Autumn|Fall|Winter)$")


def _series_in_brackets(w: _Work) -> None:
    m = next(iter(w.search(_WORDS_SERIES_IN_BRACKETS)), None)  # the first bracket of that shape only
    if m and not _NOT_A_SERIES.search(m.group("s")) and not _is_year(m.group("n")):
        _take_groups(w, m, (("collection-title", "s"), ("collection-number", "n")))
        w.claim(m.start(), m.end())


_SCHOOL_THESIS = re.compile(r"(?<=:\s)(?P<pub>[A-Z][^:.,;\x00]{1,80}?)\s+(?P<g>(?:(?:MA|MSc|PhD|doctoral|master['’]s)\s+)?(?:dissertation|thesis))\.?\s*$")
_SERIES_VOLUME_AFTER_IMPRINT = re.compile(r"(?<=\d);\s*Volume\s+(?P<n>\d{1,5})(?=,\s*pp?\.\s*\d|\.?\s*$)")
_ACS_SERIES = re.compile(
    r";\s*(?:(?P<s>[A-Z][^;]{2,80}?\bSeries(?:\s+(?:in|on|of)\s+[^;,]{3,60})?|Lecture\s+Notes\s+in\s+[A-Z][^;,:]{2,60})(?:,?\s*(?:Vol\.|No\.)?\s*(?P<n>\d{1,5}))?"
    r"|(?P<s2>[A-Z][^;:]{2,80}?),?\s+(?:Vol\.|No\.)\s*(?P<n2>\d{1,5}))\s*;(?=\s*[A-Z][^;:]{1,80}:)"
)


def _prepare(raw: str) -> tuple[str, str, list[int]]:
    """The text the rules read: cleaned, respaced where a list lost its spaces, with East Asian punctuation made plain;
    also the text before that last step (for telling languages apart) and each character's offset in ``raw``."""
    text, offs = clean_with_offsets(raw)
    if not text:
        return text, text, offs
    text, offs = _respace(text, offs)
    return text, _cjk_punctuation(text), offs


def _parse(raw: str) -> Reference:
    if not _HINTS:
        _HINTS.update((id(pattern), hint) for pattern, hint in _hints().items())
    as_cleaned, text, offs = _prepare(raw)
    if not text:
        return Reference.from_csl({"type": "document", "refkit-raw": raw, "refkit-confidence": 0.0})
    w = _Work.of(text)
    heading = rx.match(r"\s*(?P<c>[" + UP + r"][^.]{2,40})\.\s*(?:Законы|Указы|Постановления|Laws|Statutes)\.\s+", text)
    if heading:
        w.take("author", [Name(literal=heading.group("c"))], heading.start("c"), heading.end("c"), claim=(0, heading.end()))
        w.flags.add("legal-heading")
    if "[" in text:
        for am in rx.finditer(r"\s*:?\s*\[(?:принят|одобр|прийнят|қабылд|adopted)[^\]]*\]", text, re.I):
            w.add_note(am.group(0).strip(" :[]"), am.start(), am.end())  # '[принят Гос. Думой 21 дек. 2012 г. …]': how the act was passed
    lead = rx.match(r"\s*(?:\[\s*(\d{1,4})\s*\]|\((\d{1,3})\)|(\d{1,3})[.)])(?:\s+(?=\S)|(?=[" + UP + r"][" + LOW + r"]+\s+[" + UP + r"]\.)|(?<=\])(?=[" + UP + r"]))", text)  # '[12]', ACS '(3)', '12.', '4.Гохман Л.М.', '[2]Apertium.'
    lead = lead or _BARE_LIST_NUMBER.match(text) or _FOOTNOTE_CASE_NUMBER.match(text)  # '1 Лущик Ч.Б., Лущик А.Ч. …': a number and a space, then a name
    if lead:
        w.claim(0, lead.end())
        w.fields["list-number"] = int(lead.group(1) or lead.group(2) or lead.group(3))  # the list's own [12]: not the work's number
    key = _CITATION_KEY.match(w.free(), lead.end() if lead else 0)
    if key:  # Вопросы языкознания 'Апресян 1995 — Ю. Д. Апресян. …', 'ГИКРЯ — …': the key the text cites it by
        w.take("citation-label", key.group("k"), key.start("k"), key.end("k"), claim=(key.start(), key.end()))
    ditto = rx.match(r"\s*(?:\[\s*\d{1,4}\s*\]\s*|\d{1,3}[.)]\s+)?(?:[—–-](?:\s?[—–-]){1,5}(?:,\s*(?:eds?|trans|comp)\.|,\s*(?:editors?|translators?|compilers?)(?=[.,]))?[.,]?|同(?:上)?\s*[,，.](?=\s*[『「]))", text)  # (Chicago '———, ed.', MLA '---, editor.')
    if ditto and rx.search(r"[—–-]{2}|[—–]\s[—–]|同", ditto.group(0)):  # Chicago/MLA '———. 2002. …', hanja '同, 『…』': the author of the entry above
        said = ditto.group(0)
        role = "editor" if rx.search(r",\s*ed", said) else "translator" if ", trans" in said else "compiler" if ", comp" in said else "author"
        said = said.strip(" .,")
        w.take("note", role + " as in the entry above (" + said + "."[: bool(rx.search(r"\b(?:eds?|trans|comp)$", said))] + ")", ditto.start(), ditto.end())
        w.flags.add("same-author")
    if any(f in w.lower for f in ("ф.", "f.", "қ.", "-q.", "фонд ", "fond ")) and (
        any(o in w.lower for o in ("оп.", "op.", "т.", "-t.", "эксп.", "eksp.", "опись ", "inventory ", "opis")) or _ARCHIVE_FONDS.search(text)
    ) or ("Архив " in text or "Arkhiv " in text) and _ARCHIVE_SECTION_FILE.search(text) or " Q. " in text and " T. " in text:  # (romanised Kazakh 'Q. 1692. T. 1.')
        _archive(w)
    collection = _ARCHIVAL_COLLECTION.match(text) if "archive" not in w.flags and _COLLECTION_WORD.search(text) else None
    if collection:  # 'Darwin Papers (DAR). Cambridge University Library, Cambridge.': a collection, cited where it is kept
        for key, group in (("archive_location", "loc"), ("archive", "arch"), ("archive-place", "place")):
            if collection.group(group):
                w.take(key, collection.group(group).strip(), collection.start(group), collection.end(group))
        w.claim(0, len(text))
        w.flags.update({"archive", "kind:manuscript"})
    if "법원" in text or "헌법재판소" in text or "헌재 " in text or "대판 " in text:
        _court_decision(w)
    if "Суду" in text or "Суда " in text or "ВАС " in text or "суду з прав" in text or "суда по правам" in text or "pplication no" in text or ": від " in text or ": от " in text:
        _echr_or_ua_court(w, lead.end() if lead else 0)
    if " vom " in text and ("Urteil" in text or "Beschluss" in text or "Entscheidung" in text or "Gutachten" in text):
        _german_court_decision(w, lead.end() if lead else 0)
    _patent_or_standard(w, text)
    if "[" in text and "]" in text:
        _gbt_codes(w)
    if "last visited" in text and "http" in text:
        _bluebook_agency_page(w, lead.end() if lead else 0)
    attributed = _attributed_authors(w) if "[" in text[:12] else None
    if not w.cjk and not rx.search(r"[А-яЁё]", text) and (  # (the script first: it skips the costly end test below for most)
        " v " in text or " v. " in text or "Act " in text or "ICJ Rep" in text or "I.C.J." in text or " Stat. " in text or " UNTS " in text or "' (" in text or "’ (" in text or "' [" in text or "’ [" in text or "edn, " in text
        or rx.search(r"\s(?:1[5-9]|20)\d\d\)(?:\s*,?\s*\d+(?:[–-]\d+)?)?\.?\s*$|[\w?]\s\((?:1[5-9]|20)\d\d\)\.?\s*$", text)
    ):
        _english_law(w, lead.end() if lead else 0)
    translated_head = _korean_translated_head(w) if ("역" in text or "옮김" in text) and ("저" in text or "지음" in text) else None
    if ";" in text and ("series" in w.lower or " no. " in w.lower or " vol. " in w.lower or "lecture notes in " in w.lower):
        for m in w.search(_ACS_SERIES):  # ACS books: 'Title; Springer Series in Materials Science, Vol. 25; Springer: Berlin, 1995.'
            _take_groups(w, m, (("collection-title", "s"), ("collection-title", "s2"), ("collection-number", "n"), ("collection-number", "n2")))
            w.claim(m.start(), m.end() - 1)
            number = _SERIES_VOLUME_AFTER_IMPRINT.search(text, m.end()) if "collection-number" not in w.fields else None
            if number:  # MDPI '…; Lecture Notes in Energy; Springer: Cham, Switzerland, 2018; Volume 61, pp. 1–33.': the series' volume
                w.take("collection-number", number.group("n"), number.start("n"), number.end("n"), claim=(number.start() + 1, number.end()))  # (the ';' stays: it ends the imprint)
            break
    if "(" in text:
        _series_in_brackets(w)
    _islands(w)
    pos = ditto.end() if "same-author" in w.flags else None
    issue = _NEWSPAPER_ISSUE.fullmatch(w.text) if pos is None and w.has_month else None
    ko_issue = _KO_NEWSPAPER_ISSUE.fullmatch(w.text) if pos is None and "』" in text else None
    issue = issue if issue and (issue.group("i") or _newspaper(issue.group("c"))) else ko_issue  # (a number and a day: a daily's issue)
    if issue:  # 'Правда. 1930. 2 марта.', 'Pravda. 1932. 28 December.', '『東亞日報』 1920년 4월 1일자.': a whole issue of a paper
        month = int(issue.group("m")) if issue.group("m").isdigit() else month_number(issue.group("m"))
        w.take("container-title", issue.group("c"), issue.start("c"), issue.end("c"))
        if issue.groupdict().get("i"):
            w.take("issue", issue.group("i"), issue.start("i"), issue.end("i"))
        w.take("issued", Date.of(int(issue.group("y")), month, int(issue.group("d"))), issue.start("y"), issue.end())
        w.claim(0, len(w.text))
        pos = len(w.text)
    news = _UNSIGNED_NEWS.match(w.text) if text.lstrip(" 0123456789.[]").startswith("『") else None
    if news and _newspaper(news.group("c")):  # ASA in Korean: '『한겨레』. 2021. 3. 5. “…”': an unsigned story, the paper named first
        w.take("container-title", news.group("c"), news.start("c"), news.end("c"))
        w.take("issued", Date.of(int(news.group("y")), int(news.group("m")), int(news.group("d"))), news.start("y"), news.end("d"))
        w.take("title", _tidy(news.group("t")), news.start("t"), news.end("t"), claim=(0, news.end()))
        pos = news.end()
    body_editor = _KO_BODY_EDITOR.match(w.free()) if pos is None and ("편" in text or "엮음" in text) else None
    if body_editor:  # a body as editor, named before the title
        w.take("editor", [Name(literal=body_editor.group("n"))], body_editor.start("n"), body_editor.end("n"), claim=(0, body_editor.end()))
        if body_editor.group("y"):
            w.take("issued", Date.of(int(body_editor.group("y"))), body_editor.start("y"), body_editor.end("y"))
        w.flags.update({"korean", "names:hangul"})
        pos = body_editor.end()
    ko_translator = _KO_TRANSLATOR_HEAD.match(w.free()) if pos is None and ("역" in text or "옮김" in text or "譯" in text) else None
    if ko_translator:  # the translator named first, the work's own author not at all: '은정희 역주, 『원효의 대승기신론 소·별기』'
        w.take("translator", _hangul_names(ko_translator.group("n")), ko_translator.start("n"), ko_translator.end("n"), claim=(0, ko_translator.end()))
        w.flags.add("korean")
        pos = ko_translator.end()
    hanja_editor = _HANJA_EDITOR.match(w.free()) if pos is None and ("編" in text or "编" in text) else None
    if hanja_editor:
        editors = [hangul_name(n) for n in rx.split(r"\s*[·・、]\s*", hanja_editor.group("n"))]
        w.take("editor", editors, hanja_editor.start("n"), hanja_editor.end("n"), claim=(0, hanja_editor.end()))
        pos = hanja_editor.end()
    if pos is None:
        pos = translated_head if translated_head is not None else attributed
    if pos is None and w.cjk and rx.match(r"[\s\x00]*[A-Z]", w.free()):
        pos = _romanised_author(w, len(w.free()) - len(w.free().lstrip(_FREE + " ")))
    if pos is None:
        group = _GROUP_AUTHOR.match(w.free())
        if group:
            names = [Name(literal=group.group("g"))]
            end = group.end()
            more = scan_names(w.free(), end + 1) if w.free()[end : end + 1] == ";" else None
            if more:  # 'SPRINT Research Group; Wright JT Jr, Williamson JD, Whelton PK, et al.'
                names += more.names
                end = more.end
                if more.et_al:
                    w.flags.add("et-al")
            w.take("author", names, group.start("g"), end)
            pos = end
    if pos is None and ";" in text and (" eds." in text or " editors." in text):
        pos = _body_then_editors(w)
    if pos is None and ("GmbH" in text or "Inc." in text or "Ltd." in text or "Corp." in text):
        pos = _company_product(w)
    if pos is None and ("законов" in text or "ПСЗ" in text or "zakonov" in text):
        pos = _psz_act(w)
    decree = _GAZETTE_DECREE.match(w.free()) if pos is None and "號)" in text else None
    if decree:
        pos = _dated_whole_entry(w, decree, (("title", "t"), ("genre", "g"), ("number", "n"), ("container-title", "c")), "kind:legislation")
    paper_first = _PAPER_FIRST_NEWS.match(w.free()) if pos is None and text.lstrip(" \x00").startswith("『") and "「" in text else None
    if pos is None and not paper_first and ("Ilbo" in text or "Sin" in text or "Shin" in text or "Nippo" in text):
        paper_first = _PAPER_FIRST_NEWS_LATIN.match(w.free())
    if paper_first:
        fields = (("container-title", "c"), ("title", "t"), ("translated-title", "tt"), ("genre", "g"), ("page", "pg"))
        pos = _dated_whole_entry(w, paper_first, fields, "kind:article-newspaper")
    if pos is None and "「" in text and _CLASSIC_SECTION.match(w.free()):
        pos = _whole_entry(w, _CLASSIC_SECTION.match(w.free()), (("title", "t"), ("section", "s")), "kind:book")
    bare_issue = _BARE_JOURNAL_ISSUE.fullmatch(w.free()) if pos is None and "no. " in text and text.rstrip(" .")[-1:].isdigit() else None
    if bare_issue:
        fields = (("container-title", "c"), ("volume", "v"), ("issue", "i"), ("issued", "y"), ("page", "pg"))
        pos = _whole_entry(w, bare_issue, fields, "kind:article-journal")
    if pos is None and "esolution " in text:
        pos = _dated_act(w, _UN_RESOLUTION_DESIGNATION, (("title", "t"), ("number", "n")))
    if pos is None and w.free().lstrip(" " + _FREE).startswith(("Law of", "Decree of", "Code of", "Resolution of", "Order of", "Constitutional Law of")):
        pos = _dated_act(w, _APA_NAMED_ACT, (("title", "t"), ("number", "n"), ("number", "n2"), ("container-title", "c")))
    if pos is None and ("MS" in text or "fond" in text or "Fond" in text) and (_MHRA_ARCHIVE.match(w.free()) or _ARCHIVE_CITY_FOND.match(w.free())):
        pos = _mhra_archive(w)
    if pos is None and "kind:standard" in w.flags and "number" in w.spans and not w.free()[: w.spans["number"][0]].strip(" \x00"):
        pos = w.spans["number"][1]  # 'ISO 9001:2015, Quality management systems …': the title follows the designation, no author
    if pos is None and "gbt" in w.flags:
        pos = _gbt_authors(w)
    german_file = _GERMAN_ARCHIVE_FILE.match(w.free()) if pos is None and ("BArch" in text or "Bundesarchiv" in text or "StA " in text or "PA AA" in text or "LA " in text) else None
    if german_file:
        pos = _german_archive_file(w, german_file)
    uz_act = _UZ_ACT.match(w.free()) if pos is None and ("gi " in text or "ги " in text) else None
    if uz_act:
        pos = _uz_act(w, uz_act)
    if pos is None:
        pos = _authors(w)
    bodies = w.fields.get("author")
    if bodies and len(bodies) == 1 and "; " in (bodies[0].literal or "") and all(_is_org(b) for b in bodies[0].literal.split("; ")):
        w.fields["author"] = [Name(literal=b) for b in bodies[0].literal.split("; ")]  # Vancouver 'Ministry of Health …; World Health Organization …'
    pos = _year_after_authors(w, pos)
    standard = _STANDARD.match(w.free()[pos:]) if pos and "number" not in w.fields and _STANDARD_HINT.search(text) else None
    if standard and standard.group("n"):  # 'Korean Agency for Technology and Standards, 2018. KS X 3267 RS485-based …': its designation heads the title
        _take_standard(w, standard, pos)
        pos += standard.end()
    if pos and w.free()[pos : pos + 1] == ":" and w.text.rstrip(" .)")[-1:].isdigit() or pos and w.text.rstrip(" .").endswith(")") and ":" in w.free()[pos : pos + 2]:
        _german_comma_imprint(w, pos)
    if "year-after-authors" in w.flags and w.text.rstrip(" .")[-1:].isdigit() and rx.search(r"\d\)?,\s*$", w.text[:pos]):
        _comma_journal_tail(w, pos)
    cell = _CELL_BOOK_IMPRINT.search(w.free(), pos) if "year-after-authors" in w.flags and text.rstrip(" .").endswith(")") else None
    if cell and not cell.group("place") and _translates(w, w.free()[pos : cell.start()].strip(" ,.\x00"), cell.group("pub")):
        cell = None  # a KCI twin's '…, 1918, Chōsen no hogo oyobi heigō (The Protectorate and Annexation of Korea) (in Japanese).'
    if cell and not _NOT_A_PUBLISHER.search(cell.group("pub")) and " In " not in w.free()[pos : cell.start()]:
        w.take("publisher", cell.group("pub"), cell.start("pub"), cell.end("pub"), claim=(cell.start(), cell.end()))
        if cell.group("place"):
            w.take("publisher-place", cell.group("place").strip(), cell.start("place"), cell.end("place"))
    bare = _TITLELESS_TAIL.match(w.free(), pos) if pos and "," in text and rx.search(r"\d\s*[-–—]?\s*\d*\.?\s*(?:<[^>]*>|\(in \w+\))?\s*$", text) else None
    if bare is None and pos and "pp." in text:
        bare = _TITLELESS_PLEIADES.match(w.free(), pos)
        if bare and not all("." in part for part in bare.group("c").split(",")):
            bare = None  # each part an abbreviated name ('Izv. Akad. Nauk SSSR, Met.'), not a title
    if bare:  # no article title: 'Zeldovich Ya.B., Frank-Kamenetskii D.A. Zhurn. Fiz. Khim., 1938, 12, 100.'
        for key, group in (("container-title", "c"), ("volume", "v"), ("issue", "i"), ("page", "pg")):
            if bare.group(group):
                w.take(key, _range(bare.group(group)) if key == "page" else bare.group(group).strip(" ,"), bare.start(group), bare.end(group))
        w.take("issued", Date.of(int(bare.group("y"))), bare.start("y"), bare.end("y"))
        w.claim(bare.start(), bare.end())
        w.flags.add("journal-tail")
        pos = bare.end()
    elif pos and "names:spaced" in w.flags or pos and rx.search(r"\(\d{4}\)[\]\s.]*$", text):
        pos = _physics_tail(w, pos)
    if "year-after-authors" in w.flags and (rx.search(r"\)[\s.,\x00]*$", w.free()) or rx.search(r"\d,\s*\d{1,3}\.?\s*$", w.text)):
        _eas_tail(w)
    rest = w.free()[pos:]
    core = rest.strip(" .\x00")
    imprint = _STANDARD_COMMA_IMPRINT.search(core) if "kind:standard" in w.flags and core.count(",") >= 2 else None
    if imprint and _placeish(imprint.group("place")) and "publisher" not in w.fields:
        # 'ASTM C1202-19 (2019), Standard Test Method …, ASTM International, West Conshohocken, PA.', 'NT BUILD 492, …, Nordtest,
        # Espoo, Finland, 1999.': who issued it, where and when
        a = pos + rest.index(core)
        for key, group in (("publisher", "pub"), ("publisher-place", "place"), ("issued", "y")):
            if imprint.group(group) and key not in w.fields:
                value = Date.of(int(imprint.group(group))) if key == "issued" else imprint.group(group).strip()
                w.take(key, value, a + imprint.start(group), a + imprint.end(group))
        w.claim(a + imprint.start(), a + imprint.end())
        rest = w.free()[pos:]
        core = rest.strip(" .,\x00")
    if "kind:standard" in w.flags and core and not rx.search(r"[–—:/\x00]|\d{4}|https?:", core):
        # 'ГОСТ Р 52857.1-2007. Сосуды и аппараты. Нормы и методы расчета на прочность. Общие требования.': no imprint
        # follows, so every sentence after the designation is the standard's title
        a = pos + rest.index(core)
        tm = rx.search(r"\s*\[[^\[\]]{3,}\]$", core)  # a Latin twin's '[Soils. Methods for …]': its translation
        title = core[: tm.start()] if tm else core
        w.take("title", _tidy(title), a, a + len(title))
        pos = _translation(w, a + len(title))
    _comma_proceedings(w, pos)
    _comma_book_imprint(w, pos)
    if " (Proc. " in text or " (Proceedings " in text:
        pos = _ams_proceedings(w, pos)
    pos = _ams_journal(w, pos)
    pos = _title(w, pos)
    if "kind:patent" in w.flags or "kind:standard" in w.flags:
        _designation_dates(w)
    tn = _TITLE_ENDS_IN_REPORT_NUMBER.search(w.fields.get("title") or "") if "number" not in w.fields and "Report" in text else None
    if tn:  # '(1982), Corrosion of Steel in Concrete, CBI Report 4:82, Swedish Cement …': the report's number, not its title
        base = _cut_field(w, "title", tn.start(), " ,")
        w.fields["number"], w.spans["number"] = tn.group("n"), (base + tn.start("n"), base + tn.end("n"))
        w.flags.add("report-number")
    rn = _NUMBER_AFTER_TITLE.match(w.free(), pos) if "number" not in w.fields else None
    if rn:  # 'Title, NISTIR 7765, National Institute …', 'Title, FHWA-RD-01-156, Federal Highway Administration'
        w.take("number", rn.group("n"), rn.start("n"), rn.end("n"), claim=(rn.start(), rn.end()))
        w.flags.add("report-number")
    _year_after_title(w)
    if rx.fullmatch(r"(?:1[5-9]|20)\d\d", w.fields.get("title") or "") and "issued" not in w.fields:
        w.fields["issued"] = Date.of(int(w.fields.pop("title")))  # 'Авт. свид. 181737 СССР. 1963.': no title, a year
        w.spans["issued"] = w.spans.pop("title")
    _volume_in_title(w)
    _host_in_title(w)
    if "romanised-native" in w.flags or w.cjk and (
        rx.search(r"[ŏŭōū]", text) or "translated-title" in w.fields and rx.match(r"[A-Z][a-z]", w.fields.get("title") or "")
    ):  # 'Urimalbon 우리말본 [Korean grammar]': Revised Romanization has no breves to tell it
        _native_title_tail(w)
    after = _legal_designation(w, pos)
    if after != pos:  # '…: prikaz Ministra … № KR DSM-92 [On approval …: Order of the Minister … No. KR DSM-92]': the translation follows the act's name
        after = _translation(w, after)
    pos = after
    free = w.free()
    dm = _DESIGNATION_BEFORE_SOR.match(free, pos)
    if dm:
        if dm.group("mv"):
            _take_volume_count(w, dm.start("mv"), dm.end("mv"))
        if dm.group("vt"):
            w.take("volume-title", dm.group("vt").strip(), dm.start("vt"), dm.end("vt"))
        _details_designation(w, dm.end("mv") if dm.group("mv") else pos, dm.end())
        pos = dm.end()
    vm = _VOLUME_WITH_TITLE.match(free, pos) if not dm else None
    gm = _BAND_WITH_TITLE.match(free, pos) if not dm and not vm and "Bd." in free[pos : pos + 8] else None
    if gm:  # 'Handbuch der Geschichte Russlands. Bd. 3: 1856–1945. Von den … Reformen zum Sowjetstaat. Hrsg. von …'
        w.take("volume", gm.group("v"), gm.start("v"), gm.end("v"))
        w.take("volume-title", gm.group("vt"), gm.start("vt"), gm.end("vt"), claim=(gm.start(), gm.end("vt")))
        pos = gm.end("vt")  # (its full stop stays: '. Hrsg. von' reads the editors)
    if vm:  # 'Қызыл кітабы. 1-т. : Жануарлар. 1-бөлім : Омыртқалылар. – Алматы', 'Т. 2 : Растения. – М.'
        w.take("volume", vm.group("v") or vm.group("v2"), *vm.span("v" if vm.group("v") else "v2"))
        w.take("volume-title", vm.group("vt"), vm.start("vt"), vm.end("vt"))
        if vm.group("p"):
            w.take("part-number", vm.group("p"), vm.start("p"), vm.end("p"))
        w.claim(vm.start(), vm.end())
        pos = vm.end()
    if rx.match(r"[\s\x00]*/(?!/)", w.free()[pos:]):  # (past text read before, such as a map's scale)
        pos = _responsibility(w, pos)
        pos = _translation(w, pos)
    host = False
    m = rx.match(r"[\s.,\x00]*(?:[–—]\s+(?=\x00))?[\s.,\x00]*(?:\[(?P<d>[^\[\]\x00]{2,40})\][\s.]*)?(?://|(?=[Ii]n\s*:|[Ii]n\s+(?:(?:19|20)\d\d\s+)?[" + UP + r"*]|В\s+кн\.|В\s*:|" + _RU_APA_IN + "))", w.free()[pos:])
    if m and m.group("d") and not (_DESCRIPTOR.fullmatch(m.group("d")) and "genre" not in w.fields):
        m = None  # (a bracket before the host is read here only when it says what the work is)
    if m:
        if m.group("d"):  # Vancouver '… test site [abstract]. In: Small doses of radiation …'
            w.take("genre", m.group("d"), pos + m.start("d"), pos + m.end("d"))
        if "//" in m.group(0):
            w.flags.add("//")
        w.claim(pos, pos + m.end())
        pos += m.end()
        new = _host_editors(w, pos)
        host = new != pos or "in-host" in w.flags or "//" in w.flags
        if "//" in w.free()[new : new + 4]:
            w.claim(new, w.free().index("//", new) + 2)
        pos = new
    else:
        pos = _drop_repeated_authors(w, pos)
    if host:
        _inner_responsibility(w, pos)
    _details(w, pos)
    if (w.fields.get("title") or "").endswith(")") and "translated-title" not in w.fields:
        _parenthesised_translation(w)
    lang = w.fields.get("language-tag") or _language(w, as_cleaned)
    if lang == "en" and "archive" in w.flags and rx.search(r"\b[Oo]p\.\s*\d|^[Ff]\.\s*\d|^Fond\s+\d+\.\s*(?:Inventory|Opis)", w.fields.get("archive_location") or ""):
        lang = "ru"  # 'RGADA. F. 210. Op. 12. D. 207.', 'Fond 170. Inventory 2. File 1157.': a Russian archive's file, romanised
    elif lang == "en" and "archive" in w.flags and rx.search(r"\d-q\.\s*\d+-t\.", w.fields.get("archive_location") or ""):
        lang = "kk"  # 'QR OMA. 30-q. 6-t. 85-is.': a Kazakh shelfmark, romanised
    if lang == "ja":
        _japanese_names(w)
    _fix_volume_issue(w, lang, text)
    _treaty(w)
    if host and "//" in w.flags and not ("host-editors" in w.flags):
        w.flags.add("journal-like")
    _assign_chunks(w, pos, host="host-editors" in w.flags or "in-host" in w.flags or "//" in w.flags)
    if "year-after-authors" in w.flags and "note" in w.fields and "publisher" in w.fields:
        _joint_publishers(w)
    note = w.fields.get("note")
    if "kind:standard" in w.flags and note and "publisher" not in w.fields and (_KO_ORG_HEAD.fullmatch(note) or _is_org(note)):
        _move_field(w, "note", "publisher")  # IEEE 'KS C IEC 62619:2022, “…,” 국가기술표준원, 2022.': who issued the standard
    if "native-title" in w.flags:
        _native_container_tail(w)
    _comma_container(w)
    _meeting_city(w)
    _multivolume_host_sentence(w)
    _series_sentence(w)
    _series_in_title(w)
    _commentary_writer(w)
    if "vancouver" in w.flags:
        _vancouver_subtitle(w)
    repeated = "container-title" in w.fields and rx.fullmatch(r"(?P<c>.*\b(?P<e>[A-Z]{2,}\s*['’]?\d{2,4}))\.\s*(?P=e)", w.fields["container-title"])
    if repeated:  # Springer repeats the meeting: 'Computer vision – ECCV 2014. ECCV 2014'
        w.fields["container-title"] = repeated.group("c")
    if "journal-tail" in w.flags or "container-title" not in w.fields and ("(" in text or "issued" not in w.fields or "volume" in w.fields):
        _title_ran_into_journal(w)
    host = rx.fullmatch(r"in\s+(?P<c>[A-Z].{8,})", w.fields.get("title") or "") if "container-title" not in w.fields and "title" in w.spans else None
    if host:  # APS, no title of its own: 'D. Aharonov and M. Ben-Or, in Proceedings of the 29th … Computing (ACM, New York, 1997), pp. 176–188.'
        ts, te = w.spans.pop("title")
        del w.fields["title"]
        w.fields["container-title"], w.spans["container-title"] = host.group("c"), (ts + host.start("c"), te)
        w.flags.add("in-host")
    _guideline_sentence(w)
    if "issued" not in w.fields and "title" in w.spans:
        _date_ending_title(w)
    _question_subtitle(w)
    _title_before_abbreviated_journal(w)
    _serial_with_series(w)
    _journal_before_vancouver_date(w)
    _container_publisher(w)
    # the title zone ran to a '//' missing its space, or no title at all: look again
    if "publisher" not in w.fields and w.fields.get("sor-publisher"):
        w.fields["publisher"] = w.fields["sor-publisher"]
    _facsimile_publisher(w)
    _volume_of_work(w)
    _law_collection(w)
    _title_runs_on(w)
    kind = _decide_type(w, text)
    if kind == "article-journal" and "issue" not in w.fields and "』" in text and _BOOK_VOLUME_MARK.search(text):
        kind = "chapter"  # a piece in a collected works: '李滉, 「答奇明彦」, 『退溪集』 卷16.', '『韓國佛敎全書』 第1冊': a book's volume, not a journal's
    if kind == "broadcast" and "publisher" not in w.fields and ". " in (w.fields.get("container-title") or ""):
        show, _, company = w.fields["container-title"].rpartition(". ")  # APA '… In America Dissected. Crooked Media.'
        w.fields["container-title"], w.fields["publisher"] = show, company
        cs, ce = w.spans.get("container-title", (0, 0))
        at = w.text.rfind(company, cs, ce + 1)
        if at >= 0:
            w.spans["container-title"], w.spans["publisher"] = (cs, cs + len(show)), (at, at + len(company))
    if "container-title" not in w.fields and _LEGAL_DATABASE_NAME.fullmatch(w.fields.get("publisher") or ""):
        _move_field(w, "publisher", "container-title")  # '… [Law of …]. Adilet.', '… SPS «Garant».': where the act was read, as '// ИПС «Әділет»'
    if kind in ("article-newspaper", "webpage") and _outlet_as_author(w):
        w.fields["container-title"] = w.fields.pop("author")[0].literal  # Chicago 'Kloop. 2022. “…” January 5, 2022.':
        w.spans["container-title"] = w.spans.pop("author")  # an unsigned story, its outlet in the author's place
        kind = "article-newspaper"
    meeting = "collection-number" in w.fields and rx.fullmatch(
        r"(?P<c>.{8,}?)\.\s+(?P<e>[A-Z][a-z]*[A-Z]{2,}[\w-]*\s+(?:1[89]|20)\d\d)", w.fields.get("container-title") or ""
    )
    if meeting:  # Springer names the meeting between the book and its series: 'Computational learning theory. EuroCOLT 1995.'
        start = _cut_field(w, "container-title", meeting.end("c"))
        w.take("event-title", meeting.group("e"), start + meeting.start("e"), start + meeting.end("e"))
    series = w.fields.get("collection-title")
    inside = series and (w.fields.get("container-title") or "").find(" (" + series)
    if inside and inside > 0:  # IEEE 'in Nonlinear Estimation and Classification (Lecture Notes in Statistics, vol. 171), D. D. Denison, …'
        _cut_field(w, "container-title", inside)
    if kind == "book" and _body_publishes_itself(w):
        kind = "report"
    if kind == "legislation" or kind == "legal_case" and _court_ruling(text):  # a ruling is cited like an act
        _gazette(w, text)
        original = w.fields.get("title") or ""
        _legislation(w, text)
        _keep_designation(w, original)
        if "law-collection" in w.flags:
            _imperial_act_kind(w)
    elif kind == "report":
        _series_named_after_body(w)
    elif kind == "manuscript":
        _archival_document(w)
    elif kind == "paper-conference":
        _proceedings_tail(w)
    if kind in ("thesis", "book", "report", "chapter"):
        _month_after_publisher(w)
        _trailing_place(w)
    elif kind == "article-journal":
        _serial_city(w)
    if _MIXED_SCRIPT.search(raw):
        as_typed, _ = clean_with_offsets(raw, fold=False)
        as_typed, _ = _respace(as_typed, list(range(len(as_typed))))
        if as_typed != text and len(as_typed) == len(text):
            _keep_letters_as_typed(w, as_typed)
    _keep_unplaced_numbers(w)
    return _build(raw, text, offs, w, kind, lang)


_DESIGNATION = r"(?:(?:Вып|Вип|Т|Том|Кн|Ч|Часть|Книга|Выпуск|Vol|Book|Part)\.?\s*\d+" + _BOOK_OF_VOLUME + r"|\d+-?(?:том|китеп|кітап))"
# 'Т. 1 / под ред. …' after the title, also behind a number of volumes ('Гражданское право : в 3 т. Т. 1 / под ред.')
# a volume named after its number, before the imprint (its dash or its place), with a named part: '1-т. : Жануарлар. 1-бөлім :
# Омыртқалылар. – Алматы', 'Т. 1: Ислам в Аравии (570–633). М.: Наука'
_VOLUME_WITH_TITLE = re.compile(
    r"[\s.]*(?:(?P<v>\d+)\s*-\s*(?:т|том|кітап)\.?|(?:Т|Том|Кн|Bd)\.\s*(?P<v2>\d+|[IVX]{1,4}))\s*:\s*(?P<vt>(?:[^.:/\x00–—()]|\([^()]{1,30}\)){2,60}?)\."
    r"(?:\s*(?P<p>\d+)\s*-\s*(?:бөлім|ч|часть)\.?\s*:\s*[^.:/\x00–—]{2,60}?\.)?(?=\s*[–—]\s|\s+[" + UP + r"][" + LOW + r"]{0,12}\.?\s*[:;]"
    r"|\s*Вып\.\s*\d+\.\s*[–—]\s|\s+" + _GERMAN_PLACES.replace("?P<place>", "").replace("?P<ua>", "") + r"\s+(?:1[5-9]|20)\d\d)"  # '. Вып. 2. – Л.', '. Moskva 1963.'
)
# a German volume with its own title of several sentences, up to its editors or its imprint
_BAND_WITH_TITLE = re.compile(
    r"[\s.]*Bd\.\s*(?P<v>\d+|[IVX]{1,4})\s*:\s*(?P<vt>[^:/\x00]{2,160}?)\.(?=\s+(?:Hrsg\.|Hg\.|Herausgegeben)\s+von\s|\s+" + _GERMAN_PLACES.replace("?P<place>", "").replace("?P<ua>", "") + r"\s+(?:1[5-9]|20)\d\d)"
)
_DESIGNATION_BEFORE_SOR = re.compile(
    r"(?:(?P<mv>(?:" + _MULTIVOLUME.pattern + r")[\s.]*)(?:[\s.:]*" + _DESIGNATION + r")?|[\s.:]*" + _DESIGNATION + r")"
    r"(?:\s*:\s*(?P<vt>[^/:\x00]{2,80}?))?\.?(?=\s*/(?!/))",  # the volume's own title: 'Т. 1: 1876–1878 / ред. …'
    re.IGNORECASE,
)
# a span of dates with a dash between its ends, which _respace leaves as it is: 'XIX v.–1945 g.', '1905 г.–1907 г.'
_ERA_SPAN = re.compile(r"(?:\d|\b[IVXLC]+)\s?(?:гг|вв|g|gg|vv|г|в|v)\.[–—](?:\d{1,4}|[IVXLC]+)\s?(?:гг|вв|g|gg|vv|г|в|v)\.")
# every place lies just after one of these marks, so the pattern consumes the mark first and the engine skips ahead to
# the next mark (about seven times faster than starting with look-behinds); the place is the match's end
_GLUED = re.compile(
    r"[.,;:–—/-](?:(?<=[" + LOW + r"]{2}[.,;:])(?=[" + UP + r"0-9«])(?!\d+[.,]\d)(?<!\.(?=(?:Ru|RU|Kz|KZ|Ua|UA|By|BY|Uz|Kg|Com|Org|Net|Info)\b))|(?<=[" + UP + r"]\.)(?=[" + UP + r"][" + LOW + r"]{2,})"
    r"|(?<=\.)(?=[–—]\S)|(?<=[–—])(?=[№" + UP + r"0-9])(?<=\.[–—])"
    r"|(?<=\.)(?=-[" + UP + r"0-9№])(?:(?<=[" + LOW + UP + r"]{2}\.)|(?<=\d\.))|(?<=\.-)(?=[" + UP + r"0-9№])(?:(?<=[" + LOW + UP + r"]{2}\.-)|(?<=\d\.-))"  # 'России.-М.:', '2008.-216 с.', 'КазНУ.-2019.-№3.-С.45
    r"|(?<=[а-яё]\.)(?=/[А-ЯЁ][а-яё])|(?<=[а-яё]\./)(?=[А-ЯЁ][а-яё])"  # 'Стат.сб./Росстат. М., 2021': a statement of responsibility
    r"|(?<=[\w」』],)(?=[「『])|(?<=[가-힣],)(?=(?:1[5-9]|20)\d\d,)|(?<=\d,)(?=[가-힣\u4e00-\u9fff]{2,}[,.])"  # Korean '김승옥,2006,「…」,『…』 24,湖南考古學會, 5-39.'
    r"|(?<=\.)(?=[\[(](?:in|In|IN)\s))"  # '…/probl12802.[in Russian]': a twin's language tag run into what it follows
)


def _respace(text: str, offs: list[int]) -> tuple[str, list[int]]:
    """'проблематику.М.:Эдиториал УРСС,2000.–384с.' -> spaces where a list copied from PDF lost them."""
    if not _GLUED.search(text):
        return text, offs
    out, out_offs, last = [], [], 0
    for m in _GLUED.finditer(text):
        i = m.end()
        if (rx.search(r"(?:https?://|www\.)\S*$", text[:i]) or rx.search(r"10\.\d{4,9}/\S*$", text[:i])) and not LANG_TAG_RE.match(text, i):
            continue
        if "-" in text[i - 1 : i + 1] and text.rfind("(", 0, i) > text.rfind(")", 0, i):
            continue  # '(Phys.-Math.)': an abbreviated compound in brackets, not 'России.-М.:'
        if any(e.start() < i < e.end() for e in _ERA_SPAN.finditer(text, max(0, i - 12), i + 14)):
            continue  # 'XIX v.–1945 g.', '1905 г.–1907 г.': a span of dates, not an area's dash glued to the next area
        if "-" in text[i - 1 : i + 1] and rx.search(r"(?:^|[\s(])[" + UP + r"][" + LOW + r"]{1,3}\.-?$", text[:i]) and rx.match(r"-?[" + UP + r"][" + LOW + r"]{2,6}\.", text[i:]):
            continue  # 'Юж.-Урал. кн. изд-во', 'Зап.-Сиб.': an abbreviated compound, not 'России.-М.:'
        out.append(text[last:i])
        out_offs.extend(offs[last:i])
        out.append(" ")
        out_offs.append(offs[i] if i < len(offs) else offs[-1])
        last = i
    out.append(text[last:])
    out_offs.extend(offs[last:])
    return "".join(out), out_offs


_MIXED_SCRIPT = re.compile(r"[a-zA-Z][а-яёА-ЯЁіІ]|[а-яёА-ЯЁіІ][a-zA-Z]")


def _keep_letters_as_typed(w: _Work, as_typed: str) -> None:
    """Fields carry the letters as the source typed them (a Latin 'o' in 'Прoгресс' stays),
    though the rules read the text with look-alikes folded to Cyrillic."""

    def restore(value: str, span: tuple[int, int]) -> str:
        a, b = span
        i = w.text.find(value, a, b + 1) if value else -1
        return as_typed[i : i + len(value)] if i >= 0 else value

    for key, value in list(w.fields.items()):
        span = w.spans.get(key)
        if not span:
            continue
        if isinstance(value, str):
            w.fields[key] = restore(value, span)
        elif key in ("author", "editor") and isinstance(value, list):
            w.fields[key] = [
                Name(family=restore(n.family, span) if n.family else None, given=n.given, literal=restore(n.literal, span) if n.literal else None)
                if (n.family or n.literal)
                else n
                for n in value
            ]


_ROMANISED = {
    "ru": re.compile(r"(?:skij|skiy|skii|nyj|nyi|nyy|aja|aya|ogo|ovo|stvo|stva|nost'?|nie|nija|niya|enie|ovaniya|ovanija|eja|oja|ykh|ikh|yh|ami|ika|iia|iya|noy|skoy)\b|\b(?:i|v|na|po|dlja|dlya|ot|pri|kak|ili|zh\w+|kh\w+)\b"),
    # (and the 2021 Latin alphabet's letters: 'Respublikasyndağy turistık qyzmet turaly')
    "kk": re.compile(r"(?:dyn|tyn|nyn|dagy|degi|lyq|lyk|shy|ary|lary|leri)\b|\b(?:zhane|men|turaly|qazaq|kazak)\b|[ğñū]|q[aıy]|[aeiouyı]q\b"),
    "uk": re.compile(r"(?:skyi|skyy|nyi|ist'?|tsia|tsiia|ennia|uvannia)\b|\b(?:ta|u|dlia)\b"),
    "ko": re.compile(r"eo|eu|[ŏŭ]|wu|(?:ui|gwa|wa|hak|ron|jeok|yeongu)\b"),  # Revised, McCune–Reischauer, Yale ('mwunpep')
}


_ROMANISED_LETTERS = r"[\x00-\x7f'’ʹʺ\-–—ğıñāēīōūčšžŏŭ\u0361\u0306]+"  # ASCII and romanisations' letters (Hepburn's macrons too), not French or German ones


# the Kazakh Latin alphabet of 2021 ('Üsh tilde oqytudy … ädistemelik ūsynymdar'): German's umlauts too, so a title must have
# one of its letters German and French lack
_KAZAKH_LATIN_2021 = re.compile(r"(?=.*[ūğŪĞ])[\x00-\x7f'’\-–—äöüşğıñūiÄÖÜŞĞŪİ]+", re.DOTALL)


_NO_QUOTES = dict.fromkeys(map(ord, "“”‘«»"))


def _romanised_language(title: str) -> str | None:
    """The original language of a romanised title (one printed with a translation), from word endings."""
    low = title.lower()
    scores = {lang: len(p.findall(low)) for lang, p in _ROMANISED.items()}
    lang, best = max(scores.items(), key=lambda kv: kv[1])
    return lang if best >= 2 else romanised_language(title)


# what the names of Japanese publishing houses end in, romanised ('Iwanami Shoten', 'Mineruva Shobō', 'Tōkyō Daigaku Shuppankai')
_JA_PUBLISHER = re.compile(r"\b(?:Shoten|Shob[ōo]|Shuppan(?:sha|kai)?|Shinsha|Shinsho|Bunko|K[ōo]dansha|Heibonsha|Shinch[ōo]sha)\b")


# a serial's romanised Russian name: the paper cited in it is Russian, whatever language its title is given in
_RU_SERIAL = re.compile(r"(?<=[,.]\s)(?:Trudy|Materialy|Vestnik|Izvestiya|Izvestiia|Doklady|Uchenye\s+zapiski|Zhurnal|Sbornik|Voprosy|Tezisy)\s+(?!of\b|for\b|on\b)\w")


# a Russian journal's romanised abbreviation: 'Fiz. Met. Metalloved.', 'Zhurn. Fiz. Khim.', 'Dokl. Akad. Nauk SSSR' (not the
# English translations' 'Sov. Phys. Usp.', 'Russ. J. Gen. Chem.')
_RU_JOURNAL_ABBREVIATION = re.compile(r"\b(?:Zh|Zhurn|Fiz|Khim|Metalloved|Dokl|Izv|Vestn|Akad|Nauk|Obrab|Tekh|SSSR|Eksp|Prikl|Mekh|Neorg|Obshch|Elektrokhim|Vopr|Tsvetn)\b")
_EN_JOURNAL_ABBREVIATION = re.compile(r"\b(?:Phys|Chem|Sci|J|Mater|Eng|Appl|Russ|Sov|Proc|Trans|Lett)\b")


_PAREN_TRANSLATION_END = re.compile(r"\s*\((?P<t>(?!(?:Eds?|Transl|Comp|Vol|In|Pt)\b)[A-Z][^()]{8,})\)$")
_TITLE_CASE_WORDS = re.compile(r"[A-Z][a-z-]+(?:['’]s)?(?:\s(?:[A-Z][a-z-]+(?:['’]s)?|of|and|in|the|for|on|to|a|an))+")  # ('Crow’s Eye View')


def _parenthesised_translation(w: _Work) -> None:
    """The Pleiades translations give a Russian title romanised, its English in brackets: 'Saitova, L.R., Povyshenie
    ustalostnoi prochnosti … (Improving the Fatigue Strength of …), Extended Abstract of Cand. Sci. (Eng.) Dissertation, …'."""
    title = w.fields["title"]
    m = _PAREN_TRANSLATION_END.search(title)
    if not m or "title" not in w.spans:
        return
    head = title[: m.start()].rstrip()
    if not _translates(w, head, m.group("t")):
        return
    a, b = w.spans["title"]
    at = w.text.find(m.group("t"), a, b + 2)
    w.fields["title"], w.spans["title"] = head, (a, a + len(head))
    w.fields["translated-title"] = m.group("t")
    w.spans["translated-title"] = (at, at + len(m.group("t"))) if at >= 0 else (a, b)


def _translates(w: _Work, title: str, english: str) -> bool:
    """Whether ``english`` (in parentheses after ``title``) is the English of a romanised title: Russian and its
    neighbours, or a Korean or Japanese one in a KCI twin ('Ilje-ui … jeongchaeksa (A History of …), Iljisa.(in Korean)')."""
    if not title or has_english_words(title) or not rx.fullmatch(_ROMANISED_LETTERS, title):
        return False
    if not (has_english_words(english) or _TITLE_CASE_WORDS.fullmatch(english)):  # 'Bulk Nanostructured Metallic Materials'
        return False
    return w.fields.get("language-tag") in ("ko", "ja") or _romanised_language(title) in ("ru", "uk", "kk", "be", "ky", "ko")


_RUSSIAN_SPELLED_PLACES = frozenset({"Moskva", "Sankt-Peterburg", "Sankt Peterburg", "S.-Peterburg", "Nizhnii Novgorod", "Rostov-na-Donu"})
# Russian publishers by their romanised names (lower case, no apostrophes), whose books are in Russian
_RUSSIAN_PUBLISHERS = re.compile(r"(?<![\w-])(?:" + "|".join(sorted({
    "nauka", "molodaia gvardiia", "molodaya gvardiya", "sovetskii pisatel", "sovetskij pisatel", "sovetskiy pisatel",
    "khudozhestvennaia literatura", "khudozhestvennaya literatura", "prosveshchenie", "mysl", "politizdat", "iskusstvo",
    "statut", "novoe literaturnoe obozrenie", "azbuka", "eksmo", "vagrius", "ad marginem", "rosspen",
    "iazyki slavianskoi kultury", "yazyki slavyanskoy kultury", "akademicheskii proekt", "akademicheskiy proekt",
}, key=len, reverse=True)) + r")(?![\w-])")  # fmt: skip


_KZ_ACT_NUMBER = re.compile(r"№\s*ҚР\s+[А-ЯЁӘҒҚҢӨҰҮҺІ]{2,6}-[\w/.-]+")


def _language(w: _Work, text: str) -> str | None:
    """The work's language: from its title (and container) first, so a Kazakh publisher does not make a Russian book Kazakh."""
    title = w.fields.get("title") or ""
    container = str(w.fields.get("container-title") or "") if not title else ""
    if container and _RU_JOURNAL_ABBREVIATION.search(container) and not _EN_JOURNAL_ABBREVIATION.search(container):
        return "ru"  # a titleless article in a Russian journal, cited in Latin letters: 'Smirnova, N.A., …, Fiz. Met. Metalloved., 1986, …'
    if not title and str(w.fields.get("genre") or "").startswith(("RF ", "Russian ")):
        return "ru"  # a translated journal's 'Valiev, R.Z., …, RF Patent 2283717, 2006.'
    location = str(w.fields.get("archive_location") or "") if not title else ""
    if rx.search(r"\bВоп\.", location) or "адв." in str(w.fields.get("page") or ""):
        return "be"  # a Belarusian shelf mark: 'НГАБ. Ф. 1727. Воп. 1. Спр. 3. Арк. 12–14 адв.' (вопіс, адваротны)
    archive = str(w.fields.get("archive") or "") if not title else ""
    if archive and rx.fullmatch(_ROMANISED_LETTERS, archive) and _romanised_language(archive):
        return _romanised_language(archive)  # 'Rossiiskii gosudarstvennyi arkhiv ekonomiki (RGAE), Moscow. Fond 7486, …': the papers are Russian
    if w.fields.get("container-title") in ("韓佛全", "韓國佛敎全書"):
        return "ko"  # the Korean Buddhist canon: works by Korean monks, in literary Chinese ('元曉, 『十門和諍論』, 『韓佛全』 1, 838a')
    if title in CHINESE_CLASSICS or "gbt" in w.flags and rx.search("[\u4e00-\u9fff]", title) and not rx.search("[\u3040-\u30ff\uac00-\ud7a3]", title):
        return "zh"  # '『論語』,「學而」.', '『管子』 「牧民」.' in a Korean list; a title in Chinese characters coded by GB/T 7714
    if "pinyin" in w.flags and rx.fullmatch(_ROMANISED_LETTERS, title):
        return "zh"  # 'Pan Zhiping 潘志平. Zhongya Haohan guo yu Qingdai Xinjiang 中亚浩罕国与清代新疆 […]'
    if title and w.fields.get("publisher-place") in _RUSSIAN_SPELLED_PLACES and rx.fullmatch(_ROMANISED_LETTERS, rx.sub("[„“”«»…]", "", title)) and not has_english_words(title):
        return "ru"  # a transliterated title printed in 'Moskva': 'Bugaj, Nikolaj F.: L. Berija – I. Stalinu: „…“, Moskva 1995.'
    if title and rx.fullmatch(_ROMANISED_LETTERS, title) and not has_english_words(title) \
            and _RUSSIAN_PUBLISHERS.search(rx.sub(r"['’ʹ]", "", w.lower[(w.spans.get("title") or (0, 0))[1] :])):
        return "ru"  # MLA 'Plakha: Roman. Molodaia gvardiia, 1987.': a romanised title from a Russian publisher
    if w.fields.get("translated-title") and title and (rx.fullmatch(_ROMANISED_LETTERS, title) or _KAZAKH_LATIN_2021.fullmatch(title)):
        guess = _romanised_language(title)
        if guess:
            return guess
    if "『" in text and rx.fullmatch("[\u4e00-\u9fff]+", title) and rx.search("『[^』]*[\u3040-\u30ff][^』]*』", text[(w.spans.get("title") or (0, 0))[1] :]):
        return "ja"  # a title in kanji in a Japanese journal: '이상, 「建築無限六面角體」, 『朝鮮と建築』 제11집 제7호, 1932.7.'
    body = next((n.literal for n in w.fields.get("author") or () if n.literal), "")
    if body[:2] in ("朝鮮", "臺灣", "台湾") and body[2:5] in ("總督府", "総督府") and title and not rx.search(f"[{HANGUL}]", title):
        return "ja"  # a colonial Government-General published in Japanese: '朝鮮總督府 警務局 圖書課, 『朝鮮出版警察槪要』, 1937.'
    parts = " ".join(str(w.fields.get(k) or "") for k in ("title", "container-title"))
    if "ҚР" in parts:  # an act's number, 'Приказ Министра … № ҚР ДСМ-162/2020': the abbreviation's letters are no Kazakh text
        parts = _KZ_ACT_NUMBER.sub(" ", parts)
    if len(rx.sub(r"\W", "", parts)) >= 8:
        lang = detect_language(parts)
        if lang == "en" and _RU_SERIAL.search(w.text, (w.spans.get("title") or (0, 0))[1]):
            return "ru"  # Springer's translated journals: 'Static analyzer Svace …, Trudy ISP RAN, 2014': an English title, a Russian paper
        if lang == "zh" and SHINJITAI.search(text) and not rx.search(f"[{HANGUL}]", text):
            return "ja"  # a title in characters both write, by a body named in Japanese forms: '朝鮮総督府『朝鮮土地調査事業報告書』'
        if lang == "zh" and rx.search(f"[{HANGUL}\u3040-\u30ff]", text):
            return detect_language(text)  # a title in hanja in a Korean (or Japanese) reference: '김용섭, 『朝鮮後期農業史硏究』'
        if lang == "zh" and rx.search(r"(?<!No\.\s)(?<!No\.)(?<!\d)(?:19|20)\d\d(?!\d)", text) and detect_language(text) == "ko":
            # a modern book in hanja with Korean title marks: '李景植, 『朝鮮前期土地制度硏究』, 一潮閣, 1986.' (a classic has
            # no year: '『六祖大師法寶壇經』(T. 48, No. 2008)' is a canon's number)
            return "ko"
        russian_evidence = rx.search(r"[ыэъёЫЭЪЁ]", parts) and rx.search(r"[ищъИЩЪ]", parts)
        if lang == "kk" and not rx.search(r"[ғқұіҒҚҰІ]", parts) and detect_language(text) == "tt":
            return "tt"  # 'Фәтхулла хәзрәт // Әмирхан Ф. Әсәрләр : 4 томда. – Казан': ә alone in the title, Tatar around it
        if lang == "be" and not rx.search(r"[ўЎ]", parts):
            whole = detect_language(text)
            if whole in ("kk", "uk", "ky"):
                return whole  # 'Тіл саясаты' alone looks Belarusian; '// Егемен Қазақстан' says Kazakh
        if lang == "ky" and len(rx.sub(r"\W", "", parts)) < 16 and rx.search(r"[әғқұһіӘҒҚҰҺІ]", text) and detect_language(text) == "kk":
            return "kk"  # a short title in letters both languages have ('Таңдамалы'), with a Kazakh imprint ('Қазақ энциклопедиясы')
        kyrgyz_words = rx.findall(r"кыргыз\w*", text.lower())
        kyrgyz_country_only = lang == "ky" and bool(kyrgyz_words) and all(k.startswith("кыргызстан") for k in kyrgyz_words) \
            and all(word.lower().startswith("кыргыз") for word in KY_WORDS.findall(parts))  # (not '… варианты боюнча': a Kyrgyz word of its own)
        if lang == "be" and not rx.search(r"[іўІЎ]", parts) or kyrgyz_country_only and russian_evidence and not rx.search(r"[ңөүҢӨҮ]", parts):
            # 'ы' without 'и' in a short title, or the word 'Кыргызстан', is weak evidence: the whole string decides
            whole = detect_language(text)
            return whole if whole != lang or rx.search(r"[іўңөүІЎҢӨҮ]", text) else "ru"
        if lang == "en" and not has_english_words(parts):
            whole = detect_language(text)
            if whole in ("de", "fr", "es", "it", "pt", "tr", "pl", "uz"):
                return whole  # 'Theorie des kommunikativen Handelns. Frankfurt a. M.: …, Bd. 1': the rest says German
            if _JA_PUBLISHER.search(str(w.fields.get("publisher") or "")):
                return "ja"  # a romanised title from a Japanese house: 'Komori Yōichi. 2001. Posutokoroniaru. Tokyo: Iwanami Shoten.'
            software = str(w.fields.get("genre") or "").lower() in ("software", "computer software", "computer program")
            romanised = rx.fullmatch(_ROMANISED_LETTERS, title.translate(_NO_QUOTES)) and not software  # 'xarray' names a program
            guess = _romanised_language(title) if romanised else None
            if guess in ("ru", "uk", "kk") or guess == "ko" and romanised_language(title) == "ko":  # 'eu' is in 'pneumonia' too
                return guess  # no tag, no translation: 'Za fasadom “stalinskogo izobiliia”: Raspredelenie i rynok v snabzhenii …'
        if lang == "uk" and not rx.search(r"[їєґЇЄҐ]", parts) and rx.search(r"[әғқңөұүһӘҒҚҢӨҰҮҺ]", text) and not rx.search(r"[їєґЇЄҐ]", text):
            return "kk"  # 'Қозыбаев М.Қ. Тарих зердесi. 2 томдық': a short title with і alone, in a Kazakh entry
        if lang in ("ru", "be") and rx.search(r"[Ўўҳ]|Тошкент|билан|учун", text) and detect_language(text) == "uz":
            return "uz"  # Uzbek writes ъ, and a short title may have ў alone: 'Юксак маънавият … Тошкент', 'Қодирий А. Ўткан кунлар'
        if lang and not (lang == "ru" and not russian_evidence) and not (lang == "ru" and KY_ENDINGS.search(parts)):
            return lang
        whole = detect_language(text)
        if lang == "ru" and whole in ("be", "uk", "ky") and not russian_evidence:
            return whole
        authors = " ".join(n.family or n.literal or "" for n in w.fields.get("author") or [])
        if lang == "ru" and whole == "kk" and not russian_evidence and rx.search(r"[әғқңөұүһіӘҒҚҢӨҰҮҺІ]", authors):
            return whole  # 'Жұмабаев, М. (1992). Педагогика.': a neutral title by an author spelled the Kazakh way
        host = rx.search(r"//(?P<h>[^–—]{8,})", text) if lang == "ru" and whole == "kk" and not russian_evidence else None
        if host and detect_language(host.group("h")) == "kk":
            return whole  # 'Абайтану проблемалары // «Абай мұрасы …» … материалдары': a neutral title in a Kazakh host
        if lang == "ru" and whole == "ky" and KY_ENDINGS.search(parts):
            return whole  # '«Манас» энциклопедиясы' with '2 томдук / башкы ред.' after it
        if lang:
            return lang
    return detect_language(text)


_SCALAR_FIELDS = (
    "title", "translated-title", "container-title", "collection-title", "collection-number", "publisher", "publisher-place",
    "volume", "issue", "page", "number-of-pages", "edition", "genre", "DOI", "URL", "ISBN", "note", "part-number", "medium", "section", "number", "source",
    "archive", "archive_location", "authority", "event-place", "volume-title", "chapter-number", "status", "citation-label", "version", "event-title", "number-of-volumes", "archive-place", "PMID", "PMCID",
)  # fmt: skip


_NUMBER_RUN = re.compile(r"\d+")
_PIECE_END = re.compile(r"[,;()\[\]«»“”\"]|\.(?=\s|$)|\s[–—:]\s|\s/\s|//")  # what ends the piece of text kept around a lost number


def _field_texts(value, out: list[str]) -> None:
    """The text of a field's value, and of the values inside it (dates' parts, names' parts), appended to ``out``."""
    if isinstance(value, str):
        out.append(value)
    elif isinstance(value, int):
        out.append(str(value))
    elif isinstance(value, Date):
        out.append(str(value.parts) + (value.literal or ""))
    elif isinstance(value, Name):
        out.extend(part for part in (value.family, value.given, value.literal, value.suffix) if part)
    elif isinstance(value, dict):
        _field_texts(list(value.values()), out)
    elif isinstance(value, (list, tuple, set)):
        for item in value:
            _field_texts(item, out)


def _keep_unplaced_numbers(w: _Work) -> None:
    """Never lose text: a number the rules read past without placing it (a patent's classes 'МПК C05F 11/08', the books of a
    set 'в 11 т., 12 кн.', a parallel law report '[2016] QB 1003') is kept in the note with the words around it, up to the
    nearest comma, bracket, full stop, spaced colon or area dash; the reference's confidence then drops."""
    text = w.text
    runs = list(_NUMBER_RUN.finditer(text))
    if not runs:
        return
    out: list[str] = []
    _field_texts([v for k, v in w.fields.items() if k != "list-number"], out)  # (the list's own number is no field)
    held = {n.lstrip("0") or "0" for n in _NUMBER_RUN.findall(" ".join(out))}  # ('05' and '5' alike)
    lead = w.fields.get("list-number")
    lost = [m for m in runs if (m.group(0).lstrip("0") or "0") not in held and not (m.start() < 8 and lead is not None and int(m.group(0)) == lead)]
    pieces: list[tuple[int, int]] = []
    for m in lost:  # (the list's own number, '[12]', '12.', is no field either)
        if pieces and m.start() < pieces[-1][1]:
            continue
        left = None
        for left in _PIECE_END.finditer(text, max(0, m.start() - 60), m.start() + 1):
            pass  # (the last one before the number; the window takes its first digit, so that '$' cannot match there)
        right = _PIECE_END.search(text, m.end(), m.end() + 60)
        a = left.end() if left else text.find(" ", max(0, m.start() - 60), m.start()) + 1 if m.start() > 60 else 0  # (or a word's start)
        b = right.start() if right else len(text) if len(text) <= m.end() + 60 else max(text.rfind(" ", m.end(), m.end() + 60), m.end())
        pieces.append((a + len(text[a : m.start()]) - len(text[a : m.start()].lstrip()), b))  # (from the first word)
    note = str(w.fields.get("note") or "")
    kept = [piece for piece in (_tidy(text[a:b]) for a, b in pieces) if piece and piece not in note]
    if kept:
        w.fields["note"] = "; ".join([note] * bool(note) + kept)
        w.spans.setdefault("note", (pieces[0][0], pieces[-1][1]))
        w.flags.add("unplaced")


def _build(raw: str, text: str, offs: list[int], w: _Work, kind: str, lang: str | None) -> Reference:
    f = w.fields
    attrs: dict = {"type": kind}
    extra: dict = {}
    if isinstance(f.get("number"), str):
        f["number"] = f["number"].strip().rstrip(".,;:")
    for key in _SCALAR_FIELDS:
        value = f.get(key)
        if value:
            attr = CSL_ATTRIBUTES.get(key)
            if attr:
                attrs[attr] = value
            else:
                extra[key] = freeze(value)
    if lang:
        attrs["language"] = lang
    attrs["raw"] = raw
    spans = {}
    for key, (a, b) in w.spans.items():
        if key in ("language-tag",) or a >= b or not offs:
            continue
        ra = offs[min(a, len(offs) - 1)]
        rb = offs[min(b, len(offs)) - 1] + 1
        spans[key] = (ra, rb)
    if spans:
        attrs["spans"] = MappingProxyType(spans)
    if f.get("alternate"):
        attrs["alternate"] = freeze(f["alternate"])
    attrs["confidence"] = _confidence(w, kind)
    present = set()
    for role in ("author", "editor"):
        if f.get(role):
            attrs[role] = tuple(f[role])  # two authors may share a name and initials ('S. Kim, D. Kim, S. Kim')
            present.add(role)
    for key in ("issued", "accessed"):
        if f.get(key):
            attrs[key] = f[key]
    for key in ("original-date", "event-date"):
        if f.get(key):
            extra[key] = freeze(f[key].to_csl())
    for role in ("translator", "director", "compiler", "container-author"):
        if f.get(role):
            extra[role] = freeze([n.to_csl() for n in f[role]])
    # built directly (not through from_csl): every value here is already immutable
    if "et-al" in w.flags and f.get("author"):
        extra["refkit-et-al"] = True  # the source cut the list short ('et al.', 'и др.'): styles must not present it as complete
    if extra:
        attrs["extra"] = MappingProxyType(extra)
    return Reference(**attrs, _present=frozenset(present))


def _issued_over_years(w: _Work, last: int) -> None:
    """A work published over years ('М. : Наука, 1972–1990', '1953–55'): its date is the range from the year read to ``last``."""
    issued = w.fields["issued"]
    if issued.parts and len(issued.parts) == 1 and len(issued.parts[0]) == 1 and last > issued.year:
        w.fields["issued"] = Date(parts=(issued.parts[0], (last,)))


def _confidence(w: _Work, kind: str) -> float:
    f = w.fields
    score = 0.95
    if not f.get("title") and not (kind == "webpage" and f.get("author")) and not {"court-decision", "archive"} & w.flags:
        score -= 0.35  # a court decision and an archival file are cited by number, not by title
    if not f.get("author") and not f.get("editor") and kind not in ("legislation", "webpage", "legal_case", "manuscript") and "same-author" not in w.flags:
        score -= 0.1
    if "leftover" in w.flags:
        score -= 0.2
    elif "unplaced" in w.flags:
        score -= 0.1  # a number only the note holds
    if kind == "document":
        score -= 0.25
    if kind == "article-journal" and not any(k in f for k in ("volume", "issue", "page")):
        score -= 0.1
    if "issued" not in f and kind not in ("webpage", "article-newspaper"):
        score -= 0.05
    title = f.get("title") or ""
    if len(title) > 250:
        score -= 0.2
    if not rx.search(r"[^\W\d_]{2}", w.text):
        score = 0.05  # no words at all: nothing here is a reference
    return round(max(0.05, min(0.99, score)), 2)



