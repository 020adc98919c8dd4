"""Described events: an official inaugurating a park or zone, an official leading a team to a
place (Chinese), and a visit beside a signing ceremony in one article (sentences written for
these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.described_events import find_described_events


def described(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind or "") for m in find_described_events(text, language)]


def test_an_inaugurated_industrial_park_is_an_inauguration_event() -> None:
    text = "The prime minister inaugurated the Lake Tana Industrial Park on Saturday."
    assert ("inauguration of the Lake Tana Industrial Park", "other") in described(text, "en")


def test_an_inaugurated_airport_is_no_event_of_this_kind() -> None:
    assert (
        described("The prime minister inaugurated the Lake Tana Airport on Saturday.", "en") == []
    )


def test_an_official_leading_a_team_to_a_zone_is_a_visit() -> None:
    text = "9月2日,某市开发区党工委书记王某带队到某县经济开发区考察,考察团参观了项目现场。"
    assert ("到某县经济开发区考察", "business_mission") in described(text, "zh")


def test_a_visit_abroad_and_a_signing_ceremony_are_two_events() -> None:
    text = (
        "MOMBASA, May 3 (Wire) -- Kenya's trade minister made an official visit to Egypt. "
        "During the visit the two sides held a signing ceremony at the port."
    )
    names = [e["name"] for e in extract_article(text).to_json()["events"]]
    assert "official visit to Egypt" in names
    assert "signing ceremony" in names
