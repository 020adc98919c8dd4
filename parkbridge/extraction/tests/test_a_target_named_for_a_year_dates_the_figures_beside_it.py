"""Targets: the noun "target" or "goal" with the year it is set "for" makes the figures beside
the noun that year's goal ("a $5 billion investment target for 2025", "a target of 300 locators
for 2025"); a figure in another clause, or a target already past, is none (sentences written for
these tests)."""

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple[float, str, str]]:
    return sorted((round(t.value), t.unit, t.deadline) for t in extract_article(text).targets)


def test_amounts_before_the_noun_target_are_the_years_goal() -> None:
    text = (
        "MANILA, January 2, 2024.\n\n"
        "The authority pledged to reach its PHP150 billion to PHP180 billion target approvals "
        "for 2024.\n"
    )
    assert _targets(text) == [
        (150_000_000_000, "PHP", "2024"),
        (180_000_000_000, "PHP", "2024"),
    ]


def test_an_amount_after_a_target_of_is_the_years_goal() -> None:
    text = (
        "NAIROBI, January 2, 2024.\n\n"
        "The zone, which employs 3,000 people, set a target of 45 new investors for 2025.\n"
    )
    assert _targets(text) == [(45, "count", "2025")]


def test_a_target_for_a_year_already_past_is_a_report() -> None:
    text = (
        "NAIROBI, January 2, 2025.\n\n"
        "Investment reached $6 billion, exceeding the target of $5 billion for 2024.\n"
    )
    assert _targets(text) == []
