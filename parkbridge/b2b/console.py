"""The organiser's console of a B2B programme: settings and request statistics, participants
(import, approve, booths), slots and tables in the event's time zone, scheduling runs with
live progress, comparing a run with the published version and publishing it, the day itself
(check-in, no-shows, re-scheduling, walk-ins), interpreters, and the after-event funnel."""

from __future__ import annotations

import io
from collections import Counter

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.db import transaction
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from parkbridge.b2b import onsite, runs
from parkbridge.b2b.errors import B2BError
from parkbridge.b2b.forms import (
    ImportForm,
    InterpreterForm,
    ProgrammeSettingsForm,
    RunForm,
    SessionForm,
    TablesForm,
    WalkInForm,
)
from parkbridge.b2b.funnel import STAGES, funnel
from parkbridge.b2b.interpreting import assignments
from parkbridge.b2b.models import (
    B2BParticipant,
    B2BProgramme,
    B2BSession,
    Interpreter,
    RequestStatus,
    RunStatus,
    ScheduleRun,
    Slot,
    Table,
)
from parkbridge.b2b.pages import _slot_label, optional_url
from parkbridge.b2b.participant_import import ImportRefused, import_participants
from parkbridge.b2b.permissions import is_organiser
from parkbridge.b2b.publishing import publish_and_notify
from parkbridge.b2b.stats import programme_statistics
from parkbridge.b2b.views import base_template
from parkbridge.core.tabular import ImportFileError


def organised(request: HttpRequest, programme_id: int) -> B2BProgramme:
    programme = get_object_or_404(B2BProgramme.objects.select_related("event"), pk=programme_id)
    if not is_organiser(request.user, programme):
        # Not a 403 page naming the programme: to others it does not exist as a console.
        raise Http404("no console of yours")
    return programme


def _context(programme: B2BProgramme, **extra) -> dict:
    return {"base_template": base_template(), "programme": programme, "event": programme.event,
            **extra}  # fmt: skip


def request_figures(programme: B2BProgramme) -> dict:
    """Sent and received per participant, acceptance rate, unanswered, most requested."""
    stats = programme_statistics(programme)
    unanswered = Counter(
        programme.requests.filter(status=RequestStatus.REQUESTED).values_list(
            "recipient_id", flat=True
        )
    )
    rows = sorted(
        (row | {"unanswered": unanswered[row["id"]]} for row in stats["per_participant"]),
        key=lambda r: (-r["requests_received"], r["name"]),
    )
    return {
        "stats": stats,
        "rows": rows,
        "most_requested": [r for r in rows if r["requests_received"]][:5],
        "unanswered_total": sum(unanswered.values()),
    }


@login_required
def console(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = organised(request, programme_id)
    initial = {
        "time_zone": programme.event.time_zone,
        "self_registration": programme.self_registration,
        "approval_required": programme.approval_required,
        "video_url_template": programme.video_url_template,
    }
    form = ProgrammeSettingsForm(request.POST or None, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        with transaction.atomic():
            event = programme.event
            if event.time_zone != data["time_zone"]:
                event.time_zone = data["time_zone"]
                event.save(update_fields=["time_zone", "updated"])
            for key in ("self_registration", "approval_required", "video_url_template"):
                setattr(programme, key, data[key])
            programme.save()
        messages.success(request, _("Settings saved."))
        return redirect("b2b:console", programme.pk)
    context = _context(
        programme,
        form=form,
        figures=request_figures(programme),
        published=runs.last_published(programme),
        invitations_url=optional_url("event-invitations", programme.event_id),
    )
    return render(request, "b2b/console/overview.html", context)


@login_required
def participants(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = organised(request, programme_id)
    form = ImportForm(request.POST or None, request.FILES or None)
    errors: list[str] = []
    if request.method == "POST" and form.is_valid():
        upload = form.cleaned_data["file"]
        try:
            added = import_participants(programme, request.user, upload, upload.name)
        except ImportRefused as refused:
            errors = refused.errors
            messages.error(request, _("Nothing was imported: fix these lines and try again."))
        except ImportFileError as error:
            errors = [str(error)]
            messages.error(request, _("Nothing was imported: the file cannot be read."))
        else:
            messages.success(request, _("%(count)d participants imported.") % {"count": added})
            return redirect("b2b:console-participants", programme.pk)
    people = programme.participants.select_related("organisation", "user").order_by(
        "approved", "display_name", "pk"
    )
    context = _context(
        programme,
        form=form,
        errors=errors,
        people=people,
        invitations_url=optional_url("event-invitations", programme.event_id),
    )
    return render(request, "b2b/console/participants.html", context)


@login_required
@require_POST
def participant_action(
    request: HttpRequest, programme_id: int, participant_id: int, action: str
) -> HttpResponse:
    programme = organised(request, programme_id)
    person = get_object_or_404(B2BParticipant, pk=participant_id, programme=programme)
    back = request.POST.get("next", "")
    if not back.startswith("/") or back.startswith("//"):
        back = reverse("b2b:console-participants", args=[programme.pk])
    if action == "approve":
        person.approved = True
        person.save(update_fields=["approved"])
        messages.success(request, _("%(name)s approved.") % {"name": person.name})
    elif action == "booth":
        person.booth = request.POST.get("booth", "").strip()[:100]
        person.save(update_fields=["booth"])
        messages.success(request, _("Booth saved."))
    elif action == "check-in":
        _tell_check_in(request, onsite.check_in(request.user, person))
    elif action == "no-show":
        onsite.mark_no_show(request.user, person)
        messages.success(
            request,
            _("%(name)s marked as not come: re-schedule to offer the freed slots.")
            % {"name": person.name},
        )
    else:
        raise Http404("no such action")
    return redirect(back)


def _tell_check_in(request: HttpRequest, done: onsite.CheckIn) -> None:
    """The organiser's account of a check-in: meetings given back, and those given away."""
    person = done.participant
    messages.success(request, _("%(name)s checked in.") % {"name": person.name})
    slot_text = _slot_label(person.programme)

    def described(meeting) -> str:
        other = meeting.b if meeting.a_id == person.pk else meeting.a
        return _("%(slot)s with %(name)s") % {"slot": slot_text(meeting.slot), "name": other.name}

    if done.restored and done.version is not None:
        messages.success(
            request,
            _(
                "Meetings given back (version %(number)d is published, both sides are told): "
                "%(meetings)s."
            )  # fmt: skip
            % {
                "number": done.version.number,
                "meetings": "; ".join(described(m) for m in done.restored),
            },
        )
    if done.given_away:
        messages.warning(
            request,
            _("Given away meanwhile, not given back: %(meetings)s.")
            % {"meetings": "; ".join(f"{described(m)} ({why})" for m, why in done.given_away)},
        )


@login_required
def slots(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = organised(request, programme_id)
    session_form = SessionForm(request.POST if "add-session" in request.POST else None,
                               prefix="session")  # fmt: skip
    tables_form = TablesForm(request.POST if "add-tables" in request.POST else None,
                             prefix="tables")  # fmt: skip
    if request.method == "POST" and session_form.is_bound and session_form.is_valid():
        label = session_form.cleaned_data["label"]
        if programme.sessions.filter(label=label).exists():
            session_form.add_error("label", _("A session with this name exists already."))
        else:
            times = session_form.slot_times(programme)
            existing = Slot.objects.filter(
                session__programme=programme, starts_at__lt=times[-1][1], ends_at__gt=times[0][0]
            )
            if existing.exists():
                session_form.add_error(None, _("These slots overlap slots of another session."))
            else:
                with transaction.atomic():
                    session = B2BSession.objects.create(
                        programme=programme, label=label, order=programme.sessions.count()
                    )
                    Slot.objects.bulk_create(
                        [Slot(session=session, starts_at=a, ends_at=b) for a, b in times]
                    )
                messages.success(request, _("Session added."))
                return redirect("b2b:console-slots", programme.pk)
    if request.method == "POST" and tables_form.is_bound and tables_form.is_valid():
        first = (programme.tables.order_by("-number").values_list("number", flat=True).first()
                 or 0) + 1  # fmt: skip
        count = tables_form.cleaned_data["count"]
        Table.objects.bulk_create(
            [
                Table(
                    programme=programme,
                    number=n,
                    label=_("Table %(number)d") % {"number": n},
                    location=tables_form.cleaned_data["location"],
                )  # fmt: skip
                for n in range(first, first + count)
            ]
        )
        messages.success(request, _("Tables added."))
        return redirect("b2b:console-slots", programme.pk)
    context = _context(
        programme,
        session_form=session_form,
        tables_form=tables_form,
        sessions=programme.sessions.prefetch_related("slots").order_by("order", "pk"),
        tables=programme.ordered_tables(),
        booths=programme.participants.exclude(booth="").order_by("booth"),
    )
    return render(request, "b2b/console/slots.html", context)


@login_required
def schedule(request: HttpRequest, programme_id: int) -> HttpResponse:
    """Start a run (progress page follows) and see the versions."""
    programme = organised(request, programme_id)
    form = RunForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            run = runs.start_run(
                programme,
                user=request.user,
                time_limit=form.cleaned_data["time_limit"],
                keep_published=form.cleaned_data["keep_published"],
            )
        except B2BError as error:
            messages.error(request, str(error.detail))
            return redirect("b2b:console-schedule", programme.pk)
        return redirect("b2b:run-progress", run.pk)
    runs.fail_stalled_runs(programme)
    accepted = programme.requests.filter(status=RequestStatus.ACCEPTED).count()
    context = _context(
        programme,
        form=form,
        runs=programme.runs.order_by("-number")[:200],
        accepted=accepted,
        published=runs.last_published(programme),
    )
    return render(request, "b2b/console/schedule.html", context)


@login_required
def compare(request: HttpRequest, run_id: int) -> HttpResponse:
    """A finished run against the published version: kept, moved, added, dropped; publish."""
    run = get_object_or_404(ScheduleRun.objects.select_related("programme__event"), pk=run_id)
    programme = organised(request, run.programme_id)
    if run.status != RunStatus.DONE:
        messages.info(request, _("Only a finished run can be compared and published."))
        return redirect("b2b:run-progress", run.pk)
    published = runs.last_published(programme)
    if request.method == "POST":
        try:
            told = publish_and_notify(run)[1]
        except B2BError as error:
            messages.error(request, str(error.detail))
            return redirect("b2b:compare", run.pk)
        messages.success(
            request,
            _("Version %(number)d is published; %(count)d people were told about their changes.")
            % {"number": run.number, "count": told},
        )
        return redirect("b2b:compare", run.pk)
    diff = runs.compare_runs(published, run) if published and published != run else None
    context = _context(
        programme,
        run=run,
        published=published,
        outdated=not run.published and runs.is_outdated(run),
        diff=diff,
        kept=diff["unchanged"] if diff else None,
        meetings=run.meetings.select_related("a", "b", "slot__session", "table", "booth_host"),
    )
    return render(request, "b2b/console/compare.html", context)


@login_required
def day(request: HttpRequest, programme_id: int) -> HttpResponse:
    """Check-in, no-shows, re-scheduling with published meetings kept, walk-in meetings."""
    programme = organised(request, programme_id)
    people = list(programme.participants.filter(approved=True).order_by("display_name", "pk"))
    all_slots = list(programme.ordered_slots().select_related("session"))
    slot_id = request.GET.get("slot") or request.POST.get("slot")
    slot = next((s for s in all_slots if str(s.pk) == str(slot_id)), None) or (
        all_slots[0] if all_slots else None
    )
    tables = onsite.free_tables(programme, slot) if slot else []
    form = WalkInForm(
        request.POST if "walk-in" in request.POST else None,
        participants=people,
        slots=all_slots,
        tables=list(programme.ordered_tables()),
        slot_label=_slot_label(programme),
        initial={"slot": slot.pk if slot else None},
    )
    if request.method == "POST" and "reschedule" in request.POST:
        run = runs.start_run(programme, user=request.user, time_limit=10, keep_published=True)
        return redirect("b2b:run-progress", run.pk)
    if request.method == "POST" and form.is_bound and form.is_valid():
        data = form.cleaned_data
        by_pk = {p.pk: p for p in people}
        chosen_slot = next((s for s in all_slots if s.pk == data["slot"]), None)
        table = programme.tables.filter(pk=data["table"]).first() if data["table"] else None
        try:
            run = onsite.place_walk_in(
                request.user, programme, by_pk[data["a"]], by_pk[data["b"]], chosen_slot, table
            )
        except B2BError as error:
            messages.error(request, str(error.detail))
        else:
            publish_and_notify(run)
            placed = run.meetings.select_related("table", "booth_host").get(
                slot=chosen_slot, a_id=data["a"], b_id=data["b"]
            )
            if placed.online:
                text = _("Walk-in meeting placed online (video room); version %(number)d is "
                         "published.") % {"number": run.number}  # fmt: skip
            else:
                text = _(
                    "Walk-in meeting placed at %(table)s; version %(number)d is published."
                ) % {"table": placed.place, "number": run.number}
            messages.success(request, text)
            return redirect(
                reverse("b2b:console-day", args=[programme.pk]) + f"?slot={chosen_slot.pk}"
            )
    unscheduled = _accepted_unscheduled(programme)
    context = _context(
        programme,
        people=people,
        form=form,
        slot=slot,
        free=tables,
        unscheduled=unscheduled,
        slot_label=_slot_label(programme),
    )
    return render(request, "b2b/console/day.html", context)


def _accepted_unscheduled(programme: B2BProgramme) -> list:
    published = runs.last_published(programme)
    placed = set(published.meetings.values_list("request_id", flat=True)) if published else set()
    accepted = programme.requests.filter(status=RequestStatus.ACCEPTED).select_related(
        "requester", "recipient"
    )
    return [r for r in accepted if r.pk not in placed]


@login_required
def interpreters(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = organised(request, programme_id)
    all_slots = list(programme.ordered_slots().select_related("session"))
    form = InterpreterForm(request.POST or None, slots=all_slots, slot_label=_slot_label(programme))
    if request.method == "POST" and form.is_valid():
        away = {int(pk) for pk in form.cleaned_data["unavailable"]}
        with transaction.atomic():
            interpreter = Interpreter.objects.create(
                programme=programme,
                name=form.cleaned_data["name"],
                language_pairs=form.cleaned_data["language_pairs"],
            )
            interpreter.unavailable_slots.set([s for s in all_slots if s.pk in away])
        messages.success(request, _("Interpreter added."))
        return redirect("b2b:console-interpreters", programme.pk)
    context = _context(
        programme,
        form=form,
        interpreters=programme.interpreters.all(),
        assignments=assignments(programme),
    )
    return render(request, "b2b/console/interpreters.html", context)


@login_required
def funnel_page(request: HttpRequest, programme_id: int) -> HttpResponse:
    programme = organised(request, programme_id)
    figures = funnel(programme)
    fmt = request.GET.get("format")
    if fmt in ("csv", "xlsx"):
        from parkbridge.core.exports import write_table

        rows = [{"pair": "all"} | figures["total"]] + figures["by_country_pair"]
        out = io.BytesIO()
        write_table(rows, ["pair", *STAGES], fmt, out)
        types = {
            "csv": "text/csv; charset=utf-8",
            "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        }
        response = HttpResponse(out.getvalue(), content_type=types[fmt])
        response["Content-Disposition"] = f'attachment; filename="b2b-funnel-{programme.pk}.{fmt}"'
        return response
    context = _context(programme, figures=figures, stages=STAGES)
    return render(request, "b2b/console/funnel.html", context)
