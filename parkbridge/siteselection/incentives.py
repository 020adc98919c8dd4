"""Present value of a site's incentives over a project's horizon.

Rules, stated once so every figure can be checked by hand:
- a term saves `(standard - preferential rate) / 100 * base` per year, where the base is the
  project's figure for that tax (`models.TAX_BASES`); the land-tax base is the plot's price;
- it runs from `start_offset_years` for `duration_years` (no duration: to the horizon's end);
- two terms on the same tax in the same year are never added: the larger saving counts. This
  avoids double counting tiers, alternative steps and overlapping national/regional regimes;
- savings fall at each year's end and are discounted at the project's rate: year t is divided
  by (1 + r)^t, t = 1 for the first year.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, replace

from parkbridge.siteselection.models import TAX_BASES, IncentiveTerm, Project

_RANGE = re.compile(r"(?:years?|tax periods?|periods?)\s+(\d+)\s*[-–]\s*(\d+)", re.I)
_FIRST = re.compile(r"\b(?:first|initial)\s+(\d+)\s+(?:calendar\s+)?(?:years?|tax periods?)", re.I)
_NEXT = re.compile(r"\b(?:next|following|subsequent)\s+(\d+)\s+(?:years?|tax periods?)", re.I)
_FROM_YEAR = re.compile(r"\bfrom (?:the )?(?:year|tax period)\s+(\d+)", re.I)
_AFTER = re.compile(r"\bafter (?:the )?(\d+)(?:[- ]year| tax periods?| years?)", re.I)


@dataclass(frozen=True, slots=True)
class StartSpec:
    offset: float | None = None  # years after the project start; None = not stated
    duration: float | None = None
    relative: bool = False  # "next 5 years": starts where the previous step of this tax ended


def parse_starts(text: str) -> StartSpec:
    """Read the registry's free-text `starts` ("years 6-10", "next 5 years", "first 3 years")."""
    text = text or ""
    if m := _RANGE.search(text):
        first, last = int(m.group(1)), int(m.group(2))
        if last >= first >= 1:
            return StartSpec(first - 1, last - first + 1)
    if m := _NEXT.search(text):
        return StartSpec(None, float(m.group(1)), relative=True)
    if m := _FIRST.search(text):
        return StartSpec(0.0, float(m.group(1)))
    if m := _FROM_YEAR.search(text):
        return StartSpec(int(m.group(1)) - 1.0, None)
    if m := _AFTER.search(text):
        return StartSpec(float(m.group(1)), None)
    return StartSpec()


def build_terms(records: list[dict]) -> tuple[IncentiveTerm, ...]:
    """Turn registry rows into terms with numeric start offsets, resolving stepped schedules.

    Each record has the keys of `IncentiveTerm` plus a free-text `starts`. A relative step
    ("next 5 years") starts where the previous step of the same tax and regime ended.
    """
    terms: list[IncentiveTerm] = []
    ends: dict[tuple[str, str], float] = {}
    for record in records:
        spec = parse_starts(record.get("starts") or "")
        duration = record.get("duration_years")
        duration = float(duration) if duration is not None else spec.duration
        key = (record.get("regime") or "", record["tax"])
        if spec.relative:
            offset = ends.get(key, 0.0)
        else:
            offset = spec.offset if spec.offset is not None else 0.0
        term = IncentiveTerm(
            tax=record["tax"],
            benefit=record.get("benefit") or "exemption",
            rate_percent=_opt_float(record.get("rate_percent")),
            standard_rate_percent=_opt_float(record.get("standard_rate_percent")),
            duration_years=duration,
            start_offset_years=offset,
            starts=record.get("starts") or "",
            regime=record.get("regime") or "",
            regime_name=record.get("regime_name") or "",
            why=record.get("why") or "",
        )
        terms.append(term)
        ends[key] = offset + duration if duration is not None else math.inf
    return tuple(terms)


def _opt_float(value: object) -> float | None:
    if value is None or value == "":
        return None
    return float(value)  # type: ignore[arg-type]


def annuity(start: float, end: float, rate: float) -> float:
    """Sum of 1/(1+rate)^t for t = start+1 .. end (year-end discounting)."""
    if end <= start:
        return 0.0
    if rate == 0:
        return end - start
    # v^(a+1) (1 - v^(b-a)) / (1 - v) with v = 1/(1+r), written with expm1/log1p so that
    # tiny rates do not cancel to 0/0.
    log_v = -math.log1p(rate)
    return math.exp((start + 1) * log_v) * math.expm1((end - start) * log_v) / math.expm1(log_v)


def standard_rate(term: IncentiveTerm, country: str, project: Project) -> float | None:
    if term.standard_rate_percent is not None:
        return term.standard_rate_percent
    return project.standard_rates.get(country, {}).get(term.tax)


def term_end(term: IncentiveTerm) -> float:
    if term.duration_years is None:
        return math.inf
    return term.start_offset_years + term.duration_years


@dataclass(frozen=True, slots=True)
class TaxValue:
    """The valued savings of one tax at one site."""

    tax: str
    present_value: float
    annual_saving_first_year: float
    years_counted: float
    terms: tuple[IncentiveTerm, ...]


@dataclass(frozen=True, slots=True)
class IncentiveValuation:
    total: float
    by_tax: tuple[TaxValue, ...]
    not_valued: tuple[IncentiveTerm, ...]  # no base or no standard rate to compare with


def project_bases(project: Project, land_value: float | None) -> dict[str, float | None]:
    bases: dict[str, float | None] = {
        tax: float(getattr(project, attribute))
        for tax, attribute in TAX_BASES.items()
        if attribute != "land_value"
    }
    bases["land_tax"] = land_value
    return bases


def value_incentives(
    terms: tuple[IncentiveTerm, ...],
    project: Project,
    country: str,
    land_value: float | None,
) -> IncentiveValuation:
    """Scalar reference valuation of one site; the vectorised ranking must agree with it."""
    bases = project_bases(project, land_value)
    horizon = float(project.horizon_years)
    per_tax: dict[str, list[tuple[IncentiveTerm, float]]] = {}
    not_valued: list[IncentiveTerm] = []
    for term in terms:
        std = standard_rate(term, country, project)
        base = bases.get(term.tax)
        if std is None or term.rate_percent is None or base is None:
            not_valued.append(term)
            continue
        per_tax.setdefault(term.tax, []).append((term, max(std - term.rate_percent, 0.0)))
    values: list[TaxValue] = []
    for tax, items in per_tax.items():
        base = bases[tax] or 0.0
        cuts = sorted(
            {0.0, horizon}
            | {min(t.start_offset_years, horizon) for t, _ in items}
            | {min(term_end(t), horizon) for t, _ in items}
        )
        present, counted, first = 0.0, 0.0, 0.0
        for a, b in zip(cuts, cuts[1:], strict=False):
            covering = [pp for t, pp in items if t.start_offset_years <= a and term_end(t) >= b]
            points = max(covering, default=0.0)
            if points <= 0:
                continue
            present += base * points / 100.0 * annuity(a, b, project.discount_rate)
            counted += b - a
            if a == 0.0:
                first = base * points / 100.0
        values.append(TaxValue(tax, present, first, counted, tuple(t for t, _ in items)))
    values.sort(key=lambda v: -v.present_value)
    return IncentiveValuation(
        sum(v.present_value for v in values), tuple(values), tuple(not_valued)
    )


def describe_term(term: IncentiveTerm) -> str:
    tax = term.tax.replace("_", " ")
    if term.rate_percent is None:
        what = f"{tax}: {term.benefit.replace('_', ' ')}"
    elif term.standard_rate_percent is not None:
        what = f"{tax} {term.rate_percent:g}% instead of {term.standard_rate_percent:g}%"
    else:
        what = f"{tax} {term.rate_percent:g}%"
    if term.duration_years is not None:
        start = term.start_offset_years
        when = (
            f"for {term.duration_years:g} years"
            if start == 0
            else f"in years {start + 1:g}-{start + term.duration_years:g}"
        )
    else:
        when = "with no stated end"
    return f"{what} {when}"


def regimes_of(terms: tuple[IncentiveTerm, ...]) -> list[tuple[str, str]]:
    """(regime, why it applies) of each distinct regime among the terms, in order."""
    seen: dict[str, str] = {}
    for term in terms:
        name = term.regime_name or term.regime
        if name and name not in seen:
            seen[name] = term.why
    return list(seen.items())


def with_offset(term: IncentiveTerm, offset: float) -> IncentiveTerm:
    return replace(term, start_offset_years=offset)
