"""The web sign-in form shares the API's lock: after too many wrong passwords from one
address even the right one is refused there, while another address still signs in."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

from parkbridge.accounts.models import LoginFailure
from parkbridge.accounts.tests.conftest import PASSWORD, sign_in

pytestmark = pytest.mark.django_db


def _signed_in(client: Client) -> bool:
    return "_auth_user_id" in client.session


@override_settings(PARKBRIDGE_LOGIN_MAX_FAILURES=3)
@pytest.mark.parametrize("login", ["ada", "ada@example.org"])
def test_repeated_wrong_passwords_lock_the_web_sign_in(member, login):
    client = Client()
    for _ in range(3):
        response = sign_in(client, login, "wrong-password", REMOTE_ADDR="10.1.1.1")
        assert response.status_code == 200 and not _signed_in(client)
    assert LoginFailure.objects.get(username=login).locked_until is not None

    sign_in(client, login, PASSWORD, REMOTE_ADDR="10.1.1.1")
    assert not _signed_in(client)

    elsewhere = Client()
    sign_in(elsewhere, login, PASSWORD, REMOTE_ADDR="10.2.2.2")
    assert _signed_in(elsewhere)


@override_settings(PARKBRIDGE_LOGIN_MAX_FAILURES=3)
def test_the_api_login_is_locked_by_failures_on_the_web_form(member):
    client = Client()
    for _ in range(3):
        sign_in(client, "ada", "wrong-password", REMOTE_ADDR="10.1.1.1")
    response = client.post(
        "/api/accounts/login", {"username": "ada", "password": PASSWORD},
        content_type="application/json", REMOTE_ADDR="10.1.1.1",
    )  # fmt: skip
    assert response.status_code == 429


def test_a_successful_sign_in_clears_the_count(member):
    client = Client()
    sign_in(client, "ada", "wrong-password", REMOTE_ADDR="10.1.1.1")
    sign_in(client, "ada", PASSWORD, REMOTE_ADDR="10.1.1.1")
    assert _signed_in(client)
    assert not LoginFailure.objects.filter(username="ada").exists()
