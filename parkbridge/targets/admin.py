from django.contrib import admin

from parkbridge.core.admin import ProvenanceInline
from parkbridge.targets.models import Indicator, IndicatorValue, Target


@admin.register(Target)
class TargetAdmin(admin.ModelAdmin):
    list_display = ["title", "value", "deadline", "scope", "progress_percent"]
    search_fields = ["title", "measure"]
    inlines = [ProvenanceInline]

    @admin.display(description="progress")
    def progress_percent(self, target: Target) -> str:
        progress = target.progress()
        return "—" if progress is None else f"{progress:.0%}"


class IndicatorValueInline(admin.TabularInline):
    model = IndicatorValue
    extra = 0


@admin.register(Indicator)
class IndicatorAdmin(admin.ModelAdmin):
    list_display = ["measure", "scope", "unit"]
    search_fields = ["measure", "scope"]
    inlines = [IndicatorValueInline]


admin.site.register(IndicatorValue)
