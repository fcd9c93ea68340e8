"""The parser, measured on the labelled corpus in fixtures/parse/ and fuzzed for robustness."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import refkit
from refkit.parse import parse_reference
from refkit.parse.explain import explain

from refkit.parse.evaluate import score

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "fixtures" / "parse"


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


def corpus_score(*names: str) -> tuple[float, list]:
    entries = [e for name in names for e in load(name)]
    return score((e["id"], e["gold"], parse_reference(e["text"]).to_csl()) for e in entries)


# Floors a little under the figures measured when they were set: a drop below them is a regression.
@pytest.mark.parametrize(
    ("files", "floor"),
    [(("cyrillic-dev.jsonl",), 0.96), (("latin-korean-dev.jsonl",), 0.93), (("fresh-dev.jsonl",), 0.98),
     (("cyrillic-test.jsonl", "latin-korean-test.jsonl"), 0.93), (("fresh2-dev.jsonl",), 0.95), (("fresh2-test.jsonl",), 0.94), (("fresh3-test.jsonl",), 0.94)],
    ids=["cyrillic-dev", "latin-korean-dev", "fresh-dev", "held-out-test", "fresh2-dev", "fresh2-test", "fresh3-test"],
)  # fmt: skip
def test_corpus_accuracy_stays_above_its_floor(files, floor):
    f1, wrong = corpus_score(*files)
    assert f1 >= floor, f"micro-F1 {f1:.4f} < {floor}; first wrong: {wrong[:5]}"


def test_every_seed_reference_is_parsed_exactly_right():
    pairs = []
    for name in ("references-original.json", "references-translit.json"):
        for item in json.loads((ROOT / "fixtures" / "seed" / name).read_text(encoding="utf-8")):
            gold = {k: v for k, v in item.items() if k not in ("id", "refkit-raw")}
            pairs.append((item["id"], gold, parse_reference(item["refkit-raw"]).to_csl()))
    f1, wrong = score(pairs)
    assert wrong == [] and f1 == 1.0


def test_a_gost_article_is_segmented_field_by_field():
    ref = parse_reference("Кузнецов А.В. Инновационное развитие регионов // Вопросы экономики. – 2019. – № 5. – С. 45–60.")
    assert ref.type == "article-journal" and ref.author[0].family == "Кузнецов" and ref.author[0].given == "А.В."
    assert (ref.title, ref.container_title, ref.year, ref.issue, ref.page) == (
        "Инновационное развитие регионов", "Вопросы экономики", 2019, "5", "45–60",
    )  # fmt: skip
    assert ref.language == "ru"


def test_a_translated_title_and_language_tag_are_read():
    ref = parse_reference(
        "Ovcharova T.N., Litvinchuk V.I. Politologija: Kurs lekcij [Political science. A course of lectures]. "
        "N. Novgorod: Izd. Dom SGU, 2010, 232 p. [in Russ.]."
    )
    assert ref.translated_title == "Political science. A course of lectures"
    assert ref.language == "ru" and ref.number_of_pages == "232" and ref.publisher_place == "N. Novgorod"


def test_korean_names_split_family_first():
    ref = parse_reference("왕길환. ODA를 외교 대표브랜드로 활용할 듯 // 연합뉴스. https://www.yna.co.kr/view/AKR20170510076400371")
    assert ref.author[0].to_csl() == {"family": "왕", "given": "길환"}
    assert ref.container_title == "연합뉴스" and ref.language == "ko"


def test_spans_point_into_the_raw_string():
    raw = "- [7] Cooper W. The EU-South Korea FTA // Becker A.K. (ed.). South Korea. - N.Y.: Nova Science Publishers, 2011. - P. 27–54."
    ref = parse_reference(raw)
    for field, (a, b) in ref.spans.items():
        assert 0 <= a < b <= len(raw), field
    a, b = ref.spans["publisher"]
    assert raw[a:b] == "Nova Science Publishers"
    a, b = ref.spans["page"]
    assert "27–54" in raw[a:b]


def test_spans_survive_markdown_clean_up():
    raw = r"Hwang B. Title // Korea Compass. URL: [http://www.keia.org/kei\_a.pdf](http://www.keia.org/kei_a.pdf)"
    ref = parse_reference(raw)
    assert ref.url == "http://www.keia.org/kei_a.pdf"
    a, b = ref.spans["URL"]
    assert raw[a:b].startswith("http://www.keia.org/kei")


def test_text_the_parser_cannot_place_is_kept_in_note_and_lowers_confidence():
    clean = parse_reference("Кузнецов А.В. Инновационное развитие регионов // Вопросы экономики. – 2019. – № 5. – С. 45–60.")
    messy = parse_reference("Кузнецов А.В. Инновационное развитие // Вопросы экономики. – 2019. – № 5. – С. 45–60. – Примечание без формы.")
    assert "Примечание без формы" in (messy.note or "")
    assert messy.confidence < clean.confidence


def test_an_unparseable_string_still_yields_one_item_with_its_text():
    ref = parse_reference("%%%% ;;;; ----")
    assert ref.raw == "%%%% ;;;; ----" and ref.confidence is not None and ref.confidence < 0.5


def test_explain_shows_each_field_with_its_source():
    text = explain(parse_reference("Acharya A. Asia Rising: Who Is Leading? World Scientific Publishing Co. Pte. Ltd., 2008. - 191 p."))
    assert "number-of-pages" in text and "'191 p.'" in text and "confidence" in text


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_any_unicode_string_parses_without_raising(text):
    ref = parse_reference(text)
    assert ref.raw == text


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.text(alphabet=st.characters(blacklist_categories=("Cc", "Cs", "Zl", "Zp")), min_size=1, max_size=120), min_size=1, max_size=15))
def test_one_per_line_gives_exactly_one_item_per_non_empty_line(lines):
    text = "\n".join(lines)
    expected = [line for line in text.splitlines() if line.strip()]
    refs = refkit.parse(text, one_per_line=True)
    assert len(refs) == len(expected)


@pytest.mark.parametrize("text", ["." * 5000, "А" * 20000 + " 2020", "[1] " * 3000, "http://" + "a" * 10000, "((((" * 500 + "))))" * 500])
def test_long_and_pathological_strings_parse(text):
    assert parse_reference(text).raw == text


CASES = [json.loads(line) for line in (ROOT / "tests" / "golden" / "parse" / "cases.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_conventions_are_segmented_as_editors_expect(case):
    item = parse_reference(case["text"]).to_csl()
    for field, value in case["expect"].items():
        assert item.get(field) == value, (field, item.get(field))


def test_a_year_inside_a_host_title_stays_in_it_while_the_imprint_year_dates_the_work():
    ref = parse_reference("Орлов О.О. Бюджет региона // Экономика области в 2014 году : сб. ст. – Омск : ОмГУ, 2015. – С. 10–20.")
    assert ref.container_title.startswith("Экономика области в 2014 году : сб. ст") and ref.year == 2015


def test_a_report_number_without_parentheses_makes_a_report_and_stays_out_of_the_title():
    ref = parse_reference("Hale, T. Measuring policy. Working Paper WP-2020/11. Oxford: Example School, 2020.")
    assert ref.type == "report" and ref.title == "Measuring policy" and ref.publisher == "Example School"


def test_a_hangul_body_is_one_literal_author_but_a_person_ending_in_the_same_syllable_is_a_name():
    body = parse_reference("통계청 (2019). 2018년 인구동향조사. 대전: 통계청.")
    person = parse_reference("백낙청, 「문학과 사회」, 『창작과비평』 제2권 제1호, 1967, 1-20쪽.")
    assert body.author[0].literal == "통계청"
    assert (person.author[0].family, person.author[0].given) == ("백", "낙청")


def test_a_string_too_long_for_one_reference_is_kept_whole_and_flagged_not_segmented() -> None:
    """Entries run together (a list whose numbering broke): not segmented (which grows faster than the text), not lost."""
    raw = "Ivanov I.I. Kniga. Moscow: Nauka, 2000. 200 p. " * 2_000
    ref = parse_reference(raw)
    assert ref.raw == raw and ref.title == " ".join(raw.split())
    assert ref.confidence == 0.0 and "too long for one reference" in ref.note


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Mnih, V. et al. Human-level control through deep reinforcement learning. Nature 518, 529–533 (2015).",
         {"container-title": "Nature", "volume": "518", "page": "529–533", "issued": {"date-parts": [[2015]]}}),
        ("Open Science Collaboration. (2015). Estimating the reproducibility of psychological science. Science, 349(6251), "
         "Article aac4716. https://doi.org/10.1126/science.aac4716", {"page": "aac4716", "volume": "349", "issue": "6251"}),
        ("Bourdieu, P. (1984). Distinction: A social critique of the judgement of taste (R. Nice, Trans.). Harvard University "
         "Press. (Original work published 1979)", {"original-date": {"date-parts": [[1979]]}, "issued": {"date-parts": [[1984]]}}),
        ("Lee, K. (1990). Hanguksa sillon [A new history of Korea] (Rev. ed.). Seoul: Ilchokak. [in Korean]", {"edition": "Rev. ed."}),
        ("Ostry, J. D., Berg, A., & Tsangarides, C. G. (2014). Redistribution, inequality, and growth (IMF Staff Discussion Note "
         "No. SDN/14/02). Washington, DC: International Monetary Fund.",
         {"type": "report", "title": "Redistribution, inequality, and growth", "number": "IMF Staff Discussion Note No. SDN/14/02"}),
        ("J. Kennedy, R. Eberhart, Particle swarm optimization, in: Proceedings of ICNN’95 – International Conference on Neural "
         "Networks, vol. 4, IEEE, 1995, pp. 1942–1948.", {"type": "paper-conference", "title": "Particle swarm optimization", "publisher": "IEEE"}),
        ("Mankiw, N. Gregory, David Romer, and David N. Weil. 1992. “A Contribution to the Empirics of Economic Growth.” "
         "Quarterly Journal of Economics 107 (2): 407–37.",
         {"author": [{"family": "Mankiw", "given": "N. Gregory"}, {"family": "Romer", "given": "David"}, {"family": "Weil", "given": "David N."}]}),
        ("Jacob Devlin, Ming-Wei Chang, Kenton Lee, and Kristina Toutanova. 2019. BERT: Pre-training of deep bidirectional "
         "transformers for language understanding. In Proceedings of NAACL-HLT, pages 4171–4186.",
         {"author": [{"family": "Devlin", "given": "Jacob"}, {"family": "Chang", "given": "Ming-Wei"}, {"family": "Lee", "given": "Kenton"},
                     {"family": "Toutanova", "given": "Kristina"}], "title": "BERT: Pre-training of deep bidirectional transformers for language understanding"}),
        ("7. Samuel P. Huntington, Political Order in Changing Societies (New Haven: Yale University Press, 1968), 12.",
         {"type": "book", "author": [{"family": "Huntington", "given": "Samuel P."}], "title": "Political Order in Changing Societies",
          "publisher-place": "New Haven", "publisher": "Yale University Press", "issued": {"date-parts": [[1968]]}, "page": "12"}),
        ("Statistics Korea. 2024. “Korean Statistical Information Service (KOSIS).” Accessed March 3, 2024. https://kosis.kr/eng/.",
         {"author": [{"literal": "Statistics Korea"}]}),
        ("Brown, T. B. et al. Language models are few-shot learners. In Advances in Neural Information Processing Systems 33 "
         "(eds Larochelle, H. et al.) 1877–1901 (Curran Associates, 2020).",
         {"editor": [{"family": "Larochelle", "given": "H."}], "page": "1877–1901", "publisher": "Curran Associates", "issued": {"date-parts": [[2020]]}}),
        ("Touvron, H. et al. LLaMA: open and efficient foundation language models. Preprint at https://arxiv.org/abs/2302.13971 (2023).",
         {"type": "report", "genre": "preprint", "collection-title": None, "URL": "https://arxiv.org/abs/2302.13971"}),
        ("Medicare Prescription Drug, Improvement, and Modernization Act of 2003, Pub. L. No. 108-173, 117 Stat. 2066 (Dec. 8, 2003).",
         {"publisher": None, "author": None}),
    ],
    ids=["nature-tail", "apa-article-number", "apa-original-work", "apa-rev-ed", "apa-discussion-note", "elsevier-in-colon",
         "chicago-initial-then-given", "acl-given-first", "chicago-note", "body-before-year", "nature-proceedings", "nature-preprint",
         "statute-date-in-parentheses"],
)  # fmt: skip
def test_english_journal_house_forms_are_segmented(raw: str, expected: dict) -> None:
    got = parse_reference(raw).to_csl()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Nazarbaev N.Ä. «Qazaqstan-2050» Strategiiasy [The Kazakhstan-2050 Strategy]. Egemen Qazaqstan, 2012, 15 jeltoqsan. (In Kazakh)",
         {"type": "article-newspaper", "container-title": "Egemen Qazaqstan", "issued": {"date-parts": [[2012, 12, 15]]}}),
        ("Национальные проекты России : [сайт]. – URL: https://национальныепроекты.рф (дата обращения: 12.03.2022). – Текст : электронный.",
         {"type": "webpage", "title": "Национальные проекты России", "URL": "https://национальныепроекты.рф", "container-title": None}),
        ("Абай Құнанбайұлы // Уикипедия. – URL: https://kk.wikipedia.org/wiki/Абай_Құнанбайұлы (қаралған күні: 10.01.2023).",
         {"URL": "https://kk.wikipedia.org/wiki/Абай_Құнанбайұлы", "container-title": "Уикипедия"}),
        ("Росстат : [сайт]. – Москва, 1999–2024. – URL: https://rosstat.gov.ru (дата обращения: 01.02.2024).",
         {"type": "webpage", "title": "Росстат", "URL": "https://rosstat.gov.ru"}),
    ],
    ids=["kazakh-latin-month", "cyrillic-domain", "cyrillic-path", "gost-2018-site"],
)  # fmt: skip
def test_kazakh_and_russian_web_and_newspaper_forms_are_segmented(raw: str, expected: dict) -> None:
    got = parse_reference(raw).to_csl()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("raw", "place"),
    [
        ("Seifullin S. Tar jol, taiğaq keşu [The narrow road, the slippery crossing]. Qyzylorda, 1927. (In Kazakh)", "Qyzylorda"),
        ("Ильенков Э. В. Некоторые вопросы материалистической диалектики : дис. ... канд. филос. наук - М., 1953", "М."),
        ("Бөкейхан Ә. Шығармалар. – Орынбор, 1913. – 120 б.", "Орынбор"),
    ],
)
def test_a_place_alone_before_the_year_is_the_place_not_a_publisher(raw: str, place: str) -> None:
    got = parse_reference(raw).to_csl()
    assert (got.get("publisher-place"), got.get("publisher")) == (place, None)


def test_a_korean_press_release_is_a_report_of_its_agency() -> None:
    got = parse_reference("통계청, 「장래인구추계: 2022~2072년」, 보도자료, 2023. 12. 14.").to_csl()
    assert (got["type"], got.get("genre"), got.get("container-title")) == ("report", "보도자료", None)


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("李基白, 『韓國史新論』 新修版, 一潮閣, 1990.",
         {"type": "book", "author": [{"family": "李", "given": "基白"}], "title": "韓國史新論", "edition": "新修版", "publisher": "一潮閣", "language": "ko"}),
        ("칼 마르크스 지음, 김수행 옮김, 『자본론 Ⅰ(상)』, 비봉출판사, 2015.",
         {"author": [{"family": "마르크스", "given": "칼"}], "title": "자본론 Ⅰ(상)", "publisher": "비봉출판사"}),
        ("마이클 샌델 지음, 이창신 옮김, 『정의란 무엇인가』, 김영사, 2010.",
         {"author": [{"family": "샌델", "given": "마이클"}], "title": "정의란 무엇인가", "publisher": "김영사"}),
        ("윤해동(尹海東)(2000), 「친일과 반일의 폐쇄회로에서 벗어나기」, 『역사비평』 52, 85-100쪽.",
         {"author": [{"family": "윤", "given": "해동"}], "title": "친일과 반일의 폐쇄회로에서 벗어나기", "container-title": "역사비평",
          "issued": {"date-parts": [[2000]]}}),
    ],
    ids=["hanja-name-and-edition", "one-syllable-given-name", "translated-book", "hanja-after-name"],
)  # fmt: skip
def test_korean_names_in_hanja_and_translated_books_are_segmented(raw: str, expected: dict) -> None:
    got = parse_reference(raw).to_csl()
    assert {k: got.get(k) for k in expected} == expected


def test_gost_notes_on_an_electronic_resource_go_to_the_note_not_to_other_fields() -> None:
    raw = "Иванов И.И. Статья // Сайт. – 2020. – Режим доступа: http://site.ru/a, свободный. – Загл. с экрана. – Яз. рус., англ."
    got = parse_reference(raw).to_csl()
    assert got["note"] == "свободный; Загл. с экрана; Яз. рус., англ"
    assert (got["container-title"], got.get("publisher"), got["URL"]) == ("Сайт", None, "http://site.ru/a")


def test_a_law_cited_from_its_gazette_without_double_slash_keeps_the_gazette_as_container() -> None:
    raw = "Цивільний кодекс України : Закон України від 16.01.2003 № 435-IV. Відомості Верховної Ради України. 2003. № 40–44. Ст. 356."
    got = parse_reference(raw).to_csl()
    assert {k: got.get(k) for k in ("type", "title", "container-title", "issue", "section", "number", "genre")} == {
        "type": "legislation", "title": "Цивільний кодекс України", "container-title": "Відомості Верховної Ради України",
        "issue": "40–44", "section": "356", "number": "435-IV", "genre": "Закон України",
    }  # fmt: skip


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Gottlieb, H. E.; Kotlyar, V.; Nudelman, A. NMR Chemical Shifts of Common Laboratory Solvents as Trace Impurities. "
         "J. Org. Chem. 1997, 62, 7512–7515.", ("NMR Chemical Shifts of Common Laboratory Solvents as Trace Impurities", "J. Org. Chem.", "62", "7512–7515", 1997)),
        ("[1] L.A. Zadeh, Fuzzy sets, Inf. Control 8 (1965) 338–353. https://doi.org/10.1016/S0019-9958(65)90241-X.",
         ("Fuzzy sets", "Inf. Control", "8", "338–353", 1965)),
        ("Jeannette M. Wing. 2006. Computational thinking. Commun. ACM 49, 3 (March 2006), 33–35. https://doi.org/10.1145/1118178.1118215",
         ("Computational thinking", "Commun. ACM", "49", "33–35", 2006)),
        ("Love, M.I., Huber, W., and Anders, S. (2014). Moderated estimation of fold change and dispersion for RNA-seq data with DESeq2. "
         "Genome Biol. 15, 550.", ("Moderated estimation of fold change and dispersion for RNA-seq data with DESeq2", "Genome Biol.", "15", "550", 2014)),
        ("A. D. Becke, J. Chem. Phys. 98, 5648 (1993).", (None, "J. Chem. Phys.", "98", "5648", 1993)),
        ("Woodward, Bob, and Carl Bernstein. 1972. “GOP Security Aide Among Five Arrested in Bugging Affair.” Washington Post, June 19, 1972.",
         ("GOP Security Aide Among Five Arrested in Bugging Affair", "Washington Post", None, None, 1972)),
    ],
    ids=["acs", "elsevier-numbered", "acm", "cell", "physics-without-title", "newspaper-date-is-not-volume-page"],
)  # fmt: skip
def test_publisher_house_styles_end_a_journal_article_with_its_numbers(raw: str, expected: tuple) -> None:
    got = parse_reference(raw).to_csl()
    assert (got.get("title"), got.get("container-title"), got.get("volume"), got.get("page"), got["issued"]["date-parts"][0][0]) == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Wooldridge, J.M., 2010. Econometric Analysis of Cross Section and Panel Data, second ed. MIT Press, Cambridge, MA.",
         {"publisher": "MIT Press", "publisher-place": "Cambridge, MA", "edition": "2"}),
        ("Anslyn, E. V.; Dougherty, D. A. Modern Physical Organic Chemistry; University Science Books: Sausalito, CA, 2006.",
         {"type": "book", "title": "Modern Physical Organic Chemistry", "publisher": "University Science Books", "publisher-place": "Sausalito, CA"}),
        ("N. W. Ashcroft and N. D. Mermin, Solid State Physics (Holt, Rinehart and Winston, New York, 1976).",
         {"type": "book", "title": "Solid State Physics", "publisher": "Holt, Rinehart and Winston", "publisher-place": "New York"}),
        ("[6] V. V. Rostovtsev, L. G. Green, V. V. Fokin, K. B. Sharpless, Angew. Chem. Int. Ed. 2002, 41, 2596–2599.",
         {"title": None, "container-title": "Angew. Chem. Int. Ed.", "volume": "41", "page": "2596–2599"}),
        ("Akaike H (1998) Information theory and an extension of the maximum likelihood principle. In: Parzen E, Tanabe K, Kitagawa G (eds) "
         "Selected papers of Hirotugu Akaike. Springer, New York, pp 199–213",
         {"editor": [{"family": "Parzen", "given": "E"}, {"family": "Tanabe", "given": "K"}, {"family": "Kitagawa", "given": "G"}],
          "container-title": "Selected papers of Hirotugu Akaike"}),
    ],
    ids=["elsevier-harvard-imprint", "acs-book", "aps-book", "acs-without-title", "springer-editors"],
)  # fmt: skip
def test_publisher_house_style_imprints_and_editors(raw: str, expected: dict) -> None:
    got = parse_reference(raw).to_csl()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("白南雲, 『朝鮮社會經濟史』, 東京: 改造社, 1933.", {"publisher-place": "東京", "publisher": "改造社"}),
        ("Trubet͡skoĭ N.S. Evropa i chelovechestvo. Sofii͡a: Rossiĭsko-bolgarskoe knigoizdatelʹstvo, 1920. 82 s.",
         {"author": [{"family": "Trubet͡skoĭ", "given": "N.S."}], "publisher-place": "Sofii͡a", "publisher": "Rossiĭsko-bolgarskoe knigoizdatelʹstvo"}),
        ("에드워드 W. 사이드 저, 박홍규 역, 『오리엔탈리즘』, 교보문고, 1991.",
         {"author": [{"family": "사이드", "given": "에드워드 W."}], "title": "오리엔탈리즘", "publisher": "교보문고"}),
        ("미셸 푸코(1994), 『감시와 처벌: 감옥의 탄생』, 오생근 역, 서울: 나남.",
         {"author": [{"family": "푸코", "given": "미셸"}], "title": "감시와 처벌: 감옥의 탄생", "issued": {"date-parts": [[1994]]}}),
        ("[4] Kim Yun-sik and Kim Hyŏn. Han'guk munhaksa [A history of Korean literature]. Seoul: Minŭmsa, 1973. [in Korean]",
         {"author": [{"family": "Kim", "given": "Yun-sik"}, {"family": "Kim", "given": "Hyŏn"}], "title": "Han'guk munhaksa"}),
        ("Sin Ch'ae-ho. Chosŏn sanggosa [The ancient history of Korea]. Seoul: Chongno Sŏwŏn, 1948. [in Korean]",
         {"author": [{"family": "Sin", "given": "Ch'ae-ho"}], "title": "Chosŏn sanggosa"}),
        ("박지향·김철·김일영·이영훈 엮음 (2006). 『해방 전후사의 재인식』 2. 서울: 책세상.",
         {"author": None, "editor": [{"family": "박", "given": "지향"}, {"family": "김", "given": "철"}, {"family": "김", "given": "일영"},
                                     {"family": "이", "given": "영훈"}]}),
    ],
    ids=["hanja-place-publisher", "ala-lc-combining-marks", "foreign-name-with-initial", "foreign-name-then-year",
         "mccune-reischauer-names", "apostrophe-in-given-name", "editors-before-year"],
)  # fmt: skip
def test_korean_and_romanised_names_and_imprints(raw: str, expected: dict) -> None:
    got = parse_reference(raw).to_csl()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("허수열，『개발 없는 개발: 일제하, 조선경제 개발의 현상과 본질』，은행나무，2005．",
         {"type": "book", "author": [{"family": "허", "given": "수열"}], "publisher": "은행나무", "issued": {"date-parts": [[2005]]}}),
        ("토마 피케티 지음, 장경덕 외 옮김, 『21세기 자본』, 글항아리, 2014.", {"type": "book", "title": "21세기 자본", "publisher": "글항아리"}),
        ("유발 하라리 (2015). 사피엔스 (조현욱 옮김). 파주: 김영사.", {"title": "사피엔스", "publisher-place": "파주", "publisher": "김영사"}),
        ("김용섭, 『朝鮮後期農業史硏究』 Ⅰ, 一潮閣, 1970.", {"title": "朝鮮後期農業史硏究", "volume": "Ⅰ", "language": "ko"}),
        ("「공무원 행동강령」 [대통령령 제17906호, 2003. 2. 18., 제정]",
         {"type": "legislation", "title": "공무원 행동강령", "number": "대통령령 제17906호", "translated-title": None, "issued": {"date-parts": [[2003, 2, 18]]}}),
        ("「국가안전과 공공질서의 수호를 위한 대통령긴급조치」(대통령긴급조치 제9호, 1975. 5. 13. 선포).",
         {"type": "legislation", "container-title": None, "issue": None, "issued": {"date-parts": [[1975, 5, 13]]}}),
    ],
    ids=["full-width-punctuation", "translators-with-oe", "translator-in-parentheses", "roman-volume-hanja-title", "presidential-decree",
         "emergency-measure"],
)  # fmt: skip
def test_korean_books_and_acts_in_their_real_variety(raw: str, expected: dict) -> None:
    got = parse_reference(raw).to_csl()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Saleema Amershi, Dan Weld, and Eric Horvitz. 2019. Guidelines for Human-AI Interaction. In Proceedings of the 2019 CHI Conference on "
         "Human Factors in Computing Systems (CHI '19). ACM, New York, NY, USA, Paper 3, 13 pages. https://doi.org/10.1145/3290605.3300233",
         {"type": "paper-conference", "publisher": "ACM", "publisher-place": "New York, NY, USA", "page": "3", "number-of-pages": "13",
          "container-title": "Proceedings of the 2019 CHI Conference on Human Factors in Computing Systems (CHI '19)"}),
        ("Marco Tulio Ribeiro, Sameer Singh, and Carlos Guestrin. 2016. \"Why Should I Trust You?\": Explaining the Predictions of Any Classifier. "
         "In Proceedings of the 22nd ACM SIGKDD International Conference on Knowledge Discovery and Data Mining (KDD '16). ACM, New York, NY, "
         "USA, 1135–1144.", {"title": "\"Why Should I Trust You?\": Explaining the Predictions of Any Classifier", "page": "1135–1144"}),
    ],
    ids=["acm-article-number", "quoted-phrase-opens-title"],
)  # fmt: skip
def test_acm_proceedings_imprints(raw: str, expected: dict) -> None:
    got = parse_reference(raw).to_csl()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("Lin TY, Maire M (2014) Microsoft COCO: common objects in context. In: Fleet D, Pajdla T, Schiele B, Tuytelaars T (eds) Computer "
         "vision – ECCV 2014. ECCV 2014. Lecture Notes in Computer Science, vol 8693. Springer, Cham, pp 740–755",
         {"container-title": "Computer vision – ECCV 2014", "collection-title": "Lecture Notes in Computer Science", "collection-number": "8693",
          "volume": None, "publisher": "Springer", "publisher-place": "Cham", "page": "740–755"}),
        ("J. Kennedy, R. Eberhart, Particle swarm optimization, in: Proceedings of ICNN’95 – International Conference on Neural Networks, "
         "vol. 4, IEEE, 1995, pp. 1942–1948.", {"container-title": "Proceedings of ICNN’95 – International Conference on Neural Networks"}),
    ],
    ids=["springer-lncs", "dash-inside-an-english-proceedings-name"],
)  # fmt: skip
def test_springer_series_imprint_and_dashes_inside_names(raw: str, expected: dict) -> None:
    got = parse_reference(raw).to_csl()
    assert {k: got.get(k) for k in expected} == expected


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("서울대학교 규장각한국학연구원, 「규장각 원문검색서비스」, <https://kyudb.snu.ac.kr>, 검색일: 2024년 1월 15일.",
         {"accessed": {"date-parts": [[2024, 1, 15]]}, "issued": None, "container-title": None}),
        ("김지하, 「五賊」, 『思想界』 1970년 5월호.", {"container-title": "思想界", "issued": {"date-parts": [[1970, 5]]}, "publisher": None}),
        ("「강성대국」(정론), 『로동신문』, 1998년 8월 22일자.", {"title": "강성대국", "container-title": "로동신문", "publisher": None}),
        ("최인훈, 『광장/구운몽』(최인훈 전집 1), 문학과지성사, 1976.", {"collection-title": "최인훈 전집", "publisher": "문학과지성사"}),
        ("1) 김윤식·김현, 『한국문학사』(서울: 민음사, 1973), 20쪽.",
         {"type": "book", "publisher-place": "서울", "publisher": "민음사", "page": "20", "container-title": None}),
        ("Qozybaev M.Q. Aqtan'daqtar aqi'qaty [The truth about the blank spots]. Almaty: Qazaqstan, 1992. 272 b.(In Kazakh)",
         {"number-of-pages": "272", "language": "kk"}),
    ],
    ids=["korean-access-date", "monthly-issue", "headline-genre-and-ilja", "series-after-book-title", "korean-note-imprint",
         "kazakh-latin-page-count"],
)  # fmt: skip
def test_korean_dates_series_and_notes(raw: str, expected: dict) -> None:
    got = parse_reference(raw).to_csl()
    assert {k: got.get(k) for k in expected} == expected
