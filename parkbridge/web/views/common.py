"""What the page views share: paging, full page or htmx fragment, and table downloads."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from typing import Any

from django.core.paginator import Page, Paginator
from django.db import models
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.cache import add_never_cache_headers, patch_vary_headers
from django.utils.translation import get_language

from parkbridge.core.access import request_user
from parkbridge.core.api_crud import by_relevance, search_q
from parkbridge.core.search_index import RankedResults, RankedSearch
from parkbridge.web.downloads import BadDownload, bad_download, requested_format, table_response

PER_PAGE = 50


def lang() -> str:
    return (get_language() or "en").lower()


def user_of(request: HttpRequest):
    return request_user(request)


def page_of(
    items: models.QuerySet | Sequence, number: int | None, per_page: int = PER_PAGE
) -> Page:
    """A page of results; a page past the end shows the last one instead of an error."""
    paginator = Paginator(items, per_page)
    return paginator.get_page(number or 1)


def searched(
    candidates: models.QuerySet, query: str | None, ordering: Sequence[str] | None
) -> models.QuerySet | RankedResults:
    """``candidates`` matching ``query``: by relevance, as the API lists them (names beginning
    with the query first), unless an ``ordering`` is asked for or there is no query."""
    if query and ordering is None:
        ranked = by_relevance(candidates, query)
        if isinstance(ranked, RankedSearch):
            return RankedResults(ranked)
    if query:
        candidates = candidates.filter(search_q(query))
    return candidates.order_by(*(ordering or ("name_en", "id")))


def render_list(
    request: HttpRequest,
    template: str,
    fragment: str,
    context: dict[str, Any],
    status: int = 200,
) -> HttpResponse:
    """The whole page, or only its results fragment when htmx asks (filters, paging).

    htmx restoring a page for Back/Forward asks with ``HX-History-Restore-Request`` and swaps
    the answer in place of the whole body: that one gets the whole page. The fragment and the
    page share a URL, so the answer varies on the htmx headers and a fragment is never stored,
    or the browser's Back could show a cached fragment alone."""
    htmx = getattr(request, "htmx", None)
    wants_fragment = bool(htmx) and not htmx.boosted and not htmx.history_restore_request
    response = render(request, fragment if wants_fragment else template, context, status=status)
    patch_vary_headers(response, ("HX-Request", "HX-History-Restore-Request"))
    if wants_fragment:
        add_never_cache_headers(response)
    return response


def download_or_none(
    request: HttpRequest,
    filename: str,
    header: Sequence[str],
    rows: Callable[[], Iterable[dict[str, Any]]],
) -> HttpResponse | None:
    """The table as a file when ``?format=csv|xlsx`` is asked, else None (render the page)."""
    try:
        fmt = requested_format(request)
    except BadDownload as error:
        return bad_download(error)
    if fmt is None:
        return None
    return table_response(rows(), header, fmt, filename)
