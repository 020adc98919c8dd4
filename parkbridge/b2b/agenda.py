"""Personal agendas from the published version: the rows, an iCalendar feed and a PDF."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone

from parkbridge.b2b.models import B2BParticipant, Meeting, MeetingRequest, ScheduleRun
from parkbridge.b2b.runs import last_published


@dataclass(frozen=True)
class AgendaItem:
    starts_at: datetime
    ends_at: datetime
    session: str
    partner: B2BParticipant
    place: str
    request: MeetingRequest
    version: int


def agenda_items(participant: B2BParticipant, run: ScheduleRun | None = None) -> list[AgendaItem]:
    run = run or last_published(participant.programme)
    if run is None:
        return []
    rows = (
        Meeting.objects.filter(Q(a=participant) | Q(b=participant), run=run)
        .select_related("a", "b", "slot__session", "table", "booth_host", "request")
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
        )
        for m in rows
    ]


def agenda_ical(participant: B2BParticipant) -> bytes:
    """An iCalendar feed; a meeting keeps its UID across versions so calendars move it."""
    from icalendar import Calendar, Event

    programme = participant.programme
    event = programme.event
    calendar = Calendar()
    calendar.add("prodid", "-//ParkBridge//B2B agenda//EN")
    calendar.add("version", "2.0")
    calendar.add("x-wr-calname", f"B2B meetings: {participant.name} ({event})")
    now = timezone.now()
    for item in agenda_items(participant):
        entry = Event()
        entry.add("uid", f"b2b-meeting-{item.request.pk}@parkbridge")
        entry.add("dtstamp", now)
        entry.add("sequence", item.version)
        entry.add("dtstart", item.starts_at)
        entry.add("dtend", item.ends_at)
        entry.add("summary", f"B2B meeting with {item.partner.name}")
        location = ", ".join(x for x in (item.place, event.venue, event.city) if x)
        if location:
            entry.add("location", location)
        entry.add("description", f"{event} — {item.session}. {item.request.message}".strip())
        calendar.add_component(entry)
    return calendar.to_ical()


def _refuse_fetch(url: str, *args, **kwargs):
    # The PDF is built from our own self-contained HTML; never fetch anything from the network
    # or the file system on behalf of user-provided text.
    raise ValueError(f"external resources are disabled in agenda PDFs: {url[:80]}")


def agenda_pdf(participant: B2BParticipant) -> bytes:
    from weasyprint import HTML

    html = render_to_string(
        "b2b/agenda_pdf.html",
        {"participant": participant, "items": agenda_items(participant), "now": timezone.now()},
    )
    return HTML(string=html, url_fetcher=_refuse_fetch).write_pdf()
