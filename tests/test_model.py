from __future__ import annotations

import dataclasses
import json
from pathlib import Path

import pytest

from refkit import Date, Name, Reference

GOLDEN = json.loads((Path(__file__).parent / "golden" / "csl-roundtrip.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("item", GOLDEN, ids=[str(i["id"]) for i in GOLDEN])
def test_csl_items_round_trip_losslessly(item):
    assert Reference.from_csl(item).to_csl() == item


@pytest.mark.parametrize("item", GOLDEN, ids=[str(i["id"]) for i in GOLDEN])
def test_round_trip_survives_json_serialisation(item):
    out = Reference.from_csl(item).to_csl()
    assert json.loads(json.dumps(out, ensure_ascii=False)) == item


def test_references_are_immutable():
    ref = Reference.from_csl({"id": 1, "title": "A", "custom": [1, 2]})
    with pytest.raises(dataclasses.FrozenInstanceError):
        ref.title = "B"  # type: ignore[misc]
    with pytest.raises(TypeError):
        ref.extra["custom"] = 3  # type: ignore[index]


def test_replace_returns_a_new_reference_and_keeps_the_original():
    ref = Reference.from_csl({"id": 1, "title": "A"})
    new = ref.replace(title="B", author=[Name(family="Ivanov", given="I.I.")])
    assert ref.title == "A" and ref.author == ()
    assert new.to_csl()["author"] == [{"family": "Ivanov", "given": "I.I."}]


def test_refkit_additions_are_attributes():
    ref = Reference.from_csl(GOLDEN[6])
    assert ref.translated_title == "The term OPR will be used"
    assert ref.raw.startswith("왕길환")
    assert ref.confidence == 0.93
    assert ref.spans["title"] == (5, 20)
    assert ref.alternate["container-title"] == "Jonhap n'jusy"


def test_provenance_can_be_left_out():
    out = Reference.from_csl(GOLDEN[6]).to_csl(provenance=False)
    assert not {"refkit-raw", "refkit-spans", "refkit-confidence"} & out.keys()
    assert out["translated-title"] == "The term OPR will be used"


def test_date_year_reads_parts_and_raw_text():
    assert Date.of(2020, 5).to_csl() == {"date-parts": [[2020, 5]]}
    assert Date.from_csl({"date-parts": [["2012"]]}).year == 2012
    assert Date.from_csl({"raw": "December 2012"}).year == 2012
    assert Date.from_csl({"literal": "n.d."}).year is None


def test_name_display_follows_the_script():
    assert Name(family="왕", given="길환").display == "왕길환"
    assert Name(family="Овчарова", given="Т.Н.").display == "Овчарова Т.Н."
    assert Name(literal="World Bank").display == "World Bank"


def test_from_csl_rejects_what_is_not_an_item():
    with pytest.raises(TypeError):
        Reference.from_csl(["not", "an", "item"])  # type: ignore[arg-type]
