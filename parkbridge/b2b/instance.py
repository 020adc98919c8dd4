"""From the database to the scheduler's input (FORMAT.md JSON) and back.

The scheduler knows slots and tables by position and participants by string ids; this module
keeps the mapping to primary keys so that a solved schedule can be stored as :class:`Meeting`
rows, and a stored version can be handed back to the solver as ``fixed``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from parkbridge.b2b.models import (
    B2BParticipant,
    B2BProgramme,
    MeetingRequest,
    RequestStatus,
    ScheduleRun,
)
from parkbridge.b2b.times import local
from parkbridge.scheduling import Instance, Meeting, Schedule, parse_instance


@dataclass(frozen=True)
class BuiltInstance:
    data: dict[str, Any]  # the FORMAT.md instance object, stored on the run for the record
    instance: Instance
    slot_pks: list[int]  # slot index -> Slot pk
    table_pks: list[int]  # table index -> Table pk
    participant_pks: dict[str, int]  # solver id -> B2BParticipant pk
    request_pks: dict[frozenset[str], int]  # unordered pair of solver ids -> MeetingRequest pk
    requesters: dict[int, str]  # MeetingRequest pk -> the requester's solver id

    def slot_index(self) -> dict[int, int]:
        return {pk: i for i, pk in enumerate(self.slot_pks)}

    def table_index(self) -> dict[int, int]:
        return {pk: i for i, pk in enumerate(self.table_pks)}


def _local(value, programme: B2BProgramme) -> str:
    return local(value, programme).strftime("%Y-%m-%dT%H:%M")


def build_instance(programme: B2BProgramme) -> BuiltInstance:
    """The programme's current state as a scheduler instance (accepted requests only)."""
    slots = list(programme.ordered_slots().select_related("session"))
    table_pks = list(programme.ordered_tables().values_list("pk", flat=True))

    people = list(
        programme.participants.filter(approved=True)
        .order_by("pk")
        .prefetch_related("unavailable_slots", "preferred_slots")
    )
    participants = []
    for person in people:
        away = {s.pk for s in person.unavailable_slots.all()}
        liked = {s.pk for s in person.preferred_slots.all()}
        participants.append(
            {
                "id": person.solver_id,
                "available": [i for i, slot in enumerate(slots) if slot.pk not in away],
                "max_meetings": person.max_meetings,
                # Online participants need no table either: the solver treats their video
                # room as a booth.
                "booth": person.hosts_without_table,
            }
            | ({"country": person.country} if person.country else {})
            | ({"role": person.role} if person.role else {})
            | (
                {"preferred": [i for i, slot in enumerate(slots) if slot.pk in liked]}
                if liked
                else {}
            )
        )

    # If both sides asked each other, the scheduler wants one request: keep the heavier one
    # (FORMAT.md section 2); its requester is ``a``, who hosts when both have booths.
    chosen: dict[frozenset[str], MeetingRequest] = {}
    accepted = programme.requests.filter(
        status=RequestStatus.ACCEPTED, requester__approved=True, recipient__approved=True
    ).order_by("pk")
    for request in accepted.select_related("requester", "recipient"):
        pair = frozenset((request.requester.solver_id, request.recipient.solver_id))
        kept = chosen.get(pair)
        if kept is None or request.weight > kept.weight:
            chosen[pair] = request

    data = {
        "name": f"b2b-programme-{programme.pk}",
        "slots": [
            {
                "id": i,
                "session": slot.session.label,
                "start": _local(slot.starts_at, programme),
                "end": _local(slot.ends_at, programme),
            }
            for i, slot in enumerate(slots)
        ],
        "tables": len(table_pks),
        "participants": participants,
        "requests": [
            {"a": host.solver_id, "b": guest.solver_id, "weight": r.weight}
            for r in chosen.values()
            for host, guest in [hosting_order(r.requester, r.recipient)]
        ],
    }
    return BuiltInstance(
        data=data,
        instance=parse_instance(data),
        slot_pks=[slot.pk for slot in slots],
        table_pks=table_pks,
        participant_pks={p.solver_id: p.pk for p in people},
        request_pks={pair: r.pk for pair, r in chosen.items()},
        requesters={r.pk: r.requester.solver_id for r in chosen.values()},
    )


def hosting_order(
    requester: B2BParticipant, recipient: B2BParticipant
) -> tuple[B2BParticipant, B2BParticipant]:
    """The two sides as the scheduler's ``a`` and ``b``.

    Both online participants and booth holders are "booths" to the scheduler (they need no
    table), and when both sides are, ``a`` hosts. An online participant is not at the venue,
    so it must host (its video room) rather than be sent to the other's booth: it goes first.
    Otherwise the requester is ``a``, as asked."""
    if recipient.online and not requester.online:
        return recipient, requester
    return requester, recipient


def schedule_of(run: ScheduleRun, built: BuiltInstance) -> Schedule:
    """A stored version as a scheduler schedule, indexed like ``built``.

    Meetings whose slot or table no longer exists get an impossible index (-1), so the solver
    drops them and reports them as removed instead of silently keeping them elsewhere.
    """
    slot_index = built.slot_index()
    table_index = built.table_index()
    meetings = []
    for m in run.meetings.select_related("a", "b", "booth_host"):
        meetings.append(
            Meeting(
                a=f"p{m.a_id}",
                b=f"p{m.b_id}",
                slot=slot_index.get(m.slot_id, -1),
                table=table_index.get(m.table_id, -1) if m.table_id else None,
                booth=f"p{m.booth_host_id}" if m.booth_host_id else None,
            )
        )
    return Schedule(instance=built.instance.name, meetings=tuple(meetings))


def participant_pk(solver_id: str) -> int:
    return int(solver_id.removeprefix("p"))


def participants_by_solver_id(programme: B2BProgramme) -> dict[str, B2BParticipant]:
    return {p.solver_id: p for p in programme.participants.all()}
