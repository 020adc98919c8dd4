"""The per-slot index of table meetings (used when a repair must free a table) always holds
exactly the meetings a scan of every request finds, however meetings are placed, moved and
removed, and copies keep their own."""

from __future__ import annotations

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parkbridge.scheduling import Instance
from parkbridge.scheduling.moves import try_insert
from parkbridge.scheduling.problem import Problem, build_problem
from parkbridge.scheduling.state import Assignment
from parkbridge.scheduling.tests.factories import small_instances

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _scan(problem: Problem, state: Assignment, s: int) -> set[int]:
    return {e for e, slot in enumerate(state.slot_of) if slot == s and problem.needs_table[e]}


def _check(problem: Problem, state: Assignment) -> None:
    for s in range(problem.n_slots):
        assert set(state.tabled[s]) == _scan(problem, state, s)
        assert len(state.tabled[s]) == state.load[s]


@SETTINGS
@given(small_instances(), st.data())
def test_the_index_equals_a_scan_after_random_moves(
    instance: Instance, data: st.DataObject
) -> None:
    problem = build_problem(instance)
    state = Assignment(problem)
    if problem.n_edges == 0:
        return
    steps = data.draw(st.lists(st.tuples(st.integers(0, problem.n_edges - 1), st.integers(0, 2))))
    for e, kind in steps:
        if kind == 0 and state.slot_of[e] < 0:
            free = state.free_slots(e)
            if free and state.has_room(e):
                options = [s for s in range(problem.n_slots) if free >> s & 1]
                state.place(e, data.draw(st.sampled_from(options)))
        elif kind == 1 and state.slot_of[e] >= 0:
            state.remove(e)
        elif kind == 2 and state.slot_of[e] < 0:
            try_insert(state, e)  # relocations and Kempe swaps move other meetings
        _check(problem, state)
    copy = state.copy()
    for e, s in enumerate(copy.slot_of):
        if s >= 0:
            copy.remove(e)
    _check(problem, copy)
    _check(problem, state)
