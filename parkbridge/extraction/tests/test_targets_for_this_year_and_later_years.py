"""Targets whose deadline is the current year, a later year with a verb of reaching, 'the next
N years', or 'before YEAR' in Chinese; reports without a goal word are not targets."""

from hypothesis import given
from hypothesis import strategies as st

from parkbridge.extraction.facts import find_targets
from parkbridge.extraction.quantities import find_figures


def _targets(sentence: str, year: int) -> list[tuple[float, str]]:
    return [
        (t.figure.value, t.deadline)
        for t in find_targets(sentence, find_figures(sentence, year), year)
    ]


def test_a_goal_for_this_year_has_the_publication_year_as_deadline() -> None:
    assert _targets("The park plans to attract 40 residents this year.", 2025) == [(40, "2025")]


def test_this_years_event_is_not_a_deadline() -> None:
    assert _targets("The pavilion of this year's fair will cover 2,000 square meters.", 2025) == []


def test_a_later_year_with_a_verb_of_reaching_is_a_deadline() -> None:
    assert _targets("Exports should reach $2 billion in 2028.", 2025) == [(2_000_000_000, "2028")]


def test_a_past_year_with_a_verb_of_reaching_is_no_deadline() -> None:
    assert _targets("Exports were expected to reach $2 billion in 2020.", 2025) == []


def test_a_report_of_this_year_without_a_goal_word_is_no_target() -> None:
    assert _targets("This year the zone attracted 20 residents.", 2025) == []


def test_a_russian_year_with_a_modal_and_a_reaching_verb_is_a_deadline() -> None:
    sentence = "В 2027 году выручка парка должна составить 5 млрд рублей."
    assert _targets(sentence, 2025) == [(5_000_000_000, "2027")]


@given(year=st.integers(min_value=1990, max_value=2080), n=st.integers(min_value=1, max_value=50))
def test_the_next_n_years_resolve_against_the_publication_year(year: int, n: int) -> None:
    sentence = f"The company will invest $300 million in the zone over the next {n} years."
    assert _targets(sentence, year) == [(300_000_000, str(year + n))]


# Calendar years are read up to 2099 (four digits starting 19 or 20), so year + ahead stays below.
@given(
    year=st.integers(min_value=2000, max_value=2079), ahead=st.integers(min_value=1, max_value=20)
)
def test_a_chinese_year_followed_by_before_is_the_deadline(year: int, ahead: int) -> None:
    from parkbridge.extraction.chinese import find_figures as find_figures_zh

    sentence = f"计划{year + ahead}年前完成投资5亿元。"
    found = find_targets(sentence, find_figures_zh(sentence), year)
    assert [(t.figure.value, t.deadline) for t in found] == [(500_000_000, str(year + ahead))]
