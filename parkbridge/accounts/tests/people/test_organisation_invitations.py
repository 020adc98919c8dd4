"""An organisation's admin invites colleagues: the link makes them members (or admins); an
existing account only gains the membership."""

from __future__ import annotations

from django.contrib.auth import get_user_model

from parkbridge.marketplace.models import OrganisationMember, speaks_for


def test_a_new_colleague_gets_an_account_and_the_membership_in_one_step(
    make_organisation, make_user, member_of, signed_in, invite_by_page, client
):
    company = make_organisation()
    admin = make_user()
    member_of(admin, company, "admin")
    secret = invite_by_page(
        signed_in(admin),
        f"/organisations/{company.pk}/invitations/",
        "anna@example.org",
        member_role="admin",
    )
    response = client.post(
        f"/invite/{secret}/",
        {"username": "anna", "password1": "tractor-fields-9", "password2": "tractor-fields-9"},
    )
    assert response.status_code == 302
    anna = get_user_model().objects.get(username="anna")
    assert OrganisationMember.objects.get(user=anna, organisation=company).role == "admin"
    assert speaks_for(anna, company.pk)
    # Signed in at once: "My ParkBridge" lists the organisation.
    assert company.name_en in client.get("/my/").content.decode()


def test_inviting_an_existing_user_adds_the_membership_without_a_second_account(
    make_organisation, make_user, member_of, signed_in, invite_by_page, client
):
    company = make_organisation()
    admin = make_user()
    member_of(admin, company, "admin")
    existing = make_user(username="pavel", email="Pavel@Example.org", password="old-secret-77")
    secret = invite_by_page(
        signed_in(admin), f"/organisations/{company.pk}/invitations/", "pavel@example.org"
    )
    users_before = get_user_model().objects.count()
    # Anonymous: the page asks to sign in instead of offering a new account.
    page = client.get(f"/invite/{secret}/")
    assert page.status_code == 200
    assert 'name="password1"' not in page.content.decode()
    refused = client.post(
        f"/invite/{secret}/",
        {"username": "pavel2", "password1": "x-long-pass-123", "password2": "x-long-pass-123"},
    )
    assert refused.status_code == 200
    assert get_user_model().objects.count() == users_before
    response = signed_in(existing).post(f"/invite/{secret}/")
    assert response.status_code == 302
    assert OrganisationMember.objects.filter(user=existing, organisation=company).exists()
    assert get_user_model().objects.count() == users_before


def test_a_pending_request_to_join_is_settled_by_accepting_an_invitation(
    make_organisation, make_user, member_of, signed_in, invite_by_page
):
    from parkbridge.accounts.models import MembershipRequest

    company = make_organisation()
    admin = make_user()
    member_of(admin, company, "admin")
    asker = make_user(email="asker@example.org")
    signed_in(asker).post(f"/organisations/{company.pk}/join/", {"message": "hello"})
    secret = invite_by_page(
        signed_in(admin), f"/organisations/{company.pk}/invitations/", "asker@example.org"
    )
    signed_in(asker).post(f"/invite/{secret}/")
    assert MembershipRequest.objects.get(user=asker).status == "approved"


def test_inviting_someone_who_is_already_a_member_is_refused(
    make_organisation, make_user, member_of, signed_in
):
    company = make_organisation()
    admin = make_user()
    member_of(admin, company, "admin")
    member_of(make_user(email="here@example.org"), company)
    response = signed_in(admin).post(
        f"/organisations/{company.pk}/invitations/",
        {"email": "here@example.org", "language": "en", "days": 14, "member_role": "member"},
    )
    assert response.status_code == 400
    assert "already a member" in response.content.decode()
