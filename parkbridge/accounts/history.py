"""The history of every change to every record: who, when, before and after.

Writes through the API record their change explicitly (with many-to-many values and the
caller). Every other save or delete (admin, pages, imports, cascades) is caught by model
signals; the acting user comes from :func:`acting_as`, which the API and the history
middleware set per request. Bulk SQL paths (``QuerySet.update``, the fast importer) bypass
signals by design and are not recorded row by row.
"""

from __future__ import annotations

from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models.signals import m2m_changed, post_delete, post_save, pre_save

from parkbridge.accounts.models import ChangeRecord
from parkbridge.core import changes
from parkbridge.core.changes import (  # noqa: F401 (re-exported: the history's vocabulary)
    REDACTED,
    SECRET_FIELDS,
    Actor,
    ChangeAction,
    acting_as,
    current_actor,
    mark_recorded,
    snapshot,
    version_of,
)

# Not recorded: history itself, framework bookkeeping, queue state.
SKIPPED_APPS = frozenset({"contenttypes", "sessions", "admin", "django_tasks", "django_tasks_db"})
SKIPPED_MODELS = frozenset({
    "accounts.changerecord", "accounts.loginfailure", "auth.permission", "migrations.migration",
})  # fmt: skip


def is_tracked(model: type[models.Model]) -> bool:
    meta = model._meta
    return not (
        # Migrations' historical models live in "__fake__": data migrations aren't edits, and
        # may run before the history table exists.
        model.__module__ == "__fake__"
        or meta.app_label in SKIPPED_APPS
        or meta.label_lower in SKIPPED_MODELS
        or meta.auto_created  # many-to-many tables: recorded on their owner
        or not meta.managed
    )


def record_change(
    obj: models.Model,
    action: str,
    before: dict | None,
    after: dict | None,
    user=None,
    via: str | None = None,
) -> ChangeRecord:
    actor = current_actor()
    user = user if user is not None else actor.user
    if user is not None and not user.is_authenticated:
        user = None
    return ChangeRecord.objects.create(
        content_type=ContentType.objects.get_for_model(obj.__class__),
        object_id=str(obj.pk),
        user=user,
        username=user.get_username() if user is not None else "",
        action=action,
        before=before,
        after=after,
        via=via if via is not None else actor.via,
    )


# ---- signal handlers: everything not written through the API --------------------------------


def _skip(sender, instance, raw: bool = False) -> bool:
    return raw or not is_tracked(sender) or getattr(instance, "_history_recorded", False)


def _before_save(sender, instance, raw=False, update_fields=None, **kwargs) -> None:
    if _skip(sender, instance, raw):
        return
    instance._history_before = None
    if instance._state.adding or instance.pk is None:
        return
    if (
        sender._meta.label_lower == "auth.user"
        and update_fields
        and set(update_fields) <= {"last_login"}
    ):
        instance._history_skip_once = True  # a login is not an edit
        return
    stored = sender._base_manager.filter(pk=instance.pk).first()
    instance._history_before = snapshot(stored, with_m2m=False) if stored else None


def _after_save(sender, instance, created, raw=False, **kwargs) -> None:
    if _skip(sender, instance, raw):
        return
    if getattr(instance, "_history_skip_once", False):
        instance._history_skip_once = False
        return
    before = getattr(instance, "_history_before", None)
    after = snapshot(instance, with_m2m=False)
    if not created and before == after:
        return
    action = ChangeAction.CREATE if created else ChangeAction.UPDATE
    record_change(instance, action, None if created else before, after)


def _after_delete(sender, instance, **kwargs) -> None:
    if _skip(sender, instance):
        return
    record_change(instance, ChangeAction.DELETE, snapshot(instance, with_m2m=False), None)


def _m2m_changed(sender, instance, action, reverse, model, pk_set, **kwargs) -> None:
    if reverse or _skip(instance.__class__, instance):
        return
    field = next((f for f in instance._meta.many_to_many if f.remote_field.through is sender), None)
    if field is None:
        return
    if action.startswith("pre_"):
        instance.__dict__.setdefault("_history_m2m", {})[field.name] = sorted(
            getattr(instance, field.name).values_list("pk", flat=True), key=str
        )
        return
    if not action.startswith("post_"):
        return
    before = instance.__dict__.get("_history_m2m", {}).pop(field.name, None)
    after = sorted(getattr(instance, field.name).values_list("pk", flat=True), key=str)
    if before != after:
        record_change(instance, ChangeAction.UPDATE, {field.name: before}, {field.name: after})


def connect_signals() -> None:
    changes.install_recorder(record_change)
    uid = "parkbridge.accounts.history"
    pre_save.connect(_before_save, dispatch_uid=f"{uid}.pre_save")
    post_save.connect(_after_save, dispatch_uid=f"{uid}.post_save")
    post_delete.connect(_after_delete, dispatch_uid=f"{uid}.post_delete")
    m2m_changed.connect(_m2m_changed, dispatch_uid=f"{uid}.m2m")
