"""Described events follow SCHEMA.md: visits between countries, ceremonies of their own, and
forums described rather than named when the text gives them a length, a date or a venue."""

from parkbridge.extraction import extract_article


def _events(text: str) -> list[str]:
    return [e.name for e in extract_article(text).events]


def test_a_working_visit_inside_the_officials_own_country_is_not_an_event() -> None:
    text = (
        "MOSCOW, May 3. The Russian prime minister will be on a working visit to Kazan on May 5, "
        "where he will tour a car plant."
    )
    assert not any("visit" in e for e in _events(text))


def test_a_working_visit_to_another_country_is_an_event() -> None:
    text = (
        "As part of a working visit to Kazakhstan, the Minister of Industry of Uzbekistan met "
        "investors in Almaty."
    )
    assert any("working visit" in e for e in _events(text))


def test_a_state_visit_stays_an_event() -> None:
    assert any("state visit" in e for e in _events("The president paid a state visit to Egypt."))


def test_the_opening_ceremony_of_a_named_expo_is_part_of_that_expo() -> None:
    events = _events(
        "The governor spoke at the opening ceremony of the Fifth Caspian Trade Expo in Baku."
    )
    assert not any("ceremony" in e for e in events)


def test_a_signing_ceremony_is_an_event_of_its_own() -> None:
    assert any("ceremony" in e for e in _events("A signing ceremony took place in Tashkent."))


def test_a_forum_described_with_its_dates_is_an_event() -> None:
    events = _events(
        "date 2025-02-01\n\nThe minister invited them to an agricultural forum to be held in "
        "Osh on April 3-4."
    )
    assert "agricultural forum" in events


def test_a_conference_described_by_its_length_is_an_event() -> None:
    assert "two-day conference" in _events(
        "Ten deals were announced during the two-day conference."
    )


def test_a_described_forum_that_restates_a_named_one_is_not_a_second_event() -> None:
    events = _events(
        "The Caspian Economic Forum opened on May 5, 2024. The economic forum will be held "
        "again next year."
    )
    assert len(events) == 1
