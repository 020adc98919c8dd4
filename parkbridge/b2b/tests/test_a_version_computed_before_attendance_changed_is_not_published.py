"""A version computed before a check-in or a "did not come" mark would undo that change if it
were published: the API refuses it with a clear 409, and the compare page says why and offers no
publish button. Versions computed after the change publish as before."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from parkbridge.b2b import onsite
from parkbridge.b2b.models import ScheduleRun
from parkbridge.b2b.runs import last_published


@pytest.fixture
def day(b2b, event, organiser, organiser_api, run_now):
    """Two firms that want to meet, tomorrow; version 1 is published."""
    programme = b2b.programme(event, sessions=(("day", 3),), tables=2, organiser=organiser)
    tomorrow = timezone.now() + timedelta(days=1)
    for i, slot in enumerate(programme.ordered_slots()):
        slot.starts_at = tomorrow + timedelta(minutes=30 * i)
        slot.ends_at = slot.starts_at + timedelta(minutes=30)
        slot.save()
    late = b2b.person(programme, "Late Ltd")
    belaz = b2b.person(programme, "Belaz")
    b2b.request(late, belaz, weight=3)
    first = run_now(organiser_api, programme.pk, time_limit=2)
    assert organiser_api.post(f"/api/b2b/runs/{first['id']}/publish", {}).status_code == 200
    return {"programme": programme, "late": late}


def test_a_version_computed_before_a_no_show_mark_is_refused(
    day, organiser, organiser_api, run_now
):
    stale = run_now(organiser_api, day["programme"].pk, time_limit=2)
    onsite.mark_no_show(organiser, day["late"])
    response = organiser_api.post(f"/api/b2b/runs/{stale['id']}/publish", {})
    assert response.status_code == 409
    assert "run the scheduler again" in response.json()["detail"]
    assert not ScheduleRun.objects.get(pk=stale["id"]).published


def test_a_version_computed_before_a_check_in_cannot_undo_the_meetings_given_back(
    day, organiser, organiser_api, run_now
):
    onsite.mark_no_show(organiser, day["late"])
    without = run_now(organiser_api, day["programme"].pk, time_limit=2)
    assert organiser_api.post(f"/api/b2b/runs/{without['id']}/publish", {}).status_code == 200
    before_check_in = run_now(organiser_api, day["programme"].pk, time_limit=2)
    done = onsite.check_in(organiser, day["late"])
    assert done.restored and last_published(day["programme"]) == done.version
    response = organiser_api.post(f"/api/b2b/runs/{before_check_in['id']}/publish", {})
    assert response.status_code == 409
    assert last_published(day["programme"]) == done.version


def test_a_version_computed_after_the_change_publishes(day, organiser, organiser_api, run_now):
    onsite.mark_no_show(organiser, day["late"])
    fresh = run_now(organiser_api, day["programme"].pk, time_limit=2)
    assert organiser_api.post(f"/api/b2b/runs/{fresh['id']}/publish", {}).status_code == 200


def test_the_compare_page_says_why_and_has_no_publish_button(
    day, organiser, organiser_api, run_now
):
    stale = run_now(organiser_api, day["programme"].pk, time_limit=2)
    onsite.check_in(organiser, day["late"])  # an ordinary arrival changes nothing
    client = Client()
    client.force_login(organiser)
    url = reverse("b2b:compare", args=[stale["id"]])
    assert "Publish and notify participants" in client.get(url).content.decode()
    onsite.mark_no_show(organiser, day["late"])
    page = client.get(url).content.decode()
    assert "computed before a check-in" in page
    assert "Publish and notify participants" not in page
    after = client.post(url, follow=True)
    assert "run the scheduler again" in after.content.decode()
    assert not ScheduleRun.objects.get(pk=stale["id"]).published
