"""Incentive regimes in and out (CSV / XLSX / JSON), in the columns of the registry's
``incentives.csv``: one row per tax treatment of a regime, with where the regime applies
(``scope``, ``regions``, ``site_ids``).

An import replaces the regimes it names (every row of a ``regime_id`` in the file replaces every
stored row of that regime), so a corrected schedule never leaves stale steps behind. All rows are
checked before anything is written; a bad row is reported with its line and field.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from django.conf import settings
from django.db import transaction

from parkbridge.core.imports import ImportRejected, RowError, choice, country, number, text
from parkbridge.core.tabular import Row, read_rows
from parkbridge.sites.applicability import SCOPES, split_list, unknown_site_ids, unmatched_regions
from parkbridge.sites.models import Incentive, IncentiveTax, Site, SiteKind, regime_scope_of

COLUMNS = [
    "regime_id", "country", "applies_to_kind", "regime_name", "tax", "benefit",
    "rate_percent", "standard_rate_percent", "duration_years", "starts", "conditions",
    "legal_basis", "valid_from", "source_url", "regions", "site_ids", "scope",
]  # fmt: skip
BENEFITS = ("exemption", "reduced_rate", "deduction", "free_customs_zone", "refund", "other")

_PARSERS: dict[str, tuple[str, Any, bool]] = {
    # column: (model field, parser, required)
    "regime_id": ("regime_code", text(120), True),
    "country": ("country", country, True),
    "applies_to_kind": ("applies_to_kind", choice(SiteKind.values), True),
    "regime_name": ("regime_name", text(300), True),
    "tax": ("tax", choice(IncentiveTax.values), True),
    "benefit": ("benefit", choice(BENEFITS), True),
    "rate_percent": ("rate_percent", number(0, 100), False),
    "standard_rate_percent": ("standard_rate_percent", number(0, 100), False),
    "duration_years": ("duration_years", number(0, 200), False),
    "starts": ("starts", text(200), False),
    "conditions": ("conditions", text(5000), False),
    "legal_basis": ("legal_basis", text(5000), False),
    "valid_from": ("valid_from", text(20), False),
    "source_url": ("source_urls", text(5000), False),
    "regions": ("regions", lambda v: list(split_list(str(v or ""))), False),
    "site_ids": ("site_ids", lambda v: list(split_list(str(v or ""))), False),
    "scope": ("scope", choice(SCOPES, default="country"), False),
}


@dataclass
class IncentiveImportReport:
    rows: int = 0
    regimes: int = 0
    # Checks against the registry that do not stop an import: a region with no site yet,
    # a site not in the registry yet. Shown to the person importing.
    warnings: list[str] = field(default_factory=list)


def parse_incentives(rows: Sequence[Row], source: str = "incentives") -> list[dict[str, Any]]:
    errors: list[RowError] = []
    parsed: list[dict[str, Any]] = []
    header = set().union(*(row.values for row in rows)) if rows else set()
    for name in sorted(header - set(_PARSERS)):
        errors.append(RowError(1, name, f"unknown column; known: {', '.join(COLUMNS)}"))
    for row in rows:
        values: dict[str, Any] = {}
        row_errors: list[RowError] = []
        for column, (field_name, parse, required) in _PARSERS.items():
            raw = row.values.get(column)
            if required and (raw is None or str(raw).strip() == ""):
                row_errors.append(RowError(row.line, column, "missing"))
                continue
            try:
                values[field_name] = parse(raw)
            except ValueError as error:
                row_errors.append(RowError(row.line, column, str(error)))
        if not row_errors:
            row_errors = [RowError(row.line, f, m) for f, m in _check(values)]
        if row_errors:
            errors.extend(row_errors)
        else:
            parsed.append(values)
    if errors:
        raise ImportRejected(source, errors)
    return parsed


def _check(values: dict[str, Any]) -> list[tuple[str, str]]:
    problems = []
    for name in ("rate_percent", "standard_rate_percent", "duration_years"):
        values[name] = values.get(name)
    for name in ("starts", "conditions", "legal_basis", "valid_from", "source_urls"):
        values[name] = values.get(name) or ""
    code, nation = values["regime_code"], values["country"]
    if not code.lower().startswith(nation.lower() + "-"):
        problems.append(("regime_id", f"{code!r} should start with the country code {nation}-"))
    if values["scope"] == "regions" and not values["regions"]:
        problems.append(("regions", "scope 'regions' needs at least one region"))
    if values["scope"] == "country" and (values["regions"] or values["site_ids"]):
        problems.append(
            ("scope", "a 'country' regime lists no regions or sites; use another scope")
        )
    return problems


def check_against_registry(parsed: Iterable[dict[str, Any]]) -> list[str]:
    """Regions no site is in and site ids not in the registry, as readable lines."""
    scopes = [regime_scope_of(values) for values in parsed]
    site_regions: dict[str, list[str]] = {}
    for nation, region in Site.objects.exclude(region="").values_list("country", "region"):
        site_regions.setdefault(nation, []).append(region)
    site_regions = {k: sorted(set(v)) for k, v in site_regions.items()}
    slugs = set(Site.objects.values_list("slug", flat=True))
    lines = [
        f"{regime}: no site in region {region!r} ({nation})"
        for regime, nation, region in unmatched_regions(
            [s for s in scopes if s.scope == "regions"], site_regions
        )
    ]
    lines += [
        f"{regime}: site {slug!r} is not in the registry"
        for regime, slug in unknown_site_ids(scopes, slugs)
    ]
    return lines


def replace_regimes(parsed: list[dict[str, Any]]) -> IncentiveImportReport:
    codes = {values["regime_code"] for values in parsed}
    with transaction.atomic():
        Incentive.objects.filter(site__isnull=True, regime_code__in=codes).delete()
        Incentive.objects.bulk_create([Incentive(**values) for values in parsed])
    return IncentiveImportReport(
        rows=len(parsed), regimes=len(codes), warnings=check_against_registry(parsed)
    )


def import_incentives(path: Path, fmt: str | None = None) -> IncentiveImportReport:
    rows = read_rows(path, settings.PARKBRIDGE_IMPORT_MAX_BYTES, fmt)
    return replace_regimes(parse_incentives(rows, path.name))


def export_row(incentive: Incentive) -> dict[str, Any]:
    return {
        "regime_id": incentive.regime_code,
        "country": incentive.country,
        "applies_to_kind": incentive.applies_to_kind,
        "regime_name": incentive.regime_name,
        "tax": incentive.tax,
        "benefit": incentive.benefit,
        "rate_percent": incentive.rate_percent,
        "standard_rate_percent": incentive.standard_rate_percent,
        "duration_years": incentive.duration_years,
        "starts": incentive.starts,
        "conditions": incentive.conditions,
        "legal_basis": incentive.legal_basis,
        "valid_from": incentive.valid_from,
        "source_url": incentive.source_urls,
        "regions": ";".join(incentive.regions or []),
        "site_ids": ";".join(incentive.site_ids or []),
        "scope": incentive.scope,
    }
