"""The registry of sites: a filterable list, the map's data, and a site's card."""

from __future__ import annotations

import dataclasses
import gzip
import hashlib
import json
import os
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass
from typing import Any

from django.contrib.contenttypes.models import ContentType
from django.db import connections, models
from django.db.models import Count, Max
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext, gettext_lazy
from django.views.decorators.http import require_GET

from parkbridge.agreements.models import Agreement, InvestmentProject
from parkbridge.core.access import hide_references, visible
from parkbridge.core.api_crud import search_q
from parkbridge.core.models import Provenance
from parkbridge.events.models import Event
from parkbridge.organisations.models import Organisation
from parkbridge.sites.applicability import Reason
from parkbridge.sites.completeness import (
    ORDER,
    completeness_by_country_and_kind,
    site_completeness,
)
from parkbridge.sites.completeness import labels as completeness_labels
from parkbridge.sites.filters import SiteFilterForm
from parkbridge.sites.models import (
    FACT_FIELDS,
    Incentive,
    Residency,
    Site,
    SiteFact,
    SiteKind,
    SiteStatus,
    incentives_for,
)
from parkbridge.web.mapgrid import MAX_ZOOM, BBox, GridError, GridView, PointSet, cluster
from parkbridge.web.registry_state import audience, on_change, remembered
from parkbridge.web.views.common import (
    download_or_none,
    lang,
    page_of,
    render_list,
    searched,
    user_of,
)

LIST_FIELDS = (
    "id",
    "slug",
    "name_en",
    "name_ru",
    "name_zh",
    "name_local",
    "kind",
    "status",
    "country",
    "region",
    "city",
    "established",
    "area_total_ha",
    "area_free_ha",
    "residents_count",
)
EXPORT_HEADER = (
    "slug",
    "name_en",
    "name_ru",
    "name_zh",
    "kind",
    "status",
    "country",
    "region",
    "city",
    "latitude",
    "longitude",
    "established",
    "area_total_ha",
    "area_free_ha",
    "power_mw",
    "rail_siding",
    "residents_count",
    "jobs",
    "website",
)
KIND_CODES = tuple(value for value, _ in SiteKind.choices)


def tile_url() -> str:
    """An online tile layer only when the deployment configures one; offline by default."""
    from django.conf import settings

    return getattr(settings, "PARKBRIDGE_TILE_URL", None) or os.environ.get(
        "PARKBRIDGE_TILE_URL", ""
    )


def registry_countries(user: Any) -> list[str]:
    return remembered(
        ("countries", audience(user)),
        lambda: list(
            visible(Site.objects.all(), user)
            .order_by()
            .values_list("country", flat=True)
            .distinct()
        ),
    )


def filter_sites(queryset: models.QuerySet[Site], data: dict[str, Any]) -> models.QuerySet[Site]:
    """The sites the form's filters select; the search (``q``) is applied by the caller,
    which ranks it on the list (:func:`searched`)."""
    for field in ("country", "kind", "status"):
        if data.get(field):
            queryset = queryset.filter(**{field: data[field]})
    if data.get("min_free_ha") is not None:
        queryset = queryset.filter(area_free_ha__gte=data["min_free_ha"])
    if data.get("min_power_mw") is not None:
        queryset = queryset.filter(power_mw__gte=data["min_power_mw"])
    if data.get("rail"):
        queryset = queryset.filter(rail_siding=True)
    if data.get("sector"):
        links = Site.sectors.through.objects.filter(sector__code__in=data["sector"])
        queryset = queryset.filter(pk__in=links.values("site_id"))
    if data.get("established_from") is not None:
        queryset = queryset.filter(established__gte=data["established_from"])
    if data.get("established_to") is not None:
        queryset = queryset.filter(established__lte=data["established_to"])
    return queryset


def _filtered(request: HttpRequest) -> tuple[SiteFilterForm, models.QuerySet[Site] | None]:
    """The form and the visible sites its filters select, before the search (None when the
    form is invalid)."""
    user = user_of(request)
    form = SiteFilterForm(request.GET or None, countries=registry_countries(user))
    base = visible(Site.objects.all(), user)
    if not request.GET:
        return form, base
    if not form.is_valid():
        return form, None
    return form, filter_sites(base, form.cleaned_data)


def _query(form: SiteFilterForm) -> str | None:
    return form.cleaned_data.get("q") if form.is_bound else None


def site_list(request: HttpRequest) -> HttpResponse:
    form, candidates = _filtered(request)
    page = None
    if candidates is not None:
        query = _query(form)
        download = download_or_none(
            request,
            "sites",
            EXPORT_HEADER,
            lambda: (
                searched(candidates, query, SiteFilterForm.SORTS["name"])
                .values(*EXPORT_HEADER)
                .iterator(chunk_size=2000)
            ),
        )
        if download is not None:
            return download
        ordering = form.ordering() if form.is_bound else None
        page = page_of(
            searched(candidates.only(*LIST_FIELDS), query, ordering),
            form.cleaned_data.get("page") if form.is_bound else None,
        )
    context = {
        "form": form,
        "page": page,
        "tile_url": tile_url(),
        "map_query": request.GET.urlencode(),
    }
    status = 200 if candidates is not None else 400
    return render_list(request, "sites/list.html", "sites/_results.html", context, status)


# The map's data. The browser never gets all 100,000 points: it gets an overview (one marker
# per occupied grid cell for zooms 0 to OVERVIEW_MAX_ZOOM, a few tens of kilobytes, drawn as
# soon as it arrives) and, deeper than that, the markers of the area on screen
# (``?z=&bbox=``), clustered on the server by ``parkbridge.web.mapgrid``.
#
# Each filter set's points are kept per process as numpy columns (MAP_CACHE); reading 100,000
# rows takes a few hundred milliseconds, clustering them a few. The registry's fingerprint
# (count and last change of the visible sites) is part of the key, so a changed site is seen at
# the next request; entries also expire after MAP_CACHE_SECONDS, for bulk updates that leave
# ``updated`` alone.
OVERVIEW_MAX_ZOOM = 4


@dataclass
class MapData:
    points: PointSet
    made: float
    # language -> (JSON, gzipped JSON) of the overview; kind names are translated
    overviews: dict[str, tuple[bytes, bytes]] = dataclasses.field(default_factory=dict)


MAP_CACHE: OrderedDict[tuple, MapData] = OrderedDict()
MAP_CACHE_SIZE = 8
MAP_CACHE_SECONDS = 300.0
_MAP_LOCK = threading.Lock()
on_change(MAP_CACHE.clear)


def _point_set(queryset: models.QuerySet[Site]) -> PointSet:
    rows = (
        queryset.filter(latitude__isnull=False, longitude__isnull=False)
        .order_by()
        .values_list("id", "latitude", "longitude", "kind", "status")
    )
    # Straight through the cursor: Django's row objects would cost more than the query.
    sql, params = rows.query.get_compiler(using=rows.db).as_sql()
    with connections[rows.db].cursor() as cursor:
        cursor.execute(sql, params)
        fetched = cursor.fetchall()
    kind_index = {kind: i for i, kind in enumerate(KIND_CODES)}
    other = kind_index["other"]
    status_index = {status: i for i, status in enumerate(SiteStatus.values)}
    operating = status_index[SiteStatus.OPERATING]
    return PointSet.from_rows(
        (pk, lat, lon, kind_index.get(kind, other), status_index.get(status, operating))
        for pk, lat, lon, kind, status in fetched
    )


def _view_json(view: GridView) -> dict[str, Any]:
    return {"clusters": view.clusters, "points": view.points}


def _overview_json(points: PointSet) -> bytes:
    body = {
        "fields": {
            "clusters": ["lat", "lon", "count", "expansion_zoom"],
            "points": ["id", "lat", "lon", "kind", "status"],
        },
        "kinds": [gettext(label) for _, label in SiteKind.choices],
        "statuses": [gettext(label) for _, label in SiteStatus.choices],
        "count": len(points),
        "bounds": points.bounds(),
        "overview_max_zoom": OVERVIEW_MAX_ZOOM,
        "max_zoom": MAX_ZOOM,
        "zooms": [_view_json(cluster(points, z)) for z in range(OVERVIEW_MAX_ZOOM + 1)],
    }
    return json.dumps(body, separators=(",", ":"), ensure_ascii=False).encode()


def _json_error(errors: dict[str, Any]) -> HttpResponse:
    return HttpResponse(
        json.dumps({"errors": errors}, ensure_ascii=False),
        status=400,
        content_type="application/json",
    )


def _map_view_params(request: HttpRequest) -> tuple[int, BBox] | None | dict[str, Any]:
    """``(zoom, bbox)`` when the browser asks for one area, None for the overview, or the
    errors of a malformed request."""
    z, bbox = request.GET.get("z"), request.GET.get("bbox")
    if z is None and bbox is None:
        return None
    errors: dict[str, Any] = {}
    zoom = 0
    if z is None or not z.isdigit() or not 0 <= int(z) <= MAX_ZOOM:
        errors["z"] = [{"message": f"z must be a whole number from 0 to {MAX_ZOOM}"}]
    else:
        zoom = int(z)
    try:
        box = BBox.parse(bbox or "")
    except GridError as error:
        errors["bbox"] = [{"message": str(error)}]
    return errors or (zoom, box)


def _cached_points(queryset: models.QuerySet[Site], key: tuple) -> MapData:
    with _MAP_LOCK:
        data = MAP_CACHE.get(key)
        if data is not None and time.monotonic() - data.made <= MAP_CACHE_SECONDS:
            MAP_CACHE.move_to_end(key)
            return data
    data = MapData(_point_set(queryset), time.monotonic())
    with _MAP_LOCK:
        MAP_CACHE[key] = data
        while len(MAP_CACHE) > MAP_CACHE_SIZE:
            MAP_CACHE.popitem(last=False)
    return data


def _json_response(request: HttpRequest, body: bytes, gzipped: bytes | None, etag: str):
    if "gzip" in request.headers.get("Accept-Encoding", "") and len(body) > 1024:
        response = HttpResponse(gzipped or gzip.compress(body, 5), content_type="application/json")
        response["Content-Encoding"] = "gzip"
    else:
        response = HttpResponse(body, content_type="application/json")
    response["ETag"] = etag
    return response


@require_GET
def site_map_data(request: HttpRequest) -> HttpResponse:
    """The map's markers for the list's filters: the overview, or with ``z`` and ``bbox``
    (west,south,east,north) the clusters and sites of one area at one zoom."""
    form, candidates = _filtered(request)
    if candidates is None:
        return _json_error(form.errors.get_json_data())
    query = _query(form)
    queryset = candidates.filter(search_q(query)) if query else candidates
    params = _map_view_params(request)
    if isinstance(params, dict):
        return _json_error(params)
    user = user_of(request)
    who = audience(user)
    # Whose sites and which version of them: another audience never shares an entry (its
    # confidential sites differ), and a changed registry makes a new one.
    state = remembered(
        ("fingerprint", who),
        lambda: visible(Site.objects.all(), user).aggregate(n=Count("id"), last=Max("updated")),
    )
    filters = form.cleaned_data if form.is_bound else {}
    key = (
        tuple(
            sorted(
                (k, v)
                for k, v in filters.items()
                if k not in {"page", "sort"} and v is not None and v != "" and v is not False
            )
        ),
        who,
        state["n"],
        str(state["last"]),
    )
    language = lang()
    etag = '"' + hashlib.sha256(repr((key, language, params)).encode()).hexdigest()[:20] + '"'
    if request.headers.get("If-None-Match") == etag:
        response = HttpResponse(status=304)
        response["ETag"] = etag
    else:
        data = _cached_points(queryset, key)
        if params is None:
            overview = data.overviews.get(language)
            if overview is None:
                body = _overview_json(data.points)
                overview = data.overviews[language] = (body, gzip.compress(body, 5))
            response = _json_response(request, overview[0], overview[1], etag)
        else:
            zoom, box = params
            try:
                view = cluster(data.points, zoom, box)
            except GridError as error:
                return _json_error({"bbox": [{"message": str(error)}]})
            body = json.dumps(
                {
                    "zoom": view.zoom,
                    "bbox": [view.bbox.west, view.bbox.south, view.bbox.east, view.bbox.north],
                    "truncated": view.truncated,
                    **_view_json(view),
                },
                separators=(",", ":"),
            ).encode()
            response = _json_response(request, body, None, etag)
    response["Vary"] = "Accept-Encoding, Cookie"
    response["Cache-Control"] = "private, max-age=60"
    return response


@require_GET
def site_popup(request: HttpRequest, pk: int) -> HttpResponse:
    """The few lines a map marker shows when clicked."""
    site = get_object_or_404(visible(Site.objects.all(), user_of(request)), pk=pk)
    return render(request, "sites/_popup.html", {"site": site})


@dataclass(frozen=True)
class Fact:
    label: str
    value: Any
    unit: str = ""
    field: str = ""
    sources: tuple[int, ...] = ()


FACT_GROUPS: tuple[tuple[Any, tuple[tuple[str, Any, str], ...]], ...] = (
    (
        gettext_lazy("Location"),
        (
            ("region", gettext_lazy("Region"), ""),
            ("city", gettext_lazy("City"), ""),
            ("address", gettext_lazy("Address"), ""),
            ("latitude", gettext_lazy("Latitude"), "°"),
            ("longitude", gettext_lazy("Longitude"), "°"),
        ),
    ),
    (
        gettext_lazy("Land and premises"),
        (
            ("area_total_ha", gettext_lazy("Total area"), "ha"),
            ("area_free_ha", gettext_lazy("Free area"), "ha"),
            ("premises_m2", gettext_lazy("Premises"), "m²"),
            ("premises_free_m2", gettext_lazy("Free premises"), "m²"),
            ("land_price_usd_m2", gettext_lazy("Land price"), "USD/m²"),
            ("rent_usd_m2_month", gettext_lazy("Rent"), "USD/m²/month"),
        ),
    ),
    (
        gettext_lazy("Utilities"),
        (
            ("power_mw", gettext_lazy("Power"), "MW"),
            ("gas_m3h", gettext_lazy("Gas"), "m³/h"),
            ("water_m3day", gettext_lazy("Water"), "m³/day"),
        ),
    ),
    (
        gettext_lazy("Transport"),
        (
            ("rail_siding", gettext_lazy("Rail siding"), ""),
            ("km_to_highway", gettext_lazy("To a highway"), "km"),
            ("km_to_airport", gettext_lazy("To an airport"), "km"),
            ("km_to_seaport", gettext_lazy("To a sea port"), "km"),
            ("km_to_border", gettext_lazy("To a border crossing"), "km"),
        ),
    ),
    (
        gettext_lazy("Economy"),
        (
            ("established", gettext_lazy("Established"), ""),
            ("residents_count", gettext_lazy("Residents"), ""),
            ("jobs", gettext_lazy("Jobs"), ""),
        ),
    ),
)


def _fact_groups(site: Site, cited: dict[str, list[int]]) -> list[tuple[str, list[Fact]]]:
    groups = []
    for title, fields in FACT_GROUPS:
        facts = []
        for field, label, unit in fields:
            value = getattr(site, field)
            if value is None or value == "":
                continue
            if isinstance(value, bool):
                value = gettext("yes") if value else gettext("no")
            elif field == "established":
                value = str(value)  # a year, not a quantity
            facts.append(Fact(str(label), value, unit, field, tuple(cited.get(field, ()))))
        if facts:
            groups.append((str(title), facts))
    return groups


def _site_markers(site: Site) -> list[dict[str, Any]]:
    if site.latitude is None or site.longitude is None:
        return []
    return [{"lat": site.latitude, "lon": site.longitude, "label": site.display_name(lang())}]


RESIDENT_HEADER = ("organisation", "country", "since", "until", "jobs")
INCENTIVE_HEADER = (
    "regime_name",
    "tax",
    "benefit",
    "rate_percent",
    "standard_rate_percent",
    "duration_years",
    "starts",
    "conditions",
    "legal_basis",
)
AGREEMENT_HEADER = ("title", "kind", "status", "signed_on", "value", "currency", "countries")


def _field_label(name: str) -> str:
    """A cited field in words ("area_total_ha" → "total area (ha)"), in the page's language."""
    if name in FACT_FIELDS:
        return gettext(FACT_FIELDS[name])
    try:
        return gettext(str(Site._meta.get_field(name).verbose_name))
    except Exception:  # noqa: BLE001 - a citation of a field the model no longer has
        return name.replace("_", " ")


def _fact_history(site: Site) -> list[tuple[str, list[SiteFact]]]:
    """Values of the site's attributes as sources state them, newest first, per attribute."""
    history: dict[str, list[SiteFact]] = {}
    for fact in site.facts.select_related("source").order_by("field", "-applied", "-as_of"):
        history.setdefault(fact.field, []).append(fact)
    return [(gettext(FACT_FIELDS[field]), facts) for field, facts in history.items()]


COMPLETENESS_HEADER = ("country", "kind", "sites", *ORDER)


def registry_completeness(request: HttpRequest) -> HttpResponse:
    """Which investor-facing facts are known, by country and kind."""
    rows = completeness_by_country_and_kind(visible(Site.objects.all(), user_of(request)))
    download = download_or_none(
        request,
        "registry-completeness",
        COMPLETENESS_HEADER,
        lambda: (
            {"country": r.country, "kind": r.kind, "sites": r.sites}
            | {k: round(r.share(k), 4) for k in ORDER}
            for r in rows
        ),
    )
    if download is not None:
        return download
    names = completeness_labels()
    totals = {k: sum(r.known[k] for r in rows) for k in ORDER}
    sites = sum(r.sites for r in rows)
    context = {
        "columns": [(k, names[k]) for k in ORDER],
        "rows": [
            (
                r,
                gettext(SiteKind(r.kind).label) if r.kind in SiteKind.values else r.kind,
                [(r.known[k], r.share(k)) for k in ORDER],
            )
            for r in rows
        ],
        "totals": [(totals[k], totals[k] / sites if sites else 0.0) for k in ORDER],
        "sites": sites,
    }
    return render(request, "sites/completeness.html", context)


def why_text(reason: Reason) -> str:
    """Why a regime applies to a site, in the page's language."""
    from parkbridge.core.countries import country_name

    kind = gettext(SiteKind(reason.site_kind).label) if reason.site_kind in SiteKind.values else ""
    if reason.kind == "own":
        return gettext("recorded for this site")
    if reason.kind == "listed":
        return gettext("the regime names this site")
    if reason.kind == "region":
        return gettext("regional regime of %(region)s for sites of kind “%(kind)s”") % {
            "region": reason.region,
            "kind": kind,
        }
    return gettext("national regime for every site of kind “%(kind)s” in %(country)s") % {
        "kind": kind,
        "country": country_name(reason.country, lang()),
    }


@dataclass(frozen=True)
class _IncentiveRow:
    incentive: Incentive
    why: str


def site_card(request: HttpRequest, slug: str) -> HttpResponse:
    user = user_of(request)
    site = get_object_or_404(
        visible(Site.objects.select_related("operator"), user).prefetch_related("sectors"),
        slug=slug,
    )
    hide_references([site], user)  # an operator the reader can't see isn't named or linked
    organisations = visible(Organisation.objects.all(), user)
    residencies = (
        Residency.objects.filter(site=site, organisation__in=organisations)
        .select_related("organisation")
        .order_by("organisation__name_en")
    )
    # Only the regimes that apply here (by scope), each with why it applies.
    incentives = [
        _IncentiveRow(incentive, why_text(why)) for incentive, why in incentives_for(site)
    ]
    agreements = visible(Agreement.objects.filter(site=site), user)
    projects = visible(InvestmentProject.objects.filter(site=site), user).select_related("investor")
    visits = site.visits.filter(event__in=visible(Event.objects.all(), user)).select_related(
        "event"
    )

    table = request.GET.get("table")
    if table:
        tables = {
            "residents": (
                RESIDENT_HEADER,
                lambda: (
                    {
                        "organisation": r.organisation.display_name(lang()),
                        "country": r.organisation.country,
                        "since": r.since,
                        "until": r.until,
                        "jobs": r.jobs,
                    }
                    for r in residencies
                ),
            ),
            "incentives": (
                (*INCENTIVE_HEADER, "applies_because"),
                lambda: (
                    {name: getattr(row.incentive, name) for name in INCENTIVE_HEADER}
                    | {"applies_because": row.why}
                    for row in incentives
                ),
            ),
            "agreements": (AGREEMENT_HEADER, lambda: agreements.values(*AGREEMENT_HEADER)),
        }
        if table not in tables:
            raise Http404(gettext("No such table."))
        header, rows = tables[table]
        download = download_or_none(request, f"{site.slug}-{table}", header, rows)
        if download is not None:
            return download

    provenance = list(
        Provenance.objects.filter(
            content_type=ContentType.objects.get_for_model(Site), object_id=site.pk
        )
        .select_related("source")
        .order_by("source__title", "field")
    )
    sources: dict[int, Any] = {}
    cited: dict[str, list[int]] = {}
    for citation in provenance:
        number = sources.setdefault(citation.source_id, {"source": citation.source, "fields": []})
        if citation.field:
            number["fields"].append(_field_label(citation.field))
            cited.setdefault(citation.field, []).append(citation.source_id)
    source_numbers = {source_id: i + 1 for i, source_id in enumerate(sources)}
    groups = _fact_groups(site, {f: [source_numbers[s] for s in ids] for f, ids in cited.items()})
    context = {
        "site": site,
        "completeness": site_completeness(site),
        "fact_history": _fact_history(site),
        "groups": groups,
        "residencies": residencies,
        "incentives": incentives,
        "agreements": agreements.order_by("-signed_on"),
        "projects": projects,
        "visits": visits,
        "sources": [dict(entry, number=source_numbers[k]) for k, entry in sources.items()],
        "source_urls": [
            u for u in site.source_urls.split() if u.startswith(("http://", "https://"))
        ],
        "markers": _site_markers(site),
        "tile_url": tile_url(),
    }
    return render(request, "sites/card.html", context)
