"""REST API for agreements (with their lifecycle), milestones and investment projects."""

from datetime import date

from django.db.models import Q
from ninja import Field, FilterSchema, ModelSchema, Router
from ninja.errors import HttpError

from parkbridge.agreements.models import (
    Agreement,
    InvestmentProject,
    LifecycleError,
    Milestone,
    check_transition,
)
from parkbridge.core.api_crud import register_crud, resolve_by
from parkbridge.core.api_schemas import partial
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

    class Meta:
        model = Agreement
        fields = ["id", *AGREEMENT_FIELDS, "created", "updated"]

    @staticmethod
    def resolve_parties(obj: Agreement) -> list[int]:
        return [p.pk for p in obj.parties.all()]


class AgreementIn(ModelSchema):
    parties: list[int] = []

    class Meta:
        model = Agreement
        fields = AGREEMENT_FIELDS


class AgreementFilter(FilterSchema):
    q: str | None = Field(None, q=["title__icontains", "description__icontains"])
    status: list[str] | None = Field(None, q="status__in")
    kind: list[str] | None = Field(None, q="kind__in")
    event: int | None = Field(None, q="event_id")
    site: int | None = Field(None, q="site_id")
    party: int | None = Field(None, q="parties__id")
    year: int | None = Field(None, q="signed_on__year")
    signed_after: date | None = Field(None, q="signed_on__gte")
    country: str | None = Field(None, description="A party's country (ISO alpha-2)")

    def filter_country(self, value: str | None) -> Q:
        if not value:
            return Q()
        code = value.upper()
        return Q(parties__country=code) | Q(countries__contains=[code]) | Q(site__country=code)


def check_lifecycle(agreement: Agreement, data: dict) -> None:
    if "status" in data and data["status"] is not None:
        try:
            check_transition(agreement.status, data["status"])
        except LifecycleError as error:
            raise HttpError(422, {"status": [str(error)]}) from error


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


class MilestoneOut(ModelSchema):
    class Meta:
        model = Milestone
        fields = ["id", "agreement", "title", "due", "done_on", "evidence"]


class MilestoneIn(ModelSchema):
    class Meta:
        model = Milestone
        fields = ["agreement", "title", "due", "done_on", "evidence"]


class MilestoneFilter(FilterSchema):
    agreement: int | None = Field(None, q="agreement_id")
    done: bool | None = None

    def filter_done(self, value: bool | None) -> Q:
        return Q() if value is None else Q(done_on__isnull=not value)


register_crud(
    milestone_router,
    Milestone,
    name="milestones",
    out=MilestoneOut,
    create_in=MilestoneIn,
    update_in=partial(MilestoneIn, "MilestonePatch"),
    filters=MilestoneFilter,
)

PROJECT_FIELDS = [
    "name", "investor", "site", "agreement", "sector", "capex", "currency", "jobs",
    "start_year", "end_year", "status", "confidential",
]  # fmt: skip


class InvestmentProjectOut(ModelSchema):
    class Meta:
        model = InvestmentProject
        fields = ["id", *PROJECT_FIELDS]


class InvestmentProjectIn(ModelSchema):
    class Meta:
        model = InvestmentProject
        fields = PROJECT_FIELDS


class InvestmentProjectFilter(FilterSchema):
    q: str | None = Field(None, q="name__icontains")
    investor: int | None = Field(None, q="investor_id")
    site: int | None = Field(None, q="site_id")
    status: str | None = Field(None, q="status")


register_crud(
    project_router,
    InvestmentProject,
    name="investment_projects",
    out=InvestmentProjectOut,
    create_in=InvestmentProjectIn,
    update_in=partial(InvestmentProjectIn, "InvestmentProjectPatch"),
    filters=InvestmentProjectFilter,
)
