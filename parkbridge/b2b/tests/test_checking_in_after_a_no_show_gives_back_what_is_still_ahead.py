"""Someone marked "did not come" who arrives after all is checked in: the slots still ahead are
theirs again, their meetings still ahead come back where nobody took them meanwhile (a new
published version, told only to those meetings' sides), and the organiser is told which were
given away."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from parkbridge.accounts.models import Notification
from parkbridge.b2b import onsite
from parkbridge.b2b.models import Meeting
from parkbridge.b2b.runs import last_published


@pytest.fixture
def day(b2b, event, organiser, organiser_api, run_now):
    """Three slots tomorrow. Late Ltd meets Belaz (only free in slot 1) and Haier (only free in
    slot 2); Ermak waits for Haier, who is also only free in slot 2. Published as version 1."""
    programme = b2b.programme(event, sessions=(("day", 3),), tables=2, organiser=organiser)
    tomorrow = timezone.now() + timedelta(days=1)
    slots = list(programme.ordered_slots())
    for i, slot in enumerate(slots):
        slot.starts_at = tomorrow + timedelta(minutes=30 * i)
        slot.ends_at = slot.starts_at + timedelta(minutes=30)
        slot.save()
    late = b2b.person(programme, "Late Ltd", unavailable=(0,))
    belaz = b2b.person(programme, "Belaz", unavailable=(0, 2))
    haier = b2b.person(programme, "Haier", unavailable=(0, 1))
    ermak = b2b.person(programme, "Ermak", unavailable=(0, 1))
    with_belaz = b2b.request(late, belaz, weight=3)
    with_haier = b2b.request(late, haier, weight=3)
    waiting = b2b.request(ermak, haier, weight=1)
    first = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{first['id']}/publish", {})
    placed = {m.request_id: m.slot_id for m in Meeting.objects.filter(run_id=first["id"])}
    assert placed == {with_belaz.pk: slots[1].pk, with_haier.pk: slots[2].pk}
    return {
        "programme": programme, "slots": slots, "late": late, "belaz": belaz, "haier": haier,
        "ermak": ermak, "with_belaz": with_belaz, "with_haier": with_haier, "waiting": waiting,
        "first": first,
    }  # fmt: skip


def _reschedule_and_publish(day, organiser, organiser_api, run_now):
    onsite.mark_no_show(organiser, day["late"])
    second = run_now(organiser_api, day["programme"].pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{second['id']}/publish", {})
    placed = {m.request_id for m in Meeting.objects.filter(run_id=second["id"])}
    assert placed == {day["waiting"].pk}  # Haier's slot 2 went to Ermak
    return second


def test_meetings_nobody_took_come_back_and_the_rest_are_reported_given_away(
    day, organiser, organiser_api, run_now
):
    second = _reschedule_and_publish(day, organiser, organiser_api, run_now)
    late = day["late"]
    done = onsite.check_in(organiser, late)
    assert [m.request_id for m in done.restored] == [day["with_belaz"].pk]
    assert [(m.request_id, bool(why)) for m, why in done.given_away] == [
        (day["with_haier"].pk, True)
    ]
    now = last_published(day["programme"])
    assert now == done.version and now.number == second["version"] + 1
    rows = {m.request_id: m.slot_id for m in now.meetings.all()}
    assert rows == {day["with_belaz"].pk: day["slots"][1].pk, day["waiting"].pk: day["slots"][2].pk}
    late.refresh_from_db()
    assert not late.no_show and late.checked_in_at is not None
    # The slots the mark took away are free again; slot 0 was never available.
    assert set(late.unavailable_slots.all()) == {day["slots"][0]}


def test_only_the_sides_of_the_meetings_given_back_are_told(day, organiser, organiser_api, run_now):
    _reschedule_and_publish(day, organiser, organiser_api, run_now)
    Notification.objects.all().delete()
    onsite.check_in(organiser, day["late"])
    told = set(Notification.objects.filter(kind="agenda_published").values_list("user", flat=True))
    assert told == {day["late"].user_id, day["belaz"].user_id}


def test_the_console_tells_the_organiser_what_came_back_and_what_was_given_away(
    day, organiser, organiser_api, run_now
):
    _reschedule_and_publish(day, organiser, organiser_api, run_now)
    client = Client()
    client.force_login(organiser)
    programme, late = day["programme"], day["late"]
    page = client.post(
        reverse("b2b:console-participant-action", args=[programme.pk, late.pk, "check-in"]),
        {"next": reverse("b2b:console-day", args=[programme.pk])},
        follow=True,
    ).content.decode()
    given_back, given_away = page.split("Meetings given back")[1].split("Given away meanwhile")
    assert "with Belaz" in given_back and "Haier" not in given_back
    assert "with Haier" in given_away and "slot was given to another meeting" in given_away


def test_without_a_re_schedule_in_between_the_agenda_simply_stands(
    day, organiser, organiser_api, run_now
):
    onsite.mark_no_show(organiser, day["late"])
    Notification.objects.all().delete()
    done = onsite.check_in(organiser, day["late"])
    assert done.restored == [] and done.given_away == [] and done.version is None
    assert last_published(day["programme"]).pk == day["first"]["id"]
    assert not Notification.objects.exists()
    # The next run keeps the meetings: the slots are available again.
    again = run_now(organiser_api, day["programme"].pk, time_limit=2)
    assert again["diff_summary"] == {"added": 0, "removed": 0, "moved": 0}


def test_meetings_already_under_way_are_not_given_back(day, organiser, organiser_api, run_now):
    _reschedule_and_publish(day, organiser, organiser_api, run_now)
    during_slot_1 = day["slots"][1].starts_at + timedelta(minutes=5)
    done = onsite.check_in(organiser, day["late"], now=during_slot_1)
    assert all(m.request_id != day["with_belaz"].pk for m in done.restored)
    day["late"].refresh_from_db()
    assert day["slots"][1] in set(day["late"].unavailable_slots.all())


def test_checking_in_someone_who_was_never_marked_absent_changes_no_agenda(day, organiser):
    versions = day["programme"].runs.count()
    done = onsite.check_in(organiser, day["belaz"])
    assert done.version is None and day["programme"].runs.count() == versions
    day["belaz"].refresh_from_db()
    assert day["belaz"].checked_in_at is not None


def test_the_organiser_reads_it_in_the_consoles_language(
    day, organiser, organiser_api, run_now, compiled_translations
):
    _reschedule_and_publish(day, organiser, organiser_api, run_now)
    client = Client()
    client.force_login(organiser)
    client.cookies["django_language"] = "ru"
    programme, late = day["programme"], day["late"]
    page = client.post(
        reverse("b2b:console-participant-action", args=[programme.pk, late.pk, "check-in"]),
        {"next": reverse("b2b:console-day", args=[programme.pk])},
        follow=True,
    ).content.decode()
    assert "Встречи возвращены" in page and "слот отдан другой встрече" in page


def test_the_api_marks_a_no_show_and_reports_what_the_check_in_gave_back(
    b2b, day, organiser_api, run_now
):
    late = day["late"]
    refused = b2b.api_for(day["belaz"].user).post(f"/api/b2b/participants/{late.pk}/no-show", {})
    assert refused.status_code == 403
    marked = organiser_api.post(f"/api/b2b/participants/{late.pk}/no-show", {})
    assert marked.status_code == 200 and marked.json()["slots_taken"] == 3
    second = run_now(organiser_api, day["programme"].pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{second['id']}/publish", {})
    answer = organiser_api.post(f"/api/b2b/participants/{late.pk}/check-in", {})
    assert answer.status_code == 200, answer.json()
    body = answer.json()
    assert body["version"] == second["version"] + 1
    assert [m["request"] for m in body["restored"]] == [day["with_belaz"].pk]
    assert [g["meeting"]["request"] for g in body["given_away"]] == [day["with_haier"].pk]
    assert body["given_away"][0]["reason"] == "the slot was given to another meeting"
