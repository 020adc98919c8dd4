"""The organiser's console: only organisers; slots typed in the event's zone; imports all or
nothing with line numbers; run, compare and publish telling the affected; on the day no-shows,
re-scheduling and walk-ins; interpreters; the funnel and its export."""

from __future__ import annotations

import io

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from parkbridge.b2b.models import B2BParticipant, Interpreter, MeetingRequest
from parkbridge.b2b.publishing import affected_participant_ids


@pytest.fixture
def programme(b2b, event, organiser):
    event.time_zone = "Europe/Minsk"
    event.save()
    return b2b.programme(event, organiser=organiser)


def test_the_console_is_only_for_organisers(client, programme, make_user, organiser):
    client.force_login(make_user())
    for name in ("console", "console-participants", "console-slots", "console-schedule",
                 "console-day", "console-interpreters", "console-funnel"):  # fmt: skip
        assert client.get(reverse(f"b2b:{name}", args=[programme.pk])).status_code == 404
    client.force_login(organiser)
    assert client.get(reverse("b2b:console", args=[programme.pk])).status_code == 200


def test_a_session_typed_at_ten_in_minsk_shows_ten_with_the_zone(client, b2b, event, organiser):
    event.time_zone = "Europe/Minsk"
    event.save()
    programme = b2b.programme(event, sessions=(), tables=0, organiser=organiser)
    client.force_login(organiser)
    url = reverse("b2b:console-slots", args=[programme.pk])
    response = client.post(
        url,
        {"add-session": "1", "session-label": "Day 1", "session-day": "2026-05-20",
         "session-start": "10:00", "session-minutes": 30, "session-count": 2},
    )  # fmt: skip
    assert response.status_code == 302
    first = programme.ordered_slots().first()
    assert first.starts_at.isoformat() == "2026-05-20T07:00:00+00:00"
    page = client.get(url).content.decode()
    assert "10:00–10:30 Europe/Minsk" in page


def test_an_import_with_bad_lines_saves_nothing_and_names_the_lines(client, programme, organiser):
    client.force_login(organiser)
    csv = (
        "name,country,languages,email,max_meetings\n"
        "Good Co,BY,ru en,a@good.example,5\n"
        "Bad Country,XX,ru,,\n"
        "Bad Mail,CN,zh,not-an-address,\n"
        ",,,,\n"
        "Bad Cap,RU,ru,,lots\n"
    )
    upload = SimpleUploadedFile("people.csv", csv.encode(), content_type="text/csv")
    page = client.post(reverse("b2b:console-participants", args=[programme.pk]), {"file": upload})
    text = page.content.decode()
    assert "line 3: country" in text and "line 4: email" in text and "line 6: max_meetings" in text
    assert not programme.participants.exists()


def test_an_xlsx_import_adds_everyone(client, programme, organiser):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["name", "country", "languages", "online", "booth"])
    sheet.append(["Harbin Parts", "CN", "zh;en", "yes", ""])
    sheet.append(["Minsk Wheel", "BY", "ru", "no", "B4"])
    data = io.BytesIO()
    workbook.save(data)
    upload = SimpleUploadedFile("people.xlsx", data.getvalue())
    client.force_login(organiser)
    response = client.post(
        reverse("b2b:console-participants", args=[programme.pk]), {"file": upload}
    )
    assert response.status_code == 302
    people = {p.display_name: p for p in programme.participants.all()}
    assert people["Harbin Parts"].languages == ["en", "zh"] and people["Harbin Parts"].online
    assert people["Minsk Wheel"].booth == "B4"


def test_an_organiser_approves_a_waiting_registration(client, b2b, programme, organiser):
    waiting = b2b.person(programme)
    waiting.approved = False
    waiting.save()
    client.force_login(organiser)
    client.post(
        reverse("b2b:console-participant-action", args=[programme.pk, waiting.pk, "approve"])
    )
    waiting.refresh_from_db()
    assert waiting.approved


def test_compare_and_publish_tell_only_the_people_whose_meetings_changed(
    client, b2b, programme, organiser, organiser_api, run_now
):
    a, b, c, d = (b2b.person(programme) for _ in range(4))
    b2b.request(a, b)
    first = run_now(organiser_api, programme.pk, time_limit=2)
    client.force_login(organiser)
    client.post(reverse("b2b:compare", args=[first["id"]]))
    b2b.request(c, d)
    second = run_now(organiser_api, programme.pk, time_limit=2)
    page = client.get(reverse("b2b:compare", args=[second["id"]])).content.decode()
    assert 'data-count="kept">1<' in page and 'data-count="added">1<' in page
    from parkbridge.b2b.models import ScheduleRun

    run = ScheduleRun.objects.get(pk=second["id"])
    base = ScheduleRun.objects.get(pk=first["id"])
    assert affected_participant_ids(base, run) == {c.pk, d.pk}
    from parkbridge.accounts.models import Notification

    Notification.objects.all().delete()
    response = client.post(reverse("b2b:compare", args=[second["id"]]))
    assert response.status_code == 302
    run.refresh_from_db()
    assert run.published
    told = Notification.objects.filter(kind="agenda_published")
    assert sorted(told.values_list("user_id", flat=True)) == sorted([c.user_id, d.user_id])


def test_a_no_show_frees_slots_for_waiting_requests_and_keeps_the_rest(
    client, b2b, event, organiser, organiser_api, run_now
):
    from datetime import timedelta

    from django.utils import timezone

    programme = b2b.programme(event, sessions=(("day", 1),), tables=1, organiser=organiser)
    slot = programme.ordered_slots().get()
    later = timezone.now() + timedelta(days=30)
    slot.starts_at, slot.ends_at = later, later + timedelta(minutes=30)
    slot.save()
    a, b, c = b2b.person(programme), b2b.person(programme), b2b.person(programme)
    b2b.request(a, b, weight=3)
    b2b.request(c, b, weight=1)  # accepted, but one table and one slot: waits
    first = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{first['id']}/publish", {})
    client.force_login(organiser)
    client.post(reverse("b2b:console-participant-action", args=[programme.pk, a.pk, "no-show"]))
    second = run_now(organiser_api, programme.pk, time_limit=2)
    pairs = {
        (m["a"], m["b"]) for m in organiser_api.get(f"/api/b2b/runs/{second['id']}/meetings").json()
    }
    assert pairs == {(c.pk, b.pk)}


def test_a_walk_in_goes_to_a_free_table_and_keeps_every_published_meeting(
    client, b2b, programme, organiser, organiser_api, run_now
):
    a, b, c, d = (b2b.person(programme) for _ in range(4))
    b2b.request(a, b)
    first = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{first['id']}/publish", {})
    published = organiser_api.get(f"/api/b2b/runs/{first['id']}/meetings").json()
    taken = published[0]
    slot = programme.ordered_slots().get(pk=taken["slot"])
    free = [t for t in programme.ordered_tables() if t.pk != taken["table"]]
    client.force_login(organiser)
    url = reverse("b2b:console-day", args=[programme.pk])
    busy = client.post(url, {"walk-in": "1", "a": c.pk, "b": d.pk, "slot": slot.pk,
                             "table": taken["table"]})  # fmt: skip
    assert "is taken" in busy.content.decode() or busy.status_code == 200
    response = client.post(url, {"walk-in": "1", "a": c.pk, "b": d.pk, "slot": slot.pk,
                                 "table": free[0].pk})  # fmt: skip
    assert response.status_code == 302
    from parkbridge.b2b.runs import last_published

    now = last_published(programme)
    rows = {(m.a_id, m.b_id): (m.slot_id, m.table_id) for m in now.meetings.all()}
    assert rows[(taken["a"], taken["b"])] == (taken["slot"], taken["table"])
    assert rows[(c.pk, d.pk)] == (slot.pk, free[0].pk)
    assert MeetingRequest.objects.get(requester=c, recipient=d).walk_in


def test_interpreters_are_assigned_to_meetings_without_a_shared_language(
    client, b2b, programme, organiser, organiser_api, run_now
):
    a, b = b2b.person(programme), b2b.person(programme)
    B2BParticipant.objects.filter(pk=a.pk).update(languages=["ru"])
    B2BParticipant.objects.filter(pk=b.pk).update(languages=["zh"])
    b2b.request(a, b)
    run = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{run['id']}/publish", {})
    client.force_login(organiser)
    url = reverse("b2b:console-interpreters", args=[programme.pk])
    assert "nobody free" in client.get(url).content.decode()
    client.post(url, {"name": "Wang Li", "language_pairs": "en-ru, zh-ru"})
    assert Interpreter.objects.get().language_pairs == ["en-ru", "zh-ru"]
    assert "Wang Li" in client.get(url).content.decode().split("<tbody>")[1]
    bad = client.post(url, {"name": "X", "language_pairs": "russian"})
    assert "is not a pair" in bad.content.decode()


def test_the_funnel_counts_outcomes_by_country_pair_and_exports(
    client, b2b, programme, organiser, organiser_api, run_now
):
    a, b = b2b.person(programme, country="RU"), b2b.person(programme, country="CN")
    c = b2b.person(programme, country="BY")
    request = b2b.request(a, b)
    b2b.request(c, a, status="declined")
    run = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{run['id']}/publish", {})
    client.force_login(a.user)
    client.post(reverse("b2b:feedback", args=[request.pk]),
                {"rating": 5, "status": "agreement_reached", "note": "MoU next month"})  # fmt: skip
    client.force_login(b.user)
    client.post(reverse("b2b:feedback", args=[request.pk]),
                {"rating": 4, "status": "negotiation"})  # fmt: skip
    request.refresh_from_db()
    assert request.outcome.status == "agreement_reached"
    client.force_login(organiser)
    url = reverse("b2b:console-funnel", args=[programme.pk])
    page = client.get(url).content.decode()
    row = page.split('data-pair="CN-RU"')[1].split("</tr>")[0]
    assert [cell.split("<")[0] for cell in row.split("<td>")[1:]] == ["1", "1", "1", "1", "1"]
    exported = client.get(url, {"format": "csv"}).content.decode().splitlines()
    assert exported[0] == "pair,requests,meetings,held,negotiations,agreements"
    assert "all,2,1,1,1,1" in exported and "BY-RU,1,0,0,0,0" in exported
    xlsx = client.get(url, {"format": "xlsx"})
    assert xlsx["Content-Type"].startswith("application/vnd.openxmlformats")


def test_the_console_links_the_events_invitation_page(client, programme, organiser):
    client.force_login(organiser)
    page = client.get(reverse("b2b:console-participants", args=[programme.pk])).content.decode()
    assert reverse("event-invitations", args=[programme.event_id]) in page


def test_an_interpreter_away_in_a_slot_is_not_sent_there(
    client, b2b, programme, organiser, organiser_api, run_now
):
    a, b = b2b.person(programme), b2b.person(programme)
    B2BParticipant.objects.filter(pk=a.pk).update(languages=["ru"])
    B2BParticipant.objects.filter(pk=b.pk).update(languages=["zh"])
    b2b.request(a, b)
    run = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{run['id']}/publish", {})
    slot = organiser_api.get(f"/api/b2b/runs/{run['id']}/meetings").json()[0]["slot"]
    client.force_login(organiser)
    url = reverse("b2b:console-interpreters", args=[programme.pk])
    client.post(url, {"name": "Busy Bee", "language_pairs": "ru-zh", "unavailable": [slot]})
    assert list(Interpreter.objects.get().unavailable_slots.values_list("pk", flat=True)) == [slot]
    assert "nobody free" in client.get(url).content.decode()
