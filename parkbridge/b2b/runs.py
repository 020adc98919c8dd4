"""Scheduling runs: queue one, execute it (in a background task), compare versions, publish.

A run solves the programme's current accepted requests. Unless told otherwise, the meetings of
the last *published* version are passed to the solver as ``fixed``: people have those times on
their agendas, so late requests and cancellations change only what they must.
"""

from __future__ import annotations

import time
from datetime import datetime, timedelta
from typing import Any

from django.db import transaction
from django.db.models import Max
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from parkbridge.b2b.errors import B2BError, status_words
from parkbridge.b2b.instance import BuiltInstance, build_instance, participant_pk, schedule_of
from parkbridge.b2b.models import (
    RUN_STALLED,
    STALL_MINUTES,
    B2BProgramme,
    Meeting,
    RunStatus,
    ScheduleRun,
    video_url,
)
from parkbridge.b2b.times import local
from parkbridge.scheduling import InstanceError, Schedule, solve, validate_schedule

MAX_TIME_LIMIT = 600.0

# Share of the progress bar given to each solver phase (start, end), in the order they run;
# phases the solver skips just make the bar jump.
PHASE_RANGES: dict[str, tuple[int, int]] = {
    "prepare": (2, 5),
    "bound": (5, 15),
    "place": (15, 40),
    "slot-set cuts": (40, 45),
    "tighter bound": (45, 50),
    "exact search": (50, 60),
    "compact": (60, 80),
    "polish": (80, 88),
    "fewest gaps": (88, 95),
    "done": (95, 95),
}
PROGRESS_WRITE_INTERVAL = 0.5  # seconds between progress writes: the solver reports often

# A run still "running" this long past its solver time limit (twice the limit, plus building
# and storing) has lost its worker: a worker that dies mid-run can't record its own failure.
STALL_GRACE = timedelta(minutes=STALL_MINUTES)


def last_published(programme: B2BProgramme) -> ScheduleRun | None:
    return (
        programme.runs.filter(published=True, status=RunStatus.DONE)
        .order_by("-published_at", "-number")
        .first()
    )


def create_run(
    programme: B2BProgramme,
    *,
    user=None,
    time_limit: float = 10.0,
    keep_published: bool = True,
    allow_moves: bool = False,
) -> ScheduleRun:
    """A queued run record with the next version number (the task is enqueued separately)."""
    if not 0 < time_limit <= MAX_TIME_LIMIT:
        raise B2BError(
            422,
            _("time_limit must be between 0 and %(limit)s seconds"),
            limit=f"{MAX_TIME_LIMIT:g}",
        )
    with transaction.atomic():
        # Lock the programme row so two organisers starting runs get distinct numbers.
        B2BProgramme.objects.select_for_update().filter(pk=programme.pk).first()
        number = (programme.runs.aggregate(n=Max("number"))["n"] or 0) + 1
        return ScheduleRun.objects.create(
            programme=programme,
            number=number,
            time_limit=time_limit,
            keep_published=keep_published,
            allow_moves=allow_moves,
            created_by=user if user is not None and user.is_authenticated else None,
        )


def start_run(programme: B2BProgramme, **options: Any) -> ScheduleRun:
    """Create a run and hand it to the task queue; the caller polls the run record."""
    run = create_run(programme, **options)
    # Enqueue only once the run row is committed, or a worker might not find it.
    transaction.on_commit(lambda: _enqueue(run.pk))
    return run


def _enqueue(run_id: int) -> None:
    from parkbridge.b2b.tasks import run_scheduler

    result = run_scheduler.enqueue(run_id)
    ScheduleRun.objects.filter(pk=run_id).update(task_id=str(result.id)[:64])


class _Progress:
    """The solver's progress callback, written to the run row at most every half second."""

    def __init__(self, run_id: int) -> None:
        self.run_id = run_id
        self.last = 0.0
        self.percent = 0

    def __call__(self, phase: str, done: float, total: float) -> None:
        low, high = PHASE_RANGES.get(phase, (self.percent, self.percent))
        fraction = min(1.0, done / total) if total > 0 else 0.0
        percent = max(self.percent, int(low + (high - low) * fraction))
        now = time.monotonic()
        if phase != "done" and now - self.last < PROGRESS_WRITE_INTERVAL:
            return
        self.percent, self.last = percent, now
        ScheduleRun.objects.filter(pk=self.run_id).update(progress=percent, phase=phase[:40])


def execute_run(run_id: int) -> ScheduleRun:
    """Solve and store one queued run; failures are recorded on the run, not raised."""
    claimed = ScheduleRun.objects.filter(pk=run_id, status=RunStatus.QUEUED).update(
        status=RunStatus.RUNNING, started_at=timezone.now(), progress=1, phase="building"
    )
    run = ScheduleRun.objects.select_related("programme").get(pk=run_id)
    if not claimed:
        return run  # already taken by another worker, or finished
    try:
        _solve_and_store(run)
    except Exception as error:  # recorded for the organiser; the worker carries on
        message = str(error) if isinstance(error, InstanceError | B2BError) else repr(error)
        ScheduleRun.objects.filter(pk=run.pk).update(
            status=RunStatus.FAILED, error=message[:5000], finished_at=timezone.now()
        )
    run.refresh_from_db()
    return run


def fail_stalled_runs(programme: B2BProgramme | None = None, now: datetime | None = None) -> int:
    """Mark as failed the runs that have been running for more than twice their time limit
    plus :data:`STALL_GRACE` (their worker stopped); returns how many. If the worker was only
    slow, its result still lands (a finished run is saved as done)."""
    now = now or timezone.now()
    # Few runs are running at any time: the deadline (it depends on each run's time limit) is
    # checked here rather than in SQL, where SQLite can't multiply an interval.
    runs = ScheduleRun.objects.filter(status=RunStatus.RUNNING, started_at__isnull=False)
    if programme is not None:
        runs = runs.filter(programme=programme)
    stalled = [
        pk for pk, started, limit in runs.values_list("pk", "started_at", "time_limit")
        if started + timedelta(seconds=2 * limit) + STALL_GRACE < now
    ]  # fmt: skip
    return ScheduleRun.objects.filter(pk__in=stalled, status=RunStatus.RUNNING).update(
        status=RunStatus.FAILED,
        error=RUN_STALLED % {"minutes": STALL_MINUTES},
        finished_at=now,
    )


def stall_checked(run: ScheduleRun) -> ScheduleRun:
    """``run`` as it stands, marked failed first if its worker stopped."""
    if run.status == RunStatus.RUNNING and fail_stalled_runs(run.programme):
        run.refresh_from_db()
    return run


def _solve_and_store(run: ScheduleRun) -> None:
    programme = run.programme
    built = build_instance(programme)
    base = last_published(programme) if run.keep_published else None
    fixed = schedule_of(base, built) if base is not None else None
    schedule = solve(
        built.instance,
        time_limit=run.time_limit,
        fixed=fixed,
        allow_moves=run.allow_moves,
        progress=_Progress(run.pk),
    )
    problems = validate_schedule(built.instance, schedule)
    if problems:  # never store an invalid schedule, whatever went wrong in the solver
        raise B2BError(
            500, "the scheduler produced an invalid schedule: " + "; ".join(problems[:5])
        )
    with transaction.atomic():
        Meeting.objects.bulk_create(_meeting_rows(run, built, schedule), batch_size=2000)
        previous = base or (
            programme.runs.filter(status=RunStatus.DONE, number__lt=run.number)
            .order_by("-number")
            .first()
        )
        scores, stats = schedule.scores, schedule.stats
        run.based_on = base
        run.instance = built.data
        run.weight = scores.weight if scores else None
        run.meetings_count = len(schedule.meetings)
        run.gaps = scores.gaps if scores else None
        run.fairness = scores.fairness if scores else None
        run.bound = stats.bound if stats else None
        run.bound_source = stats.bound_source[:40] if stats else ""
        run.proven_optimal = bool(stats and stats.proven_optimal)
        run.gaps_proven_minimal = bool(stats and stats.gaps_proven_minimal)
        run.preferences_met = stats.preferences_met if stats else None
        run.preferences_total = stats.preferences_total if stats else None
        run.diff = compare_runs(previous, run) if previous is not None else {}
        run.status = RunStatus.DONE
        run.progress = 100
        run.phase = "done"
        run.finished_at = timezone.now()
        run.save()


def _meeting_rows(run: ScheduleRun, built: BuiltInstance, schedule: Schedule) -> list[Meeting]:
    rows = []
    for m in schedule.meetings:
        request_pk = built.request_pks[frozenset((m.a, m.b))]
        # The scheduler's ``a`` may be the recipient (an online side hosts); stored ``a`` is
        # the requester, as everywhere else.
        a, b = (m.a, m.b) if built.requesters[request_pk] == m.a else (m.b, m.a)
        rows.append(
            Meeting(
                run=run,
                request_id=request_pk,
                a_id=participant_pk(a),
                b_id=participant_pk(b),
                slot_id=built.slot_pks[m.slot],
                table_id=built.table_pks[m.table] if m.table is not None else None,
                booth_host_id=participant_pk(m.booth) if m.booth is not None else None,
            )
        )
    return rows


def meeting_dict(m: Meeting) -> dict[str, Any]:
    return {
        "request": m.request_id,
        "a": m.a_id,
        "a_name": m.a.name,
        "b": m.b_id,
        "b_name": m.b.name,
        "slot": m.slot_id,
        "starts_at": local(m.slot.starts_at, m.slot.session.programme).isoformat(),
        "table": m.table_id,
        "table_label": str(m.table) if m.table_id else None,
        "booth_host": m.booth_host_id,
        "online": m.online,
        "video_url": (
            video_url(m.slot.session.programme, m.request_id, m.slot_id) if m.online else ""
        ),
    }


def _meetings_by_request(run: ScheduleRun) -> dict[int, Meeting]:
    qs = run.meetings.select_related(
        "a", "b", "slot__session__programme__event", "table", "booth_host"
    )
    return {m.request_id: m for m in qs}


def compare_runs(old: ScheduleRun, new: ScheduleRun) -> dict[str, Any]:
    """Meetings added, removed and moved (same request, other slot or place) from old to new."""
    before, after = _meetings_by_request(old), _meetings_by_request(new)
    added = [meeting_dict(m) for k, m in after.items() if k not in before]
    removed = [meeting_dict(m) for k, m in before.items() if k not in after]
    moved = [
        {"from": meeting_dict(before[k]), "to": meeting_dict(m)}
        for k, m in after.items()
        if k in before
        and (before[k].slot_id, before[k].table_id, before[k].booth_host_id)
        != (m.slot_id, m.table_id, m.booth_host_id)
    ]
    return {
        "from_version": old.number,
        "to_version": new.number,
        "added": added,
        "removed": removed,
        "moved": moved,
        "unchanged": sum(1 for k in after if k in before) - len(moved),
    }


def is_outdated(run: ScheduleRun) -> bool:
    """Whether ``run`` was computed before the last change of attendance."""
    changed = run.programme.attendance_changed_at
    return changed is not None and run.created_at < changed


def publish(run: ScheduleRun) -> ScheduleRun:
    """Make a done version the one on everyone's agenda (and the next run's fixed base)."""
    if run.status != RunStatus.DONE:
        raise B2BError(
            409,
            _("only a finished run can be published; this one is %(status)s"),
            status=status_words(run.status),
        )
    if is_outdated(run):
        changed = run.programme.attendance_changed_at
        raise B2BError(
            409,
            _(
                "this version was computed before attendance changed (a check-in or a "
                '"did not come" mark at %(time)s); publishing it would undo that change, so '
                "run the scheduler again"
            ),
            time=timezone.localtime(changed).strftime("%H:%M"),
        )
    run.published = True
    run.published_at = timezone.now()
    run.save(update_fields=["published", "published_at"])
    return run
