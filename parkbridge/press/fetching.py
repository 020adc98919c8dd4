"""Fetching a feed or a page from the web: the one place press monitoring opens a connection.

Only http(s); a timeout per read and a deadline for the whole fetch; the body is streamed and
the fetch stops past the size cap; redirects are followed by hand, up to a cap, each hop checked
like the first. The host name is resolved here and the connection goes to the checked address
(the TLS name stays the host's), so a name that resolves to a private, loopback, link-local or
reserved address is refused before any byte is sent, even when a redirect or a second DNS
answer points there. Conditional requests (ETag, Last-Modified) save re-downloading a feed.

No Django here: the caller passes a :class:`FetchPolicy` (see ``policy_from_settings``).
"""

from __future__ import annotations

import ipaddress
import socket
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urljoin, urlsplit

import certifi
import urllib3

USER_AGENT = "ParkBridge press monitor (+https://github.com/parkbridge)"


class FetchError(Exception):
    """The source could not be fetched; the message says why, in words a reviewer reads."""


@dataclass(frozen=True)
class FetchPolicy:
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    deadline: float = 60.0  # seconds for the whole fetch, redirects included
    max_bytes: int = 10 * 1024 * 1024
    max_redirects: int = 5
    allow_private: bool = False


@dataclass
class Fetched:
    url: str  # after redirects
    status: int  # 200, or 304 when the conditional request found nothing new
    body: bytes = b""
    content_type: str = ""
    etag: str = ""
    last_modified: str = ""
    redirects: list[str] = field(default_factory=list)

    @property
    def not_modified(self) -> bool:
        return self.status == 304

    @property
    def charset(self) -> str | None:
        for part in self.content_type.split(";")[1:]:
            key, _, value = part.strip().partition("=")
            if key.lower() == "charset" and value:
                return value.strip("\"'")
        return None


Resolver = Callable[[str, int], list[str]]


def _resolve(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except socket.gaierror as error:
        raise FetchError(f"cannot resolve {host}: {error.strerror or error}") from error
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def is_public(address: str) -> bool:
    """True for an address on the public internet; private, loopback, link-local, multicast,
    reserved and unspecified ones (and IPv4 mapped into IPv6) are not."""
    ip = ipaddress.ip_address(address.split("%")[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return ip.is_global and not (ip.is_multicast or ip.is_reserved or ip.is_unspecified)


def check_url(url: str) -> tuple[str, str, int]:
    """(scheme, host, port) of an http(s) URL, or FetchError."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError as error:
        raise FetchError(f"not a valid URL: {error}") from error
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise FetchError(f"only http and https addresses can be fetched, not {scheme or 'this'}")
    if not parts.hostname:
        raise FetchError("the address has no host name")
    if parts.username or parts.password:
        raise FetchError("addresses with a user name or password are not fetched")
    return scheme, parts.hostname, port or (443 if scheme == "https" else 80)


def _address_for(host: str, port: int, policy: FetchPolicy, resolver: Resolver) -> str:
    addresses = resolver(host, port)
    if not addresses:
        raise FetchError(f"cannot resolve {host}")
    if not policy.allow_private:
        refused = [a for a in addresses if not is_public(a)]
        if refused:
            raise FetchError(
                f"{host} resolves to a private or reserved address ({refused[0]}); "
                "such addresses are not fetched"
            )
    return addresses[0]


def _pool(scheme: str, host: str, address: str, port: int, policy: FetchPolicy):
    timeout = urllib3.Timeout(connect=policy.connect_timeout, read=policy.read_timeout)
    if scheme == "https":
        return urllib3.HTTPSConnectionPool(
            address, port, timeout=timeout, retries=False, maxsize=1,
            server_hostname=host, assert_hostname=host,
            cert_reqs="CERT_REQUIRED", ca_certs=certifi.where(),
        )  # fmt: skip
    return urllib3.HTTPConnectionPool(address, port, timeout=timeout, retries=False, maxsize=1)


def _target(url: str) -> str:
    parts = urlsplit(url)
    return (parts.path or "/") + (f"?{parts.query}" if parts.query else "")


def _host_header(host: str, port: int, scheme: str) -> str:
    name = f"[{host}]" if ":" in host else host
    return name if port == (443 if scheme == "https" else 80) else f"{name}:{port}"


def fetch(
    url: str,
    policy: FetchPolicy | None = None,
    *,
    etag: str = "",
    last_modified: str = "",
    accept: str = "*/*",
    resolver: Resolver = _resolve,
) -> Fetched:
    """GET ``url`` under ``policy``; a 304 answer to the conditional headers comes back as
    ``status=304`` with no body. Raises :class:`FetchError` for anything else that is not 200."""
    policy = policy or FetchPolicy()
    started = time.monotonic()
    redirects: list[str] = []
    current = url.strip()
    while True:
        scheme, host, port = check_url(current)
        address = _address_for(host, port, policy, resolver)
        headers = {
            "Host": _host_header(host, port, scheme),
            "User-Agent": USER_AGENT,
            "Accept": accept,
            "Accept-Encoding": "gzip, deflate",
        }
        if etag:
            headers["If-None-Match"] = etag
        if last_modified:
            headers["If-Modified-Since"] = last_modified
        pool = _pool(scheme, host, address, port, policy)
        try:
            response = pool.urlopen(
                "GET", _target(current), headers=headers, redirect=False,
                preload_content=False, decode_content=True, assert_same_host=False,
            )  # fmt: skip
        except urllib3.exceptions.TimeoutError as error:
            raise FetchError(
                f"{host} did not answer in time ({error.__class__.__name__})"
            ) from error
        except urllib3.exceptions.SSLError as error:
            raise FetchError(f"secure connection to {host} failed: {error}") from error
        except urllib3.exceptions.HTTPError as error:
            raise FetchError(f"cannot connect to {host}: {_reason(error)}") from error
        try:
            if response.status in (301, 302, 303, 307, 308):
                location = response.headers.get("Location")
                if not location:
                    raise FetchError(f"{host} redirected without saying where to")
                if len(redirects) >= policy.max_redirects:
                    raise FetchError(f"more than {policy.max_redirects} redirects")
                current = urljoin(current, location)
                redirects.append(current)
                continue
            if response.status == 304 and (etag or last_modified):
                return Fetched(
                    url=current, status=304, etag=response.headers.get("ETag", etag),
                    last_modified=response.headers.get("Last-Modified", last_modified),
                    redirects=redirects,
                )  # fmt: skip
            if response.status != 200:
                raise FetchError(
                    f"{host} answered {response.status} {response.reason or ''}".strip()
                )
            declared = response.headers.get("Content-Length")
            if declared and declared.isdigit() and int(declared) > policy.max_bytes:
                raise FetchError(_too_large(policy))
            body = _read_capped(response, policy, started)
            return Fetched(
                url=current, status=200, body=body,
                content_type=response.headers.get("Content-Type", ""),
                etag=response.headers.get("ETag", ""),
                last_modified=response.headers.get("Last-Modified", ""),
                redirects=redirects,
            )  # fmt: skip
        finally:
            response.release_conn()
            pool.close()


def _read_capped(response, policy: FetchPolicy, started: float) -> bytes:
    chunks: list[bytes] = []
    size = 0
    try:
        for chunk in response.stream(64 * 1024):
            size += len(chunk)
            if size > policy.max_bytes:
                raise FetchError(_too_large(policy))
            if time.monotonic() - started > policy.deadline:
                raise FetchError(f"the download took longer than {policy.deadline:g} seconds")
            chunks.append(chunk)
    except urllib3.exceptions.TimeoutError as error:
        raise FetchError("the server stopped sending in the middle of the answer") from error
    except urllib3.exceptions.HTTPError as error:
        raise FetchError(f"the download broke off: {_reason(error)}") from error
    return b"".join(chunks)


def _too_large(policy: FetchPolicy) -> str:
    return f"the answer is larger than the limit of {policy.max_bytes} bytes"


def _reason(error: Exception) -> str:
    reason = getattr(error, "reason", None) or error
    return str(reason).split(": ", 1)[-1] if ": " in str(reason) else str(reason)
