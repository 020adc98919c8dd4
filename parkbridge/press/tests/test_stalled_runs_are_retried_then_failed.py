"""Issue 13, finding 9: an ingestion run whose worker died (kill -9) doesn't stay "running"
forever: it is retried a bounded number of times, then failed with a message; and one
article can't hold the worker for minutes (a bounded prefix is extracted, under a
deadline)."""

from __future__ import annotations

import time
from datetime import timedelta

import pytest
from django.utils import timezone

from parkbridge.press import stalls
from parkbridge.press.models import IngestionRun, RunStatus


@pytest.fixture
def orphaned_run(article_source):
    """A run a worker started and then lost: running, heartbeat long ago."""
    run = IngestionRun.objects.create(
        origin="api", total=1, status=RunStatus.RUNNING, attempts=1,
        heartbeat=timezone.now() - stalls.stall_after() - timedelta(minutes=1),
    )  # fmt: skip
    run.sources.add(article_source)
    return run


def test_a_run_whose_worker_died_is_retried_and_finishes(
    orphaned_run, immediate_tasks, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        assert stalls.recover_stalled_runs() == (1, 0)
    orphaned_run.refresh_from_db()
    assert orphaned_run.status == RunStatus.DONE
    assert orphaned_run.attempts == 2 and orphaned_run.processed == 1
    assert "retried" in orphaned_run.errors[0]["error"]


def test_after_the_last_attempt_the_run_fails_with_a_message(orphaned_run):
    IngestionRun.objects.filter(pk=orphaned_run.pk).update(attempts=stalls.MAX_ATTEMPTS)
    assert stalls.recover_stalled_runs() == (0, 1)
    orphaned_run.refresh_from_db()
    assert orphaned_run.status == RunStatus.FAILED and orphaned_run.finished is not None
    assert "worker stopped 3 times" in orphaned_run.errors[-1]["error"]


def test_a_run_with_a_recent_heartbeat_is_left_alone(orphaned_run):
    IngestionRun.objects.filter(pk=orphaned_run.pk).update(heartbeat=timezone.now())
    assert stalls.recover_stalled_runs() == (0, 0)


def test_the_run_api_reports_a_stalled_run_as_it_is_now(orphaned_run, api):
    IngestionRun.objects.filter(pk=orphaned_run.pk).update(attempts=stalls.MAX_ATTEMPTS)
    assert api.get(f"/api/press/runs/{orphaned_run.pk}").json()["status"] == "failed"


def test_the_run_page_shows_a_stalled_run_as_it_is_now(orphaned_run, reviewer, client):
    IngestionRun.objects.filter(pk=orphaned_run.pk).update(attempts=stalls.MAX_ATTEMPTS)
    client.force_login(reviewer)
    page = client.get(f"/press/runs/{orphaned_run.pk}/").content.decode()
    orphaned_run.refresh_from_db()
    assert orphaned_run.status == RunStatus.FAILED
    assert "worker stopped 3 times" in page


def test_a_deadline_interrupts_work_that_runs_too_long():
    started = time.monotonic()
    with pytest.raises(stalls.ExtractionTimeout), stalls.deadline(1):
        while True:
            pass
    assert time.monotonic() - started < 5


def test_only_a_bounded_prefix_of_a_huge_article_is_extracted(db, monkeypatch, registry):
    from parkbridge.press.ingestion import ingest_text

    from .conftest import ARTICLE_EN

    monkeypatch.setattr(stalls, "MAX_EXTRACTED_CHARS", 2_000)
    filler = "Nothing of note happened on this day in the city. " * 200
    result = ingest_text(filler + ARTICLE_EN, "long.txt")
    assert sum(result.created.values()) == 0
