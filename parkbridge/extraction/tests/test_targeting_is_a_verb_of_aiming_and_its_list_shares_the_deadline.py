"""Targets: "targeting" and "hopes to" are verbs of aiming, and the items of one list after them
("8% for jobs, 9% exports, and 10% investments") share the deadline (sentences written for
these tests)."""

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple[float, str, str]]:
    return sorted((round(t.value), t.unit, t.deadline) for t in extract_article(text).targets)


def test_every_item_of_a_list_targeted_for_this_year_is_a_goal() -> None:
    text = (
        "MANILA, March 1, 2024.\n\n"
        '"For this year, we are targeting growth of 6% for jobs, 7% for exports, and 12% for '
        'investments," the director said.\n'
    )
    assert _targets(text) == [
        (6, "percent", "2024"),
        (7, "percent", "2024"),
        (12, "percent", "2024"),
    ]


def test_a_report_of_this_years_growth_is_no_goal() -> None:
    text = (
        "MANILA, March 1, 2024.\n\n"
        "Exports grew by 7% this year, and investments by 12%, the director said.\n"
    )
    assert _targets(text) == []
