"""The validator accepts the worked example and reports each broken rule C1-C7 by name."""

from __future__ import annotations

import pytest

from parkbridge.scheduling import Meeting, Schedule, score, validate_schedule
from parkbridge.scheduling.tests.factories import tiny

GOOD = (
    Meeting("p1", "p3", 0, 0, None),
    Meeting("p5", "p2", 0, None, "p5"),
    Meeting("p1", "p2", 1, None, "p2"),
    Meeting("p3", "p4", 1, 0, None),
    Meeting("p1", "p4", 3, 0, None),
)


def test_the_worked_example_schedule_is_valid_and_scores_nine_without_gaps() -> None:
    schedule = Schedule("tiny", GOOD)
    assert validate_schedule(tiny(), schedule) == []
    s = score(tiny(), schedule)
    assert (s.weight, s.meetings, s.gaps, s.fairness) == (9, 5, 0.0, 1.0)


def test_moving_a_meeting_into_a_later_slot_creates_the_documented_idle_gaps() -> None:
    meetings = list(GOOD)
    meetings[2] = Meeting("p1", "p2", 2, None, "p2")
    s = score(tiny(), Schedule("tiny", tuple(meetings)))
    assert s.idle_slots == 2 and s.gaps == pytest.approx(0.4)


CASES = [
    ("C1", (Meeting("p3", "p5", 0, 0, None),)),  # no such request
    ("C1", (Meeting("p1", "p3", 0, 0, None), Meeting("p3", "p1", 1, 0, None))),  # twice
    ("C2", (Meeting("p1", "p3", 7, 0, None),)),
    ("C3", (Meeting("p3", "p4", 3, 0, None),)),
    ("C4", (Meeting("p1", "p3", 0, 0, None), Meeting("p1", "p2", 0, None, "p2"))),
    (
        "C5",
        (
            Meeting("p5", "p2", 0, None, "p5"),
            Meeting("p1", "p2", 1, None, "p2"),
            Meeting("p4", "p2", 2, None, "p2"),
        ),
    ),
    ("C6", (Meeting("p1", "p4", 3, 0, "p1"),)),
    ("C6", (Meeting("p5", "p2", 0, None, "p2"),)),
    ("C6", (Meeting("p1", "p3", 0, 1, None),)),
    ("C6", (Meeting("p1", "p2", 0, 0, None),)),
    (
        "C7",
        (
            Meeting("p1", "p3", 1, 0, None),
            Meeting("p1", "p4", 2, 0, None),
            Meeting("p3", "p4", 2, 0, None),
        ),
    ),
]


@pytest.mark.parametrize(
    ("rule", "meetings"), CASES, ids=[f"{c[0]}-{i}" for i, c in enumerate(CASES)]
)
def test_a_schedule_breaking_a_rule_is_reported_under_that_rule(
    rule: str, meetings: tuple[Meeting, ...]
) -> None:
    errors = validate_schedule(tiny(), Schedule("tiny", meetings))
    assert errors and any(e.startswith(rule) for e in errors), errors


def test_a_schedule_for_another_instance_is_flagged() -> None:
    assert validate_schedule(tiny(), Schedule("other", GOOD))


def test_reversed_pair_order_is_accepted() -> None:
    assert validate_schedule(tiny(), Schedule("tiny", (Meeting("p3", "p1", 0, 0, None),))) == []
