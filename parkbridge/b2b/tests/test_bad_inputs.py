"""Bad input gets a 4xx answer with a message that says what is wrong."""

from __future__ import annotations

import pytest


@pytest.fixture
def setup(b2b, event, organiser):
    programme = b2b.programme(event, organiser=organiser)
    return programme, b2b.person(programme), b2b.person(programme)


def test_accepting_a_declined_request_is_a_conflict(b2b, setup):
    _, asker, answerer = setup
    declined = b2b.request(asker, answerer, status="declined")
    response = b2b.api_for(answerer.user).post(f"/api/b2b/requests/{declined.pk}/accept", {})
    assert response.status_code == 409
    assert response.json()["detail"] == "this request cannot be accepted: it is declined"


def test_a_meeting_request_with_oneself_is_refused(b2b, setup):
    programme, asker, _ = setup
    response = b2b.api_for(asker.user).post(
        f"/api/b2b/programmes/{programme.pk}/requests",
        {"requester": asker.pk, "recipient": asker.pk},
    )
    assert response.status_code == 422
    assert "themself" in response.json()["detail"]


def test_availability_naming_a_slot_outside_the_programme_is_refused(b2b, setup):
    _, asker, _ = setup
    response = b2b.api_for(asker.user).patch(
        f"/api/b2b/participants/{asker.pk}", {"unavailable_slots": [999999]}
    )
    assert response.status_code == 422
    assert "999999" in str(response.json()["detail"])
    assert "not a slot of this programme" in str(response.json()["detail"])


def test_a_recipient_from_another_programme_is_refused(b2b, setup, make_user):
    from parkbridge.events.models import Event

    programme, asker, _ = setup
    elsewhere = b2b.person(b2b.programme(Event.objects.create(name_en="Other")))
    response = b2b.api_for(asker.user).post(
        f"/api/b2b/programmes/{programme.pk}/requests",
        {"requester": asker.pk, "recipient": elsewhere.pk},
    )
    assert response.status_code == 422
    assert "recipient" in response.json()["detail"]


@pytest.mark.parametrize(
    "body",
    [
        {"weight": 4},
        {"weight": 0},
        {"unknown_field": 1},
        {"expires_at": "not a date"},
        {"message": "x" * 2001},
    ],
)
def test_malformed_request_bodies_are_refused(b2b, setup, body):
    programme, asker, answerer = setup
    response = b2b.api_for(asker.user).post(
        f"/api/b2b/programmes/{programme.pk}/requests",
        {"requester": asker.pk, "recipient": answerer.pk} | body,
    )
    assert response.status_code == 422


def test_a_deadline_in_the_past_is_refused(b2b, setup):
    programme, asker, answerer = setup
    response = b2b.api_for(asker.user).post(
        f"/api/b2b/programmes/{programme.pk}/requests",
        {"requester": asker.pk, "recipient": answerer.pk, "expires_at": "2000-01-01T00:00:00Z"},
    )
    assert response.status_code == 422
    assert "future" in response.json()["detail"]


def test_a_slot_ending_before_it_starts_is_refused(organiser_api, setup):
    programme, *_ = setup
    response = organiser_api.post(
        f"/api/b2b/programmes/{programme.pk}/sessions",
        {
            "label": "day2",
            "slots": [{"starts_at": "2024-08-19T10:00Z", "ends_at": "2024-08-19T09:30Z"}],
        },
    )
    assert response.status_code == 422
    assert "ends_at must be after starts_at" in str(response.json()["detail"])


def test_an_invalid_country_code_is_refused(b2b, setup):
    _, asker, _ = setup
    response = b2b.api_for(asker.user).patch(f"/api/b2b/participants/{asker.pk}", {"country": "XX"})
    assert response.status_code == 422
    assert "country" in response.json()["detail"]


def test_a_participant_cannot_raise_their_own_meeting_cap(b2b, setup):
    _, asker, _ = setup
    response = b2b.api_for(asker.user).patch(
        f"/api/b2b/participants/{asker.pk}", {"max_meetings": 50}
    )
    assert response.status_code == 403


def test_an_absurd_time_limit_is_refused(organiser_api, setup):
    programme, *_ = setup
    response = organiser_api.post(f"/api/b2b/programmes/{programme.pk}/runs", {"time_limit": 1e9})
    assert response.status_code == 422


def test_an_unknown_request_is_not_found(b2b, setup):
    _, asker, _ = setup
    response = b2b.api_for(asker.user).post("/api/b2b/requests/987654/accept", {})
    assert response.status_code == 404
