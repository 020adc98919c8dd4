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
from parkbridge.siteselection.phrases import Phrase, Phrases, gettext_noop


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

    def say(template: str, **values: object) -> None:
        out.append(Phrase(template, **values))

    if has("country"):
        say(
            gettext_noop("country %(country)s is not among %(countries)s"),
            country=site.country,
            countries=", ".join(project.countries),
        )
    if has("region"):
        say(
            gettext_noop("region %(region)s is not among %(regions)s"),
            region=site.region or "unknown",
            regions=", ".join(project.regions),
        )
    if has("kind"):
        say(
            gettext_noop("kind %(kind)s is not among %(kinds)s"),
            kind=site.kind,
            kinds=", ".join(project.site_kinds),
        )
    if has("status"):
        say(gettext_noop("status %(status)s is not accepted"), status=site.status)
    if has("plot_area"):
        say(
            gettext_noop("free area %(have)g ha < %(need)g ha needed"),
            have=site.free_area_ha,
            need=project.plot_area_ha,
        )
    if has("premises"):
        say(
            gettext_noop("premises %(have)g m² < %(need)g m² needed"),
            have=site.premises_m2,
            need=project.premises_m2,
        )
    if has("power"):
        say(
            gettext_noop("power %(have)g MW < %(need)g MW needed"),
            have=site.power_mw,
            need=project.power_mw,
        )
    if has("gas"):
        say(
            gettext_noop("gas %(have)g m³/h < %(need)g m³/h needed"),
            have=site.gas_m3h,
            need=project.gas_m3h,
        )
    if has("water"):
        say(
            gettext_noop("water %(have)g m³/day < %(need)g m³/day needed"),
            have=site.water_m3day,
            need=project.water_m3day,
        )
    if has("rail_siding"):
        say(gettext_noop("no rail siding, and the project needs one"))
    if has("border_distance"):
        say(
            gettext_noop("%(km)g km to a border crossing > %(limit)g km"),
            km=site.km_to_border,
            limit=project.max_km_to_border,
        )
    if has("seaport_distance"):
        say(
            gettext_noop("%(km)g km to a sea port > %(limit)g km"),
            km=site.km_to_seaport,
            limit=project.max_km_to_seaport,
        )
    if has("land_budget"):
        say(
            gettext_noop("plot costs about %(cost)s %(currency)s > budget %(budget)s"),
            cost=_num(ev.land_value[i]),
            currency=project.currency,
            budget=_num(project.land_budget or 0),
        )
    if has("rent_budget"):
        say(
            gettext_noop("rent exceeds the budget of %(budget)s a month"),
            budget=_num(project.rent_budget_month or 0),
        )
    return out


# One template per utility, so each sentence translates whole.
_CAPACITY = {
    "power": (
        gettext_noop("power capacity not stated: ask the operator"),
        gettext_noop("power %(have)g MW available for %(need)g MW needed"),
        gettext_noop("power %(have)g MW only, short of %(need)g MW needed"),
    ),
    "gas": (
        gettext_noop("gas capacity not stated: ask the operator"),
        gettext_noop("gas %(have)g m³/h available for %(need)g m³/h needed"),
        gettext_noop("gas %(have)g m³/h only, short of %(need)g m³/h needed"),
    ),
    "water": (
        gettext_noop("water capacity not stated: ask the operator"),
        gettext_noop("water %(have)g m³/day available for %(need)g m³/day needed"),
        gettext_noop("water %(have)g m³/day only, short of %(need)g m³/day needed"),
    ),
}
_DISTANCES = {
    "highway": gettext_noop("%(km)g km to a highway"),
    "seaport": gettext_noop("%(km)g km to a sea port"),
    "border": gettext_noop("%(km)g km to a border crossing"),
}


def reasons_for(
    site: SiteFacts, project: Project, ev: Evaluation, i: int, valuation: IncentiveValuation
) -> list[str]:
    """Why a site ranks where it does, in plain words, strongest points first."""
    reasons: list[str] = []

    def say(template: str, **values: object) -> None:
        reasons.append(Phrase(template, **values))

    if project.plot_area_ha:
        if site.free_area_ha is None:
            say(gettext_noop("free area not stated: ask the operator"))
        else:
            spare = site.free_area_ha - project.plot_area_ha
            if spare < 0:
                say(
                    gettext_noop("free area %(free)g ha is short of the %(plot)g ha plot"),
                    free=site.free_area_ha,
                    plot=project.plot_area_ha,
                )
            elif spare > 0:
                say(
                    gettext_noop(
                        "free area %(free)g ha covers the %(plot)g ha plot with %(spare)g ha to spare"
                    ),
                    free=site.free_area_ha,
                    plot=project.plot_area_ha,
                    spare=spare,
                )
            else:
                say(
                    gettext_noop("free area %(free)g ha covers the %(plot)g ha plot"),
                    free=site.free_area_ha,
                    plot=project.plot_area_ha,
                )
    if project.premises_m2:
        if site.premises_m2 is None:
            say(gettext_noop("premises not stated"))
        else:
            say(
                gettext_noop("premises %(have)g m² for %(need)g m² needed"),
                have=site.premises_m2,
                need=project.premises_m2,
            )
    for utility, value, need in (
        ("power", site.power_mw, project.power_mw),
        ("gas", site.gas_m3h, project.gas_m3h),
        ("water", site.water_m3day, project.water_m3day),
    ):
        if need:
            unknown, enough, short = _CAPACITY[utility]
            if value is None:
                say(unknown)
            else:
                say(enough if value >= need else short, have=value, need=need)
    if project.rail_siding:
        say(
            gettext_noop("rail siding on site")
            if site.rail_siding
            else gettext_noop("rail siding not confirmed")
        )
    if project.sectors:
        fits = sector_matches_site(site, project)
        if fits:
            say(gettext_noop("park targets %(sectors)s"), sectors=", ".join(fits))
        elif not site.sectors:
            say(gettext_noop("park lists no target sectors"))
        else:
            say(
                gettext_noop("park targets other sectors (%(sectors)s)"),
                sectors=", ".join(site.sectors[:3]),
            )
    if valuation.total > 0:
        best = valuation.by_tax[0]
        say(
            gettext_noop(
                "incentives worth about %(value)s %(currency)s over %(years)s years"
                " (present value), mostly %(tax)s"
            ),
            value=_num(valuation.total),
            currency=project.currency,
            years=project.horizon_years,
            tax=best.tax.replace("_", " "),
        )
    elif site.incentives:
        say(gettext_noop("incentives listed but none could be valued for this project"))
    else:
        say(gettext_noop("no incentive regime recorded"))
    for regime, why in regimes_of(site.incentives):
        if why:
            say(gettext_noop("regime %(regime)s applies: %(why)s"), regime=regime, why=why)
        else:
            say(gettext_noop("regime %(regime)s applies"), regime=regime)
    if valuation.not_valued:
        say(
            gettext_noop("%(count)d incentive term(s) not valued (no base or rate)"),
            count=len(valuation.not_valued),
        )
    if not np.isnan(ev.cost[i]):
        say(
            gettext_noop("space costs about %(cost)s %(currency)s over the horizon"),
            cost=_num(ev.cost[i]),
            currency=project.currency,
        )
    distances = [
        Phrase(_DISTANCES[what], km=km)
        for km, what in (
            (site.km_to_highway, "highway"),
            (site.km_to_seaport, "seaport"),
            (site.km_to_border, "border"),
        )
        if km is not None
    ]
    if distances:
        reasons.append(Phrases(", ", distances))
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
