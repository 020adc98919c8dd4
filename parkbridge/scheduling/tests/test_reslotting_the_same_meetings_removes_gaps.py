"""The first fewest-gaps step re-slots the meetings in hand (a small CP-SAT model): it keeps
exactly the same meetings, never adds idle slots, claims a proof only when no idle slot is
left, and cannot beat the whole model's minimum; a search that stalls is stopped early."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from parkbridge.scheduling import Instance
from parkbridge.scheduling.cpsat import fewest_idle_at_weight, solve_full
from parkbridge.scheduling.greedy import greedy_assignment
from parkbridge.scheduling.model import Schedule
from parkbridge.scheduling.problem import build_problem
from parkbridge.scheduling.solver import to_meetings
from parkbridge.scheduling.tests.factories import small_instances
from parkbridge.scheduling.validate import validate_schedule

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(small_instances(max_slots=8))
def test_reslotting_keeps_the_meetings_and_only_lowers_the_gaps(instance: Instance) -> None:
    problem = build_problem(instance)
    start = greedy_assignment(problem)
    result = fewest_idle_at_weight(problem, start.weight(), start, 10, same_meetings=True)
    found = result.assignment if result.assignment is not None else start
    placed = {e for e, s in enumerate(found.slot_of) if s >= 0}
    assert placed == {e for e, s in enumerate(start.slot_of) if s >= 0}
    assert found.total_idle() <= start.total_idle()
    assert result.proven == (found.total_idle() == 0)
    reference = solve_full(problem, 10, minimise_idle=True, workers=1)
    assert reference.optimal and reference.assignment is not None
    if found.weight() == reference.assignment.weight():
        assert found.total_idle() >= reference.assignment.total_idle()
    schedule = Schedule(instance.name, tuple(to_meetings(problem, found, {})))
    assert validate_schedule(instance, schedule) == []


@SETTINGS
@given(small_instances(max_slots=8))
def test_a_stall_limit_still_returns_a_valid_schedule_no_worse_than_the_start(
    instance: Instance,
) -> None:
    problem = build_problem(instance)
    start = greedy_assignment(problem)
    result = fewest_idle_at_weight(problem, start.weight(), start, 10, stall=0.01)
    if result.assignment is not None:
        assert result.assignment.weight() >= start.weight()
        assert result.assignment.total_idle() < start.total_idle()
