"""Events: forums, expos and business missions with their programme, participants, statistics
and, for a mission, the itinerary of site visits on a map."""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.db.models import Count, F
from django.http import Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext

from parkbridge.agreements.models import Agreement
from parkbridge.core.access import visible
from parkbridge.core.api_crud import search_q
from parkbridge.events.filters import EventFilterForm
from parkbridge.events.models import Event
from parkbridge.organisations.models import Organisation
from parkbridge.sites.models import Site
from parkbridge.sites.views import tile_url
from parkbridge.web import charts
from parkbridge.web.views.common import download_or_none, lang, page_of, render_list, user_of

EXPORT_HEADER = (
    "name_en",
    "name_ru",
    "name_zh",
    "kind",
    "start",
    "end",
    "country",
    "city",
    "venue",
)
PARTICIPANT_HEADER = ("name", "role", "country", "delegation")
STATISTIC_HEADER = ("measure", "qualifier", "value", "unit")


def event_list(request: HttpRequest) -> HttpResponse:
    form = EventFilterForm(request.GET or None)
    queryset = visible(Event.objects.all(), user_of(request))
    valid = not form.is_bound or form.is_valid()
    if form.is_bound and valid:
        data = form.cleaned_data
        if data["q"]:
            queryset = queryset.filter(search_q(data["q"]))
        if data["kind"]:
            queryset = queryset.filter(kind=data["kind"])
        if data["country"]:
            queryset = queryset.filter(country=data["country"])
        if data["year"]:
            queryset = queryset.filter(start__year=data["year"])
    ordered = queryset.order_by(F("start").desc(nulls_last=True), "name_en", "id")
    if valid:
        download = download_or_none(
            request, "events", EXPORT_HEADER, lambda: ordered.values(*EXPORT_HEADER)
        )
        if download is not None:
            return download
    page = None
    if valid:
        number = form.cleaned_data.get("page") if form.is_bound else None
        page = page_of(ordered.annotate(participant_count=Count("participants")), number)
    return render_list(
        request,
        "events/list.html",
        "events/_results.html",
        {"form": form, "page": page},
        200 if valid else 400,
    )


def _participant_name(participant: Any) -> str:
    if participant.organisation_id:
        return participant.organisation.display_name(lang())
    return participant.person.name if participant.person_id else ""


def event_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    event = get_object_or_404(visible(Event.objects.select_related("series"), user), pk=pk)
    organisations = visible(Organisation.objects.all(), user)
    everyone = list(
        event.participants.select_related("organisation", "person").order_by("role", "id")
    )
    allowed = set(
        organisations.filter(pk__in={p.organisation_id for p in everyone}).values_list(
            "pk", flat=True
        )
    )
    participants = [
        p for p in everyone if p.organisation_id is None or p.organisation_id in allowed
    ]
    statistics = list(event.statistics.order_by("measure"))
    table = request.GET.get("table")
    if table:
        tables = {
            "participants": (
                PARTICIPANT_HEADER,
                lambda: (
                    {
                        "name": _participant_name(p),
                        "role": p.role,
                        "country": p.country or (p.organisation.country if p.organisation else ""),
                        "delegation": p.delegation,
                    }
                    for p in participants
                ),
            ),
            "statistics": (
                STATISTIC_HEADER,
                lambda: event.statistics.order_by("measure").values(*STATISTIC_HEADER),
            ),
        }
        if table not in tables:
            raise Http404(gettext("No such table."))
        header, rows = tables[table]
        download = download_or_none(request, f"event-{event.pk}-{table}", header, rows)
        if download is not None:
            return download
    visits = list(
        event.site_visits.filter(site__in=visible(Site.objects.all(), user)).select_related("site")
    )
    itinerary = [
        {
            "lat": v.site.latitude,
            "lon": v.site.longitude,
            "label": v.site.display_name(lang()),
            "url": f"/sites/{v.site.slug}/",
        }
        for v in visits
        if v.site.latitude is not None and v.site.longitude is not None
    ]
    by_country: dict[str, int] = {}
    for p in participants:
        code = p.country or (p.organisation.country if p.organisation else "")
        if code:
            by_country[code] = by_country.get(code, 0) + 1
    figure = None
    if len(by_country) > 1:
        from parkbridge.core.countries import country_name

        top = sorted(by_country.items(), key=lambda item: -item[1])[:15]
        figure = charts.bar_figure(
            gettext("Participants by country"),
            [country_name(code, lang()) for code, _ in top],
            [n for _, n in top],
            gettext("Participants"),
        )
    context = {
        "event": event,
        "sessions": event.sessions.prefetch_related("speakers"),
        "participants": participants,
        "statistics": statistics,
        "visits": visits,
        "itinerary": itinerary,
        "agreements": visible(Agreement.objects.filter(event=event), user),
        "organisers": event.organisers.filter(pk__in=organisations.values("pk")),
        "figure": figure,
        "tile_url": tile_url(),
        "b2b": b2b_links(event, user),
    }
    return render(request, "events/detail.html", context)


def b2b_links(event: Event, user: Any) -> dict[str, Any] | None:
    """The event's B2B matchmaking, when it has one: organisers get its table plan and schedule
    versions, a participant the own agenda (agendas are reached by a secret key, so nobody
    else's is linked)."""
    if not apps.is_installed("parkbridge.b2b"):
        return None
    from parkbridge.b2b.models import B2BProgramme
    from parkbridge.b2b.permissions import is_organiser

    programme = B2BProgramme.objects.filter(event=event).first()
    if programme is None:
        return None
    agendas = []
    if user is not None and user.is_authenticated:
        agendas = list(programme.participants.filter(user=user).order_by("pk"))
    return {
        "programme": programme,
        "organiser": is_organiser(user, programme),
        "agendas": agendas,
    }
