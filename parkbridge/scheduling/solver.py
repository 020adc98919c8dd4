"""The scheduler: LP selection, compact placement with repair, idle-gap polishing.

Pipeline (each phase respects the shared deadline):
1. keep previously published meetings (fixed in place, or only kept scheduled);
2. aggregated LP (HiGHS): upper bound B and, being usually integral, the meetings to hold;
3. place them slot by slot where they add no idle gap, repairing conflicts with Kempe swaps,
   then add any other request that still fits;
4. if W < B: slot-set (Hall) cuts on the aggregated LP, re-solved and placed again (cuts.py);
5. if still W < B on a small instance: the slot-indexed (full) LP for a tighter B, whose
   rounding (its meetings at 1, in their slots, plus what still fits) replaces the schedule
   when heavier; then CP-SAT on the full model warm-started from the best so far;
6. idle-gap local search, then exact CP-SAT re-slotting of the neighbourhoods that keep gaps;
7. with W proven best: CP-SAT for the fewest idle slots at that W, first re-slotting the
   meetings in hand, then (small sessions) over every schedule of that W.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from parkbridge.scheduling.assign import augment, place_all, round_slots, unplaced
from parkbridge.scheduling.compact import compact
from parkbridge.scheduling.cuts import tighten_with_cuts
from parkbridge.scheduling.lp import aggregated_lp, full_lp
from parkbridge.scheduling.model import (
    BOUND_CP_SAT,
    BOUND_CUT_LP,
    BOUND_FULL_LP,
    BOUND_SLOT_FREE_LP,
    Changes,
    Instance,
    Meeting,
    ProgressCallback,
    Schedule,
    SolveStats,
)
from parkbridge.scheduling.problem import Problem, build_problem
from parkbridge.scheduling.scores import score
from parkbridge.scheduling.state import Assignment

# Above these sizes the exact fall-backs are skipped: they would not finish in useful time.
FULL_LP_MAX_COLUMNS = 150_000
FULL_CPSAT_MAX_COLUMNS = 30_000
FULL_CPSAT_MAX_SECONDS = 30.0  # its share of the time left (half) is capped too
TWO_STAGE_MAX_COLUMNS = 5_000
# The exact fewest-gaps steps (see _fewest_gaps): model size limits, the share of the time
# left and the absolute cap (seconds) each may use, and when a search counts as stalled.
RESLOT_MAX_COLUMNS = 20_000  # request-slot columns of the meetings in hand
RESLOT_SHARE, RESLOT_MAX_SECONDS = 0.5, 15.0
SESSION_SHARE, SESSION_MAX_SECONDS = 0.25, 5.0
TWO_STAGE_SHARE, TWO_STAGE_MAX_SECONDS = 0.5, 20.0
STALL_SHARE, STALL_MIN_SECONDS = 0.3, 2.0
BUILD_SECONDS_PER_COLUMN = 1.5e-4  # a step needs at least this much time left per column
NEIGHBOURHOOD_MAX_EDGES = 60
# Share of the time left that the slot-free LP's second (fairness) solve may take.
FAIRNESS_SHARE = 0.3


@dataclass(frozen=True, slots=True)
class _Kept:
    slots: dict[int, int]  # request -> slot of a published meeting still possible
    movable: bool  # whether those meetings may change slot (they stay scheduled either way)
    dropped: list[Meeting]  # published meetings the instance no longer allows
    tables: dict[int, int]  # request -> previous table number

    @property
    def fixed(self) -> dict[int, int]:
        return {} if self.movable else self.slots

    @property
    def kept(self) -> set[int]:
        return set(self.slots) if self.movable else set()


def _match_previous(problem: Problem, previous: Schedule, allow_moves: bool) -> _Kept:
    """Map published meetings to requests; drop those the instance no longer allows."""
    index = {pid: i for i, pid in enumerate(problem.ids)}
    st = Assignment(problem)
    slots: dict[int, int] = {}
    dropped: list[Meeting] = []
    tables: dict[int, int] = {}
    for m in previous.meetings:
        a, b = index.get(m.a), index.get(m.b)
        e = None
        if a is not None and b is not None:
            e = problem.edge_of_pair.get((min(a, b), max(a, b)))
        if (
            e is None
            or st.slot_of[e] >= 0
            or not 0 <= m.slot < problem.n_slots
            or not st.has_room(e)
            or not st.free_slots(e) >> m.slot & 1
        ):
            dropped.append(m)
            continue
        st.place(e, m.slot)
        slots[e] = m.slot
        if m.table is not None:
            tables[e] = m.table
    return _Kept(slots=slots, movable=allow_moves, dropped=dropped, tables=tables)


def _number_tables(problem: Problem, st: Assignment, previous: dict[int, int]) -> dict[int, int]:
    """Table numbers per slot: meetings keep their previous table when still free there."""
    table_of: dict[int, int] = {}
    per_slot: list[list[int]] = [[] for _ in range(problem.n_slots)]
    for e, s in enumerate(st.slot_of):
        if s >= 0 and problem.needs_table[e]:
            per_slot[s].append(e)
    for edges in per_slot:
        taken: set[int] = set()
        rest = []
        for e in edges:
            t = previous.get(e)
            if t is not None and 0 <= t < problem.tables and t not in taken:
                table_of[e] = t
                taken.add(t)
            else:
                rest.append(e)
        free = (t for t in range(problem.tables) if t not in taken)
        for e in rest:
            table_of[e] = next(free)
    return table_of


def to_meetings(problem: Problem, st: Assignment, previous_tables: dict[int, int]) -> list[Meeting]:
    table_of = _number_tables(problem, st, previous_tables)
    out = []
    for e, s in enumerate(st.slot_of):
        if s < 0:
            continue
        a, b = problem.ea[e], problem.eb[e]
        if problem.needs_table[e]:
            table, booth = table_of[e], None
        else:
            table, booth = None, problem.ids[a] if problem.booth[a] else problem.ids[b]
        out.append(Meeting(a=problem.ids[a], b=problem.ids[b], slot=s, table=table, booth=booth))
    return out


def diff(previous: Schedule, current: Schedule) -> Changes:
    """Meetings added, removed, or moved (same pair, other slot or place) between schedules."""
    before = {frozenset((m.a, m.b)): m for m in previous.meetings}
    after = {frozenset((m.a, m.b)): m for m in current.meetings}
    added = tuple(m for k, m in after.items() if k not in before)
    removed = tuple(m for k, m in before.items() if k not in after)
    moved = tuple(
        (before[k], m)
        for k, m in after.items()
        if k in before
        and (before[k].slot, before[k].table, before[k].booth) != (m.slot, m.table, m.booth)
    )
    return Changes(added=added, removed=removed, moved=moved)


def solve(
    instance: Instance,
    time_limit: float = 60.0,
    fixed: Schedule | None = None,
    allow_moves: bool = False,
    progress: ProgressCallback | None = None,
    started: float | None = None,
) -> Schedule:
    """Schedule ``instance`` within about ``time_limit`` seconds, returning the best schedule
    found and its proven bound when time runs out.

    ``started`` (a time.monotonic() instant, default now) is when the limit began to run: the
    CLI passes its own start so reading the instance counts against the limit too. A share of
    the limit is kept back for what follows the search (tables, scores, validation, writing).

    ``fixed`` is a previously published schedule: its meetings stay where they are (or, with
    ``allow_moves``, stay scheduled but may change slot), except those the instance no longer
    permits (cancelled request, changed availability), which are reported as removed.
    """
    started = time.monotonic() if started is None else started
    deadline = started + max(0.1, time_limit - _finishing_reserve(instance, time_limit))
    phases: list[tuple[str, float]] = []
    mark = started

    def phase(name: str) -> None:
        nonlocal mark
        now = time.monotonic()
        phases.append((name, round(now - mark, 3)))
        mark = now

    def report(name: str, done: float, total: float) -> None:
        if progress is not None:
            progress(name, done, total)

    report("prepare", 0, 0)
    problem = build_problem(instance)
    previous = (
        _match_previous(problem, fixed, allow_moves)
        if fixed is not None
        else _Kept(slots={}, movable=False, dropped=[], tables={})
    )
    phase("prepare")

    report("bound", 0, 0)
    remaining = max(0.1, deadline - time.monotonic())
    lp = aggregated_lp(
        problem,
        fixed=previous.fixed,
        kept=previous.kept,
        time_limit=remaining,
        fairness_time=FAIRNESS_SHARE * remaining,
    )
    bound = lp.bound
    bound_source = BOUND_SLOT_FREE_LP
    phase("lp")

    st = Assignment(problem)
    for e, s in previous.slots.items():
        st.place(e, s)
    frozen = set(previous.fixed)
    selected = [e for e, v in enumerate(lp.values) if v > 0.5 and st.slot_of[e] < 0]
    total = len(selected)
    place_all(
        st, selected, tick=lambda i: report("place", i, total), frozen=frozen, deadline=deadline
    )
    augment(st, unplaced(problem, st), frozen=frozen, deadline=deadline)
    phase("place")

    optimal = st.weight() >= bound
    if not optimal and time.monotonic() < deadline:
        report("slot-set cuts", 0, 0)
        tightened = tighten_with_cuts(
            problem,
            lp.values,
            st,
            bound,
            deadline,
            fixed=previous.fixed,
            kept=previous.kept,
            start=previous.slots,
        )
        st = tightened.assignment
        if tightened.bound < bound:
            bound, bound_source = tightened.bound, BOUND_CUT_LP
        optimal = st.weight() >= bound
        phase("cuts")
    columns = sum(c.bit_count() for c in problem.common)
    if not optimal and columns <= FULL_LP_MAX_COLUMNS and time.monotonic() < deadline:
        report("tighter bound", 0, 0)
        full = full_lp(problem, fixed=previous.fixed, time_limit=(deadline - time.monotonic()) / 3)
        # Without the kept-meetings constraint the LP is a relaxation, so still a bound.
        if full is not None:
            if full.bound < bound:
                bound, bound_source = full.bound, BOUND_FULL_LP
            # The slot-free LP may pick meetings that no slotting can hold; the full LP's
            # meetings come with their slots, so its rounding can do better.
            rounded = round_slots(
                problem, full.ones, start=previous.slots, frozen=frozen, deadline=deadline
            )
            if rounded.weight() > st.weight() and all(
                rounded.slot_of[e] >= 0 for e in previous.kept
            ):
                st = rounded
        optimal = st.weight() >= bound
        phase("full lp")
    if (
        not optimal
        and columns <= FULL_CPSAT_MAX_COLUMNS
        and not previous.fixed
        and not previous.kept
    ):
        remaining = deadline - time.monotonic()
        if remaining > 0.5:
            report("exact search", 0, 0)
            from parkbridge.scheduling.cpsat import solve_full

            result = solve_full(problem, min(remaining * 0.5, FULL_CPSAT_MAX_SECONDS), hint=st)
            if result.assignment is not None and result.assignment.weight() > st.weight():
                st = result.assignment
            if result.bound < bound:
                bound, bound_source = result.bound, BOUND_CP_SAT
            optimal = st.weight() >= bound
            phase("cp-sat")

    report("compact", 0, problem.n)
    compact(
        st,
        deadline,
        movable=(lambda e: e not in frozen) if frozen else None,
        tick=lambda q: report("compact", q, problem.n),
    )
    phase("compact")
    # Preferences come before gaps: the exact re-slotting below keeps every one met (and its
    # result is checked, since the local search is what counts them).
    has_prefs = any(problem.pref)
    prefs_before = st.prefs_met() if has_prefs else 0
    before_polish = st.copy() if has_prefs else st
    _polish(problem, st, frozen, deadline, report, keep_prefs=has_prefs)
    if has_prefs and st.prefs_met() < prefs_before:
        st = before_polish
    phase("polish")
    idle_proven = st.total_idle() == 0
    if optimal and not idle_proven and not previous.fixed and not previous.kept:
        # W is already proven best by the bound, so the second stage of the lexicographic
        # optimum only looks for fewer idle slots at that W.
        report("fewest gaps", 0, 0)
        st, idle_proven = _fewest_gaps(problem, st, columns, deadline)
        phase("fewest gaps")
    meetings = to_meetings(problem, st, previous.tables)
    elapsed = time.monotonic() - started
    schedule = Schedule(
        instance=instance.name,
        meetings=tuple(meetings),
        stats=SolveStats(
            bound=max(bound, st.weight()) if optimal else bound,
            seconds=round(elapsed, 3),
            proven_optimal=optimal,
            phases=tuple(phases),
            bound_source=bound_source,
            gaps_proven_minimal=optimal and idle_proven,
            preferences_met=st.prefs_met(),
            preferences_total=st.prefs_total(),
        ),
    )
    changes = diff(fixed, schedule) if fixed is not None else None
    result = Schedule(
        instance=schedule.instance,
        meetings=schedule.meetings,
        stats=schedule.stats,
        changes=changes,
        scores=score(instance, schedule),
    )
    report("done", 1, 1)
    return result


def _fewest_gaps(
    problem: Problem, st: Assignment, columns: int, deadline: float
) -> tuple[Assignment, bool]:
    """Exact idle-gap minimisation at the proven-best W, in CP-SAT steps that each get a
    share of the time left and an absolute cap, and stop when they stall:

    0. per session with idle slots, re-slot its meetings within it (small models, a fraction
       of a second each);
    1. re-slot all the meetings in hand (across sessions: usually no idle slot left within
       seconds, which is minimal by definition);
    2. on small sessions only, when gaps remain, the whole model (any meetings of that W),
       which can also prove that the gaps left cannot be fewer.

    Returns the schedule (never fewer preferences met than ``st``) and whether its idle slots
    are proven minimal."""
    has_prefs = any(problem.pref)
    weight = st.weight()
    proven = False
    steps: list[tuple[bool, float, float]] = []
    placed_columns = sum(problem.common[e].bit_count() for e, s in enumerate(st.slot_of) if s >= 0)
    if placed_columns <= RESLOT_MAX_COLUMNS:
        steps.append((True, RESLOT_SHARE, RESLOT_MAX_SECONDS))
    if columns <= TWO_STAGE_MAX_COLUMNS:
        steps.append((False, TWO_STAGE_SHARE, TWO_STAGE_MAX_SECONDS))
    # 0. Each session with idle slots, its meetings re-slotted within it (small models); the
    # sessions share one budget.
    from parkbridge.scheduling.assign import idle_bits

    todo: list[tuple[int, set[int], int]] = []
    for k, (lo, hi) in enumerate(problem.session_range):
        width = (1 << (hi - lo + 1)) - 1
        if any(
            idle_bits((st.busy[q] >> lo) & width, (problem.avail[q] >> lo) & width)
            for q in range(problem.n)
        ):
            edges = {e for e, s in enumerate(st.slot_of) if lo <= s <= hi}
            size = sum((problem.common[e] >> lo & width).bit_count() for e in edges)
            if size <= RESLOT_MAX_COLUMNS:
                todo.append((k, edges, size))
    if todo:
        from parkbridge.scheduling.cpsat import compact_neighbourhood

        ends = time.monotonic() + min(
            SESSION_SHARE * (deadline - time.monotonic()), SESSION_MAX_SECONDS
        )
        for i, (k, edges, size) in enumerate(todo):
            remaining = ends - time.monotonic()
            if remaining < max(0.2, BUILD_SECONDS_PER_COLUMN * size):
                break
            compact_neighbourhood(
                st, k, edges, remaining / (len(todo) - i), keep_prefs=has_prefs, workers=2
            )
    for same_meetings, share, cap in steps:
        remaining = deadline - time.monotonic()
        size = placed_columns if same_meetings else columns
        # Building and presolving the model is not covered by CP-SAT's own limit.
        if proven or st.total_idle() == 0 or remaining < max(0.5, BUILD_SECONDS_PER_COLUMN * size):
            break
        budget = min(share * remaining, cap)
        # Imported here: loading OR-Tools takes about a second, wasted when no step runs.
        from parkbridge.scheduling.cpsat import fewest_idle_at_weight

        result = fewest_idle_at_weight(
            problem,
            weight,
            st,
            budget,
            workers=2,
            same_meetings=same_meetings,
            stall=max(STALL_MIN_SECONDS, STALL_SHARE * budget),
            min_prefs=st.prefs_met() if has_prefs else 0,
        )
        if result.assignment is not None and (
            not has_prefs or result.assignment.prefs_met() >= st.prefs_met()
        ):
            st = result.assignment
            proven = result.proven
        elif result.assignment is None:
            # Nothing with fewer idle slots: when that is proven, the schedule in hand is minimal.
            proven = result.proven
    return st, proven or st.total_idle() == 0


def _finishing_reserve(instance: Instance, time_limit: float) -> float:
    """Seconds kept back after the search for numbering tables, scoring, validating and
    writing the schedule: about 1 s for 20,000 participants and 34,000 requests on a loaded
    2-core machine, roughly linear in the requests."""
    return min(0.25 * time_limit, 0.2 + 2.5e-5 * len(instance.requests))


def _polish(
    problem: Problem,
    st: Assignment,
    frozen: set[int],
    deadline: float,
    report: ProgressCallback,
    keep_prefs: bool = False,
) -> None:
    """Exact CP-SAT re-slotting around every participant who still has idle gaps."""
    if time.monotonic() >= deadline:
        return
    from parkbridge.scheduling.cpsat import compact_neighbourhood

    S = problem.n_slots
    todo = [q for q in range(problem.n) if st.idle_of(q) > 0]
    for i, q in enumerate(todo):
        remaining = deadline - time.monotonic()
        if remaining < 0.05:
            break
        report("polish", i, len(todo))
        if st.idle_of(q) == 0:
            continue
        for k, (lo, hi) in enumerate(problem.session_range):
            width = (1 << (hi - lo + 1)) - 1
            m = (st.busy[q] >> lo) & width
            if m & (m - 1) == 0:
                continue
            # Breadth-first over meetings of this session, starting at q, up to a size cap.
            region: set[int] = set()
            frontier = [q]
            seen = {q}
            while frontier and len(region) < NEIGHBOURHOOD_MAX_EDGES:
                nxt = []
                for r in frontier:
                    for s in range(lo, hi + 1):
                        e = st.at[r * S + s]
                        if e < 0 or e in frozen or e in region:
                            continue
                        region.add(e)
                        other = problem.other(e, r)
                        if other not in seen:
                            seen.add(other)
                            nxt.append(other)
                frontier = nxt
            if region:
                compact_neighbourhood(st, k, region, min(1.0, remaining / 2), keep_prefs=keep_prefs)
