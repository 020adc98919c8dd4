from django.contrib import admin

from parkbridge.core.admin import ProvenanceInline
from parkbridge.core.admin_search import MultilingualSearchAdmin
from parkbridge.organisations.models import Organisation, OrganisationLink, Person


class OutgoingLinkInline(admin.TabularInline):
    model = OrganisationLink
    fk_name = "source"
    extra = 0
    raw_id_fields = ["target"]


@admin.register(Organisation)
class OrganisationAdmin(MultilingualSearchAdmin):
    list_display = ["name_en", "name_ru", "kind", "country"]
    list_filter = ["kind", "country"]
    filter_horizontal = ["sectors"]
    inlines = [OutgoingLinkInline, ProvenanceInline]


@admin.register(OrganisationLink)
class OrganisationLinkAdmin(admin.ModelAdmin):
    list_display = ["source", "kind", "target", "share_percent", "since"]
    list_filter = ["kind"]
    raw_id_fields = ["source", "target"]


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin):
    list_display = ["name", "role", "organisation", "country"]
    search_fields = ["name", "name_latin", "role"]
    raw_id_fields = ["organisation"]
    inlines = [ProvenanceInline]
