"""Checks every rule of FORMAT.md section 4 (C1 to C7) on a schedule.

Independent of the solver's internal data structures on purpose: it re-derives everything from
the typed instance, so a bug in the solver cannot hide itself here.
"""

from __future__ import annotations

from collections import Counter, defaultdict

from parkbridge.scheduling.model import Instance, Schedule


def validate_schedule(instance: Instance, schedule: Schedule) -> list[str]:
    """Return one message per broken rule occurrence; an empty list means the schedule is valid."""
    errors: list[str] = []
    if schedule.instance != instance.name:
        errors.append(f"schedule is for instance {schedule.instance!r}, not {instance.name!r}")
    people = {p.id: p for p in instance.participants}
    available = {p.id: set(p.available) for p in instance.participants}
    requests = {frozenset((r.a, r.b)): r for r in instance.requests}
    n_slots = len(instance.slots)
    used_requests: set[frozenset[str]] = set()
    busy: Counter[tuple[str, int]] = Counter()
    count: Counter[str] = Counter()
    tables: dict[int, Counter[int]] = defaultdict(Counter)

    for i, m in enumerate(schedule.meetings):
        where = f"meeting #{i} ({m.a}-{m.b}, slot {m.slot})"
        pair = frozenset((m.a, m.b))
        request = requests.get(pair)
        if m.a == m.b or request is None:
            errors.append(f"C1 {where}: no such request")
            continue
        if pair in used_requests:
            errors.append(f"C1 {where}: request scheduled more than once")
        used_requests.add(pair)
        if not 0 <= m.slot < n_slots:
            errors.append(f"C2 {where}: slot out of range 0..{n_slots - 1}")
            continue
        for pid in (m.a, m.b):
            if m.slot not in available[pid]:
                errors.append(f"C3 {where}: {pid} is not available")
            busy[(pid, m.slot)] += 1
            count[pid] += 1
        booth_a, booth_b = people[request.a].booth, people[request.b].booth
        if not booth_a and not booth_b:
            if m.booth is not None or m.table is None or not 0 <= m.table < instance.tables:
                errors.append(
                    f"C6 {where}: must be at a table 0..{instance.tables - 1} with booth null"
                )
            else:
                tables[m.slot][m.table] += 1
        else:
            host = request.a if booth_a else request.b
            if m.table is not None or m.booth != host:
                errors.append(f"C6 {where}: must be at booth {host!r} with table null")

    for (pid, slot), n in sorted(busy.items()):
        if n > 1:
            errors.append(f"C4 {pid} has {n} meetings in slot {slot}")
    for pid, n in sorted(count.items()):
        if n > people[pid].max_meetings:
            errors.append(
                f"C5 {pid} has {n} meetings, more than max_meetings {people[pid].max_meetings}"
            )
    for slot, per_table in sorted(tables.items()):
        for table, n in sorted(per_table.items()):
            if n > 1:
                errors.append(f"C7 table {table} hosts {n} meetings in slot {slot}")
    return errors
