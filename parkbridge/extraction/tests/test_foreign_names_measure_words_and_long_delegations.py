"""Foreign names transliterated into Chinese after a title, Chinese measure words for goods,
and a Russian delegation described at length before its visit verb."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.chinese import find_figures


def test_a_transliterated_name_after_a_presidents_title_is_a_person() -> None:
    facts = extract_article("吉尔吉斯斯坦总统扎帕罗夫会见了中国企业代表团。")
    assert [(p.name, p.role) for p in facts.people] == [("扎帕罗夫", "总统")]


def test_a_title_followed_by_an_ordinary_noun_is_no_foreign_name() -> None:
    assert extract_article("大使馆举行了招待会，总理表示支持。").people == []


def test_vehicles_counted_in_ten_thousands_are_one_count() -> None:
    assert [(f.value, f.unit) for f in find_figures("工厂年产能8万辆。")] == [(80_000, "count")]


def test_tonnes_in_chinese_use_the_schema_unit() -> None:
    assert [(f.value, f.unit) for f in find_figures("年产钢材30万吨。")] == [(300_000, "tonnes")]


def test_a_russian_delegation_described_at_length_before_its_visit_is_an_event() -> None:
    facts = extract_article(
        "Делегация Казахстана во главе с первым вице-министром торговли Асетом Маратовым "
        "посетила Татарстан."
    )
    assert [e.kind for e in facts.events] == ["business_mission"]
