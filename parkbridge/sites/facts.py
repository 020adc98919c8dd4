"""Sourced figures reach the site's record: a value stated by an article (press review or the
bundled article facts) is kept with its date, source and sentence, and becomes the site's
current value when it is newer than the value the site has.

"Newer" is by the date the source states the value for (its publication date), never by the
day it was reviewed. A dated value is newer than one whose date is unknown (the compiled
registry's figures carry no date); a value of unknown date is kept and shown but changes
nothing, because nothing says it is current.
"""

from __future__ import annotations

import re
from datetime import date

from django.db import transaction

from parkbridge.core.models import Source, cite
from parkbridge.sites.models import FACT_FIELDS, Site, SiteFact

INTEGER_FIELDS = {"residents_count", "jobs"}
# The compiled registry dataset, as `parkbridge.bundled` cites it.
REGISTRY_SOURCE_KEY = "bundled-sites-dataset"

# What a figure's measure must say to be a site attribute, in English, Russian and Chinese.
# A count of *new* residents (joined this year) is not the number of residents.
_MEASURES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("residents_count", re.compile(r"resident|резидент|入驻企业|入园企业|入驻", re.I)),
    ("jobs", re.compile(r"\bjobs\b|employees|workers|рабочих мест|сотрудник|работник|就业|员工", re.I)),
)  # fmt: skip
_NOT_A_TOTAL = re.compile(
    r"\bnew\b|joined|\bplan(ned|s)?\b|expected|нов|план|新|计划|share|percent|доля", re.I
)


def attribute_for(measure: str, unit: str) -> str | None:
    """The site attribute a figure's measure states, or None."""
    if unit != "count" or _NOT_A_TOTAL.search(measure or ""):
        return None
    for field, pattern in _MEASURES:
        if pattern.search(measure or ""):
            return field
    return None


def current_fact(site: Site, field: str) -> SiteFact | None:
    return site.facts.filter(field=field, applied=True).first()


def record_site_fact(
    site: Site,
    field: str,
    value: float,
    as_of: date | None,
    source: Source | None,
    quote: str = "",
) -> SiteFact:
    """Keep the value with its date and source; make it current when it is newer."""
    if field not in FACT_FIELDS:
        raise ValueError(f"{field!r} is not a site attribute a figure can set")
    with transaction.atomic():
        locked = Site.objects.select_for_update().get(pk=site.pk)
        fact, _ = SiteFact.objects.get_or_create(
            site=locked,
            field=field,
            source=source,
            value=float(value),
            defaults={"as_of": as_of, "quote": quote[:2000]},
        )
        current = current_fact(locked, field)
        previous = getattr(locked, field)
        if current is None and previous is not None and float(previous) != float(value):
            # Keep the value the site had (from the compiled registry, undated) beside the
            # sourced ones, so the card shows both.
            SiteFact.objects.get_or_create(
                site=locked,
                field=field,
                source=Source.objects.filter(key=REGISTRY_SOURCE_KEY).first(),
                value=float(previous),
                defaults={"as_of": None, "applied": True},
            )
            current = current_fact(locked, field)
        newer = as_of is not None and (
            current is None or current.as_of is None or as_of >= current.as_of
        )
        if newer and (current is None or current.pk != fact.pk):
            SiteFact.objects.filter(site=locked, field=field, applied=True).update(applied=False)
            fact.applied = True
            fact.save(update_fields=["applied"])
            setattr(locked, field, round(value) if field in INTEGER_FIELDS else float(value))
            locked.save(update_fields=[field, "updated"])
            site.refresh_from_db(fields=[field])
            if source is not None:
                cite(locked, source, field, quote[:2000])
    return fact


def site_named(name: str) -> Site | None:
    """The one site a figure's scope names (slug, or a name or alias in any language)."""
    name = (name or "").strip()
    if not name:
        return None
    by_slug = Site.objects.filter(slug=name).first()
    if by_slug is not None:
        return by_slug
    from parkbridge.core.api_crud import search_q

    found = list(Site.objects.filter(search_q(name))[:2])
    return found[0] if len(found) == 1 else None


def figure_reaches_site(
    scope: str,
    measure: str,
    unit: str,
    value: float,
    as_of: date | None,
    source: Source | None,
    quote: str = "",
) -> SiteFact | None:
    """Press review's hook: a figure about one site's attribute is recorded on the site."""
    field = attribute_for(measure, unit)
    if field is None:
        return None
    site = site_named(scope)
    if site is None:
        return None
    return record_site_fact(site, field, value, as_of, source, quote)
