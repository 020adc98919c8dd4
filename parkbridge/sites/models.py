"""The registry of sites: technoparks, industrial parks, economic zones and clusters, with the
incentives that apply in them and the organisations resident there."""

from __future__ import annotations

from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q

from parkbridge.core.models import MultilingualNamed, Sector
from parkbridge.core.sector_codes import sector_codes
from parkbridge.core.validators import validate_country
from parkbridge.organisations.models import Organisation
from parkbridge.sites.applicability import (
    Reason,
    RegimeScope,
    SiteRef,
    split_list,
    why_applies,
)


class SiteKind(models.TextChoices):
    TECHNOPARK = "technopark", "Technopark"
    INDUSTRIAL_PARK = "industrial_park", "Industrial park"
    SCIENCE_PARK = "science_park", "Science park"
    SEZ = "sez", "Special economic zone"
    FEZ = "fez", "Free economic zone"
    TAD = "tad", "Territory of advanced development"
    FREE_PORT = "free_port", "Free port"
    HIGH_TECH_ZONE = "high_tech_zone", "High-tech zone"
    CLUSTER = "cluster", "Cluster"
    OTHER = "other", "Other"


class SiteStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    BUILDING = "building", "Under construction"
    OPERATING = "operating", "Operating"
    CLOSED = "closed", "Closed"


class GeoPrecision(models.TextChoices):
    EXACT = "exact", "Exact"
    CITY = "city", "City"
    REGION = "region", "Region"
    COUNTRY = "country", "Country"


def _non_negative() -> list:
    return [MinValueValidator(0)]


class Site(MultilingualNamed):
    # Text that names a referenced record: blanked with the reference when the reader may not
    # see that record (see ``core.access.hide_references``).
    reference_names = {"operator": "operator_name"}

    slug = models.SlugField(max_length=120, unique=True)
    # country and kind are indexed by the list indexes below (they lead them).
    kind = models.CharField(max_length=20, choices=SiteKind.choices)
    status = models.CharField(
        max_length=20, choices=SiteStatus.choices, default=SiteStatus.OPERATING
    )
    country = models.CharField(max_length=2, validators=[validate_country])
    region = models.CharField(max_length=200, blank=True)
    city = models.CharField(max_length=200, blank=True)
    latitude = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(-90), MaxValueValidator(90)]
    )
    longitude = models.FloatField(
        null=True, blank=True, validators=[MinValueValidator(-180), MaxValueValidator(180)]
    )
    geo_precision = models.CharField(max_length=10, choices=GeoPrecision.choices, blank=True)
    operator = models.ForeignKey(
        Organisation,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="operated_sites",
    )
    operator_name = models.CharField(max_length=300, blank=True)
    established = models.PositiveSmallIntegerField(null=True, blank=True)
    sectors = models.ManyToManyField(Sector, blank=True, related_name="sites")

    area_total_ha = models.FloatField(null=True, blank=True, validators=_non_negative())
    area_free_ha = models.FloatField(null=True, blank=True, validators=_non_negative())
    premises_m2 = models.FloatField(null=True, blank=True, validators=_non_negative())
    premises_free_m2 = models.FloatField(null=True, blank=True, validators=_non_negative())

    power_mw = models.FloatField("power (MW)", null=True, blank=True, validators=_non_negative())
    gas_m3h = models.FloatField("gas (m³/h)", null=True, blank=True, validators=_non_negative())
    water_m3day = models.FloatField(
        "water (m³/day)", null=True, blank=True, validators=_non_negative()
    )
    rail_siding = models.BooleanField(null=True, blank=True)
    km_to_highway = models.FloatField(null=True, blank=True, validators=_non_negative())
    km_to_airport = models.FloatField(null=True, blank=True, validators=_non_negative())
    km_to_seaport = models.FloatField(null=True, blank=True, validators=_non_negative())
    km_to_border = models.FloatField(null=True, blank=True, validators=_non_negative())

    residents_count = models.PositiveIntegerField(null=True, blank=True)
    jobs = models.PositiveIntegerField(null=True, blank=True)
    land_price_usd_m2 = models.FloatField(null=True, blank=True, validators=_non_negative())
    rent_usd_m2_month = models.FloatField(null=True, blank=True, validators=_non_negative())

    website = models.URLField(max_length=500, blank=True)
    email = models.EmailField(blank=True)
    phone = models.CharField(max_length=50, blank=True)
    address = models.CharField(max_length=500, blank=True)
    description = models.TextField(blank=True)
    source_urls = models.TextField(blank=True)
    confidential = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name_en"]
        # Lists are ordered by name: these let a filtered page be read off an index, and
        # (with `confidential` included) a count of the public rows be read off it alone.
        indexes = [
            models.Index(
                fields=["country", "kind", "name_en"],
                include=["confidential"],
                name="site_country_kind_name",
            ),
            models.Index(fields=["kind", "name_en"]),
            models.Index(fields=["name_en"]),
            models.Index(fields=["status"]),
        ]
        constraints = [
            models.CheckConstraint(
                condition=Q(area_free_ha__isnull=True)
                | Q(area_total_ha__isnull=True)
                | Q(area_free_ha__lte=models.F("area_total_ha")),
                name="site_free_area_within_total",
            )
        ]

    @property
    def sector_codes(self) -> list[str]:
        """Sector codes, sorted (from the list query's array when it has one)."""
        return sector_codes(self)


class Residency(models.Model):
    """An organisation resident in a site."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="residencies")
    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="residencies"
    )
    since = models.DateField(null=True, blank=True)
    until = models.DateField(null=True, blank=True)
    jobs = models.PositiveIntegerField(null=True, blank=True)

    class Meta:
        verbose_name_plural = "residencies"
        constraints = [
            models.UniqueConstraint(fields=["site", "organisation"], name="residency_unique")
        ]

    def __str__(self) -> str:
        return f"{self.organisation} in {self.site}"


class IncentiveTax(models.TextChoices):
    PROFIT_TAX = "profit_tax", "Profit / corporate income tax"
    PROPERTY_TAX = "property_tax", "Property tax"
    LAND_TAX = "land_tax", "Land tax"
    LAND_RENT = "land_rent", "Land rent"
    VAT = "vat", "VAT"
    CUSTOMS_DUTY = "customs_duty", "Customs duties"
    SOCIAL_CONTRIBUTIONS = "social_contributions", "Social contributions"
    PERSONAL_INCOME_TAX = "personal_income_tax", "Personal income tax"
    TRANSPORT_TAX = "transport_tax", "Transport tax"
    MINERAL_TAX = "mineral_tax", "Mineral extraction tax"
    OTHER = "other", "Other"


class IncentiveScope(models.TextChoices):
    COUNTRY = "country", "Every site of the kind in the country"
    REGIONS = "regions", "Sites of the kind in the listed regions"
    SITES = "sites", "The listed sites only"


class Incentive(models.Model):
    """A benefit in a legal regime. A row attached to a ``site`` applies to that site; a regime
    row applies where its ``scope`` says (``parkbridge.sites.applicability``)."""

    site = models.ForeignKey(
        Site, null=True, blank=True, on_delete=models.CASCADE, related_name="incentives"
    )
    regime_code = models.CharField(max_length=120, blank=True, db_index=True)
    regime_name = models.CharField(max_length=300, blank=True)
    country = models.CharField(max_length=2, db_index=True, validators=[validate_country])
    applies_to_kind = models.CharField(max_length=20, blank=True)
    scope = models.CharField(
        max_length=10, choices=IncentiveScope.choices, default=IncentiveScope.COUNTRY
    )
    regions = models.JSONField(
        default=list, blank=True, help_text="Region names, for scope 'regions'."
    )
    site_ids = models.JSONField(
        default=list, blank=True, help_text="Site ids (slugs), for scope 'sites'."
    )
    tax = models.CharField(max_length=30, choices=IncentiveTax.choices)
    benefit = models.CharField(max_length=40)
    rate_percent = models.FloatField(null=True, blank=True)
    standard_rate_percent = models.FloatField(null=True, blank=True)
    duration_years = models.FloatField(null=True, blank=True, validators=_non_negative())
    starts = models.CharField(max_length=200, blank=True)
    conditions = models.TextField(blank=True)
    legal_basis = models.TextField(blank=True)
    valid_from = models.CharField(max_length=20, blank=True)
    source_urls = models.TextField(blank=True)

    class Meta:
        ordering = ["country", "regime_code", "tax"]

    def __str__(self) -> str:
        return f"{self.regime_name or self.regime_code}: {self.tax} {self.benefit}"

    def regime_scope(self, own_site_slug: str = "") -> RegimeScope:
        return regime_scope_of(
            {
                "regime_code": self.regime_code,
                "country": self.country,
                "applies_to_kind": self.applies_to_kind,
                "scope": self.scope,
                "regions": self.regions,
                "site_ids": self.site_ids,
            },
            own_site_slug,
        )


def regime_scope_of(row: dict, own_site_slug: str = "") -> RegimeScope:
    """A RegimeScope from an incentive's values (a ``values()`` row or an import row)."""
    return RegimeScope(
        regime=row.get("regime_code") or "",
        country=row.get("country") or "",
        applies_to_kind=row.get("applies_to_kind") or "",
        scope=row.get("scope") or "country",
        regions=split_list(row.get("regions")),
        site_ids=split_list(row.get("site_ids")),
        own_site=own_site_slug,
    )


def site_ref(site: Site) -> SiteRef:
    return SiteRef(slug=site.slug, country=site.country, kind=site.kind, region=site.region)


def incentives_for(site: Site) -> list[tuple[Incentive, Reason]]:
    """The incentives that apply to the site, each with why it applies."""
    candidates = Incentive.objects.filter(
        Q(site=site)
        | Q(site__isnull=True, country=site.country, applies_to_kind=site.kind)
        | Q(site__isnull=True, scope=IncentiveScope.SITES)
    ).order_by("regime_name", "tax", "id")
    ref = site_ref(site)
    found = []
    for incentive in candidates:
        why = why_applies(incentive.regime_scope(site.slug if incentive.site_id else ""), ref)
        if why is not None:
            found.append((incentive, why))
    return found


# Site attributes a sourced figure may update (press review, bundled article facts).
FACT_FIELDS: dict[str, str] = {
    "residents_count": "residents",
    "jobs": "jobs",
    "area_total_ha": "total area (ha)",
    "area_free_ha": "free area (ha)",
    "premises_m2": "premises (m²)",
    "power_mw": "power (MW)",
}


class SiteFact(models.Model):
    """A value of a site's attribute as a source states it, on the source's date. The site's
    attribute holds the newest dated value; the card shows them all with their sources."""

    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="facts")
    field = models.CharField(max_length=40, choices=[(k, v) for k, v in FACT_FIELDS.items()])
    value = models.FloatField()
    as_of = models.DateField(null=True, blank=True, help_text="The source's date; empty: unknown.")
    source = models.ForeignKey(
        "core.Source", null=True, blank=True, on_delete=models.SET_NULL, related_name="site_facts"
    )
    quote = models.TextField(blank=True, help_text="The sentence the value was read from.")
    applied = models.BooleanField(
        default=False, help_text="Whether this value became the site's current value."
    )
    recorded = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["site", "field", "-as_of", "-recorded"]
        constraints = [
            models.UniqueConstraint(
                fields=["site", "field", "source", "value"], name="site_fact_once_per_source"
            )
        ]

    def __str__(self) -> str:
        return f"{self.site}: {self.field} = {self.value:g} ({self.as_of or 'date unknown'})"
