"""Ranked results of a query, with violation texts and plain-word reasons built on demand."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

import numpy as np

from parkbridge.siteselection.engine import BIT, Evaluation, evaluate, sector_fit
from parkbridge.siteselection.incentives import (
    IncentiveValuation,
    TaxValue,
    describe_term,
    regimes_of,
    value_incentives,
)
from parkbridge.siteselection.index import SiteIndex, normalise_label
from parkbridge.siteselection.models import CRITERIA, Project, SiteFacts


@dataclass(slots=True)
class SiteResult:
    site_id: str
    name: str
    rank: int
    eligible: bool
    score: float
    breakdown: dict[str, float]
    incentive_value: float
    currency: str
    confidence: float
    violations: list[str] = field(default_factory=list)
    reasons: list[str] = field(default_factory=list)
    incentive_details: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, object]:
        return {
            "site_id": self.site_id,
            "name": self.name,
            "rank": self.rank,
            "eligible": self.eligible,
            "score": round(self.score, 4),
            "breakdown": {k: round(v, 4) for k, v in self.breakdown.items()},
            "incentive_value": round(self.incentive_value, 2),
            "currency": self.currency,
            "confidence": round(self.confidence, 3),
            "violations": self.violations,
            "reasons": self.reasons,
            "incentive_details": self.incentive_details,
        }


def _num(value: float) -> str:
    if abs(value) >= 1e6:
        return f"{value / 1e6:,.2f} million"
    return f"{value:,.0f}" if abs(value) >= 100 else f"{value:g}"


def violation_texts(
    site: SiteFacts, bits: int, project: Project, ev: Evaluation, i: int
) -> list[str]:
    """Plain-word reason for each hard constraint the site fails."""
    out: list[str] = []

    def has(name: str) -> bool:
        return bool(bits & int(BIT[name]))

    if has("country"):
        out.append(f"country {site.country} is not among {', '.join(project.countries)}")
    if has("region"):
        out.append(f"region {site.region or 'unknown'} is not among {', '.join(project.regions)}")
    if has("kind"):
        out.append(f"kind {site.kind} is not among {', '.join(project.site_kinds)}")
    if has("status"):
        out.append(f"status {site.status} is not accepted")
    if has("plot_area"):
        out.append(f"free area {site.free_area_ha:g} ha < {project.plot_area_ha:g} ha needed")
    if has("premises"):
        out.append(f"premises {site.premises_m2:g} m² < {project.premises_m2:g} m² needed")
    if has("power"):
        out.append(f"power {site.power_mw:g} MW < {project.power_mw:g} MW needed")
    if has("gas"):
        out.append(f"gas {site.gas_m3h:g} m³/h < {project.gas_m3h:g} m³/h needed")
    if has("water"):
        out.append(f"water {site.water_m3day:g} m³/day < {project.water_m3day:g} m³/day needed")
    if has("rail_siding"):
        out.append("no rail siding, and the project needs one")
    if has("border_distance"):
        out.append(
            f"{site.km_to_border:g} km to a border crossing > {project.max_km_to_border:g} km"
        )
    if has("seaport_distance"):
        out.append(f"{site.km_to_seaport:g} km to a sea port > {project.max_km_to_seaport:g} km")
    if has("land_budget"):
        out.append(
            f"plot costs about {_num(ev.land_value[i])} {project.currency}"
            f" > budget {_num(project.land_budget or 0)}"
        )
    if has("rent_budget"):
        out.append(f"rent exceeds the budget of {_num(project.rent_budget_month or 0)} a month")
    return out


def reasons_for(
    site: SiteFacts, project: Project, ev: Evaluation, i: int, valuation: IncentiveValuation
) -> list[str]:
    """Why a site ranks where it does, in plain words, strongest points first."""
    reasons: list[str] = []
    if project.plot_area_ha:
        if site.free_area_ha is None:
            reasons.append("free area not stated: ask the operator")
        else:
            spare = site.free_area_ha - project.plot_area_ha
            if spare < 0:
                reasons.append(
                    f"free area {site.free_area_ha:g} ha is short of the"
                    f" {project.plot_area_ha:g} ha plot"
                )
            else:
                reasons.append(
                    f"free area {site.free_area_ha:g} ha covers the {project.plot_area_ha:g} ha"
                    " plot" + (f" with {spare:g} ha to spare" if spare > 0 else "")
                )
    if project.premises_m2:
        if site.premises_m2 is None:
            reasons.append("premises not stated")
        else:
            reasons.append(
                f"premises {site.premises_m2:g} m² for {project.premises_m2:g} m² needed"
            )
    for label, value, need, unit in (
        ("power", site.power_mw, project.power_mw, "MW"),
        ("gas", site.gas_m3h, project.gas_m3h, "m³/h"),
        ("water", site.water_m3day, project.water_m3day, "m³/day"),
    ):
        if need:
            if value is None:
                reasons.append(f"{label} capacity not stated: ask the operator")
            else:
                verdict = "available for" if value >= need else "only, short of"
                reasons.append(f"{label} {value:g} {unit} {verdict} {need:g} {unit} needed")
    if project.rail_siding:
        reasons.append("rail siding on site" if site.rail_siding else "rail siding not confirmed")
    if project.sectors:
        fits = sector_matches_site(site, project)
        if fits:
            reasons.append(f"park targets {', '.join(fits)}")
        elif not site.sectors:
            reasons.append("park lists no target sectors")
        else:
            reasons.append(f"park targets other sectors ({', '.join(site.sectors[:3])})")
    if valuation.total > 0:
        best = valuation.by_tax[0]
        reasons.append(
            f"incentives worth about {_num(valuation.total)} {project.currency} over"
            f" {project.horizon_years} years (present value), mostly"
            f" {best.tax.replace('_', ' ')}"
        )
    elif site.incentives:
        reasons.append("incentives listed but none could be valued for this project")
    else:
        reasons.append("no incentive regime recorded")
    for regime, why in regimes_of(site.incentives):
        reasons.append(f"regime {regime} applies" + (f": {why}" if why else ""))
    if valuation.not_valued:
        reasons.append(
            f"{len(valuation.not_valued)} incentive term(s) not valued (no base or rate)"
        )
    if not np.isnan(ev.cost[i]):
        reasons.append(f"space costs about {_num(ev.cost[i])} {project.currency} over the horizon")
    distances = [
        f"{km:g} km to {what}"
        for km, what in (
            (site.km_to_highway, "a highway"),
            (site.km_to_seaport, "a sea port"),
            (site.km_to_border, "a border crossing"),
        )
        if km is not None
    ]
    if distances:
        reasons.append(", ".join(distances))
    return reasons


def _tax_detail(value: TaxValue, currency: str) -> str:
    terms = "; ".join(
        describe_term(t) + (f" [{t.regime_name or t.regime}]" if t.regime_name or t.regime else "")
        for t in value.terms
    )
    return f"{value.tax.replace('_', ' ')}: about {_num(value.present_value)} {currency} ({terms})"


def sector_matches_site(site: SiteFacts, project: Project) -> list[str]:
    return [s for s in site.sectors if sector_fit(project.sectors, normalise_label(s)) > 0]


class SelectionResult:
    """Every site of the index ranked for one project: eligible first, by score."""

    def __init__(self, index: SiteIndex, project: Project, evaluation: Evaluation) -> None:
        self.index = index
        self.project = project
        self.evaluation = evaluation

    @cached_property
    def ranking(self) -> np.ndarray:
        """Positions of all sites, eligible ones first, each group by descending score."""
        ev = self.evaluation
        return np.lexsort((-ev.total, ~ev.eligible))

    def top_positions(self, n: int, eligible_only: bool = True) -> np.ndarray:
        ev = self.evaluation
        candidates = np.flatnonzero(ev.eligible) if eligible_only else np.arange(self.index.size)
        if candidates.size > n:
            # argpartition keeps a query O(sites) instead of a full sort.
            key = -ev.total[candidates] - (0 if eligible_only else 2.0 * ev.eligible[candidates])
            chosen = np.argpartition(key, n - 1)[:n]
            candidates = candidates[chosen]
        key = -ev.total[candidates] - (0 if eligible_only else 2.0 * ev.eligible[candidates])
        return candidates[np.argsort(key, kind="stable")]

    def result_at(self, position: int, rank: int, with_reasons: bool = True) -> SiteResult:
        ev, site, project = self.evaluation, self.index.sites[position], self.project
        bits = int(ev.violations[position])
        result = SiteResult(
            site_id=site.id,
            name=site.name,
            rank=rank,
            eligible=bits == 0,
            score=float(ev.total[position]),
            breakdown={c: float(ev.scores[c][position]) for c in CRITERIA},
            incentive_value=float(ev.incentive_value[position]),
            currency=project.currency,
            confidence=float(ev.confidence[position]),
            violations=violation_texts(site, bits, project, ev, position),
        )
        if with_reasons:
            land = ev.land_value[position]
            valuation = value_incentives(
                site.incentives, project, site.country, None if np.isnan(land) else float(land)
            )
            result.reasons = reasons_for(site, project, ev, position, valuation)
            result.incentive_details = [
                _tax_detail(v, project.currency) for v in valuation.by_tax
            ] + [f"not valued: {describe_term(t)}" for t in valuation.not_valued]
        return result

    def top(self, n: int = 10, eligible_only: bool = True) -> list[SiteResult]:
        positions = self.top_positions(n, eligible_only)
        return [self.result_at(int(p), rank + 1) for rank, p in enumerate(positions)]

    def all(self, reasons_for_top: int = 10) -> list[SiteResult]:
        """Every site ranked; reasons only for the first `reasons_for_top` (they cost time)."""
        return [
            self.result_at(int(p), rank + 1, with_reasons=rank < reasons_for_top)
            for rank, p in enumerate(self.ranking)
        ]


def select(index: SiteIndex, project: Project) -> SelectionResult:
    return SelectionResult(index, project, evaluate(index, project))


def rank_sites(
    sites: list[SiteFacts], project: Project, reasons_for_top: int = 10
) -> list[SiteResult]:
    """Convenience for small lists: build an index and return every site ranked."""
    return select(SiteIndex.build(sites), project).all(reasons_for_top)
