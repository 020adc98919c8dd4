"""A deadline followed by its goal in the same clause takes that clause's figure, and after a
goal word the goal's own figure, not another clause's (sentences written for these tests)."""

import pytest

from parkbridge.extraction.facts import find_targets
from parkbridge.extraction.quantities import find_figures


def _targets(sentence: str, year: int = 2024) -> list[tuple[float, str]]:
    return [
        (t.figure.value, t.deadline) for t in find_targets(sentence, find_figures(sentence), year)
    ]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Экспорт региона растет на 5-7% в год, и к 2029 году в области будет 40 технопарков.",
            [(40, "2029")],
        ),
        (
            "Парк займет 30 га, к концу 2028 года он даст около 2 тысяч рабочих мест.",
            [(2000, "2028")],
        ),
        (
            "По словам министра, к 2031 году на площадках трех кластеров планируется "
            "открыть более 50 новых заводов.",
            [(50, "2031")],
        ),
        (
            "Sales grew by 12% last year, and by 2030 the zone will host 300 companies.",
            [(300, "2030")],
        ),
    ],
)
def test_the_goal_after_a_deadline_in_its_clause_is_the_target(
    sentence: str, expected: list[tuple[float, str]]
) -> None:
    assert _targets(sentence) == expected


def test_a_figure_before_the_deadline_in_its_clause_still_comes_first() -> None:
    # One goal sentence: every figure it aims at shares the deadline, the clause's first.
    assert _targets("The park will create 5,000 jobs by 2030, with 20 plants.") == [
        (5000, "2030"),
        (20, "2030"),
    ]
    assert _targets("The park had 300 jobs in 2023 and will create 5,000 jobs by 2030.") == [
        (5000, "2030")
    ]
