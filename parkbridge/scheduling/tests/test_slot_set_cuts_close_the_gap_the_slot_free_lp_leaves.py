"""When the slot-free LP picks more meetings for someone than the slots they can happen in,
slot-set (Hall) cuts lower the bound to a true one and the re-solved LP picks a set that fits:
the scheduler reaches the CP-SAT optimum and proves it."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings

from parkbridge.scheduling import Instance, parse_instance, solve, validate_schedule
from parkbridge.scheduling.assign import augment, place_all, unplaced
from parkbridge.scheduling.cpsat import solve_full
from parkbridge.scheduling.cuts import slot_set_cuts, tighten_with_cuts
from parkbridge.scheduling.lp import aggregated_lp
from parkbridge.scheduling.model import BOUND_CUT_LP
from parkbridge.scheduling.problem import Problem, build_problem
from parkbridge.scheduling.state import Assignment
from parkbridge.scheduling.tests.factories import small_instances

SETTINGS = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _hub_with_two_first_slot_guests() -> Instance:
    """h meets at most twice; x1 and x2 are only there in slot 0, so only one of them fits.
    The slot-free LP takes both (weight 4) plus y-z (2) = 6. Placed, that is x1 and y-z = 4,
    and nothing more fits: h's spare meeting needs y, who is taken. The optimum, 5, swaps
    y-z for h-y and z-w: an alternating change that adding single meetings never finds."""
    slots = [{"id": s, "session": "day", "start": f"2024-08-18T{9 + s:02d}:00"} for s in (0, 1, 2)]
    everywhere = [0, 1, 2]
    people = [
        {"id": "h", "available": everywhere, "max_meetings": 2},
        {"id": "x1", "available": [0], "max_meetings": 1},
        {"id": "x2", "available": [0], "max_meetings": 1},
        {"id": "y", "available": everywhere, "max_meetings": 1},
        {"id": "z", "available": everywhere, "max_meetings": 1},
        {"id": "w", "available": everywhere, "max_meetings": 1},
    ]
    requests = [
        {"a": "h", "b": "x1", "weight": 2},
        {"a": "h", "b": "x2", "weight": 2},
        {"a": "h", "b": "y", "weight": 2},
        {"a": "y", "b": "z", "weight": 2},
        {"a": "z", "b": "w", "weight": 1},
    ]
    return parse_instance(
        {"name": "hub", "slots": slots, "tables": 3, "participants": people, "requests": requests}
    )


def _placed(problem: Problem, values: list[float]) -> Assignment:
    st = Assignment(problem)
    place_all(st, [e for e, v in enumerate(values) if v > 0.5])
    augment(st, unplaced(problem, st))
    return st


def test_the_cuts_turn_an_unplaceable_lp_choice_into_the_proven_optimum() -> None:
    problem = build_problem(_hub_with_two_first_slot_guests())
    lp = aggregated_lp(problem)
    first = _placed(problem, lp.values)
    assert lp.bound == 6 and first.weight() == 4  # the failure the cuts are for
    exact = solve_full(problem, time_limit=10, workers=1)
    assert exact.optimal and exact.assignment is not None

    result = tighten_with_cuts(problem, lp.values, first, lp.bound, time.monotonic() + 10)

    assert result.assignment.weight() == exact.assignment.weight() == 5
    assert result.bound == 5
    assert len(result.cuts) >= 1


def test_the_scheduler_reports_the_cut_bound_as_tight() -> None:
    instance = _hub_with_two_first_slot_guests()
    result = solve(instance, time_limit=5)
    assert validate_schedule(instance, result) == []
    assert result.scores is not None and result.stats is not None
    assert result.scores.weight == 5 and result.stats.bound == 5
    assert result.stats.bound_source == BOUND_CUT_LP
    assert result.stats.proven_optimal


@SETTINGS
@given(small_instances())
def test_a_cut_never_removes_a_real_schedule(instance: Instance) -> None:
    """Every cut row holds for the CP-SAT optimum, so the cut LP's bound is never below it."""
    problem = build_problem(instance)
    exact = solve_full(problem, time_limit=10, workers=1)
    assert exact.optimal and exact.assignment is not None
    lp = aggregated_lp(problem)
    cuts = slot_set_cuts(problem, lp.values, set())
    best = exact.assignment
    for q, mask in cuts:
        inside = [
            e for e in problem.adj[q] if best.slot_of[e] >= 0 and problem.common[e] & ~mask == 0
        ]
        assert len(inside) <= mask.bit_count()
    result = tighten_with_cuts(
        problem, lp.values, _placed(problem, lp.values), lp.bound, time.monotonic() + 10
    )
    assert best.weight() <= result.bound
    assert result.assignment.weight() <= best.weight()
