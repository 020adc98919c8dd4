"""Links that give object-level rights (user ↔ site, user ↔ event), the change history, and
failed-login counters. The user ↔ organisation link is the marketplace's
:class:`parkbridge.marketplace.models.OrganisationMember` (one membership model for the whole
product): a company member edits its organisation's profile; a site operator edits the sites
its organisation operates; an event organiser the events its organisation organises."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.serializers.json import DjangoJSONEncoder
from django.db import models


class SiteAssignment(models.Model):
    """A site the user operates directly (for sites whose operator isn't in the registry)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="site_assignments"
    )
    site = models.ForeignKey("sites.Site", on_delete=models.CASCADE, related_name="assignees")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "site"], name="site_assignment_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.site}"


class EventAssignment(models.Model):
    """An event the user organises directly."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="event_assignments"
    )
    event = models.ForeignKey("events.Event", on_delete=models.CASCADE, related_name="assignees")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "event"], name="event_assignment_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.event}"


class ChangeAction(models.TextChoices):
    CREATE = "create", "Created"
    UPDATE = "update", "Updated"
    DELETE = "delete", "Deleted"
    RESTORE = "restore", "Restored"


class ChangeRecord(models.Model):
    """One change to one record: who, when, and the record before and after (field → value;
    many-to-many fields as lists of ids). ``before`` is empty for a creation, ``after`` for a
    deletion."""

    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.CharField(max_length=64)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="changes",
    )
    # Kept even if the user is deleted later: the history must still say who it was.
    username = models.CharField(max_length=150, blank=True)
    timestamp = models.DateTimeField(auto_now_add=True, db_index=True)
    action = models.CharField(max_length=10, choices=ChangeAction.choices)
    before = models.JSONField(null=True, blank=True, encoder=DjangoJSONEncoder)
    after = models.JSONField(null=True, blank=True, encoder=DjangoJSONEncoder)
    via = models.CharField(max_length=20, blank=True, help_text="api, admin, page, cli, …")

    class Meta:
        ordering = ["-timestamp", "-id"]
        indexes = [models.Index(fields=["content_type", "object_id", "timestamp"])]

    def __str__(self) -> str:
        return f"{self.action} {self.content_type.model} {self.object_id} by {self.username or '?'}"

    def changed_fields(self) -> list[str]:
        before, after = self.before or {}, self.after or {}
        return sorted(k for k in before.keys() | after.keys() if before.get(k) != after.get(k))


class LoginFailure(models.Model):
    """Failed logins per (username, address); a key with too many recent failures is locked.
    In the database rather than a per-process cache, so every web worker sees the same count."""

    key = models.CharField(max_length=64, unique=True)
    username = models.CharField(max_length=150)
    address = models.CharField(max_length=64)
    failures = models.PositiveIntegerField(default=0)
    first_failure = models.DateTimeField()
    locked_until = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.username}@{self.address}: {self.failures}"
