"""Admin for the marketplace. Saving a profile here notifies matching saved searches, like
the API and the pages do."""

from django.contrib import admin

from parkbridge.marketplace import services
from parkbridge.marketplace.models import (
    Interest,
    Notification,
    OrganisationMember,
    Profile,
    SavedSearch,
)


@admin.register(OrganisationMember)
class OrganisationMemberAdmin(admin.ModelAdmin):
    list_display = ["user", "organisation", "role", "created"]
    list_filter = ["role"]
    search_fields = ["user__username", "user__email", "organisation__name_en"]
    raw_id_fields = ["user", "organisation"]


@admin.register(Profile)
class ProfileAdmin(admin.ModelAdmin):
    list_display = ["title", "direction", "kind", "organisation", "active", "created"]
    list_filter = ["direction", "kind", "active", "language", "condition", "deal"]
    search_fields = ["title", "description", "organisation__name_en"]
    raw_id_fields = ["organisation", "site", "created_by"]
    filter_horizontal = ["sectors"]
    date_hierarchy = "created"

    def save_related(self, request, form, formsets, change) -> None:
        # Sectors are saved here, after the profile: only now is it complete enough to match.
        super().save_related(request, form, formsets, change)
        services.publish(form.instance)


@admin.register(Interest)
class InterestAdmin(admin.ModelAdmin):
    list_display = ["from_organisation", "to_profile", "status", "created", "answered"]
    list_filter = ["status"]
    search_fields = ["from_organisation__name_en", "to_profile__title", "message"]
    raw_id_fields = [
        "from_organisation", "from_profile", "to_profile", "created_by", "answered_by",
        "agreement",
    ]  # fmt: skip


@admin.register(SavedSearch)
class SavedSearchAdmin(admin.ModelAdmin):
    list_display = ["__str__", "user", "kind", "created"]
    list_filter = ["kind"]
    search_fields = ["name", "user__username"]
    raw_id_fields = ["user"]


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = ["message", "user", "kind", "read", "created"]
    list_filter = ["kind", "read"]
    search_fields = ["message", "user__username"]
    raw_id_fields = ["user", "saved_search"]
