"""The organiser's participant import takes a "preferred" column: session labels and slot start
times (ISO 8601, with an offset or in the event's zone; XLSX date cells too). A bad value is
refused with its line and column named, and then nobody is imported."""

from __future__ import annotations

import io
from datetime import datetime

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

from parkbridge.b2b.participant_import import ImportRefused, import_participants
from parkbridge.b2b.preferences import ProgrammeTimes


@pytest.fixture
def programme(b2b, event, organiser):
    # Slots start 10:00, 10:30, 11:00 UTC (day1-am) and 14:00, 14:30, 15:00 UTC (day1-pm).
    event.time_zone = "Asia/Shanghai"  # +08:00: 18:00, 18:30, 19:00, 22:00, 22:30, 23:00
    event.save()
    return b2b.programme(event, organiser=organiser)


def _csv(text: str) -> SimpleUploadedFile:
    return SimpleUploadedFile("people.csv", text.encode(), content_type="text/csv")


def test_sessions_and_start_times_become_preferred_slots(programme, organiser):
    slots = list(programme.ordered_slots())
    text = (
        "name,country,preferred\n"
        "Harbin Parts,CN,day1-PM\n"
        'Minsk Wheel,BY,"2024-08-18T18:30;2024-08-18T14:00:00Z"\n'
        "Kama Tyres,RU,\n"
    )
    assert import_participants(programme, organiser, _csv(text), "people.csv") == 3
    people = {p.display_name: p for p in programme.participants.all()}
    assert set(people["Harbin Parts"].preferred_slots.all()) == set(slots[3:])
    assert set(people["Minsk Wheel"].preferred_slots.all()) == {slots[1], slots[3]}
    assert not people["Kama Tyres"].preferred_slots.exists()


def test_a_bad_preferred_value_names_its_line_and_column_and_nothing_is_imported(
    programme, organiser
):
    text = (
        "name,country,preferred\n"
        "Harbin Parts,CN,day1-am\n"
        "Minsk Wheel,BY,2024-08-18T09:00+08:00\n"
        "Kama Tyres,RU,after lunch\n"
    )
    with pytest.raises(ImportRefused) as refused:
        import_participants(programme, organiser, _csv(text), "people.csv")
    assert refused.value.errors[0].startswith(
        "line 3: preferred: no slot of this programme starts at 2024-08-18T09:00+08:00"
    )
    assert refused.value.errors[1] == (
        "line 4: preferred: 'after lunch' is neither a session (day1-am, day1-pm) nor an "
        "ISO 8601 slot start time (e.g. 2026-05-20T10:00)"
    )
    assert len(refused.value.errors) == 2
    assert not programme.participants.exists()


def test_an_xlsx_date_cell_is_read_as_the_events_clock(client, programme, organiser):
    from openpyxl import Workbook

    workbook = Workbook()
    sheet = workbook.active
    sheet.append(["name", "country", "preferred"])
    sheet.append(["Harbin Parts", "CN", datetime(2024, 8, 18, 22, 30)])
    data = io.BytesIO()
    workbook.save(data)
    client.force_login(organiser)
    response = client.post(
        reverse("b2b:console-participants", args=[programme.pk]),
        {"file": SimpleUploadedFile("people.xlsx", data.getvalue())},
    )
    assert response.status_code == 302
    person = programme.participants.get()
    assert list(person.preferred_slots.all()) == [list(programme.ordered_slots())[4]]


def test_the_console_page_explains_the_column_and_shows_the_refusal(client, programme, organiser):
    client.force_login(organiser)
    url = reverse("b2b:console-participants", args=[programme.pk])
    assert '"preferred" column' in client.get(url).content.decode()
    page = client.post(url, {"file": _csv("name,preferred\nHarbin Parts,evening\n")})
    assert "line 2: preferred:" in page.content.decode()
    assert not programme.participants.exists()


_ISO_LIKE = st.from_regex(
    r"\A[0-9]{1,5}-[0-9]{1,2}-[0-9]{1,2}([T ][0-9]{1,2}:[0-9]{2}(:[0-9]{2})?)?"
    r"(Z|[+-][0-9]{2}:?[0-9]{2})?\Z"
)


@settings(max_examples=200, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(value=st.one_of(st.text(max_size=60), _ISO_LIKE, st.datetimes().map(str)))
@example(value="0001-01-01T00:00+01:00")
@example(value="9999-12-31T23:59-05:00")
def test_any_preferred_value_is_a_slot_list_or_a_plain_refusal(programme, value):
    times = ProgrammeTimes(programme)
    try:
        slots = times.item(value)
    except ValueError as error:
        assert str(error)
    else:
        assert slots and all(s in times.slots for s in slots)
