"""Logins are throttled per username and address; tokens carry scopes and an expiry."""

from __future__ import annotations

import pytest
from django.test import Client, override_settings

PASSWORD = "correct horse battery staple 9"


@pytest.fixture
def person(make_user):
    return make_user(username="alice", password=PASSWORD)


def _login(client: Client, password: str, address: str = "10.0.0.1"):
    return client.post(
        "/api/accounts/login", {"username": "alice", "password": password},
        content_type="application/json", REMOTE_ADDR=address,
    )  # fmt: skip


@override_settings(PARKBRIDGE_LOGIN_MAX_FAILURES=3)
def test_repeated_failures_lock_the_username_at_that_address(person):
    client = Client()
    assert [_login(client, "wrong").status_code for _ in range(3)] == [401, 401, 401]
    locked = _login(client, PASSWORD)
    assert locked.status_code == 429 and int(locked["Retry-After"]) > 0
    assert _login(Client(), PASSWORD, address="10.0.0.2").status_code == 200


@override_settings(PARKBRIDGE_LOGIN_MAX_FAILURES=3)
def test_the_backend_refuses_a_locked_pair_on_every_login_form(person, rf):
    from django.contrib.auth import authenticate

    from parkbridge.accounts.backends import ThrottledModelBackend

    client = Client()
    for _ in range(3):
        _login(client, "wrong")
    request = rf.post("/admin/login/", REMOTE_ADDR="10.0.0.1")
    with override_settings(
        AUTHENTICATION_BACKENDS=[f"{ThrottledModelBackend.__module__}.ThrottledModelBackend"]
    ):
        assert authenticate(request, username="alice", password=PASSWORD) is None


def test_a_successful_login_opens_a_session_that_the_api_accepts(person):
    client = Client()
    assert _login(client, PASSWORD).status_code == 200
    me = client.get("/api/accounts/me")
    assert me.status_code == 200 and me.json()["username"] == "alice"


def test_a_token_is_issued_with_scopes_and_expiry_and_can_be_revoked(person, make_token):
    from parkbridge.conftest import ApiClient

    owner = ApiClient(make_token(user=person))
    created = owner.post(
        "/api/accounts/tokens", {"name": "ci", "scopes": ["read"], "expires_in_days": 7}
    )
    assert created.status_code == 201, created.content
    body = created.json()
    assert body["scopes"] == ["read"] and body["expires"] and body["token"].startswith("pb_")
    reader = ApiClient(body["token"])
    assert reader.get("/api/accounts/me").status_code == 200
    assert reader.patch("/api/sites/1", {}).status_code == 401  # read scope can't write
    assert reader.post("/api/accounts/tokens", {"scopes": ["write"]}).status_code == 401
    assert owner.delete(f"/api/accounts/tokens/{body['id']}").status_code == 204
    assert reader.get("/api/accounts/me").status_code == 401


def test_a_token_cannot_issue_a_broader_token(person, make_token):
    from parkbridge.conftest import ApiClient

    narrow = ApiClient(make_token(user=person, scopes=["write"]))
    assert narrow.post("/api/accounts/tokens", {"scopes": ["read", "write"]}).status_code == 403


def test_only_administrators_assign_roles(person, make_token, staff_api, client_for):
    analyst = client_for("analyst")
    assert analyst.client.put(
        f"/api/accounts/users/{person.pk}/roles", {"roles": ["analyst"]},
        content_type="application/json", headers=analyst._headers(),
    ).status_code == 403  # fmt: skip
    response = staff_api.client.put(
        f"/api/accounts/users/{person.pk}/roles", {"roles": ["reviewer", "analyst"]},
        content_type="application/json", headers=staff_api._headers(),
    )  # fmt: skip
    assert response.status_code == 200 and response.json()["roles"] == ["analyst", "reviewer"]
