"""The two-stage CP-SAT (best W, then fewest idle slots at that W) used at mission size: it
never loses weight, only returns schedules with fewer idle slots than its starting point, and
when it proves its answer, that answer matches the reference lexicographic optimum."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings

from parkbridge.scheduling import Instance, solve, validate_schedule
from parkbridge.scheduling.cpsat import fewest_idle_at_weight, solve_full
from parkbridge.scheduling.greedy import greedy_assignment
from parkbridge.scheduling.model import Schedule
from parkbridge.scheduling.problem import build_problem
from parkbridge.scheduling.solver import to_meetings
from parkbridge.scheduling.tests.factories import small_instances

SETTINGS = settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(small_instances(max_slots=8))
def test_fewest_gaps_keep_the_weight_and_match_the_lexicographic_optimum(
    instance: Instance,
) -> None:
    problem = build_problem(instance)
    reference = solve_full(problem, 10, minimise_idle=True, workers=1)
    assert reference.optimal and reference.assignment is not None
    best_w = reference.assignment.weight()
    # Start from a best-weight schedule that ignored gaps (the first stage alone).
    start = solve_full(problem, 10, workers=1).assignment
    assert start is not None and start.weight() == best_w
    result = fewest_idle_at_weight(problem, best_w, start, 10)
    assert result.proven
    found = result.assignment if result.assignment is not None else start
    assert found.weight() >= best_w
    assert found.total_idle() <= start.total_idle()
    assert found.total_idle() == reference.assignment.total_idle()
    schedule = Schedule(instance.name, tuple(to_meetings(problem, found, {})))
    assert validate_schedule(instance, schedule) == []


@SETTINGS
@given(small_instances())
def test_a_returned_schedule_always_has_fewer_gaps_than_its_start(instance: Instance) -> None:
    problem = build_problem(instance)
    start = greedy_assignment(problem)
    result = fewest_idle_at_weight(problem, start.weight(), start, 5)
    if result.assignment is not None:
        assert result.assignment.weight() >= start.weight()
        assert result.assignment.total_idle() < start.total_idle()


@SETTINGS
@given(small_instances(max_slots=8))
def test_the_scheduler_proves_its_gaps_minimal_on_small_sessions(instance: Instance) -> None:
    problem = build_problem(instance)
    reference = solve_full(problem, 10, minimise_idle=True, workers=1)
    assert reference.optimal and reference.assignment is not None
    result = solve(instance, time_limit=10)
    assert result.scores is not None and result.stats is not None
    assert validate_schedule(instance, result) == []
    assert result.stats.proven_optimal and result.stats.gaps_proven_minimal
    assert result.scores.weight == reference.assignment.weight()
    assert result.scores.idle_slots == reference.assignment.total_idle()
