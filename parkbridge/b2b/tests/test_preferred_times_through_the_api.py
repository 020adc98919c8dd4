"""Preferred times over the participant API: slots by id or by start time (ISO 8601 with an
offset, or read in the event's zone), whole sessions by id or label; an unknown slot, a slot
of another event or a time no slot starts at is a clear 422 and changes nothing."""

from __future__ import annotations

import pytest


@pytest.fixture
def programme(b2b, event, organiser):
    # Slots start 10:00, 10:30, 11:00 UTC (day1-am) and 14:00, 14:30, 15:00 UTC (day1-pm):
    # 13:00… and 17:00… in Moscow.
    event.time_zone = "Europe/Moscow"
    event.save()
    return b2b.programme(event, organiser=organiser)


def _slots(programme):
    return list(programme.ordered_slots())


def test_an_organiser_registers_someone_with_preferred_times_and_a_preferred_session(
    programme, organiser_api
):
    slots = _slots(programme)
    pm = programme.sessions.get(label="day1-pm")
    response = organiser_api.post(
        f"/api/b2b/programmes/{programme.pk}/participants",
        {"display_name": "Kama Tyres", "preferred_slots": ["2024-08-18T13:30:00+03:00"],
         "preferred_sessions": ["day1-pm"]},
    )  # fmt: skip
    assert response.status_code == 201, response.json()
    body = organiser_api.get(f"/api/b2b/participants/{response.json()['id']}").json()
    assert [s["id"] for s in body["preferred_slots"]] == [slots[1].pk] + [s.pk for s in slots[3:]]
    assert body["preferred_slots"][0]["starts_at"] == "2024-08-18T13:30:00+03:00"
    assert body["preferred_sessions"] == [pm.pk]


def test_a_participant_changes_its_own_preferences_by_id_and_by_local_time(
    b2b, programme, organiser_api
):
    me = b2b.person(programme)
    slots = _slots(programme)
    api = b2b.api_for(me.user)
    url = f"/api/b2b/participants/{me.pk}"
    # No offset: the clock at the event (14:00 in Moscow is 11:00 UTC, the third slot).
    response = api.patch(url, {"preferred_slots": [slots[0].pk, "2024-08-18T14:00"]})
    assert response.status_code == 200, response.json()
    assert set(me.preferred_slots.all()) == {slots[0], slots[2]}
    assert response.json()["preferred_sessions"] == []
    # A session by id replaces them; other fields leave them alone.
    am = programme.sessions.get(label="day1-am")
    api.patch(url, {"preferred_sessions": [am.pk]})
    assert set(me.preferred_slots.all()) == set(slots[:3])
    api.patch(url, {"offer": "tyres"})
    assert set(me.preferred_slots.all()) == set(slots[:3])
    api.patch(url, {"preferred_slots": []})
    assert not me.preferred_slots.exists()


@pytest.mark.parametrize(
    ("body", "field", "words"),
    [
        ({"preferred_slots": [999999]}, "preferred_slots", "999999 is not a slot of this programme"),
        ({"preferred_slots": ["2024-08-18T12:00:00+03:00"]}, "preferred_slots",
         "no slot of this programme starts at 2024-08-18T12:00+03:00"),
        ({"preferred_slots": ["next tuesday"]}, "preferred_slots", "not an ISO 8601 time"),
        ({"preferred_sessions": ["evening"]}, "preferred_sessions", "no session labelled 'evening'"),
        ({"preferred_sessions": [999999]}, "preferred_sessions", "not a session of this programme"),
    ],
)  # fmt: skip
def test_an_unknown_preferred_time_is_a_clear_422_and_changes_nothing(
    b2b, programme, organiser_api, body, field, words
):
    me = b2b.person(programme)
    kept = _slots(programme)[0]
    me.preferred_slots.set([kept])
    response = organiser_api.patch(f"/api/b2b/participants/{me.pk}", body | {"offer": "changed"})
    assert response.status_code == 422
    detail = response.json()["detail"]
    assert list(detail) == [field] and words in detail[field][0]
    me.refresh_from_db()
    assert me.offer == "" and list(me.preferred_slots.all()) == [kept]


def test_a_slot_of_another_event_is_refused(b2b, programme, organiser_api, organiser):
    from parkbridge.events.models import Event

    other_event = Event.objects.create(name_en="Other Forum", start=programme.event.start)
    other = b2b.programme(other_event, organiser=organiser)
    foreign = _slots(other)[0]
    response = organiser_api.post(
        f"/api/b2b/programmes/{programme.pk}/participants",
        {"display_name": "Belaz", "preferred_slots": [foreign.pk]},
    )
    assert response.status_code == 422
    assert response.json()["detail"] == {
        "preferred_slots": [f"slot {foreign.pk} is not a slot of this programme"]
    }
    assert not programme.participants.filter(display_name="Belaz").exists()


def test_a_session_preferred_over_the_api_decides_where_the_scheduler_puts_the_meeting(
    b2b, programme, organiser_api, run_now
):
    a, b = b2b.person(programme), b2b.person(programme)
    b2b.request(a, b)
    for person in (a, b):
        answer = b2b.api_for(person.user).patch(
            f"/api/b2b/participants/{person.pk}", {"preferred_sessions": ["day1-pm"]}
        )
        assert answer.status_code == 200
    run = run_now(organiser_api, programme.pk, time_limit=5)
    meetings = organiser_api.get(f"/api/b2b/runs/{run['id']}/meetings").json()
    pm = {s.pk for s in programme.sessions.get(label="day1-pm").slots.all()}
    assert [m["slot"] in pm for m in meetings] == [True]
    assert (run["preferences_met"], run["preferences_total"]) == (2, 2)
