"""REST API for sites, incentives and residencies."""

from datetime import date
from typing import Annotated

from django.db.models import Q
from ninja import Field, FilterLookup, FilterSchema, ModelSchema, Router

from parkbridge.core.api_crud import (
    ApiError,
    register_crud,
    resolve_sectors,
    search_q,
    sector_filter_codes,
)
from parkbridge.core.api_schemas import (
    STRICT_INPUT,
    StrictSchema,
    model_schemas,
    partial,
    plain_output,
)
from parkbridge.core.sector_codes import with_sector_codes
from parkbridge.sites.models import Incentive, Residency, Site, incentives_for

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


class SiteFields(ModelSchema):
    sectors: list[str]
    aliases: list[str]

    class Meta:
        model = Site
        fields = ["id", *SITE_FIELDS, "created", "updated"]


SiteOut = plain_output("SiteOut", SiteFields, {"sectors": "sector_codes"})


class SiteIn(ModelSchema):
    model_config = STRICT_INPUT

    sectors: list[str] = []
    aliases: list[str] = []

    class Meta:
        model = Site
        fields = SITE_FIELDS


SitePatch = partial(SiteIn, "SitePatch")


class SiteFilter(FilterSchema):
    q: str | None = Field(None, description="Name or alias in any language or transliteration")
    country: Annotated[
        list[str] | None, FilterLookup("country__in"), Field(description="ISO alpha-2, repeatable")
    ] = None
    kind: Annotated[list[str] | None, FilterLookup("kind__in")] = None
    status: Annotated[list[str] | None, FilterLookup("status__in")] = None
    region: Annotated[str | None, FilterLookup("region__icontains")] = None
    city: Annotated[str | None, FilterLookup("city__icontains")] = None
    sector: str | None = Field(
        None, description="Sector in any language; covers its sub-sectors (422 when unknown)"
    )
    min_free_area_ha: Annotated[float | None, FilterLookup("area_free_ha__gte")] = None
    min_power_mw: Annotated[float | None, FilterLookup("power_mw__gte")] = None
    rail_siding: Annotated[bool | None, FilterLookup("rail_siding")] = None
    has_coordinates: bool | None = None

    def filter_q(self, value: str | None) -> Q:
        return search_q(value)

    def filter_sector(self, value: str | None) -> Q:
        return Q(sectors__code__in=sector_filter_codes(value)) if value else Q()

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
    queryset=lambda: with_sector_codes(Site),
    m2m={"sectors": resolve_sectors},
)

INCENTIVE_FIELDS = [
    "site", "regime_code", "regime_name", "country", "applies_to_kind", "tax", "benefit",
    "rate_percent", "standard_rate_percent", "duration_years", "starts", "conditions",
    "legal_basis", "valid_from", "source_urls", "scope", "regions", "site_ids",
]  # fmt: skip


IncentiveOut, IncentiveIn, IncentivePatch = model_schemas(Incentive, INCENTIVE_FIELDS)


class IncentiveFilter(FilterSchema):
    country: Annotated[str | None, FilterLookup("country")] = None
    applies_to_kind: Annotated[str | None, FilterLookup("applies_to_kind")] = None
    tax: Annotated[str | None, FilterLookup("tax")] = None
    site: Annotated[int | None, FilterLookup("site_id")] = None
    scope: Annotated[str | None, FilterLookup("scope")] = None
    applies_to: str | None = Field(
        None, description="A site's slug: only the rows that apply to that site (by scope)"
    )
    q: Annotated[str | None, FilterLookup(["regime_name__icontains", "conditions__icontains"])] = (
        None
    )

    def filter_applies_to(self, value: str | None) -> Q:
        if not value:
            return Q()
        site = Site.objects.filter(slug=value).first()
        if site is None:
            raise ApiError(422, f"no site {value!r}")
        return Q(pk__in=[incentive.pk for incentive, _ in incentives_for(site)])


register_crud(
    incentive_router,
    Incentive,
    name="incentives",
    out=IncentiveOut,
    create_in=IncentiveIn,
    update_in=IncentivePatch,
    filters=IncentiveFilter,
)


class ResidencyOut(ModelSchema):
    class Meta:
        model = Residency
        fields = ["id", "site", "organisation", "since", "until", "jobs"]


class ResidencyIn(StrictSchema):
    site: int
    organisation: int
    since: date | None = None
    until: date | None = None
    jobs: int | None = None


class ResidencyFilter(FilterSchema):
    site: Annotated[int | None, FilterLookup("site_id")] = None
    organisation: Annotated[int | None, FilterLookup("organisation_id")] = None


register_crud(
    residency_router,
    Residency,
    name="residencies",
    out=ResidencyOut,
    create_in=ResidencyIn,
    update_in=partial(ResidencyIn, "ResidencyPatch"),
    filters=ResidencyFilter,
)
