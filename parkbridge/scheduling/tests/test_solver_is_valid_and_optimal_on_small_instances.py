"""Property tests: on random small instances the scheduler's output is valid, its weight never
exceeds its bound, and it equals the optimum of the plain CP-SAT model."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from parkbridge.scheduling import Instance, solve, validate_schedule
from parkbridge.scheduling.cpsat import solve_full
from parkbridge.scheduling.greedy import greedy_assignment
from parkbridge.scheduling.model import Schedule
from parkbridge.scheduling.problem import build_problem
from parkbridge.scheduling.solver import to_meetings
from parkbridge.scheduling.tests.factories import small_instances, tiny

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def test_the_worked_example_is_solved_to_weight_nine_without_gaps() -> None:
    result = solve(tiny(), time_limit=5)
    assert validate_schedule(tiny(), result) == []
    assert result.scores is not None and result.stats is not None
    assert result.scores.weight == 9 and result.scores.idle_slots == 0
    assert result.stats.bound == 9 and result.stats.proven_optimal


@SETTINGS
@given(small_instances())
def test_schedule_is_valid_and_weight_stays_within_the_bound(instance: Instance) -> None:
    result = solve(instance, time_limit=5)
    assert validate_schedule(instance, result) == []
    assert result.scores is not None and result.stats is not None
    assert result.scores.weight <= result.stats.bound


@SETTINGS
@given(small_instances())
def test_weight_equals_the_cp_sat_optimum_of_the_full_model(instance: Instance) -> None:
    problem = build_problem(instance)
    exact = solve_full(problem, time_limit=10, workers=1)
    assert exact.optimal and exact.assignment is not None
    result = solve(instance, time_limit=5)
    assert result.scores is not None and result.stats is not None
    assert result.scores.weight == exact.assignment.weight()
    # The bound is a true upper bound on the optimum, not just on our own result.
    assert exact.assignment.weight() <= result.stats.bound


@SETTINGS
@given(small_instances())
def test_cp_sat_reference_and_greedy_baseline_produce_valid_schedules(instance: Instance) -> None:
    problem = build_problem(instance)
    for st in (greedy_assignment(problem), solve_full(problem, 5, workers=1).assignment):
        assert st is not None
        schedule = Schedule(instance.name, tuple(to_meetings(problem, st, {})))
        assert validate_schedule(instance, schedule) == []
