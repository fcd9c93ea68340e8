"""The parser, measured on the labelled corpus in fixtures/parse/ and fuzzed for robustness."""

from __future__ import annotations

import functools
import json
import re
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import refkit
from refkit.parse import parse_reference
from refkit.parse.explain import explain

from refkit.parse.evaluate import score
from refkit.text import clean

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "fixtures" / "parse"


def load(name: str) -> list[dict]:
    return [json.loads(line) for line in (CORPUS / name).read_text(encoding="utf-8").splitlines() if line.strip()]


@functools.lru_cache(maxsize=None)
def parsed(text: str) -> dict:
    """The parser's CSL-JSON for a corpus string (parsed once for the tests that read the whole corpus)."""
    return parse_reference(text).to_csl()


def corpus_score(*names: str) -> tuple[float, list]:
    entries = [e for name in names for e in load(name)]
    return score((e["id"], e["gold"], parsed(e["text"])) for e in entries)


def _numbers(value) -> set[str]:
    """Every number in a CSL-JSON value, as an int's digits."""
    return {str(int(n)) for n in re.findall(r"\d+", json.dumps(value, ensure_ascii=False))}


@pytest.mark.parametrize("name", sorted(p.name for p in CORPUS.glob("*.jsonl")))
def test_no_number_in_a_corpus_reference_is_lost(name):
    """Never lose text: every number of every corpus string is in some field (the note at least), its list number aside."""
    lost = []
    for e in load(name):
        item = parsed(e["text"])
        held = _numbers({k: v for k, v in item.items() if k not in ("refkit-raw", "refkit-spans", "refkit-confidence")})
        body = re.sub(r"^\s*(?:\[\s*\d+\s*\]|\(\d+\)|\d{1,3}(?!\d)[.)]?)\s*", "", clean(e["text"]))  # (as cleaned: 'vol. l9' is 19; not the list's own number)
        missing = _numbers(body) - held
        if missing:
            lost.append((e["id"], sorted(missing)))
    assert not lost, lost[:5]


# Floors a little under the figures measured when they were set: a drop below them is a regression.
@pytest.mark.parametrize(
    ("files", "floor"),
    [(("cyrillic-dev.jsonl",), 0.96), (("latin-korean-dev.jsonl",), 0.93), (("fresh-dev.jsonl",), 0.98),
     (("cyrillic-test.jsonl", "latin-korean-test.jsonl"), 0.93), (("fresh2-dev.jsonl",), 0.95), (("fresh2-test.jsonl",), 0.94), (("fresh3-test.jsonl",), 0.94),
     (("fresh5-dev.jsonl",), 0.95), (("fresh5-test.jsonl",), 0.92), (("fresh6-dev.jsonl",), 0.94), (("fresh6-test.jsonl",), 0.90),
     (("fresh7-dev.jsonl",), 0.95), (("fresh7-test.jsonl",), 0.91), (("fresh8-dev.jsonl",), 0.96), (("fresh8-test.jsonl",), 0.93),
     (("fresh9-dev.jsonl",), 0.93), (("fresh9-test.jsonl",), 0.93), (("fresh10-dev.jsonl",), 0.96), (("fresh10-test.jsonl",), 0.92),
     (("fresh11-dev.jsonl",), 0.96), (("fresh11-test.jsonl",), 0.925),
     (("fresh12-dev.jsonl",), 0.96), (("fresh12-test.jsonl",), 0.925), (("fresh13-dev.jsonl",), 0.955), (("fresh13-test.jsonl",), 0.94),
     (("fresh14-dev.jsonl",), 0.95), (("fresh14-test.jsonl",), 0.925),
     (("fresh15-dev.jsonl",), 0.975), (("fresh15-test.jsonl",), 0.955),
     (("fresh16-dev.jsonl",), 0.97), (("fresh16-test.jsonl",), 0.93),
     (("fresh17-dev.jsonl",), 0.97), (("fresh17-test.jsonl",), 0.92),
     (("fresh18-dev.jsonl",), 0.97), (("fresh18-test.jsonl",), 0.93),
     (("fresh19-dev.jsonl",), 0.965), (("fresh19-test.jsonl",), 0.935),
     (("fresh20-dev.jsonl",), 0.98), (("fresh20-test.jsonl",), 0.955),
     (("fresh21-dev.jsonl",), 0.98), (("fresh21-test.jsonl",), 0.96),
     (("fresh22-dev.jsonl",), 0.96), (("fresh22-test.jsonl",), 0.965),
     (("fresh23-dev.jsonl",), 0.97), (("fresh23-test.jsonl",), 0.935),
     (("fresh24-dev.jsonl",), 0.945), (("fresh24-test.jsonl",), 0.93),
     (("fresh25-dev.jsonl",), 0.89), (("fresh25-test.jsonl",), 0.915),
     (("fresh26-dev.jsonl",), 0.915), (("fresh26-test.jsonl",), 0.945),
     (("fresh27-dev.jsonl",), 0.93), (("fresh27-test.jsonl",), 0.915),
     (("fresh28-dev.jsonl",), 0.97), (("fresh28-test.jsonl",), 0.93),
     (("fresh29-dev.jsonl",), 0.97), (("fresh29-test.jsonl",), 0.915), (("fresh30-dev.jsonl",), 0.98), (("fresh30-test.jsonl",), 0.94), (("fresh31-dev.jsonl",), 0.98), (("fresh31-test.jsonl",), 0.94), (("fresh32-dev.jsonl",), 0.98), (("fresh32-test.jsonl",), 0.94), (("fresh33-dev.jsonl",), 0.98), (("fresh33-test.jsonl",), 0.94), (("fresh34-dev.jsonl",), 0.97), (("fresh34-test.jsonl",), 0.95), (("fresh35-dev.jsonl",), 0.98), (("fresh35-test.jsonl",), 0.95), (("fresh36-dev.jsonl",), 0.96), (("fresh36-test.jsonl",), 0.92), (("fresh37-dev.jsonl",), 0.95), (("fresh37-test.jsonl",), 0.95), (("fresh38-dev.jsonl",), 0.93), (("fresh38-test.jsonl",), 0.95), (("fresh39-dev.jsonl",), 0.90), (("fresh39-test.jsonl",), 0.92), (("fresh40-dev.jsonl",), 0.95), (("fresh40-test.jsonl",), 0.93), (("fresh41-dev.jsonl",), 0.94), (("fresh41-test.jsonl",), 0.95), (("fresh42-dev.jsonl",), 0.96), (("fresh42-test.jsonl",), 0.93), (("fresh43-dev.jsonl",), 0.95), (("fresh43-test.jsonl",), 0.95), (("fresh44-dev.jsonl",), 0.95), (("fresh44-test.jsonl",), 0.94), (("fresh45-dev.jsonl",), 0.96), (("fresh45-test.jsonl",), 0.94), (("fresh46-dev.jsonl",), 0.96), (("fresh46-test.jsonl",), 0.95)],
    ids=["cyrillic-dev", "latin-korean-dev", "fresh-dev", "held-out-test", "fresh2-dev", "fresh2-test", "fresh3-test",
         "fresh5-dev", "fresh5-test", "fresh6-dev", "fresh6-test", "fresh7-dev", "fresh7-test", "fresh8-dev", "fresh8-test", "fresh9-dev", "fresh9-test", "fresh10-dev", "fresh10-test", "fresh11-dev", "fresh11-test", "fresh12-dev", "fresh12-test", "fresh13-dev", "fresh13-test", "fresh14-dev", "fresh14-test", "fresh15-dev", "fresh15-test", "fresh16-dev", "fresh16-test",
         "fresh17-dev", "fresh17-test", "fresh18-dev", "fresh18-test",
         "fresh19-dev", "fresh19-test", "fresh20-dev", "fresh20-test", "fresh21-dev", "fresh21-test", "fresh22-dev", "fresh22-test", "fresh23-dev", "fresh23-test", "fresh24-dev", "fresh24-test", "fresh25-dev", "fresh25-test", "fresh26-dev", "fresh26-test", "fresh27-dev", "fresh27-test", "fresh28-dev", "fresh28-test", "fresh29-dev", "fresh29-test", "fresh30-dev", "fresh30-test", "fresh31-dev", "fresh31-test", "fresh32-dev", "fresh32-test", "fresh33-dev", "fresh33-test", "fresh34-dev", "fresh34-test", "fresh35-dev", "fresh35-test", "fresh36-dev", "fresh36-test", "fresh37-dev", "fresh37-test", "fresh38-dev", "fresh38-test", "fresh39-dev", "fresh39-test", "fresh40-dev", "fresh40-test", "fresh41-dev", "fresh41-test", "fresh42-dev", "fresh42-test", "fresh43-dev", "fresh43-test", "fresh44-dev", "fresh44-test", "fresh45-dev", "fresh45-test", "fresh46-dev", "fresh46-test"],
)  # fmt: skip
def test_corpus_accuracy_stays_above_its_floor(files, floor):
    f1, wrong = corpus_score(*files)
    assert f1 >= floor, f"micro-F1 {f1:.4f} < {floor}; first wrong: {wrong[:5]}"


@pytest.mark.parametrize(
    "text",
    [
        "Пушкин А. С. Полн. собр. соч. : в 16 т. М. ; Л. : Изд-во АН СССР, 1937. Т. 13 : Переписка 1815–1827. С. 286.",
        "Москва — Париж. 1900–1930: каталог выставки: в 2 т. Т. 1. М.: Советский художник, 1981.",
        "Martin, Terry. The Affirmative Action Empire: Nations and Nationalism in the Soviet Union, 1923–1939. Ithaca, NY: Cornell University Press, 2001.",
    ],
)
def test_a_period_of_years_in_a_title_is_never_dropped(text):
    item = parse_reference(text).to_csl()
    placed = json.dumps({k: v for k, v in item.items() if not k.startswith("refkit")}, ensure_ascii=False)
    first, last = re.search(r"(\d{4})–(\d{4})", text).groups()
    assert first in placed and last in placed, placed


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


def test_explain_shows_every_role_by_name_and_a_range_of_dates_whole():
    text = explain(parse_reference("Москва слезам не верит [Видеозапись] / реж. В. Меньшов. – М. : Мосфильм, 1979."))
    assert "Меньшов В." in text and "{'family'" not in text
    text = explain(parse_reference("Иванов И.И. Собрание сочинений : в 4 т. – М. ; Л. : Изд-во АН СССР, 1954–1957."))
    assert "1954/1957" in text


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


FORMS = [json.loads(line) for line in (Path(__file__).parent / "data" / "parse-forms.jsonl").read_text(encoding="utf-8").splitlines() if line]


@pytest.mark.parametrize("case", FORMS, ids=[f"{c['group']}-{c['id']}" for c in FORMS])
def test_reference_forms_from_real_lists_are_segmented(case: dict) -> None:
    """tests/data/parse-forms.jsonl: house styles, Korean, Kazakh and GOST forms, each with the fields it must give."""
    got = parse_reference(case["text"]).to_csl()
    assert {k: got.get(k) for k in case["expect"]} == case["expect"]
