"""Soft time preferences named the way people write them: a slot by its id or by its start
time (ISO 8601; with an offset, or read in the event's zone), a whole session by its id or
label ("prefer the morning session"). The scheduler only knows preferred slots, so a session
is expressed as its slots. Used by the participant API and the participant import alike."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime

from django.utils import timezone
from django.utils.translation import gettext as _

from parkbridge.b2b.models import B2BParticipant, B2BProgramme, B2BSession, Slot
from parkbridge.b2b.times import local, zone_of

# An item longer than this is no time or session label worth parsing.
MAX_ITEM = 100


class ProgrammeTimes:
    """The programme's slots and sessions, looked up by id, start instant or label."""

    def __init__(self, programme: B2BProgramme) -> None:
        self.programme = programme
        self.slots = list(programme.ordered_slots().select_related("session"))
        self.by_pk = {s.pk: s for s in self.slots}
        # Aware datetimes hash by their instant: 10:00+03:00 finds the slot stored at 07:00Z.
        self.by_start = {s.starts_at: s for s in self.slots}
        self.sessions = {s.session_id: s.session for s in self.slots}
        self.by_label = {s.label.casefold(): s for s in programme.sessions.all()}

    def labels(self) -> str:
        return ", ".join(sorted(s.label for s in self.by_label.values())) or _("none yet")

    def slot(self, pk: int) -> Slot:
        found = self.by_pk.get(pk)
        if found is None:
            raise ValueError(_("slot %(id)s is not a slot of this programme") % {"id": pk})
        return found

    def instant(self, value: str | datetime) -> datetime:
        if isinstance(value, str):
            text = value.strip()
            if len(text) > MAX_ITEM:
                raise ValueError(
                    _("%(start)s… is too long for a time") % {"start": repr(text[:20])}
                )
            try:
                value = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                raise ValueError(
                    _("%(value)s is not an ISO 8601 time (e.g. 2026-05-20T10:00+03:00)")
                    % {"value": repr(text)}
                ) from None
        if timezone.is_naive(value):
            value = value.replace(tzinfo=zone_of(self.programme))
        return value

    def slot_at(self, value: str | datetime) -> Slot:
        moment = self.instant(value)
        found = self.by_start.get(moment)
        if found is None:
            try:
                shown = local(moment, self.programme).isoformat(timespec="minutes")
            except OverflowError:  # year 1 or 9999 moved into the event's zone
                shown = moment.isoformat(timespec="minutes")
            raise ValueError(
                _("no slot of this programme starts at %(time)s (%(zone)s)")
                % {"time": shown, "zone": self.programme.time_zone}
            )
        return found

    def session_slots(self, ref: int | str) -> list[Slot]:
        if isinstance(ref, int):
            session = self.sessions.get(ref) or self.programme.sessions.filter(pk=ref).first()
            if session is None:
                raise ValueError(
                    _("session %(id)s is not a session of this programme") % {"id": ref}
                )
        else:
            session = self.by_label.get(ref.strip().casefold())
            if session is None:
                raise ValueError(
                    _("no session labelled %(label)s (sessions: %(labels)s)")
                    % {"label": repr(ref.strip()), "labels": self.labels()}
                )
        return [s for s in self.slots if s.session_id == session.pk]

    def item(self, value: int | str | datetime) -> list[Slot]:
        """One item of an import's ``preferred`` column: a session label, else a start time."""
        if isinstance(value, str) and value.strip().casefold() in self.by_label:
            return self.session_slots(value)
        try:
            moment = self.instant(value)
        except ValueError:
            raise ValueError(
                _(
                    "%(value)s is neither a session (%(labels)s) nor an ISO 8601 slot start "
                    "time (e.g. 2026-05-20T10:00)"
                )
                % {"value": repr(str(value).strip()[:40]), "labels": self.labels()}
            ) from None
        return [self.slot_at(moment)]


def preferred_from(
    times: ProgrammeTimes,
    slots: Iterable[int | str] = (),
    sessions: Iterable[int | str] = (),
) -> list[Slot]:
    """The slots meant by slot ids / start times and session ids / labels (API fields)."""
    chosen: dict[int, Slot] = {}
    for ref in slots:
        slot = times.slot(ref) if isinstance(ref, int) else times.slot_at(ref)
        chosen[slot.pk] = slot
    for ref in sessions:
        for slot in times.session_slots(ref):
            chosen[slot.pk] = slot
    return sorted(chosen.values(), key=times.slots.index)


def whole_sessions(participant: B2BParticipant) -> list[B2BSession]:
    """The sessions all of whose slots the participant prefers (a session preference)."""
    liked = set(participant.preferred_slots.values_list("pk", flat=True))
    if not liked:
        return []
    by_session: dict[int, list[int]] = {}
    for pk, session in Slot.objects.filter(
        session__programme_id=participant.programme_id
    ).values_list("pk", "session"):
        by_session.setdefault(session, []).append(pk)
    keep = [s for s, pks in by_session.items() if set(pks) <= liked]
    return list(B2BSession.objects.filter(pk__in=keep).order_by("order", "pk"))
