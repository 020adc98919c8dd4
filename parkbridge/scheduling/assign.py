"""Placing a chosen set of meetings into slots, compactly, and repairing what does not fit."""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable

from parkbridge.scheduling.moves import lowest_bits, try_insert
from parkbridge.scheduling.problem import Problem
from parkbridge.scheduling.state import Assignment


def idle_bits(m: int, av: int) -> int:
    """Idle gaps in one session given occupied bits ``m`` and available bits ``av``."""
    if m & (m - 1) == 0:
        return 0
    first = (m & -m).bit_length() - 1
    span = ((1 << (m.bit_length() - first)) - 1) << first
    return (span & ~m & av).bit_count()


def placement_cost(st: Assignment, e: int, s: int) -> tuple[int, int]:
    """(idle gaps added, minus neighbours touched) if request ``e`` went to slot ``s``."""
    p = st.p
    lo, hi = p.session_range[p.session_of[s]]
    width = (1 << (hi - lo + 1)) - 1
    bit = 1 << (s - lo)
    delta = 0
    adjacent = 0
    for q in (p.ea[e], p.eb[e]):
        m = (st.busy[q] >> lo) & width
        av = (p.avail[q] >> lo) & width
        delta += idle_bits(m | bit, av) - idle_bits(m, av)
        if m & ((bit << 1) | (bit >> 1)):
            adjacent += 1
    return delta, -adjacent


def best_slot(st: Assignment, e: int, free: int) -> int:
    best = -1
    best_key: tuple[int, int, int] | None = None
    for s in lowest_bits(free):
        key = (*placement_cost(st, e, s), s)
        if best_key is None or key < best_key:
            best, best_key = s, key
    return best


def place_all(
    st: Assignment,
    edges: Iterable[int],
    tick: Callable[[int], None] | None = None,
    frozen: frozenset[int] | set[int] = frozenset(),
    deadline: float | None = None,
) -> list[int]:
    """Place ``edges`` one by one in a compact free slot; return those that needed repair and
    still failed. Hard requests (few possible slots, busy people) go first. After ``deadline``
    (time.monotonic) only direct placements are made, no repairs: cheap, and the schedule
    is never empty just because the bound took the whole limit."""
    p = st.p
    demand = [0] * p.n
    todo = list(edges)
    for e in todo:
        demand[p.ea[e]] += 1
        demand[p.eb[e]] += 1
    todo.sort(
        key=lambda e: (
            p.common[e].bit_count(),
            -max(demand[p.ea[e]], demand[p.eb[e]]),
            -p.weight[e],
        )
    )
    failed: list[int] = []
    late = False  # past the deadline: only direct placements (cheap), no repairs
    for i, e in enumerate(todo):
        if tick is not None and i % 512 == 0:
            tick(i)
        if deadline is not None and not late and i % 64 == 0:
            late = time.monotonic() >= deadline
        if not st.has_room(e):
            failed.append(e)
            continue
        free = st.free_slots(e)
        if free:
            st.place(e, best_slot(st, e, free))
        elif late or not try_insert(st, e, frozen=frozen):
            failed.append(e)
    return failed


def augment(
    st: Assignment,
    candidates: Iterable[int],
    frozen: frozenset[int] | set[int] = frozenset(),
    deadline: float | None = None,
) -> int:
    """Insert further requests where capacity allows; returns the number added. After
    ``deadline`` (time.monotonic) no repairs: each may scan a full slot, so this phase alone
    could outlast any time limit on large instances."""
    p = st.p
    added = 0
    ordered = sorted(candidates, key=lambda e: (-p.weight[e], p.common[e].bit_count()))
    late = False
    for i, e in enumerate(ordered):
        if deadline is not None and not late and i % 64 == 0:
            late = time.monotonic() >= deadline
        if st.slot_of[e] >= 0 or not st.has_room(e):
            continue
        free = st.free_slots(e)
        if free:
            st.place(e, best_slot(st, e, free))
            added += 1
        elif not late and try_insert(st, e, frozen=frozen):
            added += 1
    return added


def unplaced(problem: Problem, st: Assignment) -> list[int]:
    return [e for e in range(problem.n_edges) if st.slot_of[e] < 0 and problem.common[e]]


def round_slots(
    problem: Problem,
    ones: Iterable[tuple[int, int]],
    start: dict[int, int] | None = None,
    frozen: frozenset[int] | set[int] = frozenset(),
    deadline: float | None = None,
) -> Assignment:
    """A schedule from the (request, slot) pairs a slot-indexed LP sets to 1, completed with
    any other request that still fits. ``start`` meetings are placed first; a pair that would
    break a rule (numerical noise in the LP) is left out rather than trusted."""
    st = Assignment(problem)
    for e, s in (start or {}).items():
        st.place(e, s)
    for e, s in ones:
        if st.slot_of[e] < 0 and st.has_room(e) and st.free_slots(e) >> s & 1:
            st.place(e, s)
    augment(st, unplaced(problem, st), frozen=frozen, deadline=deadline)
    return st
