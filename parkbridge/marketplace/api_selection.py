"""REST API of site selection: rank the registry's sites for a project, compare chosen sites,
export either as CSV, XLSX or PDF.

The request body is the project itself (the same JSON as `parkbridge match-sites` reads);
options go in the query string. A bad project is a 422 naming the field. No `from __future__
import annotations`: django-ninja reads these annotations at run time.
"""

from typing import Any

from django.http import HttpRequest
from ninja import Body, Query, Router, Schema

from parkbridge.core.access import request_user, sees_everything
from parkbridge.core.api_crud import ApiError, ErrorOut
from parkbridge.marketplace import reports
from parkbridge.marketplace.queries import QueryError, project_query
from parkbridge.marketplace.selection import registry_index
from parkbridge.siteselection import Project, SelectionResult, compare, select

selection_router = Router(tags=["site selection"])

MAX_TOP = 1000
MAX_COMPARE = 12

PROJECT_EXAMPLE = {
    "name": "Road-machinery assembly plant",
    "sectors": ["machinery"],
    "plot_area_ha": 10,
    "power_mw": 5,
    "countries": ["BY", "RU", "KZ"],
    "horizon_years": 10,
    "annual_profit": 2_000_000,
    "currency": "USD",
}


def _project(data: Any) -> Project:
    try:
        return project_query(data)
    except QueryError as error:
        raise ApiError(422, {error.field: [error.message]}) from error


def _selection(request: HttpRequest, project: Project) -> tuple[SelectionResult, dict[str, int]]:
    cached = registry_index(include_confidential=sees_everything(request_user(request)))
    return select(cached.index, project), cached.pk_by_slug


class SiteResultOut(Schema):
    site: int | None
    site_id: str
    name: str
    rank: int
    eligible: bool
    score: float
    breakdown: dict[str, float]
    incentive_value: float
    currency: str
    confidence: float
    violations: list[str]
    reasons: list[str]
    incentive_details: list[str]


class RankingOut(Schema):
    project: str
    currency: str
    sites_total: int
    sites_eligible: int
    results: list[SiteResultOut]


@selection_router.post(
    "",
    response={200: RankingOut, 422: ErrorOut},
    operation_id="site_selection_rank",
    summary="Rank every site for a project: score, breakdown, incentive value, reasons",
)
def rank(
    request: HttpRequest,
    project: dict[str, Any] = Body(..., openapi_examples={"plant": {"value": PROJECT_EXAMPLE}}),  # noqa: B008
    top: int = Query(20, ge=1, le=MAX_TOP),  # noqa: B008
    eligible_only: bool = True,
):
    parsed = _project(project)
    selection, pk_by_slug = _selection(request, parsed)
    results = selection.top(top, eligible_only=eligible_only)
    return {
        "project": parsed.name,
        "currency": parsed.currency,
        "sites_total": selection.index.size,
        "sites_eligible": int(selection.evaluation.eligible.sum()),
        "results": [r.as_dict() | {"site": pk_by_slug.get(r.site_id)} for r in results],
    }


class ComparisonOut(Schema):
    project: str
    site_ids: list[str]
    columns: list[str]
    rows: list[dict[str, Any]]


def _comparison(request: HttpRequest, parsed: Project, site_ids: list[str]):
    if not site_ids:
        raise ApiError(422, {"site_ids": ["choose at least one site"]})
    if len(site_ids) > MAX_COMPARE:
        raise ApiError(422, {"site_ids": [f"compare at most {MAX_COMPARE} sites"]})
    selection, _ = _selection(request, parsed)
    unknown = [s for s in site_ids if s not in selection.index.position]
    if unknown:
        raise ApiError(422, {"site_ids": [f"unknown site id(s): {', '.join(unknown)}"]})
    return compare(selection, list(dict.fromkeys(site_ids)))


@selection_router.post(
    "/compare",
    response={200: ComparisonOut, 422: ErrorOut},
    operation_id="site_selection_compare",
    summary="Chosen sites side by side (site ids are the sites' slugs)",
)
def compare_sites(
    request: HttpRequest,
    project: dict[str, Any] = Body(..., openapi_examples={"plant": {"value": PROJECT_EXAMPLE}}),  # noqa: B008
    site_ids: list[str] = Query(...),  # noqa: B008
):
    parsed = _project(project)
    table = _comparison(request, parsed, site_ids)
    return {
        "project": parsed.name,
        "site_ids": table.site_ids,
        "columns": table.columns,
        "rows": table.as_records(),
    }


@selection_router.post(
    "/export",
    response={200: None, 422: ErrorOut},
    operation_id="site_selection_export",
    summary="The ranking (or, with site_ids, the comparison) as a CSV, XLSX or PDF file",
)
def export(
    request: HttpRequest,
    project: dict[str, Any] = Body(..., openapi_examples={"plant": {"value": PROJECT_EXAMPLE}}),  # noqa: B008
    format: str = "csv",
    top: int = Query(50, ge=1, le=MAX_TOP),  # noqa: B008
    site_ids: list[str] = Query([]),  # noqa: B008
):
    if format not in reports.FORMATS:
        raise ApiError(422, {"format": [f"must be one of {', '.join(reports.FORMATS)}"]})
    parsed = _project(project)
    if site_ids:
        data: Any = _comparison(request, parsed, site_ids)
    else:
        data = _selection(request, parsed)[0].top(top)
    try:
        return reports.file_response(data, format, title=f"Site selection: {parsed.name}")
    except reports.TooLarge as error:
        raise ApiError(422, {"top": [str(error)]}) from error


__all__ = ["selection_router"]
