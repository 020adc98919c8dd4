"""A bilateral dashboard for any two countries: agreements between them year by year,
investment projects one way or the other, joint ventures and events that brought them together."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils.translation import gettext

from parkbridge.agreements.models import Agreement, AgreementStatus, InvestmentProject
from parkbridge.agreements.views import between
from parkbridge.core.access import visible
from parkbridge.core.countries import country_name
from parkbridge.events.models import Event, Participant
from parkbridge.organisations.models import Organisation, OrganisationLink
from parkbridge.web import charts
from parkbridge.web.forms import BilateralForm
from parkbridge.web.views.common import download_or_none, lang, user_of

AGREEMENT_HEADER = ("title", "kind", "status", "signed_on", "value", "currency", "countries")


@dataclass
class JointVenture:
    """A joint venture with partners from both countries."""

    venture: Organisation
    partners: list[Organisation] = field(default_factory=list)
    since: Any = None


def joint_ventures(a: str, b: str, organisations) -> list[JointVenture]:
    links = (
        OrganisationLink.objects.filter(kind="joint_venture")
        .filter(Q(source__country__in=(a, b)) | Q(target__country__in=(a, b)))
        .filter(source__in=organisations, target__in=organisations)
        .select_related("source", "target")
    )
    ventures: dict[int, JointVenture] = {}
    for link in links:
        entry = ventures.setdefault(link.target_id, JointVenture(link.target))
        entry.partners.append(link.source)
        if link.since and (entry.since is None or link.since < entry.since):
            entry.since = link.since
    result = []
    for entry in ventures.values():
        countries = {p.country for p in entry.partners} | {entry.venture.country}
        partner_countries = {p.country for p in entry.partners}
        # Partners from both countries, or a partner of one country in a venture of the other.
        if {a, b} <= partner_countries or ({a, b} <= countries and partner_countries & {a, b}):
            result.append(entry)
    return sorted(result, key=lambda jv: jv.venture.name_en)


def shared_events(a: str, b: str, user) -> list[Event]:
    """Events held in one country with participants from the other, or with both present."""
    events = visible(Event.objects.all(), user)
    present: dict[int, set[str]] = defaultdict(set)
    rows = Participant.objects.filter(event__in=events).values_list(
        "event_id", "country", "organisation__country"
    )
    for event_id, country, org_country in rows:
        for code in (country, org_country):
            if code in (a, b):
                present[event_id].add(code)
    hosts = dict(events.filter(country__in=(a, b)).values_list("id", "country"))
    ids = [
        event_id
        for event_id in set(present) | set(hosts)
        if {a, b}
        <= present.get(event_id, set()) | ({hosts[event_id]} if event_id in hosts else set())
    ]
    return list(events.filter(pk__in=ids).order_by("-start"))


def bilateral(request: HttpRequest) -> HttpResponse:
    form = BilateralForm(request.GET or None)
    context: dict[str, Any] = {"form": form}
    if not form.is_bound or not form.is_valid():
        return render(request, "web/bilateral.html", context, status=400 if form.is_bound else 200)
    user = user_of(request)
    a, b = form.cleaned_data["a"], form.cleaned_data["b"]
    agreements = between(visible(Agreement.objects.all(), user), a, b).order_by("-signed_on")
    download = download_or_none(
        request,
        f"agreements-{a}-{b}",
        AGREEMENT_HEADER,
        lambda: agreements.values(*AGREEMENT_HEADER),
    )
    if download is not None:
        return download
    organisations = visible(Organisation.objects.all(), user)
    projects = list(
        visible(InvestmentProject.objects.all(), user)
        .filter(Q(investor__country=a, site__country=b) | Q(investor__country=b, site__country=a))
        .select_related("investor", "site")
    )
    ventures = joint_ventures(a, b, organisations)
    events = shared_events(a, b, user)

    labels = dict(AgreementStatus.choices)
    per_status: dict[str, Counter] = defaultdict(Counter)
    per_year: Counter = Counter()
    for agreement in agreements:
        if agreement.signed_on:
            year = agreement.signed_on.year
            per_status[gettext(labels[agreement.status])][year] += agreement.count
            per_year[year] += agreement.count
    activity: dict[str, Counter] = {
        gettext("Agreements"): per_year,
        gettext("Investment projects"): Counter(p.start_year for p in projects if p.start_year),
        gettext("Joint ventures"): Counter(jv.since.year for jv in ventures if jv.since),
        gettext("Events"): Counter(e.start.year for e in events if e.start),
    }
    names = {"a": country_name(a, lang()), "b": country_name(b, lang())}
    context |= {
        "a": a,
        "b": b,
        "names": names,
        "agreements": agreements,
        "projects": projects,
        "ventures": ventures,
        "events": events,
        "agreement_figure": charts.stacked_years_figure(
            gettext("Agreements per year"), per_status, gettext("Agreements")
        )
        if per_status
        else None,
        "activity_figure": charts.stacked_years_figure(
            gettext("Cooperation per year"),
            {k: v for k, v in activity.items() if v},
            gettext("Count"),
        )
        if any(activity.values())
        else None,
    }
    return render(request, "web/bilateral.html", context)
