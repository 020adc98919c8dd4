"""Slot-set cuts: tightening the slot-free LP where its choice of meetings cannot be slotted.

The slot-free (aggregated) LP only counts a person's meetings against their free slots
overall. It may pick, say, six meetings for someone that all have to happen in the same four
slots, because the other sides are only there then; one or two of them then find no slot and
W falls short of the bound (``generate.py --preset forum --seed 101``: W 27,497, bound 27,499).

Hall's condition gives the missing rows: the meetings of person q whose common slots all lie
inside a set T number at most |T|. Each such row holds for every schedule, so adding the ones
the LP solution violates keeps the bound a bound and only lowers it; the re-solved LP then
chooses a set that fits (on forum-101 one cut gives W = bound = 27,498, proven optimal).
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from parkbridge.scheduling.assign import augment, place_all, unplaced
from parkbridge.scheduling.lp import aggregated_lp
from parkbridge.scheduling.problem import Problem
from parkbridge.scheduling.state import Assignment

CUT_ROUNDS = 8  # re-solves at most; each costs one slot-free LP (a fraction of a second)
_TOL = 1e-6


def slot_set_cuts(
    problem: Problem, values: list[float], known: set[tuple[int, int]], limit: int = 2000
) -> list[tuple[int, int]]:
    """Slot-set rows the LP solution ``values`` violates, not already in ``known``.

    The slot-free LP only counts a person's meetings against their free slots overall, so it
    can pick, say, six meetings for someone that all have to happen in the same four slots
    (the other sides are there only then). Hall's condition says the meetings of q whose
    common slots lie inside a set T number at most |T|; the sets worth testing are unions of
    the common-slot masks of q's chosen requests (a person has few distinct ones: whole event,
    one day, a session)."""
    found: list[tuple[int, int]] = []
    for q in range(problem.n):
        chosen = [(problem.common[e], values[e]) for e in problem.adj[q] if values[e] > _TOL]
        if len(chosen) < 2:
            continue
        masks = {mask for mask, _v in chosen}
        if len(masks) > 10:
            continue  # too many unions to test; rare (availability comes in few shapes)
        unions = {0}
        for mask in masks:
            unions |= {u | mask for u in unions}
        for union in unions:
            if not union or (q, union) in known:
                continue
            inside = sum(v for mask, v in chosen if mask & ~union == 0)
            if inside > union.bit_count() + 1e-4:
                found.append((q, union))
                if len(found) >= limit:
                    return found
    return found


@dataclass(slots=True)
class CutResult:
    assignment: Assignment  # the heavier of the schedule given and the cut LP's placement
    bound: int  # the lowest bound found (the given one when no cut lowered it)
    cuts: list[tuple[int, int]]


def tighten_with_cuts(
    problem: Problem,
    values: list[float],
    st: Assignment,
    bound: int,
    deadline: float,
    fixed: dict[int, int] | None = None,
    kept: set[int] | None = None,
    start: dict[int, int] | None = None,
) -> CutResult:
    """Add the slot-set cuts the LP solution ``values`` violates, re-solve, and place the new
    choice (after the ``start`` meetings, never moving ``fixed`` ones), until W meets the
    bound, nothing is violated, or ``deadline`` (time.monotonic) passes."""
    fixed = fixed or {}
    frozen = set(fixed)
    cuts: list[tuple[int, int]] = []
    known: set[tuple[int, int]] = set()
    for _round in range(CUT_ROUNDS):
        if st.weight() >= bound or time.monotonic() >= deadline:
            break
        new = slot_set_cuts(problem, values, known)
        if not new:
            break
        cuts += new
        known.update(new)
        lp = aggregated_lp(
            problem,
            fixed=fixed,
            kept=kept,
            time_limit=max(0.1, deadline - time.monotonic()),
            cuts=cuts,
            fairness_time=0.3 * max(0.1, deadline - time.monotonic()),
        )
        values = lp.values
        bound = min(bound, lp.bound)
        trial = Assignment(problem)
        for e, s in (start or {}).items():
            trial.place(e, s)
        chosen = [e for e, v in enumerate(values) if v > 0.5 and trial.slot_of[e] < 0]
        place_all(trial, chosen, frozen=frozen, deadline=deadline)
        augment(trial, unplaced(problem, trial), frozen=frozen, deadline=deadline)
        if trial.weight() > st.weight() and all(trial.slot_of[e] >= 0 for e in kept or ()):
            st = trial
    return CutResult(assignment=st, bound=bound, cuts=cuts)
