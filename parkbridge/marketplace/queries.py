"""Validation of the queries users send or save: a profile search and a site-selection project.

Both raise `QueryError(field, message)` so the API answers 422 naming the field and pages show
the message beside it.
"""

from __future__ import annotations

import math
from typing import Any

from parkbridge.core.countries import is_country_code
from parkbridge.marketplace.matching import SearchQuery
from parkbridge.marketplace_matching.models import (
    CONDITIONS,
    DEALS,
    DIRECTIONS,
    KINDS,
    ProfileError,
    normalise_hs,
)
from parkbridge.siteselection import Project, ProjectError, project_from_dict

MAX_QUERY_TEXT = 2_000
MAX_CODES = 50
PROFILE_QUERY_KEYS = (
    "q",
    "direction",
    "kind",
    "sectors",
    "hs_codes",
    "countries",
    "condition",
    "deal",
    "min_score",
)


class QueryError(ValueError):
    def __init__(self, field: str, message: str) -> None:
        super().__init__(f"{field}: {message}")
        self.field = field
        self.message = message


def _choice(field: str, value: Any, allowed: tuple[str, ...]) -> str | None:
    if value in (None, ""):
        return None
    if value not in allowed:
        raise QueryError(field, f"must be one of {', '.join(allowed)}")
    return str(value)


def _strings(field: str, value: Any) -> tuple[str, ...]:
    if value in (None, ""):
        return ()
    if isinstance(value, str):
        value = [value]
    if not isinstance(value, list | tuple) or not all(isinstance(v, str) for v in value):
        raise QueryError(field, "must be a list of strings")
    if len(value) > MAX_CODES:
        raise QueryError(field, f"at most {MAX_CODES} entries")
    return tuple(v.strip() for v in value if v.strip())


def profile_query(data: Any) -> SearchQuery:
    """A profile search from a JSON object (saved search) or from query parameters."""
    if not isinstance(data, dict):
        raise QueryError("query", "must be an object")
    unknown = sorted(set(data) - set(PROFILE_QUERY_KEYS))
    if unknown:
        raise QueryError(
            unknown[0] or "(empty key)", f"unknown key (allowed: {', '.join(PROFILE_QUERY_KEYS)})"
        )
    text = data.get("q") or ""
    if not isinstance(text, str):
        raise QueryError("q", "must be a string")
    if len(text) > MAX_QUERY_TEXT:
        raise QueryError("q", f"at most {MAX_QUERY_TEXT} characters")
    hs_codes = _strings("hs_codes", data.get("hs_codes"))
    try:
        hs_codes = tuple(normalise_hs(c) for c in hs_codes)
    except ProfileError as error:
        raise QueryError("hs_codes", str(error)) from None
    countries = tuple(c.upper() for c in _strings("countries", data.get("countries")))
    for code in countries:
        if not is_country_code(code):
            raise QueryError("countries", f"unknown country code {code!r} (ISO alpha-2)")
    min_score = data.get("min_score", 0.0) or 0.0
    if isinstance(min_score, bool) or not isinstance(min_score, int | float):
        raise QueryError("min_score", "must be a number")
    if not math.isfinite(min_score) or not 0 <= min_score <= 1:
        raise QueryError("min_score", "must be between 0 and 1")
    query = SearchQuery(
        q=text.strip(),
        direction=_choice("direction", data.get("direction"), DIRECTIONS),
        kind=_choice("kind", data.get("kind"), KINDS),
        sectors=_sector_codes(_strings("sectors", data.get("sectors"))),
        hs_codes=hs_codes,
        countries=countries,
        condition=_choice("condition", data.get("condition"), CONDITIONS),
        deal=_choice("deal", data.get("deal"), DEALS),
        min_score=float(min_score),
    )
    if not (query.q or query.sectors or query.hs_codes):
        raise QueryError("q", "give some text, sectors or HS codes to search for")
    return query


def _sector_codes(words: tuple[str, ...]) -> tuple[str, ...]:
    """Sector words in any language → the vocabulary's codes; an unknown word is an error
    naming it and the closest known sectors."""
    from parkbridge.core.sectors import UnknownSector, vocabulary

    try:
        return tuple(vocabulary().resolve_all(words))
    except UnknownSector as error:
        raise QueryError("sectors", str(error)) from None


def project_query(data: Any) -> Project:
    try:
        return project_from_dict(data)
    except ProjectError as error:
        message = str(error).split(": ", 1)[-1]
        raise QueryError(error.field or "(empty key)", message) from None


def validate_saved(kind: str, query: Any) -> None:
    if kind == "site_selection":
        project_query(query)
    elif kind == "profiles":
        profile_query(query)
    else:
        raise QueryError("kind", "must be site_selection or profiles")
