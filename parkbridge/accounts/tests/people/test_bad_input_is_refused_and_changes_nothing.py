"""Malformed, oversized or hostile input to the people pages gets a clear error and leaves
everything as it was."""

from __future__ import annotations

import pytest

from parkbridge.accounts.models import Invitation, MembershipRequest

GOOD = {"email": "ok@example.org", "language": "en", "days": 14, "message": ""}


@pytest.mark.parametrize(
    "change",
    [
        {"email": "not an address"},
        {"email": "a" * 250 + "@example.org"},
        {"email": ""},
        {"days": 0},
        {"days": 91},
        {"days": "two weeks"},
        {"language": "xx"},
        {"message": "m" * 2001},
        {"role": "administrator"},
        {"role": "<script>"},
    ],
)
def test_a_bad_role_invitation_is_refused_with_the_reason(administrator, signed_in, change):
    data = GOOD | {"role": "reviewer"} | change
    response = signed_in(administrator).post("/invitations/", data)
    assert response.status_code == 400
    assert 'role="alert"' in response.content.decode()
    assert not Invitation.objects.exists()


def test_an_event_invitation_for_an_organisation_not_at_the_event_is_refused(
    administrator, make_event, make_organisation, signed_in
):
    event = make_event()
    stranger = make_organisation()
    response = signed_in(administrator).post(
        f"/events/{event.pk}/invitations/", GOOD | {"organisation": stranger.pk}
    )
    assert response.status_code == 400
    assert not Invitation.objects.exists()


@pytest.mark.parametrize(
    "path", ["/invite/%00/", "/invite/" + "x" * 5000 + "/", "/invite/..%2F..%2Fetc/"]
)
def test_hostile_links_are_not_found(db, client, path):
    assert client.get(path).status_code == 404


@pytest.mark.parametrize("username", ["", "with space", "x" * 151, "bad/slash"])
def test_a_bad_username_keeps_the_invitation_unused(
    administrator, signed_in, invite_by_page, client, username
):
    secret = invite_by_page(
        signed_in(administrator), "/invitations/", "u@example.org", role="analyst"
    )
    response = client.post(
        f"/invite/{secret}/",
        {"username": username, "password1": "fine-pass-word-9", "password2": "fine-pass-word-9"},
    )
    assert response.status_code == 400
    assert Invitation.objects.get().accepted is None


def test_unknown_ids_are_not_found(make_user, signed_in):
    client = signed_in(make_user())
    for path in (
        "/organisations/999999/join/",
        "/membership-requests/999999/approve/",
        "/memberships/999999/remove/",
    ):
        assert client.post(path).status_code == 404, path
    assert client.get("/events/999999/invitations/").status_code == 404
    assert not MembershipRequest.objects.exists()


def test_a_get_never_changes_anything(make_organisation, make_user, signed_in):
    company = make_organisation()
    client = signed_in(make_user())
    assert client.get(f"/organisations/{company.pk}/join/").status_code == 405
    assert not MembershipRequest.objects.exists()
