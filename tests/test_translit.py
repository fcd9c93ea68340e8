"""Transliteration: scheme data that tests itself, the engine's case and context rules,
profiles, romanizing references, scheme detection and the ``translit`` command."""

from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest
from click.testing import CliRunner

from refkit.cli import main
from refkit.errors import SchemeNotFound
from refkit.model import Name, Reference
from refkit.translit import (
    detect_scheme,
    load_scheme,
    mixed_schemes,
    romanize,
    scheme_votes,
    schemes,
    transliterate,
    transliterate_result,
)
from refkit.translit.engine import scheme_files

SEED_ORIGINAL = Path(__file__).resolve().parents[1] / "fixtures" / "seed" / "references-original.json"

CONTRACT = [
    "translit-ru", "bsi", "bgn", "bgn-pcgn", "gost-7.79-b", "iso9", "ala-lc", "ala-lc-plain", "icao", "scientific",
    "bs2979", "kk-latin-2021", "kk-bgn-pcgn", "uk-national", "uk-bgn-pcgn", "be-national", "be-bgn-pcgn", "ky-bgn-pcgn",
    "rr", "rr-names", "mr", "ko-ala-lc", "ko-iso-tr11941",
]  # fmt: skip


def _samples():
    for path in scheme_files():
        data = json.loads(path.read_text(encoding="utf-8"))
        for source, expected in data.get("samples", []):
            yield pytest.param(data["name"], source, expected, id=f"{data['name']}:{source}")


@pytest.mark.parametrize(("scheme", "source", "expected"), list(_samples()))
def test_every_scheme_file_sample_transliterates_as_its_file_says(scheme, source, expected):
    got = transliterate(source, scheme=scheme)
    assert unicodedata.normalize("NFC", got) == unicodedata.normalize("NFC", expected)


@pytest.mark.parametrize("path", scheme_files(), ids=lambda p: p.stem)
def test_every_scheme_file_has_a_description_a_source_and_at_least_three_samples(path):
    data = json.loads(path.read_text(encoding="utf-8"))
    assert data["name"] == path.stem
    assert data["description"] and data["source"]
    assert len(data["samples"]) >= 3


@pytest.mark.parametrize("name", CONTRACT)
def test_every_scheme_name_of_the_public_contract_is_listed(name):
    assert name in schemes()
    assert load_scheme(name).name == name


def test_case_follows_the_source_letter_by_letter():
    assert transliterate("Щука", scheme="bsi") == "Shchuka"
    assert transliterate("ЩУКА", scheme="bsi") == "SHCHUKA"
    assert transliterate("щука", scheme="bsi") == "shchuka"
    assert transliterate("ЁЖ Щ.", scheme="bgn-pcgn") == "YËZH Shch."
    assert transliterate("ТС тС", scheme="bgn-pcgn") == "T·S t·S"


def test_latin_letters_digits_punctuation_and_urls_pass_untouched():
    text = "См. https://сайт.рф/Щука?x=1, DOI 10.1000/ЖЖ, Müller & Co. — 2020, № 4 (66)"
    assert transliterate(text, scheme="bsi") == "Sm. https://сайт.рф/Щука?x=1, DOI 10.1000/ЖЖ, Müller & Co. — 2020, № 4 (66)"


def test_urls_stay_untouched_even_when_the_text_holds_private_use_characters():
    assert transliterate("щ\ue000 https://x.ru/щ ю", scheme="bsi") == "shch\ue000 https://x.ru/щ yu"


def test_context_rules_follow_the_scheme_tables():
    assert transliterate("Ельцин Подъезд", scheme="bgn-pcgn") == "Yel’tsin Pod”yezd"
    assert transliterate("цирк царь", scheme="gost-7.79-b") == "cirk czar`"
    assert transliterate("Юлія Згурський п'ять", scheme="uk-national") == "Yuliia Zghurskyi piat"
    assert transliterate("Беларусь", scheme="be-national") == "Bielaruś"


def test_letters_outside_the_scheme_go_through_unidecode_and_are_reported():
    result = transliterate_result("Қазақ Ελλάδα", scheme="bsi")
    assert "Ellada" in result.text and not any("\u0400" <= c <= "\u04ff" for c in result.text)
    assert set(result.fallback) >= {"Қ", "қ", "Ε"}


def test_unknown_scheme_raises_scheme_not_found_with_the_name():
    with pytest.raises(SchemeNotFound) as exc:
        transliterate("Щука", scheme="no-such-scheme")
    assert exc.value.identifier == "no-such-scheme"
    assert isinstance(exc.value, LookupError)


def test_profiles_choose_the_scheme_by_the_language_of_the_text():
    assert transliterate("Қазақстан тарихы", scheme="default") == "Qazaqstan tarihy"
    assert transliterate("Київ і Житомир", scheme="default") == "Kyiv i Zhytomyr"
    assert transliterate("Магілёў", scheme="default") == "Mahilioŭ"
    assert transliterate("Худяков", scheme="default") == "Khudyakov"
    assert transliterate("Худяков", scheme="ru=translit-ru,kk=kk-bgn-pcgn") == "Hudjakov"
    assert transliterate("Худяков", scheme="ru=translit-ru", language="ru") == "Hudjakov"


def test_hangul_inside_cyrillic_text_goes_to_the_korean_scheme():
    assert transliterate("Ёнхап ньюсы (연합 뉴스)", scheme="translit-ru") == "Jonhap n'jusy (yeonhap nyuseu)"


@pytest.mark.parametrize(
    ("hangul", "latin"),
    [("신라", "silla"), ("종로", "jongno"), ("독립", "dongnip"), ("백마", "baengma"), ("같이", "gachi"),
     ("좋고", "joko"), ("잡혀", "japyeo"), ("묵호", "mukho"), ("학여울", "hangnyeoul"), ("생산량", "saengsannyang"),
     ("중앙", "jung-ang"), ("제주도", "jeju-do"), ("독도", "dokdo"), ("인왕리", "inwang-ri"), ("왕십리", "wangsimni")],
)  # fmt: skip
def test_revised_romanization_applies_the_sound_rules(hangul, latin):
    assert transliterate(hangul, scheme="rr") == latin


def test_korean_names_keep_family_first_and_skip_assimilation():
    assert transliterate("한복남", scheme="rr-names") == "Han Bok-nam"
    assert transliterate("이준기", scheme="rr-names-customary") == "Lee Jun-gi"


def _ref(**fields) -> Reference:
    return Reference.from_csl({"type": "article-journal", **fields})


def test_romanize_writes_authors_as_names_and_keeps_translation_language_and_originals():
    ref = _ref(
        author=[{"family": "Овчарова", "given": "Т.Н."}, {"family": "왕", "given": "길환"}],
        title="Политология", container_title=None, publisher="Изд. Дом СГУ", language="ru",
        **{"translated-title": "Political science", "publisher-place": "Н. Новгород"},
    )  # fmt: skip
    (out,) = romanize([ref], profile="translit-ru")
    assert out.author == (Name(family="Ovcharova", given="T.N."), Name(family="Wang", given="Gil-hwan"))
    assert (out.title, out.publisher, out.publisher_place) == ("Politologija", "Izd. Dom SGU", "N. Novgorod")
    assert out.translated_title == "Political science" and out.language == "ru"
    assert out.alternate["title"] == "Политология"
    assert out.alternate["author"][0] == {"family": "Овчарова", "given": "Т.Н."}


def test_romanize_leaves_latin_references_alone_and_capitalises_korean_titles():
    latin = _ref(title="Asia Rising", author=[{"family": "Acharya", "given": "A."}])
    korean = _ref(title="확산되는 과거한류", language="ko")
    out = romanize([latin, korean], profile="default")
    assert out[0] is latin
    assert out[1].title == "Hwaksandoeneun gwageohallyu"


def test_romanize_writes_a_laws_designation_and_number_in_latin_and_the_latin_style_prints_them():
    from refkit.render import render

    law = _ref(type="legislation", title="О персональных данных", genre="Федеральный закон", number="152-ФЗ",
               language="ru", issued={"date-parts": [[2006, 7, 27]]}, **{"container-title": "Собрание законодательства РФ"})  # fmt: skip
    (latin,) = romanize([law], profile="translit-ru")
    assert latin.genre == "Federal'nyj zakon" and latin.get("number") == "152-FZ"
    assert latin.alternate["genre"] == "Федеральный закон" and latin.alternate["number"] == "152-ФЗ"
    (entry,) = render([latin], style="references-latin")
    assert "O personal’nyh dannyh: Federal’nyj zakon, 27.07.2006, No. 152-FZ. Sobranie zakonodatel’stva RF, 2006" in entry


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"genre": "Постановление", "authority": "Конституционного Суда РФ", "number": "9-П", "issue": "30", "section": "3200",
          "issued": {"date-parts": [[2005, 7, 14]]}, "container-title": "Собрание законодательства РФ"},
         "Postanovlenie Konstitucionnogo Suda RF, 14.07.2005, No. 9-P. Sobranie zakonodatel’stva RF, 2005, no. 30, art. 3200. (In Russ.)"),
        ({"title": "Regan v. Wald", "container-title": "U.S.", "volume": "468", "page": "222", "issued": {"date-parts": [[1984]]}, "language": "en"},
         "Regan v. Wald. U.S., 1984, vol. 468, p. 222."),
    ],
)
def test_a_ruling_is_known_by_its_court_date_and_number_in_the_latin_list_and_a_reported_case_by_its_report(item, expected):
    from refkit.render import render

    ruling = _ref(type="legal_case", **{"language": "ru", **item})
    (latin,) = romanize([ruling], profile="translit-ru")
    assert render([latin], style="references-latin") == [expected]


def test_the_latin_list_names_a_books_editor_after_its_title_and_heads_an_edited_book_with_the_editor_once():
    from refkit.render import render

    book = _ref(type="book", language="ru", title="Формы деепричастного типа в шорском языке",
                author=[{"family": "Невская", "given": "И. А."}], editor=[{"family": "Черемисина", "given": "М. И."}],
                publisher="Наука", **{"publisher-place": "Новосибирск"}, issued={"date-parts": [[1993]]})  # fmt: skip
    (latin,) = romanize([book], profile="translit-ru")
    (entry,) = render([latin], style="references-latin")
    assert entry == "Nevskaja I. A. Formy deeprichastnogo tipa v shorskom jazyke. Ed. by Cheremisina M. I. Novosibirsk: Nauka, 1993. (In Russ.)"
    edited = _ref(type="book", language="ru", title="История Сибири", editor=[{"family": "Окладников", "given": "А. П."}],
                  publisher="Наука", issued={"date-parts": [[1968]]})  # fmt: skip
    (entry,) = render(romanize([edited], profile="translit-ru"), style="references-latin")
    assert entry.count("Okladnikov") == 1


@pytest.mark.parametrize(("edition", "printed"), [("2", "2nd ed."), ("3", "3rd ed."), ("11", "11th ed."), ("2nd rev. ed.", "2nd rev. ed.")])
def test_the_latin_list_gives_a_books_edition_after_its_title(edition, printed):
    from refkit.render import render

    book = _ref(type="book", language="ru", title="Политология", author=[{"family": "Иванов", "given": "И. И."}], edition=edition,
                publisher="Наука", **{"publisher-place": "Москва"}, issued={"date-parts": [[2010]]})  # fmt: skip
    (entry,) = render(romanize([book], profile="translit-ru"), style="references-latin")
    assert entry == f"Ivanov I. I. Politologija. {printed} Moskva: Nauka, 2010. (In Russ.)"


def test_romanize_rejects_an_unknown_profile():
    with pytest.raises(SchemeNotFound):
        romanize([_ref(title="Щука")], profile="nope")


def test_detect_scheme_names_the_scheme_and_is_exact_with_the_original():
    original = "Формирование профессиональных компетенций, Щёкино, Юрий Ильин"
    for name in ("translit-ru", "bsi", "bgn-pcgn", "gost-7.79-b", "iso9", "ala-lc", "icao", "scientific"):
        latin = transliterate(original, scheme=name)
        assert detect_scheme(latin, original) == (name, 1.0)
        # ICAO and plain ALA-LC differ only in ь and ъ, which this text lacks
        assert detect_scheme(latin)[0] in ({name} if name != "icao" else {"icao", "ala-lc-plain"})


def test_detect_scheme_knows_kazakh_schemes_and_a_list_that_drops_their_marks():
    original = "Қазақстан Республикасының балалары: статистикалық жинақ"
    assert detect_scheme(transliterate(original, scheme="kk-latin-2021"), original) == ("kk-latin-2021", 1.0)
    plain = "Qazaqstan Respublikasynyng balalary: statistikalyq zhinaq"  # BGN/PCGN with ū and ī written u and i
    assert detect_scheme(plain, original)[0] == "kk-bgn-pcgn"
    assert detect_scheme(transliterate(original, scheme="kk-bgn-pcgn"), original) == ("kk-bgn-pcgn", 1.0)


def test_detect_flags_the_seed_entry_that_writes_both_ja_and_ya():
    entry = "Central'naja Azija i Juzhnaja Koreja: v poiskah vozmozhnostej dlja narashhivaniya sotrudnichestva"
    conflicts = mixed_schemes(entry)
    assert any("ja/ju/jo" in c and "ya/yu" in c for c in conflicts)
    assert mixed_schemes("Central'naja Azija i Juzhnaja Koreja") == []
    assert scheme_votes("Juzhnaja")["translit-ru"] >= 1


def test_detect_ignores_urls_and_bracketed_translations():
    assert mixed_schemes("Azija [Asia] https://x.org/tsentralnaya-aziya") == []


# ---------------------------------------------------------------- CLI


def test_cli_translit_writes_one_line_per_stdin_line_in_order():
    result = CliRunner().invoke(main, ["translit", "--scheme", "bsi"], input="Щука\n\nЁлка\n")
    assert result.exit_code == 0
    assert result.output == "Shchuka\n\nElka\n"


def test_cli_translit_joins_arguments_as_one_text():
    result = CliRunner().invoke(main, ["translit", "-s", "rr", "연합", "뉴스"])
    assert result.output == "yeonhap nyuseu\n"


def test_cli_translit_unknown_scheme_is_one_line_and_exit_2():
    result = CliRunner().invoke(main, ["translit", "--scheme", "nope", "Щука"])
    assert result.exit_code == 2
    assert "unknown transliteration scheme" in result.output and "Traceback" not in result.output


def test_cli_translit_list_names_every_scheme_and_profile():
    result = CliRunner().invoke(main, ["translit", "--list"])
    names = {line.split()[0] for line in result.output.splitlines()}
    assert set(CONTRACT) <= names and "default" in names


def test_cli_translit_detect_names_a_scheme_and_reports_mixtures():
    result = CliRunner().invoke(main, ["translit", "--detect"], input="Juzhnaja Koreja i narashhivaniya\n")
    first, *rest = result.output.splitlines()
    assert first.split("\t")[0] == "translit-ru"
    assert rest and rest[0].startswith("mixed: ")


def test_cli_translit_notes_unidecode_fallback_on_stderr():
    result = CliRunner().invoke(main, ["translit", "-s", "bsi", "Қазақ"])
    assert result.exit_code == 0 and result.stdout.strip().isascii()
    assert "unidecode" in result.stderr


def test_cli_format_romanize_prints_the_latin_twin_list_of_the_seed():
    result = CliRunner().invoke(
        main, ["format", str(SEED_ORIGINAL), "--romanize", "translit-ru", "--style", "references-latin"]
    )
    assert result.exit_code == 0, result.output
    lines = result.output.splitlines()
    assert any(line.startswith("Ovcharova T.N., Litvinchuk V.I. Politologija: Kurs lekcij") and line.endswith("(In Russ.)") for line in lines)
    assert any(line.startswith("Wang Gil-hwan.") and line.endswith("(In Korean)") for line in lines)
    assert not any(ch.isalpha() and ("\u0400" <= ch <= "\u04ff" or "\uac00" <= ch <= "\ud7a3") for line in lines for ch in line)


def test_a_non_latin_translation_is_set_aside_not_printed_in_the_latin_list():
    from refkit import Reference, romanize

    ref = Reference.from_csl({"type": "article-newspaper", "title": "ODA를 외교 대표브랜드로 활용할 듯", "language": "ko",
                              "translated-title": "Термин ОПР будет использоваться"})
    (latin,) = romanize([ref], profile="translit-ru")
    assert latin.translated_title is None
    assert latin.alternate["translated-title"] == "Термин ОПР будет использоваться"


# ---------------------------------------------------------------- engine shortcuts give the same output

TRICKY = [
    "Ельцин Подъезд ёлка Еъе ЕЛЬЦИН тС шч", "aЕль Ель’е Еx xЕ ÉЕ Е\u0301е ЕΩ ΩЕ 가Ель Ель가",
    "п'ять м’ята 'ель' ʼЯ Ю-я ц цирк ЦИРК Цэ", "Шчука ШЧУКА Тсуна 10.1000/ЖЖ https://сайт.рф/Щука щ",
    "Қазақ Ελλάδα 中文 ㄱ 봉천1동 종로 2가 가 ١동 홍 길동 연합뉴스", "щ\ue000 ю \ue000\ue001 Ёж",
]  # fmt: skip
LETTER_SCHEMES = [name for name in CONTRACT if load_scheme(name).engine == "letters"]


@pytest.mark.parametrize("name", LETTER_SCHEMES)
def test_the_run_cache_gives_what_the_rules_give_on_the_whole_text(name):
    from refkit.translit.engine import _compile_letters

    whole = _compile_letters(load_scheme(name).data, by_runs=False)
    for text in TRICKY + [source for source, _ in load_scheme(name).samples]:
        assert load_scheme(name).convert(text) == whole(text), text


@pytest.mark.parametrize("name", ["bsi", "bgn-pcgn", "uk-national", "rr", "mr", "rr-names", "default"])
def test_the_one_pass_scan_gives_what_the_e_mail_path_gives(name):
    # a text with an e-mail address takes the plain path: URLs cut out, every scheme over the whole text
    for text in TRICKY:
        fast, plain = transliterate_result(text, scheme=name), transliterate_result(text + " a@b.cd", scheme=name)
        assert (fast.text + " a@b.cd", fast.fallback) == (plain.text, plain.fallback), text


@pytest.mark.parametrize(
    ("text", "scheme", "fallback"),
    [("Ельцин 봉천1동 https://x.org/Ωμέγα", "bgn-pcgn", ()), ("Ельцин Ωμ", "bgn-pcgn", ("Ω", "μ")),
     ("가 ١동", "rr", ("١",)), ("Қазақ", "bsi", ("Қ", "қ")), ("ㄱ 가", "rr", ("ㄱ",))],
)  # fmt: skip
def test_letters_no_scheme_covers_are_found_wherever_they_stand(text, scheme, fallback):
    assert transliterate_result(text, scheme=scheme).fallback == fallback
