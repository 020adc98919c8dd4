"""One site-selection query: hard constraints, criterion scores, incentive values, ranking.

Everything here is vectorised over the `SiteIndex` columns; per-site Python work (violation
texts, reasons) happens only for the sites a caller actually looks at.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import numpy as np

from parkbridge.core.sectors import vocabulary
from parkbridge.siteselection.currency import rate_table
from parkbridge.siteselection.index import VALUED_TAXES, SiteIndex, normalise_label
from parkbridge.siteselection.models import CRITERIA, TAX_BASES, Project

# One bit per hard constraint, so a site's violations are one integer until someone reads them.
CONSTRAINTS = (
    "country",
    "region",
    "kind",
    "status",
    "plot_area",
    "premises",
    "power",
    "gas",
    "water",
    "rail_siding",
    "border_distance",
    "seaport_distance",
    "land_budget",
    "rent_budget",
)
BIT = {name: np.uint32(1 << i) for i, name in enumerate(CONSTRAINTS)}

# Unknown facts that matter to the project lower its confidence; one bit each, like violations.
UNKNOWNS = (
    "free_area_ha",
    "premises_m2",
    "power_mw",
    "gas_m3h",
    "water_m3day",
    "rail_siding",
    "km_to_border",
    "km_to_seaport",
    "land_price_per_m2",
    "rent_per_m2_month",
)
UNKNOWN_BIT = {name: np.uint32(1 << i) for i, name in enumerate(UNKNOWNS)}

UNKNOWN_SCORE = 0.4  # an unknown fact scores a little below one that just meets the need
TRANSPORT_SCALES_KM = {
    "km_to_highway": 30.0,
    "km_to_airport": 100.0,
    "km_to_seaport": 500.0,
    "km_to_border": 300.0,
}


def _headroom(supply: np.ndarray, need: float) -> np.ndarray:
    """0 → 0.5 as supply reaches the need, 0.5 → 1 as it reaches twice the need.

    Non-decreasing in supply by construction, which the monotonicity property test checks.
    """
    ratio = supply / need
    return 0.5 * np.minimum(ratio, 1.0) + 0.5 * np.clip(ratio - 1.0, 0.0, 1.0)


def area_score(free_ha: np.ndarray, need_ha: float | None) -> np.ndarray:
    if need_ha is None or need_ha <= 0:
        # No stated need: bigger is still better, saturating around 10 ha.
        score = free_ha / (free_ha + 10.0)
    else:
        score = _headroom(free_ha, need_ha)
    return np.where(np.isnan(free_ha), UNKNOWN_SCORE, np.clip(score, 0.0, 1.0))


@dataclass
class Evaluation:
    """Per-site arrays of one query; aligned with `SiteIndex.sites`."""

    violations: np.ndarray  # uint32 bitmask
    unknowns: np.ndarray  # uint32 bitmask
    relevant_unknowns: int  # how many unknown bits the project cares about
    scores: dict[str, np.ndarray]  # criterion → [0, 1]
    total: np.ndarray
    incentive_value: np.ndarray  # in project currency, present value over the horizon
    incentives_not_valued: np.ndarray  # count of terms that could not be valued
    land_value: np.ndarray  # plot price in project currency (NaN unknown)
    cost: np.ndarray  # land + rent over the horizon in project currency (NaN unknown)

    @cached_property
    def eligible(self) -> np.ndarray:
        return self.violations == 0

    @cached_property
    def confidence(self) -> np.ndarray:
        if self.relevant_unknowns == 0:
            return np.ones(len(self.total))
        missing = np.zeros(len(self.total), np.int32)
        for bit in UNKNOWN_BIT.values():
            missing += (self.unknowns & bit) > 0
        return 1.0 - missing / self.relevant_unknowns


def evaluate(index: SiteIndex, project: Project) -> Evaluation:
    n = index.size
    col = index.numeric
    violations = np.zeros(n, np.uint32)
    unknowns = np.zeros(n, np.uint32)
    relevant = 0

    def violate(name: str, mask: np.ndarray) -> None:
        np.bitwise_or(violations, BIT[name], out=violations, where=mask)

    def unknown(name: str, mask: np.ndarray) -> None:
        nonlocal relevant
        relevant += 1
        np.bitwise_or(unknowns, UNKNOWN_BIT[name], out=unknowns, where=mask)

    if project.countries:
        wanted = [index.countries.lookup(c.upper()) for c in project.countries]
        violate("country", ~np.isin(index.country, wanted))
    if project.regions:
        wanted = [index.regions.lookup(normalise_label(r)) for r in project.regions]
        violate("region", ~np.isin(index.region, wanted))
    if project.site_kinds:
        violate("kind", ~np.isin(index.kind, [index.kinds.lookup(k) for k in project.site_kinds]))
    allowed = [index.statuses.lookup(s) for s in project.statuses]
    violate("status", ~np.isin(index.status, allowed))

    needs = (
        ("plot_area", "free_area_ha", project.plot_area_ha),
        ("premises", "premises_m2", project.premises_m2),
        ("power", "power_mw", project.power_mw),
        ("gas", "gas_m3h", project.gas_m3h),
        ("water", "water_m3day", project.water_m3day),
    )
    for constraint, field, need in needs:
        if need:
            # NaN < need is False: an unknown supply is never a violation, only lower confidence.
            violate(constraint, col[field] < need)
            unknown(field, np.isnan(col[field]))
    if project.rail_siding:
        violate("rail_siding", index.rail == 0)
        unknown("rail_siding", index.rail < 0)
    if project.max_km_to_border is not None:
        violate("border_distance", col["km_to_border"] > project.max_km_to_border)
        unknown("km_to_border", np.isnan(col["km_to_border"]))
    if project.max_km_to_seaport is not None:
        violate("seaport_distance", col["km_to_seaport"] > project.max_km_to_seaport)
        unknown("km_to_seaport", np.isnan(col["km_to_seaport"]))

    # Money: every site price is converted into the project's currency with the stated table.
    table = rate_table(project.exchange_rates)
    target = table[project.currency.upper()]
    per_currency = np.array(
        [target / table[c] if c in table else np.nan for c in index.currencies.labels] or [1.0]
    )
    to_project = per_currency[index.currency] if n else np.ones(0)
    plot_m2 = (project.plot_area_ha or 0.0) * 10_000.0
    land_value = col["land_price_per_m2"] * to_project * plot_m2
    if not project.plot_area_ha:
        land_value = np.full(n, np.nan)
    rent_month = col["rent_per_m2_month"] * to_project * (project.premises_m2 or 0.0)
    if project.plot_area_ha:
        unknown("land_price_per_m2", np.isnan(land_value))
        if project.land_budget is not None:
            violate("land_budget", land_value > project.land_budget)
    if project.premises_m2:
        unknown("rent_per_m2_month", np.isnan(rent_month))
        if project.rent_budget_month is not None:
            violate("rent_budget", rent_month > project.rent_budget_month)

    scores: dict[str, np.ndarray] = {}
    scores["area"] = _space_score(index, project)
    scores["utilities"] = _utilities_score(index, project)
    scores["transport"] = transport_score(index)
    scores["sector"] = _sector_score(index, project)
    cost = _cost(index, project, to_project, land_value, rent_month)
    scores["cost"] = _cost_score(cost, project, violations == 0)
    value, not_valued = incentive_values(index, project, land_value)
    eligible_values = value[violations == 0]
    top = float(eligible_values.max()) if eligible_values.size else 0.0
    scores["incentives"] = value / top if top > 0 else np.zeros(n)
    weights = project.weights.normalised()
    total = np.zeros(n)
    for name in CRITERIA:
        total += weights[name] * scores[name]
    return Evaluation(
        violations=violations,
        unknowns=unknowns,
        relevant_unknowns=relevant,
        scores=scores,
        total=total,
        incentive_value=value,
        incentives_not_valued=not_valued,
        land_value=land_value,
        cost=cost,
    )


def _space_score(index: SiteIndex, project: Project) -> np.ndarray:
    parts = []
    if project.plot_area_ha or not project.premises_m2:
        parts.append(area_score(index.numeric["free_area_ha"], project.plot_area_ha))
    if project.premises_m2:
        premises = index.numeric["premises_m2"]
        parts.append(
            np.where(np.isnan(premises), UNKNOWN_SCORE, _headroom(premises, project.premises_m2))
        )
    return np.mean(parts, axis=0)


def _utilities_score(index: SiteIndex, project: Project) -> np.ndarray:
    parts = []
    for field, need in (
        ("power_mw", project.power_mw),
        ("gas_m3h", project.gas_m3h),
        ("water_m3day", project.water_m3day),
    ):
        if need:
            supply = index.numeric[field]
            parts.append(np.where(np.isnan(supply), UNKNOWN_SCORE, _headroom(supply, need)))
    if not parts:
        return np.ones(index.size)
    return np.mean(parts, axis=0)


def transport_score(index: SiteIndex) -> np.ndarray:
    """Depends on the sites only, so it is computed once per index and kept."""
    if index._transport_score is not None:
        return index._transport_score
    parts = []
    for field, scale in TRANSPORT_SCALES_KM.items():
        km = index.numeric[field]
        parts.append(
            np.where(np.isnan(km), UNKNOWN_SCORE * 0.75, np.exp(-np.maximum(km, 0) / scale))
        )
    parts.append(np.select([index.rail == 1, index.rail == 0], [1.0, 0.0], UNKNOWN_SCORE * 0.75))
    score = np.mean(parts, axis=0)
    index._transport_score = score
    return score


def sector_fit(wanted: tuple[str, ...], label: str) -> float:
    """How well one site sector fits the project's sectors (the best of them): the vocabulary's
    fit when both are known sectors, else equal labels or a shared word."""
    vocab = vocabulary()
    offered = vocab.resolve(label)
    best = 0.0
    for want in wanted:
        code = vocab.resolve(want)
        if code is not None and offered is not None:
            best = max(best, vocab.fit(code, offered))
            continue
        want_label = normalise_label(want)
        words = {w for w in want_label.split() if len(w) > 3}
        if label == want_label or words & set(label.split()):
            best = 1.0
    return best


def sector_matches(index: SiteIndex, project_sectors: tuple[str, ...]) -> np.ndarray:
    """How well each of the index's sector labels fits the project, 0..1."""
    fits = np.zeros(max(len(index.sector_labels.labels), 1))
    for i, label in enumerate(index.sector_labels.labels):
        fits[i] = sector_fit(project_sectors, label)
    return fits


def _sector_score(index: SiteIndex, project: Project) -> np.ndarray:
    if not project.sectors:
        return np.ones(index.size)
    fits = sector_matches(index, project.sectors)
    if index.sector_site.size == 0:
        return np.full(index.size, 0.5)
    best = np.zeros(index.size)
    np.maximum.at(best, index.sector_site, fits[index.sector_id])
    # A site that lists no sectors is open to any: neither a match nor a mismatch.
    return np.where(index.has_sectors, best, 0.5)


def _cost(
    index: SiteIndex,
    project: Project,
    to_project: np.ndarray,
    land_value: np.ndarray,
    rent_month: np.ndarray,
) -> np.ndarray:
    if not project.plot_area_ha and not project.premises_m2:
        # No space stated: compare the price of one hectare.
        return index.numeric["land_price_per_m2"] * to_project * 10_000.0
    cost = np.zeros(index.size)
    if project.plot_area_ha:
        cost = cost + land_value
    if project.premises_m2:
        cost = cost + rent_month * 12.0 * project.horizon_years
    return cost


def _cost_score(cost: np.ndarray, project: Project, eligible: np.ndarray) -> np.ndarray:
    budget = 0.0
    if project.land_budget:
        budget += project.land_budget
    if project.rent_budget_month:
        budget += project.rent_budget_month * 12.0 * project.horizon_years
    if budget <= 0:
        known = cost[eligible & ~np.isnan(cost)]
        budget = float(np.median(known)) if known.size else 1.0
    reference = max(budget, 1e-9)
    # Halves at the reference cost, 1 when free; strictly decreasing in cost.
    score = reference / (reference + np.maximum(cost, 0.0))
    return np.where(np.isnan(cost), 0.5, score)


def incentive_values(
    index: SiteIndex, project: Project, land_value: np.ndarray
) -> tuple[np.ndarray, np.ndarray]:
    """Vectorised twin of `incentives.value_incentives` for every site at once.

    Each schedule is valued once: V = non-land savings, L = land savings per unit of plot
    value; a site's value is V + L × its plot value.
    """
    arrays = index.incentives
    n = index.size
    schedules = arrays.schedule_country.size
    if arrays.term_site.size == 0:
        return np.zeros(n), np.zeros(n, np.int64)
    std = arrays.term_std.copy()
    if project.standard_rates:
        missing = np.isnan(std)
        override = np.full((max(len(index.countries.labels), 1), len(VALUED_TAXES)), np.nan)
        for country, rates in project.standard_rates.items():
            row = index.countries.lookup(country.upper())
            for tax, rate in rates.items():
                if row >= 0 and tax in VALUED_TAXES:
                    override[row, VALUED_TAXES.index(tax)] = rate
        has_tax = arrays.term_tax >= 0
        filled = np.full(std.shape, np.nan)
        filled[has_tax] = override[
            arrays.schedule_country[arrays.term_site[has_tax]], arrays.term_tax[has_tax]
        ]
        std = np.where(missing, filled, std)
    land_tax = VALUED_TAXES.index("land_tax")
    points = np.maximum(std - arrays.term_rate, 0.0)
    rated = (arrays.term_tax >= 0) & ~np.isnan(points)
    is_land = arrays.term_tax == land_tax
    # Terms not valued whatever the site; land terms also need the site's plot value.
    fixed_unvalued = np.bincount(arrays.term_site[~rated], minlength=schedules)
    land_terms = np.bincount(arrays.term_site[is_land & rated], minlength=schedules)
    land_known = ~np.isnan(land_value)
    site_schedule = arrays.site_schedule
    not_valued = fixed_unvalued[site_schedule] + np.where(land_known, 0, land_terms[site_schedule])
    if arrays.interval_site.size == 0:
        return np.zeros(n), not_valued
    points = np.where(rated, points, 0.0)
    interval_points = np.maximum.reduceat(points[arrays.cover_terms], arrays.cover_offsets)
    schedule = arrays.interval_site
    tax = arrays.interval_tax
    base_by_tax = np.array(
        [
            1.0 if TAX_BASES[t] == "land_value" else float(getattr(project, TAX_BASES[t]))
            for t in VALUED_TAXES
        ]
    )
    horizon = float(project.horizon_years)
    start = np.minimum(arrays.interval_start, horizon)
    end = np.minimum(arrays.interval_end, horizon)
    rate = project.discount_rate
    if rate == 0:
        factor = end - start
    else:
        # Same closed form as `incentives.annuity`, stable for tiny rates.
        log_v = -np.log1p(rate)
        span = np.maximum(end - start, 0.0)
        factor = np.exp((start + 1) * log_v) * np.expm1(span * log_v) / np.expm1(log_v)
    contribution = base_by_tax[tax] * interval_points / 100.0 * factor
    land = tax == land_tax
    fixed = np.bincount(schedule[~land], weights=contribution[~land], minlength=schedules)
    per_land = np.bincount(schedule[land], weights=contribution[land], minlength=schedules)
    value = fixed[site_schedule] + per_land[site_schedule] * np.where(land_known, land_value, 0.0)
    return value, not_valued
