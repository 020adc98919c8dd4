"""REST API for organisations, their links and people."""

from typing import Annotated

from django.db.models import Q
from ninja import Field, FilterLookup, FilterSchema, ModelSchema, Router

from parkbridge.core.api_crud import register_crud, resolve_sectors, search_q, sector_filter_codes
from parkbridge.core.api_schemas import STRICT_INPUT, model_schemas, partial, plain_output
from parkbridge.core.sector_codes import with_sector_codes
from parkbridge.organisations.models import Organisation, OrganisationLink, Person

router = Router(tags=["organisations"])
link_router = Router(tags=["organisations"])
person_router = Router(tags=["organisations"])

ORGANISATION_FIELDS = [
    "external_id", "name_en", "name_ru", "name_zh", "name_local", "aliases", "kind", "country",
    "city", "isic", "website", "email", "description", "confidential",
]  # fmt: skip


class OrganisationFields(ModelSchema):
    sectors: list[str]
    aliases: list[str]

    class Meta:
        model = Organisation
        fields = ["id", *ORGANISATION_FIELDS, "created", "updated"]


OrganisationOut = plain_output("OrganisationOut", OrganisationFields, {"sectors": "sector_codes"})


class OrganisationIn(ModelSchema):
    model_config = STRICT_INPUT
    aliases: list[str] = []

    sectors: list[str] = []

    class Meta:
        model = Organisation
        fields = ORGANISATION_FIELDS


class OrganisationFilter(FilterSchema):
    q: str | None = Field(None, description="Name or alias in any language or transliteration")
    country: list[str] | None = None
    kind: Annotated[list[str] | None, FilterLookup("kind__in")] = None
    sector: str | None = Field(
        None, description="Sector in any language; covers its sub-sectors (422 when unknown)"
    )

    def filter_sector(self, value: str | None) -> Q:
        return Q(sectors__code__in=sector_filter_codes(value)) if value else Q()

    def filter_q(self, value: str | None) -> Q:
        return search_q(value)

    def filter_country(self, value: list[str] | None) -> Q:
        return Q(country__in=[v.upper() for v in value]) if value else Q()


register_crud(
    router,
    Organisation,
    name="organisations",
    out=OrganisationOut,
    create_in=OrganisationIn,
    update_in=partial(OrganisationIn, "OrganisationPatch"),
    filters=OrganisationFilter,
    queryset=lambda: with_sector_codes(Organisation),
    m2m={"sectors": resolve_sectors},
)


OrganisationLinkOut, OrganisationLinkIn, OrganisationLinkPatch = model_schemas(
    OrganisationLink, ["source", "target", "kind", "share_percent", "since"]
)


class OrganisationLinkFilter(FilterSchema):
    organisation: int | None = None
    kind: Annotated[str | None, FilterLookup("kind")] = None

    def filter_organisation(self, value: int | None) -> Q:
        return Q(source_id=value) | Q(target_id=value) if value else Q()


register_crud(
    link_router,
    OrganisationLink,
    name="organisation_links",
    out=OrganisationLinkOut,
    create_in=OrganisationLinkIn,
    update_in=OrganisationLinkPatch,
    filters=OrganisationLinkFilter,
)


PersonOut, PersonIn, PersonPatch = model_schemas(
    Person, ["name", "name_latin", "role", "organisation", "country"]
)


class PersonFilter(FilterSchema):
    q: Annotated[
        str | None, FilterLookup(["name__icontains", "name_latin__icontains", "role__icontains"])
    ] = None
    organisation: Annotated[int | None, FilterLookup("organisation_id")] = None
    country: Annotated[str | None, FilterLookup("country")] = None


register_crud(
    person_router,
    Person,
    name="people",
    out=PersonOut,
    create_in=PersonIn,
    update_in=PersonPatch,
    filters=PersonFilter,
)
