"""Login throttling: failures are counted per (username, client address); after
``PARKBRIDGE_LOGIN_MAX_FAILURES`` failures within the window the pair is locked for
``PARKBRIDGE_LOGIN_LOCK_SECONDS``. Counting per pair, not per username alone, means an attacker
elsewhere cannot lock a user out of their own address."""

from __future__ import annotations

import hashlib
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.auth.signals import user_logged_in, user_login_failed
from django.db import transaction
from django.http import HttpRequest
from django.utils import timezone

from parkbridge.accounts.models import LoginFailure
from parkbridge.core.client_address import client_address as core_client_address


def max_failures() -> int:
    return int(getattr(settings, "PARKBRIDGE_LOGIN_MAX_FAILURES", 5))


def lock_seconds() -> int:
    return int(getattr(settings, "PARKBRIDGE_LOGIN_LOCK_SECONDS", 15 * 60))


def client_address(request: HttpRequest | None) -> str:
    """The caller's address (``X-Forwarded-For`` only from ``PARKBRIDGE_TRUSTED_PROXIES``)."""
    return core_client_address(request)


def _key(username: str, address: str) -> str:
    return hashlib.sha256(f"{username.lower()}\0{address}".encode()).hexdigest()


def locked_until(username: str, address: str) -> datetime | None:
    """When the lock on this pair ends, or None if it isn't locked."""
    row = LoginFailure.objects.filter(key=_key(username, address)).first()
    if row is None or row.locked_until is None or row.locked_until <= timezone.now():
        return None
    return row.locked_until


def register_failure(username: str, address: str) -> None:
    now = timezone.now()
    window = timedelta(seconds=lock_seconds())
    with transaction.atomic():
        row, _ = LoginFailure.objects.select_for_update().get_or_create(
            key=_key(username, address),
            defaults={"username": username[:150], "address": address, "first_failure": now},
        )
        if row.first_failure < now - window and (
            row.locked_until is None or row.locked_until <= now
        ):
            row.failures, row.first_failure, row.locked_until = 0, now, None
        row.failures += 1
        if row.failures >= max_failures():
            row.locked_until = now + window
        row.save()


def clear_failures(username: str, address: str) -> None:
    LoginFailure.objects.filter(key=_key(username, address)).delete()


def _on_failure(sender, credentials, request=None, **kwargs) -> None:
    # The API and the admin send a username; allauth's sign-in form a username or an e-mail.
    username = str(credentials.get("username") or credentials.get("email") or "")
    if username:
        register_failure(username, client_address(request))


def _on_login(sender, request, user, **kwargs) -> None:
    address = client_address(request)
    clear_failures(user.get_username(), address)
    if user.email:
        clear_failures(user.email, address)


def connect_signals() -> None:
    user_login_failed.connect(_on_failure, dispatch_uid="parkbridge.accounts.login_failed")
    user_logged_in.connect(_on_login, dispatch_uid="parkbridge.accounts.logged_in")
