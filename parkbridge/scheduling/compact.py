"""Idle-gap local search: move meetings so each participant's day is back to back.

Moves are ranked lexicographically: first by the soft time preferences they gain (a meeting in
a slot a side prefers), then by idle gaps, so compaction never trades a met preference for a
shorter day, and a move that meets a preference is taken even if it opens a gap.

Only slot changes are made, never additions or removals, so the weight W and the set of
participants with a meeting (fairness) are untouched. Moves: relocating one meeting to a free
slot, and Kempe swaps (exchanging two slots along an alternating component), which reach
arrangements a single relocation cannot because everyone stays at one meeting per slot.
"""

from __future__ import annotations

import time
from collections.abc import Callable

from parkbridge.scheduling.moves import apply_swap, kempe_component, lowest_bits, swap_is_valid
from parkbridge.scheduling.state import Assignment


def _idle_with(st: Assignment, people: set[int], changes: dict[int, tuple[int, int]]) -> int:
    """Idle gaps of ``people`` if each request in ``changes`` moved from old to new slot."""
    p = st.p
    busy = {q: st.busy[q] for q in people}
    for e, (old, _new) in changes.items():
        for q in (p.ea[e], p.eb[e]):
            busy[q] &= ~(1 << old)
        # Set after clearing everything: in a swap a person may gain the slot another frees.
    for e, (_old, new) in changes.items():
        for q in (p.ea[e], p.eb[e]):
            busy[q] |= 1 << new
    return sum(st.idle_of(q, busy[q]) for q in people)


def _try_improve_meeting(st: Assignment, e: int, kempe_limit: int, frozen: set[int]) -> bool:
    p = st.p
    a, b = p.ea[e], p.eb[e]
    s = st.slot_of[e]
    before = st.idle_of(a) + st.idle_of(b)
    # (preferences lost, idle gaps added): a move must make this lexicographically negative.
    best_delta = (0, 0)
    best_move: tuple[str, int, list[int]] | None = None
    met_here = p.prefs_met(e, s)
    # Relocation to any free slot.
    for t in lowest_bits(st.free_slots(e) & ~(1 << s)):
        delta = (met_here - p.prefs_met(e, t), _idle_with(st, {a, b}, {e: (s, t)}) - before)
        if delta < best_delta:
            best_delta, best_move = delta, ("move", t, [])
    # Kempe swaps with the slots of the same session; across sessions too while a side's
    # preference is unmet, since a preferred slot may lie in another session.
    lo, hi = p.session_range[p.session_of[s]]
    if met_here < p.prefs_asked(e):
        lo, hi = 0, p.n_slots - 1
    for t in range(lo, hi + 1):
        if t == s or not p.common[e] >> t & 1:
            continue
        if not (st.busy[a] >> t & 1 or st.busy[b] >> t & 1):
            continue  # both free: a plain relocation, already tried
        comp = kempe_component(st, e, s, t, kempe_limit)
        if comp is None or any(g in frozen for g in comp) or not swap_is_valid(st, comp, s, t):
            continue
        people = {q for g in comp for q in (p.ea[g], p.eb[g])}
        old = sum(st.idle_of(q) for q in people)
        changes = {g: (st.slot_of[g], t if st.slot_of[g] == s else s) for g in comp}
        lost = sum(p.prefs_met(g, o) - p.prefs_met(g, n) for g, (o, n) in changes.items())
        delta = (lost, _idle_with(st, people, changes) - old)
        if delta < best_delta:
            best_delta, best_move = delta, ("swap", t, comp)
    if best_move is None:
        return False
    kind, t, comp = best_move
    if kind == "move":
        st.remove(e)
        st.place(e, t)
    else:
        apply_swap(st, comp, s, t)
    return True


def compact(
    st: Assignment,
    deadline: float,
    movable: Callable[[int], bool] | None = None,
    kempe_limit: int = 40,
    tick: Callable[[int], None] | None = None,
) -> int:
    """Meet more time preferences, then reduce idle gaps, until no move helps or ``deadline``
    (time.monotonic) passes; the number of preferences met never decreases.

    ``movable(e)`` says whether a placed request may change slot (published meetings may not);
    Kempe components containing an immovable request are skipped. Returns idle gaps removed.
    """
    p = st.p
    start_idle = st.total_idle()
    S = p.n_slots
    frozen = (
        {e for e, s in enumerate(st.slot_of) if s >= 0 and not movable(e)}
        if movable is not None
        else set()
    )
    improved = True
    while improved and time.monotonic() < deadline:
        improved = False
        for q in range(p.n):
            if tick is not None and q % 1024 == 0:
                tick(q)
            if _settled(st, q):
                continue
            if time.monotonic() > deadline:
                break
            for s in lowest_bits(st.busy[q]):
                e = st.at[q * S + s]
                if e in frozen:
                    continue
                if _try_improve_meeting(st, e, kempe_limit, frozen):
                    improved = True
                    if _settled(st, q):
                        break
    return start_idle - st.total_idle()


def _settled(st: Assignment, q: int) -> bool:
    """No idle gap, and every meeting in a preferred slot (or no preferences at all)."""
    pref = st.p.pref[q]
    return st.idle_of(q) == 0 and (pref == 0 or st.busy[q] & ~pref == 0)
