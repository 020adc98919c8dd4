"""Russian goals: the second number of a pair by year counts what the first does ("до 4
тысяч мест в 2028 году и 6 тысяч в 2032 году"), and a plan word with a verb of coming into
being and a year ("должны заработать пять цехов") is a goal for that year (sentences written
for these tests)."""

from parkbridge.extraction import facts as F
from parkbridge.extraction.quantities import find_figures


def test_the_second_number_of_a_pair_by_year_counts_the_same_thing() -> None:
    figures = find_figures(
        "В парке будет создано до 4 тысяч мест в 2028 году и 6 тысяч в 2032 году."
    )
    assert [(f.value, f.measure) for f in figures] == [(4000, "мест"), (6000, "мест")]


def test_a_bare_number_followed_by_a_place_is_no_figure() -> None:
    figures = find_figures("В Омске создано 4 тысячи мест в 2024 году, а 6 в Твери.")
    assert [f.value for f in figures] == [4000]


def test_a_plan_to_open_in_a_year_is_a_goal_for_that_year() -> None:
    sentence = "Здесь в 2027 году должны заработать пять цехов."
    figures = find_figures(sentence, 2025)
    targets = F.find_targets(sentence, figures, 2025)
    assert [(t.figure.value, t.deadline) for t in targets] == [(5, "2027")]


def test_an_opening_reported_for_a_past_year_is_no_goal() -> None:
    sentence = "В 2019 году заработали пять цехов."
    figures = find_figures(sentence, 2025)
    assert F.find_targets(sentence, figures, 2025) == []
