"""Plain-text and Markdown reference lists, and whole articles that contain them.

Two jobs:

* :func:`find_sections` finds the reference section(s) of an article by their
  heading, in English, Russian, Kazakh and Korean ("References",
  "Список литературы", "Әдебиеттер тізімі", "참고문헌", ...). An article may have
  several (a list as written and its transliterated twin): all are returned, in
  order. Text without any such heading is one list.
* :func:`split_entries` splits one list into entries whatever its numbering
  (``[1]``, ``1.``, ``1)``, ``- [1]``, bullets, or none), joining entries wrapped
  over several lines, with or without blank lines between entries.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = ["Entry", "Section", "find_sections", "split_entries"]

_HEADINGS = [
    r"references?", r"reference\s+list", r"bibliography", r"literature(?:\s+cited)?", r"works\s+cited",
    r"sources", r"list\s+of\s+references", r"references\s+and\s+notes", r"cited\s+literature",
    r"список\s+(?:использованной\s+|цитируемой\s+)?литературы", r"список\s+(?:использованных\s+)?источников",
    r"литература", r"библиография", r"библиографический\s+список", r"использованная\s+литература",
    r"пайдаланылған\s+әдебиеттер(?:\s+тізімі)?", r"әдебиеттер(?:\s+тізімі)?", r"әдебиет",
    r"пайдаланылған\s+дереккөздер(?:\s+тізімі)?", r"список\s+літератури", r"література",
    r"참고\s*문헌", r"참고\s*자료", r"인용\s*문헌",
]  # fmt: skip
_HEADING_RE = re.compile(
    r"^\s*(?:#{1,6}\s*)?(?:[*_]{1,3}\s*)?(?:\d+\.?\s+)?(?:" + "|".join(_HEADINGS) + r")\s*:?\s*(?:[*_]{1,3})?\s*:?\s*$",
    re.IGNORECASE,
)
_MD_HEADING = re.compile(r"^\s{0,3}#{1,6}\s+\S")
# headings that end a reference section in plain text (no Markdown '#')
_END_HEADINGS = re.compile(
    r"^\s*(?:[*_]{1,3})?\s*(?:information\s+about\s+(?:the\s+)?authors?|about\s+the\s+authors?|appendix|"
    r"сведения\s+об\s+авторах|информация\s+об\s+авторах|приложение|авторлар\s+туралы(?:\s+мәлімет)?|"
    r"저자\s*소개|부록|acknowledge?ments?|funding|author\s+contributions)\b.*$",
    re.IGNORECASE,
)

# A numbering marker at the start of a line; group "num" is the number if any.
_MARKER = re.compile(
    r"""^\s{0,8}
    (?:[-*+•·▪◦‣]\s+)?                      # a Markdown bullet before a number: "- [1]"
    (?:
        \\?\[\s*(?P<n1>\d{1,4})\s*\\?\]     # [1]  \[1\]
      | \(\s*(?P<n2>\d{1,4})\s*\)           # (1)
      | (?P<n3>\d{1,5})\s*[.)](?![\d)\]])   # 1.  1)  (not '10.)', the end of a date wrapped onto its own line)
    )\s*""",
    re.VERBOSE,
)
_BULLET = re.compile(r"^\s{0,8}[-*+•·▪◦‣]\s+")


@dataclass(frozen=True)
class Entry:
    """One reference as it stood in a list: its text without the number, and where it was."""

    text: str
    number: int | None = None
    line: int = 1  # 1-based line of the entry's first line in the input


@dataclass(frozen=True)
class Section:
    """A reference section: its heading (None for a bare list) and its lines."""

    heading: str | None
    lines: tuple[str, ...]
    start_line: int  # 1-based line number of lines[0]


def find_sections(text: str) -> list[Section]:
    """The reference sections of an article, in order; the whole text if it has no heading."""
    lines = text.splitlines()
    starts = [i for i, line in enumerate(lines) if _HEADING_RE.match(line)]
    if not starts:
        return [Section(None, tuple(lines), 1)]
    sections = []
    for k, i in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        for j in range(i + 1, end):
            if _MD_HEADING.match(lines[j]) or _END_HEADINGS.match(lines[j]):
                end = j
                break
        heading = re.sub(r"[#*_:]", "", lines[i]).strip()
        sections.append(Section(heading, tuple(lines[i + 1 : end]), i + 2))
    return sections


def split_entries(lines: list[str] | tuple[str, ...], *, start_line: int = 1, one_per_line: bool = False) -> list[Entry]:
    """Split the lines of one list into entries, in order; never drops text."""
    if one_per_line:
        return [Entry(line.strip(), None, start_line + i) for i, line in enumerate(lines) if line.strip()]
    nonblank = [i for i, line in enumerate(lines) if line.strip()]
    if not nonblank:
        return []
    numbered = _list_numbers(lines, nonblank)
    bulleted = [i for i in nonblank if _BULLET.match(lines[i])]
    paragraph_starts = [i for i in nonblank if i == 0 or not lines[i - 1].strip()]
    guessed = None
    if numbered and len(numbered) * 2 >= len(paragraph_starts) and (len(numbered) > 1 or len(nonblank) == 1 or len(paragraph_starts) > 1):
        if len(paragraph_starts) == 1:
            guessed = _guess_starts(lines, nonblank)
        if guessed is None or len(numbered) * 2 >= len(guessed):
            # an unnumbered entry inside a numbered list (two lists pasted together): only where one entry clearly
            # ended and a person's name clearly begins the next line, as at the margin of a wrapped list
            marked = set(numbered)
            unwrapped = len(nonblank) >= 4 and _margin(lines[i] for i in nonblank) is None  # (fewer lines show no margin)
            extra = [cur for prev, cur in zip(nonblank, nonblank[1:]) if cur not in marked
                     and (_looks_like_new_entry(lines[prev], lines[cur], wrapped=True) or unwrapped and _unnumbered_entry(lines[prev], lines[cur]))]  # fmt: skip
            head = [i for i in nonblank if i < numbered[0]]
            if head:  # lines before the first number: an unnumbered list of their own, split as one (wrapped at the list's margin)
                extra += _guess_starts(lines, head, margin=_margin(lines[i] for i in nonblank))
            return _split_at(lines, sorted(marked | set(extra)), start_line, numbered=True)
        # a few numbered lines in a list that is otherwise not numbered: the numbers are debris, not the list's order
    if bulleted and len(bulleted) * 2 >= len(paragraph_starts):
        return _split_at(lines, bulleted, start_line, numbered=False)
    if len(paragraph_starts) > 1:  # blank lines separate entries (each entry one paragraph)
        return _split_at(lines, paragraph_starts, start_line, numbered=False)
    # no markers, no blank lines (or a blank line after every line): guess where entries start
    return _split_at(lines, guessed or _guess_starts(lines, nonblank), start_line, numbered=False)


def _list_numbers(lines, nonblank: list[int]) -> list[int]:
    """The lines that begin with a list number. A year that begins a wrapped line ('2002. 384 с.') is not one,
    unless it is exactly the next number of the list."""
    found, last = [], None
    for i in nonblank:
        m = _MARKER.match(lines[i])
        if not m:
            continue
        n = int(m.group("n1") or m.group("n2") or m.group("n3"))
        if _YEAR.fullmatch(m.group("n3") or m.group("n2") or "") and n != (last or 0) + 1:
            continue  # '(1967), 507–536': a year in parentheses that begins a wrapped line
        found.append(i)
        last = n
    return sorted(found + _bare_numbers(lines, found)) if len(found) > 1 else found


_BARE_MARKER = re.compile(r"^\s{0,8}(\d{1,4})\s+(?=[A-ZА-ЯЁ])")


def _bare_numbers(lines, found: list[int]) -> list[int]:
    """Lines between two numbered ones that begin with a number that has lost its full stop ('9. …', '11 Food and
    Agriculture Organization …', '13. …'): list numbers too, when the number falls between its neighbours'."""
    number = {i: int(next(g for g in _MARKER.match(lines[i]).groups() if g)) for i in found}
    extra = []
    for a, b in zip(found, found[1:]):
        for i in range(a + 1, b):
            m = _BARE_MARKER.match(lines[i])
            if m and number[a] < int(m.group(1)) < number[b]:
                extra.append(i)
    return extra


def _guess_starts(lines, nonblank: list[int], *, margin: int | None | bool = False) -> list[int]:
    if margin is False:
        margin = _margin(lines[i] for i in nonblank)
    starts = [nonblank[0]]
    for prev, cur in zip(nonblank, nonblank[1:]):
        wrapped = short = False
        if margin is not None:
            # wrapping fills a line until the next word does not fit: if it would have fitted, the entry ended here
            room = len(lines[prev].strip()) + 1 + len(lines[cur].split()[0]) if lines[cur].split() else 0
            wrapped, short = room > margin, room <= margin - 3
        if _looks_like_new_entry(lines[prev], lines[cur], wrapped=wrapped, short=short):
            starts.append(cur)
    return starts


def _margin(lines) -> int | None:
    """The width a list was wrapped at (copied from a PDF or a plain-text file), or None when its lines
    are not wrapped: then most lines end within a word's length of the widest one."""
    lines = [line.strip() for line in lines]
    lengths = sorted(len(line) for line in lines)
    if len(lengths) < 4:
        return None
    widest = lengths[int(0.9 * (len(lengths) - 1))]  # a long URL on its own line is not the margin
    full = widest - max(12, widest // 8)
    beyond = [line for line in lines if len(line) > widest * 1.1 + 2 and " " in line]  # only an unbreakable link may pass the margin
    if widest > 160 or widest < 40 or len(beyond) > len(lines) // 10 or sum(n >= full for n in lengths) < 0.4 * len(lengths):
        return None  # one entry per line: lengths vary freely (and no list is wrapped under 40 columns: short entries are alike)
    return max((n for n, line in zip(lengths, sorted(lines, key=len)) if n <= widest * 1.1 + 2 and " " in line), default=widest)


def _split_at(lines, starts: list[int], start_line: int, *, numbered: bool) -> list[Entry]:
    entries = []
    bounds = starts + [len(lines)]
    # text before the first marker is kept as its own entry, never dropped
    head = " ".join(line.strip() for line in lines[: starts[0]] if line.strip())
    if head:
        entries.append(Entry(head, None, start_line + next(i for i, ln in enumerate(lines) if ln.strip())))
    for k, i in enumerate(starts):
        chunk = [line.strip() for line in lines[i : bounds[k + 1]] if line.strip()]
        first = chunk[0]
        number = None
        if numbered:
            m = _MARKER.match(first)
            if m:
                number = int(m.group("n1") or m.group("n2") or m.group("n3"))
                first = first[m.end() :]
        else:
            first = _BULLET.sub("", first)
        text = _join([first] + chunk[1:])
        if text:
            entries.append(Entry(text, number, start_line + i))
    return entries


def _join(parts: list[str]) -> str:
    """Join wrapped lines: a hyphen at a line end that splits a word is kept only in URLs."""
    out: list[str] = []
    for part in parts:
        # only the end of what came before can hold a URL broken across lines (and looking further is quadratic)
        if out and re.search(r"(?:https?://|www\.)\S*$", out[-1]) and not re.match(r"(?:\[|\(|[A-ZА-ЯЁ][a-zа-яё]+\s)", part):
            out[-1] += part  # a URL broken across lines
        else:
            out.append(part)
    return " ".join(out).strip()


# how an entry by a person begins
_OSCOLA_NAMES = r"[A-Z][a-z]+(?:\s+[A-Z]\.?){0,2}\s+[A-Z][\w'’-]+(?:\s+and\s+[A-Z][a-z]+(?:\s+[A-Z]\.?){0,2}\s+[A-Z][\w'’-]+)?"  # given name first
_INITIALS_AFTER = r"[A-ZА-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ][\w'’\-]+,?\s+(?:(?:[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ]|Вл|Дж|Ал)\.\s?){1,3}"  # Ivanov I.I. / Smith, J. / Соловьев Вл.
_VANCOUVER_START = r"[A-ZА-ЯЁ][\w'’\-]+\s+[A-ZА-ЯЁ]{1,3}(?:[,.]\s|\s+and\s|\s*\((?:1[5-9]|20)\d\d)"  # Altschul SF, / Anderson B (1983)
_INITIALS_BEFORE = r"(?:[A-Z]\.\s?){1,3}(?:-[A-Z]\.\s?)?[A-Z][\w'’\-]+(?:,|\s+and\s)"  # S. Hochreiter and / R. S. Sutton,
# how a Russian act begins: 'Федеральный закон от 03.10.2018 № 350-ФЗ …', 'Приказ Минздрава России от …', 'Указ Президента …'
_ACT_START = (
    r"(?:Федеральный\s+(?:конституционный\s+)?закон|Закон|Указ|Постановление|Приказ|Распоряжение|Кодекс|Конституция)"
    r"\s+(?:от\s+\d|№|Российской|Республики|Президента|Правительства|Министерства|Мин[а-я]+\s|РФ|РК|[«\"]|Пленума|Конституционного|Верховного|Высшего)"
)
_ENTRY_START = re.compile(
    r"^\s*(?:" + _INITIALS_AFTER
    + r"|[A-ZА-ЯЁ][\w'’\-]+,\s+[A-ZА-Я][a-zа-яё]+"  # Smith, John
    + r"|" + _VANCOUVER_START + r"|" + _INITIALS_BEFORE
    + r"|(?:van|von|vom|zur|zu|de|da|di|du|der|den|dos|del|la|le|ten|ter|al|el|ibn|bin)\s+(?:der\s+|den\s+)?[A-Z][\w'’\-]+(?:,\s|\s+[A-Z]{1,3}[,.\s])"  # van Rossum, G. / von Elm E, / zur Hausen H.
    r"|[\uac00-\ud7a3]{2,4}[.,·\s(]"  # 왕길환.
    r"|[\uac00-\ud7a3]{2,20}\s?\((?:19|20)\d\d"  # 한국노동연구원(2019).
    r"|[\uac00-\ud7a3]{2,20}\.\s(?:19|20)\d\d[a-z]?\.\s"  # author-date without brackets: '한국행정연구원. 2022. 『…』'
    r"|[\u4e00-\u9fff]{2,4}(?:\s*\([\uac00-\ud7a3]{2,4}\))?\s*[,，:：、]?\s*[『「《]"  # 旗田巍『朝鮮史』 / 費孝通：《鄉土中國》 / 盧泰敦(노태돈), 「…」
    r"|[A-ZА-ЯЁ]{2,}[\s,.]"  # ORGANISATION
    r"|[A-ZА-ЯЁ][\w'’\-]+(?:\s+[A-ZА-ЯЁ][\w'’\-]+){0,3}\s?\((?:1[5-9]|20)\d\d[a-z]?\)"  # Rosstat (2023). / World Bank (2020)
    r"|[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+\s+[\uac00-\ud7a3]{2,4}[.,\s]"  # Kang Man'gil 강만길.
    r"|[A-Z][\w'’.\-]+(?:\s+(?:[A-Z&][\w'’.\-]+|of|for|and|the))*\s+v\.?\s+[A-Z]"  # Osman v United Kingdom (a case)
    r"|[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|of|and|the))*\s+Act\s+(?:1[5-9]|20)\d\d\b"  # Crown Proceedings Act 1947
    r"|[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|of|for|and|the|on)){0,8},\s(?:1[5-9]|20)\d\d[a-z]?\.\s+[A-Z]"  # Elsevier Harvard: 'World Bank, 2013. Project …'
    r"|[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|of|for|and|the|on)){1,8}\.\s\((?:1[5-9]|20)\d\d[a-z]?\)"  # APA body: 'United Nations Development Programme. (2006)'
    r"|(?:Пат\.|Патент|Pat\.|Patent)\s*(?:№\s*)?\d|(?:ГОСТ|СТ\s+РК|ОСТ|СНиП|ISO|ASTM)\s+[A-Z]?\d"  # 'Пат. 68417 Украина', 'ГОСТ 26425-85.'
    r"|" + _ACT_START  # 'Федеральный закон от 03.10.2018 № 350-ФЗ …'
    + r"|" + _OSCOLA_NAMES + r",\s+(?:[‘'“\"]|.*\((?:[^()]*\s)?(?:1[5-9]|20)\d\d\)\s*$)"  # OSCOLA 'Gavin Phillipson, ‘…’', 'Eric Barendt, Freedom of Speech (2nd edn, OUP 2005)'
    r")"
)

_ACT_START_RE = re.compile(_ACT_START)


# how a complete reference may end: a full stop or bracket, a URL or DOI, a page count, page range, ISBN or year
_COMPLETE_END = re.compile(
    r"(?:[.)\]。．]|[.?!][”»’\x22]|свободный|\b(?:Л|Лл|л|лл|Арк|арк)\.\s*\d+(?:\s*[-–]\s*\d+)?(?:\s*об)?|(?:https?://|www\.|doi:|10\.\d{4,9}/)\S+|\d\s*(?:p|pp|с|c|s|S|стр|б|бет|л|쪽|면)\.?"
    r"|\d+\s*[-–—]\s*\d+|\b(?:С|с|P|p|pp|S|s|Б)\.\s*\d+|ISBN[\s:]*[\dXx-]+|(?:1[5-9]|20)\d\d|(?:1[5-9]|20)\d\d\s*;\s*\d+(?:\(\d+\))?:\s*[A-Za-z]?\d+|판결|결정"
    r"|arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?|\bEU:[CT]:(?:19|20)\d\d:\d+"  # a preprint's or an EU judgment's identifier: 'arXiv: 2404.19756', 'EU:C:2021:655'
    r"|[\[(](?:1[5-9]|20)\d\d[\])]\s+(?:\d+\s+)?[A-Z][^\s\d]*(?:\s+[A-Z][^\s\d]*){0,3}\s+\d+|\d\s+(?:UNTS|ILM|RIAA|ILR|AJIL|EHRR)\s+\d+)$"  # OSCOLA, no final stop: '[1997] ICJ Rep 7', '[2009] 1 AC 453', '(1995) 55 ZaöRV 604', '1936 UNTS 269'
)
# how only a complete reference ends: a page count or range, a language note, a link, an identifier
_STRONG_END = re.compile(
    r"(?:[(\[]\s*(?:дата|[Aa]ccessed|[Vv]iewed|[Rr]etrieved|қаралған|жүгінген|кирүү|검색일|접속일)[^()\[\]]*[)\]]\.?|(?:https?://|www\.|doi:|10\.\d{4,9}/)\S+|\d\s*(?:p|pp|с|c|s|S|стр|б|бет|л|쪽|면)\.?|\d+\s*[-–—]\s*\d+\.?"
    r"|ISBN[\s:]*[\dXx-]+\.?|[(\[]\s*[Ii]n\s+[A-Z][a-z]+\.?\s*[)\]]\.?|(?:PMID|PMCID)[:\s]*\w+\.?|arXiv:\s?\d{4}\.\d{4,5}(?:v\d+)?\.?"
    r"|(?:[Aa]ccessed|[Rr]etrieved)\s+(?:on\s+)?(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+(?:19|20)\d\d\.?)$"  # 'Accessed March 14, 2024.', 'Accessed 3 May 2022.'

)
_YEAR = re.compile(r"(?:1[5-9]|20)\d\d")
# how an entry by a person begins, clearly enough to end the entry before even at the margin of a wrapped list
_NAME_START = re.compile(
    r"^\s*(?:" + _INITIALS_AFTER
    + r"|[A-ZА-ЯЁ][\w'’\-]+,\s+[A-ZА-Я][a-zа-яё]+(?:-[A-Za-zА-Яа-яё][a-zа-яё]+)?(?:\s+[A-Z]\.|[.,])\s"  # Smith, John. / Berners-Lee, Tim, / Hanscom, Christopher P. / Jeong, You-jeong. / Kim, Wang-Bae. (not 'Moscow, Labirint Publ.')
    + r"|[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|of|for|and|the|on)){0,8}\.\s\((?:1[5-9]|20)\d\d[a-z]?(?:,[^()]{1,20})?\)\.\s"  # APA body: 'Freedom House. (2022). '
    + r"|[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|of|for|and|the|on)){1,16}\s\((?:1[5-9]|20)\d\d[a-z]?\)\s+[A-Z]"  # Harvard body: 'World Economic Forum (2020) The …'
    + r"|" + _VANCOUVER_START + r"|" + _INITIALS_BEFORE
    + r"|[\u4e00-\u9fff\uac00-\ud7a3]{2,8}(?:[·・][\u4e00-\u9fff\uac00-\ud7a3]{2,8})*(?:\((?:주|株)\))?(?:\s+[外외])?(?:\s*[編编]|\s+(?:편|엮음|역|옮김))?\s*[,，、]\s*[『「《]"  # 白南雲, 『朝鮮社會經濟史』 / 최인훈, 『광장』 / 成任 編,『太平通載』
    + r"|[\u4e00-\u9fff\uac00-\ud7a3]{2,20}(?:[,·・]\s*[\u4e00-\u9fff\uac00-\ud7a3]{2,20})*\s?\((?:1[5-9]|20)\d\d[a-z]?\)[.,]\s"  # 신우열, 김민규, 김주환 (2009). / 주시경(1910), / 朝鮮語學會(1933),
    + r"|(?:[\uac00-\ud7a3]{1,12}법원|헌법재판소|헌재)\s?(?:19|20)\d\d\.\s?\d{1,2}\.\s?\d{1,2}\.\s"  # a Korean court's decision: '헌법재판소 2018. 8. 30. 선고 …'
    + r"|[\uac00-\ud7a3]{2,4}(?:,\s*[\uac00-\ud7a3]{2,4})*(?:\s+외)?,\s*[\"“]"  # Korean IEEE-like: '박지훈, 최영석, 정민호, "잔차 …'
    + r"|[A-Z][\w'’\-]+\s+[A-Z][\w'’\-]+\s+[\uac00-\ud7a3\u4e00-\u9fff]{2,4}[.,]\s"  # a romanised name, then its Hangul or hanja: 'Yun Hae-dong 윤해동. '
    + r"|[A-Z][\w'’.\-]+(?:,?\s+(?:[A-Z&][\w'’.()\-]+|of|for|and|the)){0,12}\s+v\.?\s+[A-Z][\w'’.\-]+(?:\s+(?:[A-Z][\w'’.()\-]+|of|the)){0,6}[,\[(]"  # a case: 'Petrobart Ltd v Kyrgyz Republic, SCC …'
    + r"|[A-Z][\w'’\-]+(?:\s+(?:[A-Z][\w'’\-]+|of|for|and|the|on)){0,8},\s(?:1[5-9]|20)\d\d[a-z]?\.\s+[A-Z]"  # Elsevier Harvard: 'World Bank, 2013. Project …', 'IEA, 2021. Clean …'
    + r")"
)
# how a line that goes on with the previous entry begins: an identifier, a link, an access note
_CONTINUATION_START = re.compile(
    r"(?:DOI|doi|URL|ISBN|ISSN|PMID|PMCID|EDN|Available|Retrieved|Accessed|Режим|Доступ|Дата|Электронн(?:ый|ая)\s+(?:ресурс|версия)|(?:<|\\?\[)?https?://|www\.|[(\[]\s*[Ii]n\s+[A-Z]|[(\[][^\]()]*$"
    r"|\\?\[\s*[A-Z][a-z]+\s*\\?\]\.?$|In\s+[A-Z][a-z]+\.?$"  # a language alone on its line: '\\[Korean\\]'
    r"|\[[a-z]+(?:-[a-z]+(?:\.[A-Za-z-]+)?|\.[A-Za-z-]+)\]"  # a preprint's subject class after its identifier: '[cond-mat.mes-hall]', '[cs.CL]', '[hep-th]'
    r"|(?:С|P|pp?|Pp|S|Б|Т|Vol|vol|No|no|Вып|Iss)\.\s*\d|№\s*\d"
    r"|[(\[]\s*(?:дата|[Aa]ccessed|[Vv]iewed|[Rr]etrieved|[Cc]ited|қаралған|жүгінген|кирүү|검색일|접속일)|\(\d{1,4}\)[.,\s]"
    r"|\((?=[a-zа-яё])|\([^()]*\)\.?$)"  # '(предварительные итоги …) // …', a series alone on its line: '(Язык. Семиотика. Культура).'
)
_BARE_NUMBER_NAME = re.compile(
    r"\d{1,3}\s+(?:[A-ZА-ЯЁ][a-zа-яёäöüé'’-]+,?\s+[A-ZА-ЯЁ]\.\s?(?:[A-ZА-ЯЁ]\.)?"  # '3 Лущик Ч.Б.,'
    r"|[A-Z][a-zäöüé'’-]+\s+[A-Z]{1,3},\s+[A-Z][a-zäöüé'’-]+\s+[A-Z]{1,3}[,\s]"  # Vancouver '11 Liu Z, Lin Y, …'
    r"|[A-Z][\w.'’&-]*(?:\s+[\w.'’&()-]+){0,5}\s+v\.?\s+[A-Z]"  # a footnote's '23 Pearson v. Callahan, 555 U.S. 223''
    r"|(?:[A-Z]{1,3}|[A-Z][a-zà-öø-ÿ]+(?:\s+[A-Z]\.?)?)\s+[A-Z][^\W\d_]*[a-z][^\W\d_'’-]*(?:['’-][^\W\d_]+)?(?:,\s|\s+and\s+[A-Z]))"  # (also 'Thomas W Wälde, ', 'Rudolf Dolzer and …')  # a footnote's '14 Jane Stapleton, ‘Title’', OSCOLA's '23 NA Moreham, '…''
)
_STATUTE_START = re.compile(r"\d{1,3}\s+(?:U\.S\.C\.|C\.F\.R\.|Stat\.|Fed\.\s*Reg\.)\s*(?:§|\d)")
# a label or an initial at the end of a line: the number or surname it belongs to is on the next line
_OPEN_END = re.compile(r"(?:\b(?:et al|и др|P|С|pp?|Vol|vol|No|no|Nr|Bd|Т|Вып|Iss|Ч|ч|Ст|ст|Кн|кн|Б|Арк|Л)\.|№|№\s*\d+|(?:^|[\s.])[A-ZА-ЯЁ]\.)$")


# a place and its publisher: 'Cambridge: Cambridge University Press, 1990.', 'М.: Наука' (no entry begins so)
_PLACE_COLON = re.compile(r"([^\W\d][\w.,'’ -]{0,24}?)\s?:\s?[^\W\d]")
_QUOTES = (("«", "»"), ("“", "”"), ("(", ")"), ("[", "]"))
_SINGLE_OPEN = re.compile(r"(?:^|(?<=[\s(\[]))‘")  # an opening quote, not the okina of 'Hawai‘i'



_PRESS = re.compile(r"\b(?:Press|Publish\w*|Verlag|Books)\b")
_TOWN = re.compile(r"[A-Z][a-z]+(?:\s[A-Z][a-z]+)?(?:,\s[A-Z]{2})?")  # 'Berkeley', 'Thousand Oaks, CA' 


def _imprint_start(line: str) -> bool:
    from ..parse.lexicon import CITIES  # here, not above: refkit.parse imports this module

    m = _PLACE_COLON.match(line)
    return bool(m) and (
        m.group(1).strip() in CITIES or _TOWN.fullmatch(m.group(1).strip()) is not None and _PRESS.search(line, m.end(), m.end() + 60) is not None
    )


def _unnumbered_entry(prev: str, cur: str) -> bool:
    """In a numbered list whose lines are not wrapped at a margin (one entry a line), an unnumbered line begins an
    entry of its own when the line before ended as a reference ends and it begins as one by a person does, or with
    a title in corner brackets after a finished entry ('『東亞日報』 1920년 4월 1일자.' then '「政治ニ關スル…」…')."""
    prev, cur = prev.rstrip(), cur.strip()
    if not _COMPLETE_END.search(prev) or _CONTINUATION_START.match(cur) or _unclosed(prev):
        return False
    return bool(_NAME_START.match(cur) or _ACT_START_RE.match(cur) or _LAW_TITLE_START.match(cur) or cur[:1] in "「『" and prev.endswith("."))


# a GOST act cited title first: 'Гражданский процессуальный кодекс Российской Федерации : федер. закон от …'
_LAW_TITLE_START = re.compile(
    r"[А-ЯЁ][^.:/«»]{5,150}\s:\s(?:[Фф]едер(?:\.|альный)\s+(?:конституционный\s+)?закон|[Зз]акон|[Уу]каз|[Пп]остановление|[Кк]одекс)\b"
)




def _unclosed(line: str) -> bool:
    """A quotation or bracket opened on this line and not closed, and the line does not end as only a whole
    reference ends: the entry goes on."""
    # (German „…“ closes with the mark English opens with)
    opened = any(line.count(a) - (line.count("„") if a == "“" else 0) > line.count(b) for a, b in _QUOTES) or len(_SINGLE_OPEN.findall(line)) > line.count("’")
    return opened and not _STRONG_END.search(line)


def _looks_like_new_entry(prev: str, cur: str, *, wrapped: bool = False, short: bool = False) -> bool:
    """Whether ``cur`` starts a new entry after ``prev``. ``wrapped``: ``prev`` reaches the margin of a list
    wrapped at a fixed width, so the entry most likely goes on; ``short``: it stops well before the margin
    though the next word would have fitted, so the entry most likely ended."""
    prev, cur = prev.rstrip(), cur.strip()
    url_end = re.search(r"(?:https?://|www\.)\S+$", prev)
    if not url_end and prev.endswith(("-", "–", "—", ",", ":", "/", "//", ";", "&")) or not cur:
        return False
    marker = _MARKER.match(cur)
    if marker and (marker.group("n1") or marker.group("n2") and not _YEAR.fullmatch(marker.group("n2")) and not re.match(r"\(\s*\d+\s*\)[,.:;]", cur)):
        return True  # '[3] D. Gale …': a bracketed number begins an entry ('(2021). Title' is APA's year)
    if _OPEN_END.search(prev) and not re.search(r"\d\s*-?\s*[A-Za-zА-Яа-я]{1,3}\.$", prev):  # '206 S.', '34-p.' are pages
        numbered = marker and marker.group("n3") and not _YEAR.fullmatch(marker.group("n3")) and re.search(r"№\s*\d+$", prev)
        if numbered:
            return True  # '… – Т. 14, № 11' then '2. Дорожный асфальтобетон / …': the issue number ended the entry
        if wrapped or not ((re.search(r"\.\s[A-ZА-ЯЁ]\.$", prev) or re.search(r"№\s*\d+$", prev)) and (_NAME_START.match(cur) or _ACT_START_RE.match(cur))):
            return False  # but '… канд. психол. наук. М.' or '… 2013. — № 2' then 'Рассказова Е.И., …': the entry ended
    if marker and not _YEAR.fullmatch(marker.group("n3") or marker.group("n2") or "") and (_COMPLETE_END.search(prev) or not wrapped and _NAME_START.match(cur[marker.end() :])):
        return True  # '12. Топоров В.Н. …' after a finished entry: the list numbers some of its lines
    if re.match(r"[—–-]{2,}\s?[.,]?\s", cur):
        return True  # '———. 2002. …': a new entry by the author of the one above
    if _BARE_NUMBER_NAME.match(cur) and (_COMPLETE_END.search(prev) or not wrapped):
        return True  # '3 Лущик Ч.Б., Витол И.К. // УФН. …': a list numbered without a full stop
    if _STATUTE_START.match(cur) and _COMPLETE_END.search(prev):
        return True  # Bluebook '42 U.S.C. § 1983 (2018).': a title of the Code begins with its number
    if not wrapped and _STRONG_END.search(prev) and re.match(r"(?:19|20)\d\d\s+[A-Z][a-z]+\s+[A-Z]", cur):
        return True  # '… https://doi.org/…' then '2018 Physical Activity Guidelines Advisory Committee.': a body named with its year
    if cur[:1].islower() and not _ENTRY_START.match(cur) or cur[:1] in "–—-/.,:;)]" or cur[:1].isdigit():
        return False
    if _CONTINUATION_START.match(cur) or _imprint_start(cur) or _unclosed(prev):
        return False
    if cur[:1] == "(" and not prev.endswith((".", ")")):
        return False  # '(CONCORD-3): analysis …' goes on a title
    if short:
        return True
    if wrapped:
        return bool(_STRONG_END.search(prev) or prev.endswith((".", ")")) and _NAME_START.match(cur))
    # (or the script changes between a word and a capitalised one: '… Basingstoke: Macmillan' then 'Государственная программа …')
    switch = re.search(r"[A-Za-z]{2}$", prev) and re.match(r"[А-ЯЁӘҒҚҢӨҰҮҺІЇЄҐ][а-яё]", cur) or re.search(r"[а-яё]{2}$", prev) and re.match(r"[A-Z][a-z]", cur)
    return bool(_COMPLETE_END.search(prev) or _ENTRY_START.match(cur) or cur[:1] in "「『《〈«“\"‘'" or switch)
