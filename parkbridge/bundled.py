"""The starting registry that ships with ParkBridge: real sites (``data/sites.csv``), the legal
incentive regimes (``data/incentives.csv``) and the facts stated in the bundled press
articles (``data/articles.json``), each record cited with its source. Loading is idempotent."""

from __future__ import annotations

import json
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import Any

from django.db import transaction

from parkbridge.agreements.models import Agreement, InvestmentProject
from parkbridge.core.countries import country_name
from parkbridge.core.geocode import locate
from parkbridge.core.imports import natural_key
from parkbridge.core.models import Source, cite
from parkbridge.core.tabular import read_rows
from parkbridge.events.models import Event, EventSeries, EventStatistic, Participant, SiteVisit
from parkbridge.organisations.models import Organisation, Person
from parkbridge.sites.facts import record_site_fact
from parkbridge.sites.imports import SiteImporter
from parkbridge.sites.models import Site
from parkbridge.targets.models import Indicator, IndicatorValue, Target

DATA_DIR = Path(__file__).resolve().parent / "data"
Progress = Callable[[str, int, int], None]

REGISTRY_SOURCE_KEY = "bundled-sites-dataset"
INCENTIVES_SOURCE_KEY = "bundled-incentive-regimes"


def registry_is_empty() -> bool:
    return not Site.objects.exists()


def load_bundled_registry(
    data_dir: Path = DATA_DIR, progress: Progress | None = None
) -> dict[str, int]:
    counts: dict[str, int] = {}
    with transaction.atomic():
        counts["sites"] = _load_sites(data_dir / "sites.csv", progress)
        counts["incentives"] = _load_incentives(data_dir / "incentives.csv")
        counts |= ArticleFactsLoader(
            json.loads((data_dir / "articles.json").read_text("utf-8"))
        ).load(progress)
    return counts


def _load_sites(path: Path, progress: Progress | None) -> int:
    importer = SiteImporter()
    parsed = importer.parse(read_rows(path, max_bytes=50 * 1024 * 1024))
    report = importer.apply(parsed, lambda done, total: progress and progress("sites", done, total))
    source, _ = Source.objects.get_or_create(
        key=REGISTRY_SOURCE_KEY,
        defaults={
            "kind": "dataset",
            "title": "Registry of parks and zones compiled from public sources",
            "publisher": "ParkBridge",
        },
    )
    from django.contrib.contenttypes.models import ContentType

    from parkbridge.core.models import Provenance

    content_type = ContentType.objects.get_for_model(Site)
    site_ids = Site.objects.filter(slug__in=report.keys).values_list("pk", flat=True)
    cited = set(
        Provenance.objects.filter(source=source, content_type=content_type).values_list(
            "object_id", flat=True
        )
    )
    Provenance.objects.bulk_create(
        [
            Provenance(source=source, content_type=content_type, object_id=pk)
            for pk in site_ids
            if pk not in cited
        ]
    )
    return report.rows


def _load_incentives(path: Path) -> int:
    from parkbridge.sites.incentive_imports import parse_incentives, replace_regimes

    parsed = parse_incentives(read_rows(path, max_bytes=10 * 1024 * 1024), path.name)
    return replace_regimes(parsed).rows


def _date(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


class ArticleFactsLoader:
    """Creates or updates the entities stated in articles, citing each one's article."""

    def __init__(self, document: dict[str, Any]) -> None:
        self.document = document
        self.sources: dict[str, Source] = {}
        self.organisations: dict[str, Organisation] = {}
        self.events: dict[str, Event] = {}

    def load(self, progress: Progress | None = None) -> dict[str, int]:
        steps = [
            ("sources", self._sources),
            ("sites", self._sites),
            ("organisations", self._organisations),
            ("people", self._people),
            ("events", self._events),
            ("agreements", self._agreements),
            ("projects", self._projects),
            ("figures", self._figures),
            ("site_facts", self._site_facts),
            ("targets", self._targets),
        ]
        counts = {}
        for number, (name, step) in enumerate(steps, start=1):
            items = self.document.get(name, [])
            for item in items:
                step(item)
            counts[f"article_{name}"] = len(items)
            if progress:
                progress("article facts", number, len(steps))
        return counts

    def _sources(self, item: dict) -> None:
        source, _ = Source.objects.update_or_create(
            key=item["key"],
            defaults={
                "kind": item.get("kind", "article"),
                "title": item["title"],
                "publisher": item.get("publisher") or "",
                "url": item.get("url") or "",
                "published": _date(item.get("published")),
                "language": item.get("language") or "",
            },
        )
        self.sources[item["key"]] = source

    def _sites(self, item: dict) -> None:
        site = Site.objects.filter(slug=item["slug"]).first()
        if site is None:
            site = Site(slug=item["slug"], kind=item["kind"], country=item["country"])
            site.city = item.get("city") or ""
            located = locate(site.city, site.country)
            if located:
                site.latitude, site.longitude, site.geo_precision = located
        site.name_en = site.name_en or item.get("name_en") or ""
        site.name_ru = site.name_ru or item.get("name_ru") or ""
        site.name_zh = site.name_zh or item.get("name_zh") or ""
        site.aliases = sorted({*(site.aliases or []), *(item.get("aliases") or [])})
        site.save()
        cite(site, self.sources[item["source"]], quote=item.get("quote") or "")

    def _organisations(self, item: dict) -> None:
        key = natural_key((item.get("country") or "").lower(), item["name_en"])
        organisation, _ = Organisation.objects.update_or_create(
            external_id=key,
            defaults={
                "name_en": item["name_en"],
                "name_ru": item.get("name_ru") or "",
                "name_zh": item.get("name_zh") or "",
                "aliases": item.get("aliases") or [],
                "kind": item.get("kind") or "other",
                "country": item.get("country") or "",
            },
        )
        for name in [item["name_en"], *(item.get("aliases") or [])]:
            self.organisations[name] = organisation
        cite(organisation, self.sources[item["source"]], quote=item.get("quote") or "")

    def _people(self, item: dict) -> None:
        organisation = self.organisations.get(item.get("organisation") or "")
        person, _ = Person.objects.update_or_create(
            name=item["name"],
            organisation=organisation,
            defaults={"role": item.get("role") or "", "country": item.get("country") or ""},
        )
        cite(person, self.sources[item["source"]], quote=item.get("quote") or "")

    def _events(self, item: dict) -> None:
        series = None
        if item.get("edition"):
            series, _ = EventSeries.objects.get_or_create(
                name_en=item["name"], defaults={"kind": item["kind"]}
            )
        start = _date(item.get("start"))
        defaults = {
            "kind": item["kind"],
            "series": series,
            "edition": item.get("edition"),
            "end": _date(item.get("end")),
            "city": item.get("city") or "",
            "country": item.get("country") or "",
        }
        # An undated mention of an event already known (another article gave its dates) is
        # that event, not a new one.
        event = None if start else Event.objects.filter(name_en=item["name"]).first()
        if event is None:
            event, _ = Event.objects.update_or_create(
                name_en=item["name"], start=start, defaults=defaults
            )
        if item.get("aliases"):
            event.aliases = sorted({*(event.aliases or []), *item["aliases"]})
            event.save()
        event.organisers.add(
            *[self.organisations[n] for n in item.get("organisers", []) if n in self.organisations]
        )
        # The organisations the article names with the event took part; those of another
        # country than the host came as its delegations.
        for name in item.get("participants", []):
            organisation = self.organisations.get(name)
            if organisation is None:
                continue
            foreign = bool(organisation.country and organisation.country != event.country)
            Participant.objects.get_or_create(
                event=event,
                organisation=organisation,
                person=None,
                defaults={
                    "role": "delegate",
                    "country": organisation.country,
                    "delegation": f"{country_name(organisation.country, 'en')} delegation"
                    if foreign
                    else "",
                },
            )
        for order, slug in enumerate(item.get("site_visits", [])):
            site = Site.objects.filter(slug=slug).first()
            if site:
                SiteVisit.objects.get_or_create(
                    event=event, site=site, date=None, defaults={"order": order}
                )
        for stat in item.get("statistics", []):
            EventStatistic.objects.update_or_create(
                event=event,
                measure=stat["measure"],
                unit=stat.get("unit", "count"),
                defaults={"value": stat["value"], "qualifier": stat.get("qualifier", "exact")},
            )
        self.events[item["name"]] = event
        for alias in item.get("aliases") or []:
            self.events[alias] = event
        cite(event, self.sources[item["source"]], quote=item.get("quote") or "")

    def _agreements(self, item: dict) -> None:
        site_slugs = item.get("sites") or []
        site = Site.objects.filter(slug__in=site_slugs).first() if site_slugs else None
        agreement, _ = Agreement.objects.update_or_create(
            external_id=(item.get("key") or natural_key(item["source"], item["title"]))[:120],
            defaults={
                "title": item["title"],
                "kind": item.get("kind") or "other",
                "status": item.get("status") or "signed",
                "count": item.get("count") or 1,
                "count_qualifier": item.get("count_qualifier") or "exact",
                "event": self.events.get(item.get("event") or ""),
                "signed_on": _date(item.get("signed_on")),
                "value": item.get("value"),
                "currency": item.get("currency") or "",
                "site": site,
            },
        )
        parties = [
            self.organisations[n] for n in item.get("parties", []) if n in self.organisations
        ]
        agreement.parties.set(parties)
        # The parties' countries, and those the article's facts give (a party that is a
        # region, a park or a country rather than an organisation).
        agreement.countries = sorted(
            {p.country for p in parties if p.country} | set(item.get("countries") or [])
        )
        agreement.save(update_fields=["countries"])
        cite(agreement, self.sources[item["source"]], quote=item.get("quote") or "")

    def _projects(self, item: dict) -> None:
        investor = self.organisations.get(item.get("investor") or "")
        site = Site.objects.filter(slug=item["site"]).first() if item.get("site") else None
        project, _ = InvestmentProject.objects.update_or_create(
            name=item["name"][:300],
            investor=investor,
            defaults={
                "site": site,
                "host_country": item.get("host_country") or (site.country if site else ""),
                "capex": item.get("capex"),
                "currency": (item.get("currency") or "")[:3],
                "start_year": item.get("start_year"),
            },
        )
        cite(project, self.sources[item["source"]], quote=item.get("quote") or "")

    def _figures(self, item: dict) -> None:
        indicator, _ = Indicator.objects.get_or_create(
            measure=item["measure"], unit=item.get("unit", "count"), scope=item.get("scope") or ""
        )
        source = self.sources[item["source"]]
        # Undated figures stay undated ("date unknown"), never dated the day of loading.
        IndicatorValue.objects.update_or_create(
            indicator=indicator,
            date=_date(item.get("date")) or source.published,
            source=source,
            value=item["value"],
            defaults={
                "qualifier": item.get("qualifier", "exact"),
                "quote": item.get("quote") or "",
            },
        )

    def _site_facts(self, item: dict) -> None:
        site = Site.objects.filter(slug=item["site"]).first()
        if site is None:
            return
        source = self.sources[item["source"]]
        record_site_fact(
            site,
            item["field"],
            item["value"],
            _date(item.get("date")) or source.published,
            source,
            item.get("quote") or "",
        )

    def _targets(self, item: dict) -> None:
        target, _ = Target.objects.update_or_create(
            title=item["title"],
            defaults={
                "measure": item["measure"],
                "value": item["value"],
                "unit": item.get("unit", "count"),
                "qualifier": item.get("qualifier", "at_least"),
                "scope": item.get("scope") or "",
                "deadline": _date(item["deadline"]),
                # The year the target was set: its article's year, unless stated.
                "baseline_year": item.get("base_year")
                or (
                    self.sources[item["source"]].published.year
                    if self.sources[item["source"]].published
                    else None
                ),
                "site_filter": item.get("site_filter") or {},
                "source": self.sources.get(item["source"]),
            },
        )
        cite(target, self.sources[item["source"]], quote=item.get("quote") or "")
