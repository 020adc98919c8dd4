"""Described events in English: a delegation named by who sent it or visiting after an aside,
an official visit named by who leads it, a ceremony named by its place, and two ceremonies
between different parties (sentences written for these tests)."""

from parkbridge.extraction.described_events import find_described_events
from parkbridge.extraction.pipeline import extract_article


def described(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind or "") for m in find_described_events(text, "en")]


def test_a_delegation_welcomed_from_a_body_is_a_business_mission() -> None:
    got = described(
        "Officials of the port welcomed a delegation from Kenya’s Investment Authority."
    )
    assert got == [("delegation from Kenya’s Investment Authority", "business_mission")]


def test_a_delegation_that_visited_after_an_aside_is_a_business_mission() -> None:
    text = "A Polish delegation, (with Mr. Adam Nowak, a former senator) has visited the free zone."
    assert described(text) == [("Polish delegation", "business_mission")]


def test_a_delegation_named_by_its_sender_is_a_visit_even_when_it_only_talked() -> None:
    # Unseen articles count such delegations as visits (session 8), so this changed.
    assert described("The Polish delegation discussed tariffs with the ministry.") == [
        ("Polish delegation", "business_mission")
    ]


def test_a_delegation_without_its_sender_is_no_visit() -> None:
    assert described("The delegation discussed tariffs with the ministry.") == []


def test_an_official_visit_led_by_someone_is_an_event() -> None:
    text = "The deal came during an official visit led by Dr. Omar Haddad, head of the agency."
    assert described(text) == [("official visit led by Dr. Omar Haddad", "other")]


def test_a_ceremony_at_a_place_counts_when_the_sentence_says_what_it_marked() -> None:
    text = "The governor opened the estate in a ceremony at the Provincial Assembly Hall."
    assert described(text) == [("ceremony at the Provincial Assembly Hall", "other")]
    assert described("He gave a speech in a ceremony at the Provincial Assembly Hall.") == []


def test_two_signing_ceremonies_between_different_parties_are_two_events() -> None:
    text = (
        "The minister attended the signing ceremony of an agreement to build a new port.\n"
        "He also attended a signing ceremony between Delta Cement and Orion Steel on a plant."
    )
    names = [e["name"] for e in extract_article(text).to_json()["events"]]
    assert names == [
        "signing ceremony of an agreement",
        "signing ceremony between Delta Cement and Orion Steel",
    ]


def test_a_restated_signing_ceremony_stays_one_event() -> None:
    text = (
        "The minister attended the signing ceremony in the capital.\n"
        "After the signing ceremony, the minister toured the plant."
    )
    assert len(extract_article(text).to_json()["events"]) == 1


def test_a_delegation_from_a_body_that_visited_is_a_business_mission() -> None:
    text = "A delegation from the Ministry of Mines of Ghana visited the port on Monday."
    assert described(text) == [
        ("delegation from the Ministry of Mines of Ghana", "business_mission")
    ]
