"""Read and validate an investor's project file (JSON) into a `Project`.

Every error names the offending field, so a user can fix the file without reading code.
"""

from __future__ import annotations

import json
import math
from dataclasses import fields
from pathlib import Path
from typing import Any

import pycountry

from parkbridge.core.sectors import UnknownSector, vocabulary
from parkbridge.siteselection.currency import rate_table
from parkbridge.siteselection.models import CRITERIA, SITE_STATUSES, Project, Weights

MAX_FILE_BYTES = 1_000_000
MAX_LIST = 1_000


class ProjectError(ValueError):
    """The project description is invalid; `field` names where."""

    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"project field '{field}': {message}")
        self.field = field


NON_NEGATIVE = (
    "plot_area_ha",
    "premises_m2",
    "power_mw",
    "gas_m3h",
    "water_m3day",
    "max_km_to_border",
    "max_km_to_seaport",
    "land_budget",
    "rent_budget_month",
    "annual_revenue",
    "annual_profit",
    "annual_payroll",
    "property_value",
    "annual_imports",
)
STRING_LISTS = ("sectors", "regions", "site_kinds", "statuses")
KNOWN = {f.name for f in fields(Project)}


def _number(field: str, value: Any, minimum: float | None = 0.0) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise ProjectError(field, f"must be a number, got {type(value).__name__}")
    if not math.isfinite(value):
        raise ProjectError(field, "must be a finite number")
    if minimum is not None and value < minimum:
        raise ProjectError(field, f"must be ≥ {minimum:g}, got {value:g}")
    return float(value)


def _strings(field: str, value: Any) -> tuple[str, ...]:
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ProjectError(field, "must be a list of strings")
    if len(value) > MAX_LIST:
        raise ProjectError(field, f"at most {MAX_LIST} entries")
    return tuple(v.strip() for v in value if v.strip())


def sector_codes(field: str, words: tuple[str, ...]) -> tuple[str, ...]:
    """Sector words in any language → the vocabulary's codes; an unknown word is an error that
    names it and the closest known sectors."""
    try:
        return tuple(vocabulary().resolve_all(words))
    except UnknownSector as error:
        raise ProjectError(field, str(error)) from error


def country_code(field: str, value: str) -> str:
    found = pycountry.countries.get(alpha_2=value) if len(value) == 2 else None
    if found is None and len(value) == 3:
        found = pycountry.countries.get(alpha_3=value)
    if found is None:
        raise ProjectError(field, f"unknown country code {value!r} (use ISO 3166 alpha-2)")
    return str(found.alpha_2)


def currency_code(field: str, value: Any) -> str:
    if not isinstance(value, str) or pycountry.currencies.get(alpha_3=value.upper()) is None:
        raise ProjectError(field, f"unknown currency code {value!r} (use ISO 4217)")
    return value.upper()


def project_from_dict(data: Any) -> Project:
    if not isinstance(data, dict):
        raise ProjectError("(root)", "a project must be a JSON object")
    unknown = sorted(set(data) - KNOWN)
    if unknown:
        raise ProjectError(unknown[0], f"unknown key (allowed: {', '.join(sorted(KNOWN))})")
    values: dict[str, Any] = {}
    for key, value in data.items():
        if value is None:
            continue
        if key == "name":
            if not isinstance(value, str):
                raise ProjectError(key, "must be a string")
            values[key] = value[:200]
        elif key in NON_NEGATIVE:
            values[key] = _number(key, value)
        elif key == "sectors":
            values[key] = sector_codes(key, _strings(key, value))
        elif key in STRING_LISTS:
            values[key] = _strings(key, value)
        elif key == "countries":
            values[key] = tuple(country_code(key, c.upper()) for c in _strings(key, value))
        elif key == "rail_siding":
            if not isinstance(value, bool):
                raise ProjectError(key, "must be true or false")
            values[key] = value
        elif key == "start_year":
            year = _number(key, value, 1900)
            if year > 2200 or year != int(year):
                raise ProjectError(key, "must be a whole year between 1900 and 2200")
            values[key] = int(year)
        elif key == "horizon_years":
            years = _number(key, value, 1)
            if years > 100 or years != int(years):
                raise ProjectError(key, "must be a whole number of years from 1 to 100")
            values[key] = int(years)
        elif key == "discount_rate":
            rate = _number(key, value)
            if rate >= 1:
                raise ProjectError(key, "is a fraction per year, e.g. 0.1 for 10%; must be < 1")
            values[key] = rate
        elif key == "currency":
            values[key] = currency_code(key, value)
        elif key == "exchange_rates":
            values[key] = _exchange_rates(value)
        elif key == "standard_rates":
            values[key] = _standard_rates(value)
        elif key == "weights":
            values[key] = _weights(value)
    statuses = values.get("statuses", ())
    for status in statuses:
        if status not in SITE_STATUSES:
            raise ProjectError("statuses", f"unknown status {status!r}")
    project = Project(**values)
    table = rate_table(project.exchange_rates)
    if project.currency not in table:
        raise ProjectError("currency", f"no exchange rate for {project.currency}; add it")
    return project


def _exchange_rates(value: Any) -> dict[str, float]:
    if not isinstance(value, dict):
        raise ProjectError("exchange_rates", "must be an object {currency: units per 1 USD}")
    out = {}
    for code, rate in value.items():
        field = f"exchange_rates.{code}"
        out[currency_code(field, code)] = _number(field, rate)
        if out[code.upper()] <= 0:
            raise ProjectError(field, "must be > 0")
    return out


def _standard_rates(value: Any) -> dict[str, dict[str, float]]:
    if not isinstance(value, dict):
        raise ProjectError("standard_rates", "must be an object {country: {tax: percent}}")
    out: dict[str, dict[str, float]] = {}
    for country, rates in value.items():
        code = country_code(f"standard_rates.{country}", str(country).upper())
        if not isinstance(rates, dict):
            raise ProjectError(f"standard_rates.{country}", "must be an object {tax: percent}")
        out[code] = {
            str(tax): _number(f"standard_rates.{country}.{tax}", rate)
            for tax, rate in rates.items()
        }
    return out


def _weights(value: Any) -> Weights:
    if not isinstance(value, dict):
        raise ProjectError("weights", f"must be an object with keys {', '.join(CRITERIA)}")
    for key in value:
        if key not in CRITERIA:
            raise ProjectError(f"weights.{key}", f"unknown criterion (use {', '.join(CRITERIA)})")
    return Weights(**{k: _number(f"weights.{k}", v) for k, v in value.items()})


def load_project(path: str | Path) -> Project:
    path = Path(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise ProjectError("(file)", f"cannot read {path}: {exc.strerror}") from None
    if size > MAX_FILE_BYTES:
        raise ProjectError("(file)", f"{path} is larger than {MAX_FILE_BYTES} bytes")
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except UnicodeDecodeError:
        raise ProjectError("(file)", f"{path} is not UTF-8 text") from None
    except json.JSONDecodeError as exc:
        raise ProjectError("(file)", f"invalid JSON at line {exc.lineno}: {exc.msg}") from None
    return project_from_dict(data)
