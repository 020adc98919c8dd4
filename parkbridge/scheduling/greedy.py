"""The first-free-slot greedy baseline the benchmark compares against.

Requests by decreasing weight (input order among equals); each goes to the earliest slot where
both parties are available and free, both are under their cap, and a table is free if needed.
"""

from __future__ import annotations

from parkbridge.scheduling.problem import Problem
from parkbridge.scheduling.state import Assignment


def greedy_assignment(problem: Problem) -> Assignment:
    st = Assignment(problem)
    order = sorted(range(problem.n_edges), key=lambda e: -problem.weight[e])
    for e in order:
        if not st.has_room(e):
            continue
        free = st.free_slots(e)
        if free:
            st.place(e, (free & -free).bit_length() - 1)
    return st
