"""English described events: ceremonies named by their act (establishment, granting) or by
where someone held them, an official ceremony that took place, "his State visit", a numbered
roadshow and a delegation named by the firms in it (sentences written for these tests)."""

from parkbridge.extraction.described_events import find_described_events


def described(text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind or "") for m in find_described_events(text, "en")]


def test_an_establishment_ceremony_is_an_event() -> None:
    text = "Investors gathered at the Lekki free zone establishment ceremony in Lagos."
    assert ("establishment ceremony", "other") in described(text)


def test_a_granting_ceremony_is_an_event() -> None:
    text = "The minister witnessed the granting ceremony of investment licences for ten firms."
    assert ("granting ceremony", "other") in described(text)


def test_a_ceremony_presided_over_at_a_named_place_is_an_event() -> None:
    text = "The governor, who presided over the ceremony at the State House of Enugu, spoke."
    assert ("ceremony at the State House of Enugu", "other") in described(text)


def test_a_ceremony_merely_planned_at_a_place_is_no_event() -> None:
    assert described("A ceremony at the State House is planned for next year.") == []


def test_an_official_ceremony_that_took_place_is_an_event() -> None:
    text = "The official ceremony took place in the presence of both presidents."
    assert ("official ceremony", "other") in described(text)


def test_his_state_visit_is_an_event_without_a_destination() -> None:
    text = "The crown prince began his State visit after the summit in the capital."
    assert ("State visit", "other") in described(text)


def test_a_numbered_roadshow_is_an_event() -> None:
    text = "The authority has launched its first roadshow for the fiscal year in Korea."
    assert ("first roadshow", "other") in described(text)


def test_a_delegation_named_by_its_firms_is_a_business_mission() -> None:
    text = "It was agreed while the delegation of Polish business entities was in Almaty."
    assert ("delegation of Polish business entities", "business_mission") in described(text)
