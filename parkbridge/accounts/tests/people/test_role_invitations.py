"""An administrator invites reviewers, analysts, operators and organisers to their role."""

from __future__ import annotations

import pytest
from django.contrib.auth import get_user_model

from parkbridge.accounts.roles import roles_of


def test_an_invited_reviewer_gets_the_role_and_sees_the_review_queue(
    administrator, signed_in, invite_by_page, client
):
    secret = invite_by_page(
        signed_in(administrator), "/invitations/", "rita@example.org", role="reviewer"
    )
    client.post(
        f"/invite/{secret}/",
        {"username": "rita", "password1": "proposals-to-read", "password2": "proposals-to-read"},
    )
    rita = get_user_model().objects.get(username="rita")
    assert "reviewer" in roles_of(rita)
    page = client.get("/my/").content.decode()
    assert 'id="review"' in page and "/press/" in page


def test_an_existing_user_invited_to_a_role_keeps_their_account(
    administrator, make_user, signed_in, invite_by_page
):
    analyst = make_user(email="an@example.org")
    secret = invite_by_page(
        signed_in(administrator), "/invitations/", "an@example.org", role="analyst"
    )
    signed_in(analyst).post(f"/invite/{secret}/")
    analyst.refresh_from_db()
    assert analyst.groups.filter(name="analyst").exists()
    assert get_user_model().objects.filter(email__iexact="an@example.org").count() == 1


@pytest.mark.parametrize("role", ["administrator", "superuser", ""])
def test_the_administrator_role_is_not_handed_out_by_e_mail(administrator, signed_in, role):
    from parkbridge.accounts.models import Invitation

    response = signed_in(administrator).post(
        "/invitations/", {"email": "x@example.org", "language": "en", "days": 14, "role": role}
    )
    assert response.status_code == 400
    assert not Invitation.objects.exists()
