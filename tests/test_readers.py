from __future__ import annotations

import io
import json

import pytest

from refkit import EmptyInput, FormatError, UnreadableInput, load
from refkit.readers import find_sections, split_entries
from refkit.readers.textlist import Entry


def texts(entries: list[Entry]) -> list[str]:
    return [e.text for e in entries]


NUMBERINGS = {
    "brackets": "[1] Ivanov I.I. One. 2001.\n[2] Petrov P.P. Two. 2002.\n[3] Sidorov S.S. Three. 2003.",
    "escaped-brackets": "\\[1\\] Ivanov I.I. One. 2001.\n\\[2\\] Petrov P.P. Two. 2002.\n\\[3\\] Sidorov S.S. Three. 2003.",
    "dots": "1. Ivanov I.I. One. 2001.\n2. Petrov P.P. Two. 2002.\n3. Sidorov S.S. Three. 2003.",
    "parens": "1) Ivanov I.I. One. 2001.\n2) Petrov P.P. Two. 2002.\n3) Sidorov S.S. Three. 2003.",
    "md-bullet-brackets": "- [1] Ivanov I.I. One. 2001.\n- [2] Petrov P.P. Two. 2002.\n- [3] Sidorov S.S. Three. 2003.",
    "bullets": "* Ivanov I.I. One. 2001.\n* Petrov P.P. Two. 2002.\n* Sidorov S.S. Three. 2003.",
    "paragraphs": "Ivanov I.I. One. 2001.\n\nPetrov P.P. Two. 2002.\n\nSidorov S.S. Three. 2003.",
    "lines": "Ivanov I.I. One. 2001.\nPetrov P.P. Two. 2002.\nSidorov S.S. Three. 2003.",
    "blank-between-numbered": "[1] Ivanov I.I. One. 2001.\n\n\n[2] Petrov P.P. Two. 2002.\n\n[3] Sidorov S.S. Three. 2003.",
}


@pytest.mark.parametrize("text", NUMBERINGS.values(), ids=NUMBERINGS.keys())
def test_lists_split_into_entries_whatever_the_numbering(text):
    assert texts(split_entries(text.splitlines())) == [
        "Ivanov I.I. One. 2001.",
        "Petrov P.P. Two. 2002.",
        "Sidorov S.S. Three. 2003.",
    ]


def test_numbers_are_kept():
    assert [e.number for e in split_entries(NUMBERINGS["dots"].splitlines())] == [1, 2, 3]


def test_wrapped_entries_are_joined():
    text = "1. Ivanov I.I. A very long title that\n   goes on // Journal. – 2020. – № 4.\n2. Petrov P.P. Two. 2002."
    assert texts(split_entries(text.splitlines())) == [
        "Ivanov I.I. A very long title that goes on // Journal. – 2020. – № 4.",
        "Petrov P.P. Two. 2002.",
    ]


def test_wrapped_unnumbered_entries_are_joined_by_their_shape():
    text = "Ivanov I.I. A very long title that goes on and\non // Journal. – 2020. – № 4.\nPetrov P.P. Two. 2002."
    assert len(split_entries(text.splitlines())) == 2


def test_one_per_line_makes_every_non_empty_line_an_entry():
    text = "a\n\nb\n  \nc. continued?\n"
    assert texts(split_entries(text.splitlines(), one_per_line=True)) == ["a", "b", "c. continued?"]


def test_text_before_the_first_number_is_kept_not_dropped():
    entries = split_entries(["stray words", "[1] Ivanov I.I. One.", "[2] Petrov P.P. Two."])
    assert texts(entries)[0] == "stray words"


@pytest.mark.parametrize(
    "heading",
    ["References", "REFERENCES", "## References", "#### REFERENCES", "**References**", "Bibliography", "Список литературы",
     "СПИСОК ЛИТЕРАТУРЫ", "Литература", "Әдебиеттер тізімі", "Пайдаланылған әдебиеттер", "참고문헌", "References:"],
)  # fmt: skip
def test_reference_sections_are_found_by_heading(heading):
    text = f"Intro text [1].\n\n{heading}\n\n1. Ivanov I.I. One. 2001.\n2. Petrov P.P. Two. 2002.\n"
    sections = find_sections(text)
    assert len(sections) == 1 and sections[0].heading
    assert len(split_entries(sections[0].lines)) == 2


def test_the_seed_article_has_two_lists_of_fifteen(seed_article):
    doc = load(seed_article)
    assert [len(lst.references) for lst in doc.lists] == [15, 15]
    assert all(r.raw for r in doc.references)
    assert doc.lists[0].references[0].raw.startswith("Acharya A. Asia Rising")
    assert doc.lists[1].references[3].raw.startswith("Ovcharova T.N., Litvinchuk V.I.")
    assert [r.number for r in doc.lists[1].references] == list(range(1, 16))
    assert doc.body and "[9, p. 141]" in doc.body


def test_a_bare_list_is_one_list(tmp_path):
    p = tmp_path / "list.txt"
    p.write_text("1. Ivanov I.I. One. 2001.\n2. Petrov P.P. Two. 2002.\n", encoding="utf-8")
    doc = load(p)
    assert len(doc.lists) == 1 and doc.body is None and len(doc.references) == 2


def test_csl_json_array_single_item_and_lines(tmp_path):
    items = [{"id": "a", "type": "book", "title": "Т"}, {"id": "b", "type": "book", "custom": 1}]
    (tmp_path / "a.json").write_text(json.dumps(items, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "one.json").write_text(json.dumps(items[0]), encoding="utf-8")
    (tmp_path / "l.jsonl").write_text("\n".join(json.dumps(i) for i in items), encoding="utf-8")
    assert [r.to_csl() for r in load(tmp_path / "a.json").references] == items
    assert len(load(tmp_path / "one.json").references) == 1
    assert [r.to_csl() for r in load(tmp_path / "l.jsonl").references] == items


BIB = r"""
@article{ivanov2020,
  author = {Иванов, Иван Иванович and M{\"u}ller, J{\'o}zsef and {World Health Organization}},
  title = {Евразийская {интеграция} \& more},
  journal = {Вестник},
  year = {2020}, month = may, volume = {13}, number = {4}, pages = {54--57},
  doi = {https://doi.org/10.1000/xyz}
}
@book{b, author = {van Gogh, Vincent}, title = {Letters}, publisher = {Penguin}, address = {London}, year = 1996}
"""


def test_bibtex_is_decoded_to_unicode_csl(tmp_path):
    p = tmp_path / "refs.bib"
    p.write_text(BIB, encoding="utf-8")
    a, b = load(p).references
    csl = a.to_csl()
    assert csl["type"] == "article-journal"
    assert csl["author"] == [
        {"family": "Иванов", "given": "Иван Иванович"},
        {"family": "Müller", "given": "József"},
        {"literal": "World Health Organization"},
    ]
    assert csl["title"] == "Евразийская интеграция & more"
    assert csl["page"] == "54–57" and csl["DOI"] == "10.1000/xyz"
    assert csl["issued"] == {"date-parts": [[2020, 5]]}
    assert b.author[0].non_dropping_particle == "van" and b.publisher_place == "London"


RIS = """TY  - JOUR
AU  - Ivanov, I.I.
AU  - Petrov, P.
TI  - Title
T2  - Journal
PY  - 2020
VL  - 13
IS  - 4
SP  - 54
EP  - 57
DO  - 10.1000/xyz
ER  - 

TY  - BOOK
AU  - Acharya, A.
TI  - Asia Rising
PB  - World Scientific
PY  - 2008
SP  - 191
ER  - 
"""


def test_ris_records_become_references(tmp_path):
    p = tmp_path / "refs.ris"
    p.write_text(RIS, encoding="utf-8")
    a, b = load(p).references
    assert a.type == "article-journal" and a.page == "54–57" and a.year == 2020 and len(a.author) == 2
    assert b.type == "book" and b.number_of_pages == "191"


def test_stdin_is_read_when_source_is_dash(monkeypatch):
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO("[1] Ivanov I.I. One. 2001.\n".encode())))
    assert len(load("-").references) == 1


def test_format_can_be_forced(tmp_path):
    p = tmp_path / "refs.txt"
    p.write_text(json.dumps([{"id": "a", "type": "book"}]), encoding="utf-8")
    assert load(p, fmt="csl-json").references[0].type == "book"


def test_windows_1251_text_is_decoded(tmp_path):
    p = tmp_path / "legacy.txt"
    p.write_bytes("1. Иванов И.И. Книга. – М.: Наука, 2010. – 232 с.\n".encode("cp1251"))
    assert load(p).references[0].raw.startswith("Иванов")


BAD = {
    "binary": (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "x.png", UnreadableInput),
    "invalid-json": (b'[{"id": 1,', "x.json", FormatError),
    "json-not-items": (b"[1, 2]", "x.json", FormatError),
    "broken-bibtex": (b"@article{a, title = {unclosed", "x.bib", FormatError),
    "broken-ris": (b"AU  - Someone\nER  - \n", "x.ris", FormatError),
    "empty": (b"", "x.txt", EmptyInput),
    "whitespace": (b"  \n\n ", "x.md", EmptyInput),
    "corrupt-docx": (b"PK\x03\x04 not really a zip", "x.docx", FormatError),
}


@pytest.mark.parametrize(("data", "name", "error"), BAD.values(), ids=BAD.keys())
def test_bad_input_raises_a_clear_refkit_error(tmp_path, data, name, error):
    p = tmp_path / name
    p.write_bytes(data)
    with pytest.raises(error) as info:
        load(p)
    assert "\n" not in str(info.value) and str(p) in str(info.value)


def test_missing_file_and_directory_are_unreadable(tmp_path):
    with pytest.raises(UnreadableInput, match="no such file"):
        load(tmp_path / "missing.txt")
    with pytest.raises(UnreadableInput, match="directory"):
        load(tmp_path)


def test_docx_numbered_lists_get_their_numbers_back(tmp_path):
    docx = pytest.importorskip("docx")
    d = docx.Document()
    d.add_paragraph("Body text cites [2].")
    d.add_heading("References", level=1)
    d.add_paragraph("Ivanov I.I. One. – М.: Наука, 2001. – 100 с.", style="List Number")
    d.add_paragraph("Petrov P.P. Two // Journal. – 2002. – № 1. – С. 1–2.", style="List Number")
    p = tmp_path / "m.docx"
    d.save(p)
    doc = load(p)
    assert [r.number for r in doc.references] == [1, 2]
    assert "cites [2]" in doc.body


# Pasted lists without numbers or blank lines: each pair is two real entries that used to be joined
# (the first ends in a page count, a link, an identifier; the second starts without an author).
UNMARKED_PAIRS = [
    ("Acharya A. Asia Rising: Who Is Leading? Singapore: World Scientific, 2008. 191 p.",
     "Petrov P.P. Drugaja kniga. Moscow: Nauka, 2001. 300 p."),
    ("Weber M. Die protestantische Ethik. Tübingen: Mohr, 1934. 206 S.",
     "Foucault M. Les mots et les choses. Paris: Gallimard, 1966. 400 p."),
    ("О персональных данных : Федеральный закон от 27.07.2006 № 152-ФЗ. – URL: http://www.consultant.ru/document/cons_doc_LAW_61801/",
     "World Health Organization. Global tuberculosis report 2022. Geneva: WHO, 2022."),
    ("Gurvich E., Prilepskiy I. The impact of financial sanctions. Voprosy Ekonomiki, 2016, no. 1, pp. 5-35. (In Russ.)",
     "Доклад об экономике России № 41. Вашингтон : Всемирный банк, 2019."),
    ("Python Software Foundation. PEP 8 – Style Guide for Python Code. https://peps.python.org/pep-0008/",
     "van Rossum, G., Warsaw, B., & Coghlan, N. (2001). PEP 8. Python Enhancement Proposals."),
    ("Altschul SF, Gish W. Basic local alignment search tool. J Mol Biol. 1990;215(3):403–10. PMID: 2231712",
     "O. Ronneberger, P. Fischer, and T. Brox, “U-Net,” in Proc. MICCAI, 2015, pp. 234–241."),
    ("Wainwright v Home Office [2003] UKHL 53, [2004] 2 AC 406",
     "Eric Barendt, Freedom of Speech (2nd edn, OUP 2005)"),
    ("Gavin Phillipson, 'Transforming Breach of Confidence?' (2003) 66 MLR 726",
     "Samuel D Warren and Louis D Brandeis, 'The Right to Privacy' (1890) 4 Harv L Rev 193"),
    ("Defamation Act 2013, s 1",
     "23 NA Moreham, 'Privacy in the Common Law: A Doctrinal and Theoretical Analysis' (2005) 121 LQR 628"),
    ("Samuel D Warren and Louis D Brandeis, 'The Right to Privacy' (1890) 4 Harv L Rev 193",
     "'New Year, new tort of misuse of private information' (UK Human Rights Blog, 23 January 2014)"),
    ("Salmon, G. (2000). E-moderating: The key to teaching and learning online. London: Kogan Page.",
     "Электрондық оқытудың тұжырымдамасы: қазақстандық көзқарас. – Алматы: «ҰАО» АҚ, 2011. – 87 б."),
    ("Иванов И.И. Цифровая экономика // Креативная экономика. – 2020. – Т. 14, № 11",
     "2. Дорожный асфальтобетон / Л.Б. Гезенцвей [и др.]. – М. : Транспорт, 1985. – 350 с."),
    ("金哲埈(김철준)，『韓國古代社會硏究』，知識産業社，1975．",
     "李基東(이기동), 『新羅骨品制社會와 花郞徒』(韓國硏究院, 1980)."),
    ("魏徵 等, 『隋書』 卷81, 列傳46, 東夷 新羅",
     "盧泰敦(노태돈), 「三國時代의 部에 關한 硏究」, 『韓國史論』 2, 서울大學校 國史學科, 1975."),
    ("Kim HA, Shin JY. Prevalence of polypharmacy. PLoS One 2014;9(6):e98043. https://doi.org/10.1371/journal.pone.0098043",
     "2019 American Geriatrics Society Beers Criteria® Update Expert Panel. American Geriatrics Society 2019 updated AGS Beers Criteria®."),
]


@pytest.mark.parametrize(("first", "second"), UNMARKED_PAIRS, ids=[p[0][:30] for p in UNMARKED_PAIRS])
def test_an_unmarked_list_starts_a_new_entry_after_a_finished_one(first: str, second: str) -> None:
    assert texts(split_entries([first, second])) == [first, second]


@pytest.mark.parametrize(
    "lines",
    [
        ["Иванов И.И. Экономика // Вопросы экономики. 2020. № 4. С. 54–57.", "DOI: 10.32609/0042-8736-2020-4-54-57"],
        ["Putin V.V. On the historical unity of Russians and Ukrainians. Available at:", "http://en.kremlin.ru/events/president/news/66181 (accessed 20 July 2021)."],
        ["Оразбаева Ф.Ш. Тілдік қатынас. Алматы: Білім, 2000. 208 б.", "ISBN 5-7667-6021-7"],
        ["Smith J. Trade and growth. Journal of Economics, 2020, vol. 3, pp.", "12–19."],
        ["Закон Республики Казахстан от 11 июля 1997 года № 151-I «О языках» // Ведомости Парламента. – 1997. – № 13-14. – Ст.", "202."],
        ["Медведев Д.А. Россия, вперед! // Газета.Ru. 2009. 10 сент. URL: https://www.gazeta.ru/comments/2009/09/10_a_3258568.shtml", "(дата обращения: 05.05.2019)."],
        ["Park, S., Moon, J., Kim, S., Cho, W. I., Han, J., Park, J., et al.", "(2021). KLUE: Korean Language Understanding Evaluation. In Proceedings of NeurIPS."],
        ["Ivanter V.V., Uzyakov M.N. The Russian economy development forecast until 2030. Problemy prognozirovaniya, 2013, No. 6", "(141), P. 3-14 (in Russian)."],
        ["Арутюнова Н.Д. Язык и мир человека. 2-е изд., испр. М.: Языки русской культуры, 1999. 896 с.", "(Язык. Семиотика. Культура)."],
        ["Nemtsov A., Neufeld M., Rehm J. Are trends in alcohol consumption the result of alcohol policy? J Stud Alcohol Drugs. 2019;80(5):489–498.", "<https://doi.org/10.15288/jsad.2019.80.489>"],
        ["윤종률. 노인병 관리의 현황과 개선 방향. 대한의사협회지 2024;67(7):435-440.", "\\[Korean\\]"],
        ["Oates, Sarah. 2013. Revolution Stalled. <https://example.org/kz/2024/07/03/sholu>.", "In Kazakh."],
        ["V. A. Marčenko and L. A. Pastur, Distribution of eigenvalues, Mat. Sb. (N.S.) 72 (114)", "(1967), 507–536 (Russian)."],
        ["통계청(2023). 「가계금융복지조사」. <https://kosis.kr> (검색일: 2024. 2.", "10.)"],
        ["Ostrom, Elinor. Governing the Commons: The Evolution of Institutions for Collective Action.", "Cambridge: Cambridge University Press, 1990."],
        ["Duus, Peter. 1995. The Abacus and the Sword: The Japanese Penetration of Korea, 1895–1910.", "Berkeley: University of California Press."],
        ["Koselleck R. Einleitung // Geschichtliche Grundbegriffe / hrsg. von O. Brunner. Bd.", "1. Stuttgart: Klett-Cotta, 1972. S. XIII–XXVII."],
        ["X. Glorot, Y. Bengio, Understanding the difficulty of training deep networks, in: Y.W.", "Teh, M. Titterington (Eds.), Proceedings of AISTATS, 2010, pp. 249–256."],
        ["Skura, Meredith Anne, ‘Discourse and the Individual: The Case of Colonialism in The", "Tempest’, Shakespeare Quarterly, 40.1 (1989), 42–69"],
        ["Allemani C, Matsuda T, et al. Global surveillance of trends in cancer survival 2000–14", "(CONCORD-3): analysis of individual records. Lancet. 2018;391(10125):1023-1075."],
    ],
    ids=["doi-line", "url-line", "isbn-line", "label-at-end", "article-label-at-end", "access-date-line", "apa-year-line", "cumulative-issue-line", "series-line",
         "url-in-angle-brackets", "language-alone", "language-note", "year-in-parentheses", "date-end", "place-and-press", "town-and-press",
         "label-bd-then-number", "initials-at-end", "open-quote", "parenthesis-after-open-title"],
)
def test_a_line_that_goes_on_with_its_entry_is_not_split_off(lines: list[str]) -> None:
    assert len(split_entries(lines)) == 1


def test_a_list_wrapped_at_a_fixed_width_splits_where_entries_end() -> None:
    wrapped = [
        "Колмогоров А.Н. Локальная структура турбулентности в несжимаемой",
        "вязкой жидкости при очень больших числах Рейнольдса // ДАН СССР.",
        "1941. Т. 30, № 4. С. 299–303.",
        "Landau L.D. Teoriya sverkhtekuchesti geliya II [The theory of",
        "superfluidity of helium II]. Zhurnal eksperimental'noi i",
        "teoreticheskoi fiziki, 1941, vol. 11, iss. 6, pp. 592–614. (In Russ.)",
        "Мау В. Антикризисные меры или структурные реформы: экономическая",
        "политика России в 2015 году // Вопросы экономики. 2016. № 2.",
        "С. 5—33.",
    ]
    entries = split_entries(wrapped)
    assert [e.text[:12] for e in entries] == ["Колмогоров А", "Landau L.D. ", "Мау В. Антик"]
    assert [e.line for e in entries] == [1, 4, 7]


def test_a_year_that_begins_a_wrapped_line_is_not_taken_for_a_list_number() -> None:
    lines = [
        "Богатуров А.Д., Косолапов Н.А., Хрусталев М.А. Очерки теории",
        "и политического анализа международных отношений. М.: НОФМО,",
        "2002. 384 с.",
        "12. Топоров В.Н. Миф. Ритуал. Символ. Образ. – М. : Прогресс, 1995. – 624 с.",
    ]
    entries = split_entries(lines)
    assert [e.text for e in entries][0].endswith("М.: НОФМО, 2002. 384 с.")  # the year is kept, not read as number 2002
    assert len(entries) == 2


def test_a_number_that_lost_its_full_stop_still_starts_its_entry_in_a_numbered_list() -> None:
    lines = [
        "10. Laine CG, Johnson VE, Scott HM, Arenas-Gamboa AM. Global estimate of human brucellosis incidence. Emerg Infect Dis. 2023;29(9):1789-97.",
        "11 Food and Agriculture Organization of the United Nations, World Organisation for Animal Health, World Health Organization.",
        "Taking a multisectoral, One Health approach. Rome: FAO; 2019.",
        "12. Pappas G, Papadimitriou P, Akritidis N, Christou L, Tsianos EV. The new global map of human brucellosis. Lancet Infect Dis. 2006;6(2):91-9.",
    ]
    entries = split_entries(lines)
    assert len(entries) == 3
    assert entries[1].text.startswith("11 Food and Agriculture") and entries[1].text.endswith("FAO; 2019.")


def test_a_line_ending_before_the_margin_ends_its_entry_in_a_wrapped_list() -> None:
    """Wrapping fills each line until the next word does not fit, so a line that stops early ends an entry,
    even when the next one begins with neither an author nor a number."""
    wrapped = [
        "Зубаревич Н. Четыре России // Ведомости. 2011. 30 дек.",
        "Аб мовах у Рэспубліцы Беларусь : Закон Рэсп. Беларусь ад 26 студз. 1990 г. № 3094-XI",
        "// Нацыянальны прававы партал Рэспублікі Беларусь. URL: https://pravo.by",
        "(дата звароту: 11.05.2020).",
        "Moscow, Labirint Publ. is not an author: Vygotsky L.S. Myshlenie i rech' [Thinking and",
        "speech]. 5th ed. Moscow, Labirint Publ., 1999. 352 p. (In Russ.)",
    ]
    entries = split_entries(wrapped)
    assert [e.line for e in entries] == [1, 2, 5]


def test_a_wrapped_list_starts_entries_at_full_names_and_bodies_with_their_year() -> None:
    """At the margin of a wrapped list, a name with a middle initial or a hyphenated given name, and a body
    with its year (APA's 'Body. (2022).', Harvard's 'Body (2020) Title') begin entries."""
    wrapped = [
        "Choi, Kyeong-Hee. Beneath the Vermilion Island. Cornell East Asia Series,",
        "2020.",
        "Hanscom, Christopher P. The Real Modern: Literary Modernism and the",
        "Crisis of Representation in Colonial Korea. Harvard University Asia",
        "Center, 2013.",
        "Jeong, You-jeong. The Good Son. Translated by Chi-Young Kim, Penguin",
        "Books, 2018.",
        "Cummings, S. N. (2005). Kazakhstan: Power and the elite. I.B. Tauris.",
        "Freedom House. (2022). Kazakhstan: Nations in transit 2022 country",
        "report. https://freedomhouse.org/country/kazakhstan/nations-transit/2022",
        "Alan C. Kay. 1969. The Reactive Engine. Ph.D. Dissertation. Utah, UT.",
        "World Economic Forum (2020) The Future of Jobs Report 2020. Geneva:",
        "World Economic Forum.",
    ]
    assert [e.line for e in split_entries(wrapped)] == [1, 3, 6, 8, 9, 11, 12]


def test_pasted_lists_from_the_corpus_split_into_their_entries() -> None:
    """Lists built from the labelled corpus (known entries), as bench/split_accuracy.py measures them."""
    from bench.split_accuracy import corpus, wrong_lists

    texts = corpus()
    wrong, total = wrong_lists(texts, 8, wrapped=False)
    assert wrong / total <= 0.03
    wrong, total = wrong_lists(texts, 6, wrapped=True)
    assert wrong / total <= 0.15


def test_korean_author_year_entries_and_court_decisions_begin_entries_in_a_partly_numbered_list() -> None:
    """A list numbered only in places (one entry a line): a KCI 'name(year),' entry, a body in hanja, a court's
    decision and a corner-bracketed classic after a Latin entry each begin an entry of their own."""
    lines = [
        "1. 이희승(1959), 『국어학개설』, 서울: 민중서관.",
        "2. Lee, I., & Ramsey, S. R. (2000). The Korean Language. Albany: SUNY Press.",
        "『龍飛御天歌』(1447), 규장각 소장본.",
        "최현배(1937), 『우리말본』, 서울: 연희전문학교 출판부.",
        "朝鮮總督府(1912), 『普通學校用諺文綴字法』, 京城: 朝鮮總督府.",
        "5. 대법원 2011. 3. 24. 선고 2010다92612 판결.",
        "헌법재판소 2015. 2. 26. 선고 2009헌바17 등 결정.",
        "7. 김영수(2005), 「맞춤법 통일안의 형성 과정」, 『한글』 268, 한글학회, 5-30.",
    ]
    assert [e.line for e in split_entries(lines)] == list(range(1, 9))


def test_a_preprint_identifier_ends_an_entry_and_its_subject_class_stays_with_it() -> None:
    """'arXiv: 2406.01234' and an EU judgment's 'EU:C:2018:158' end an entry that has no final full stop; a
    preprint's subject class wrapped onto the next line ('[cs.CL].') goes on the same entry."""
    lines = [
        "A. Vaswani, N. Shazeer, and N. Parmar, Attention is all you need, 2017, arXiv: 1706.03762",
        "Case C-284/16 Slowakische Republik v Achmea BV EU:C:2018:158",
        "Energy Charter Treaty (adopted 17 December 1994, entered into force 16 April 1998) 2080 UNTS 95",
    ]
    assert [e.line for e in split_entries(lines)] == [1, 2, 3]
    wrapped = [
        "[4] D. Kim, S. Park, and J. Lee, Morphological tagging for Kazakh and Kyrgyz, arXiv:2301.04567",
        "[cs.CL].",
        "[5] Y. Tay, M. Dehghani, D. Bahri, and D. Metzler, Efficient transformers: a survey, ACM",
        "Comput. Surv. 55(6), 109 (2022).",
    ]
    entries = split_entries(wrapped)
    assert [e.number for e in entries] == [4, 5]
    assert entries[0].text.endswith("arXiv:2301.04567 [cs.CL].")


def test_entries_without_a_final_full_stop_split_where_the_next_clearly_begins() -> None:
    """OSCOLA prints no final full stop; a case, an Act, a body with its year in brackets, a numbered name,
    a romanised name with its Hangul and a hanja name before 『…』 each begin an entry."""
    lines = [
        "Joined Cases C-6/90 and C-9/90 Francovich and Bonifaci v Italy [1991] ECR I-5357",
        "Osman v United Kingdom (2000) 29 EHRR 245",
        "Crown Proceedings Act 1947, s 2(1)",
        "Mincer J. (1974). Schooling, experience, and earnings. New York: NBER; Columbia University Press",
        "Rosstat (2023). Labour market, employment and wages.",
        "ҚР ОМА. 30-қ. 6-т. 85-іс. 34-п.",
        "Kendall MG (1975) Rank correlation methods, 4th edn. Charles Griffin, London",
        "11. Pritchard HD (2019) Asia's shrinking glaciers protect large populations from drought stress. Nature 569:649–654",
        "Duncan, John B. 2000. The Origins of the Chosŏn Dynasty. Seattle: University of Washington Press",
        "Kang Man'gil 강만길. 1978. Pundan sidae ŭi yŏksa insik 분단시대의 역사인식. Seoul: Ch'angjak kwa Pip'yŏngsa.",
        "張志淵, 「是日也放聲大哭」, 『皇城新聞』, 1905. 11. 20.",
        "白南雲, 『朝鮮社會經濟史』, 東京: 改造社, 1933.",
    ]
    assert [e.line for e in split_entries(lines)] == list(range(1, 13))


# Lists with no full stop to end some entries, each line one entry:
# a law report or an OSCOLA journal citation ends an entry ('[1997] ICJ Rep 7', '(1995) 55 ZaöRV 604',
# '996 UNTS 245'); German „…“ quotes are closed; a case after a left-in number ('14 R (Bancoult) v …') begins one;
# and, pasted after a numbered list, joint Korean authors joined by '·' and a company with '(주)' begin entries
ENDS_WITHOUT_A_STOP = {
    "oscola-and-german": [
        "Gabčíkovo-Nagymaros Project (Hungary/Slovakia) (Judgment) [1997] ICJ Rep 7",
        "Legality of the Threat or Use of Nuclear Weapons (Advisory Opinion) [1996] ICJ Rep 226",
        "Vinogradov S, ‘The Caspian Sea’ (1995) 55 ZaöRV 604",
        "New Jersey v. New York, 283 U.S. 336 (1931)",
        "Ramsar Convention (adopted 2 February 1971) 996 UNTS 245",
        "Tătar v Romania App no 67021/01 (ECtHR, 27 January 2009)",
        "14 R (Bancoult) v Secretary of State (No 2) [2008] UKHL 61",
        "Bugaj, Nikolaj F.: L. Berija – I. Stalinu: „Soglasno Vašemu ukazaniju…“, Moskva 1995.",
        "Eisfeld, Alfred/Herdt, Victor (Hg.): Deportation, Köln 1996.",
    ],
    "korean-after-numbered": [
        "1. Гуревич В.И. Кораблестроение в Корее. – М.: Наука, 2001. – 212 с.",
        "2. Ким Ен Ун. Судостроительная промышленность Республики Корея // Вестник ДВО РАН. – 2010. – № 3. – С. 12–20.",
        "3. Пак Б.Д. Корея и Россия. – М.: ИВ РАН, 2004. – 301 с.",
        "4. Ли В.Ф. Судостроение Южной Кореи в 1970-е годы // Проблемы Дальнего Востока. – 2012. – № 4. – С. 88–97.",
        "배석만, 『한국 조선산업사: 일제시기편』, 선인, 2014.",
        "삼성중공업(주), 「멤브레인형 LNG 화물창의 시공 방법」, 대한민국 특허 제10-1519541호, 2015.",
        "이정한·최동규·김성훈, 「액화천연가스 운반선의 화물창 단열구조」, 공개특허공보, 2016.",
        "정우진·김상현 (2020). 국내 중형조선소의 생산성 지표 분석. 대한조선학회논문집, 57(4), 221-229.",
    ],
}


@pytest.mark.parametrize("name", sorted(ENDS_WITHOUT_A_STOP))
def test_law_reports_german_quotes_and_korean_joint_authors_split_into_entries(name: str) -> None:
    lines = ENDS_WITHOUT_A_STOP[name]
    assert [e.line for e in split_entries(lines)] == list(range(1, len(lines) + 1))


def test_an_entry_without_a_final_stop_ends_where_the_next_clearly_begins() -> None:
    """A line change from Latin to Cyrillic words, an APA body with its year, or a name after a GOST issue number
    ('— № 2') starts a new entry even when the line before has no full stop."""
    lines = [
        "Smith, Jeremy. The Bolsheviks and the National Question, 1917–23. Basingstoke: Macmillan",
        "Государственная программа развития образования Республики Казахстан на 2011–2020 годы",
        "Suleimenova E.D. Language policy in Kazakhstan // Вопросы языкознания. — 2013. — № 2",
        "Fraser, B. What are discourse markers? // Journal of Pragmatics. — 1999. — Vol. 31. — P. 931–952.",
        "Ministry of Agriculture of the Republic of Kazakhstan. (2004). Water resources of Kazakhstan in the new millennium",
        "United Nations Development Programme. (2006). Human development report 2006. New York: UNDP.",
    ]
    assert len(split_entries(lines)) == 6


# Lists whose every line is one entry, each a case a splitting rule was written for
ONE_ENTRY_PER_LINE = {
    # 'zur Hausen H.': a particle's small letter is no continuation of the line above
    "a-name-opening-with-a-lower-case-particle": [
        "Schiffman M, Castle PE, Jeronimo J, Rodriguez AC, Wacholder S. Human papillomavirus and cervical cancer. Lancet. 2007;370(9590):890-907.",
        "zur Hausen H. Papillomaviruses and cancer: from basic studies to clinical application. Nat Rev Cancer. 2002;2(5):342-350.",
    ],
    # after a line without a full stop, a designation opens the next entry
    "a-patent-or-standard-designation": [
        "ГОСТ 26425-85. Почвы. Методы определения иона хлорида в водной вытяжке",
        "Пат. 68417 Украина, МПК A01C 21/00. Спосіб внесення органічних добрив в системі органічного землеробства / С.С. Антонець, С.В. Поспєлов, В.М. Самородов, А.С. Антонець. Опубл. 26.03.2012.",
    ],
    # '… Стат. сб. М.': the place's full stop ended the entry, and a Russian act opens the next
    "a-russian-act-after-an-abbreviated-place": [
        "Росстат (2019). Российский статистический ежегодник. 2019: Стат. сб. М.",
        "Федеральный закон от 29.12.2012 № 273-ФЗ «Об образовании в Российской Федерации» // Собрание законодательства РФ. 2012. № 53. Ст. 7598.",
    ],
    # hanja books of some 30 characters are alike in length, but no list is wrapped that narrow
    "short-entries-are-not-a-wrapped-list": [
        "申采浩, 『朝鮮上古史』, 鍾路書院, 1948.",
        "白南雲, 『朝鮮社會經濟史』, 東京: 改造社, 1933.",
        "崔鉉培, 『우리말본』, 京城: 延禧專門學校 出版部, 1937.",
        "韓永愚(한영우), 『朝鮮前期社會經濟硏究』, 乙酉文化社, 1983.",
        "李基白, 『韓國史新論』, 一潮閣, 1967.",
    ],
    # a Korean body in author-date form ('기관. 2021. 『…』'), after an entry without its final full stop
    "a-korean-body-with-its-year-after-an-unfinished-line": [
        "통계청. 2020. 『2020 인구주택총조사』. 대전: 통계청",
        "한국보건사회연구원. 2021. 『2021년 빈곤통계연보』. 세종: 한국보건사회연구원.",
    ],
    # a title in quotes that ends the entry ('…?”'), then a numbered entry
    "a-numbered-entry-after-a-closing-quotation-mark": [
        "Krugman, Paul. 2009. “How Did Economists Get It So Wrong?”",
        "3. Breen, Richard and Jan O. Jonsson. 2005. “Inequality of Opportunity in Comparative Perspective.” Annual Review of Sociology 31: 223–243.",
    ],
    # an archival shelf mark ends with its leaf, without a full stop ('… Д. 19. Л. 41')
    "an-archival-shelf-mark-ending-in-its-leaf": [
        "ГАРФ. Ф. Р-5446. Оп. 1. Д. 70. Л. 185",
        "Трагедия советской деревни. Коллективизация и раскулачивание : документы и материалы : в 5 т. Т. 3. М. : РОССПЭН, 2001.",
    ],
    # a numbered list, then an unnumbered one: an entry ending in its series in brackets, then a name
    "an-unnumbered-entry-after-a-series-in-brackets": [
        "1. Bohn H. The Behavior of U.S. Public Debt and Deficits. The Quarterly Journal of Economics. 1998. Vol. 113, no. 3. P. 949–963.",
        "2. International Monetary Fund. Ukraine: Selected Issues. Washington, DC, 2023. (IMF Country Report ; No. 23/133)",
        "Lunina, I. O. (2006). Derzhavni finansy ta reformuvannia mizhbiudzhetnykh vidnosyn. Kyiv: Naukova dumka.",
    ],
    # Springer's numbers without a full stop before a Vancouver name
    "a-bare-number-before-a-vancouver-name": [
        "Ronneberger O, Fischer P, Brox T (2015) U-Net: convolutional networks for biomedical image segmentation. In: MICCAI 2015. Springer, Cham, pp 234–241",
        "11 He K, Zhang X, Ren S, Sun J (2016) Deep residual learning for image recognition. In: Proc IEEE CVPR, pp 770–778",
    ],
    # a bare access date ends an entry; a romanised name with its Hangul, a hanja editor, a two-letter initial begin one
    "after-a-numbered-entry-these-forms-begin-entries-of-their-own": [
        "14. libFuzzer – a library for coverage-guided fuzz testing. LLVM Documentation. https://llvm.org/docs/LibFuzzer.html. Accessed March 14, 2024.",
        "成任 編,『太平通載』 卷68,「崔致遠」.",
        "15. Robinson, Michael Edson. Cultural Nationalism in Colonial Korea, 1920–1925. Seattle: University of Washington Press, 1988.",
        "徐居正 外 編, 『東文選』 卷1, 한국고전종합DB, https://db.itkc.or.kr (검색일: 2024. 5. 20.)",
        "16. Eckert, Carter J. Offspring of Empire: The Koch'ang Kims and the Colonial Origins of Korean Capitalism, 1876–1945. Seattle: University of Washington Press, 1991.",
        "Yun Hae-dong 윤해동. Singminji ŭi hoesaek chidae 식민지의 회색지대 [The grey zone of the colony]. Seoul: Yŏksa Pip'yŏngsa, 2003.",
        "17. Соловьев Вл. Смысл любви // Вопросы философии и психологии. 1892. Кн. 14.",
        "Соловьев Вл. Россия и Вселенская Церковь. М.: Путь, 1911.",
        "18. Cumings, Bruce. Korea's Place in the Sun: A Modern History. New York: W. W. Norton, 1997.",
    ],
    # lines before a list's first number are a list of their own, not one entry
    "unnumbered-lines-before-a-numbered-list": [
        "Lattimore O. Inner Asian Frontiers of China. New York: American Geographical Society, 1940",
        "Barfield T. J. The Perilous Frontier: Nomadic Empires and China. Oxford: Blackwell, 1989",
        "Fletcher J. Ch'ing Inner Asia c. 1800 // The Cambridge History of China. Vol. 10. Cambridge, 1978. P. 35–106.",
        "1. Perdue P. C. China Marches West. Cambridge, MA: Belknap Press, 2005.",
        "2. Millward J. A. Eurasian Crossroads: A History of Xinjiang. New York: Columbia University Press, 2007.",
        "3. Di Cosmo N. Ancient China and Its Enemies. Cambridge: Cambridge University Press, 2002.",
        "4. Elliott M. C. The Manchu Way. Stanford: Stanford University Press, 2001.",
    ],
    # a numbered list copied one entry a line, some numbers lost: a name after '… – С. 4' (a cited page), and a
    # newspaper issue then a decree in corner brackets, begin entries of their own
    "unnumbered-entries-inside-a-numbered-list-of-one-entry-a-line": [
        "10. Стральчук, Л. В. Фарміраванне нормаў беларускай літаратурнай мовы / Л. В. Стральчук // Роднае слова. – 2019. – № 4. – С. 12–19.",
        "11. Шаўцова, І. М. Мова як духоўны скарб / І. М. Шаўцова // Літаратура і мастацтва. – 2022. – 8 ліп. – С. 4",
        "McMillin, A. A History of Byelorussian Literature from Its Origins to the Present Day / A. McMillin. – Giessen : W. Schmitz, 1977.",
        "12. 『東亞日報』 1920년 4월 1일자.",
        "「政治ニ關スル犯罪處罰ノ件」(制令 第7號), 『朝鮮總督府官報』 1919년 4월 15일.",
        "13. 김희곤, 『대한민국임시정부 연구』, 지식산업사, 2004.",
    ],
    # Elsevier Harvard's 'Body, year.' begins an entry even after one that lost its full stop; a footnote's
    # number before a name with accents ('12 José E Alvarez, …', '47 Thomas W Wälde, …')
    "harvard-bodies-and-footnoted-names-with-accents": [
        "Ministry of Energy of the Republic of Kazakhstan, 2023. Forecast balance of electric energy and capacity for 2024–2030. Astana",
        "IEA, 2022. Kazakhstan 2022: Energy Sector Review. International Energy Agency, Paris.",
        "Douglas Z, The International Law of Investment Claims (CUP 2009) <https://doi.org/10.1017/CBO9780511581298>",
        "12 José E Alvarez, ‘The Public International Law Regime Governing International Investment’ (2009) 344 Recueil des Cours 193",
        "13 Jan Paulsson and Georgios Petrochilos, UNCITRAL Arbitration (Kluwer Law International 2017)",
        "47 Thomas W Wälde, ‘The Specific Nature of Investment Arbitration’ in Philippe Kahn and Thomas W Wälde (eds), New Aspects of International Investment Law (Martinus Nijhoff 2007)",
    ],
}


@pytest.mark.parametrize("lines", ONE_ENTRY_PER_LINE.values(), ids=ONE_ENTRY_PER_LINE.keys())
def test_each_line_of_these_lists_is_an_entry_of_its_own(lines: list[str]) -> None:
    assert [e.line for e in split_entries(lines)] == list(range(1, len(lines) + 1))


def test_an_unnumbered_act_or_korean_paper_inside_a_numbered_list_begins_an_entry() -> None:
    """A list number lost in copying: a line that begins as an act cited title first, a ruling of a court, or a
    Korean paper by its authors and a quoted title, after a line that ended as a reference ends."""
    lines = [
        "14. Алексеев С.С. Право собственности. – М. : Статут, 2008. – 240 с.",
        "Гражданский процессуальный кодекс Российской Федерации : федер. закон от 14.11.2002 № 138-ФЗ // Собрание законодательства РФ. – 2002. – № 46. – Ст. 4532.",
        "16. Постановление Пленума Верховного Суда РФ от 19.12.2003 № 23 «О судебном решении» // Бюллетень Верховного Суда РФ. – 2004. – № 2.",
        "Постановление Конституционного Суда РФ от 16.11.2018 № 43-П // Российская газета. – 2018. – 30 нояб.",
        '[3] 김현수, 이정우, "딥러닝 기반 OFDM 시스템의 채널 추정 성능 분석," 한국통신학회논문지, 제45권, 제3호, pp. 512-520, 2020년 3월.',
        '박지훈, 최영석, 정민호, "잔차 학습을 이용한 경량 채널 추정 신경망 설계," 정보과학회논문지, 제48권, 제2호, pp. 201-208, 2021년 2월.',
    ]
    assert [e.line for e in split_entries(lines)] == [1, 2, 3, 4, 5, 6]
