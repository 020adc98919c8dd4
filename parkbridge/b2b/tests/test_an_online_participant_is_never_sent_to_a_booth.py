"""An online participant is not at the venue: when it meets a booth holder, the meeting is a
video call in its room (no table, no booth, the organiser's link), whoever asked whom; a walk-in
meeting with it takes no table either."""

from __future__ import annotations

import pytest
from django.urls import reverse

from parkbridge.b2b import onsite
from parkbridge.b2b.instance import build_instance
from parkbridge.b2b.models import Meeting


@pytest.fixture
def programme(b2b, event, organiser):
    programme = b2b.programme(event, sessions=(("am", 2),), tables=1, organiser=organiser)
    programme.video_url_template = "https://meet.example.org/b2b-{request}"
    programme.save()
    return programme


def _online(b2b, programme, name="Remote Ltd"):
    person = b2b.person(programme, name)
    person.online = True
    person.save()
    return person


def test_a_booth_holders_request_to_an_online_participant_becomes_a_video_call(
    b2b, programme, organiser_api, run_now
):
    host = b2b.person(programme, "Kama Tyres", booth="Hall A 12")
    remote = _online(b2b, programme)
    asked = b2b.request(host, remote)  # the booth holder asks: it would host in person
    run = run_now(organiser_api, programme.pk, time_limit=2)
    assert run["status"] == "done", run["error"]
    meeting = Meeting.objects.get(run_id=run["id"], request=asked)
    assert meeting.table_id is None
    assert meeting.booth_host_id == remote.pk
    assert meeting.online
    assert "Hall A 12" not in meeting.place
    # Stored sides stay as asked: ``a`` is the requester.
    assert (meeting.a_id, meeting.b_id) == (host.pk, remote.pk)
    listed = organiser_api.get(f"/api/b2b/runs/{run['id']}/meetings").json()
    assert listed[0]["online"] is True
    assert listed[0]["video_url"] == f"https://meet.example.org/b2b-{asked.pk}"


def test_the_booth_holder_sees_the_video_link_not_its_booth_on_the_agenda(
    client, b2b, programme, organiser_api, run_now
):
    host = b2b.person(programme, "Kama Tyres", booth="Hall A 12")
    remote = _online(b2b, programme)
    asked = b2b.request(host, remote)
    run = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{run['id']}/publish", {})
    client.force_login(host.user)
    page = client.get(reverse("b2b:my-agenda", args=[programme.pk])).content.decode()
    assert f"https://meet.example.org/b2b-{asked.pk}" in page
    assert "Booth Hall A 12" not in page


def test_an_online_participant_with_a_booth_listed_still_meets_online(
    b2b, programme, organiser_api, run_now
):
    visitor = b2b.person(programme, "Visitor")
    remote = _online(b2b, programme)
    remote.booth = "Hall B 3"  # left over from last year's registration
    remote.save()
    asked = b2b.request(visitor, remote)
    run = run_now(organiser_api, programme.pk, time_limit=2)
    meeting = Meeting.objects.get(run_id=run["id"], request=asked)
    assert meeting.table_id is None and meeting.online
    assert meeting.video_url == f"https://meet.example.org/b2b-{asked.pk}"


def test_the_instance_lets_the_online_side_host_whoever_asked(b2b, programme):
    host = b2b.person(programme, "Kama Tyres", booth="Hall A 12")
    remote = _online(b2b, programme)
    other = b2b.person(programme, "Visitor")
    b2b.request(host, remote)
    b2b.request(other, host)
    data = build_instance(programme).data
    pairs = {frozenset((r["a"], r["b"])): r for r in data["requests"]}
    assert pairs[frozenset((host.solver_id, remote.solver_id))]["a"] == remote.solver_id
    # Between two in-person sides the requester stays ``a``.
    assert pairs[frozenset((other.solver_id, host.solver_id))]["a"] == other.solver_id


def test_a_walk_in_with_an_online_participant_is_a_video_call_without_a_table(
    client, b2b, programme, organiser
):
    from parkbridge.b2b.runs import last_published

    remote = _online(b2b, programme)
    host = b2b.person(programme, "Kama Tyres", booth="Hall A 12")
    slot = programme.ordered_slots().first()
    client.force_login(organiser)
    url = reverse("b2b:console-day", args=[programme.pk])
    response = client.post(url, {"walk-in": "1", "a": host.pk, "b": remote.pk, "slot": slot.pk,
                                 "table": ""}, follow=True)  # fmt: skip
    assert "Walk-in meeting placed online" in response.content.decode()
    meeting = last_published(programme).meetings.get()
    assert meeting.table_id is None and meeting.booth_host_id == remote.pk and meeting.online
    assert meeting.video_url.startswith("https://meet.example.org/b2b-")
    # The only table stays free for people who are here.
    assert [t.pk for t in onsite.free_tables(programme, slot)] == [
        t.pk for t in programme.ordered_tables()
    ]


def test_an_in_person_walk_in_still_needs_a_table(client, b2b, programme, organiser):
    a, b = b2b.person(programme), b2b.person(programme)
    slot = programme.ordered_slots().first()
    client.force_login(organiser)
    url = reverse("b2b:console-day", args=[programme.pk])
    page = client.post(url, {"walk-in": "1", "a": a.pk, "b": b.pk, "slot": slot.pk, "table": ""},
                       follow=True)  # fmt: skip
    assert "choose a free table" in page.content.decode()
    assert not programme.runs.exists()
