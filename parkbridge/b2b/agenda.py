"""Personal agendas from the published version: the rows, an iCalendar feed and a PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone

from parkbridge.b2b.models import B2BParticipant, Meeting, MeetingRequest, ScheduleRun
from parkbridge.b2b.runs import last_published
from parkbridge.b2b.times import local


@dataclass(frozen=True)
class AgendaItem:
    starts_at: datetime
    ends_at: datetime
    session: str
    partner: B2BParticipant
    place: str
    request: MeetingRequest
    version: int
    meeting: Meeting | None = None

    @property
    def online(self) -> bool:
        return bool(self.meeting and self.meeting.online)

    @property
    def video_url(self) -> str:
        return self.meeting.video_url if self.meeting else ""

    @property
    def needs_interpreter(self) -> bool:
        return self.meeting is not None and needs_interpreter(self.meeting.a, self.meeting.b)


def agenda_items(participant: B2BParticipant, run: ScheduleRun | None = None) -> list[AgendaItem]:
    run = run or last_published(participant.programme)
    if run is None:
        return []
    rows = (
        Meeting.objects.filter(Q(a=participant) | Q(b=participant), run=run)
        .select_related(
            "a", "b", "slot__session", "table", "booth_host", "request", "run__programme__event"
        )
        .order_by("slot__starts_at", "pk")
    )
    return [
        AgendaItem(
            starts_at=m.slot.starts_at,
            ends_at=m.slot.ends_at,
            session=m.slot.session.label,
            partner=m.b if m.a_id == participant.pk else m.a,
            place=m.place,
            request=m.request,
            version=run.number,
            meeting=m,
        )
        for m in rows
    ]


def needs_interpreter(a: B2BParticipant, b: B2BParticipant) -> bool:
    """Both sides listed languages and share none."""
    return bool(a.languages and b.languages and not set(a.languages) & set(b.languages))


def agenda_ical(participant: B2BParticipant) -> bytes:
    """An iCalendar feed; a meeting keeps its UID across versions so calendars move it."""
    from icalendar import Calendar, Event

    programme = participant.programme
    event = programme.event
    calendar = Calendar()
    calendar.add("prodid", "-//ParkBridge//B2B agenda//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"B2B meetings: {participant.name} ({event})")
    calendar.add("x-wr-timezone", programme.time_zone)
    now = timezone.now()
    for item in agenda_items(participant):
        entry = Event()
        entry.add("uid", f"b2b-meeting-{item.request.pk}@parkbridge")
        entry.add("dtstamp", now)
        entry.add("sequence", item.version)
        # Local times with TZID (and a VTIMEZONE below): calendars show the event's wall clock.
        entry.add("dtstart", local(item.starts_at, programme))
        entry.add("dtend", local(item.ends_at, programme))
        entry.add("summary", f"B2B meeting with {item.partner.name}")
        location = ", ".join(x for x in (item.place, event.venue, event.city) if x)
        if location:
            entry.add("location", location)
        if item.video_url:
            entry.add("url", item.video_url)
        entry.add("description", f"{event} — {item.session}. {item.request.message}".strip())
        calendar.add_component(entry)
    calendar.add_missing_timezones()
    return calendar.to_ical()


def _refuse_fetch(url: str, *args, **kwargs):
    # The PDF is built from our own self-contained HTML; never fetch anything from the network
    # or the file system on behalf of user-provided text.
    raise ValueError(f"external resources are disabled in agenda PDFs: {url[:80]}")


def agenda_pdf(participant: B2BParticipant) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "b2b/agenda_pdf.html",
        {
            "participant": participant,
            "programme": participant.programme,
            "items": agenda_items(participant),
            "now": timezone.now(),
        },
    )
    return HTML(string=html, url_fetcher=_refuse_fetch).write_pdf()
