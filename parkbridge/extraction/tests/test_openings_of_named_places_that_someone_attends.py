"""The opening, inauguration or foundation-stone laying of a named place is an event when the
sentence says someone attends or holds it; a historical mention or the opening of a named
event (part of that event) is not."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in extract_article(text).events]


def test_an_attended_opening_of_a_named_park_is_an_event():
    text = "The minister attended the opening of the Lakeside Technopark on Monday."
    assert _events(text) == [("opening of the Lakeside Technopark", "other")]


def test_a_witnessed_foundation_stone_laying_is_an_event():
    text = "The governor witnessed the foundation-stone laying of the Orion Glass Works."
    assert _events(text) == [("foundation-stone laying of the Orion Glass Works", "other")]


def test_an_opening_nobody_attends_is_history_not_an_event():
    assert _events("The opening of the Kiel Canal changed Baltic trade.") == []


def test_the_opening_of_a_named_expo_is_part_of_the_expo():
    text = "The president attended the opening of Metalworks-2026 in the city."
    assert all(not name.startswith("opening") for name, _ in _events(text))
