"""The address of whoever sent a request. ``X-Forwarded-For`` is believed only when the
request came from a configured proxy (``PARKBRIDGE_TRUSTED_PROXIES``: addresses or networks),
and then only the hops those proxies appended: a client that reaches the application port
directly, or puts its own ``X-Forwarded-For`` in front, can't choose its address (the login
lock is counted per address)."""

from __future__ import annotations

import ipaddress
from collections.abc import Iterable
from functools import lru_cache

from django.conf import settings
from django.http import HttpRequest

Network = ipaddress.IPv4Network | ipaddress.IPv6Network


@lru_cache(maxsize=8)
def _networks(entries: tuple[str, ...]) -> tuple[Network, ...]:
    return tuple(ipaddress.ip_network(e.strip(), strict=False) for e in entries if e.strip())


def trusted_proxies() -> tuple[Network, ...]:
    configured = getattr(settings, "PARKBRIDGE_TRUSTED_PROXIES", ()) or ()
    if isinstance(configured, str):
        configured = configured.split(",")
    return _networks(tuple(configured))


def _trusted(address: str, networks: Iterable[Network]) -> bool:
    try:
        ip = ipaddress.ip_address(address)
    except ValueError:
        return False
    return any(ip in network for network in networks)


def client_address(request: HttpRequest | None) -> str:
    if request is None:
        return "-"
    remote = (request.META.get("REMOTE_ADDR") or "-")[:64]
    networks = trusted_proxies()
    if not networks or not _trusted(remote, networks):
        return remote
    hops = [h.strip() for h in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")]
    # Right to left: each trusted proxy appended the address it saw; the first address that
    # isn't one of ours is the client. Entries further left were written by the client.
    for hop in reversed([h for h in hops if h]):
        try:
            ipaddress.ip_address(hop)
        except ValueError:
            return remote  # not written by a proxy of ours
        if not _trusted(hop, networks):
            return hop[:64]
    return remote


class UntrustedForwardingHeadersMiddleware:
    """Drops ``X-Forwarded-Proto`` from requests that did not come through a configured proxy,
    so a client reaching the application port directly can't claim HTTPS (Django would then
    believe ``SECURE_PROXY_SSL_HEADER`` and treat the request as secure). First in the chain."""

    HEADERS = ("HTTP_X_FORWARDED_PROTO",)

    def __init__(self, get_response) -> None:  # noqa: ANN001 - Django's middleware protocol
        self.get_response = get_response

    def __call__(self, request: HttpRequest):  # noqa: ANN204
        if not _trusted(request.META.get("REMOTE_ADDR") or "", trusted_proxies()):
            for header in self.HEADERS:
                request.META.pop(header, None)
        return self.get_response(request)
