"""Who may do what in B2B (issue 13, finding 2): organisers of the event, the participant, the
members of the participant's organisation; administrators act for anyone. Every refusal of the
reviewer's reproduction is checked here, through the API."""

from __future__ import annotations

import pytest

from parkbridge.accounts.models import ChangeRecord, EventAssignment
from parkbridge.b2b.models import B2BProgramme, MeetingRequest
from parkbridge.marketplace.models import OrganisationMember


def with_role(user, role: str):
    from django.contrib.auth.models import Group

    user.groups.add(Group.objects.get_or_create(name=role)[0])
    return user


@pytest.fixture
def reviewer(make_user):
    return with_role(make_user(), "reviewer")


def test_a_reviewer_cannot_make_themself_organiser_of_someone_elses_event(b2b, event, reviewer):
    response = b2b.api_for(reviewer).post("/api/b2b/programmes", {"event": event.pk})
    assert response.status_code == 403
    assert not B2BProgramme.objects.filter(event=event).exists()


def test_a_user_without_a_role_cannot_create_a_programme_either(b2b, event, make_user, settings):
    settings.PARKBRIDGE_ROLELESS_WRITERS = False
    response = b2b.api_for(make_user()).post("/api/b2b/programmes", {"event": event.pk})
    assert response.status_code == 403


@pytest.mark.parametrize("who", ["administrator", "analyst", "assignee", "organising member"])
def test_administrators_analysts_and_the_events_organisers_create_programmes(
    b2b, event, make_user, make_organisation, who
):
    user = make_user()
    if who in ("administrator", "analyst"):
        with_role(user, who)
    elif who == "assignee":
        EventAssignment.objects.create(user=user, event=event)
    else:
        organiser_org = make_organisation()
        event.organisers.add(organiser_org)
        OrganisationMember.objects.create(user=user, organisation=organiser_org)
        with_role(user, "event organiser")
    response = b2b.api_for(user).post("/api/b2b/programmes", {"event": event.pk})
    assert response.status_code == 201, response.json()
    assert response.json()["organisers"] == [user.pk]


def test_a_confidential_event_is_answered_as_missing(b2b, event, make_user):
    event.confidential = True
    event.save()
    user = with_role(make_user(), "analyst")
    response = b2b.api_for(user).post("/api/b2b/programmes", {"event": event.pk})
    assert response.status_code == 422


def test_registering_for_an_organisation_needs_its_membership(
    b2b, event, reviewer, make_organisation
):
    programme = b2b.programme(event)
    foreign = make_organisation(name_en="Not Mine Ltd")
    url = f"/api/b2b/programmes/{programme.pk}/participants"
    client = b2b.api_for(reviewer)
    assert client.post(url, {"organisation": foreign.pk}).status_code == 403
    secret = make_organisation(name_en="Secret Works", confidential=True)
    refused = client.post(url, {"organisation": secret.pk})
    assert refused.status_code == 422
    assert "Secret Works" not in refused.content.decode()
    OrganisationMember.objects.create(user=reviewer, organisation=foreign)
    assert client.post(url, {"organisation": foreign.pk}).status_code == 201


def test_one_user_cannot_create_and_accept_a_request_for_two_strangers(b2b, event, reviewer):
    programme = b2b.programme(event)
    a, b = b2b.person(programme), b2b.person(programme)
    client = b2b.api_for(reviewer)
    url = f"/api/b2b/programmes/{programme.pk}/requests"
    assert client.post(url, {"requester": a.pk, "recipient": b.pk}).status_code == 403
    request = b2b.request(a, b, status="requested")
    assert client.post(f"/api/b2b/requests/{request.pk}/accept", {}).status_code == 403
    request.refresh_from_db()
    assert request.status == "requested"


def test_a_member_of_the_recipients_organisation_answers_for_it(b2b, event, make_user):
    programme = b2b.programme(event)
    a = b2b.person(programme)
    b = b2b.person(programme, organisation=True, with_user=False)
    colleague = make_user()
    OrganisationMember.objects.create(user=colleague, organisation=b.organisation)
    request = b2b.request(a, b, status="requested")
    response = b2b.api_for(colleague).post(f"/api/b2b/requests/{request.pk}/accept", {})
    assert response.status_code == 200, response.json()


def test_an_administrator_accepts_on_a_participants_behalf(b2b, event, make_user):
    programme = b2b.programme(event)
    a, b = b2b.person(programme), b2b.person(programme)
    request = b2b.request(a, b, status="requested")
    admin = make_user(is_staff=True)
    response = b2b.api_for(admin).post(f"/api/b2b/requests/{request.pk}/accept", {})
    assert response.status_code == 200
    assert response.json()["status"] == "accepted"


def test_the_history_names_the_acting_user_and_the_api(b2b, event, make_user):
    programme = b2b.programme(event)
    a, b = b2b.person(programme), b2b.person(programme)
    client = b2b.api_for(a.user)
    created = client.post(
        f"/api/b2b/programmes/{programme.pk}/requests", {"requester": a.pk, "recipient": b.pk}
    ).json()
    b2b.api_for(b.user).post(f"/api/b2b/requests/{created['id']}/accept", {})
    records = ChangeRecord.objects.filter(
        content_type__model="meetingrequest", object_id=str(created["id"])
    ).order_by("pk")
    assert [(r.action, r.user_id, r.via) for r in records] == [
        ("create", a.user.pk, "api"),
        ("update", b.user.pk, "api"),
    ]


def test_a_stranger_cannot_record_an_outcome_or_make_an_agreement(
    b2b, event, reviewer, organiser, make_user
):
    programme = b2b.programme(event, organiser=organiser)
    a = b2b.person(programme, organisation=True)
    b = b2b.person(programme, organisation=True)
    request = b2b.request(a, b)
    url = f"/api/b2b/requests/{request.pk}/outcome"
    agreement = {"status": "agreement_reached", "agreement": {"title": "Deal"}}
    assert b2b.api_for(reviewer).post(url, agreement).status_code == 403
    assert b2b.api_for(reviewer).post(url, {"status": "negotiation"}).status_code == 403
    # An organiser notes what was heard, but only a party signs for itself.
    assert b2b.api_for(organiser).post(url, agreement).status_code == 403
    assert b2b.api_for(organiser).post(url, {"status": "negotiation"}).status_code == 200
    made = b2b.api_for(a.user).post(url, agreement)
    assert made.status_code == 200, made.json()
    assert made.json()["agreement"] is not None
    assert MeetingRequest.objects.get(pk=request.pk).outcome.status == "agreement_reached"


def test_organisers_of_the_event_organise_its_programme(b2b, event, make_user):
    programme = b2b.programme(event)
    assignee = make_user()
    EventAssignment.objects.create(user=assignee, event=event)
    client = b2b.api_for(assignee)
    response = client.post(f"/api/b2b/programmes/{programme.pk}/tables", {"count": 1})
    assert response.status_code == 201
    stranger = b2b.api_for(make_user())
    assert (
        stranger.post(f"/api/b2b/programmes/{programme.pk}/tables", {"count": 1}).status_code == 403
    )


def test_a_plain_member_of_the_organising_organisation_is_not_an_organiser(
    b2b, event, make_user, make_organisation
):
    organiser_org = make_organisation()
    event.organisers.add(organiser_org)
    member = make_user()
    OrganisationMember.objects.create(user=member, organisation=organiser_org)
    response = b2b.api_for(member).post("/api/b2b/programmes", {"event": event.pk})
    assert response.status_code == 403


def test_a_decline_over_the_api_carries_its_reason(b2b, event):
    programme = b2b.programme(event)
    a, b = b2b.person(programme), b2b.person(programme)
    request = b2b.request(a, b, status="requested")
    client = b2b.api_for(b.user)
    too_long = client.post(f"/api/b2b/requests/{request.pk}/decline?reason={'x' * 1001}", {})
    assert too_long.status_code == 422
    response = client.post(f"/api/b2b/requests/{request.pk}/decline?reason=Fully+booked", {})
    assert response.status_code == 200
    assert response.json()["answer"] == "Fully booked"
