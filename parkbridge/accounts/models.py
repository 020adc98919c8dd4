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
from django.utils.translation import gettext_lazy as _

from parkbridge.core.changes import ChangeAction as _ChangeAction


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


# The actions are core's (api_crud records them without importing accounts).
ChangeAction = _ChangeAction


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


class Profile(models.Model):
    """A person's own settings: the language and time zone their pages and e-mails use.
    Created on first use (:func:`profile_of`), so users made by any path have one."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    # Empty: the language the browser asks for (pages) or the site's default (e-mail).
    language = models.CharField(max_length=10, blank=True)
    # Empty: UTC, the server's time zone.
    time_zone = models.CharField(max_length=64, blank=True)

    def __str__(self) -> str:
        return f"{self.user}: {self.language or '-'} {self.time_zone or '-'}"


def profile_of(user) -> Profile:
    profile, _ = Profile.objects.get_or_create(user=user)
    return profile


class MailStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    SENT = "sent", "Sent"
    FAILED = "failed", "Failed"


class OutgoingMail(models.Model):
    """One e-mail in the outbox, rendered when queued and sent by the background worker.
    A failed attempt stays queued with a later ``next_attempt``; after the last attempt it is
    ``failed`` and shown to administrators."""

    to = models.EmailField(max_length=254)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="outgoing_mail",
    )
    subject = models.CharField(max_length=255)
    body_text = models.TextField()
    body_html = models.TextField(blank=True)
    language = models.CharField(max_length=10, blank=True)
    status = models.CharField(
        max_length=10, choices=MailStatus.choices, default=MailStatus.QUEUED, db_index=True
    )
    attempts = models.PositiveIntegerField(default=0)
    last_error = models.TextField(blank=True)
    next_attempt = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["status", "next_attempt"])]
        verbose_name_plural = "outgoing mail"

    def __str__(self) -> str:
        return f"{self.to}: {self.subject}"


class Delivery(models.TextChoices):
    AT_ONCE = "at_once", _("At once")
    DIGEST = "digest", _("Daily digest")
    NEVER = "never", _("Never")


class NotificationPreference(models.Model):
    """How a person wants e-mail about one kind of notification; no row means at once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notification_preferences"
    )
    kind = models.CharField(max_length=40)
    delivery = models.CharField(max_length=10, choices=Delivery.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "kind"], name="notification_preference_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.kind}: {self.delivery}"


class MailState(models.TextChoices):
    NONE = "none", "No e-mail"
    QUEUED = "queued", "E-mail queued"
    DIGEST = "digest", "Waiting for the digest"
    DIGESTED = "digested", "Sent in a digest"


class Notification(models.Model):
    """The product-wide in-app record of something a person should know (any app's kind).
    ``mail`` says what happened to its e-mail, so the digest picks up each one once."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="inbox"
    )
    kind = models.CharField(max_length=40)
    message = models.CharField(max_length=1000)
    url = models.CharField(max_length=500, blank=True)
    content_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    object_id = models.CharField(max_length=64, blank=True)
    read = models.BooleanField(default=False)
    mail = models.CharField(max_length=10, choices=MailState.choices, default=MailState.NONE)
    created = models.DateTimeField(auto_now_add=True, db_index=True)

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [
            models.Index(fields=["user", "read"]),
            models.Index(fields=["mail", "created"]),
        ]

    def __str__(self) -> str:
        return self.message


# ---- people: invitations and requests to join an organisation ------------------------------


class InvitationKind(models.TextChoices):
    EVENT = "event", "Event"
    ORGANISATION = "organisation", "Organisation"
    ROLE = "role", "Role"


class Invitation(models.Model):
    """One person invited by e-mail to an event, an organisation or a role. The link's secret
    is never stored, only its SHA-256; the link works once, until it expires or is revoked.
    What accepting grants is in :mod:`parkbridge.accounts.invitations`."""

    kind = models.CharField(max_length=20, choices=InvitationKind.choices)
    email = models.EmailField(max_length=254)
    token_hash = models.CharField(max_length=64, unique=True, editable=False)
    # The language of the e-mail (and of the page the link opens).
    language = models.CharField(max_length=10, default="en")
    message = models.TextField(blank=True, max_length=2000)
    event = models.ForeignKey(
        "events.Event", null=True, blank=True, on_delete=models.CASCADE, related_name="invitations"
    )
    # For an organisation invitation: the organisation joined; for an event invitation: the
    # organisation the person is registered for (optional).
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    member_role = models.CharField(max_length=20, blank=True)
    role = models.CharField(max_length=40, blank=True)
    participant_role = models.CharField(max_length=20, blank=True)
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations_sent",
    )
    created = models.DateTimeField(auto_now_add=True)
    expires = models.DateTimeField()
    revoked = models.DateTimeField(null=True, blank=True)
    revoked_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    accepted = models.DateTimeField(null=True, blank=True)
    accepted_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations_accepted",
    )
    # The event registration the invitation created (so "my events" can find it).
    registration = models.ForeignKey(
        "events.Participant",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="invitations",
    )

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["email"])]
        constraints = [
            models.CheckConstraint(
                condition=(
                    models.Q(kind="event", event__isnull=False)
                    | models.Q(kind="organisation", organisation__isnull=False)
                    | (models.Q(kind="role") & ~models.Q(role=""))
                ),
                name="invitation_has_its_target",
            )
        ]

    def __str__(self) -> str:
        return f"{self.kind} invitation for {self.email}"

    @property
    def state(self) -> str:
        """pending, accepted, revoked or expired."""
        from django.utils import timezone

        if self.accepted is not None:
            return "accepted"
        if self.revoked is not None:
            return "revoked"
        if self.expires <= timezone.now():
            return "expired"
        return "pending"


class MembershipRequestStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    APPROVED = "approved", "Approved"
    REFUSED = "refused", "Refused"
    WITHDRAWN = "withdrawn", "Withdrawn"


class MembershipRequest(models.Model):
    """A signed-in user asks to join an organisation; one of its admins approves or refuses."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="membership_requests"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation", on_delete=models.CASCADE, related_name="membership_requests"
    )
    message = models.TextField(blank=True, max_length=2000)
    status = models.CharField(
        max_length=12,
        choices=MembershipRequestStatus.choices,
        default=MembershipRequestStatus.PENDING,
    )
    reason = models.TextField(blank=True, max_length=2000)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    decided = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-id"]
        constraints = [
            # Asking twice while the first request waits is one request.
            models.UniqueConstraint(
                fields=["user", "organisation"],
                condition=models.Q(status="pending"),
                name="membership_request_one_pending",
            )
        ]

    def __str__(self) -> str:
        return f"{self.user} → {self.organisation} ({self.status})"
