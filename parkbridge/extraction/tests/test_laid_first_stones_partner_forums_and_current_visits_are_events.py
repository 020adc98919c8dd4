"""English described events: a first or foundation stone laid, a forum named by its two partners
after "a" or "the" (one of them an acronym), an official's current visit or state trip abroad
(sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.described_events import find_described_events


def described(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind or "") for m in find_described_events(text, "en")]


def events(text: str) -> list[str]:
    return [e.name for e in extract_article(text).events]


def test_a_laid_first_stone_is_a_ceremony_named_with_what_it_founds() -> None:
    text = "The governor laid the symbolic first stone of the new logistics terminal on Friday."
    assert described(text) == [
        ("laid the symbolic first stone of the new logistics terminal", "other")
    ]


def test_a_first_stone_laid_in_a_construction_ends_before_its_date() -> None:
    text = "The president laid the first stone in the construction of this campus on 3 May 2021."
    assert ("laid the first stone in the construction of this campus", "other") in described(text)


def test_a_headline_foundation_stone_without_an_article_is_a_ceremony() -> None:
    text = "Chief Minister lays foundation stone for Delta logistics region project"
    assert ("foundation stone for Delta logistics region project", "other") in described(text)


def test_a_named_sites_foundation_stone_placed_is_a_ceremony() -> None:
    text = "In June the Kelvin Industrial Park foundation stone was placed near the river port."
    assert ("Kelvin Industrial Park foundation stone", "other") in described(text)


def test_a_stone_that_nobody_lays_is_no_event() -> None:
    assert described("The first stone houses of the old town survived the flood.") == []


def test_a_forum_named_by_two_partners_one_an_acronym_is_an_event() -> None:
    text = "Trade news\nThe Brazil-UAE business forum took place on March 12 in Dubai."
    assert events(text) == ["Brazil-UAE business forum"]


def test_a_partner_forum_introduced_with_a_is_an_event() -> None:
    text = "Exporters came because a Lisbon-Hungary business forum was held in the city."
    assert ("Lisbon-Hungary business forum", "forum") in described(text)


def test_a_partner_exhibition_centre_is_a_venue_not_an_event() -> None:
    assert described("The deal sets up a China-Chile exhibition center in the port.") == []


def test_an_officials_current_visit_abroad_is_an_event() -> None:
    text = "The minister said that on his current visit to Chile he met 100 firms from Hungary."
    assert ("current visit to Chile", "other") in described(text)


def test_a_state_trip_is_a_state_visit() -> None:
    text = "Ties grew during the crown prince's two-day state trip to India last week."
    assert ("state trip to India", "other") in described(text)
