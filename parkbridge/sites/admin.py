from django.contrib import admin

from parkbridge.core.admin import ProvenanceInline
from parkbridge.core.admin_search import MultilingualSearchAdmin
from parkbridge.sites.models import Incentive, Residency, Site


class IncentiveInline(admin.TabularInline):
    model = Incentive
    extra = 0
    fields = ["tax", "benefit", "rate_percent", "standard_rate_percent", "duration_years", "starts"]
    # Rows recorded for this site; the regimes that apply by scope are listed on its card.


class ResidencyInline(admin.TabularInline):
    model = Residency
    extra = 0
    autocomplete_fields = ["organisation"]


@admin.register(Site)
class SiteAdmin(MultilingualSearchAdmin):
    list_display = ["name_en", "name_local", "kind", "status", "country", "city", "area_total_ha"]
    list_filter = ["kind", "status", "country", "geo_precision"]
    autocomplete_fields = ["operator"]
    filter_horizontal = ["sectors"]
    inlines = [IncentiveInline, ResidencyInline, ProvenanceInline]


@admin.register(Incentive)
class IncentiveAdmin(admin.ModelAdmin):
    list_display = [
        "regime_name", "country", "applies_to_kind", "scope", "tax", "benefit", "rate_percent",
    ]  # fmt: skip
    list_filter = ["scope", "country", "applies_to_kind", "tax", "benefit"]
    search_fields = ["regime_name", "regime_code", "conditions", "legal_basis"]
    raw_id_fields = ["site"]


@admin.register(Residency)
class ResidencyAdmin(admin.ModelAdmin):
    list_display = ["organisation", "site", "since", "jobs"]
    raw_id_fields = ["site", "organisation"]
