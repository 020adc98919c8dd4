"""A record's recorded state, who is acting, and the hook through which changes are written
to the history.

The history itself (the ``ChangeRecord`` table, the signal handlers, restore) belongs to
:mod:`parkbridge.accounts.history`, which installs its recorder here when the app is ready.
``core`` only knows this interface, so it never imports ``accounts`` (lower layers don't
import higher ones).
"""

from __future__ import annotations

import contextvars
import hashlib
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from typing import Any

from django.core.exceptions import ImproperlyConfigured
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


class ChangeAction(models.TextChoices):
    CREATE = "create", "Created"
    UPDATE = "update", "Updated"
    DELETE = "delete", "Deleted"
    RESTORE = "restore", "Restored"


REDACTED = "[redacted]"
# Fields whose values must never reach the history (and its API).
SECRET_FIELDS = frozenset(
    {
        "auth.user.password",
        "core.apitoken.key_hash",
        "b2b.b2bparticipant.agenda_key",
        "accounts.invitation.token_hash",
    }
)


@dataclass(frozen=True)
class Actor:
    user: Any = None
    via: str = ""


_actor: contextvars.ContextVar[Actor | None] = contextvars.ContextVar(
    "parkbridge_actor", default=None
)


def current_actor() -> Actor:
    return _actor.get() or Actor()


@contextmanager
def acting_as(user, via: str) -> Iterator[None]:
    """Attribute the changes made inside the block to ``user`` (through ``via``)."""
    token = _actor.set(Actor(user if user is not None and user.is_authenticated else None, via))
    try:
        yield
    finally:
        _actor.reset(token)


def _json_value(value: Any) -> Any:
    """A JSON-native value (dates and decimals as strings), as stored in a JSON column."""
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, float):
        return (
            value if value == value and value not in (float("inf"), float("-inf")) else str(value)
        )
    return json.loads(json.dumps(value, cls=DjangoJSONEncoder))


def snapshot(
    obj: models.Model, with_m2m: bool = True, known_m2m: dict[str, list] | None = None
) -> dict[str, Any]:
    """The record's stored values: column (``attname``) → value, many-to-many → sorted ids.

    Many-to-many ids are read from ``known_m2m`` (links the caller knows unchanged), from a
    prefetch, or from a ``<name>_pks`` annotation (see :mod:`parkbridge.core.sector_codes`)
    before the database is asked."""
    label = obj._meta.label_lower
    data: dict[str, Any] = {}
    for field in obj._meta.concrete_fields:
        secret = f"{label}.{field.name}" in SECRET_FIELDS
        data[field.attname] = REDACTED if secret else _json_value(field.value_from_object(obj))
    if with_m2m and obj.pk is not None:
        prefetched = getattr(obj, "_prefetched_objects_cache", {})
        for field in obj._meta.many_to_many:
            annotated = getattr(obj, f"{field.name}_pks", None)
            if known_m2m is not None and field.name in known_m2m:
                ids = known_m2m[field.name]
            elif field.name in prefetched:  # already loaded (a list page, a detail answer)
                ids = [related.pk for related in prefetched[field.name]]
            elif annotated is not None:
                ids = [pk for pk in annotated if pk is not None]
            else:
                ids = getattr(obj, field.name).values_list("pk", flat=True)
            data[field.name] = sorted(ids, key=str)
    return data


def version_of(state: dict[str, Any]) -> str:
    """A short fingerprint of a record's state: the ETag a client sends back in ``If-Match``."""
    canonical = json.dumps(state, sort_keys=True, cls=DjangoJSONEncoder, default=str)
    return hashlib.sha256(canonical.encode()).hexdigest()[:20]


def mark_recorded(obj: models.Model) -> None:
    """The caller records this object's change itself: the signal handlers leave it alone."""
    obj._history_recorded = True


Recorder = Callable[..., object]
_recorder: Recorder | None = None


def install_recorder(recorder: Recorder) -> None:
    """Called once by the accounts app: ``recorder(obj, action, before, after, user=, via=)``
    writes one change to the history."""
    global _recorder
    _recorder = recorder


def record_change(
    obj: models.Model,
    action: str,
    before: dict | None,
    after: dict | None,
    user=None,
    via: str | None = None,
):
    if _recorder is None:
        raise ImproperlyConfigured(
            "no change recorder installed (is parkbridge.accounts in INSTALLED_APPS?)"
        )
    return _recorder(obj, action, before, after, user=user, via=via)
