"""Events described rather than named (study tours, a visit tied to a delegation, a conference
"held in" a place, "инвестфорум в <городе>") and named events written short: an economic
forum's acronym ("EEF", "ВЭФ") and a city's expo ("Dubai Expo")."""

import pytest

from parkbridge.extraction import extract_article

DATE_LINE = "May 17, 2024\n\n"


def _events(body: str) -> list[tuple[str, str | None]]:
    return [(e.name, e.kind) for e in extract_article(DATE_LINE + body).events]


@pytest.mark.parametrize(
    ("body", "name", "kind"),
    [
        ("A trade mission to Kenya led by the chamber left on Monday.", "trade mission to Kenya",
         "business_mission"),
        ("The officials began a study tour of Malaysia to learn how its zones are run.",
         "study tour of Malaysia", "business_mission"),
        ("Deals worth $3 billion were signed during an investment conference held in Doha.",
         "investment conference", "conference"),
        ("The companies exhibited at the Astana Expo in June.", "Astana Expo", "expo"),
        ("The memorandum was signed at the EEF in Vladivostok.", "EEF", "forum"),
        ("Соглашение подписано на ВЭФ во Владивостоке.", "ВЭФ", "forum"),
        ("Губернатор выступил на инвестфоруме в Казани.", "инвестфоруме в Казани", "forum"),
    ],
)  # fmt: skip
def test_a_described_or_shortly_named_event_is_found(body: str, name: str, kind: str) -> None:
    assert (name, kind) in _events(body)


def test_a_visit_tied_to_a_delegation_is_one_event_not_also_its_tour() -> None:
    events = _events(
        "The present visit to Penang Science Park was part of the delegation's study tour of "
        "Malaysia."
    )
    assert len(events) == 1
    assert events[0][0].endswith("visit to Penang Science Park")


def test_a_visit_without_a_delegation_or_tour_is_not_an_event() -> None:
    assert _events("Their visit to Penang lasted two hours.") == []


def test_an_acronym_of_a_forum_already_named_is_that_forum() -> None:
    events = _events(
        "Соглашение подписано на Восточном экономическом форуме (ВЭФ) во Владивостоке."
    )
    assert len(events) == 1


def test_a_city_and_a_lower_case_fair_is_not_a_name() -> None:
    assert _events("The Kazan forum gathered 300 people.") == []


def test_a_country_acronym_is_not_a_forum() -> None:
    assert _events("Соглашение подписали представители РФ и КНР.") == []
