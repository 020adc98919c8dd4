from django.contrib import admin

from parkbridge.agreements.models import Agreement, InvestmentProject, Milestone
from parkbridge.core.admin import ProvenanceInline


class MilestoneInline(admin.TabularInline):
    model = Milestone
    extra = 0


@admin.register(Agreement)
class AgreementAdmin(admin.ModelAdmin):
    list_display = ["title", "kind", "status", "signed_on", "value", "currency", "confidential"]
    list_filter = ["kind", "status", "confidential"]
    search_fields = ["title", "description"]
    date_hierarchy = "signed_on"
    filter_horizontal = ["parties"]
    raw_id_fields = ["event", "site"]
    inlines = [MilestoneInline, ProvenanceInline]


@admin.register(InvestmentProject)
class InvestmentProjectAdmin(admin.ModelAdmin):
    list_display = ["name", "investor", "site", "capex", "currency", "jobs", "status"]
    list_filter = ["status"]
    search_fields = ["name"]
    raw_id_fields = ["investor", "site", "agreement"]


admin.site.register(Milestone)
