"""Personal agendas (HTML, PDF, iCalendar) show the published meetings; the organiser sees a
table plan per slot."""

from __future__ import annotations

import pytest
from django.test import Client
from icalendar import Calendar

from parkbridge.b2b.models import Meeting, RunStatus, ScheduleRun


@pytest.fixture
def published(b2b, event, organiser):
    programme = b2b.programme(event, tables=2, organiser=organiser)
    me = b2b.person(programme, "Harbin Machinery")
    partner = b2b.person(programme, "Kazan Tech Park", country="RU")
    host = b2b.person(programme, "Qingdao Port", country="CN", booth="C7")
    slots = list(programme.ordered_slots())
    table = programme.ordered_tables().first()
    run = ScheduleRun.objects.create(
        programme=programme, number=1, status=RunStatus.DONE, published=True, meetings_count=2
    )
    first = b2b.request(me, partner, message="About robots")
    second = b2b.request(me, host)
    Meeting.objects.create(run=run, request=first, a=me, b=partner, slot=slots[1], table=table)
    Meeting.objects.create(run=run, request=second, a=me, b=host, slot=slots[3], booth_host=host)
    return programme, me, slots


def test_the_html_agenda_lists_partners_and_places_in_time_order(published):
    _, me, _ = published
    response = Client().get(f"/b2b/agenda/{me.agenda_key}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Harbin Machinery" in html
    assert html.index("Kazan Tech Park") < html.index("Qingdao Port")
    assert "Table 1" in html and "Booth C7" in html
    assert "10:30" in html


def test_the_pdf_agenda_is_a_pdf(published):
    _, me, _ = published
    response = Client().get(f"/b2b/agenda/{me.agenda_key}/agenda.pdf")
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert response.content.startswith(b"%PDF")


def test_the_calendar_feed_parses_back_with_one_event_per_meeting(published):
    _, me, slots = published
    response = Client().get(f"/b2b/agenda/{me.agenda_key}/agenda.ics")
    assert response["Content-Type"].startswith("text/calendar")
    calendar = Calendar.from_ical(response.content)
    events = sorted(calendar.walk("VEVENT"), key=lambda e: e.decoded("dtstart"))
    assert [str(e["summary"]) for e in events] == [
        "B2B meeting with Kazan Tech Park",
        "B2B meeting with Qingdao Port",
    ]
    assert events[0].decoded("dtstart") == slots[1].starts_at
    assert events[0].decoded("dtend") == slots[1].ends_at
    assert "Table 1" in str(events[0]["location"])
    assert len({str(e["uid"]) for e in events}) == 2


def test_an_agenda_before_publication_says_so(b2b, event):
    programme = b2b.programme(event)
    person = b2b.person(programme)
    html = Client().get(f"/b2b/agenda/{person.agenda_key}/").content.decode()
    assert "No meetings scheduled for you yet" in html
    calendar = Calendar.from_ical(
        Client().get(f"/b2b/agenda/{person.agenda_key}/agenda.ics").content
    )
    assert calendar.walk("VEVENT") == []


def test_an_unknown_agenda_key_is_not_found(db):
    assert Client().get("/b2b/agenda/not-a-key/").status_code == 404


def test_the_agenda_api_gives_the_links_to_the_participant_only(b2b, published, make_user):
    _, me, _ = published
    body = b2b.api_for(me.user).get(f"/api/b2b/participants/{me.pk}/agenda").json()
    assert body["version"] == 1
    assert [i["partner_name"] for i in body["items"]] == ["Kazan Tech Park", "Qingdao Port"]
    assert body["pdf"].endswith("agenda.pdf")
    stranger = b2b.api_for(make_user()).get(f"/api/b2b/participants/{me.pk}/agenda")
    assert stranger.status_code == 403


def test_the_organiser_sees_the_table_plan_of_a_slot(published, organiser):
    programme, _, slots = published
    client = Client()
    client.force_login(organiser)
    response = client.get(f"/b2b/programmes/{programme.pk}/tables/{slots[1].pk}/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Harbin Machinery — Kazan Tech Park" in html
    assert "Table 2" in html and "free" in html
    whole = client.get(f"/b2b/programmes/{programme.pk}/tables/").content.decode()
    assert "Booth C7" in whole


def test_the_table_plan_is_for_organisers_only(published, make_user):
    programme, *_ = published
    client = Client()
    client.force_login(make_user())
    assert client.get(f"/b2b/programmes/{programme.pk}/tables/").status_code == 403
    assert Client().get(f"/b2b/programmes/{programme.pk}/tables/").status_code == 403


def _in(language: str) -> Client:
    client = Client()
    client.cookies["django_language"] = language
    return client


def test_the_agenda_speaks_the_participants_language(published, compiled_translations):
    _, me, _ = published
    html = _in("ru").get(f"/b2b/agenda/{me.agenda_key}/").content.decode()
    assert "Программа B2B-встреч: Harbin Machinery" in html
    assert "Встреча с" in html and "Добавить в календарь" in html
    assert 'lang="ru"' in html
    pdf = _in("zh-hans").get(f"/b2b/agenda/{me.agenda_key}/agenda.pdf")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")


def test_the_table_plan_speaks_the_organisers_language(published, organiser, compiled_translations):
    programme, _, _ = published
    client = _in("zh-hans")
    client.force_login(organiser)
    html = client.get(f"/b2b/programmes/{programme.pk}/tables/").content.decode()
    assert "桌位安排" in html and "（已发布）" in html and "2 场会谈" in html


def test_the_agenda_names_the_partners_country_in_the_readers_language(
    published, compiled_translations
):
    _, me, _ = published
    html = _in("ru").get(f"/b2b/agenda/{me.agenda_key}/").content.decode()
    assert "<td>Китай</td>" in html and "<td>CN</td>" not in html
