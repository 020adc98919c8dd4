from django.contrib import admin

from parkbridge.accounts.models import (
    ChangeRecord,
    EventAssignment,
    LoginFailure,
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
