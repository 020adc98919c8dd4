"""A participant who meets online needs no table: the meeting is a video call whose link
comes from the organiser's pattern, shown on the agenda and in the calendar file."""

from __future__ import annotations

from django.urls import reverse


def test_an_online_meeting_takes_no_table_and_gets_a_video_link(
    client, b2b, event, organiser, organiser_api, run_now
):
    programme = b2b.programme(event, sessions=(("am", 1),), tables=1, organiser=organiser)
    programme.video_url_template = "https://meet.example.org/forum-{event}-{request}"
    programme.save()
    remote = b2b.person(programme, "Remote Ltd")
    remote.online = True
    remote.save()
    a, b, c = (b2b.person(programme) for _ in range(3))
    online = b2b.request(remote, a)
    b2b.request(b, c)  # takes the only table
    run = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{run['id']}/publish", {})
    meetings = organiser_api.get(f"/api/b2b/runs/{run['id']}/meetings").json()
    assert len(meetings) == 2  # one table, one slot: the online meeting needed none
    by_request = {m["request"]: m for m in meetings}
    assert by_request[online.pk]["table"] is None
    link = f"https://meet.example.org/forum-{event.pk}-{online.pk}"
    client.force_login(a.user)
    page = client.get(reverse("b2b:my-agenda", args=[programme.pk])).content.decode()
    assert link in page and "Online" in page
    ics = client.get(reverse("b2b:agenda-ics", args=[a.agenda_key])).content.decode()
    assert link in ics.replace("\r\n ", "")


def test_a_video_pattern_must_be_https(b2b, event, organiser, organiser_api):
    programme = b2b.programme(event, organiser=organiser)
    response = organiser_api.patch(
        f"/api/b2b/programmes/{programme.pk}", {"video_url_template": "javascript:alert(1)"}
    )
    assert response.status_code == 422
