"""Organisers invite to their events, an organisation's admins to their organisation,
administrators to everything; nobody else."""

from __future__ import annotations

import pytest

from parkbridge.accounts.models import Invitation

FORM = {"email": "x@example.org", "language": "en", "days": 14}


def test_a_plain_member_cannot_invite_to_the_organisation(
    make_organisation, make_user, member_of, signed_in
):
    company = make_organisation()
    member = make_user()
    member_of(member, company)
    response = signed_in(member).post(f"/organisations/{company.pk}/invitations/", FORM)
    assert response.status_code == 403
    assert not Invitation.objects.exists()


def test_an_admin_of_another_organisation_cannot_invite(
    make_organisation, make_user, member_of, signed_in
):
    company, other = make_organisation(), make_organisation()
    admin = make_user()
    member_of(admin, other, "admin")
    assert (
        signed_in(admin).post(f"/organisations/{company.pk}/invitations/", FORM).status_code == 403
    )


def test_an_organiser_of_another_event_cannot_invite(make_event, make_user, signed_in):
    event, other = make_event(b2b=True), make_event(b2b=True, name_en="Other forum")
    organiser = make_user()
    other.b2b.organisers.add(organiser)
    client = signed_in(organiser)
    assert client.get(f"/events/{event.pk}/invitations/").status_code == 403
    assert client.post(f"/events/{event.pk}/invitations/", FORM).status_code == 403
    assert client.get(f"/events/{other.pk}/invitations/").status_code == 200


def test_an_event_assignee_may_invite(make_event, make_user, signed_in):
    from parkbridge.accounts.models import EventAssignment

    event = make_event()
    assignee = make_user()
    EventAssignment.objects.create(user=assignee, event=event)
    assert signed_in(assignee).get(f"/events/{event.pk}/invitations/").status_code == 200


@pytest.mark.parametrize("who", ["member", "organiser", "org admin"])
def test_only_administrators_invite_to_roles(
    who, make_user, make_organisation, member_of, make_event, signed_in
):
    user = make_user()
    if who == "org admin":
        member_of(user, make_organisation(), "admin")
    elif who == "organiser":
        make_event(b2b=True).b2b.organisers.add(user)
    client = signed_in(user)
    assert client.get("/invitations/").status_code == 403
    assert client.post("/invitations/", FORM | {"role": "reviewer"}).status_code == 403
    assert not Invitation.objects.exists()


def test_administrators_invite_to_any_organisation_and_event(
    administrator, make_organisation, make_event, signed_in
):
    client = signed_in(administrator)
    company, event = make_organisation(), make_event()
    assert client.post(f"/organisations/{company.pk}/invitations/", FORM).status_code == 302
    assert (
        client.post(
            f"/events/{event.pk}/invitations/", FORM | {"email": "y@example.org"}
        ).status_code
        == 302
    )


def test_only_who_may_invite_may_revoke(
    make_organisation, make_user, member_of, signed_in, invite_by_page
):
    company = make_organisation()
    admin, member = make_user(), make_user()
    member_of(admin, company, "admin")
    member_of(member, company)
    invite_by_page(signed_in(admin), f"/organisations/{company.pk}/invitations/", "z@example.org")
    invitation = Invitation.objects.get()
    assert signed_in(member).post(f"/invitations/{invitation.pk}/revoke/").status_code == 403
    invitation.refresh_from_db()
    assert invitation.revoked is None


def test_anonymous_visitors_are_sent_to_sign_in(make_organisation, make_event, client):
    for url in ("/invitations/", f"/events/{make_event().pk}/invitations/", "/my/"):
        response = client.get(url)
        assert response.status_code == 302 and "login" in response["Location"], url
