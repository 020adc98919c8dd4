"""Facts about the whole registry that every list and map request needs (the countries for the
filter's choices, the fingerprint that keys the map's cache), remembered for a few seconds.

Reading them takes tens of milliseconds at 100,000 sites, which would be most of a cached map
request. A saved or deleted site or organisation clears them in this process at once (signals
wired in ``WebConfig.ready``); other server processes see the change within ``STATE_SECONDS``,
as do bulk updates that send no signals.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Callable, Hashable
from typing import Any, TypeVar

STATE_SECONDS = 5.0

T = TypeVar("T")
_state: dict[Hashable, tuple[float, Any]] = {}
_lock = threading.Lock()
_listeners: list[Callable[[], None]] = []


def audience(user: Any) -> Hashable:
    """Who sees the same sites: administrators all, anonymous visitors the public ones, and
    every other account its own (its organisations' confidential records may be among them)."""
    from parkbridge.core.access import sees_everything

    if sees_everything(user):
        return "all"
    if user is not None and getattr(user, "is_authenticated", False):
        return ("user", user.pk)
    return "public"


def remembered(key: Hashable, compute: Callable[[], T]) -> T:
    now = time.monotonic()
    with _lock:
        hit = _state.get(key)
    if hit is not None and now - hit[0] <= STATE_SECONDS:
        return hit[1]
    value = compute()
    with _lock:
        _state[key] = (now, value)
        if len(_state) > 1000:  # one entry per account that looked; keep it bounded
            _state.clear()
    return value


def on_change(listener: Callable[[], None]) -> None:
    """Call ``listener`` whenever the registry changes in this process (e.g. to drop a cache)."""
    _listeners.append(listener)


def forget(*args: Any, **kwargs: Any) -> None:
    """Signal receiver: the registry changed."""
    with _lock:
        _state.clear()
    for listener in _listeners:
        listener()


def connect_signals() -> None:
    from django.db.models.signals import post_delete, post_save

    for model in ("sites.Site", "organisations.Organisation"):
        post_save.connect(forget, sender=model, dispatch_uid=f"web-registry-save-{model}")
        post_delete.connect(forget, sender=model, dispatch_uid=f"web-registry-delete-{model}")
