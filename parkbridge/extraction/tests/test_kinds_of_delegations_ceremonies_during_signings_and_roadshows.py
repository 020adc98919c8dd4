"""Described events: a demonym's business or trade delegation that visits, a ceremony a signing
took place during, a body's annual meeting and a roadshow named by where it goes (sentences
written for these tests)."""

from parkbridge.extraction import extract_article


def _events(body: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in extract_article("Zone news\n\n" + body).events]


def test_a_demonyms_business_delegation_that_visits_is_a_mission() -> None:
    assert _events("A Kenyan business delegation visited the zone on Monday.") == [
        ("Kenyan business delegation", "business_mission")
    ]


def test_a_ceremony_a_signing_took_place_during_is_an_event() -> None:
    assert _events("The agreement was signed during a ceremony in Cairo.") == [
        ("ceremony in Cairo", "other")
    ]


def test_a_bodys_annual_meeting_is_a_conference_but_a_boards_is_not() -> None:
    events = _events("He spoke at the annual meeting of the Coastal Zones Organization in Accra.")
    assert events == [("annual meeting of the Coastal Zones Organization", "conference")]
    assert _events("The annual meeting of the Board approved it.") == []


def test_a_roadshow_in_a_city_is_an_event() -> None:
    assert _events("The zone hosted a roadshow in Mumbai to meet investors.") == [
        ("roadshow in Mumbai", "other")
    ]
