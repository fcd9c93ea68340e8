"""Resolution parts that need no server: DOI syntax, ISBN check digits, metadata
matching (on recorded Crossref and DataCite records), header parsing."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from refkit.findings import Finding
from refkit.model import Reference
from refkit.resolve.client import _Pacer, _retry_after, _seconds
from refkit.resolve.doi import from_crossref, from_datacite, normalize_doi
from refkit.resolve.isbn import check_isbn, split_isbns
from refkit.resolve.matching import choose_candidate, compare
from refkit.resolve.urls import url_problem

HTTP = Path(__file__).resolve().parents[1] / "fixtures" / "http"


def message(name: str) -> dict:
    return json.loads((HTTP / name).read_text(encoding="utf-8"))["message"]


def ref(**csl) -> Reference:
    csl.setdefault("type", "article-journal")
    return Reference.from_csl(csl)


# ------------------------------------------------------------------ DOI syntax

@pytest.mark.parametrize(
    "written, doi",
    [
        ("10.1371/journal.pone.0033693", "10.1371/journal.pone.0033693"),
        ("https://doi.org/10.1371/JOURNAL.PONE.0033693", "10.1371/journal.pone.0033693"),
        ("http://dx.doi.org/10.1007/978-3-662-46370-3_13.", "10.1007/978-3-662-46370-3_13"),
        ("doi: 10.1016/S0140-6736(97)11096-0", "10.1016/s0140-6736(97)11096-0"),
        ("DOI 10.1016/S0140-6736(97)11096-0).", "10.1016/s0140-6736(97)11096-0"),
        ("https://doi.org/10.5061%2Fdryad.8515", "10.5061/dryad.8515"),
        ("<10.1000.10/abc>", "10.1000.10/abc"),
    ],
)
def test_doi_normalisation_strips_prefixes_case_and_trailing_punctuation(written, doi):
    assert normalize_doi(written) == doi


@pytest.mark.parametrize("written", ["", "10.1234", "10.12/abc", "11.1234/abc", "https://example.org/10.1234/x", "10.1234/ "])
def test_strings_that_are_not_dois_are_rejected(written):
    assert normalize_doi(written) is None


# ------------------------------------------------------------------ ISBN


@pytest.mark.parametrize("isbn", ["978-0-306-40615-7", "0-306-40615-2", "0-8044-2957-X", "979-10-90636-07-1", "9785020370715"])
def test_valid_isbns_pass(isbn):
    assert check_isbn(isbn).valid


@pytest.mark.parametrize(
    "isbn, problem",
    [
        ("978-0-306-40615-8", "check digit is 8, should be 7"),
        ("0-306-40615-3", "check digit is 3, should be 2"),
        ("977-0-306-40615-7", "an ISBN-13 starts with 978 or 979"),
        ("0-306-4061", "8 digits; an ISBN has 10 or 13"),
        ("03X6406152", "an X may only be the last (check) character"),
    ],
)
def test_invalid_isbns_say_what_is_wrong(isbn, problem):
    check = check_isbn(isbn)
    assert not check.valid and check.problem == problem


def test_a_field_with_two_isbns_is_split_into_both():
    assert split_isbns("ISBN 978-0-306-40615-7 (hbk), 0-306-40615-2 (pbk)") == ["978-0-306-40615-7", "0-306-40615-2"]


# ------------------------------------------------------------------ records


def test_a_crossref_record_carries_titles_authors_years_and_updates():
    rec = from_crossref(message("crossref_work_journal_article_corrected.json"))
    assert rec.agency == "crossref" and rec.families[0] == "Sadasivan" and rec.years[0] == 2012
    assert [u.kind for u in rec.updated_by] == ["correction"] and not rec.updated_by[0].is_retraction


def test_a_datacite_record_carries_the_same_fields():
    data = json.loads((HTTP / "datacite_doi_dataset.json").read_text(encoding="utf-8"))["data"]
    rec = from_datacite(data)
    assert (rec.doi, rec.agency, rec.type, rec.years) == ("10.5061/dryad.8515", "datacite", "dataset", (2011,))
    assert rec.families[:2] == ("Ollomo", "Durand")


def test_the_retraction_notice_in_updated_by_is_a_retraction():
    rec = from_crossref(message("derived/crossref_updated_by_retraction_excerpt.json"))
    assert [(u.kind, u.is_retraction) for u in rec.updated_by] == [("correction", False), ("retraction", True)]


# ------------------------------------------------------------------ matching

CHAPTER = from_crossref(message("crossref_work_book_chapter.json"))


def test_the_same_work_matches_on_every_field_present():
    mine = ref(
        type="chapter", title="Clinical symptoms and physical examinations", author=[{"family": "Diercks"}],
        issued={"date-parts": [[2015]]}, page="155–158", **{"container-title": "Shoulder Stiffness"},
    )  # fmt: skip
    cmp = compare(mine, CHAPTER)
    assert cmp.as_dict() == {
        "title": "match", "author": "match", "year": "match", "container-title": "match",
        "volume": "unknown", "issue": "unknown", "page": "match",
    }  # fmt: skip
    assert not cmp.conflicts


def _cyrillic_record(title: str, family: str, container: str = "Вестник") -> object:
    return from_crossref(
        {"DOI": "10.1234/x", "title": [title], "author": [{"family": family, "sequence": "first"}],
         "issued": {"date-parts": [[2019]]}, "container-title": [container], "type": "journal-article"}
    )  # fmt: skip


def test_a_cyrillic_title_matches_its_latin_transliteration():
    rec = _cyrillic_record("Глобализация и корейская национальная идентичность", "Ли")
    mine = ref(title="Globalizatsiya i koreiskaya natsional'naya identichnost'", author=[{"family": "Li"}], issued={"date-parts": [[2019]]})
    cmp = compare(mine, rec)
    assert cmp["title"].verdict == "match" and cmp["author"].verdict == "match" and not cmp.conflicts


def test_a_cyrillic_title_against_its_english_translation_is_unknown_not_a_mismatch():
    rec = _cyrillic_record("Глобализация и корейская национальная идентичность", "Ли")
    mine = ref(title="Globalization and Korean national identity", author=[{"family": "Li"}], issued={"date-parts": [[2019]]})
    cmp = compare(mine, rec)
    assert cmp["title"].verdict == "unknown" and not cmp.conflicts


def test_a_translated_title_given_in_brackets_counts():
    rec = from_crossref({"DOI": "10.1/y", "title": ["Globalization and Korean national identity"], "type": "journal-article"})
    mine = ref(title="Глобализация и корейская национальная идентичность", **{"translated-title": "Globalization and Korean national identity"})
    assert compare(mine, rec)["title"].verdict == "match"


def test_a_different_title_and_author_conflict():
    mine = ref(title="How to Compare Regional Powers", author=[{"family": "Nolte"}], issued={"date-parts": [[2010]]})
    cmp = compare(mine, CHAPTER)
    assert cmp["title"].verdict == "mismatch" and cmp["author"].verdict == "mismatch" and cmp.conflicts


def test_one_wrong_detail_alone_is_not_a_conflict_but_two_are():
    base = dict(title="Clinical Symptoms and Physical Examinations", author=[{"family": "Diercks"}], type="chapter")
    assert not compare(ref(**base, issued={"date-parts": [[2011]]}, page="155-158"), CHAPTER).conflicts
    assert compare(ref(**base, issued={"date-parts": [[2011]]}, page="12-20"), CHAPTER).conflicts


def test_an_issue_number_printed_where_the_volume_belongs_is_close_not_wrong():
    rec = from_crossref({"DOI": "10.1/z", "title": ["T"], "volume": "36", "issue": "4", "page": "881-901"})
    cmp = compare(ref(title="T", issue="36", page="881–901"), rec)
    assert cmp["issue"].verdict == "close" and cmp["page"].verdict == "match"


def test_a_cited_page_inside_the_article_range_matches():
    rec = from_crossref({"DOI": "10.1/z", "title": ["T"], "page": "637-641"})
    assert compare(ref(title="T", page="639"), rec)["page"].verdict == "match"
    assert compare(ref(title="T", page="700"), rec)["page"].verdict == "mismatch"


def test_a_year_off_by_one_is_close():
    rec = from_crossref({"DOI": "10.1/z", "title": ["T"], "issued": {"date-parts": [[2015, 7, 3]]}})
    assert compare(ref(title="T", issued={"date-parts": [[2016]]}), rec)["year"].verdict == "close"
    assert compare(ref(title="T", issued={"date-parts": [[2012]]}), rec)["year"].verdict == "mismatch"


def test_a_journal_abbreviation_matches_the_full_name():
    rec = from_crossref({"DOI": "10.1/z", "title": ["T"], "container-title": ["Review of International Studies"]})
    assert compare(ref(title="T", **{"container-title": "Rev. Int. Stud."}), rec)["container-title"].verdict == "match"


# ------------------------------------------------------------------ choosing a candidate

REFSTRING = [from_crossref(i) for i in message("crossref_works_query_bibliographic_refstring.json")["items"][:2]]
CERMINE = ref(
    title="CERMINE: automatic extraction of structured metadata from scientific literature",
    author=[{"family": "Tkaczyk"}], issued={"date-parts": [[2015]]}, volume="18", page="317-335",
    **{"container-title": "International Journal on Document Analysis and Recognition"},
)  # fmt: skip


def test_the_sure_candidate_is_chosen():
    best, why = choose_candidate(CERMINE, REFSTRING)
    assert best is not None and best.record.doi == "10.1007/s10032-015-0249-8" and why == "validated"


def test_two_records_of_the_same_work_are_a_tie_and_no_match():
    twin = from_crossref({**message("crossref_works_query_bibliographic_refstring.json")["items"][0], "DOI": "10.9999/copy"})
    best, why = choose_candidate(CERMINE, [REFSTRING[0], twin])
    assert best is None and why.startswith("tie")


def test_a_near_twin_only_counts_as_resolved_when_details_confirm_the_best():
    # title and author alone match both; without year/journal/volume/pages the pick would be a guess
    bare = ref(title=CERMINE.title, author=[{"family": "Tkaczyk"}], issued={"date-parts": [[2015]]})
    near = from_crossref({**message("crossref_works_query_bibliographic_refstring.json")["items"][0], "DOI": "10.9999/near",
                         "issued": {"date-parts": [[2016]]}, "published-print": None, "published-online": None, "volume": "19"})
    assert choose_candidate(bare, [REFSTRING[0], near])[0] is None
    assert choose_candidate(CERMINE, [REFSTRING[0], near])[0].record.doi == "10.1007/s10032-015-0249-8"


def test_a_weak_match_is_no_match():
    other = ref(title="CERMINE: extraction of references", author=[{"family": "Tkaczyk"}], issued={"date-parts": [[2015]]})
    assert choose_candidate(other, REFSTRING)[0] is None


def test_the_same_title_by_other_authors_is_no_match():
    other = ref(title=CERMINE.title, author=[{"family": "Smith"}], issued={"date-parts": [[2015]]})
    assert choose_candidate(other, REFSTRING)[0] is None


def test_a_preprint_is_not_proposed_for_a_journal_article():
    items = [from_crossref(i) for i in message("crossref_works_query_bibliographic_reference.json")["items"][:2]]
    lola = ref(title="LOLA: LLM-Assisted Online Learning Algorithm for Content Experiments", author=[{"family": "Ye"}], issued={"date-parts": [[2024]]})
    assert items[0].type == "posted-content"
    assert choose_candidate(lola, items)[0] is None


# ------------------------------------------------------------------ headers and URLs


@pytest.mark.parametrize("value, seconds", [("1s", 1.0), ("60s", 60.0), ("1m", 60.0), ("2", 2.0), ("500ms", 0.5), ("soon", None)])
def test_rate_limit_intervals_are_read_with_units(value, seconds):
    assert _seconds(value) == seconds


def test_retry_after_reads_seconds_and_http_dates():
    assert _retry_after("7") == 7.0
    assert _retry_after("Wed, 21 Oct 2015 07:28:00 GMT") == 0.0  # in the past: no wait
    assert _retry_after("later") is None


def test_the_pacer_learns_limits_from_headers():
    pacer = _Pacer()
    pacer.learn({"x-rate-limit-limit": "10", "x-rate-limit-interval": "1s", "x-concurrency-limit": "3"})
    assert (pacer.concurrency, pacer.gap) == (3, 0.1)
    pacer.learn({"x-rate-limit-limit": "50", "x-rate-limit-interval": "1m"})
    assert pacer.gap == pytest.approx(1.2)


@pytest.mark.parametrize(
    "url, problem",
    [("https://example.org/a b", "contains spaces"), ("ftp://example.org/x", "scheme 'ftp', not http(s)"),
     ("http:///path", "no host"), ("http://intranet/x", "host 'intranet' has no domain"), ("https://example.org/ok", None),
     ("litart.kz/en/auezov-life", None), ("www.stat.gov.kz", None), ("intranet/x", "scheme 'missing', not http(s)")],
)  # fmt: skip
def test_malformed_urls_are_named(url, problem):
    assert url_problem(url) == problem


def test_findings_are_frozen_and_check_their_severity():
    f = Finding("url-dead", "warning", "URL", "gone", None)
    with pytest.raises(AttributeError):
        f.code = "x"  # type: ignore[misc]
    with pytest.raises(ValueError):
        Finding("x", "fatal", None, "m")
    assert f.to_dict() == {"code": "url-dead", "severity": "warning", "field": "URL", "message": "gone", "suggestion": None, "reference": None}


# ------------------------------------------------------------------ the seed: both lists against each other

SEED = Path(__file__).resolve().parents[1] / "fixtures" / "seed"
ORIGINAL = json.loads((SEED / "references-original.json").read_text(encoding="utf-8"))
TRANSLIT = json.loads((SEED / "references-translit.json").read_text(encoding="utf-8"))
PAIRS = [(o, t) for o, t in zip(ORIGINAL, TRANSLIT) if o.get("title")]


def as_record(item: dict):
    """A Crossref-shaped record made from a seed item, as if the work were registered."""
    first = (item.get("author") or [{}])[0]
    return from_crossref({
        "DOI": "10.5555/" + item["id"], "type": "journal-article", "title": [item["title"]],
        "author": [{"family": first.get("family") or first.get("literal"), "sequence": "first"}] if first else [],
        "issued": item.get("issued"), "container-title": [item["container-title"]] if item.get("container-title") else [],
        "volume": item.get("volume"), "issue": item.get("issue"), "page": item.get("page"),
    })  # fmt: skip


@pytest.mark.parametrize("original, translit", PAIRS, ids=[o["id"] for o, _ in PAIRS])
def test_a_seed_reference_and_its_transliteration_are_the_same_work(original, translit):
    for mine, theirs in ((translit, original), (original, translit)):
        cmp = compare(Reference.from_csl(mine), as_record(theirs))
        assert cmp["title"].verdict == "match" and cmp["author"].verdict == "match" and not cmp.conflicts


@pytest.mark.parametrize("original, translit", PAIRS, ids=[o["id"] for o, _ in PAIRS])
def test_a_seed_reference_cited_by_its_english_title_is_not_a_mismatch(original, translit):
    english = {k: v for k, v in translit.items() if k != "translated-title"}
    english["title"] = translit.get("translated-title") or translit["title"]
    cmp = compare(Reference.from_csl(english), as_record(original))
    assert cmp["title"].verdict in ("match", "unknown") and not cmp.conflicts


@pytest.mark.parametrize("i", range(len(PAIRS)), ids=[o["id"] for o, _ in PAIRS])
def test_no_seed_reference_is_given_the_record_of_another(i):
    for mine in (PAIRS[i][0], PAIRS[i][1]):
        others = [as_record(PAIRS[j][0]) for j in range(len(PAIRS)) if j != i]
        for other in others:
            assert choose_candidate(Reference.from_csl(mine), [other])[0] is None
            cmp = compare(Reference.from_csl(mine), other)
            # either the record is seen to be another work, or nothing that identifies a work agrees
            assert cmp.conflicts or {cmp["title"].verdict, cmp["author"].verdict} <= {"unknown", "mismatch"}


def test_seed_references_with_author_title_and_year_find_their_own_record():
    found = [
        o["id"] for o, t in PAIRS
        if (o.get("issued") and choose_candidate(Reference.from_csl(t), [as_record(o)])[0] is not None)
    ]  # fmt: skip
    assert len(found) >= 10, found


@pytest.mark.parametrize(
    "ours, theirs, verdict",
    [
        ("Шорманбаева", "Shormanbayeva", "match"),     # another romanisation system
        ("Ovcharova", "Ovtcharova", "match"),
        ("이", "Lee", "match"),                          # the customary spelling of a Korean name
        ("이", "Rhee", "unknown"),                       # Korean spellings vary too much to call a difference
        ("Hwang", "Wang", "mismatch"),                  # short names one letter apart are other people
        ("Kim", "Kim", "match"),
        ("Акматалиева", "Fumagalli", "mismatch"),
    ],
)  # fmt: skip
def test_first_author_family_names_across_scripts(ours, theirs, verdict):
    rec = from_crossref({"DOI": "10.1/n", "author": [{"family": theirs, "sequence": "first"}]})
    assert compare(ref(author=[{"family": ours}]), rec)["author"].verdict == verdict
