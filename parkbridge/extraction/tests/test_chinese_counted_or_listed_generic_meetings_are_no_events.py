"""A Chinese meeting named by common words only is no event where it is counted ("21个高层论坛"),
the first of a kind ("首场…推介会") or one item of a list; a meeting with a place or a quoted
name stays one (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_events import counted_or_listed


def events(text: str) -> list[str]:
    return [e["name"] for e in extract_article(text).to_json()["events"]]


def test_counted_common_meetings_are_a_class_not_an_event() -> None:
    text = "新华社北京5月8日电 合作框架下共举办12个高层论坛,成果丰硕。"
    assert events(text) == []


def test_a_listed_common_meeting_is_no_event() -> None:
    assert counted_or_listed("项目对接会", "举办了东港展览会、项目对接会、经贸洽谈会。")


def test_the_first_meeting_of_a_kind_is_no_name() -> None:
    assert counted_or_listed("首场域外大型招商推介会", "这是该市今年首场域外大型招商推介会。")


def test_a_common_meeting_held_on_its_own_is_not_counted() -> None:
    assert not counted_or_listed("专场投资贸易推介会", "在东港商会举办的专场投资贸易推介会上")


def test_a_meeting_with_a_place_in_its_name_stays_an_event() -> None:
    text = "新华社杭州5月8日电 在2026东海投资与产能合作项目对接会上,多家企业签约。"
    assert "2026东海投资与产能合作项目对接会" in events(text)
