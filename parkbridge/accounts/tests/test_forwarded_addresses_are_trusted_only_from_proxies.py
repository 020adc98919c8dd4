"""Issue 13, finding 17: X-Forwarded-For is believed only from PARKBRIDGE_TRUSTED_PROXIES,
so a client reaching the application port directly can't dodge the login lock by sending a
new address each time."""

from __future__ import annotations

import pytest
from django.test import Client, RequestFactory, override_settings

from parkbridge.core.client_address import client_address

PASSWORD = "correct horse battery staple 9"


def _address(remote: str, forwarded: str | None = None) -> str:
    meta = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        meta["HTTP_X_FORWARDED_FOR"] = forwarded
    return client_address(RequestFactory().get("/", **meta))


@override_settings(PARKBRIDGE_TRUSTED_PROXIES=[])
def test_without_trusted_proxies_the_header_is_ignored():
    assert _address("203.0.113.5", "1.2.3.4") == "203.0.113.5"


@override_settings(PARKBRIDGE_TRUSTED_PROXIES=["127.0.0.1", "10.0.0.0/8"])
def test_from_a_trusted_proxy_the_last_untrusted_hop_is_the_client():
    assert _address("203.0.113.5", "1.2.3.4") == "203.0.113.5"  # not from our proxy
    assert _address("127.0.0.1", "6.6.6.6, 198.51.100.7") == "198.51.100.7"
    assert _address("127.0.0.1", "198.51.100.7, 10.1.2.3") == "198.51.100.7"
    assert _address("127.0.0.1", "garbage") == "127.0.0.1"


@override_settings(
    PARKBRIDGE_LOGIN_MAX_FAILURES=3,
    PARKBRIDGE_TRUSTED_PROXIES=["127.0.0.1"],
    PARKBRIDGE_BEHIND_PROXY=True,  # what production settings said before proxies were listed
)
@pytest.mark.django_db
def test_a_direct_client_cannot_dodge_the_login_lock_with_forwarded_addresses(make_user):
    make_user(username="alice", password=PASSWORD)
    statuses = []
    for number in range(5):
        answer = Client().post(
            "/api/accounts/login", {"username": "alice", "password": "wrong"},
            content_type="application/json", REMOTE_ADDR="203.0.113.5",
            HTTP_X_FORWARDED_FOR=f"192.0.2.{number}",
        )  # fmt: skip
        statuses.append(answer.status_code)
    assert statuses[-1] == 429


@override_settings(
    PARKBRIDGE_TRUSTED_PROXIES=["127.0.0.1"],
    SECURE_PROXY_SSL_HEADER=("HTTP_X_FORWARDED_PROTO", "https"),
)
def test_only_a_trusted_proxy_can_say_the_request_came_over_https():
    from django.http import HttpResponse

    from parkbridge.core.client_address import UntrustedForwardingHeadersMiddleware

    seen: list[bool] = []

    def view(request):
        seen.append(request.is_secure())
        return HttpResponse()

    middleware = UntrustedForwardingHeadersMiddleware(view)
    factory = RequestFactory()
    middleware(factory.get("/", REMOTE_ADDR="203.0.113.5", HTTP_X_FORWARDED_PROTO="https"))
    middleware(factory.get("/", REMOTE_ADDR="127.0.0.1", HTTP_X_FORWARDED_PROTO="https"))
    assert seen == [False, True]
