from django.contrib import admin

from parkbridge.b2b.models import (
    B2BParticipant,
    B2BProgramme,
    B2BSession,
    Interpreter,
    Meeting,
    MeetingFeedback,
    MeetingOutcome,
    MeetingRequest,
    ScheduleRun,
    Slot,
    Table,
)


class SessionInline(admin.TabularInline):
    model = B2BSession
    extra = 0


class TableInline(admin.TabularInline):
    model = Table
    extra = 0


@admin.register(B2BProgramme)
class ProgrammeAdmin(admin.ModelAdmin):
    list_display = ["__str__", "event", "default_max_meetings", "created_at"]
    search_fields = ["title", "event__name_en"]
    autocomplete_fields = ["event"]
    filter_horizontal = ["organisers"]
    inlines = [SessionInline, TableInline]


class SlotInline(admin.TabularInline):
    model = Slot
    extra = 0


@admin.register(B2BSession)
class SessionAdmin(admin.ModelAdmin):
    list_display = ["label", "programme", "order"]
    list_filter = ["programme"]
    inlines = [SlotInline]


@admin.register(Slot)
class SlotAdmin(admin.ModelAdmin):
    list_display = ["__str__", "session", "starts_at", "ends_at"]
    list_filter = ["session__programme"]


@admin.register(Table)
class TableAdmin(admin.ModelAdmin):
    list_display = ["__str__", "programme", "number", "location"]
    list_filter = ["programme"]


@admin.register(B2BParticipant)
class ParticipantAdmin(admin.ModelAdmin):
    list_display = ["__str__", "programme", "country", "role", "max_meetings", "booth", "user"]
    list_filter = ["programme", "role", "country"]
    search_fields = ["display_name", "organisation__name_en"]
    raw_id_fields = ["organisation", "participant", "user"]
    filter_horizontal = ["unavailable_slots"]
    readonly_fields = ["agenda_key"]


@admin.register(MeetingRequest)
class RequestAdmin(admin.ModelAdmin):
    list_display = ["__str__", "programme", "weight", "status", "expires_at", "created_at"]
    list_filter = ["status", "programme"]
    raw_id_fields = ["requester", "recipient"]


class MeetingInline(admin.TabularInline):
    model = Meeting
    extra = 0
    raw_id_fields = ["request", "a", "b", "slot", "table", "booth_host"]


@admin.register(ScheduleRun)
class RunAdmin(admin.ModelAdmin):
    list_display = [
        "__str__", "status", "progress", "weight", "meetings_count", "bound", "published",
        "created_at",
    ]  # fmt: skip
    list_filter = ["status", "published", "programme"]
    readonly_fields = ["instance", "diff", "task_id"]
    raw_id_fields = ["based_on", "created_by"]


@admin.register(Meeting)
class MeetingAdmin(admin.ModelAdmin):
    list_display = ["__str__", "run", "slot", "table", "booth_host"]
    list_filter = ["run__programme"]
    raw_id_fields = ["run", "request", "a", "b", "slot", "table", "booth_host"]


@admin.register(MeetingOutcome)
class OutcomeAdmin(admin.ModelAdmin):
    list_display = ["__str__", "status", "agreement", "updated_at"]
    list_filter = ["status"]
    raw_id_fields = ["request", "agreement", "recorded_by"]


@admin.register(Interpreter)
class InterpreterAdmin(admin.ModelAdmin):
    list_display = ["name", "programme"]
    search_fields = ["name"]
    # Availability is kept as the slots the interpreter cannot take, as for participants.
    filter_horizontal = ["unavailable_slots"]


@admin.register(MeetingFeedback)
class MeetingFeedbackAdmin(admin.ModelAdmin):
    list_display = ["request", "participant", "rating", "status", "updated_at"]
    list_filter = ["status", "rating"]
    raw_id_fields = ["request", "participant"]
