"""Publishing a schedule version and telling the people whose agenda changed (and only them)."""

from __future__ import annotations

from django.urls import reverse

from parkbridge.b2b.models import B2BParticipant, ScheduleRun
from parkbridge.b2b.notifying import AGENDA_CHANGED, CHANGED, tell
from parkbridge.b2b.runs import compare_runs, last_published, publish


def affected_participant_ids(base: ScheduleRun | None, run: ScheduleRun) -> set[int]:
    """Both sides of every meeting added, dropped or moved since ``base`` (every side of every
    meeting when nothing was published before)."""
    if base is None:
        return {pk for pair in run.meetings.values_list("a_id", "b_id") for pk in pair}
    diff = compare_runs(base, run)
    ids: set[int] = set()
    for meeting in diff["added"] + diff["removed"]:
        ids.update((meeting["a"], meeting["b"]))
    for move in diff["moved"]:
        ids.update((move["to"]["a"], move["to"]["b"]))
    return ids


def publish_and_notify(run: ScheduleRun) -> tuple[ScheduleRun, int]:
    """Publish ``run``; returns it and how many people were told that their agenda changed."""
    programme = run.programme
    base = last_published(programme)
    affected = affected_participant_ids(base, run) if base != run else set()
    publish(run)
    people = B2BParticipant.objects.filter(pk__in=affected).select_related("user")
    told = tell(
        people,
        kind=AGENDA_CHANGED,
        message=CHANGED,
        params={"event": programme.event, "version": run.number},
        url=reverse("b2b:my-agenda", args=[programme.pk]),
        target=run,
    )
    return run, told
