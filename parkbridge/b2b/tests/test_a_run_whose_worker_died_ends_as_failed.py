"""A scheduling run whose worker died would stay "running" forever: past twice its time limit
plus a grace period it is shown as failed (pages, API, and the `b2b-expire` housekeeping that
systemd runs every 5 minutes), and the organiser can start a new one."""

from __future__ import annotations

from datetime import timedelta

import pytest
from click.testing import CliRunner
from django.test import Client
from django.utils import timezone

from parkbridge.b2b.models import RunStatus, ScheduleRun
from parkbridge.b2b.runs import STALL_GRACE, fail_stalled_runs


@pytest.fixture
def programme(b2b, event, organiser):
    return b2b.programme(event, tables=2, organiser=organiser)


def _running(programme, started_ago: timedelta, time_limit: float = 10.0) -> ScheduleRun:
    return ScheduleRun.objects.create(
        programme=programme, number=programme.runs.count() + 1, status=RunStatus.RUNNING,
        started_at=timezone.now() - started_ago, time_limit=time_limit, progress=40,
    )  # fmt: skip


def test_a_run_past_its_deadline_fails_and_one_within_it_keeps_running(programme):
    dead = _running(programme, STALL_GRACE + timedelta(seconds=21))
    alive = _running(programme, STALL_GRACE + timedelta(seconds=19))
    slow_but_allowed = _running(programme, STALL_GRACE + timedelta(seconds=500), time_limit=300)
    assert fail_stalled_runs() == 1
    statuses = {r.pk: (r.status, r.error) for r in ScheduleRun.objects.all()}
    assert statuses[dead.pk][0] == RunStatus.FAILED and "worker stopped" in statuses[dead.pk][1]
    assert statuses[alive.pk] == (RunStatus.RUNNING, "")
    assert statuses[slow_but_allowed.pk] == (RunStatus.RUNNING, "")


def test_the_progress_page_and_the_api_show_a_dead_run_as_failed(
    programme, organiser, organiser_api
):
    run = _running(programme, timedelta(hours=2))
    client = Client()
    client.force_login(organiser)
    page = client.get(f"/b2b/runs/{run.pk}/").content.decode()
    assert "worker stopped" in page and "hx-trigger" not in page
    run.status, run.error = RunStatus.RUNNING, ""
    run.save()
    assert organiser_api.get(f"/api/b2b/runs/{run.pk}").json()["status"] == "failed"
    _running(programme, timedelta(hours=3))
    listed = organiser_api.get(f"/api/b2b/programmes/{programme.pk}/runs").json()
    assert {r["status"] for r in listed} == {"failed"}


def test_the_housekeeping_command_reports_what_it_did(programme):
    from parkbridge.cli.b2b import b2b_expire

    _running(programme, timedelta(hours=2))
    result = CliRunner().invoke(b2b_expire, [])
    assert result.exit_code == 0, result.output
    assert "1 stalled run(s) marked failed" in result.output


@pytest.mark.django_db(transaction=True)
def test_the_worker_housekeeps_in_the_background(b2b, event, organiser):
    import time

    from parkbridge.b2b.housekeeping import start_in_background

    run = _running(b2b.programme(event, tables=2, organiser=organiser), timedelta(hours=2))
    stop = start_in_background(0.05)
    try:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            run.refresh_from_db()
            if run.status == RunStatus.FAILED:
                break
            time.sleep(0.05)
    finally:
        stop.set()
    assert run.status == RunStatus.FAILED
