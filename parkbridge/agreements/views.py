"""The agreements tracker: filters by country pair, status, kind and year; an agreement's
lifecycle and milestones."""

from __future__ import annotations

from datetime import date

from django.db import models
from django.db.models import F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render

from parkbridge.agreements.filters import AgreementFilterForm
from parkbridge.agreements.models import (
    ALLOWED_TRANSITIONS,
    Agreement,
    AgreementStatus,
    InvestmentProject,
)
from parkbridge.core.access import visible
from parkbridge.core.models import sources_of
from parkbridge.organisations.models import Organisation
from parkbridge.web.views.common import download_or_none, page_of, render_list, user_of

EXPORT_HEADER = (
    "title",
    "kind",
    "status",
    "signed_on",
    "countries",
    "count",
    "count_qualifier",
    "value",
    "currency",
    "description",
)
MAIN_PATH = ("planned", "signed", "in_implementation", "implemented")


def agreement_countries(queryset: models.QuerySet[Agreement]) -> dict[int, set[str]]:
    """Each agreement's countries: those stated on it and those of its parties."""
    found: dict[int, set[str]] = {}
    for pk, countries in queryset.values_list("id", "countries"):
        found[pk] = {c.upper() for c in (countries or []) if isinstance(c, str)}
    parties = queryset.filter(parties__country__gt="").values_list("id", "parties__country")
    for pk, country in parties:
        found.setdefault(pk, set()).add(country)
    return found


def between(
    queryset: models.QuerySet[Agreement], a: str, b: str | None = None
) -> models.QuerySet[Agreement]:
    """Agreements involving country ``a`` (and ``b`` too when given). Countries live in a JSON
    list, which not every database can search, so the pair is matched here."""
    ids = [
        pk
        for pk, countries in agreement_countries(queryset).items()
        if a in countries and (b is None or b in countries)
    ]
    return queryset.filter(pk__in=ids)


def filter_agreements(
    queryset: models.QuerySet[Agreement], data: dict
) -> models.QuerySet[Agreement]:
    if data.get("q"):
        queryset = queryset.filter(
            models.Q(title__icontains=data["q"]) | models.Q(description__icontains=data["q"])
        )
    if data.get("status"):
        queryset = queryset.filter(status=data["status"])
    if data.get("kind"):
        queryset = queryset.filter(kind=data["kind"])
    if data.get("year"):
        queryset = queryset.filter(signed_on__year=data["year"])
    if data.get("country_a"):
        queryset = between(queryset, data["country_a"], data.get("country_b") or None)
    return queryset


def agreement_list(request: HttpRequest) -> HttpResponse:
    form = AgreementFilterForm(request.GET or None)
    queryset = visible(Agreement.objects.all(), user_of(request))
    valid = not form.is_bound or form.is_valid()
    if form.is_bound and valid:
        queryset = filter_agreements(queryset, form.cleaned_data)
    ordered = queryset.order_by(F("signed_on").desc(nulls_last=True), "title", "id")
    if valid:
        download = download_or_none(
            request, "agreements", EXPORT_HEADER, lambda: ordered.values(*EXPORT_HEADER)
        )
        if download is not None:
            return download
    page = None
    status_counts: list[tuple[str, int]] = []
    if valid:
        number = form.cleaned_data.get("page") if form.is_bound else None
        page = page_of(ordered.select_related("event").prefetch_related("parties"), number)
        counts = dict(queryset.order_by().values_list("status").annotate(n=models.Count("id")))
        status_counts = [(label, counts.get(value, 0)) for value, label in AgreementStatus.choices]
    return render_list(
        request,
        "agreements/list.html",
        "agreements/_results.html",
        {"form": form, "page": page, "status_counts": status_counts},
        200 if valid else 400,
    )


def lifecycle_steps(status: str) -> list[tuple[str, str, str]]:
    """(value, label, state) along the path the agreement took; state: passed/current/next."""
    labels = dict(AgreementStatus.choices)
    if status in MAIN_PATH:
        here = MAIN_PATH.index(status)
        return [
            (value, labels[value], "passed" if i < here else "current" if i == here else "next")
            for i, value in enumerate(MAIN_PATH)
        ]
    path = [(v, labels[v], "passed") for v in ("planned", "signed")]
    return [*path, (status, labels.get(status, status), "current")]


def agreement_detail(request: HttpRequest, pk: int) -> HttpResponse:
    user = user_of(request)
    agreement = get_object_or_404(
        visible(Agreement.objects.select_related("event", "site", "sector"), user), pk=pk
    )
    milestones = list(agreement.milestones.select_related("evidence"))
    today = date.today()
    labels = dict(AgreementStatus.choices)
    context = {
        "agreement": agreement,
        "parties": agreement.parties.filter(
            pk__in=visible(Organisation.objects.all(), user).values("pk")
        ),
        "steps": lifecycle_steps(agreement.status),
        "next_statuses": [labels[s] for s in sorted(ALLOWED_TRANSITIONS.get(agreement.status, ()))],
        "milestones": [
            (m, m.done_on is None and m.due is not None and m.due < today) for m in milestones
        ],
        "projects": visible(InvestmentProject.objects.filter(agreement=agreement), user),
        "sources": sources_of(agreement),
    }
    return render(request, "agreements/detail.html", context)
