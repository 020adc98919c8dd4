"""A link works once, until it expires or is revoked; otherwise a clear page, and nothing
changes. Only the link's hash is stored."""

from __future__ import annotations

import hashlib
from datetime import timedelta

import pytest
from django.contrib.auth import get_user_model
from django.utils import timezone

from parkbridge.accounts.models import Invitation
from parkbridge.marketplace.models import OrganisationMember

NEW = {"username": "newcomer", "password1": "quiet-harbour-51", "password2": "quiet-harbour-51"}


@pytest.fixture
def invitation_kinds(make_organisation, make_event, make_user, member_of, administrator):
    """For each kind: (inviter, page that invites, extra form fields)."""
    company = make_organisation()
    admin = make_user()
    member_of(admin, company, "admin")
    event = make_event(b2b=True)
    event.b2b.organisers.add(admin)
    return {
        "organisation": (admin, f"/organisations/{company.pk}/invitations/", {}),
        "event": (admin, f"/events/{event.pk}/invitations/", {}),
        "role": (administrator, "/invitations/", {"role": "reviewer"}),
    }


KINDS = ["organisation", "event", "role"]


def _state() -> tuple:
    return (
        get_user_model().objects.count(),
        OrganisationMember.objects.count(),
        list(Invitation.objects.values_list("accepted", flat=True)),
    )


@pytest.mark.parametrize("kind", KINDS)
def test_only_the_hash_of_the_link_is_stored(kind, invitation_kinds, signed_in, invite_by_page):
    inviter, url, extra = invitation_kinds[kind]
    secret = invite_by_page(signed_in(inviter), url, "a@example.org", **extra)
    invitation = Invitation.objects.get()
    assert invitation.token_hash == hashlib.sha256(secret.encode()).hexdigest()
    assert secret not in str(Invitation.objects.values().get())
    assert abs(invitation.expires - invitation.created - timedelta(days=14)) < timedelta(minutes=1)


@pytest.mark.parametrize("kind", KINDS)
def test_an_expired_invitation_link_shows_a_clear_page(
    kind, invitation_kinds, signed_in, invite_by_page, client
):
    inviter, url, extra = invitation_kinds[kind]
    secret = invite_by_page(signed_in(inviter), url, "late@example.org", **extra)
    Invitation.objects.update(expires=timezone.now() - timedelta(minutes=1))
    before = _state()
    for response in (client.get(f"/invite/{secret}/"), client.post(f"/invite/{secret}/", NEW)):
        assert response.status_code == 410
        assert "expired" in response.content.decode()
    assert _state() == before


@pytest.mark.parametrize("kind", KINDS)
def test_a_revoked_invitation_link_no_longer_works(
    kind, invitation_kinds, signed_in, invite_by_page, client, make_user
):
    inviter, url, extra = invitation_kinds[kind]
    secret = invite_by_page(signed_in(inviter), url, "gone@example.org", **extra)
    invitation = Invitation.objects.get()
    page = signed_in(inviter).get(
        url if kind != "organisation" else url.replace("invitations", "members")
    )
    assert "gone@example.org" in page.content.decode()
    revoked = signed_in(inviter).post(f"/invitations/{invitation.pk}/revoke/", {"next": "/my/"})
    assert revoked.status_code == 302
    stranger = signed_in(make_user())
    before = _state()
    response = client.post(f"/invite/{secret}/", NEW)
    assert response.status_code == 410 and "withdrawn" in response.content.decode()
    assert stranger.post(f"/invite/{secret}/").status_code == 410
    assert _state() == before


@pytest.mark.parametrize("kind", KINDS)
def test_a_used_invitation_link_cannot_be_used_again(
    kind, invitation_kinds, signed_in, invite_by_page, client, make_user
):
    inviter, url, extra = invitation_kinds[kind]
    secret = invite_by_page(signed_in(inviter), url, "once@example.org", **extra)
    assert client.post(f"/invite/{secret}/", NEW).status_code == 302
    other = signed_in(make_user())
    before = _state()
    response = other.post(f"/invite/{secret}/")
    assert response.status_code == 410 and "already been used" in response.content.decode()
    fresh = type(client)()
    again = fresh.post(f"/invite/{secret}/", NEW | {"username": "second"})
    assert again.status_code == 410
    assert _state() == before


def test_an_unknown_link_is_a_clear_not_found_page(db, client):
    response = client.get("/invite/not-a-real-secret/")
    assert response.status_code == 404
    assert "not valid" in response.content.decode()


def test_inviting_the_same_address_again_replaces_the_earlier_link(
    invitation_kinds, signed_in, invite_by_page, client
):
    inviter, url, extra = invitation_kinds["organisation"]
    first = invite_by_page(signed_in(inviter), url, "twice@example.org")
    second = invite_by_page(signed_in(inviter), url, "twice@example.org")
    assert client.get(f"/invite/{first}/").status_code == 410
    assert client.get(f"/invite/{second}/").status_code == 200


def test_a_revoked_invitation_cannot_be_revoked_again(invitation_kinds, signed_in, invite_by_page):
    inviter, url, extra = invitation_kinds["role"]
    invite_by_page(signed_in(inviter), url, "r@example.org", **extra)
    invitation = Invitation.objects.get()
    client = signed_in(inviter)
    client.post(f"/invitations/{invitation.pk}/revoke/")
    client.post(f"/invitations/{invitation.pk}/revoke/")
    invitation.refresh_from_db()
    assert invitation.revoked is not None and invitation.accepted is None


def test_a_bad_new_account_form_keeps_the_link_usable(
    invitation_kinds, signed_in, invite_by_page, client
):
    inviter, url, extra = invitation_kinds["organisation"]
    secret = invite_by_page(signed_in(inviter), url, "typo@example.org")
    bad = client.post(
        f"/invite/{secret}/",
        {"username": "ok", "password1": "a-good-one-55", "password2": "other-55"},
    )
    assert bad.status_code == 400 and "differ" in bad.content.decode()
    weak = client.post(
        f"/invite/{secret}/", {"username": "ok", "password1": "123", "password2": "123"}
    )
    assert weak.status_code == 400
    assert Invitation.objects.get().accepted is None
    assert client.post(f"/invite/{secret}/", NEW).status_code == 302


def test_the_change_history_never_holds_the_links_hash(invitation_kinds, signed_in, invite_by_page):
    from parkbridge.accounts.models import ChangeRecord

    inviter, url, extra = invitation_kinds["organisation"]
    invite_by_page(signed_in(inviter), url, "h@example.org")
    token_hash = Invitation.objects.get().token_hash
    recorded = [str(c.before) + str(c.after) for c in ChangeRecord.objects.all()]
    assert not any(token_hash in text for text in recorded)


@pytest.mark.parametrize("kind", KINDS)
def test_a_forwarded_link_grants_nothing_to_someone_signed_in_with_another_address(
    kind, invitation_kinds, signed_in, invite_by_page, make_user
):
    inviter, url, extra = invitation_kinds[kind]
    secret = invite_by_page(signed_in(inviter), url, "invited@example.org", **extra)
    stranger = signed_in(make_user(email="someone.else@example.org"))
    before = _state()
    page = stranger.get(f"/invite/{secret}/")
    assert page.status_code == 403 and "invited@example.org" in page.content.decode()
    assert stranger.post(f"/invite/{secret}/").status_code == 403
    assert _state() == before
    assert Invitation.objects.get().accepted is None  # the invited person can still use it


def test_the_invited_person_signed_in_accepts(
    invitation_kinds, signed_in, invite_by_page, make_user
):
    inviter, url, extra = invitation_kinds["organisation"]
    secret = invite_by_page(signed_in(inviter), url, "Invited@Example.org", **extra)
    invited = make_user(email="invited@example.org")
    assert signed_in(invited).post(f"/invite/{secret}/").status_code == 302
    assert OrganisationMember.objects.filter(user=invited).exists()
