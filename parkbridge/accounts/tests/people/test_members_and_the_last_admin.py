"""The members page lists members with roles; admins change roles and remove members, but an
organisation never loses its last admin."""

from __future__ import annotations

import pytest

from parkbridge.marketplace.models import OrganisationMember


@pytest.fixture
def team(make_organisation, make_user, member_of):
    company = make_organisation()
    admin, member = make_user(username="admin1"), make_user(username="member1")
    return company, member_of(admin, company, "admin"), member_of(member, company)


def test_members_see_the_list_and_outsiders_do_not(team, make_user, signed_in):
    company, admin, member = team
    page = signed_in(member.user).get(f"/organisations/{company.pk}/members/")
    assert page.status_code == 200
    html = page.content.decode()
    assert "admin1" in html and "member1" in html
    assert "membership-request-approve" not in html and 'action="/memberships/' not in html.replace(
        f'action="/memberships/{member.pk}/remove/"', ""
    )
    assert signed_in(make_user()).get(f"/organisations/{company.pk}/members/").status_code == 403


def test_an_admin_promotes_a_member_and_removes_one(team, make_user, member_of, signed_in):
    company, admin, member = team
    client = signed_in(admin.user)
    client.post(f"/memberships/{member.pk}/role/", {"role": "admin"})
    member.refresh_from_db()
    assert member.role == "admin"
    third = member_of(make_user(), company)
    client.post(f"/memberships/{third.pk}/remove/")
    assert not OrganisationMember.objects.filter(pk=third.pk).exists()


def test_the_last_admin_can_be_neither_removed_nor_demoted(team, administrator, signed_in):
    company, admin, member = team
    for client in (signed_in(admin.user), signed_in(administrator)):
        client.post(f"/memberships/{admin.pk}/remove/")
        client.post(f"/memberships/{admin.pk}/role/", {"role": "member"})
        admin.refresh_from_db()
        assert admin.role == "admin"


def test_with_two_admins_one_may_leave(team, signed_in):
    company, admin, member = team
    member.role = "admin"
    member.save()
    response = signed_in(admin.user).post(f"/memberships/{admin.pk}/remove/")
    assert response.status_code == 302 and response["Location"] == "/my/"
    assert not OrganisationMember.objects.filter(pk=admin.pk).exists()


def test_a_member_cannot_change_roles_or_remove_others(team, signed_in):
    company, admin, member = team
    client = signed_in(member.user)
    assert client.post(f"/memberships/{member.pk}/role/", {"role": "admin"}).status_code == 403
    assert client.post(f"/memberships/{admin.pk}/remove/").status_code == 403
    member.refresh_from_db()
    assert member.role == "member"
    # …but may leave.
    client.post(f"/memberships/{member.pk}/remove/")
    assert not OrganisationMember.objects.filter(pk=member.pk).exists()


def test_an_unknown_role_changes_nothing(team, signed_in):
    company, admin, member = team
    signed_in(admin.user).post(f"/memberships/{member.pk}/role/", {"role": "owner"})
    member.refresh_from_db()
    assert member.role == "member"
