"""A meeting's outcome is recorded; "agreement reached" can create the agreement."""

from __future__ import annotations

import pytest

from parkbridge.agreements.models import Agreement


@pytest.fixture
def meeting(b2b, event):
    programme = b2b.programme(event)
    a = b2b.person(programme, country="CN", organisation=True)
    b = b2b.person(programme, country="RU", organisation=True)
    return b2b.request(a, b)


def _post(b2b, user, request, body):
    return b2b.api_for(user).post(f"/api/b2b/requests/{request.pk}/outcome", body)


def test_a_party_records_that_negotiation_started(b2b, meeting):
    response = _post(b2b, meeting.requester.user, meeting, {"status": "negotiation", "note": "NDA"})
    assert response.status_code == 200
    assert (response.json()["status"], response.json()["agreement"]) == ("negotiation", None)
    again = b2b.api_for(meeting.recipient.user).get(f"/api/b2b/requests/{meeting.pk}/outcome")
    assert again.json()["note"] == "NDA"


def test_agreement_reached_creates_an_agreement_linked_to_the_event_and_both_parties(
    b2b, meeting, event
):
    response = _post(
        b2b,
        meeting.recipient.user,
        meeting,
        {"status": "agreement_reached", "agreement": {"kind": "supply", "status": "signed"}},
    )
    assert response.status_code == 200
    agreement = Agreement.objects.get(pk=response.json()["agreement"])
    assert agreement.event == event
    assert agreement.status == "signed" and agreement.kind == "supply"
    assert agreement.signed_on == event.start
    assert set(agreement.parties.all()) == {
        meeting.requester.organisation,
        meeting.recipient.organisation,
    }
    assert agreement.countries == ["CN", "RU"]


def test_a_planned_agreement_has_no_signing_date(b2b, meeting):
    response = _post(
        b2b, meeting.requester.user, meeting,
        {"status": "agreement_reached", "agreement": {"status": "planned", "title": "JV plan"}},
    )  # fmt: skip
    agreement = Agreement.objects.get(pk=response.json()["agreement"])
    assert (agreement.title, agreement.status, agreement.signed_on) == ("JV plan", "planned", None)


def test_an_outcome_with_an_agreement_is_final(b2b, meeting):
    body = {"status": "agreement_reached", "agreement": {}}
    assert _post(b2b, meeting.requester.user, meeting, body).status_code == 200
    response = _post(b2b, meeting.requester.user, meeting, {"status": "no_contact"})
    assert response.status_code == 409
    assert _post(b2b, meeting.requester.user, meeting, body).status_code == 409
    assert Agreement.objects.count() == 1


def test_an_agreement_needs_both_parties_organisations(b2b, event):
    programme = b2b.programme(event)
    request = b2b.request(b2b.person(programme), b2b.person(programme))
    response = _post(
        b2b, request.requester.user, request, {"status": "agreement_reached", "agreement": {}}
    )
    assert response.status_code == 422
    assert "organisation" in response.json()["detail"]
    assert not Agreement.objects.exists()


def test_only_the_parties_record_an_outcome(b2b, meeting, make_user):
    response = _post(b2b, make_user(), meeting, {"status": "negotiation"})
    assert response.status_code == 403


def test_a_request_that_was_never_accepted_has_no_outcome(b2b, event):
    programme = b2b.programme(event)
    request = b2b.request(b2b.person(programme), b2b.person(programme), status="declined")
    response = _post(b2b, request.requester.user, request, {"status": "negotiation"})
    assert response.status_code == 409


def test_an_unknown_outcome_status_is_refused(b2b, meeting):
    response = _post(b2b, meeting.requester.user, meeting, {"status": "married"})
    assert response.status_code == 422
