"""When the slot-free LP picks meetings that cannot all be slotted, the slot-indexed (full) LP
gives the tighter bound and, rounded, a schedule: the solver reports which bound it used and
whether its weight reaches it."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from parkbridge.scheduling import Instance, parse_instance, solve, validate_schedule
from parkbridge.scheduling.assign import round_slots
from parkbridge.scheduling.lp import aggregated_lp, full_lp
from parkbridge.scheduling.model import BOUND_FULL_LP, Schedule
from parkbridge.scheduling.problem import build_problem
from parkbridge.scheduling.solver import to_meetings
from parkbridge.scheduling.tests.factories import small_instances

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _crossed_pair() -> Instance:
    """a meets c only in slot 0, b meets d only in slot 1, and a-b could use either slot, but
    whichever it takes, one of them is already busy. Each person's own slots suffice (no
    slot-set cut applies), so only the slot-indexed LP sees that a-b cannot be added. (a has a
    booth, so the tables, counted per slot, do not already forbid the third meeting.)"""
    slots = [{"id": s, "session": "day", "start": f"2024-08-18T{9 + s:02d}:00"} for s in (0, 1)]
    people = [
        {"id": "a", "available": [0, 1], "max_meetings": 2, "booth": True},
        {"id": "b", "available": [0, 1], "max_meetings": 2},
        {"id": "c", "available": [0], "max_meetings": 1},
        {"id": "d", "available": [1], "max_meetings": 1},
    ]
    requests = [
        {"a": "a", "b": "c", "weight": 2},
        {"a": "b", "b": "d", "weight": 2},
        {"a": "a", "b": "b", "weight": 1},
    ]
    return parse_instance(
        {
            "name": "crossed",
            "slots": slots,
            "tables": 2,
            "participants": people,
            "requests": requests,
        }
    )


def test_the_full_lp_bound_is_reported_and_proven_tight_when_the_slot_free_lp_overcounts() -> None:
    instance = _crossed_pair()
    problem = build_problem(instance)
    assert aggregated_lp(problem).bound == 5  # a-c, b-d and a-b
    result = solve(instance, time_limit=5)
    assert validate_schedule(instance, result) == []
    assert result.scores is not None and result.stats is not None
    assert result.scores.weight == 4
    assert result.stats.bound == 4
    assert result.stats.bound_source == BOUND_FULL_LP
    assert result.stats.proven_optimal


@SETTINGS
@given(small_instances())
def test_the_rounded_full_lp_is_a_valid_schedule_within_the_bound(instance: Instance) -> None:
    problem = build_problem(instance)
    full = full_lp(problem)
    assert full is not None
    st = round_slots(problem, full.ones)
    schedule = Schedule(instance.name, tuple(to_meetings(problem, st, {})))
    assert validate_schedule(instance, schedule) == []
    assert st.weight() <= full.bound


@SETTINGS
@given(small_instances())
def test_when_the_full_lp_is_integral_its_rounding_and_the_solver_reach_its_bound(
    instance: Instance,
) -> None:
    problem = build_problem(instance)
    full = full_lp(problem)
    assert full is not None
    result = solve(instance, time_limit=5)
    assert result.scores is not None and result.stats is not None
    assert validate_schedule(instance, result) == []
    assert result.scores.weight <= result.stats.bound
    if full.integral:
        assert round_slots(problem, full.ones).weight() == full.bound
        assert result.scores.weight == full.bound
        assert result.stats.proven_optimal
