"""A signed-in user asks to join an organisation; its admins (or administrators) approve or
refuse, and the requester is told."""

from __future__ import annotations

import pytest

from parkbridge.accounts.models import MembershipRequest, Notification
from parkbridge.marketplace.models import OrganisationMember, speaks_for


@pytest.fixture
def company_with_admin(make_organisation, make_user, member_of):
    company = make_organisation(name_en="Great Wall Motors")
    admin = make_user(username="chief")
    member_of(admin, company, "admin")
    return company, admin


def test_an_admin_approves_a_request_and_the_requester_then_speaks_for_the_organisation(
    company_with_admin, make_user, signed_in
):
    company, admin = company_with_admin
    asker = make_user(username="asker")
    response = signed_in(asker).post(
        f"/organisations/{company.pk}/join/", {"message": "I run our Minsk office."}
    )
    assert response.status_code == 302
    request = MembershipRequest.objects.get(user=asker)
    assert request.status == "pending" and not speaks_for(asker, company.pk)
    members_page = signed_in(admin).get(f"/organisations/{company.pk}/members/").content.decode()
    assert "I run our Minsk office." in members_page
    assert Notification.objects.filter(user=admin).exists()
    signed_in(admin).post(f"/membership-requests/{request.pk}/approve/")
    request.refresh_from_db()
    assert request.status == "approved" and request.decided_by == admin
    assert OrganisationMember.objects.get(user=asker, organisation=company).role == "member"
    assert speaks_for(asker, company.pk)
    assert Notification.objects.filter(user=asker, message__contains="member").exists()


def test_a_refusal_keeps_the_requester_out_and_tells_them_why(
    company_with_admin, make_user, signed_in
):
    company, admin = company_with_admin
    asker = make_user()
    signed_in(asker).post(f"/organisations/{company.pk}/join/", {"message": ""})
    request = MembershipRequest.objects.get(user=asker)
    signed_in(admin).post(
        f"/membership-requests/{request.pk}/refuse/", {"reason": "We do not know you."}
    )
    request.refresh_from_db()
    assert request.status == "refused" and request.reason == "We do not know you."
    assert not OrganisationMember.objects.filter(user=asker).exists()
    note = Notification.objects.get(user=asker)
    assert "We do not know you." in note.message
    assert "We do not know you." in signed_in(asker).get("/my/").content.decode()


@pytest.mark.parametrize("who", ["requester", "member", "other admin", "stranger"])
def test_only_the_organisations_admins_decide(
    who, company_with_admin, make_user, make_organisation, member_of, signed_in
):
    company, _admin = company_with_admin
    asker = make_user()
    signed_in(asker).post(f"/organisations/{company.pk}/join/")
    request = MembershipRequest.objects.get(user=asker)
    actor = asker if who == "requester" else make_user()
    if who == "member":
        member_of(actor, company)
    elif who == "other admin":
        member_of(actor, make_organisation(), "admin")
    client = signed_in(actor)
    assert client.post(f"/membership-requests/{request.pk}/approve/").status_code == 403
    assert client.post(f"/membership-requests/{request.pk}/refuse/").status_code == 403
    request.refresh_from_db()
    assert request.status == "pending"
    assert not OrganisationMember.objects.filter(user=asker).exists()


def test_an_administrator_decides_for_any_organisation(
    company_with_admin, make_user, administrator, signed_in
):
    company, _admin = company_with_admin
    asker = make_user()
    signed_in(asker).post(f"/organisations/{company.pk}/join/")
    request = MembershipRequest.objects.get(user=asker)
    signed_in(administrator).post(f"/membership-requests/{request.pk}/approve/")
    assert OrganisationMember.objects.filter(user=asker, organisation=company).exists()


def test_a_request_is_answered_once(company_with_admin, make_user, signed_in):
    company, admin = company_with_admin
    asker = make_user()
    signed_in(asker).post(f"/organisations/{company.pk}/join/")
    request = MembershipRequest.objects.get(user=asker)
    client = signed_in(admin)
    client.post(f"/membership-requests/{request.pk}/refuse/", {"reason": "no"})
    client.post(f"/membership-requests/{request.pk}/approve/")
    request.refresh_from_db()
    assert request.status == "refused"
    assert not OrganisationMember.objects.filter(user=asker).exists()


def test_asking_twice_is_one_request_and_members_cannot_ask(
    company_with_admin, make_user, signed_in
):
    company, admin = company_with_admin
    asker = make_user()
    client = signed_in(asker)
    client.post(f"/organisations/{company.pk}/join/")
    client.post(f"/organisations/{company.pk}/join/")
    assert MembershipRequest.objects.filter(user=asker).count() == 1
    signed_in(admin).post(f"/organisations/{company.pk}/join/")
    assert not MembershipRequest.objects.filter(user=admin).exists()


def test_an_oversized_message_is_refused_and_nothing_is_stored(
    company_with_admin, make_user, signed_in
):
    company, _admin = company_with_admin
    asker = make_user()
    signed_in(asker).post(f"/organisations/{company.pk}/join/", {"message": "x" * 5000})
    assert not MembershipRequest.objects.exists()


def test_a_requester_may_withdraw_a_pending_request(company_with_admin, make_user, signed_in):
    company, _admin = company_with_admin
    asker = make_user()
    client = signed_in(asker)
    client.post(f"/organisations/{company.pk}/join/")
    request = MembershipRequest.objects.get(user=asker)
    client.post(f"/my/requests/{request.pk}/withdraw/")
    request.refresh_from_db()
    assert request.status == "withdrawn"


def test_the_organisation_page_offers_to_join_and_the_search_finds_it(
    company_with_admin, make_user, signed_in
):
    company, _admin = company_with_admin
    client = signed_in(make_user())
    page = client.get(f"/organisations/{company.pk}/").content.decode()
    assert f'action="/organisations/{company.pk}/join/"' in page
    found = client.get("/my/join/", {"q": "Great Wall"}).content.decode()
    assert f'action="/organisations/{company.pk}/join/"' in found
