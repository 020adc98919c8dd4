"""Column arrays of site facts, built once, so that every query is a few vectorised passes.

A query over 100,000 sites must answer in milliseconds, so nothing per site happens in Python
at query time: facts become float arrays (NaN = unknown), categorical fields become integer
codes, sectors a CSR membership list, incentives flat term arrays plus the elementary time
intervals of each (site, tax) so that "the larger saving counts" is one `maximum.reduceat`.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from parkbridge.siteselection.incentives import term_end
from parkbridge.siteselection.models import TAX_BASES, SiteFacts

NUMERIC_FIELDS = (
    "free_area_ha",
    "total_area_ha",
    "premises_m2",
    "power_mw",
    "gas_m3h",
    "water_m3day",
    "km_to_highway",
    "km_to_airport",
    "km_to_seaport",
    "km_to_border",
    "land_price_per_m2",
    "rent_per_m2_month",
)

VALUED_TAXES = tuple(TAX_BASES)


def normalise_label(text: str) -> str:
    return " ".join(text.replace("_", " ").replace("-", " ").casefold().split())


class Codes:
    """A string ↔ integer dictionary for a categorical column."""

    def __init__(self) -> None:
        self.ids: dict[str, int] = {}
        self.labels: list[str] = []

    def code(self, label: str) -> int:
        found = self.ids.get(label)
        if found is None:
            found = self.ids[label] = len(self.labels)
            self.labels.append(label)
        return found

    def lookup(self, label: str) -> int:
        return self.ids.get(label, -1)


@dataclass(slots=True)
class IncentiveArrays:
    """Terms of each distinct *schedule*: sites of one regime share their terms, so a query
    values each schedule once (hundreds) rather than each site (100,000s). The land-tax base
    differs per site, so land savings are kept as a per-schedule factor times the site's plot
    value."""

    site_schedule: np.ndarray  # int32, schedule of each site
    schedule_country: np.ndarray  # int32, country code of each schedule
    term_site: np.ndarray  # int32, one row per term: the schedule it belongs to
    term_tax: np.ndarray  # int16, index into VALUED_TAXES or -1 when the tax has no base
    term_rate: np.ndarray  # float64, NaN = not stated
    term_std: np.ndarray  # float64, NaN = not stated
    interval_site: np.ndarray  # int32, one row per elementary interval of a (site, tax)
    interval_tax: np.ndarray  # int16
    interval_start: np.ndarray  # float64 years after project start
    interval_end: np.ndarray  # float64, inf = no stated end
    cover_terms: np.ndarray  # int32, terms covering each interval, grouped by interval
    cover_offsets: np.ndarray  # int64, where each interval's group starts in cover_terms


class SiteIndex:
    """Immutable, query-ready view of a list of `SiteFacts`."""

    def __init__(self, sites: list[SiteFacts]) -> None:
        self.sites = sites
        self.size = len(sites)
        self.countries, self.regions, self.kinds = Codes(), Codes(), Codes()
        self.statuses, self.currencies, self.sector_labels = Codes(), Codes(), Codes()
        self.country = np.array([self.countries.code(s.country.upper()) for s in sites], np.int32)
        self.region = np.array(
            [self.regions.code(normalise_label(s.region)) for s in sites], np.int32
        )
        self.kind = np.array([self.kinds.code(s.kind) for s in sites], np.int32)
        self.status = np.array([self.statuses.code(s.status) for s in sites], np.int32)
        self.currency = np.array(
            [self.currencies.code(s.currency.upper()) for s in sites], np.int32
        )
        self.numeric = {
            name: np.array(
                [math.nan if getattr(s, name) is None else getattr(s, name) for s in sites],
                np.float64,
            )
            for name in NUMERIC_FIELDS
        }
        self.rail = np.array(
            [-1 if s.rail_siding is None else int(s.rail_siding) for s in sites], np.int8
        )
        sector_site: list[int] = []
        sector_id: list[int] = []
        for position, site in enumerate(sites):
            for label in site.sectors:
                sector_site.append(position)
                sector_id.append(self.sector_labels.code(normalise_label(label)))
        self.sector_site = np.array(sector_site, np.int32)
        self.sector_id = np.array(sector_id, np.int32)
        self.has_sectors = np.bincount(self.sector_site, minlength=self.size) > 0
        self.incentives = _incentive_arrays(sites, self.country)
        self.position = {site.id: i for i, site in enumerate(sites)}
        # Query-independent scores, filled on first use (see engine.transport_score).
        self._transport_score: np.ndarray | None = None

    @classmethod
    def build(cls, sites: list[SiteFacts]) -> SiteIndex:
        return cls(sites)


def _incentive_arrays(sites: list[SiteFacts], country: np.ndarray) -> IncentiveArrays:
    tax_ids = {tax: i for i, tax in enumerate(VALUED_TAXES)}
    schedules: dict[tuple, int] = {}
    site_schedule = np.zeros(len(sites), np.int32)
    schedule_country: list[int] = []
    distinct: list[SiteFacts] = []
    for position, site in enumerate(sites):
        # Standard-rate overrides are per country, so a schedule is (country, terms).
        key = (int(country[position]), site.incentives)
        found = schedules.get(key)
        if found is None:
            found = schedules[key] = len(distinct)
            distinct.append(site)
            schedule_country.append(int(country[position]))
        site_schedule[position] = found
    term_site: list[int] = []
    term_tax: list[int] = []
    term_rate: list[float] = []
    term_std: list[float] = []
    interval_site: list[int] = []
    interval_tax: list[int] = []
    interval_start: list[float] = []
    interval_end: list[float] = []
    cover_terms: list[int] = []
    cover_offsets: list[int] = []
    for position, site in enumerate(distinct):
        groups: dict[int, list[tuple[int, float, float]]] = {}
        for term in site.incentives:
            index = len(term_site)
            tax = tax_ids.get(term.tax, -1)
            term_site.append(position)
            term_tax.append(tax)
            term_rate.append(math.nan if term.rate_percent is None else term.rate_percent)
            std = term.standard_rate_percent
            term_std.append(math.nan if std is None else std)
            if tax >= 0:
                start = term.start_offset_years
                groups.setdefault(tax, []).append((index, start, term_end(term)))
        for tax, items in groups.items():
            cuts = sorted({0.0, math.inf} | {s for _, s, _ in items} | {e for _, _, e in items})
            for a, b in zip(cuts, cuts[1:], strict=False):
                covering = [i for i, s, e in items if s <= a and e >= b]
                if not covering:
                    continue
                interval_site.append(position)
                interval_tax.append(tax)
                interval_start.append(a)
                interval_end.append(b)
                cover_offsets.append(len(cover_terms))
                cover_terms.extend(covering)
    return IncentiveArrays(
        site_schedule=site_schedule,
        schedule_country=np.array(schedule_country, np.int32),
        term_site=np.array(term_site, np.int32),
        term_tax=np.array(term_tax, np.int16),
        term_rate=np.array(term_rate, np.float64),
        term_std=np.array(term_std, np.float64),
        interval_site=np.array(interval_site, np.int32),
        interval_tax=np.array(interval_tax, np.int16),
        interval_start=np.array(interval_start, np.float64),
        interval_end=np.array(interval_end, np.float64),
        cover_terms=np.array(cover_terms, np.int32),
        cover_offsets=np.array(cover_offsets, np.int64),
    )
