"""The scores of FORMAT.md section 5, plus the fairness share reported alongside them."""

from __future__ import annotations

from collections import defaultdict

from parkbridge.scheduling.model import Instance, Schedule, Scores


def idle_slots(instance: Instance, meetings_by_person: dict[str, list[int]]) -> int:
    """Total idle gaps: available, meeting-free slots between a person's first and last meeting
    of the same session."""
    session = [s.session for s in instance.slots]
    available = {p.id: set(p.available) for p in instance.participants}
    total = 0
    for pid, slots in meetings_by_person.items():
        per_session: dict[str, list[int]] = defaultdict(list)
        for s in slots:
            per_session[session[s]].append(s)
        for in_session in per_session.values():
            if len(in_session) < 2:
                continue
            taken = set(in_session)
            total += sum(
                1
                for s in range(min(in_session) + 1, max(in_session))
                if s not in taken and s in available[pid]
            )
    return total


def score(instance: Instance, schedule: Schedule) -> Scores:
    """Scores of a schedule assumed valid (run :func:`validate_schedule` first)."""
    weight_of = {frozenset((r.a, r.b)): r.weight for r in instance.requests}
    by_person: dict[str, list[int]] = defaultdict(list)
    weight = 0
    for m in schedule.meetings:
        weight += weight_of[frozenset((m.a, m.b))]
        by_person[m.a].append(m.slot)
        by_person[m.b].append(m.slot)
    idle = idle_slots(instance, by_person)
    with_request = {pid for r in instance.requests for pid in (r.a, r.b)}
    served = sum(1 for pid in with_request if pid in by_person)
    n = len(instance.participants)
    return Scores(
        weight=weight,
        meetings=len(schedule.meetings),
        gaps=idle / n if n else 0.0,
        idle_slots=idle,
        fairness=served / len(with_request) if with_request else 1.0,
    )
