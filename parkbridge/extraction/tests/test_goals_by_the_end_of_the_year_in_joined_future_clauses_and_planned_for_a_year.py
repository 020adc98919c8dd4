"""Targets: "by the end of the year" is the year of publication; a joined clause with a future
verb of its own goes on with the goal of the deadline before it; a plan to reach a figure "in
2026" is a goal for 2026; an amount restated in another currency in brackets is the same goal
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple[float, str, str]]:
    return sorted((round(t.value), t.unit, t.deadline) for t in extract_article(text).targets)


def test_by_the_end_of_the_year_is_the_year_of_publication() -> None:
    text = (
        "TASHKENT, May 4, 2024.\n\n"
        "Exports by the park's residents are expected to exceed $40 million by the end of the "
        "year.\n"
    )
    assert _targets(text) == [(40_000_000, "USD", "2024")]


def test_do_kontsa_goda_is_the_year_of_publication() -> None:
    text = (
        "КАЗАНЬ, 4 мая 2024 года.\n\n"
        "До конца года в технопарке планируется создать 300 рабочих мест.\n"
    )
    assert _targets(text) == [(300, "count", "2024")]


def test_a_joined_clause_with_its_own_future_verb_shares_the_deadline() -> None:
    text = (
        "OMSK, June 2, 2023.\n\n"
        "Private investment in the zone by 2031 will amount to about $2 billion, and the number "
        "of jobs created will exceed 1,200.\n"
    )
    assert _targets(text) == [(1200, "count", "2031"), (2_000_000_000, "USD", "2031")]


def test_a_joined_clause_that_reports_does_not_share_the_deadline() -> None:
    text = (
        "OMSK, June 2, 2023.\n\n"
        "Private investment in the zone by 2031 will amount to about $2 billion, and the zone "
        "now employs 700 people.\n"
    )
    assert _targets(text) == [(2_000_000_000, "USD", "2031")]


def test_a_plan_to_attract_residents_in_a_later_year_is_a_goal_for_that_year() -> None:
    text = "Особая экономическая зона планирует привлечь в 2027 году не менее 15 резидентов."
    assert _targets(text) == [(15, "count", "2027")]


def test_an_amount_restated_in_another_currency_in_brackets_is_one_goal() -> None:
    text = (
        "JAKARTA, March 3, 2024.\n\n"
        "Developing the new zones will require IDR 300 trillion (approx. USD 19 billion) of "
        "investment by 2030.\n"
    )
    assert _targets(text) == [(300_000_000_000_000, "IDR", "2030")]
