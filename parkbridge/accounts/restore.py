"""Putting a record back as a history entry shows it (also recreating a deleted record)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.core.exceptions import ValidationError
from django.db import IntegrityError, models, transaction

from parkbridge.accounts.history import (
    REDACTED,
    mark_recorded,
    record_change,
    snapshot,
)
from parkbridge.accounts.models import ChangeAction, ChangeRecord


class RestoreError(ValueError):
    """The state can't be restored (a related record is gone, a value is no longer valid)."""


def state_to_restore(change: ChangeRecord, which: str) -> dict[str, Any]:
    """``after`` of a change, or ``before`` (the only state a deletion has)."""
    state = (
        change.before if which == "before" or change.action == ChangeAction.DELETE else change.after
    )
    if not state:
        raise RestoreError(f"change {change.pk} has no {which!r} state to restore")
    return state


def build_instance(model: type[models.Model], object_id: str, state: dict[str, Any]):
    """The stored record with ``state``'s column values applied (a new one if it's gone),
    and the many-to-many values to set after saving."""
    existing = model._base_manager.filter(pk=object_id).first()
    obj = existing if existing is not None else model(pk=model._meta.pk.to_python(object_id))
    by_attname = {f.attname: f for f in model._meta.concrete_fields}
    m2m_names = {f.name for f in model._meta.many_to_many}
    m2m: dict[str, list] = {}
    for key, value in state.items():
        if key in m2m_names:
            m2m[key] = list(value or [])
            continue
        field = by_attname.get(key)
        if field is None or field.primary_key or value == REDACTED:
            continue  # a column dropped since, or a secret the history never held
        try:
            setattr(obj, key, field.to_python(value))
        except ValidationError as error:
            raise RestoreError(f"{field.name}: {'; '.join(error.messages)}") from error
    return existing, obj, m2m


def restore(
    change: ChangeRecord,
    which: str = "after",
    user=None,
    authorise: Callable[[models.Model | None, models.Model], None] | None = None,
) -> models.Model:
    """Save the record as ``change`` shows it and record that as a ``restore`` change.
    ``authorise(existing, restored)`` raises to refuse (it sees both states)."""
    model = change.content_type.model_class()
    if model is None:
        raise RestoreError("the record's model no longer exists")
    state = state_to_restore(change, which)
    with transaction.atomic():
        existing, obj, m2m = build_instance(model, change.object_id, state)
        if authorise is not None:
            authorise(existing, obj)
        before = snapshot(existing) if existing is not None else None
        for name, ids in m2m.items():
            related = model._meta.get_field(name).related_model
            found = set(related._base_manager.filter(pk__in=ids).values_list("pk", flat=True))
            missing = [i for i in ids if i not in found]
            if missing:
                raise RestoreError(f"{name}: related records {missing} no longer exist")
        for field in model._meta.concrete_fields:
            if field.many_to_one and getattr(obj, field.attname) is not None:
                target = field.related_model._base_manager.filter(pk=getattr(obj, field.attname))
                if not target.exists():
                    raise RestoreError(f"{field.name}: the related record no longer exists")
        try:
            obj.full_clean(validate_unique=True)
        except ValidationError as error:
            detail = error.message_dict if hasattr(error, "message_dict") else error.messages
            raise RestoreError(str(detail)) from error
        mark_recorded(obj)
        try:
            obj.save(force_insert=existing is None)
            for name, ids in m2m.items():
                getattr(obj, name).set(ids)
        except IntegrityError as error:
            raise RestoreError(f"conflicts with an existing record: {error}") from error
        record_change(obj, ChangeAction.RESTORE, before, snapshot(obj), user=user)
    return obj
