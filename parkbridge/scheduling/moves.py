"""Neighbourhood moves on an :class:`Assignment`: relocations and Kempe-chain swaps.

Placing meetings into slots is an edge colouring with per-edge colour lists (common
availability) and a per-colour capacity on table edges. When a meeting finds no free slot, the
classic repair is a Kempe swap: exchange two colours alpha/beta along the alternating path that
blocks it. The same swaps, applied to whole alternating components, are also the moves of the
idle-gap local search, since they keep every participant at one meeting per slot.
"""

from __future__ import annotations

from itertools import islice

from parkbridge.scheduling.state import Assignment

TABLE_BOUND_CHAINS = 8  # chains per insertion kept for a table exchange (step 3)


def lowest_bits(mask: int) -> list[int]:
    out = []
    while mask:
        low = mask & -mask
        out.append(low.bit_length() - 1)
        mask ^= low
    return out


def kempe_component(
    st: Assignment, start: int, alpha: int, beta: int, limit: int
) -> list[int] | None:
    """Edges of the alpha/beta alternating component containing request ``start`` (placed in
    alpha or beta). None when it has more than ``limit`` edges."""
    p = st.p
    S = p.n_slots
    seen = {start}
    stack = [start]
    while stack:
        e = stack.pop()
        colour = st.slot_of[e]
        other = beta if colour == alpha else alpha
        for q in (p.ea[e], p.eb[e]):
            f = st.at[q * S + other]
            if f >= 0 and f not in seen:
                seen.add(f)
                if len(seen) > limit:
                    return None
                stack.append(f)
    return list(seen)


def swap_is_valid(
    st: Assignment, edges: list[int], alpha: int, beta: int, extra: int = -1, extra_slot: int = -1
) -> bool:
    """Can the component ``edges`` exchange alpha and beta (availability and tables)? ``extra``
    is a request to be added in ``extra_slot`` after the swap (counted for tables)."""
    p = st.p
    d_alpha = 0  # change of table meetings in alpha (beta changes by the opposite)
    for e in edges:
        new = beta if st.slot_of[e] == alpha else alpha
        if not p.common[e] >> new & 1:
            return False
        if p.needs_table[e]:
            d_alpha += 1 if new == alpha else -1
    load_alpha = st.load[alpha] + d_alpha
    load_beta = st.load[beta] - d_alpha
    if extra >= 0 and p.needs_table[extra]:
        if extra_slot == alpha:
            load_alpha += 1
        elif extra_slot == beta:
            load_beta += 1
    return load_alpha <= p.tables and load_beta <= p.tables


def apply_swap(st: Assignment, edges: list[int], alpha: int, beta: int) -> None:
    new = {e: (beta if st.slot_of[e] == alpha else alpha) for e in edges}
    for e in edges:
        st.remove(e)
    for e, s in new.items():
        st.place(e, s)


def try_relocate(st: Assignment, f: int, forbidden: int) -> bool:
    """Move placed request ``f`` to any other free slot not in ``forbidden`` (a mask)."""
    free = st.free_slots(f) & ~forbidden
    if not free:
        return False
    s = (free & -free).bit_length() - 1
    st.remove(f)
    st.place(f, s)
    return True


def try_insert(
    st: Assignment, e: int, kempe_limit: int = 60, frozen: frozenset[int] | set[int] = frozenset()
) -> bool:
    """Place request ``e`` (caps permitting), repairing with one relocation or a Kempe swap;
    requests in ``frozen`` (published meetings) are never moved."""
    p = st.p
    if not st.has_room(e) or not p.common[e]:
        return False
    free = st.free_slots(e)
    if free:
        st.place(e, (free & -free).bit_length() - 1)
        return True
    u, v = p.ea[e], p.eb[e]
    S = p.n_slots
    # 1. Free a slot by moving the (at most two) meetings blocking it, plus a table if needed.
    for alpha in lowest_bits(p.common[e]):
        bit = 1 << alpha
        blockers = [f for f in (st.at[u * S + alpha], st.at[v * S + alpha]) if f >= 0]
        if len(blockers) > 1 or any(f in frozen for f in blockers):
            continue
        moved: list[tuple[int, int]] = []
        ok = True
        for f in blockers:
            old = st.slot_of[f]
            if try_relocate(st, f, bit):
                moved.append((f, old))
            else:
                ok = False
                break
        if ok and p.needs_table[e] and not st.table_free >> alpha & 1:
            ok = False
            # Move any table meeting out of alpha to a slot with a free table (none to try
            # when every other slot's tables are taken too: a table-starved event).
            targets = st.table_free & ~bit
            for q_edge in _table_edges_at(st, alpha, limit=200) if targets else ():
                if q_edge in frozen:
                    continue
                old = st.slot_of[q_edge]
                if try_relocate(st, q_edge, bit):
                    moved.append((q_edge, old))
                    ok = True
                    break
        if ok and st.free_slots(e) >> alpha & 1:
            st.place(e, alpha)
            return True
        for f, old in reversed(moved):  # undo
            st.remove(f)
            st.place(f, old)
    # 2. Kempe swaps: alpha free at u, beta free at v; swap the chain at v so alpha frees up.
    # Chains that only the tables stand in the way of are kept for step 3.
    table_bound: list[tuple[list[int], int, int]] = []
    for x, y in ((u, v), (v, u)):
        free_x = p.common[e] & ~st.busy[x]
        free_y = p.common[e] & ~st.busy[y]
        for alpha in lowest_bits(free_x):
            f = st.at[y * S + alpha]
            if f < 0:
                continue
            for beta in lowest_bits(free_y & ~(1 << alpha)):
                comp = kempe_component(st, f, alpha, beta, kempe_limit)
                if comp is None or any(x in (p.ea[g], p.eb[g]) or g in frozen for g in comp):
                    continue
                if not swap_is_valid(st, comp, alpha, beta, e, alpha):
                    if p.tables > 0 and len(table_bound) < TABLE_BOUND_CHAINS:
                        table_bound.append((comp, alpha, beta))
                    continue
                apply_swap(st, comp, alpha, beta)
                if st.free_slots(e) >> alpha & 1:
                    st.place(e, alpha)
                    return True
                apply_swap(st, comp, alpha, beta)  # undo
    # 3. The same swaps where only the tables stand in the way (table-starved events: every
    # slot's tables taken): one table meeting outside the chain moves the other way.
    for comp, alpha, beta in table_bound:
        if _swap_with_table_exchange(st, e, comp, alpha, beta, frozen):
            return True
    return False


def _swap_with_table_exchange(
    st: Assignment,
    e: int,
    comp: list[int],
    alpha: int,
    beta: int,
    frozen: frozenset[int] | set[int],
    limit: int = 200,
) -> bool:
    """Swap ``comp`` between alpha and beta and place ``e`` in alpha when the swap leaves one
    slot with one table meeting too many and the other with a table to spare, by moving one
    table meeting g (outside the chain) from the crowded slot to the other. g's people are
    then free in the other slot: were either busy there, g would belong to the chain."""
    p = st.p
    d_alpha = 0
    for g in comp:
        new = beta if st.slot_of[g] == alpha else alpha
        if not p.common[g] >> new & 1:
            return False
        if p.needs_table[g]:
            d_alpha += 1 if new == alpha else -1
    load_alpha = st.load[alpha] + d_alpha + (1 if p.needs_table[e] else 0)
    load_beta = st.load[beta] - d_alpha
    if load_alpha == p.tables + 1 and load_beta < p.tables:
        crowded, other = alpha, beta
    elif load_beta == p.tables + 1 and load_alpha < p.tables:
        crowded, other = beta, alpha
    else:
        return False
    members = set(comp)
    bit = 1 << other
    # Newest first: meetings placed late are the flexible ones (placement starts with those
    # that have the fewest possible slots).
    for g in islice(reversed(st.tabled[crowded]), limit):
        if g in members or g in frozen or not p.common[g] & bit:
            continue
        if (st.busy[p.ea[g]] | st.busy[p.eb[g]]) & bit:
            continue
        st.remove(g)
        apply_swap(st, comp, alpha, beta)
        st.place(g, other)
        if st.free_slots(e) >> alpha & 1 and st.has_room(e):
            st.place(e, alpha)
            return True
        st.remove(g)  # undo (not expected: the loads and people were checked above)
        apply_swap(st, comp, alpha, beta)
        st.place(g, crowded)
        return False
    return False


def _table_edges_at(st: Assignment, s: int, limit: int) -> list[int]:
    """Up to ``limit`` table meetings held in slot ``s`` (from the per-slot index)."""
    return list(islice(st.tabled[s], limit))
