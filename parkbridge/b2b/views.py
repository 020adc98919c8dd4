"""Pages: a participant's agenda (HTML, PDF, iCalendar) reached through its secret key, and the
organiser's table plan per slot."""

from __future__ import annotations

from functools import cache

from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.template import TemplateDoesNotExist
from django.template.loader import get_template

from parkbridge.b2b.agenda import agenda_ical, agenda_items, agenda_pdf
from parkbridge.b2b.models import B2BParticipant, B2BProgramme, RunStatus, Slot
from parkbridge.b2b.permissions import is_organiser
from parkbridge.b2b.runs import last_published
from parkbridge.core.access import request_user


@cache
def base_template() -> str:
    """The site's ``base.html`` when the web interface provides one, else our minimal one."""
    try:
        get_template("base.html")
    except TemplateDoesNotExist:
        return "b2b/base.html"
    return "base.html"


def _participant(key: str) -> B2BParticipant:
    return get_object_or_404(
        B2BParticipant.objects.select_related("programme__event"), agenda_key=key
    )


def agenda(request: HttpRequest, key: str) -> HttpResponse:
    participant = _participant(key)
    context = {
        "base_template": base_template(),
        "participant": participant,
        "programme": participant.programme,
        "items": agenda_items(participant),
    }
    return render(request, "b2b/agenda.html", context)


def agenda_as_pdf(request: HttpRequest, key: str) -> HttpResponse:
    participant = _participant(key)
    response = HttpResponse(agenda_pdf(participant), content_type="application/pdf")
    response["Content-Disposition"] = f'inline; filename="agenda-{participant.pk}.pdf"'
    return response


def agenda_as_ical(request: HttpRequest, key: str) -> HttpResponse:
    participant = _participant(key)
    response = HttpResponse(agenda_ical(participant), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="agenda-{participant.pk}.ics"'
    return response


def table_plan(request: HttpRequest, programme_id: int, slot_id: int | None = None) -> HttpResponse:
    """Who sits at which table in each slot, for the organiser's desk (``?version=N`` to preview
    an unpublished version)."""
    programme = get_object_or_404(B2BProgramme.objects.select_related("event"), pk=programme_id)
    if not is_organiser(request_user(request), programme):
        return HttpResponse(
            "Only an organiser of this B2B programme may see its table plan.",
            status=403,
            content_type="text/plain",
        )
    version = request.GET.get("version")
    if version:
        if not version.isdigit():
            return HttpResponse("version must be a number", status=400, content_type="text/plain")
        run = programme.runs.filter(number=int(version), status=RunStatus.DONE).first()
        if run is None:
            raise Http404("no finished version with that number")
    else:
        run = last_published(programme)
    slots = list(programme.ordered_slots().select_related("session"))
    if slot_id is not None:
        slot = get_object_or_404(Slot, pk=slot_id, session__programme=programme)
        slots = [slot]
    tables = list(programme.ordered_tables())
    meetings = (
        run.meetings.filter(slot__in=slots).select_related("a", "b", "table", "booth_host")
        if run
        else []
    )
    by_slot: dict[int, dict[str, list]] = {s.pk: {"tables": {}, "booths": []} for s in slots}
    for m in meetings:
        if m.table_id:
            by_slot[m.slot_id]["tables"][m.table_id] = m
        else:
            by_slot[m.slot_id]["booths"].append(m)
    plan = [
        {
            "slot": s,
            "rows": [(t, by_slot[s.pk]["tables"].get(t.pk)) for t in tables],
            "booths": by_slot[s.pk]["booths"],
        }
        for s in slots
    ]
    context = {
        "base_template": base_template(),
        "programme": programme,
        "run": run,
        "plan": plan,
    }
    return render(request, "b2b/table_plan.html", context)
