"""Issue 13, finding 12: /api/accounts/login takes JSON only and refuses requests a browser
sends from another site (login CSRF); logout refuses cross-site POSTs. Clients that are not
browsers (no Origin, no Sec-Fetch-Site) log in as before."""

from __future__ import annotations

import json

import pytest
from django.test import Client

PASSWORD = "correct horse battery staple 9"
BODY = json.dumps({"username": "alice", "password": PASSWORD})


@pytest.fixture
def person(make_user):
    return make_user(username="alice", password=PASSWORD)


def test_a_text_plain_body_is_refused(person):
    answer = Client().post("/api/accounts/login", BODY, content_type="text/plain")
    assert answer.status_code == 415
    assert "_auth_user_id" not in Client().session


def test_a_login_from_another_sites_page_is_refused(person):
    client = Client()
    answer = client.post(
        "/api/accounts/login", BODY, content_type="application/json",
        headers={"Origin": "https://evil.example"},
    )  # fmt: skip
    assert answer.status_code == 403
    assert client.get("/api/accounts/me").status_code == 401


def test_a_cross_site_fetch_without_origin_is_refused_by_its_fetch_metadata(person):
    answer = Client().post(
        "/api/accounts/login", BODY, content_type="application/json",
        headers={"Sec-Fetch-Site": "cross-site"},
    )  # fmt: skip
    assert answer.status_code == 403


def test_a_login_from_our_own_page_or_a_script_works(person):
    own = Client().post(
        "/api/accounts/login", BODY, content_type="application/json",
        headers={"Origin": "http://testserver", "Sec-Fetch-Site": "same-origin"},
    )  # fmt: skip
    assert own.status_code == 200
    assert (
        Client().post("/api/accounts/login", BODY, content_type="application/json").status_code
        == 200
    )


def test_logout_refuses_a_cross_site_post(person):
    client = Client()
    client.post("/api/accounts/login", BODY, content_type="application/json")
    refused = client.post("/api/accounts/logout", headers={"Origin": "https://evil.example"})
    assert refused.status_code == 403
    assert client.get("/api/accounts/me").status_code == 200
    assert client.post("/api/accounts/logout").status_code == 204
    assert client.get("/api/accounts/me").status_code == 401
