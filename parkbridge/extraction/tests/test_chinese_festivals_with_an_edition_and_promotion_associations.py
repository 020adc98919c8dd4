"""Chinese festivals named with their edition are events, apart from the meetings held at
them; a promotion association ("…促进会") is a meeting only where it is held (sentences written
for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese_events import edition_festivals, held_meeting


def events(text: str) -> list[str]:
    return [e["name"] for e in extract_article(text).to_json()["events"]]


def test_a_festival_after_its_edition_is_an_event() -> None:
    assert edition_festivals("东港第五届海港开渔节开幕") == [("第五届海港开渔节", 5)]


def test_a_programme_or_a_node_after_an_edition_is_no_festival() -> None:
    assert edition_festivals("第二届科技节目播出,第三届物流节点建设") == []


def test_a_festival_and_the_meeting_held_at_it_are_two_events() -> None:
    text = "新华社济南9月9日电 第三届中国(东港)海鲜文化节重点项目推介会暨签约仪式9日举行。"
    names = events(text)
    assert "第三届中国(东港)海鲜文化节" in names
    assert len(names) == 2


def test_a_promotion_association_that_signs_is_no_meeting() -> None:
    text = "园区管委会与东港市经济发展促进会签订合作意向书。在推介会上,双方交流。"
    assert not held_meeting("东港市经济发展促进会", text)


def test_a_promotion_meeting_that_is_held_is_a_meeting() -> None:
    assert held_meeting("投资促进会", "两国在边境联合召开投资促进会,达成合同项目35个。")
    assert held_meeting("投资促进会", "在投资促进会上,双方签约。")
