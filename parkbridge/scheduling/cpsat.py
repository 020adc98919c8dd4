"""CP-SAT models: the plain full model (reference optimum and benchmark competitor) and the
exact compaction of small neighbourhoods used to polish idle gaps."""

from __future__ import annotations

import threading
import time
from dataclasses import dataclass

from ortools.sat.python import cp_model

from parkbridge.scheduling.moves import lowest_bits
from parkbridge.scheduling.problem import Problem
from parkbridge.scheduling.state import Assignment


@dataclass(slots=True)
class CpSatResult:
    assignment: Assignment | None  # None when no solution was found in time
    optimal: bool
    bound: int  # CP-SAT's proven upper bound on W (or the sum of weights when unknown)


def _add_idle_terms(
    model: cp_model.CpModel,
    occupied: dict[int, cp_model.LinearExprT],
    lo: int,
    hi: int,
    avail: int,
    name: str,
    hint_busy: int | None = None,
) -> list[cp_model.IntVar]:
    """Idle indicators for one person in the session lo..hi.

    before[s] >= occupied[t] for t <= s and after[s] >= occupied[t] for t >= s; a slot is idle
    when something is before and after it and it is free. Minimisation keeps before/after
    tight, so no reverse implications are needed. ``hint_busy`` (the person's occupied slots
    in the hinted schedule) hints these helpers too, so the hint is a complete solution that
    CP-SAT can start from at once."""
    slots = list(range(lo, hi + 1))
    before: dict[int, cp_model.IntVar] = {}
    after: dict[int, cp_model.IntVar] = {}
    prev = None
    for s in slots:
        v = model.new_bool_var(f"{name}b{s}")
        model.add(v >= occupied[s])
        if prev is not None:
            model.add(v >= prev)
        before[s] = prev = v
    prev = None
    for s in reversed(slots):
        v = model.new_bool_var(f"{name}a{s}")
        model.add(v >= occupied[s])
        if prev is not None:
            model.add(v >= prev)
        after[s] = prev = v
    idle: list[cp_model.IntVar] = []
    for s in slots[1:-1]:
        if not avail >> s & 1:
            continue
        g = model.new_bool_var(f"{name}g{s}")
        model.add(g >= before[s - 1] + after[s + 1] - 1 - occupied[s])
        idle.append(g)
        if hint_busy is not None:
            later = hint_busy & ((1 << (hi + 1)) - 1) >> (s + 1) << (s + 1)
            earlier = hint_busy & ((1 << s) - 1) >> lo << lo
            model.add_hint(g, bool(later and earlier) and not hint_busy >> s & 1)
    if hint_busy is not None:
        for s in slots:
            model.add_hint(before[s], bool(hint_busy & ((1 << (s + 1)) - 1) >> lo << lo))
            model.add_hint(after[s], bool(hint_busy >> s << s & ((1 << (hi + 1)) - 1)))
    return idle


@dataclass(slots=True)
class _FullModel:
    model: cp_model.CpModel
    x: dict[tuple[int, int], cp_model.IntVar]
    per_person_slot: dict[tuple[int, int], list[cp_model.IntVar]]
    weight: cp_model.LinearExprT


def _full_model(problem: Problem, only: set[int] | None = None) -> _FullModel:
    """x[e,s] for every request and common slot, with every rule of the format. With
    ``only``, just those requests, each held exactly once (re-slotting a fixed set)."""
    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    per_person_slot: dict[tuple[int, int], list[cp_model.IntVar]] = {}
    per_person: list[list[cp_model.IntVar]] = [[] for _ in range(problem.n)]
    per_table_slot: dict[int, list[cp_model.IntVar]] = {}
    for e in range(problem.n_edges) if only is None else sorted(only):
        vars_e = []
        for s in lowest_bits(problem.common[e]):
            v = model.new_bool_var(f"x{e}_{s}")
            x[(e, s)] = v
            vars_e.append(v)
            for q in (problem.ea[e], problem.eb[e]):
                per_person_slot.setdefault((q, s), []).append(v)
                per_person[q].append(v)
            if problem.needs_table[e]:
                per_table_slot.setdefault(s, []).append(v)
        if only is not None:
            model.add_exactly_one(vars_e)
        elif len(vars_e) > 1:
            model.add_at_most_one(vars_e)
    for vs in per_person_slot.values():
        if len(vs) > 1:
            model.add_at_most_one(vs)
    for q, vs in enumerate(per_person):
        if len(vs) > problem.cap[q]:
            model.add(sum(vs) <= problem.cap[q])
    for vs in per_table_slot.values():
        if len(vs) > problem.tables:
            model.add(sum(vs) <= problem.tables)
    weight = sum(problem.weight[e] * v for (e, _s), v in x.items())
    return _FullModel(model=model, x=x, per_person_slot=per_person_slot, weight=weight)


def _minimise_idle(
    problem: Problem, full: _FullModel, hint: Assignment | None = None
) -> list[cp_model.IntVar]:
    """Replace the objective by the total idle gaps of everyone (FORMAT.md section 5)."""
    model = full.model
    model.clear_objective()
    idle: list[cp_model.IntVar] = []
    for q in range(problem.n):
        for k, (lo, hi) in enumerate(problem.session_range):
            if hi - lo < 2:
                continue
            occupied = {s: sum(full.per_person_slot.get((q, s), [])) for s in range(lo, hi + 1)}
            idle += _add_idle_terms(
                model,
                occupied,
                lo,
                hi,
                problem.avail[q],
                f"i{q}_{k}",
                hint_busy=None if hint is None else hint.busy[q],
            )
    model.minimize(sum(idle))
    return idle


def _assignment(problem: Problem, chosen: set[tuple[int, int]]) -> Assignment:
    st = Assignment(problem)
    for e, s in sorted(chosen):
        st.place(e, s)
    return st


def solve_full(
    problem: Problem,
    time_limit: float,
    hint: Assignment | None = None,
    minimise_idle: bool = False,
    workers: int = 2,
) -> CpSatResult:
    """The whole problem as one CP-SAT model: x[e,s] for every request and common slot.

    With ``minimise_idle`` a second solve keeps the optimal W and minimises idle gaps (only
    sensible on small instances, used by the tests as the reference lexicographic optimum)."""
    full = _full_model(problem)
    model, x = full.model, full.x
    model.maximize(full.weight)
    if hint is not None:
        for (e, s), v in x.items():
            model.add_hint(v, hint.slot_of[e] == s)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, time_limit)
    solver.parameters.num_workers = workers
    status = solver.solve(model)
    total = sum(problem.weight)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return CpSatResult(assignment=None, optimal=False, bound=total)
    bound = int(solver.best_objective_bound + 1e-6)
    optimal = status == cp_model.OPTIMAL
    chosen = {(e, s) for (e, s), v in x.items() if solver.value(v)}
    if minimise_idle and optimal:
        best_w = round(solver.objective_value)
        _minimise_idle(problem, full)
        model.add(full.weight >= best_w)
        model.clear_hints()
        for (e, s), v in x.items():
            model.add_hint(v, (e, s) in chosen)
        status = solver.solve(model)
        if status in (cp_model.OPTIMAL, cp_model.FEASIBLE):
            chosen = {(e, s) for (e, s), v in x.items() if solver.value(v)}
            optimal = status == cp_model.OPTIMAL
    return CpSatResult(assignment=_assignment(problem, chosen), optimal=optimal, bound=bound)


@dataclass(slots=True)
class CompactResult:
    assignment: Assignment | None  # fewer idle slots than the hint at the same W, else None
    proven: bool  # the idle count found is the minimum at this W


class _StallWatch(cp_model.CpSolverSolutionCallback):
    """Stops a search that has found nothing better for ``stall`` seconds: on sessions CP-SAT
    cannot prove quickly, the last seconds of a long search rarely pay for themselves."""

    def __init__(self, stall: float) -> None:
        super().__init__()
        self.stall = stall
        self.last: float | None = None  # the clock starts at the first solution (after presolve)

    def on_solution_callback(self) -> None:
        self.last = time.monotonic()

    def watch(self, solver: cp_model.CpSolver, done: threading.Event) -> None:
        while not done.wait(0.1):
            if self.last is not None and time.monotonic() - self.last > self.stall:
                solver.stop_search()
                return


def fewest_idle_at_weight(
    problem: Problem,
    weight: int,
    hint: Assignment,
    time_limit: float,
    workers: int = 1,
    same_meetings: bool = False,
    stall: float | None = None,
    min_prefs: int = 0,
) -> CompactResult:
    """Second stage of the lexicographic optimum: among schedules of weight >= ``weight`` (the
    first stage, proven best by the caller's bound), the fewest idle slots, starting from
    ``hint``. Exact on small sessions; the result says whether the minimum is proven.

    With ``same_meetings`` only the hint's meetings are re-slotted: a much smaller model that
    usually removes every idle slot within seconds; its minimum is only the minimum for those
    meetings, so ``proven`` is then set only when no idle slot is left (zero is minimal for
    any set). ``stall`` stops the search after that many seconds without a better schedule.
    ``min_prefs``: only schedules meeting at least that many soft time preferences count
    (preferences come before gaps, so fewer gaps must not cost any)."""
    placed = {e for e, s in enumerate(hint.slot_of) if s >= 0}
    full = _full_model(problem, only=placed if same_meetings else None)
    _minimise_idle(problem, full, hint)
    full.model.add(full.weight >= weight)
    if min_prefs > 0:
        full.model.add(
            sum(problem.prefs_met(e, s) * v for (e, s), v in full.x.items()) >= min_prefs
        )
    for (e, s), v in full.x.items():
        full.model.add_hint(v, hint.slot_of[e] == s)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, time_limit)
    solver.parameters.num_workers = workers
    if stall is None:
        status = solver.solve(full.model)
    else:
        watch = _StallWatch(stall)
        done = threading.Event()
        watcher = threading.Thread(target=watch.watch, args=(solver, done), daemon=True)
        watcher.start()
        try:
            status = solver.solve(full.model, watch)
        finally:
            done.set()
            watcher.join()
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return CompactResult(assignment=None, proven=False)
    proven = status == cp_model.OPTIMAL
    st = _assignment(problem, {(e, s) for (e, s), v in full.x.items() if solver.value(v)})
    if same_meetings:
        proven = min(st.total_idle(), hint.total_idle()) == 0
    if st.weight() < weight or st.total_idle() >= hint.total_idle():
        return CompactResult(assignment=None, proven=proven)
    return CompactResult(assignment=st, proven=proven)


def compact_neighbourhood(
    st: Assignment,
    session: int,
    free_edges: set[int],
    time_limit: float,
    keep_prefs: bool = False,
    workers: int = 1,
) -> bool:
    """Re-slot the requests ``free_edges`` (all placed in ``session``) within that session to
    minimise the idle gaps of everyone they involve; all other meetings stay. Exact on the
    neighbourhood; applies the result only when it is strictly better. Returns True if applied.
    With ``keep_prefs`` the re-slotted meetings meet at least as many soft preferences."""
    p = st.p
    S = p.n_slots
    lo, hi = p.session_range[session]
    model = cp_model.CpModel()
    x: dict[tuple[int, int], cp_model.IntVar] = {}
    people = {q for e in free_edges for q in (p.ea[e], p.eb[e])}
    by_person_slot: dict[tuple[int, int], list[cp_model.IntVar]] = {}
    table_slot: dict[int, list[cp_model.IntVar]] = {}
    for e in free_edges:
        vs = []
        for s in range(lo, hi + 1):
            if not p.common[e] >> s & 1:
                continue
            # A slot is usable when the people are free there apart from free_edges themselves.
            blocked = False
            for q in (p.ea[e], p.eb[e]):
                f = st.at[q * S + s]
                if f >= 0 and f not in free_edges:
                    blocked = True
            if blocked:
                continue
            v = model.new_bool_var(f"x{e}_{s}")
            x[(e, s)] = v
            vs.append(v)
            for q in (p.ea[e], p.eb[e]):
                by_person_slot.setdefault((q, s), []).append(v)
            if p.needs_table[e]:
                table_slot.setdefault(s, []).append(v)
            model.add_hint(v, st.slot_of[e] == s)
        model.add_exactly_one(vs)
    for vs in by_person_slot.values():
        if len(vs) > 1:
            model.add_at_most_one(vs)
    for s, vs in table_slot.items():
        fixed_load = st.load[s] - sum(
            1 for e in free_edges if p.needs_table[e] and st.slot_of[e] == s
        )
        model.add(sum(vs) <= p.tables - fixed_load)
    idle: list[cp_model.IntVar] = []
    for q in people:
        occupied: dict[int, cp_model.LinearExprT] = {}
        for s in range(lo, hi + 1):
            f = st.at[q * S + s]
            if f >= 0 and f not in free_edges:
                occupied[s] = 1
            else:
                occupied[s] = sum(by_person_slot.get((q, s), []))
        idle += _add_idle_terms(model, occupied, lo, hi, p.avail[q], f"p{q}")
    if keep_prefs:
        before_prefs = sum(p.prefs_met(e, st.slot_of[e]) for e in free_edges)
        model.add(sum(p.prefs_met(e, s) * v for (e, s), v in x.items()) >= before_prefs)
    model.minimize(sum(idle))
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = max(0.05, time_limit)
    solver.parameters.num_workers = workers
    status = solver.solve(model)
    if status not in (cp_model.OPTIMAL, cp_model.FEASIBLE):
        return False
    before = sum(st.idle_of(q) for q in people)
    new_slot = {e: s for (e, s), v in x.items() if solver.value(v)}
    saved = {e: st.slot_of[e] for e in free_edges}
    for e in free_edges:
        st.remove(e)
    for e, s in new_slot.items():
        st.place(e, s)
    if sum(st.idle_of(q) for q in people) < before:
        return True
    for e in free_edges:
        st.remove(e)
    for e, s in saved.items():
        st.place(e, s)
    return False
