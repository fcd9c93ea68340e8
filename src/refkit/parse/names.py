"""Personal and organisational names at the head of a reference (and in editor statements).

Recognised forms (``F`` family, ``I`` initials, ``G`` given names):

* ``F I.I.`` / ``F, I. I.`` — GOST, Harvard, APA, the Latin twin lists;
* ``I.I. F`` — GOST statements of responsibility, IEEE;
* ``F, Given Names`` then ``Given F`` — Chicago, MLA (``Smith, John, and Jane Doe``);
* ``F II`` — Vancouver/NLM (``Smith JA, Doe R``);
* ``F I I`` — physics journals' compact style, initials spaced and without dots (``Гинзбург В Л``,
  ``Cooper L N, Schrieffer J R Phys. Rev. …``); tried only when no other form reads the name;
* ``왕길환`` — Korean names in Hangul: family is the first syllable (two for
  compound family names such as 남궁);
* ``Ом Гу Хо`` / ``Kim Jongtae`` — East Asian names in Cyrillic or Latin script
  without initials, recognised by a known family name.

Names are separated by ``,`` ``;`` ``&`` ``and`` ``и`` ``·`` ``・``; ``et al.``,
``и др.``, ``[и др.]``, ``외``, ``등`` end a list.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..model import Name
from ..text import HEPBURN_WORD
from .lexicon import CITIES, EAST_ASIAN_FAMILIES, HANGUL, JA_FAMILIES_HANGUL, KO_COMPOUND_FAMILIES, KO_FAMILIES, LOW, UP

__all__ = ["NameList", "hangul_name", "scan_names"]

_SURNAME = rf"(?:(?:van\s+['’]t|van|von|der|den|de|da|di|du|del|della|la|le|al|el|bin|ibn|ten|ter|dos|das|Van|Von|De|Da|Di|Du|Del|Della|Dos|Das|Ter|Ten|La|Le)\s+(?=[{UP}]?[{LOW}]*[{UP}]?[{LOW}]))*(?:(?:de|van|von|di|da|du|le|la|d['’])(?=[{UP}][{LOW}]))?[{UP}](?:[{LOW}'’]|[{UP}](?=[{LOW}]))*[{LOW}](?:-(?:[{LOW}]{{1,3}}-)?[{UP}](?:[{LOW}'’]|[{UP}](?=[{LOW}]))*[{LOW}])?(?:['’](?=[\s,]))?"  # a soft sign ends it: "Khmel' N.D."
_INITIAL = rf"(?:Shch|Sch|Dzh|Tch|Дж|(?!Jr\.|Sr\.)[{UP}][{LOW}]?)\.(?:\s?-\s?(?:[{UP}][{LOW}]?|[a-z]{{1,2}}(?=\.[\s,)]))\.)?"  # 'J.-H.', and APA's Korean 'J.-h.', 'S.-y.'
_JOURNAL_J = r"(?<=\sJ\.)(?=\s(?:Phys|Chem|Appl|Am|Biol|Mater|Math|Mol|Comput|Opt|Acoust|Geophys|Fluid|Cryst|Catal|Org|Nucl|Mech|Exp|Theor|Mod)\.)"
_INITIALS = rf"{_INITIAL}(?:\s?{_INITIAL}(?!{_JOURNAL_J})){{0,3}}"  # not the 'J.' of 'Song K.S. J. Phys. Chem. Solids'
# a given name may open with an Arabic article or an ʿayn ('Abū al-Rayḥān', 'Mīr ʿAlī Shīr'), or have a capital
# after Mc, Mac, De, La … ('Elaine McClarnand MacKinnon', 'DeWitt'); or be Wade–Giles with its aspiration marks ('Ch’i-ch’ing')
_GIVEN_WORD = rf"(?:(?:Ch|K|P|T|Ts|Tz)['’][a-zü]+(?:-(?:ch|k|p|t|ts|tz)?['’]?[a-zü]+)?(?=[\s,.])|(?:al-|ad-|ar-|as-|ash-|at-|az-|an-|ud-|ul-)?[ʿʾ]?[{UP}][{LOW}]+(?:['’][{LOW}]+)?(?:(?<=Mc|ac|De|Le|La|Di|Da)[{UP}][{LOW}]+|(?<=[a-z])[A-Z][a-z]{{2,4}}(?=[\s,.]))?(?:-[{UP}]?[{LOW}]+)?)"
# an initial after a given name; a transliterated patronymic's may be two letters ('Švedova, Natalija Ju.', 'Natalija Ju. Švedova')
_GIVEN_INITIAL = rf"(?:[{UP}]|Ju|Ja|Jo|Yu|Ya|Yo|Ye|Zh|Kh|Ch|Sh|Ts)\."
_GIVEN = rf"{_GIVEN_WORD}(?:\s+{_GIVEN_WORD})*?(?:\s+{_GIVEN_INITIAL}(?:\s?[{UP}]\.)*)?"

_SON_OF = r"(?:\s(?:уулу|кызы|улы|қызы|оглы|uulu|kyzy|uly|qyzy|ogly))?"  # Kyrgyz/Kazakh 'Абдысатар уулу А.'
F_INITIALS = re.compile(
    rf"(?P<family>{_SURNAME}{_SON_OF}(?:\s{_SURNAME}(?=(?:\s+|,\s*){_INITIALS}\s*[,;]))?)(?:\s(?P<sfx>Jr\.?|Sr\.?|II|III|IV)(?=,))?(?:,\s*|\s+)(?P<given>{_INITIALS})"  # (Harvard 'McFowland III, E.')
    r"(?:\s(?P<particle>de|van|von|da|di|du|del|der|den|le|la)(?=\.\s|,))?"  # a particle after the initials: 'Rachewiltz I. de.'
)  # 'Li,H.' copied without its space
INITIALS_F = re.compile(rf"(?P<given>(?!Eds?\.){_INITIALS})\s*(?P<family>{_SURNAME}(?:\s{_SURNAME}(?=,\s+(?:and\s+)?{_INITIALS}\s?[{UP}]))?)(?![{LOW}'’]|\.(?:[^\s]|\s*[{UP}][{LOW}]{{0,5}}\.(?!\s*:)))")  # 'L. V. Smith. 2005', '… В. Данилова. М.: …', not 'J. Chem. Phys.'

# (a second family word only where the next person follows: 'A. H. Castro Neto, F. Guinea', 'P. Ortiz Suarez, L. Romary')
# a particle printed after the given name: 'Tocqueville, Alexis de.', 'Gasparin, Agénor de.'
_PARTICLE_AFTER = r"(?:\s+(?P<particle>de|d'|van|von|da|di|du|del|della|der|den|ten|ter|le|la|dos|das)(?=\s*[.,;]))?"
F_COMMA_GIVEN = re.compile(rf"(?P<family>{_SURNAME}),\s+(?P<given>{_GIVEN}){_PARTICLE_AFTER}(?=\s*(?:[,.;&(]|and\b|и\b|\d{{4}}|[\"“«])|(?<=\.)\s|:\s+[{UP}]|/[{UP}])")  # (German humanities: 'Baberowski, Jörg: Auf der …')
F2_COMMA_GIVEN = re.compile(
    rf"(?P<family>{_SURNAME}\s{_SURNAME}),\s+(?P<given>{_GIVEN_WORD}(?:\s+[{UP}]\.)?)"
    rf"(?=,?\s+and\s+{_GIVEN_WORD}\s|\.\s+\(?(?:1[5-9]|20)\d\d\b|\s+\((?:1[5-9]|20)\d\d\b"
    rf"|\.\s+[{UP}][^.]{{3,}}\.\s+[{UP}][\w .]+:\s*[^:]+,\s*(?:1[5-9]|20)\d\d\.?\s*$|,\s+[‘'“\"])"
)  # a two-word family name, only where a second name or the year shows a name list: 'Jones Luong, Pauline, and …', or
# where the rest is a Chicago book's title and imprint: 'Washton Long, Rose-Carol. Kandinsky: …. Oxford: Clarendon Press, 1980.',
# or an MHRA title in quotes: 'Fernández Retamar, Roberto, ‘Caliban …’'
GIVEN_F = re.compile(rf"(?P<given>(?:[{UP}]\.\s+)?{_GIVEN_WORD}(?:\s+(?:{_GIVEN_WORD}|{_GIVEN_INITIAL}))*)\s+(?P<family>(?!(?:Jr|Sr)\b){_SURNAME})(?=\s*[,.;(&/\x00]|\s+and\b|,?\s+(?:Jr|Sr)\b|\s+eds?\.,)")
VANCOUVER = re.compile(rf"(?P<family>{_SURNAME}(?:\s{_SURNAME}(?=\s+[{UP}]{{1,3}}(?:,|\.\s|\s+\(eds?\.?\))))?|[A-Z]{{2,}}(?:-[A-Z]{{2,}})?)\s+(?!(?:PLC|LLC|LTD|JSC|INC)\b)(?P<given>(?:Yu|Ya|Yo|Zh|Kh|Ch|Sh|Ts|[{UP}]){{1,3}})(?=\s*[,.;]|\s+and\s+[{UP}]|\s+\((?:1[5-9]|20)\d\d|\s+\(eds?\.?\)|\s+(?:Jr|Sr|II|III|IV|2nd|3rd|[4-9]th)\b)")
_BARE_INITIAL = rf"(?:Yu|Ya|Yo|Zh|Kh|Ch|Sh|Ts|Ю|Я|Ж|Х|Ч|Ш|Ц|[{UP}])(?=[\s,])"
SPACED = re.compile(rf"(?P<family>{_SURNAME})\s(?P<given>{_BARE_INITIAL}(?:\s{_BARE_INITIAL}){{0,2}})")
# a title's words are no foreign name: '미래주택과 공유공간', '한국의 도시계획' end in a particle (과, 의, …)
HANGUL_FOREIGN = re.compile(
    rf"(?P<given>[{HANGUL}]{{2,5}}(?:\s[A-Z]\.)?)(?<![의과와을를은는에])\s(?!(?:옮김|엮음|편저|지음|공역|공저|역주|편집대표|대표편집|책임편집|편집|감수|감독)(?![{HANGUL}])|(?:정부|위원회|연구원|연구소|협회|학회|재단)\s*,)(?P<family>[{HANGUL}]{{2,5}})"
    rf"(?=\s*,|\s*(?:지음|저|옮김|엮음)(?=[\s,.])|\s*\((?:1[5-9]|20)\d\d"
    rf"|\s*[·・]\s*[{HANGUL}]{{2,5}}(?:\s[A-Z]\.)?\s[{HANGUL}]{{2,5}}(?=\s*[,(·・]))"  # '대런 애쓰모글루·제임스 A. 로빈슨(2012)'
    rf"|(?P<given1>[{HANGUL}])\s(?P<family1>[{HANGUL}]{{2,4}})(?=\s*(?:지음|저)(?=[\s,.])|\s*\((?:1[5-9]|20)\d\d)"  # 칼 마르크스 지음, 존 듀이 (1987)
)
# a Korean name in hanja before a title in brackets, or with its Hangul reading: 李基白, 『…』 / 尹海東(윤해동)
# (a Japanese family name may hold a kana between its kanji: '三ツ井崇', '一ノ瀬')
_KANA_IN_NAME = "[ツノヶケ]"
HANJA_NAME = re.compile(
    rf"(?P<name>[\u4e00-\u9fff](?:{_KANA_IN_NAME}[\u4e00-\u9fff])?[\u4e00-\u9fff]{{1,3}}(?:(?![府會会院所部廳庁社館局省學学校團団司室協])[\u4e00-\u9fff])?)(?:\s*\([{HANGUL}]{{2,4}}\))?(?=\s*[,，、:：]?\s*[『「《〈]|\s*,\s*[\"“][\u4e00-\u9fff{HANGUL}]|\s*\((?:1[5-9]|20)\d\d\)|\s*[,，、・]\s*[\u4e00-\u9fff]{{2,4}}\s*[『「《〈]|\s*,\s*(?:1[5-9]|20)\d\d[a-z]?\s*[.,]\s*[「『]|\s*\.\s*(?:1[5-9]|20)\d\d[a-z]?\.\s*[「『])"
)  # '李基白, 『韓國史新論』', '道下徳成. 2013. 『…』', '旗田巍『朝鮮史』' (Japanese: no comma), '費孝通：《鄉土中國》', '姜在彦・金東旭「…」', '饗庭伸, 2015. 「…」', '武末純一, 2002, 『…』'

_KO_CITY = "(?:" + "|".join(sorted(c for c in CITIES if re.fullmatch(f"[{HANGUL}]+", c))) + ")"  # '서울: 기문당' is an imprint
HANGUL_INVERTED = re.compile(rf"(?P<family>[{HANGUL}]{{2,5}}),\s*(?P<given>[{HANGUL}]{{2,5}})(?=\.\s+\(?(?:1[5-9]|20)\d\d)")
HANGUL_NAME = re.compile(rf"(?!{_KO_CITY}\s*:)(?P<name>[{HANGUL}]{{2,4}})(?!\s*(?:옮김|역)(?:[\s,.]|$))(?=\s*(?:[.,·・ㆍ;:(]|외|등|\s+\(|\s*$|\s+(?:편집대표|대표편집|책임편집|엮음|편저|편|옮김|역|지음|저|감독|(?:外\s*)?(?:編著?|校注|校註|校訂|主編))\b|(?<![의과와을를는에])\s+[{HANGUL}]{{2,4}}\s*[.,·]))")
F_GIVEN_PATRONYMIC = re.compile(
    rf"(?P<family>{_SURNAME})\s+(?P<given>[{UP}][{LOW}]+\s+[{UP}][{LOW}]+(?:вич|вна|ична|инична|ьич|ич|ұлы|қызы|улы|кызы))(?![{LOW}])"
)
EAST_ASIAN = re.compile(
    rf"(?P<family>[{UP}](?:[{LOW}]|['’](?=[{LOW}])){{0,9}})\s+(?P<given>[{UP}](?:[{LOW}]|['’](?=[{LOW}]))+(?:[\s-][{UP}]?(?:[{LOW}]|['’](?=[{LOW}]))+)?)"
    rf"(?=\s*[.,]|\s+and\s|\s+\((?:1[5-9]|20)\d\d)"  # 'Park Jin-Kyu (2009).'
)

MONONYM_BEFORE_YEAR = re.compile(rf"(?P<w>[{UP}][{LOW}]{{2,20}})(?=\s+\((?:1[5-9]|20)\d\d[a-z]?\))")
SEPARATOR = re.compile(r"\s*(?:,\s*(?:&|and\b|и\b)?|;|&|\band\b|\bи\b|·|・|ㆍ|，|、|(?<=[^\W\d_])/(?=[A-ZÀ-Ž]))\s*")  # German 'Larenz/Canaris'
APA_GAP = re.compile(r"(?:\.\.\.|…|\.\s\.\s\.)\s+(?=[A-ZÀ-ŽА-ЯЁ])")  # the ellipsis before an APA list's last author
ET_AL = re.compile(r"[,;]?\s*(?:\[\s*(?:и\s+др|et\s+al|і\s+інш|та\s+ін|и\s+б)\.?\s*\]|et\s+al\.?|и\s+др\.?|та\s+ін\.?|і\s+інш\.?|т\.\s*б\.?|외\s*\d*\s*인?|등)")

_ARTICLES = frozenset("The A An Les Le La Die Der Das Den El Los Las Il Lo Gli Un Une Ein Eine".split())
_SUFFIX = re.compile(r",?\s*(?P<s>Jr|Sr|II|III|IV|2nd|3rd|[4-9]th)\.?(?=[\s,;(]|$)")  # (NLM numbers a suffix: 'Pope CA 3rd')

_NOT_FAMILY = frozenset(
    """The A An In On Of For And To At By With From Vol No Pp Ed Eds Т Том Вып Изд Под Ред В На По Для Из От Об О И
    Journal Review Proceedings Report Retrieved Available Accessed Press University Books Publishers Publishing Verlag
    Editions Classics Library Institute Foundation Bureau Department Office Agency Committee Council Ministry Commission
    Association Society Organization Organisation Center Centre Bank Fund""".split()
)  # fmt: skip


@dataclass
class NameList:
    names: list[Name]
    start: int
    end: int  # index just after the last name (and any et al.)
    form: str  # which form the first name had
    et_al: bool = False


_HANJA_COMPOUND_FAMILIES = frozenset("南宮 諸葛 鮮于 皇甫 獨孤 司空 西門 東方".split())


def hangul_name(text: str) -> Name:
    """``왕길환`` -> family ``왕``, given ``길환`` (compound family names kept whole)."""
    text = text.strip()
    if len(text) >= 3 and text[:2] in KO_COMPOUND_FAMILIES:
        return Name(family=text[:2], given=text[2:])
    if len(text) == 2 and text[0] not in KO_FAMILIES and "\uac00" <= text[0] <= "\ud7a3":
        return Name(family=text)  # '칸트, 『실천이성비판』': a foreign name of one word, not family and given
    kana = re.match(_KANA_IN_NAME, text[1:2])
    if kana and len(text) > 3:
        return Name(family=text[:3], given=text[3:])  # '三ツ井崇': a Japanese family name with a kana between its kanji
    if len(text) in (4, 5) and all("\u4e00" <= ch <= "\u9fff" for ch in text) and text[:2] not in _HANJA_COMPOUND_FAMILIES:
        return Name(family=text[:2], given=text[2:])  # '潮見佳男', '津田左右吉': a Japanese family name of two kanji, then the given name
    return Name(family=text[:1], given=text[1:] or None)


def _ok_family(family: str) -> bool:
    return family.split()[-1] not in _NOT_FAMILY


def _match_one(text: str, pos: int, forms: tuple[str, ...], *, last: bool = False) -> tuple[Name, int, str] | None:
    for form in forms:
        if form == "hangul":
            m = HANGUL_FOREIGN.match(text, pos)
            if m and m.group("given1") and m.group("given1") not in KO_FAMILIES:  # 칼 마르크스 지음
                return Name(family=m.group("family1"), given=m.group("given1")), m.end(), form
            if m and m.group("given") and (len(m.group("given")) >= 3 or re.match(r"\s*,\s*[『「]", text[m.end() :])):
                # a foreign name in Hangul, given name first: '마이클 샌델', '유발 하라리, 『사피엔스』' (Korean names have no space);
                # a Japanese one family name first: '스즈키 마사유키', '와다 하루키'
                if m.group("given") in JA_FAMILIES_HANGUL:
                    return Name(family=m.group("given"), given=m.group("family")), m.end(), form
                return Name(family=m.group("family"), given=m.group("given")), m.end(), form
            m = HANJA_NAME.match(text, pos)
            if m:
                return hangul_name(m.group("name")), m.end(), form
            m = HANGUL_NAME.match(text, pos)
            if m:
                inverted = HANGUL_INVERTED.match(text, pos) if m.group("name")[0] not in KO_FAMILIES else None
                if inverted:  # '샌델, 마이클. 2020.': a foreign name in Hangul, family name first, then its given name
                    return Name(family=inverted.group("family"), given=inverted.group("given")), inverted.end("given"), form
                return hangul_name(m.group("name")), m.end(), form
            m = HANGUL_FOREIGN.match(text, pos)
            if m and m.group("given"):  # a foreign name in Hangul, given name first: 마이클 샌델
                return Name(family=m.group("family"), given=m.group("given")), m.end(), form
            continue
        pattern = {
            "f_initials": F_INITIALS, "initials_f": INITIALS_F, "f_comma_given": F_COMMA_GIVEN,
            "f2_comma_given": F2_COMMA_GIVEN, "given_f": GIVEN_F, "vancouver": VANCOUVER, "east_asian": EAST_ASIAN, "f_given_patronymic": F_GIVEN_PATRONYMIC, "spaced": SPACED,
        }[form]  # fmt: skip
        m = pattern.match(text, pos)
        if not m:
            continue
        family, given = m.group("family"), " ".join(m.group("given").split())
        # (the last of several persons, after '&', may bear a word's name: '…, Martin Haspelmath & Sebastian Bank.')
        person_last = last and form == "given_f" and " " not in given and given not in _NOT_FAMILY and " " not in family
        if not (_ok_family(family) or person_last) or form == "given_f" and given.split()[0] in _ARTICLES:
            continue  # 'Montaigne, Michel de, Les Essais, ed. by …': a title's article is no given name
        if form == "east_asian" and family not in EAST_ASIAN_FAMILIES and not (HEPBURN_WORD.fullmatch(family) and HEPBURN_WORD.fullmatch(given)):
            continue  # a Japanese name family first: listed, or both words Hepburn syllables ('Karatani Kōjin. 1983.')
        if family.isupper() and len(family) > 1:
            family = family.title()
        if form == "f_initials":
            given = re.sub(r"(?<=\.)\s(?=[^\s])", " ", given)
        sm = _SUFFIX.match(text, m.end())
        if sm:  # 'Lucas, R. E., Jr.', 'Martin Luther King Jr.'
            return Name(family=family, given=given, suffix=sm.group("s") + "."[: sm.group("s") in ("Jr", "Sr")]), sm.end(), form
        if m.groupdict().get("sfx"):  # 'McFowland III, E.', 'Jones Jr., K.': the suffix printed before the initials
            sfx = m.group("sfx").rstrip(".")
            return Name(family=family, given=given, suffix=sfx + "."[: sfx in ("Jr", "Sr")]), m.end(), form
        particle = m.groupdict().get("particle")
        return Name(family=family, given=given, dropping_particle=particle), m.end(), form
    return None


_FIRST_FORMS = ("hangul", "f_initials", "initials_f", "vancouver", "f_comma_given", "f_given_patronymic", "east_asian", "f2_comma_given", "spaced")
_FOLLOW = {
    "f_initials": ("f_initials", "initials_f", "hangul"),
    "initials_f": ("initials_f", "f_initials"),
    "f_comma_given": ("given_f", "f_comma_given", "f_initials", "initials_f", "east_asian"),  # … and Kim Seok-hyang
    "given_f": ("given_f", "initials_f"),
    "vancouver": ("vancouver", "spaced"),  # 'Bardeen J, Cooper L N, …'
    "spaced": ("spaced", "vancouver"),
    "hangul": ("hangul",),
    "east_asian": ("east_asian", "f_initials"),
    "f_given_patronymic": ("f_given_patronymic", "f_initials"),
}
_FOLLOW["f2_comma_given"] = _FOLLOW["f_comma_given"]  # 'Jones Luong, Pauline, and Erika Weinthal' goes on like 'Smith, John, and …'


def scan_names(text: str, pos: int = 0, *, forms: tuple[str, ...] = _FIRST_FORMS) -> NameList | None:
    """The list of names starting at ``pos`` (spaces skipped), or None if no name starts there."""
    while pos < len(text) and text[pos] in " \t*":
        pos += 1
    first = _match_one(text, pos, forms)
    if first is None:
        return None
    name, end, form = first
    names = [name]
    follow = _FOLLOW[form]
    slashed = False
    while True:
        m = ET_AL.match(text, end)
        if m:
            return NameList(names, pos, m.end(), form, et_al=True)
        sep = SEPARATOR.match(text, end)
        if not sep or sep.end() == end and not text[end : end + 1].isspace():
            break
        gap = APA_GAP.match(text, sep.end()) if "," in sep.group(0) and len(names) >= 2 else None
        if gap:  # APA 7's twenty-first and later authors: '…, Colvin, M. M., ... Yancy, C. W. (2022).' lists the last after '…'
            last = _match_one(text, gap.end(), follow)
            if last is not None:
                names.append(last[0])
                end = last[1]
            break
        if slashed and "/" not in sep.group(0):
            break  # 'Karl Larenz/Claus-Wilhelm Canaris, Methodenlehre …': names joined by '/' end at the comma
        slashed = "/" in sep.group(0)
        nxt = _match_one(text, sep.end(), follow, last=len(names) >= 2 and "&" in sep.group(0))
        if nxt is not None and nxt[2] == "hangul" and len(nxt[0].family or "") == 1 and len(nxt[0].given or "") >= 3 and " " not in (nxt[0].given or ""):
            nxt = None  # '오일석, 패턴인식, 교보문고': four syllables with a one-syllable family name are a title or a body
        if nxt is None and len(names) >= 2 and form in ("vancouver", "f_initials"):
            mononym = MONONYM_BEFORE_YEAR.match(text, sep.end())
            if mononym:  # Springer '…, Jung M, Denzler J, Carvalhais N, Prabhat (2019) Title': one author known by one name
                names.append(Name(family=mononym.group("w")))
                end = mononym.end()
                break
        if nxt is None:
            # "Smith, J., & Doe, R." has the separator after the initials' dot
            break
        names.append(nxt[0])
        end = nxt[1]
    return NameList(names, pos, end, form)
