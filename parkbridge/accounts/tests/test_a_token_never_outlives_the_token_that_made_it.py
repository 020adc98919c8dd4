"""Issue 13, finding 10: a token can't mint a token that outlives it; never-expiring tokens
come only from the command line (not the API, whatever the caller)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.test import Client
from django.utils import timezone

from parkbridge.conftest import ApiClient
from parkbridge.core.models import ApiToken


@pytest.fixture
def one_day_token(make_user, make_token):
    return ApiClient(make_token(user=make_user(), expires=timezone.now() + timedelta(days=1)))


def test_a_one_day_token_cannot_mint_a_never_expiring_one(one_day_token):
    answer = one_day_token.post("/api/accounts/tokens", {"expires_in_days": None})
    assert answer.status_code == 422
    assert not ApiToken.objects.filter(expires__isnull=True).exists()


def test_a_one_day_token_cannot_mint_a_longer_one(one_day_token):
    answer = one_day_token.post("/api/accounts/tokens", {"expires_in_days": 30})
    assert answer.status_code == 422
    assert "outlives it" in str(answer.json()["detail"])


def test_the_default_lifetime_is_shortened_to_the_minting_tokens(one_day_token):
    answer = one_day_token.post("/api/accounts/tokens", {"name": "child"})
    assert answer.status_code == 201
    child = ApiToken.objects.get(pk=answer.json()["id"])
    parent = ApiToken.objects.exclude(pk=child.pk).get(user=child.user)
    assert child.expires is not None and child.expires <= parent.expires


def test_a_never_expiring_token_mints_only_expiring_ones(make_token):
    forever = ApiClient(make_token())
    assert forever.post("/api/accounts/tokens", {"expires_in_days": None}).status_code == 422
    assert forever.post("/api/accounts/tokens", {"expires_in_days": 30}).status_code == 201


def _session(user) -> Client:
    client = Client(enforce_csrf_checks=False)
    client.force_login(user)
    return client


def test_no_session_mints_a_never_expiring_token(make_user):
    body = {"expires_in_days": None}
    for user in (make_user(), make_user(is_staff=True)):
        answer = _session(user).post("/api/accounts/tokens", body, content_type="application/json")
        assert answer.status_code == 422
    assert not ApiToken.objects.filter(expires__isnull=True).exists()
