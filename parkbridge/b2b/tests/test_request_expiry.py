"""Unanswered requests past their deadline expire (function, management command, API)."""

from __future__ import annotations

from datetime import timedelta
from io import StringIO

from django.core.management import call_command
from django.utils import timezone

from parkbridge.b2b.lifecycle import expire_requests
from parkbridge.b2b.models import MeetingRequest


def _requests(b2b, event):
    programme = b2b.programme(event)
    a, b, c = (b2b.person(programme) for _ in range(3))
    now = timezone.now()
    overdue = b2b.request(a, b, status="requested", expires_at=now - timedelta(minutes=1))
    waiting = b2b.request(a, c, status="requested", expires_at=now + timedelta(hours=1))
    answered = b2b.request(b, c, status="accepted", expires_at=now - timedelta(hours=1))
    return programme, overdue, waiting, answered


def _status(request) -> str:
    return MeetingRequest.objects.get(pk=request.pk).status


def test_only_unanswered_requests_past_their_deadline_expire(b2b, event):
    _, overdue, waiting, answered = _requests(b2b, event)
    assert expire_requests() == 1
    assert (_status(overdue), _status(waiting), _status(answered)) == (
        "expired", "requested", "accepted",
    )  # fmt: skip
    later = timezone.now() + timedelta(hours=2)
    assert expire_requests(now=later) == 1
    assert _status(waiting) == "expired"


def test_the_management_command_expires_requests(b2b, event):
    _, overdue, *_ = _requests(b2b, event)
    out = StringIO()
    call_command("expire_b2b_requests", stdout=out)
    assert "1 request(s) expired" in out.getvalue()
    assert _status(overdue) == "expired"


def test_the_background_task_expires_requests(b2b, event):
    from parkbridge.b2b.tasks import expire_requests_task

    _, overdue, *_ = _requests(b2b, event)
    assert expire_requests_task.enqueue().return_value == 1
    assert _status(overdue) == "expired"


def test_accepting_an_overdue_request_says_it_expired(b2b, event):
    _, overdue, *_ = _requests(b2b, event)
    response = b2b.api_for(overdue.recipient.user).post(
        f"/api/b2b/requests/{overdue.pk}/accept", {}
    )
    assert response.status_code == 409
    assert "expired" in response.json()["detail"]
    assert _status(overdue) == "expired"


def test_an_organiser_expires_the_requests_of_a_programme(b2b, event, organiser):
    programme, overdue, *_ = _requests(b2b, event)
    programme.organisers.add(organiser)
    response = b2b.api_for(organiser).post(
        f"/api/b2b/programmes/{programme.pk}/expire-requests", {}
    )
    assert response.json() == {"expired": 1}
