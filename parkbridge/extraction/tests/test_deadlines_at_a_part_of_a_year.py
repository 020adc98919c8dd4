"""Targets: a deadline at a quarter, a half or the middle of a year ("by the first quarter of
2027", "by mid-2027", "к третьему кварталу 2027 года") is that year's; a level reported at such
a date is no goal (sentences written for these tests)."""

import pytest

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple]:
    return sorted((t.value, t.deadline) for t in extract_article(text).targets)


@pytest.mark.parametrize(
    "sentence",
    [
        "The Orland resort is scheduled to open by the first quarter of 2027 with 300 rooms.",
        "The zone plans to add 300 plots by mid-2027.",
        "The park aims to house 300 firms by Q3 2027.",
        "Парк планирует привлечь 300 резидентов к третьему кварталу 2027 года.",
    ],
)
def test_a_part_of_a_year_is_that_years_deadline(sentence: str) -> None:
    assert _targets("date 2025-06-01\n\n" + sentence) == [(300, "2027")]


def test_a_level_that_exceeded_a_sum_by_a_half_year_is_no_goal() -> None:
    text = "date 2027-09-01\n\nInvestment in the zone exceeded $300 million by the end of the first half of 2027."
    assert _targets(text) == []
