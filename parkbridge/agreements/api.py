"""REST API for agreements (with their lifecycle), milestones and investment projects."""

from datetime import date
from typing import Annotated

from django.db.models import Q
from ninja import Field, FilterLookup, FilterSchema, ModelSchema, Router

from parkbridge.agreements.models import (
    Agreement,
    InvestmentProject,
    LifecycleError,
    Milestone,
    check_transition,
)
from parkbridge.core.api_crud import ApiError, register_crud, resolve_by
from parkbridge.core.api_schemas import STRICT_INPUT, model_schemas, partial
from parkbridge.organisations.models import Organisation

router = Router(tags=["agreements"])
milestone_router = Router(tags=["agreements"])
project_router = Router(tags=["agreements"])

AGREEMENT_FIELDS = [
    "external_id", "title", "kind", "status", "count", "count_qualifier", "event", "signed_on",
    "value", "currency", "sector", "site", "countries", "description", "confidential",
]  # fmt: skip


class AgreementOut(ModelSchema):
    parties: list[int]
    countries: list[str]

    class Meta:
        model = Agreement
        fields = ["id", *AGREEMENT_FIELDS, "created", "updated"]

    @staticmethod
    def resolve_parties(obj: Agreement) -> list[int]:
        return [p.pk for p in obj.parties.all()]


class AgreementIn(ModelSchema):
    model_config = STRICT_INPUT

    parties: list[int] = []
    countries: list[str] = []

    class Meta:
        model = Agreement
        fields = AGREEMENT_FIELDS


class AgreementFilter(FilterSchema):
    q: Annotated[str | None, FilterLookup(["title__icontains", "description__icontains"])] = None
    status: Annotated[list[str] | None, FilterLookup("status__in")] = None
    kind: Annotated[list[str] | None, FilterLookup("kind__in")] = None
    event: Annotated[int | None, FilterLookup("event_id")] = None
    site: Annotated[int | None, FilterLookup("site_id")] = None
    party: Annotated[int | None, FilterLookup("parties__id")] = None
    year: Annotated[int | None, FilterLookup("signed_on__year"), Field(ge=1, le=9999)] = None
    signed_after: Annotated[date | None, FilterLookup("signed_on__gte")] = None
    country: str | None = Field(None, description="A party's country (ISO alpha-2)")

    def filter_country(self, value: str | None) -> Q:
        if not value:
            return Q()
        code = value.upper()
        return (
            Q(parties__country=code) | Q(countries__icontains=f'"{code}"') | Q(site__country=code)
        )


def check_lifecycle(agreement: Agreement, data: dict) -> None:
    if "status" in data and data["status"] is not None:
        try:
            check_transition(agreement.status, data["status"])
        except LifecycleError as error:
            raise ApiError(422, {"status": [str(error)]}) from error


register_crud(
    router,
    Agreement,
    name="agreements",
    out=AgreementOut,
    create_in=AgreementIn,
    update_in=partial(AgreementIn, "AgreementPatch"),
    filters=AgreementFilter,
    queryset=lambda: Agreement.objects.prefetch_related("parties").distinct(),
    m2m={"parties": resolve_by(Organisation, "pk")},
    before_update=check_lifecycle,
)


MilestoneOut, MilestoneIn, MilestonePatch = model_schemas(
    Milestone, ["agreement", "title", "due", "done_on", "evidence"]
)


class MilestoneFilter(FilterSchema):
    agreement: Annotated[int | None, FilterLookup("agreement_id")] = None
    done: bool | None = None

    def filter_done(self, value: bool | None) -> Q:
        return Q() if value is None else Q(done_on__isnull=not value)


register_crud(
    milestone_router,
    Milestone,
    name="milestones",
    out=MilestoneOut,
    create_in=MilestoneIn,
    update_in=MilestonePatch,
    filters=MilestoneFilter,
)

PROJECT_FIELDS = [
    "name", "investor", "site", "agreement", "sector", "capex", "currency", "jobs",
    "start_year", "end_year", "status", "confidential",
]  # fmt: skip


InvestmentProjectOut, InvestmentProjectIn, InvestmentProjectPatch = model_schemas(
    InvestmentProject, PROJECT_FIELDS
)


class InvestmentProjectFilter(FilterSchema):
    q: Annotated[str | None, FilterLookup("name__icontains")] = None
    investor: Annotated[int | None, FilterLookup("investor_id")] = None
    site: Annotated[int | None, FilterLookup("site_id")] = None
    status: Annotated[str | None, FilterLookup("status")] = None


register_crud(
    project_router,
    InvestmentProject,
    name="investment_projects",
    out=InvestmentProjectOut,
    create_in=InvestmentProjectIn,
    update_in=InvestmentProjectPatch,
    filters=InvestmentProjectFilter,
)
