"""Organisations: a filterable list and a page with everything the registry links to one."""

from __future__ import annotations

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from parkbridge.agreements.models import Agreement, InvestmentProject
from parkbridge.core.access import visible
from parkbridge.events.models import Event, Participant
from parkbridge.organisations.filters import OrganisationFilterForm
from parkbridge.organisations.models import Organisation, OrganisationLink
from parkbridge.sites.models import Residency, Site
from parkbridge.web.views.common import (
    download_or_none,
    page_of,
    render_list,
    searched,
    user_of,
)

EXPORT_HEADER = ("name_en", "name_ru", "name_zh", "kind", "country", "city", "isic", "website")
LIST_FIELDS = ("id", "name_en", "name_ru", "name_zh", "name_local", "kind", "country", "city")


def organisation_list(request: HttpRequest) -> HttpResponse:
    form = OrganisationFilterForm(request.GET or None)
    candidates = visible(Organisation.objects.all(), user_of(request))
    valid = not form.is_bound or form.is_valid()
    query = None
    if form.is_bound and valid:
        data = form.cleaned_data
        query = data["q"]
        if data["country"]:
            candidates = candidates.filter(country=data["country"])
        if data["kind"]:
            candidates = candidates.filter(kind=data["kind"])
        if data.get("sector"):
            links = Organisation.sectors.through.objects.filter(sector__code__in=data["sector"])
            candidates = candidates.filter(pk__in=links.values("organisation_id"))
    if valid:
        download = download_or_none(
            request,
            "organisations",
            EXPORT_HEADER,
            lambda: (
                searched(candidates, query, ("name_en", "id")).values(*EXPORT_HEADER).iterator(2000)
            ),
        )
        if download is not None:
            return download
    page = None
    if valid:
        number = form.cleaned_data.get("page") if form.is_bound else None
        page = page_of(searched(candidates.only(*LIST_FIELDS), query, None), number)
    return render_list(
        request,
        "organisations/list.html",
        "organisations/_results.html",
        {"form": form, "page": page},
        200 if valid else 400,
    )


def organisation_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    organisation = get_object_or_404(
        visible(Organisation.objects.prefetch_related("sectors"), user), pk=pk
    )
    organisations = visible(Organisation.objects.all(), user)
    links = OrganisationLink.objects.filter(
        Q(source=organisation, target__in=organisations)
        | Q(target=organisation, source__in=organisations)
    ).select_related("source", "target")
    context = {
        "organisation": organisation,
        "operated": visible(Site.objects.filter(operator=organisation), user),
        "residencies": Residency.objects.filter(
            organisation=organisation, site__in=visible(Site.objects.all(), user)
        ).select_related("site"),
        "links": links,
        "agreements": visible(Agreement.objects.filter(parties=organisation), user).order_by(
            "-signed_on"
        ),
        "projects": visible(
            InvestmentProject.objects.filter(investor=organisation), user
        ).select_related("site"),
        "participations": Participant.objects.filter(
            organisation=organisation, event__in=visible(Event.objects.all(), user)
        ).select_related("event"),
        "people": organisation.people.all(),
    }
    return render(request, "organisations/detail.html", context)
