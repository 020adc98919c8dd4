"""Requests are sent for one's own participant, answered only by the recipient, cancelled by
the requester."""

from __future__ import annotations

import pytest


@pytest.fixture
def pair(b2b, event, organiser):
    programme = b2b.programme(event, organiser=organiser)
    return programme, b2b.person(programme, "Asker"), b2b.person(programme, "Answerer")


def _send(b2b, programme, requester, recipient, **extra):
    return b2b.api_for(requester.user).post(
        f"/api/b2b/programmes/{programme.pk}/requests",
        {"requester": requester.pk, "recipient": recipient.pk} | extra,
    )


def test_a_participant_sends_a_request_that_expires_after_the_programmes_delay(b2b, pair):
    programme, asker, answerer = pair
    response = _send(b2b, programme, asker, answerer, weight=3, message="Let us talk")
    assert response.status_code == 201
    body = response.json()
    assert (body["status"], body["weight"], body["message"]) == ("requested", 3, "Let us talk")
    assert body["expires_at"] is not None


def test_only_the_recipient_can_accept(b2b, pair, organiser):
    programme, asker, answerer = pair
    request_id = _send(b2b, programme, asker, answerer).json()["id"]
    for user in (asker.user, organiser):
        response = b2b.api_for(user).post(f"/api/b2b/requests/{request_id}/accept", {})
        assert response.status_code == 403
        assert "only the recipient" in response.json()["detail"]
    response = b2b.api_for(answerer.user).post(f"/api/b2b/requests/{request_id}/accept", {})
    assert response.status_code == 200
    assert response.json()["status"] == "accepted"
    assert response.json()["answered_at"] is not None


def test_the_recipient_can_decline(b2b, pair):
    programme, asker, answerer = pair
    request_id = _send(b2b, programme, asker, answerer).json()["id"]
    response = b2b.api_for(answerer.user).post(f"/api/b2b/requests/{request_id}/decline", {})
    assert response.json()["status"] == "declined"


def test_the_requester_cancels_but_the_recipient_declines_instead(b2b, pair):
    programme, asker, answerer = pair
    request_id = _send(b2b, programme, asker, answerer).json()["id"]
    response = b2b.api_for(answerer.user).post(f"/api/b2b/requests/{request_id}/cancel", {})
    assert response.status_code == 403
    response = b2b.api_for(asker.user).post(f"/api/b2b/requests/{request_id}/cancel", {})
    assert response.json()["status"] == "cancelled"


def test_either_party_can_call_off_an_accepted_meeting(b2b, pair):
    programme, asker, answerer = pair
    request = b2b.request(asker, answerer, status="accepted")
    response = b2b.api_for(answerer.user).post(f"/api/b2b/requests/{request.pk}/cancel", {})
    assert response.json()["status"] == "cancelled"


def test_nobody_sends_requests_for_someone_else(b2b, pair, make_user):
    programme, asker, answerer = pair
    intruder = b2b.api_for(make_user())
    response = intruder.post(
        f"/api/b2b/programmes/{programme.pk}/requests",
        {"requester": asker.pk, "recipient": answerer.pk},
    )
    assert response.status_code == 403


def test_an_organiser_may_enter_requests_for_participants(b2b, pair, organiser):
    programme, asker, answerer = pair
    response = b2b.api_for(organiser).post(
        f"/api/b2b/programmes/{programme.pk}/requests",
        {"requester": asker.pk, "recipient": answerer.pk},
    )
    assert response.status_code == 201


def test_a_second_open_request_for_the_same_pair_is_refused(b2b, pair):
    programme, asker, answerer = pair
    _send(b2b, programme, asker, answerer)
    response = _send(b2b, programme, answerer, asker)
    assert response.status_code == 409
    assert "exists already" in response.json()["detail"]


def test_people_see_their_own_requests_and_organisers_see_all(b2b, pair, organiser):
    programme, asker, answerer = pair
    other = b2b.person(programme)
    b2b.request(asker, answerer, status="requested")
    b2b.request(other, answerer, status="requested")
    url = f"/api/b2b/programmes/{programme.pk}/requests"
    assert len(b2b.api_for(asker.user).get(url).json()) == 1
    assert len(b2b.api_for(answerer.user).get(url).json()) == 2
    assert len(b2b.api_for(organiser).get(url, {"status": "requested"}).json()) == 2
