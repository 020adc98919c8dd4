"""Ingestion runs whose worker died (``kill -9``, a crash, a restart) are found by their old
heartbeat: retried a bounded number of times, then failed with a message. One article can't
hold a worker for minutes: extraction reads a bounded prefix of the text and stops at a
deadline. Called by the worker's housekeeping thread and by the run API and pages."""

from __future__ import annotations

import contextlib
import signal
import threading
from collections.abc import Iterator
from datetime import datetime, timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone

from parkbridge.core.periodic import start_periodic
from parkbridge.press.models import IngestionRun, RunStatus

MAX_ATTEMPTS = 3
# Characters of an article the extractor reads: long enough for any press article (a long
# one is ~30,000), short enough that extraction takes seconds, not minutes (a 4.8 MB text
# held the worker for 9 minutes).
MAX_EXTRACTED_CHARS = 100_000


def extraction_seconds() -> int:
    return int(getattr(settings, "PARKBRIDGE_PRESS_EXTRACTION_SECONDS", 120))


def stall_after() -> timedelta:
    """No heartbeat for this long: the worker is gone (a heartbeat comes at least once per
    article, and an article takes at most the extraction deadline)."""
    return timedelta(seconds=2 * extraction_seconds() + 5 * 60)


class ExtractionTimeout(Exception):
    pass


@contextlib.contextmanager
def deadline(seconds: int) -> Iterator[None]:
    """Interrupt the block after ``seconds`` (an :class:`ExtractionTimeout`). Needs the main
    thread (the worker runs tasks there); elsewhere the block runs unbounded and the text
    cap alone limits it."""
    if seconds <= 0 or threading.current_thread() is not threading.main_thread():
        yield
        return

    def expire(signum, frame):  # noqa: ANN001
        raise ExtractionTimeout(f"extraction took longer than {seconds} s; the article was skipped")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)


def beat(run: IngestionRun) -> None:
    """The worker is alive and working on ``run``."""
    now = timezone.now()
    IngestionRun.objects.filter(pk=run.pk).update(heartbeat=now)
    run.heartbeat = now


def start(run: IngestionRun) -> None:
    """A worker takes the run: one more attempt; progress counted afresh (articles already
    extracted are not extracted again, so a retry is cheap)."""
    run.status = RunStatus.RUNNING
    run.attempts += 1
    run.heartbeat = timezone.now()
    if run.attempts > 1:
        run.processed, run.failed, run.counts = 0, 0, {}
    run.save(update_fields=["status", "attempts", "heartbeat", "processed", "failed", "counts"])


def recover_stalled_runs(now: datetime | None = None) -> tuple[int, int]:
    """Requeue the running runs whose heartbeat is older than :func:`stall_after` (up to
    :data:`MAX_ATTEMPTS` starts), fail the others with a message. Returns (retried, failed).
    Compare-and-set updates: two housekeepers at once retry a run once."""
    from django.db.models import Q

    now = now or timezone.now()
    limit = now - stall_after()
    stalled = IngestionRun.objects.filter(
        Q(heartbeat__lt=limit) | Q(heartbeat__isnull=True, created__lt=limit),
        status=RunStatus.RUNNING,
    )
    retried = failed = 0
    for run in stalled:
        if run.attempts < MAX_ATTEMPTS:
            note = {
                "file": "",
                "error": f"the worker stopped during attempt {run.attempts}; retried",
            }
            with transaction.atomic():
                taken = IngestionRun.objects.filter(
                    pk=run.pk, status=RunStatus.RUNNING, heartbeat=run.heartbeat
                ).update(status=RunStatus.QUEUED, heartbeat=now, errors=[*(run.errors or []), note])
                if taken:
                    task = _task_for(run)
                    transaction.on_commit(lambda pk=run.pk, task=task: task.enqueue(pk))
            retried += taken
        else:
            message = (
                f"the worker stopped {run.attempts} times during this run (no progress for "
                f"{int(stall_after().total_seconds() // 60)} minutes); upload the article again"
            )
            failed += IngestionRun.objects.filter(
                pk=run.pk, status=RunStatus.RUNNING, heartbeat=run.heartbeat
            ).update(
                status=RunStatus.FAILED,
                finished=now,
                errors=[*(run.errors or []), {"file": "", "error": message}],
            )
    return retried, failed


def _task_for(run: IngestionRun):
    """The task that runs this kind of run (an upload, a feed poll, a list of addresses)."""
    from parkbridge.press import tasks

    if run.feed_id is not None:
        return tasks.run_feed_poll
    if run.urls:
        return tasks.run_url_ingestion
    return tasks.run_ingestion


def stall_checked(run: IngestionRun) -> IngestionRun:
    """``run`` as it stands, retried or failed first if its worker stopped."""
    if run.status == RunStatus.RUNNING and any(recover_stalled_runs()):
        run.refresh_from_db()
    return run


def _round() -> str | None:
    retried, failed = recover_stalled_runs()
    return f"{retried} stalled runs retried, {failed} failed" if retried or failed else None


def start_in_background(every: float) -> threading.Event:
    return start_periodic("press stall check", _round, every)
