"""A small hand-built B2B programme, and the immediate task backend (runs execute at once)."""

from __future__ import annotations

import itertools
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

import pytest

from parkbridge.conftest import ApiClient

_numbers = itertools.count(1)
DAY1 = datetime(2024, 8, 18, 10, 0, tzinfo=UTC)


@pytest.fixture(autouse=True)
def immediate_tasks(settings) -> None:
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def event(db):
    from parkbridge.events.models import Event

    return Event.objects.create(
        name_en="Test Forum", start=DAY1.date(), end=DAY1.date(), city="Kazan"
    )


class Builder:
    """Creates programmes, participants and requests with only the details a test cares for."""

    def __init__(self, make_user, make_token, make_organisation) -> None:
        self.make_user = make_user
        self.make_token = make_token
        self.make_organisation = make_organisation

    def programme(self, event, sessions=(("day1-am", 3), ("day1-pm", 3)), tables=2, organiser=None):
        from parkbridge.b2b.models import B2BProgramme, B2BSession, Slot, Table

        programme = B2BProgramme.objects.create(event=event, title="Test B2B", request_ttl_hours=48)
        for order, (label, count) in enumerate(sessions):
            session = B2BSession.objects.create(programme=programme, label=label, order=order)
            start = DAY1 + timedelta(hours=4 * order)
            for i in range(count):
                begins = start + timedelta(minutes=30 * i)
                Slot.objects.create(
                    session=session, starts_at=begins, ends_at=begins + timedelta(minutes=30)
                )
        for n in range(1, tables + 1):
            Table.objects.create(programme=programme, number=n, label=f"Table {n}")
        if organiser is not None:
            programme.organisers.add(organiser)
        return programme

    def person(self, programme, name=None, *, country="RU", booth="", max_meetings=4,
               unavailable=(), with_user=True, organisation=False):  # fmt: skip
        from parkbridge.b2b.models import B2BParticipant

        number = next(_numbers)
        org = self.make_organisation(country=country or "RU") if organisation else None
        person = B2BParticipant.objects.create(
            programme=programme,
            display_name=name or f"Company {number}",
            organisation=org,
            country=country,
            booth=booth,
            max_meetings=max_meetings,
            user=self.make_user() if with_user else None,
        )
        if unavailable:
            slots = list(programme.ordered_slots())
            person.unavailable_slots.set([slots[i] for i in unavailable])
        return person

    def request(self, a, b, weight=2, status="accepted", **fields):
        from parkbridge.b2b.models import MeetingRequest

        return MeetingRequest.objects.create(
            programme=a.programme, requester=a, recipient=b, weight=weight, status=status, **fields
        )

    def api_for(self, user) -> ApiClient:
        return ApiClient(self.make_token(user=user))


@pytest.fixture
def b2b(db, make_user, make_token, make_organisation) -> Builder:
    return Builder(make_user, make_token, make_organisation)


@pytest.fixture
def organiser(make_user):
    return make_user()


@pytest.fixture
def organiser_api(b2b, organiser) -> ApiClient:
    return b2b.api_for(organiser)


@pytest.fixture
def run_now(django_capture_on_commit_callbacks) -> Callable:
    """Start a run through the API and let the (immediate) task execute it."""

    def run(client: ApiClient, programme_id: int, **body):
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(f"/api/b2b/programmes/{programme_id}/runs", body)
        assert response.status_code == 202, response.json()
        return client.get(f"/api/b2b/runs/{response.json()['id']}").json()

    return run
