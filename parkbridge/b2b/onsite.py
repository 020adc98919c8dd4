"""On the day: check-in, no-shows and walk-in meetings.

A no-show becomes unavailable for the slots that have not ended, so the next run (which keeps
the published meetings where they are: ``fixed``) drops that person's meetings and fills the
freed slots with accepted requests that were still unscheduled. A walk-in meeting goes straight
into a free table of the published version: a new version that differs by that one meeting.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Max, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from parkbridge.b2b.errors import B2BError
from parkbridge.b2b.models import (
    B2BParticipant,
    B2BProgramme,
    Meeting,
    MeetingRequest,
    RequestStatus,
    RunStatus,
    ScheduleRun,
    Slot,
    Table,
)
from parkbridge.b2b.permissions import require_organiser
from parkbridge.b2b.runs import compare_runs, last_published


def check_in(user, participant: B2BParticipant) -> B2BParticipant:
    require_organiser(user, participant.programme)
    participant.checked_in_at = timezone.now()
    participant.no_show = False
    participant.save(update_fields=["checked_in_at", "no_show"])
    return participant


def mark_no_show(user, participant: B2BParticipant, now=None) -> int:
    """Mark ``participant`` absent; returns how many remaining slots it was taken out of."""
    require_organiser(user, participant.programme)
    now = now or timezone.now()
    remaining = list(participant.programme.ordered_slots().filter(ends_at__gt=now))
    with transaction.atomic():
        participant.no_show = True
        participant.checked_in_at = None
        participant.save(update_fields=["no_show", "checked_in_at"])
        participant.unavailable_slots.add(*remaining)
    return len(remaining)


def free_tables(programme: B2BProgramme, slot: Slot) -> list[Table]:
    run = last_published(programme)
    taken = set(run.meetings.filter(slot=slot).values_list("table_id", flat=True)) if run else set()
    return [t for t in programme.ordered_tables() if t.pk not in taken]


def busy_in(run: ScheduleRun | None, slot: Slot) -> set[int]:
    if run is None:
        return set()
    return {
        pk for pair in run.meetings.filter(slot=slot).values_list("a_id", "b_id") for pk in pair
    }


def place_walk_in(
    user,
    programme: B2BProgramme,
    a: B2BParticipant,
    b: B2BParticipant,
    slot: Slot,
    table: Table,
    message: str = "",
) -> ScheduleRun:
    """Seat ``a`` and ``b`` at a free ``table`` in ``slot``: an accepted (walk-in) request and a
    new published version with that meeting added and every other meeting where it was."""
    require_organiser(user, programme)
    if a.pk == b.pk:
        raise B2BError(422, _("a walk-in meeting needs two different participants"))
    if {a.programme_id, b.programme_id, slot.session.programme_id, table.programme_id} != {
        programme.pk
    }:
        raise B2BError(422, _("participants, slot and table must belong to this programme"))
    base = last_published(programme)
    if table.pk not in {t.pk for t in free_tables(programme, slot)}:
        raise B2BError(409, _("%(table)s is taken in that slot"), table=table)
    busy = busy_in(base, slot)
    for person in (a, b):
        if person.pk in busy:
            raise B2BError(409, _("%(name)s has a meeting in that slot already"), name=person.name)
    pair = Q(requester=a, recipient=b) | Q(requester=b, recipient=a)
    with transaction.atomic():
        request = (
            programme.requests.filter(pair, status=RequestStatus.ACCEPTED).order_by("pk").first()
        )
        if request is None:
            request = MeetingRequest.objects.create(
                programme=programme,
                requester=a,
                recipient=b,
                status=RequestStatus.ACCEPTED,
                answered_at=timezone.now(),
                walk_in=True,
                message=message[:2000],
            )
        elif base is not None and base.meetings.filter(request=request).exists():
            raise B2BError(409, _("these two have a meeting in the published schedule already"))
        B2BProgramme.objects.select_for_update().filter(pk=programme.pk).first()
        number = (programme.runs.aggregate(n=Max("number"))["n"] or 0) + 1
        now = timezone.now()
        run = ScheduleRun.objects.create(
            programme=programme,
            number=number,
            status=RunStatus.DONE,
            progress=100,
            phase="walk-in",
            based_on=base,
            created_by=user,
            started_at=now,
            finished_at=now,
        )
        copied = [
            Meeting(
                run=run,
                request_id=m.request_id,
                a_id=m.a_id,
                b_id=m.b_id,
                slot_id=m.slot_id,
                table_id=m.table_id,
                booth_host_id=m.booth_host_id,
            )
            for m in (base.meetings.all() if base else [])
        ]
        copied.append(Meeting(run=run, request=request, a=a, b=b, slot=slot, table=table))
        Meeting.objects.bulk_create(copied)
        run.meetings_count = len(copied)
        run.weight = (base.weight or 0) + request.weight if base else request.weight
        if base is not None:
            run.diff = compare_runs(base, run)
        run.save()
    return run
