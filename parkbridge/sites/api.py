"""REST API for sites, incentives and residencies."""

from datetime import date

from django.db.models import Q
from ninja import Field, FilterSchema, ModelSchema, Router, Schema

from parkbridge.core.api_crud import register_crud, resolve_by, search_q
from parkbridge.core.api_schemas import partial
from parkbridge.core.models import Sector
from parkbridge.sites.models import Incentive, Residency, Site

router = Router(tags=["sites"])
incentive_router = Router(tags=["sites"])
residency_router = Router(tags=["sites"])

SITE_FIELDS = [
    "slug", "name_en", "name_ru", "name_zh", "name_local", "aliases", "kind", "status",
    "country", "region", "city", "latitude", "longitude", "geo_precision", "operator",
    "operator_name", "established", "area_total_ha", "area_free_ha", "premises_m2",
    "premises_free_m2", "power_mw", "gas_m3h", "water_m3day", "rail_siding", "km_to_highway",
    "km_to_airport", "km_to_seaport", "km_to_border", "residents_count", "jobs",
    "land_price_usd_m2", "rent_usd_m2_month", "website", "email", "phone", "address",
    "description", "source_urls", "confidential",
]  # fmt: skip


class SiteOut(ModelSchema):
    sectors: list[str]

    class Meta:
        model = Site
        fields = ["id", *SITE_FIELDS, "created", "updated"]

    @staticmethod
    def resolve_sectors(obj: Site) -> list[str]:
        return [s.code for s in obj.sectors.all()]


class SiteIn(ModelSchema):
    sectors: list[str] = []

    class Meta:
        model = Site
        fields = SITE_FIELDS


SitePatch = partial(SiteIn, "SitePatch")


class SiteFilter(FilterSchema):
    q: str | None = Field(None, description="Name or alias in any language or transliteration")
    country: list[str] | None = Field(None, q="country__in", description="ISO alpha-2, repeatable")
    kind: list[str] | None = Field(None, q="kind__in")
    status: list[str] | None = Field(None, q="status__in")
    region: str | None = Field(None, q="region__icontains")
    city: str | None = Field(None, q="city__icontains")
    sector: str | None = Field(None, q="sectors__code")
    min_free_area_ha: float | None = Field(None, q="area_free_ha__gte")
    min_power_mw: float | None = Field(None, q="power_mw__gte")
    rail_siding: bool | None = Field(None, q="rail_siding")
    has_coordinates: bool | None = None

    def filter_q(self, value: str | None) -> Q:
        return search_q(value)

    def filter_country(self, value: list[str] | None) -> Q:
        return Q(country__in=[v.upper() for v in value]) if value else Q()

    def filter_has_coordinates(self, value: bool | None) -> Q:
        if value is None:
            return Q()
        return Q(latitude__isnull=not value)


register_crud(
    router,
    Site,
    name="sites",
    out=SiteOut,
    create_in=SiteIn,
    update_in=SitePatch,
    filters=SiteFilter,
    queryset=lambda: Site.objects.prefetch_related("sectors"),
    m2m={"sectors": resolve_by(Sector, "code")},
)

INCENTIVE_FIELDS = [
    "site", "regime_code", "regime_name", "country", "applies_to_kind", "tax", "benefit",
    "rate_percent", "standard_rate_percent", "duration_years", "starts", "conditions",
    "legal_basis", "valid_from", "source_urls",
]  # fmt: skip


class IncentiveOut(ModelSchema):
    class Meta:
        model = Incentive
        fields = ["id", *INCENTIVE_FIELDS]


class IncentiveIn(ModelSchema):
    class Meta:
        model = Incentive
        fields = INCENTIVE_FIELDS


class IncentiveFilter(FilterSchema):
    country: str | None = Field(None, q="country")
    applies_to_kind: str | None = Field(None, q="applies_to_kind")
    tax: str | None = Field(None, q="tax")
    site: int | None = Field(None, q="site_id")
    q: str | None = Field(None, q=["regime_name__icontains", "conditions__icontains"])


register_crud(
    incentive_router,
    Incentive,
    name="incentives",
    out=IncentiveOut,
    create_in=IncentiveIn,
    update_in=partial(IncentiveIn, "IncentivePatch"),
    filters=IncentiveFilter,
)


class ResidencyOut(ModelSchema):
    class Meta:
        model = Residency
        fields = ["id", "site", "organisation", "since", "until", "jobs"]


class ResidencyIn(Schema):
    site: int
    organisation: int
    since: date | None = None
    until: date | None = None
    jobs: int | None = None


class ResidencyFilter(FilterSchema):
    site: int | None = Field(None, q="site_id")
    organisation: int | None = Field(None, q="organisation_id")


register_crud(
    residency_router,
    Residency,
    name="residencies",
    out=ResidencyOut,
    create_in=ResidencyIn,
    update_in=partial(ResidencyIn, "ResidencyPatch"),
    filters=ResidencyFilter,
)
