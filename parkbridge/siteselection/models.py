"""Typed inputs and outputs of site selection: what a site offers, what a project needs."""

from __future__ import annotations

from dataclasses import dataclass, field

# Taxes whose savings we can value, and the project base each one applies to. Taxes outside
# this map (transport tax, land rent coefficients, revenue fees...) are reported but not valued,
# because the project description has no base they could be applied to.
TAX_BASES: dict[str, str] = {
    "profit_tax": "annual_profit",
    "property_tax": "property_value",
    "land_tax": "land_value",
    "social_contributions": "annual_payroll",
    "customs_duty": "annual_imports",
    "vat": "annual_imports",
}

SITE_STATUSES = ("planned", "building", "operating", "closed")


@dataclass(frozen=True, slots=True)
class IncentiveTerm:
    """One tax treatment of a regime, e.g. profit tax 0% instead of 20% for 5 years."""

    tax: str
    benefit: str = "exemption"
    rate_percent: float | None = None
    standard_rate_percent: float | None = None
    duration_years: float | None = None
    # Years after the project start when the term begins (0 = first year). Parsed from the
    # registry's free text `starts` ("years 6-10", "next 5 years") by `incentives.parse_starts`.
    start_offset_years: float = 0.0
    starts: str = ""
    regime: str = ""
    regime_name: str = ""
    # Why the regime applies to the site ("regional regime of Perm Krai for sez sites"); set by
    # the registry loader, which alone knows the regime's scope.
    why: str = ""


@dataclass(slots=True)
class SiteFacts:
    """What the registry knows about one site. None means unknown, never zero."""

    id: str
    name: str
    kind: str = "industrial_park"
    country: str = ""
    region: str = ""
    city: str = ""
    lat: float | None = None
    lon: float | None = None
    status: str = "operating"
    free_area_ha: float | None = None
    total_area_ha: float | None = None
    premises_m2: float | None = None
    power_mw: float | None = None
    gas_m3h: float | None = None
    water_m3day: float | None = None
    rail_siding: bool | None = None
    km_to_highway: float | None = None
    km_to_airport: float | None = None
    km_to_seaport: float | None = None
    km_to_border: float | None = None
    sectors: tuple[str, ...] = ()
    land_price_per_m2: float | None = None
    rent_per_m2_month: float | None = None
    currency: str = "USD"
    incentives: tuple[IncentiveTerm, ...] = ()


@dataclass(frozen=True, slots=True)
class Weights:
    """Relative importance of the soft criteria; normalised to sum to 1 when scoring."""

    area: float = 1.0
    utilities: float = 1.0
    transport: float = 1.0
    sector: float = 1.0
    cost: float = 1.0
    incentives: float = 1.0

    def normalised(self) -> dict[str, float]:
        raw = {name: getattr(self, name) for name in CRITERIA}
        total = sum(raw.values())
        if total <= 0:
            return {name: 1.0 / len(raw) for name in raw}
        return {name: value / total for name, value in raw.items()}


CRITERIA = ("area", "utilities", "transport", "sector", "cost", "incentives")


@dataclass(slots=True)
class Project:
    """An investor's project. Money amounts are per year, in `currency`."""

    name: str = "project"
    sectors: tuple[str, ...] = ()
    plot_area_ha: float | None = None
    premises_m2: float | None = None
    power_mw: float | None = None
    gas_m3h: float | None = None
    water_m3day: float | None = None
    rail_siding: bool = False
    countries: tuple[str, ...] = ()
    regions: tuple[str, ...] = ()
    site_kinds: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ("planned", "building", "operating")
    max_km_to_border: float | None = None
    max_km_to_seaport: float | None = None
    land_budget: float | None = None  # total price of the plot, in `currency`
    rent_budget_month: float | None = None  # monthly rent of the premises, in `currency`
    start_year: int = 2026
    horizon_years: int = 10
    annual_revenue: float = 0.0
    annual_profit: float = 0.0
    annual_payroll: float = 0.0
    property_value: float = 0.0
    annual_imports: float = 0.0
    discount_rate: float = 0.1
    currency: str = "USD"
    # Units of a currency per 1 USD; merged over the default table in `currency.py`.
    exchange_rates: dict[str, float] = field(default_factory=dict)
    # Standard rates to use when a term does not state one: {"RU": {"profit_tax": 25}}.
    standard_rates: dict[str, dict[str, float]] = field(default_factory=dict)
    weights: Weights = field(default_factory=Weights)
