from django.contrib import admin

from parkbridge.core.admin import ProvenanceInline
from parkbridge.core.admin_search import MultilingualSearchAdmin
from parkbridge.events.models import (
    Event,
    EventSeries,
    EventStatistic,
    Participant,
    ProgrammeSession,
    SiteVisit,
)


class SessionInline(admin.TabularInline):
    model = ProgrammeSession
    extra = 0
    exclude = ["speakers"]


class ParticipantInline(admin.TabularInline):
    model = Participant
    extra = 0
    raw_id_fields = ["organisation", "person"]


class SiteVisitInline(admin.TabularInline):
    model = SiteVisit
    extra = 0
    raw_id_fields = ["site"]


class StatisticInline(admin.TabularInline):
    model = EventStatistic
    extra = 0


@admin.register(Event)
class EventAdmin(MultilingualSearchAdmin):
    list_display = ["name_en", "kind", "edition", "start", "end", "city", "country"]
    list_filter = ["kind", "country"]
    date_hierarchy = "start"
    filter_horizontal = ["organisers"]
    inlines = [SessionInline, ParticipantInline, SiteVisitInline, StatisticInline, ProvenanceInline]


@admin.register(EventSeries)
class EventSeriesAdmin(MultilingualSearchAdmin):
    list_display = ["name_en", "kind"]


admin.site.register([ProgrammeSession, Participant, SiteVisit, EventStatistic])
