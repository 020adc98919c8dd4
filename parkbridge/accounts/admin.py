from django.contrib import admin

from parkbridge.accounts.models import (
    ChangeRecord,
    EventAssignment,
    Invitation,
    LoginFailure,
    MailStatus,
    MembershipRequest,
    Notification,
    NotificationPreference,
    OutgoingMail,
    Profile,
    SiteAssignment,
)


@admin.register(SiteAssignment)
class SiteAssignmentAdmin(admin.ModelAdmin):
    list_display = ["user", "site"]
    raw_id_fields = ["user", "site"]


@admin.register(EventAssignment)
class EventAssignmentAdmin(admin.ModelAdmin):
    list_display = ["user", "event"]
    raw_id_fields = ["user", "event"]


@admin.register(ChangeRecord)
class ChangeRecordAdmin(admin.ModelAdmin):
    """Read-only: the history is evidence and is never edited."""

    list_display = ["timestamp", "action", "content_type", "object_id", "username", "via"]
    list_filter = ["action", "content_type", "via"]
    search_fields = ["object_id", "username"]

    def has_add_permission(self, request) -> bool:
        return False

    def has_change_permission(self, request, obj=None) -> bool:
        return False

    def has_delete_permission(self, request, obj=None) -> bool:
        return False


@admin.register(LoginFailure)
class LoginFailureAdmin(admin.ModelAdmin):
    list_display = ["username", "address", "failures", "first_failure", "locked_until"]


@admin.register(OutgoingMail)
class OutgoingMailAdmin(admin.ModelAdmin):
    """The outbox: failed mail is found with the status filter; "send again" requeues it."""

    list_display = ["created", "to", "subject", "language", "status", "attempts", "next_attempt"]
    list_filter = ["status", "language", "created"]
    search_fields = ["to", "subject", "last_error"]
    readonly_fields = [
        "to", "user", "subject", "body_text", "body_html", "language", "status", "attempts",
        "last_error", "next_attempt", "created", "sent_at",
    ]  # fmt: skip
    actions = ["send_again"]

    def has_add_permission(self, request) -> bool:
        return False

    @admin.action(description="Send again")
    def send_again(self, request, queryset) -> None:
        from django.utils import timezone

        count = queryset.exclude(status=MailStatus.SENT).update(
            status=MailStatus.QUEUED, attempts=0, next_attempt=timezone.now()
        )
        self.message_user(request, f"{count} mail queued again; the worker sends it shortly.")


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["created", "user", "kind", "message", "read", "mail"]
    list_filter = ["kind", "mail", "read"]
    raw_id_fields = ["user"]


@admin.register(NotificationPreference)
class NotificationPreferenceAdmin(admin.ModelAdmin):
    list_display = ["user", "kind", "delivery"]
    list_filter = ["kind", "delivery"]
    raw_id_fields = ["user"]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["user", "language", "time_zone"]
    raw_id_fields = ["user"]


# ---- people: invitations and requests to join (made and decided on the people pages) -------


@admin.register(Invitation)
class InvitationAdmin(admin.ModelAdmin):
    list_display = ["created", "kind", "email", "invited_by", "expires", "accepted", "revoked"]
    list_filter = ["kind"]
    search_fields = ["email"]
    # The link's hash is useless to a person and the secret is never stored.
    exclude = ["token_hash"]
    raw_id_fields = [
        "event",
        "organisation",
        "invited_by",
        "revoked_by",
        "accepted_by",
        "registration",
    ]

    def has_add_permission(self, request) -> bool:
        return False  # an invitation needs its e-mail: /invitations/ and the members pages


@admin.register(MembershipRequest)
class MembershipRequestAdmin(admin.ModelAdmin):
    list_display = ["created", "user", "organisation", "status", "decided_by"]
    list_filter = ["status"]
    raw_id_fields = ["user", "organisation", "decided_by"]


# The admin's front page warns when mail failed for good (see accounts/admin_index.html).
admin.site.index_template = "accounts/admin_index.html"
