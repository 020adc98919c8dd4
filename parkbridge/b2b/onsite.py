"""On the day: check-in, no-shows and walk-in meetings.

A no-show becomes unavailable for the slots that have not ended, so the next run (which keeps
the published meetings where they are: ``fixed``) drops that person's meetings and fills the
freed slots with accepted requests that were still unscheduled. Checking the person in after
all makes those slots available again and gives back the meetings still ahead that nobody
took meanwhile (a new published version; only their sides are told); the others are reported
as given away. A walk-in meeting goes straight into a free table of the published version: a
new version that differs by that one meeting.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

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


@dataclass
class CheckIn:
    """What checking someone in did: the meetings given back (in ``version``, published) and
    those that were given to others meanwhile, each with why it could not come back."""

    participant: B2BParticipant
    restored: list[Meeting] = field(default_factory=list)
    given_away: list[tuple[Meeting, str]] = field(default_factory=list)
    version: ScheduleRun | None = None


def check_in(user, participant: B2BParticipant, now=None) -> CheckIn:
    """Check ``participant`` in. After a "did not come" mark, the slots it took away that have
    not started are available again, and the meetings of the version published then that are
    still ahead come back where they were (or at another free table) when both sides are
    still free; a new version with them is published, telling only their sides."""
    require_organiser(user, participant.programme)
    now = now or timezone.now()
    result = CheckIn(participant)
    with transaction.atomic():
        was_absent = participant.no_show
        then = participant.no_show_version
        if was_absent:
            ahead = participant.no_show_slots.filter(starts_at__gt=now)
            participant.unavailable_slots.remove(*ahead)
            participant.no_show_slots.clear()
        participant.checked_in_at = now
        participant.no_show = False
        participant.no_show_version = None
        participant.save(update_fields=["checked_in_at", "no_show", "no_show_version"])
        if was_absent:
            _attendance_changed(participant.programme)
        if was_absent and then is not None:
            _give_back(user, participant, then, now, result)
    if result.version is not None:
        from parkbridge.b2b.publishing import publish_and_notify

        publish_and_notify(result.version)
    return result


def _give_back(user, participant: B2BParticipant, then: ScheduleRun, now, result: CheckIn) -> None:
    programme = participant.programme
    current = last_published(programme)
    if current is None:
        return
    placed = set(current.meetings.values_list("request_id", flat=True))
    lost = [
        m
        for m in then.meetings.filter(Q(a=participant) | Q(b=participant), slot__starts_at__gt=now)
        .select_related("a", "b", "slot__session", "table", "booth_host", "request")
        .order_by("slot__starts_at", "pk")
        if m.request_id not in placed
    ]
    if not lost:
        return  # nothing was re-scheduled since: the meetings are still on the agenda
    taken = list(current.meetings.values_list("slot_id", "a_id", "b_id", "table_id"))
    busy = {(slot, pk) for slot, a, b, _table in taken for pk in (a, b)}
    tables_used = {(slot, table) for slot, _a, _b, table in taken if table}
    load = Counter(pk for _slot, a, b, _table in taken for pk in (a, b))
    tables = list(programme.ordered_tables())
    for m in lost:
        other = m.b if m.a_id == participant.pk else m.a
        reason: str | None = None
        if m.request.status != RequestStatus.ACCEPTED:
            reason = str(_("the request is no longer accepted"))
        elif other.no_show or not other.approved:
            reason = _("%(name)s is not here") % {"name": other.name}
        elif other.unavailable_slots.filter(pk=m.slot_id).exists():
            reason = _("%(name)s is not available then") % {"name": other.name}
        elif (m.slot_id, participant.pk) in busy or (m.slot_id, other.pk) in busy:
            reason = str(_("the slot was given to another meeting"))
        elif (
            load[other.pk] >= other.max_meetings or load[participant.pk] >= participant.max_meetings
        ):
            reason = str(_("the meeting limit is reached"))
        table = None
        if reason is None and m.table_id is not None:
            table = next(
                (t for t in [m.table, *tables] if (m.slot_id, t.pk) not in tables_used), None
            )
            if table is None:
                reason = str(_("no table is free then"))
        if reason is not None:
            result.given_away.append((m, reason))
            continue
        busy.update({(m.slot_id, participant.pk), (m.slot_id, other.pk)})
        load.update([participant.pk, other.pk])
        if table is not None:
            tables_used.add((m.slot_id, table.pk))
        result.restored.append(
            Meeting(
                request=m.request, a=m.a, b=m.b, slot=m.slot, table=table, booth_host=m.booth_host
            )  # fmt: skip
        )
    if result.restored:
        result.version = _version_with(user, programme, current, result.restored, "check-in")


def _version_with(
    user, programme: B2BProgramme, base: ScheduleRun | None, extra: list[Meeting], phase: str
) -> ScheduleRun:
    """A new finished version: every meeting of ``base`` where it was, plus ``extra``."""
    B2BProgramme.objects.select_for_update().filter(pk=programme.pk).first()
    number = (programme.runs.aggregate(n=Max("number"))["n"] or 0) + 1
    now = timezone.now()
    run = ScheduleRun.objects.create(
        programme=programme,
        number=number,
        status=RunStatus.DONE,
        progress=100,
        phase=phase,
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
        )  # fmt: skip
        for m in (base.meetings.all() if base is not None else [])
    ]
    for m in extra:
        m.run = run
    Meeting.objects.bulk_create(copied + extra)
    run.meetings_count = len(copied) + len(extra)
    carried = (base.weight or 0) if base is not None else 0
    run.weight = carried + sum(m.request.weight for m in extra)
    if base is not None:
        run.diff = compare_runs(base, run)
    run.save()
    return run


def mark_no_show(user, participant: B2BParticipant, now=None) -> int:
    """Mark ``participant`` absent; returns how many remaining slots it was taken out of."""
    require_organiser(user, participant.programme)
    now = now or timezone.now()
    remaining = list(participant.programme.ordered_slots().filter(ends_at__gt=now))
    with transaction.atomic():
        if not participant.no_show:
            # Remember what this mark takes away (not what was unavailable anyway), and the
            # agenda of the moment, so a check-in after all can give it back.
            away = set(participant.unavailable_slots.values_list("pk", flat=True))
            participant.no_show_slots.set([s for s in remaining if s.pk not in away])
            participant.no_show_version = last_published(participant.programme)
        participant.no_show = True
        participant.checked_in_at = None
        participant.save(update_fields=["no_show", "checked_in_at", "no_show_version"])
        participant.unavailable_slots.add(*remaining)
        _attendance_changed(participant.programme)
    return len(remaining)


def _attendance_changed(programme: B2BProgramme) -> None:
    # The wall clock, not the ``now`` of the desk: versions are stamped with the wall clock.
    programme.attendance_changed_at = timezone.now()
    programme.save(update_fields=["attendance_changed_at"])


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
    table: Table | None,
    message: str = "",
) -> ScheduleRun:
    """Seat ``a`` and ``b`` at a free ``table`` in ``slot`` (or, when one of them meets online,
    in its video room: no table): an accepted (walk-in) request and a new version with that
    meeting added and every other meeting where it was."""
    require_organiser(user, programme)
    if a.pk == b.pk:
        raise B2BError(422, _("a walk-in meeting needs two different participants"))
    # Like the scheduler's input (instance.hosting_order): an online side hosts its video room.
    host = a if a.online else b if b.online else None
    if host is not None:
        table = None
    elif table is None:
        raise B2BError(422, _("choose a free table (neither side meets online)"))
    places = {a.programme_id, b.programme_id, slot.session.programme_id}
    if table is not None:
        places.add(table.programme_id)
    if places != {programme.pk}:
        raise B2BError(422, _("participants, slot and table must belong to this programme"))
    base = last_published(programme)
    if table is not None and table.pk not in {t.pk for t in free_tables(programme, slot)}:
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
        placed = Meeting(request=request, a=a, b=b, slot=slot, table=table, booth_host=host)
        run = _version_with(user, programme, base, [placed], "walk-in")
    return run
