"""Chinese ceremonies: a named fair's signing ceremony is an event of its own beside the fair,
more ceremony verbs (动工, 落成, 入园), a member of a delegation ("随…代表团") is no part of the
visit's name, and a count of activities is no event (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_events import ceremony_of
from parkbridge.extraction.described_events import find_described_events


def events(text: str) -> list[str]:
    return [e["name"] for e in extract_article(text).to_json()["events"]]


def described(text: str) -> list[str]:
    return [m.name for m in find_described_events(text, "zh")]


def test_a_named_fairs_signing_ceremony_is_an_event_beside_the_fair() -> None:
    text = "新华社南宁9月18日电 第七届中国—南洋博览会签约仪式18日在南宁举行,共签约项目50个。"
    assert sorted(events(text)) == ["第七届中国—南洋博览会", "第七届中国—南洋博览会签约仪式"]


def test_a_ceremony_joined_to_another_title_is_not_one_of_the_fair() -> None:
    assert ceremony_of("南洋博览会签约仪式", "南洋博览会")
    assert not ceremony_of("南洋博览会开幕式暨签约仪式", "南洋博览会")
    assert not ceremony_of("南洋博览会", "南洋博览会")


def test_groundbreaking_completion_and_admission_ceremonies_are_events() -> None:
    assert "东港新区市政工程动工仪式" in described("9月26日,东港新区市政工程动工仪式举行。")
    assert "东港健康产业园落成仪式" in described("东港健康产业园落成仪式在东港举行。")
    assert "南湖工业园入园仪式" in described("两国领导人出席南湖工业园入园仪式。")


def test_a_member_of_a_delegation_is_no_part_of_the_visits_name() -> None:
    text = "5月25日至29日,市委书记王某随省友好代表团对南洋国进行访问。"
    assert "省友好代表团对南洋国进行访问" in described(text)


def test_a_delegation_that_carries_out_a_visit_to_a_place_is_a_mission() -> None:
    text = "日前,东港贸易促进会商务考察团对南湖市进行了为期4天的商务考察。"
    assert "东港贸易促进会商务考察团" in described(text)


def test_a_count_of_signing_activities_is_no_event() -> None:
    assert described("博览会期间举办了85场集中签约活动。") == []
