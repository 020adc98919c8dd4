"""A bilateral dashboard for any two countries (`parkbridge.agreements.bilateral`): agreements,
investment projects, joint ventures, events, joint sites and residents across, year by year and
on a map; everything downloads as one CSV/XLSX table."""

from __future__ import annotations

from collections import Counter, defaultdict
from typing import Any

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext

from parkbridge.agreements.bilateral import EXPORT_HEADER
from parkbridge.agreements.bilateral import bilateral as compute
from parkbridge.agreements.filters import BilateralForm
from parkbridge.agreements.models import AgreementStatus
from parkbridge.core.countries import country_name
from parkbridge.sites.views import tile_url
from parkbridge.web import charts
from parkbridge.web.views.common import download_or_none, lang, user_of


def _labels() -> dict[str, str]:
    return {
        "agreements": gettext("Agreements"),
        "projects": gettext("Investment projects"),
        "ventures": gettext("Joint ventures"),
        "events": gettext("Events"),
        "joint_sites": gettext("Joint sites"),
        "residents": gettext("Residents across"),
    }


def bilateral(request: HttpRequest) -> HttpResponse:
    form = BilateralForm(request.GET or None)
    context: dict[str, Any] = {"form": form}
    if not form.is_bound or not form.is_valid():
        return render(request, "web/bilateral.html", context, status=400 if form.is_bound else 200)
    a, b = form.cleaned_data["a"], form.cleaned_data["b"]
    view = compute(a, b, user_of(request))
    download = download_or_none(request, f"bilateral-{a}-{b}", EXPORT_HEADER, view.rows)
    if download is not None:
        return download
    labels = _labels()
    statuses = dict(AgreementStatus.choices)
    per_status: dict[str, Counter] = defaultdict(Counter)
    for agreement in view.agreements:
        if agreement.signed_on:
            per_status[gettext(statuses[agreement.status])][agreement.signed_on.year] += (
                agreement.count
            )
    years, undated = view.per_year()
    series = {labels[kind]: counts for kind, counts in years.items() if counts}
    markers = [
        {"lat": s.latitude, "lon": s.longitude, "label": s.display_name(lang()), "slug": s.slug}
        for s in view.map_sites()
    ]
    context |= {
        "a": a,
        "b": b,
        "names": {"a": country_name(a, lang()), "b": country_name(b, lang())},
        "view": view,
        "stats": [(labels[kind], count) for kind, count in view.counts().items()],
        "undated": sum(undated.values()),
        "agreement_figure": charts.stacked_years_figure(
            gettext("Agreements per year"), per_status, gettext("Agreements")
        )
        if per_status
        else None,
        "activity_figure": charts.stacked_years_figure(
            gettext("Cooperation per year"), series, gettext("Count")
        )
        if series
        else None,
        "markers": markers,
        "tile_url": tile_url(),
    }
    return render(request, "web/bilateral.html", context)
