"""Pages for organisers about scheduling runs: the versions of a programme, and one run's
progress (a bar that htmx refreshes until the run has finished). The data is the same as
``GET /api/b2b/runs/{id}``; these pages are for the organiser's browser."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext

from parkbridge.b2b.models import B2BProgramme, RunStatus, ScheduleRun
from parkbridge.b2b.permissions import is_organiser
from parkbridge.b2b.runs import fail_stalled_runs, stall_checked
from parkbridge.b2b.views import base_template
from parkbridge.core.access import request_user

# How often the page asks again while a run is queued or running.
POLL_SECONDS = 2


def _forbidden() -> HttpResponse:
    return HttpResponse(
        gettext("Only an organiser of this B2B programme may see its scheduling runs."),
        status=403,
        content_type="text/plain; charset=utf-8",
    )


def run_progress(request: HttpRequest, run_id: int) -> HttpResponse:
    """One run's status and progress; htmx asks for the bar alone (``HX-Request``)."""
    run = get_object_or_404(
        ScheduleRun.objects.select_related("programme__event", "based_on"), pk=run_id
    )
    if not is_organiser(request_user(request), run.programme):
        return _forbidden()
    run = stall_checked(run)
    context = {
        "base_template": base_template(),
        "run": run,
        "programme": run.programme,
        "finished": run.status in (RunStatus.DONE, RunStatus.FAILED),
        "poll_seconds": POLL_SECONDS,
    }
    if request.headers.get("HX-Request"):
        return render(request, "b2b/_run_progress.html", context)
    return render(request, "b2b/run_progress.html", context)


def programme_runs(request: HttpRequest, programme_id: int) -> HttpResponse:
    """The schedule versions of a programme, newest first, each linking to its progress."""
    programme = get_object_or_404(B2BProgramme.objects.select_related("event"), pk=programme_id)
    if not is_organiser(request_user(request), programme):
        return _forbidden()
    fail_stalled_runs(programme)
    context = {
        "base_template": base_template(),
        "programme": programme,
        "runs": programme.runs.order_by("-number")[:200],
    }
    return render(request, "b2b/runs.html", context)
