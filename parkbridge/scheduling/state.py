"""A mutable partial schedule over a :class:`Problem`, with O(1) checks and updates.

Table numbers are not tracked: per FORMAT.md they can be given per slot at the end, so a slot
only needs a count of meetings needing a table.
"""

from __future__ import annotations

from parkbridge.scheduling.problem import Problem


class Assignment:
    __slots__ = ("p", "slot_of", "at", "busy", "deg", "load", "table_free", "full", "tabled")

    def __init__(self, problem: Problem) -> None:
        self.p = problem
        self.slot_of: list[int] = [-1] * problem.n_edges
        # at[person * S + slot] = request held then, or -1.
        self.at: list[int] = [-1] * (problem.n * problem.n_slots)
        self.busy: list[int] = [0] * problem.n  # bitmask of occupied slots
        self.deg: list[int] = [0] * problem.n
        self.load: list[int] = [0] * problem.n_slots  # table meetings per slot
        self.full = (1 << problem.n_slots) - 1
        # Slots with a free table (all slots when there are tables, none otherwise).
        self.table_free: int = self.full if problem.tables > 0 else 0
        # tabled[s]: the table meetings held in slot s (a dict for a stable order), so repairs
        # that need a table meeting to move out of a full slot do not scan every request.
        self.tabled: list[dict[int, None]] = [{} for _ in range(problem.n_slots)]

    def copy(self) -> Assignment:
        other = Assignment.__new__(Assignment)
        other.p = self.p
        other.slot_of = self.slot_of[:]
        other.at = self.at[:]
        other.busy = self.busy[:]
        other.deg = self.deg[:]
        other.load = self.load[:]
        other.full = self.full
        other.table_free = self.table_free
        other.tabled = [dict(held) for held in self.tabled]
        return other

    def free_slots(self, e: int) -> int:
        """Slots where request ``e`` could be placed now, ignoring the meeting caps."""
        p = self.p
        a, b = p.ea[e], p.eb[e]
        mask = p.common[e] & ~self.busy[a] & ~self.busy[b]
        if p.needs_table[e]:
            mask &= self.table_free
        return mask

    def has_room(self, e: int) -> bool:
        p = self.p
        return self.deg[p.ea[e]] < p.cap[p.ea[e]] and self.deg[p.eb[e]] < p.cap[p.eb[e]]

    def place(self, e: int, s: int) -> None:
        p = self.p
        S = p.n_slots
        bit = 1 << s
        for q in (p.ea[e], p.eb[e]):
            self.at[q * S + s] = e
            self.busy[q] |= bit
            self.deg[q] += 1
        if p.needs_table[e]:
            self.load[s] += 1
            self.tabled[s][e] = None
            if self.load[s] >= p.tables:
                self.table_free &= ~bit
        self.slot_of[e] = s

    def remove(self, e: int) -> int:
        p = self.p
        S = p.n_slots
        s = self.slot_of[e]
        bit = 1 << s
        for q in (p.ea[e], p.eb[e]):
            self.at[q * S + s] = -1
            self.busy[q] &= ~bit
            self.deg[q] -= 1
        if p.needs_table[e]:
            self.load[s] -= 1
            del self.tabled[s][e]
            self.table_free |= bit
        self.slot_of[e] = -1
        return s

    def weight(self) -> int:
        w = self.p.weight
        return sum(w[e] for e, s in enumerate(self.slot_of) if s >= 0)

    def idle_of(self, q: int, busy: int | None = None) -> int:
        """Idle gaps of participant ``q`` (optionally for a hypothetical occupancy mask)."""
        p = self.p
        mask = self.busy[q] if busy is None else busy
        if mask == 0:
            return 0
        total = 0
        avail = p.avail[q]
        for lo, hi in p.session_range:
            m = (mask >> lo) & ((1 << (hi - lo + 1)) - 1)
            if m & (m - 1) == 0:
                continue  # fewer than two meetings in this session
            first = (m & -m).bit_length() - 1
            last = m.bit_length() - 1
            span = ((1 << (last - first + 1)) - 1) << first
            total += bin(span & ~m & (avail >> lo)).count("1")
        return total

    def total_idle(self) -> int:
        return sum(self.idle_of(q) for q in range(self.p.n))

    def prefs_met(self) -> int:
        """Soft time preferences met by the placed meetings."""
        p = self.p
        return sum(p.prefs_met(e, s) for e, s in enumerate(self.slot_of) if s >= 0)

    def prefs_total(self) -> int:
        p = self.p
        return sum(p.prefs_asked(e) for e, s in enumerate(self.slot_of) if s >= 0)
