"""English events: a signing someone attends or witnesses is a ceremony, and a quoted name
after "the event" that opens with an event word is that event (sentences written for these
tests)."""

from parkbridge.extraction.described_events import find_described_events


def described(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind or "") for m in find_described_events(text, "en")]


def test_a_signing_attended_by_an_official_is_an_event() -> None:
    text = "The governor witnessed on Friday in the port city the signing of a memorandum of understanding."
    assert described(text) == [("signing of a memorandum of understanding", "other")]


def test_a_signing_witnessed_by_ministers_is_an_event() -> None:
    text = "Both ministers witnessed the signing of an agreement on rail freight."
    assert described(text) == [("signing of an agreement", "other")]


def test_a_signing_nobody_attends_is_no_event() -> None:
    assert described("The signing of an agreement on rail freight is expected in May.") == []


def test_a_quoted_conference_name_after_the_event_is_that_event() -> None:
    text = "The board thanked the park for organizing the event “Forum on Green Logistics for Asian Ports” in June."
    assert described(text) == [("Forum on Green Logistics for Asian Ports", "forum")]


def test_a_quoted_phrase_without_an_event_word_is_no_event() -> None:
    assert described("The park hosted the event “Open Doors Day” in June.") == []
