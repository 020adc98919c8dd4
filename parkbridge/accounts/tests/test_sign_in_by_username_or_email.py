"""People sign in with their username or their e-mail address; an administrator made with
`createsuperuser` signs in on the web at once; signing out ends the session."""

from __future__ import annotations

import pytest
from django.core.management import call_command
from django.test import Client

from parkbridge.accounts.tests.conftest import PASSWORD, sign_in

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize("login", ["ada", "ada@example.org", "ADA@example.org"])
def test_a_person_signs_in_with_username_or_address(client, member, login):
    response = sign_in(client, login)
    assert response.status_code == 302
    assert client.session["_auth_user_id"] == str(member.pk)


def test_a_wrong_password_shows_the_form_again_with_an_error(client, member):
    response = sign_in(client, "ada", "nope")
    assert response.status_code == 200 and "_auth_user_id" not in client.session
    assert response.context["form"].errors


def test_the_first_administrator_signs_in_on_the_web(monkeypatch):
    monkeypatch.setenv("DJANGO_SUPERUSER_PASSWORD", PASSWORD)
    call_command("createsuperuser", interactive=False, username="root", email="root@example.org")
    client = Client()
    response = sign_in(client, "root")
    assert response.status_code == 302 and "_auth_user_id" in client.session
    assert client.get("/admin/").status_code == 200


def test_an_account_without_an_address_still_signs_in(client, make_user):
    make_user(username="noaddress", password=PASSWORD)
    assert sign_in(client, "noaddress").status_code == 302
    assert "_auth_user_id" in client.session


def test_signing_out_ends_the_session(client, member):
    sign_in(client, "ada")
    response = client.post("/accounts/logout/")
    assert response.status_code == 302
    assert "_auth_user_id" not in client.session
    assert client.get("/accounts/settings/").status_code == 302
