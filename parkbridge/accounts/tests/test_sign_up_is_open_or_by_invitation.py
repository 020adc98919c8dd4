"""Sign-up is open (development) or needs an invitation (production's default); a pending
invitation in the session opens it for that person. A new account confirms its address by
e-mail, written in the language the person used, before it can sign in."""

from __future__ import annotations

import re

import pytest

from parkbridge.accounts.adapter import INVITATION_SESSION_KEY
from parkbridge.accounts.models import OutgoingMail

pytestmark = pytest.mark.django_db

FORM = {
    "username": "mei",
    "email": "mei@example.org",
    "password1": "a-Long-and-unusual-passphrase-42",
    "password2": "a-Long-and-unusual-passphrase-42",
}


def _sign_up(client, **headers):
    return client.post("/accounts/signup/", FORM, **headers)


def test_open_sign_up_creates_an_account_that_must_confirm_its_address(client, settings):
    from django.contrib.auth import get_user_model

    settings.PARKBRIDGE_SIGNUP = "open"
    response = _sign_up(client)
    assert response.status_code == 302 and "/accounts/confirm-email/" in response["Location"]
    assert get_user_model().objects.filter(username="mei").exists()
    assert "_auth_user_id" not in client.session

    mail = OutgoingMail.objects.get(to="mei@example.org")
    assert "ParkBridge" in mail.body_text and "[ParkBridge]" in mail.subject
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", mail.body_text).group(1)
    assert client.post(link).status_code == 302
    assert "_auth_user_id" in client.session  # confirmed, and signed in


def test_the_confirmation_is_written_in_the_language_of_the_sign_up(client, settings):
    settings.PARKBRIDGE_SIGNUP = "open"
    client.cookies[settings.LANGUAGE_COOKIE_NAME] = "ru"
    _sign_up(client)
    mail = OutgoingMail.objects.get(to="mei@example.org")
    assert mail.language == "ru" and re.search("[а-я]", mail.subject + mail.body_text)


def test_closed_sign_up_refuses_without_an_invitation(client, settings):
    from django.contrib.auth import get_user_model

    settings.PARKBRIDGE_SIGNUP = "invitation"
    page = client.get("/accounts/signup/")
    assert page.status_code == 200 and 'name="password1"' not in page.content.decode()
    _sign_up(client)
    assert not get_user_model().objects.filter(username="mei").exists()
    assert b"/accounts/signup/" not in client.get("/").content  # no sign-up link offered


def test_a_pending_invitation_opens_closed_sign_up(client, settings):
    from django.contrib.auth import get_user_model

    settings.PARKBRIDGE_SIGNUP = "invitation"
    session = client.session
    session[INVITATION_SESSION_KEY] = "an-invitation-key"
    session.save()
    assert 'name="password1"' in client.get("/accounts/signup/").content.decode()
    _sign_up(client)
    assert get_user_model().objects.filter(username="mei").exists()
