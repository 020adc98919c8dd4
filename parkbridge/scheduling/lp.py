"""LP relaxations solved with HiGHS: the upper bound on W and the choice of meetings.

The *aggregated* relaxation drops the slots: one variable y_e per request, each participant
meets at most min(cap, free slots) times, and table meetings fit in the tables of all slots.
It projects the full slot-indexed LP, so it is a valid (weaker) relaxation; on the generated
instances both LPs have the same optimum, and the aggregated one solves in hundredths of a
second at 10,000 participants where the full one takes tens of seconds. Its constraint matrix
is nearly that of a b-matching, so optima are usually integral and directly usable as the set
of meetings to place.

Bounds are computed from the dual values (weak duality with duals clipped to be feasible), not
from the reported objective, so a numerically sloppy LP still gives a true upper bound.
"""

from __future__ import annotations

import math
import os
import sys
import time
from dataclasses import dataclass

import highspy
import numpy as np

from parkbridge.scheduling.problem import Problem

_TOL = 1e-6
_banner_shown = False


def new_highs() -> highspy.Highs:
    """A silent HiGHS instance. HiGHS prints a banner to the C-level stdout on its first
    construction in a process, which would break the CLI's one-line output contract."""
    global _banner_shown
    if _banner_shown:
        h = highspy.Highs()
    else:
        sys.stdout.flush()
        saved = os.dup(1)
        try:
            with open(os.devnull, "w") as devnull:
                os.dup2(devnull.fileno(), 1)
                h = highspy.Highs()
        finally:
            os.dup2(saved, 1)
            os.close(saved)
        _banner_shown = True
    h.setOptionValue("output_flag", False)
    h.setOptionValue("threads", 1)
    return h


@dataclass(frozen=True, slots=True)
class LpResult:
    values: list[float]  # y_e, or for the full LP the total over slots of x_{e,s}
    bound: int  # floor of a weak-duality bound: W of any integer solution is at most this
    integral: bool
    # Full LP only: the (request, slot) pairs the LP sets to 1. They never conflict (each sits
    # alone in its person-slot rows, and within caps and tables), so they form a schedule.
    ones: tuple[tuple[int, int], ...] = ()


def _solve(
    cost: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    starts: list[int],
    index: list[int],
    row_upper: np.ndarray,
    row_lower: np.ndarray | None = None,
    time_limit: float | None = None,
    solver: str = "simplex",
) -> tuple[highspy.Highs, np.ndarray]:
    h = new_highs()
    h.setOptionValue("solver", solver)
    if time_limit is not None:
        h.setOptionValue("time_limit", max(0.1, float(time_limit)))
    lp = highspy.HighsLp()
    lp.num_col_ = len(cost)
    lp.num_row_ = len(row_upper)
    lp.col_cost_ = cost
    lp.col_lower_ = lower
    lp.col_upper_ = upper
    lp.row_lower_ = np.full(len(row_upper), -highspy.kHighsInf) if row_lower is None else row_lower
    lp.row_upper_ = row_upper
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.array(starts + [len(index)], dtype=np.int32)
    lp.a_matrix_.index_ = np.array(index, dtype=np.int32)
    lp.a_matrix_.value_ = np.ones(len(index))
    lp.sense_ = highspy.ObjSense.kMaximize
    h.passModel(lp)
    h.run()
    return h, np.asarray(h.getSolution().col_value, dtype=float)


def dual_bound(
    cost: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    starts: list[int],
    index: list[int],
    row_upper: np.ndarray,
    duals: np.ndarray,
) -> float:
    """Weak duality for max c.y, Ay <= b, l <= y <= u: any pi >= 0 gives
    c.y <= pi.b + sum_j max(l_j d_j, u_j d_j) with d = c - A^T pi."""
    best = math.inf
    # HiGHS' sign convention for duals of a maximisation varies; both signs are valid tries.
    for sign in (1.0, -1.0):
        pi = np.maximum(sign * duals, 0.0)
        col_of_entry = np.repeat(np.arange(len(cost)), np.diff(np.array(starts + [len(index)])))
        used = np.zeros(len(cost))
        np.add.at(used, col_of_entry, pi[np.array(index, dtype=np.int64)])
        d = cost - used
        value = float(pi @ row_upper) + float(np.maximum(lower * d, upper * d).sum())
        best = min(best, value)
    return best


def aggregated_lp(
    problem: Problem,
    fixed: dict[int, int] | None = None,
    kept: set[int] | None = None,
    fairness: bool = True,
    time_limit: float | None = None,
    cuts: list[tuple[int, int]] | None = None,
    fairness_time: float | None = None,
) -> LpResult:
    """Solve the aggregated relaxation.

    ``cuts`` are slot-set rows (person q, slot mask T): the requests of q that can only meet
    inside T take at most |T| of them (see :mod:`parkbridge.scheduling.cuts`). Each holds for every
    schedule, so the bound stays a bound and only gets tighter.

    ``fixed`` maps requests to slots they must keep; ``kept`` are requests that must stay
    scheduled but may move. With ``fairness``, a second LP keeps the optimal weight and
    maximises the number of participants with at least one meeting (the reported fairness).
    With ``time_limit`` (seconds, shared by both LPs) HiGHS may stop early: the bound still
    holds (weak duality from any duals) and the values are only a choice to place.
    ``fairness_time`` caps the second LP alone: it improves only who gets a meeting, not W,
    and at 30,000 participants takes ten times as long as the first, so under a short limit
    placing the meetings is the better use of the time.
    """
    started = time.monotonic()
    fixed = fixed or {}
    kept = kept or set()
    n, S = problem.n, problem.n_slots
    fixed_busy = [0] * n
    fixed_deg = [0] * n
    for e, s in fixed.items():
        for q in (problem.ea[e], problem.eb[e]):
            fixed_busy[q] |= 1 << s
            fixed_deg[q] += 1
    # Capacity left per participant: meetings still allowed, and free slots for them.
    room = [
        fixed_deg[q]
        + max(
            0, min(problem.cap[q] - fixed_deg[q], bin(problem.avail[q] & ~fixed_busy[q]).count("1"))
        )
        for q in range(n)
    ]
    table_room = 0
    table_people = [0] * S
    for q in range(n):
        if not problem.booth[q]:
            for s in range(S):
                if problem.avail[q] >> s & 1:
                    table_people[s] += 1
    for s in range(S):
        table_room += min(problem.tables, table_people[s] // 2)

    m = problem.n_edges
    cost = np.array(problem.weight, dtype=float)
    lower = np.zeros(m)
    upper = np.array([1.0 if problem.common[e] else 0.0 for e in range(m)])
    for e in list(fixed) + list(kept):
        lower[e] = upper[e] = 1.0
    cuts = cuts or []
    cuts_of: dict[int, list[tuple[int, int]]] = {}
    for r, (q, mask) in enumerate(cuts):
        cuts_of.setdefault(q, []).append((n + 1 + r, mask))
    starts: list[int] = []
    index: list[int] = []
    for e in range(m):
        starts.append(len(index))
        index.append(problem.ea[e])
        index.append(problem.eb[e])
        if problem.needs_table[e]:
            index.append(n)
        for q in (problem.ea[e], problem.eb[e]):
            for row, mask in cuts_of.get(q, ()):
                if problem.common[e] & ~mask == 0:
                    index.append(row)
    row_upper = np.array(room + [table_room] + [mask.bit_count() for _q, mask in cuts], dtype=float)
    if m == 0:
        return LpResult(values=[], bound=0, integral=True)
    h, y = _solve(cost, lower, upper, starts, index, row_upper, time_limit=time_limit)
    duals = np.asarray(h.getSolution().row_dual, dtype=float)
    bound_value = dual_bound(cost, lower, upper, starts, index, row_upper, duals)
    bound = math.floor(bound_value + _TOL)
    values = np.clip(y, 0.0, 1.0)
    integral = bool(np.all(np.minimum(values, 1 - values) < _TOL))
    left = None if time_limit is None else time_limit - (time.monotonic() - started)
    if fairness_time is not None:
        left = fairness_time if left is None else min(left, fairness_time)
    if fairness and integral and (left is None or left > 0.5):
        target = float(np.rint(values) @ cost)
        fair = _fairness_lp(
            problem, cost, lower, upper, starts, index, row_upper, target, time_limit=left
        )
        if fair is not None:
            values = fair
    return LpResult(values=[float(v) for v in values], bound=bound, integral=integral)


def _fairness_lp(
    problem: Problem,
    cost: np.ndarray,
    lower: np.ndarray,
    upper: np.ndarray,
    starts: list[int],
    index: list[int],
    row_upper: np.ndarray,
    target: float,
    time_limit: float | None = None,
) -> np.ndarray | None:
    """Among selections of weight >= target, maximise participants with a meeting.

    Extra columns z_q <= 1 with rows z_q - sum_{e at q} y_e <= 0; a weight row keeps W.
    Returns None when the result is fractional (the caller keeps the first optimum).
    """
    n, m = problem.n, len(cost)
    base_rows = len(row_upper)
    z_row = base_rows  # rows base_rows .. base_rows+n-1: linking rows; then the weight row
    weight_row = base_rows + n
    h = new_highs()
    if time_limit is not None:
        h.setOptionValue("time_limit", max(0.1, float(time_limit)))
    lp = highspy.HighsLp()
    people = [q for q in range(n) if problem.adj[q]]
    lp.num_col_ = m + len(people)
    lp.num_row_ = weight_row + 1
    lp.col_cost_ = np.concatenate([np.zeros(m), np.ones(len(people))])
    lp.col_lower_ = np.concatenate([lower, np.zeros(len(people))])
    lp.col_upper_ = np.concatenate([upper, np.ones(len(people))])
    lp.row_lower_ = np.concatenate([np.full(base_rows + n, -highspy.kHighsInf), [target - _TOL]])
    lp.row_upper_ = np.concatenate([row_upper, np.zeros(n), [highspy.kHighsInf]])
    col_start: list[int] = []
    col_index: list[int] = []
    col_value: list[float] = []
    for e in range(m):
        col_start.append(len(col_index))
        end = starts[e + 1] if e + 1 < m else len(index)
        for r in index[starts[e] : end]:
            col_index.append(r)
            col_value.append(1.0)
        for q in (problem.ea[e], problem.eb[e]):
            col_index.append(z_row + q)
            col_value.append(-1.0)
        col_index.append(weight_row)
        col_value.append(float(cost[e]))
    for q in people:
        col_start.append(len(col_index))
        col_index.append(z_row + q)
        col_value.append(1.0)
    lp.a_matrix_.format_ = highspy.MatrixFormat.kColwise
    lp.a_matrix_.start_ = np.array(col_start + [len(col_index)], dtype=np.int32)
    lp.a_matrix_.index_ = np.array(col_index, dtype=np.int32)
    lp.a_matrix_.value_ = np.array(col_value)
    lp.sense_ = highspy.ObjSense.kMaximize
    h.passModel(lp)
    h.run()
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    y = np.clip(np.asarray(h.getSolution().col_value, dtype=float)[:m], 0.0, 1.0)
    if not np.all(np.minimum(y, 1 - y) < _TOL) or float(np.rint(y) @ cost) < target - 0.5:
        return None
    return y


def full_lp(
    problem: Problem,
    fixed: dict[int, int] | None = None,
    time_limit: float | None = None,
) -> LpResult | None:
    """The slot-indexed LP relaxation x_{e,s}: stronger than the aggregated one but much larger.

    Returns None if HiGHS did not finish (the caller then keeps the aggregated bound).
    """
    fixed = fixed or {}
    n, S, m = problem.n, problem.n_slots, problem.n_edges
    if m == 0:
        return LpResult(values=[], bound=0, integral=True)
    rows_person_slot = m
    rows_cap = m + n * S
    rows_table = rows_cap + n
    cost_list: list[float] = []
    lower_list: list[float] = []
    starts: list[int] = []
    index: list[int] = []
    owner: list[int] = []
    slot_of_column: list[int] = []
    for e in range(m):
        a, b = problem.ea[e], problem.eb[e]
        mask = problem.common[e]
        for s in range(S):
            if not mask >> s & 1:
                continue
            starts.append(len(index))
            cost_list.append(float(problem.weight[e]))
            lower_list.append(1.0 if fixed.get(e) == s else 0.0)
            owner.append(e)
            slot_of_column.append(s)
            index.extend((e, rows_person_slot + a * S + s, rows_person_slot + b * S + s))
            index.extend((rows_cap + a, rows_cap + b))
            if problem.needs_table[e]:
                index.append(rows_table + s)
    row_upper = np.ones(rows_table + S)
    row_upper[rows_cap:rows_table] = problem.cap
    row_upper[rows_table:] = problem.tables
    cost = np.array(cost_list)
    lower = np.array(lower_list)
    upper = np.ones(len(cost))
    if len(cost) == 0:
        return LpResult(values=[0.0] * m, bound=0, integral=True)
    h, x = _solve(cost, lower, upper, starts, index, row_upper, time_limit=time_limit)
    if h.getModelStatus() != highspy.HighsModelStatus.kOptimal:
        return None
    duals = np.asarray(h.getSolution().row_dual, dtype=float)
    bound = math.floor(dual_bound(cost, lower, upper, starts, index, row_upper, duals) + _TOL)
    totals = np.zeros(m)
    np.add.at(totals, np.array(owner), np.clip(x, 0, 1))
    integral = bool(np.all(np.minimum(x, 1 - x) < _TOL))
    ones = tuple((owner[j], slot_of_column[j]) for j in np.flatnonzero(x > 1 - _TOL))
    return LpResult(values=[float(v) for v in totals], bound=bound, integral=integral, ones=ones)
