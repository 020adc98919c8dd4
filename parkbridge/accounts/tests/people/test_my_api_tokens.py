"""API tokens on "My ParkBridge": scopes and a bounded lifetime, the secret shown once,
revoking."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import override_settings
from django.utils import timezone

from parkbridge.conftest import ApiClient
from parkbridge.core.models import ApiToken


def test_a_new_token_is_shown_once_and_works_with_its_scopes(make_user, signed_in):
    user = make_user()
    client = signed_in(user)
    response = client.post("/my/tokens/", {"name": "ci", "scopes": ["read"], "days": 30})
    assert response.status_code == 302
    first = client.get("/my/").content.decode()
    token = ApiToken.objects.get(user=user)
    secret = first.split('id="new-token-secret">')[1].split("<")[0]
    assert secret.startswith(token.prefix)
    assert secret not in client.get("/my/").content.decode()  # only once
    assert token.scopes == ["read"]
    assert abs(token.expires - timezone.now() - timedelta(days=30)) < timedelta(minutes=1)
    api = ApiClient(secret)
    assert api.get("/api/accounts/me").status_code == 200
    # A read token does not write.
    assert api.post(
        "/api/sites", {"slug": "x", "name_en": "X", "kind": "technopark", "country": "BY"}
    ).status_code in (401, 403)


@override_settings(PARKBRIDGE_TOKEN_MAX_DAYS=30)
@pytest.mark.parametrize("days", [31, 0, -1, 10**9, "soon"])
def test_a_token_never_lives_longer_than_the_settings_allow(make_user, signed_in, days):
    user = make_user()
    signed_in(user).post("/my/tokens/", {"scopes": ["read"], "days": days})
    assert not ApiToken.objects.filter(user=user).exists()


@override_settings(PARKBRIDGE_TOKEN_MAX_DAYS=30)
def test_the_api_keeps_the_same_limit(make_user, make_token):
    user = make_user()
    api = ApiClient(make_token(user=user))
    assert (
        api.post("/api/accounts/tokens", {"scopes": ["read"], "expires_in_days": 31}).status_code
        == 422
    )
    assert (
        api.post("/api/accounts/tokens", {"scopes": ["read"], "expires_in_days": None}).status_code
        == 422
    )
    assert (
        api.post("/api/accounts/tokens", {"scopes": ["read"], "expires_in_days": 30}).status_code
        == 201
    )


@pytest.mark.parametrize("scopes", [[], ["admin"], ["read", "root"]])
def test_unknown_or_missing_scopes_are_refused(make_user, signed_in, scopes):
    user = make_user()
    signed_in(user).post("/my/tokens/", {"scopes": scopes, "days": 5})
    assert not ApiToken.objects.filter(user=user).exists()


def test_revoking_a_token_closes_the_api_to_it_and_others_tokens_are_out_of_reach(
    make_user, signed_in, make_token
):
    user, other = make_user(), make_user()
    secret = make_token(user=user)
    others = make_token(user=other)
    client = signed_in(user)
    mine = ApiToken.objects.get(user=user)
    theirs = ApiToken.objects.get(user=other)
    html = client.get("/my/").content.decode()
    assert mine.prefix in html and theirs.prefix not in html
    client.post(f"/my/tokens/{theirs.pk}/revoke/")
    assert ApiToken.objects.filter(pk=theirs.pk).exists()
    assert ApiClient(others).get("/api/accounts/me").status_code == 200
    client.post(f"/my/tokens/{mine.pk}/revoke/")
    assert not ApiToken.objects.filter(pk=mine.pk).exists()
    assert ApiClient(secret).get("/api/accounts/me").status_code == 401


def test_the_list_shows_last_use(make_user, signed_in, make_token):
    user = make_user()
    secret = make_token(user=user)
    ApiClient(secret).get("/api/accounts/me")
    token = ApiToken.objects.get(user=user)
    assert token.last_used is not None
    html = signed_in(user).get("/my/").content.decode()
    assert token.last_used.strftime("%Y-%m-%d") in html
