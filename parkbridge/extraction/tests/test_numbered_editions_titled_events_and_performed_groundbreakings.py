"""Events: a numbered edition names a recurring event without an event head, an event may be
named by its quoted title, and a groundbreaking someone performs is a ceremony; a five-year plan
named with capitals is no duration (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _facts(body: str):
    return extract_article("Event news\n\n" + body)


def _events(body: str) -> list[tuple[str, str]]:
    return [(e.name, e.kind) for e in _facts(body).events]


def test_a_numbered_initiative_is_a_conference() -> None:
    events = _events("The lease was agreed at the 7th Green Growth Initiative in Doha.")
    assert [k for _, k in events] == ["conference"]
    assert "Green Growth Initiative" in events[0][0]


def test_a_numbered_annual_meeting_of_a_body_is_a_conference() -> None:
    events = _events(
        "Delegates gathered for the 12th Annual Meeting of Coastal Free Zones in Accra."
    )
    assert len(events) == 1 and events[0][0].endswith("Annual Meeting of Coastal Free Zones")


def test_a_numbered_plenary_session_is_no_event() -> None:
    assert _events("The 5th Plenary Session of the Council approved the budget.") == []


def test_an_event_named_by_its_quoted_title() -> None:
    events = _events(
        "Titled “Two Nations, One Market: Building Links”, the forum was attended by 300 leaders."
    )
    assert events == [("Two Nations, One Market: Building Links", "forum")]
    assert _events('The agency held a conference entitled "Green Zones for Growth" in Lagos.') == [
        ("Green Zones for Growth", "conference")
    ]


def test_a_groundbreaking_someone_performs_is_a_ceremony() -> None:
    events = _events(
        "Prime Minister Omar Haddad on Friday performed groundbreaking of Kelmora Industrial "
        "City, officials said."
    )
    assert events == [("groundbreaking of Kelmora Industrial City", "other")]


def test_a_capitalised_five_year_plan_is_no_duration() -> None:
    assert _facts("The 15th Five-Year Plan sets new goals for the parks.").figures == []


def test_an_investment_conclave_is_a_conference() -> None:
    assert _events("Delegates attended the Kelmora Investment Conclave on Monday.") == [
        ("Kelmora Investment Conclave", "conference")
    ]
