"""What the registry knows about two countries' cooperation: agreements between parties of both,
investment projects of one country's investors in the other, joint ventures, events where both
met (host and delegations), joint sites (named for both, or in one and run by the other) and
residents of one country in the other's sites. Pages and exports read it from here."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from typing import Any

from django.db.models import Q

from parkbridge.agreements.models import Agreement, InvestmentProject
from parkbridge.core.access import visible
from parkbridge.core.country_words import countries_named
from parkbridge.events.models import Event, Participant
from parkbridge.organisations.models import Organisation, OrganisationLink
from parkbridge.sites.models import Residency, Site

KINDS = ("agreements", "projects", "ventures", "events", "joint_sites", "residents")


@dataclass
class JointVenture:
    """A joint venture with partners from both countries."""

    venture: Organisation
    partners: list[Organisation] = field(default_factory=list)
    since: Any = None


@dataclass
class JointSite:
    site: Site
    why: str  # "named" (for both countries) or "operator" (run by the other country)


@dataclass
class Bilateral:
    a: str
    b: str
    agreements: list[Agreement]
    projects: list[InvestmentProject]
    ventures: list[JointVenture]
    events: list[Event]
    joint_sites: list[JointSite]
    residents: list[Residency]

    def counts(self) -> dict[str, int]:
        return {kind: len(getattr(self, kind)) for kind in KINDS}

    def is_empty(self) -> bool:
        return not any(self.counts().values())

    def per_year(self) -> tuple[dict[str, Counter], Counter]:
        """Records per kind and year, and per kind the records without a year."""
        years: dict[str, Counter] = defaultdict(Counter)
        undated: Counter = Counter()

        def put(kind: str, year: int | None, weight: int = 1) -> None:
            if year:
                years[kind][year] += weight
            else:
                undated[kind] += weight

        for agreement in self.agreements:
            put("agreements", agreement.signed_on.year if agreement.signed_on else None)
        for project in self.projects:
            put("projects", project.start_year)
        for venture in self.ventures:
            put("ventures", venture.since.year if venture.since else None)
        for event in self.events:
            put("events", event.start.year if event.start else None)
        for joint in self.joint_sites:
            put("joint_sites", joint.site.established)
        for residency in self.residents:
            put("residents", residency.since.year if residency.since else None)
        return dict(years), undated

    def map_sites(self) -> list[Site]:
        """The pair's sites: joint sites, hosts of residents and projects, sites of agreements."""
        seen: dict[int, Site] = {}
        for site in [
            *(j.site for j in self.joint_sites),
            *(r.site for r in self.residents),
            *(p.site for p in self.projects if p.site),
            *(a.site for a in self.agreements if a.site),
        ]:
            if site.latitude is not None and site.longitude is not None:
                seen.setdefault(site.pk, site)
        return list(seen.values())

    def rows(self) -> list[dict[str, Any]]:
        """One table of everything, for the CSV/XLSX download."""
        out: list[dict[str, Any]] = []
        for x in self.agreements:
            out.append(
                _row(
                    "agreement",
                    x.signed_on.year if x.signed_on else None,
                    x.title,
                    ", ".join(x.countries or []),
                    x.get_status_display(),
                )
            )
        for p in self.projects:
            host = p.site.country if p.site else p.host_country
            out.append(
                _row(
                    "investment project",
                    p.start_year,
                    p.name,
                    f"{p.investor.country if p.investor else ''} → {host}",
                    f"{p.capex or ''} {p.currency}".strip(),
                )
            )
        for v in self.ventures:
            out.append(
                _row(
                    "joint venture",
                    v.since.year if v.since else None,
                    v.venture.name_en,
                    ", ".join(sorted({p.country for p in v.partners})),
                    "; ".join(p.name_en for p in v.partners),
                )
            )
        for e in self.events:
            out.append(
                _row("event", e.start.year if e.start else None, e.name_en, e.country, e.city)
            )
        for j in self.joint_sites:
            out.append(
                _row("joint site", j.site.established, j.site.name_en, j.site.country, j.why)
            )
        for r in self.residents:
            out.append(
                _row(
                    "resident",
                    r.since.year if r.since else None,
                    r.organisation.name_en,
                    f"{r.organisation.country} → {r.site.country}",
                    r.site.name_en,
                )
            )
        return out  # fmt: skip


EXPORT_HEADER = ("kind", "year", "title", "countries", "detail")


def _row(kind: str, year: int | None, title: str, countries: str, detail: str) -> dict[str, Any]:
    return {"kind": kind, "year": year, "title": title, "countries": countries, "detail": detail}


def agreements_between(queryset, a: str, b: str):
    """Agreements whose parties' countries include both."""
    ids = [
        pk
        for pk, countries in queryset.values_list("pk", "countries")
        if a in (countries or []) and b in (countries or [])
    ]
    return queryset.filter(pk__in=ids)


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
    """Events held in one country with participants (delegations) from the other, events
    where both are present, and events named for both ("Russian-Chinese EXPO")."""
    events = visible(Event.objects.all(), user)
    present: dict[int, set[str]] = defaultdict(set)
    rows = Participant.objects.filter(event__in=events).values_list(
        "event_id", "country", "organisation__country"
    )
    for event_id, country, org_country in rows:
        for code in (country, org_country):
            if code in (a, b):
                present[event_id].add(code)
    for event_id, host, *names in events.values_list(
        "id", "country", "name_en", "name_ru", "name_zh"
    ):
        if host in (a, b):
            present[event_id].add(host)
        present[event_id] |= countries_named(" ".join(n for n in names if n)) & {a, b}
    ids = [event_id for event_id, codes in present.items() if {a, b} <= codes]
    return list(events.filter(pk__in=ids).order_by("-start", "name_en"))


def joint_sites(a: str, b: str, user) -> list[JointSite]:
    """Sites of either country named for both (China–Belarus park, Russian–Chinese
    technoparks, 中白工业园) or run by an operator of the other country."""
    found: list[JointSite] = []
    sites = visible(Site.objects.filter(country__in=(a, b)), user).select_related("operator")
    for site in sites.only(
        "id", "slug", "name_en", "name_ru", "name_zh", "name_local", "aliases", "country",
        "kind", "latitude", "longitude", "established", "operator__country", "confidential",
    ):  # fmt: skip
        other = b if site.country == a else a
        names = " ".join(n for n in site.all_names() if n)
        if other in countries_named(names):
            found.append(JointSite(site, "named"))
        elif site.operator and site.operator.country == other:
            found.append(JointSite(site, "operator"))
    return sorted(found, key=lambda j: j.site.name_en)


def residents_across(a: str, b: str, user) -> list[Residency]:
    organisations = visible(Organisation.objects.all(), user)
    sites = visible(Site.objects.all(), user)
    return list(
        Residency.objects.filter(organisation__in=organisations, site__in=sites)
        .filter(
            Q(organisation__country=a, site__country=b)
            | Q(organisation__country=b, site__country=a)
        )
        .select_related("organisation", "site")
        .order_by("site__name_en", "organisation__name_en")
    )


def projects_across(a: str, b: str, user) -> list[InvestmentProject]:
    """Investment projects of one country's investors hosted in the other."""
    hosted_in = {
        code: Q(site__country=code) | Q(site__isnull=True, host_country=code) for code in (a, b)
    }
    return list(
        visible(InvestmentProject.objects.all(), user)
        .filter((Q(investor__country=a) & hosted_in[b]) | (Q(investor__country=b) & hosted_in[a]))
        .select_related("investor", "site")
        .order_by("-start_year", "name")
    )


def bilateral(a: str, b: str, user) -> Bilateral:
    agreements = agreements_between(visible(Agreement.objects.all(), user), a, b)
    return Bilateral(
        a=a,
        b=b,
        agreements=list(agreements.select_related("site", "event").order_by("-signed_on", "title")),
        projects=projects_across(a, b, user),
        ventures=joint_ventures(a, b, visible(Organisation.objects.all(), user)),
        events=shared_events(a, b, user),
        joint_sites=joint_sites(a, b, user),
        residents=residents_across(a, b, user),
    )
