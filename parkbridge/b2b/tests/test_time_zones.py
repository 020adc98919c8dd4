"""Slots are entered and shown in the event's time zone, named; the API speaks ISO 8601 with
offsets; calendar files carry the zone (TZID and VTIMEZONE)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from django.core.exceptions import ValidationError

from parkbridge.core.validators import validate_time_zone


def test_a_slot_entered_as_ten_oclock_in_minsk_shows_ten_oclock_with_the_zone(
    b2b, event, organiser, organiser_api
):
    programme = b2b.programme(event, sessions=(), tables=0, organiser=organiser)
    base = f"/api/b2b/programmes/{programme.pk}"
    assert organiser_api.patch(base, {"time_zone": "Europe/Minsk"}).status_code == 200
    created = organiser_api.post(
        f"{base}/sessions",
        {
            "label": "am",
            "slots": [{"starts_at": "2026-05-20T10:00", "ends_at": "2026-05-20T10:30"}],
        },
    )
    assert created.status_code == 201, created.json()
    slot = created.json()["slots"][0]
    assert slot["starts_at"] == "2026-05-20T10:00:00+03:00"
    assert slot["time_zone"] == "Europe/Minsk"
    stored = programme.ordered_slots().get()
    assert stored.starts_at == datetime(2026, 5, 20, 7, 0, tzinfo=UTC)
    assert str(stored).endswith("2026-05-20 10:00 Europe/Minsk")
    assert organiser_api.get(base).json()["time_zone"] == "Europe/Minsk"


def test_an_offset_given_by_the_client_is_respected(b2b, event, organiser, organiser_api):
    programme = b2b.programme(event, sessions=(), tables=0, organiser=organiser)
    base = f"/api/b2b/programmes/{programme.pk}"
    organiser_api.patch(base, {"time_zone": "Asia/Shanghai"})
    slots = [{"starts_at": "2026-05-20T10:00:00Z", "ends_at": "2026-05-20T10:30:00Z"}]
    slot = organiser_api.post(f"{base}/sessions", {"label": "am", "slots": slots}).json()["slots"][
        0
    ]
    assert slot["starts_at"] == "2026-05-20T18:00:00+08:00"


@pytest.mark.parametrize("name", ["Mars/Olympus", "", "../etc/passwd", "UTC+3", "x" * 70])
def test_an_unknown_time_zone_is_refused_with_a_clear_error(
    b2b, event, organiser, organiser_api, name
):
    programme = b2b.programme(event, organiser=organiser)
    response = organiser_api.patch(f"/api/b2b/programmes/{programme.pk}", {"time_zone": name})
    assert response.status_code == 422
    event.refresh_from_db()
    assert event.time_zone == "UTC"
    with pytest.raises(ValidationError):
        validate_time_zone(name)


def test_the_calendar_file_names_the_zone_and_carries_its_definition(
    b2b, event, organiser, organiser_api, run_now, client
):
    event.time_zone = "Europe/Minsk"
    event.save()
    programme = b2b.programme(event, organiser=organiser)
    a, b = b2b.person(programme), b2b.person(programme)
    b2b.request(a, b)
    run = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{run['id']}/publish", {})
    text = client.get(f"/b2b/agenda/{a.agenda_key}/agenda.ics").content.decode()
    assert "BEGIN:VTIMEZONE" in text and "TZID:Europe/Minsk" in text
    assert "DTSTART;TZID=Europe/Minsk:20240818T13" in text  # 10:00 UTC is 13:00 in Minsk
    agenda = organiser_api.get(f"/api/b2b/participants/{a.pk}/agenda").json()
    assert agenda["time_zone"] == "Europe/Minsk"
    assert agenda["items"][0]["starts_at"].endswith("+03:00")
