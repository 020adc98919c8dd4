"""Targets: a list of goals after one verb of aiming ("aims to build 12 parks, expand four, and
merge three zones by 2030") shares the deadline; a clause joined by ", and" with no list before
it states a fact of its own (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _targets(text: str) -> list[tuple]:
    return sorted((t.value, t.deadline) for t in extract_article(text).targets)


def test_every_item_of_a_list_of_goals_is_a_target() -> None:
    text = (
        "date 2024-03-01\n\nThe province aims to build 12 new parks, expand four parks, and"
        " merge three zones into one park by 2030."
    )
    assert _targets(text) == [(3, "2030"), (4, "2030"), (12, "2030")]


def test_a_joined_clause_without_a_list_is_no_goal() -> None:
    text = (
        "date 2024-03-01\n\nThe number of parks grows by 12 percent a year, and by 2030 the"
        " province will have 40 parks."
    )
    assert _targets(text) == [(40, "2030")]
