"""Soft time preferences: honoured after the weight and before idle gaps, and counted honestly."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as hs

from parkbridge.scheduling import (
    Instance,
    InstanceError,
    instance_to_dict,
    parse_instance,
    solve,
    validate_schedule,
)
from parkbridge.scheduling.tests.factories import small_instances, tiny_dict


@hs.composite
def instances_with_preferences(draw: hs.DrawFn) -> tuple[Instance, Instance]:
    """A small instance twice: without preferences, and with random preferred slots."""
    plain = draw(small_instances(max_people=8, max_slots=6))
    data = instance_to_dict(plain)
    n_slots = len(plain.slots)
    for person in data["participants"]:
        if draw(hs.booleans()):
            person["preferred"] = sorted(draw(hs.sets(hs.integers(0, n_slots - 1))))
    return plain, parse_instance(data)


def _recount(instance: Instance, schedule: Any) -> tuple[int, int]:
    preferred = {p.id: set(p.preferred) for p in instance.participants}
    met = total = 0
    for m in schedule.meetings:
        for side in (m.a, m.b):
            if preferred[side]:
                total += 1
                met += m.slot in preferred[side]
    return met, total


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances_with_preferences())
def test_preferences_keep_schedules_valid_at_full_weight_and_are_counted_honestly(
    pair: tuple[Instance, Instance],
) -> None:
    plain, preferring = pair
    without = solve(plain, time_limit=5)
    with_prefs = solve(preferring, time_limit=5)
    assert validate_schedule(preferring, with_prefs) == []
    assert with_prefs.scores is not None and without.scores is not None
    assert with_prefs.scores.weight >= without.scores.weight
    assert with_prefs.stats is not None
    met, total = _recount(preferring, with_prefs)
    assert (with_prefs.stats.preferences_met, with_prefs.stats.preferences_total) == (met, total)
    assert 0 <= met <= total


def test_a_meeting_lands_in_the_slot_both_sides_prefer_when_it_is_free() -> None:
    data = tiny_dict()
    # p1 and p3 meet (weight 2); both are available in slots 0..2 and prefer slot 2.
    for person in data["participants"]:
        if person["id"] in ("p1", "p3"):
            person["preferred"] = [2]
    data["participants"] = [p for p in data["participants"] if p["id"] in ("p1", "p3")]
    data["requests"] = [{"a": "p1", "b": "p3", "weight": 2}]
    instance = parse_instance(data)
    schedule = solve(instance, time_limit=5)
    assert [m.slot for m in schedule.meetings] == [2]
    assert schedule.stats is not None
    assert (schedule.stats.preferences_met, schedule.stats.preferences_total) == (2, 2)


def test_a_preference_wins_over_a_shorter_day() -> None:
    data = tiny_dict()
    # p1 meets p3 and p4 in the morning; back to back is the shortest day, but p3 prefers the
    # first slot and p4 the last, which leaves p1 idle in between.
    data["participants"] = [p for p in data["participants"] if p["id"] in ("p1", "p3", "p4")]
    data["requests"] = [
        {"a": "p1", "b": "p3", "weight": 2},
        {"a": "p1", "b": "p4", "weight": 1},
    ]
    preferred = {"p3": [0], "p4": [2]}
    for person in data["participants"]:
        if person["id"] in preferred:
            person["preferred"] = preferred[person["id"]]
    instance = parse_instance(data)
    schedule = solve(instance, time_limit=5)
    assert validate_schedule(instance, schedule) == []
    slots = {frozenset((m.a, m.b)): m.slot for m in schedule.meetings}
    assert slots == {frozenset(("p1", "p3")): 0, frozenset(("p1", "p4")): 2}
    assert schedule.stats is not None and schedule.stats.preferences_met == 2
    assert schedule.scores is not None and schedule.scores.idle_slots == 1


def test_an_instance_without_preferences_reads_and_writes_as_before() -> None:
    data = tiny_dict()
    instance = parse_instance(data)
    assert all(p.preferred == () for p in instance.participants)
    assert all("preferred" not in p for p in instance_to_dict(instance)["participants"])
    schedule = solve(instance, time_limit=5)
    assert schedule.stats is not None and schedule.stats.preferences_total == 0


@pytest.mark.parametrize(
    ("preferred", "message"),
    [
        ([9], "out of range"),
        ([2, 1], "increase"),
        (["1"], "not an integer"),
        ([True], "not an integer"),
        ("0", "must be an array"),
    ],
)
def test_malformed_preferred_slots_are_refused_with_the_participant_named(
    preferred: object, message: str
) -> None:
    data = json.loads(json.dumps(tiny_dict()))
    data["participants"][0]["preferred"] = preferred
    with pytest.raises(InstanceError, match=message) as info:
        parse_instance(data)
    assert "'p1'" in str(info.value)


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(instances_with_preferences(), hs.booleans())
def test_fewer_gaps_never_cost_a_met_preference(
    pair: tuple[Instance, Instance], same_meetings: bool
) -> None:
    from parkbridge.scheduling.cpsat import fewest_idle_at_weight
    from parkbridge.scheduling.greedy import greedy_assignment
    from parkbridge.scheduling.problem import build_problem

    _plain, preferring = pair
    problem = build_problem(preferring)
    start = greedy_assignment(problem)
    result = fewest_idle_at_weight(
        problem,
        start.weight(),
        start,
        5,
        same_meetings=same_meetings,
        min_prefs=start.prefs_met(),
    )
    if result.assignment is not None:
        assert result.assignment.weight() >= start.weight()
        assert result.assignment.prefs_met() >= start.prefs_met()
        assert result.assignment.total_idle() < start.total_idle()


def _wish() -> Instance:
    """P would rather meet in the first and last slot of a three-slot session."""
    three = [0, 1, 2]
    return parse_instance(
        {
            "name": "wish",
            "slots": [
                {"id": s, "session": "am", "start": f"2024-08-18T{9 + s:02d}:00"} for s in three
            ],
            "tables": 2,
            "participants": [
                {"id": "P", "available": three, "max_meetings": 2, "preferred": [0, 2]},
                {"id": "A", "available": three, "max_meetings": 1},
                {"id": "B", "available": three, "max_meetings": 1},
            ],
            "requests": [{"a": "P", "b": "A", "weight": 1}, {"a": "P", "b": "B", "weight": 1}],
        }
    )


def test_a_gap_the_preferences_ask_for_is_kept() -> None:
    """P would rather meet in the first and last slot: closing the gap between them would
    cost a preference, and preferences come first."""
    from parkbridge.scheduling.cpsat import fewest_idle_at_weight
    from parkbridge.scheduling.problem import build_problem
    from parkbridge.scheduling.state import Assignment

    instance = _wish()
    problem = build_problem(instance)
    start = Assignment(problem)
    start.place(0, 0)
    start.place(1, 2)
    assert start.total_idle() == 1 and start.prefs_met() == 2
    for same_meetings in (True, False):
        unconstrained = fewest_idle_at_weight(problem, 2, start, 5, same_meetings=same_meetings)
        assert unconstrained.assignment is not None  # the gap can be closed...
        assert unconstrained.assignment.prefs_met() == 1  # ...at a preference's cost
        kept = fewest_idle_at_weight(problem, 2, start, 5, same_meetings=same_meetings, min_prefs=2)
        assert kept.assignment is None
    result = solve(instance, time_limit=5)
    assert result.stats is not None and result.scores is not None
    assert result.stats.preferences_met == 2 and result.scores.idle_slots == 1


def test_re_slotting_a_session_keeps_the_preferences_it_is_asked_to() -> None:
    from parkbridge.scheduling.cpsat import compact_neighbourhood
    from parkbridge.scheduling.problem import build_problem
    from parkbridge.scheduling.state import Assignment

    instance = _wish()
    problem = build_problem(instance)
    kept = Assignment(problem)
    kept.place(0, 0)
    kept.place(1, 2)
    assert not compact_neighbourhood(kept, 0, {0, 1}, 5, keep_prefs=True)
    assert kept.prefs_met() == 2 and kept.total_idle() == 1
    closed = kept.copy()
    assert compact_neighbourhood(closed, 0, {0, 1}, 5)
    assert closed.total_idle() == 0 and closed.prefs_met() == 1
