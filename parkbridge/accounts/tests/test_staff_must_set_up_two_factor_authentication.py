"""Under production settings staff and administrators are sent to set up two-factor
authentication (TOTP, with recovery codes) before anything else; other people are not."""

from __future__ import annotations

import importlib
import secrets

import pytest
from django.test import override_settings

from parkbridge.accounts.tests.conftest import PASSWORD, sign_in

pytestmark = pytest.mark.django_db


def test_production_settings_require_two_factor_for_staff(monkeypatch, tmp_path):
    monkeypatch.setenv("PARKBRIDGE_SECRET_KEY", secrets.token_urlsafe(60))
    monkeypatch.setenv("PARKBRIDGE_ALLOWED_HOSTS", "parks.example.org")
    monkeypatch.setenv("PARKBRIDGE_VAR_DIR", str(tmp_path))
    production = importlib.reload(importlib.import_module("parkbridge.settings_production"))
    assert production.PARKBRIDGE_REQUIRE_MFA_FOR_STAFF is True
    assert production.PARKBRIDGE_SIGNUP == "invitation"
    assert "parkbridge.accounts.middleware.RequireMfaMiddleware" in production.MIDDLEWARE
    assert set(production.MFA_SUPPORTED_TYPES) >= {"totp", "recovery_codes"}


@override_settings(PARKBRIDGE_REQUIRE_MFA_FOR_STAFF=True)
@pytest.mark.parametrize("path", ["/", "/admin/", "/sites/"])
def test_staff_without_two_factor_are_sent_to_set_it_up(client, make_user, path):
    make_user(username="boss", is_staff=True, password=PASSWORD)
    sign_in(client, "boss")
    response = client.get(path)
    assert response.status_code == 302 and response["Location"] == "/accounts/2fa/totp/activate/"
    # allauth asks for the password once more before changing the second factor.
    assert client.get(response["Location"], follow=True).status_code == 200


@override_settings(PARKBRIDGE_REQUIRE_MFA_FOR_STAFF=True)
def test_the_administrator_role_needs_it_too(client, make_user):
    from django.contrib.auth.models import Group

    admin = make_user(username="chief", password=PASSWORD)
    admin.groups.add(Group.objects.get_or_create(name="administrator")[0])
    sign_in(client, "chief")
    assert client.get("/sites/")["Location"] == "/accounts/2fa/totp/activate/"


@override_settings(PARKBRIDGE_REQUIRE_MFA_FOR_STAFF=True)
def test_staff_with_two_factor_and_other_people_go_on(client, make_user):
    from allauth.mfa.models import Authenticator

    staff = make_user(is_staff=True)
    Authenticator.objects.create(user=staff, type=Authenticator.Type.TOTP, data={"secret": "x"})
    client.force_login(staff)
    assert client.get("/admin/").status_code == 200
    client.force_login(make_user())
    assert client.get("/").status_code == 200


@override_settings(PARKBRIDGE_REQUIRE_MFA_FOR_STAFF=True)
def test_staff_can_still_sign_out_before_setting_it_up(client, make_user):
    client.force_login(make_user(is_superuser=True, is_staff=True))
    response = client.post("/accounts/logout/")
    assert response.status_code == 302 and "_auth_user_id" not in client.session


@override_settings(PARKBRIDGE_REQUIRE_MFA_FOR_STAFF=True)
def test_setting_up_totp_gives_recovery_codes_and_lets_staff_in(client, make_user):
    from allauth.mfa.models import Authenticator
    from allauth.mfa.totp.internal.auth import (
        format_hotp_value,
        hotp_value,
        yield_hotp_counters_from_time,
    )

    staff = make_user(username="boss", is_staff=True, password=PASSWORD)
    sign_in(client, "boss")
    confirm = client.get("/accounts/2fa/totp/activate/")
    assert confirm.status_code == 302 and "/accounts/reauthenticate/" in confirm["Location"]
    client.post(confirm["Location"], {"password": PASSWORD})
    page = client.get("/accounts/2fa/totp/activate/")
    secret = page.context["form"].secret
    counters = list(yield_hotp_counters_from_time())
    code = format_hotp_value(hotp_value(secret, counters[len(counters) // 2]))
    response = client.post("/accounts/2fa/totp/activate/", {"code": code})
    assert response.status_code == 302, page.context["form"].errors
    assert Authenticator.objects.filter(user=staff, type="totp").exists()
    assert Authenticator.objects.filter(user=staff, type="recovery_codes").exists()
    assert client.get("/admin/").status_code == 200
