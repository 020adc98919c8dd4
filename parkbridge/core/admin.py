from django.contrib import admin
from django.contrib.contenttypes.admin import GenericTabularInline

from parkbridge.core.models import ApiToken, Provenance, Sector, Source


class ProvenanceInline(GenericTabularInline):
    """Shows, on any record's admin page, the sources that state it."""

    model = Provenance
    extra = 0
    fields = ["source", "field", "quote"]
    autocomplete_fields = ["source"]


@admin.register(Source)
class SourceAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "published", "language", "publisher"]
    list_filter = ["kind", "language"]
    search_fields = ["title", "publisher", "url", "key"]


@admin.register(Provenance)
class ProvenanceAdmin(admin.ModelAdmin):
    list_display = ["source", "content_type", "object_id", "field"]
    list_filter = ["content_type"]
    search_fields = ["quote", "source__title"]
    autocomplete_fields = ["source"]


@admin.register(Sector)
class SectorAdmin(admin.ModelAdmin):
    list_display = ["code", "name_en", "name_ru", "name_zh", "isic"]
    search_fields = ["code", "name_en", "name_ru", "name_zh"]


@admin.register(ApiToken)
class ApiTokenAdmin(admin.ModelAdmin):
    list_display = ["prefix", "user", "name", "scopes", "expires", "last_used"]
    readonly_fields = ["prefix", "key_hash", "created", "last_used"]
