"""REST API for targets (with computed progress and trajectory) and indicators."""

from datetime import date
from typing import Annotated

from ninja import FilterLookup, FilterSchema, ModelSchema, Router, Schema

from parkbridge.core.api_crud import register_crud
from parkbridge.core.api_schemas import STRICT_INPUT, model_schemas, partial
from parkbridge.targets.models import Indicator, IndicatorValue, Target

router = Router(tags=["targets"])
indicator_router = Router(tags=["targets"])
value_router = Router(tags=["targets"])

TARGET_FIELDS = [
    "title", "measure", "value", "unit", "qualifier", "scope", "deadline", "baseline_year",
    "baseline_value", "site_filter", "indicator", "source",
]  # fmt: skip


class TrajectoryPointOut(Schema):
    year: int
    actual: int | None
    required: float


class TargetOut(ModelSchema):
    current_value: float | None
    progress: float | None
    trajectory: list[TrajectoryPointOut]

    class Meta:
        model = Target
        fields = ["id", *TARGET_FIELDS]

    @staticmethod
    def resolve_current_value(obj: Target) -> float | None:
        return obj.current_value()

    @staticmethod
    def resolve_progress(obj: Target) -> float | None:
        return obj.progress()

    @staticmethod
    def resolve_trajectory(obj: Target) -> list:
        return obj.trajectory()


class TargetIn(ModelSchema):
    model_config = STRICT_INPUT

    class Meta:
        model = Target
        fields = TARGET_FIELDS


class TargetFilter(FilterSchema):
    q: Annotated[str | None, FilterLookup(["title__icontains", "measure__icontains"])] = None
    scope: Annotated[str | None, FilterLookup("scope")] = None
    deadline_before: Annotated[date | None, FilterLookup("deadline__lte")] = None


register_crud(
    router,
    Target,
    name="targets",
    out=TargetOut,
    create_in=TargetIn,
    update_in=partial(TargetIn, "TargetPatch"),
    filters=TargetFilter,
)


IndicatorOut, IndicatorIn, IndicatorPatch = model_schemas(Indicator, ["measure", "unit", "scope"])


class IndicatorFilter(FilterSchema):
    q: Annotated[str | None, FilterLookup("measure__icontains")] = None
    scope: Annotated[str | None, FilterLookup("scope")] = None
    unit: Annotated[str | None, FilterLookup("unit")] = None


register_crud(
    indicator_router,
    Indicator,
    name="indicators",
    out=IndicatorOut,
    create_in=IndicatorIn,
    update_in=IndicatorPatch,
    filters=IndicatorFilter,
)


IndicatorValueOut, IndicatorValueIn, IndicatorValuePatch = model_schemas(
    IndicatorValue, ["indicator", "date", "value", "qualifier", "source"]
)


class IndicatorValueFilter(FilterSchema):
    indicator: Annotated[int | None, FilterLookup("indicator_id")] = None
    since: Annotated[date | None, FilterLookup("date__gte")] = None


register_crud(
    value_router,
    IndicatorValue,
    name="indicator_values",
    out=IndicatorValueOut,
    create_in=IndicatorValueIn,
    update_in=IndicatorValuePatch,
    filters=IndicatorValueFilter,
)
