"""The front page: what the registry holds, the latest agreements and events, target progress."""

from __future__ import annotations

from django.db.models import Count, F
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from parkbridge.agreements.models import Agreement
from parkbridge.core.access import visible
from parkbridge.events.models import Event
from parkbridge.organisations.models import Organisation
from parkbridge.sites.models import Site, SiteKind
from parkbridge.targets.models import Target
from parkbridge.targets.views import target_rows
from parkbridge.web.views.common import user_of

LATEST = 6


def home(request: HttpRequest) -> HttpResponse:
    user = user_of(request)
    sites = visible(Site.objects.all(), user)
    kind_labels = dict(SiteKind.choices)
    by_kind = [
        {"kind": row["kind"], "label": kind_labels.get(row["kind"], row["kind"]), "n": row["n"]}
        for row in sites.order_by().values("kind").annotate(n=Count("id")).order_by("-n")
    ]
    context = {
        "site_count": sum(row["n"] for row in by_kind),
        "country_count": sites.order_by().values("country").distinct().count(),
        "organisation_count": visible(Organisation.objects.all(), user).count(),
        "event_count": visible(Event.objects.all(), user).count(),
        "agreement_count": visible(Agreement.objects.all(), user).count(),
        "by_kind": by_kind,
        "agreements": visible(Agreement.objects.all(), user)
        .select_related("event")
        .order_by(F("signed_on").desc(nulls_last=True), "-id")[:LATEST],
        "events": visible(Event.objects.all(), user).order_by(
            F("start").desc(nulls_last=True), "-id"
        )[:LATEST],
        "targets": target_rows(Target.objects.select_related("indicator")[:LATEST]),
    }
    return render(request, "web/home.html", context)
