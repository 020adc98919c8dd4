"""REST API for events, their programme, participants, site visits and statistics."""

from datetime import date
from typing import Annotated

from django.db.models import Q
from ninja import Field, FilterLookup, FilterSchema, ModelSchema, Router

from parkbridge.core.api_crud import register_crud, resolve_by, search_q
from parkbridge.core.api_schemas import STRICT_INPUT, model_schemas, partial
from parkbridge.events.models import (
    Event,
    EventSeries,
    EventStatistic,
    Participant,
    ProgrammeSession,
    SiteVisit,
)
from parkbridge.organisations.models import Organisation

router = Router(tags=["events"])
series_router = Router(tags=["events"])
session_router = Router(tags=["events"])
participant_router = Router(tags=["events"])
visit_router = Router(tags=["events"])
statistic_router = Router(tags=["events"])

EVENT_FIELDS = [
    "name_en", "name_ru", "name_zh", "name_local", "aliases", "series", "kind", "edition",
    "start", "end", "country", "city", "venue", "website", "description", "confidential",
]  # fmt: skip


class EventOut(ModelSchema):
    organisers: list[int]
    aliases: list[str]

    class Meta:
        model = Event
        fields = ["id", *EVENT_FIELDS]

    @staticmethod
    def resolve_organisers(obj: Event) -> list[int]:
        return [o.pk for o in obj.organisers.all()]


class EventIn(ModelSchema):
    model_config = STRICT_INPUT

    organisers: list[int] = []
    aliases: list[str] = []

    class Meta:
        model = Event
        fields = EVENT_FIELDS


class EventFilter(FilterSchema):
    q: str | None = None
    kind: Annotated[list[str] | None, FilterLookup("kind__in")] = None
    country: Annotated[str | None, FilterLookup("country")] = None
    year: Annotated[int | None, FilterLookup("start__year"), Field(ge=1, le=9999)] = None
    starts_after: Annotated[date | None, FilterLookup("start__gte")] = None
    starts_before: Annotated[date | None, FilterLookup("start__lte")] = None
    series: Annotated[int | None, FilterLookup("series_id")] = None

    def filter_q(self, value: str | None) -> Q:
        return search_q(value)


register_crud(
    router,
    Event,
    name="events",
    out=EventOut,
    create_in=EventIn,
    update_in=partial(EventIn, "EventPatch"),
    filters=EventFilter,
    queryset=lambda: Event.objects.prefetch_related("organisers"),
    m2m={"organisers": resolve_by(Organisation, "pk")},
)


EventSeriesOut, EventSeriesIn, EventSeriesPatch = model_schemas(
    EventSeries, ["name_en", "name_ru", "name_zh", "name_local", "aliases", "kind"]
)


class EventSeriesFilter(FilterSchema):
    q: str | None = None

    def filter_q(self, value: str | None) -> Q:
        return search_q(value)


register_crud(
    series_router,
    EventSeries,
    name="event_series",
    out=EventSeriesOut,
    create_in=EventSeriesIn,
    update_in=EventSeriesPatch,
    filters=EventSeriesFilter,
)


class EventChildFilter(FilterSchema):
    event: Annotated[int | None, FilterLookup("event_id")] = None


def _child_resource(router: Router, model, name: str, fields: list[str]) -> None:
    out, create_in, update_in = model_schemas(model, fields)
    register_crud(
        router,
        model,
        name=name,
        out=out,
        create_in=create_in,
        update_in=update_in,
        filters=EventChildFilter,
    )


_child_resource(
    session_router,
    ProgrammeSession,
    "event_sessions",
    ["event", "title", "starts_at", "ends_at", "room"],
)
_child_resource(
    participant_router,
    Participant,
    "participants",
    ["event", "organisation", "person", "role", "delegation", "country"],
)
_child_resource(visit_router, SiteVisit, "site_visits", ["event", "site", "date", "order"])
_child_resource(
    statistic_router,
    EventStatistic,
    "event_statistics",
    ["event", "measure", "value", "unit", "qualifier"],
)
