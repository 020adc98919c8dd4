"""Meetings whose sides share no working language, and which interpreter goes to each: for
every slot, each flagged meeting gets the first free interpreter whose language pairs join the
two sides (one interpreter per slot)."""

from __future__ import annotations

from dataclasses import dataclass

from parkbridge.b2b.agenda import needs_interpreter
from parkbridge.b2b.models import B2BProgramme, Interpreter, Meeting, Slot
from parkbridge.b2b.runs import last_published


@dataclass
class Assignment:
    slot: Slot
    meeting: Meeting
    interpreter: Interpreter | None  # None: nobody free with those languages


def assignments(programme: B2BProgramme) -> list[Assignment]:
    run = last_published(programme)
    if run is None:
        return []
    interpreters = list(programme.interpreters.prefetch_related("unavailable_slots"))
    away = {i.pk: {s.pk for s in i.unavailable_slots.all()} for i in interpreters}
    meetings = run.meetings.select_related("a", "b", "slot__session", "table", "booth_host")
    result: list[Assignment] = []
    busy: dict[int, set[int]] = {}
    for meeting in meetings.order_by("slot__starts_at", "pk"):
        if not needs_interpreter(meeting.a, meeting.b):
            continue
        taken = busy.setdefault(meeting.slot_id, set())
        chosen = next(
            (
                i
                for i in interpreters
                if i.pk not in taken
                and meeting.slot_id not in away[i.pk]
                and i.covers(set(meeting.a.languages), set(meeting.b.languages))
            ),
            None,
        )
        if chosen is not None:
            taken.add(chosen.pk)
        result.append(Assignment(meeting.slot, meeting, chosen))
    return result
