"""The organiser's pages about scheduling runs: a progress bar that htmx polls until the run
has finished, the list of versions, and the links from the event's page."""

from __future__ import annotations

import pytest
from django.test import Client


@pytest.fixture
def programme(b2b, event, organiser):
    return b2b.programme(event, tables=2, organiser=organiser)


def _run(programme, **fields):
    from parkbridge.b2b.models import ScheduleRun

    number = programme.runs.count() + 1
    return ScheduleRun.objects.create(programme=programme, number=number, **fields)


def _organiser_client(organiser) -> Client:
    client = Client()
    client.force_login(organiser)
    return client


def test_a_running_run_shows_its_progress_and_asks_again_for_it(programme, organiser):
    run = _run(programme, status="running", progress=42, phase="search")
    page = _organiser_client(organiser).get(f"/b2b/runs/{run.pk}/").content.decode()
    assert '<progress max="100" value="42"' in page
    assert f'hx-get="/b2b/runs/{run.pk}/"' in page and "every 2s" in page
    assert "search" in page


def test_htmx_gets_the_bar_alone_and_a_finished_run_stops_the_polling(programme, organiser):
    run = _run(programme, status="done", progress=100, meetings_count=7, weight=15)
    response = _organiser_client(organiser).get(f"/b2b/runs/{run.pk}/", HTTP_HX_REQUEST="true")
    fragment = response.content.decode()
    assert "<html" not in fragment
    assert "hx-trigger" not in fragment
    assert f"/b2b/programmes/{programme.pk}/tables/?version={run.number}" in fragment
    assert ">7<" in fragment


def test_a_failed_run_shows_its_error(programme, organiser):
    run = _run(programme, status="failed", progress=30, error="no slots to schedule")
    page = _organiser_client(organiser).get(f"/b2b/runs/{run.pk}/").content.decode()
    assert "no slots to schedule" in page and 'role="alert"' in page
    assert "hx-trigger" not in page


def test_the_progress_page_speaks_the_interface_language(
    programme, organiser, compiled_translations
):
    run = _run(programme, status="queued")
    client = _organiser_client(organiser)
    client.cookies["django_language"] = "ru"
    page = client.get(f"/b2b/runs/{run.pk}/").content.decode()
    assert "Ожидание обработчика" in page


def test_the_versions_list_links_every_run(programme, organiser):
    first, second = _run(programme, status="done", progress=100), _run(programme)
    page = _organiser_client(organiser).get(f"/b2b/programmes/{programme.pk}/runs/")
    text = page.content.decode()
    assert f"/b2b/runs/{first.pk}/" in text and f"/b2b/runs/{second.pk}/" in text


def test_run_pages_are_for_organisers_only(programme, make_user):
    run = _run(programme)
    for client in (Client(), _organiser_client(make_user())):
        assert client.get(f"/b2b/runs/{run.pk}/").status_code == 403
        assert client.get(f"/b2b/programmes/{programme.pk}/runs/").status_code == 403


def test_an_unknown_run_or_programme_is_not_found(organiser, db):
    client = _organiser_client(organiser)
    assert client.get("/b2b/runs/999999/").status_code == 404
    assert client.get("/b2b/programmes/999999/runs/").status_code == 404


def test_the_event_page_links_the_organisers_table_plan_and_a_participants_agenda(
    b2b, programme, organiser, event
):
    participant = b2b.person(programme, name="Kama Tyres")
    as_organiser = _organiser_client(organiser).get(f"/events/{event.pk}/").content.decode()
    assert f"/b2b/programmes/{programme.pk}/tables/" in as_organiser
    assert f"/b2b/programmes/{programme.pk}/runs/" in as_organiser
    assert participant.agenda_key not in as_organiser

    as_participant = _organiser_client(participant.user).get(f"/events/{event.pk}/")
    text = as_participant.content.decode()
    assert f"/b2b/agenda/{participant.agenda_key}/" in text
    assert "/tables/" not in text

    anonymous = Client().get(f"/events/{event.pk}/").content.decode()
    assert "B2B meetings" in anonymous
    assert "/b2b/agenda/" not in anonymous and "/tables/" not in anonymous
