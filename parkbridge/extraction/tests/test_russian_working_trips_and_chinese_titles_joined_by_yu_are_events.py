"""A Russian official's working trip is an official visit, also to a region at home and with who
travels named between; a Chinese title joined by 与 over several words is one event, and two
bodies joined by 与 are not (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def events(text: str) -> list[str]:
    return [e.name for e in extract_article(text).events]


def test_a_working_trip_with_the_traveller_named_between_is_a_visit() -> None:
    text = "Второй день рабочей поездки главы правительства в Омск начался с посещения технопарка."
    assert events(text) == ["рабочей поездки главы правительства в Омск"]


def test_a_working_trip_to_a_region_at_home_is_a_visit() -> None:
    text = "Министр промышленности России совершил рабочую поездку в Томск и посетил технопарк."
    assert events(text) == ["рабочую поездку в Томск"]


def test_a_title_joined_by_yu_over_several_words_is_one_event() -> None:
    assert events("活动之一蒙古与豫企投资贸易洽谈会在某酒店召开。") == ["蒙古与豫企投资贸易洽谈会"]


def test_a_committee_and_an_association_joined_by_yu_stay_two_names() -> None:
    facts = extract_article(
        "在推介会上,广州生态产业园管委会与深圳市经济发展促进会、某县农业协会分别签订合作意向书。"
    )
    names = [x.name for x in (*facts.events, *facts.organizations)]
    assert not any("与" in n for n in names)
