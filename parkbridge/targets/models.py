"""Programme targets whose progress is computed from the registry, and indicators: sourced
figures kept as time series."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from django.core.exceptions import ValidationError
from django.db import models

from parkbridge.core.models import Source
from parkbridge.events.models import Qualifier
from parkbridge.sites.models import Site

# The site fields a target's filter may name, and how each is matched.
SITE_FILTER_FIELDS: dict[str, str] = {
    "kind": "kind__in",
    "country": "country__in",
    "status": "status__in",
    "region": "region__in",
    "sector": "sectors__code__in",
}


class TargetFilterError(ValueError):
    pass


def site_filter_lookups(site_filter: dict) -> dict[str, list[str]]:
    """Turn ``{"kind": ["technopark"], "country": "RU"}`` into ORM lookups, refusing unknowns."""
    if not isinstance(site_filter or {}, dict):
        raise TargetFilterError('a site filter is an object, e.g. {"kind": ["technopark"]}')
    lookups: dict[str, list[str]] = {}
    for key, value in (site_filter or {}).items():
        if key not in SITE_FILTER_FIELDS:
            allowed = ", ".join(sorted(SITE_FILTER_FIELDS))
            raise TargetFilterError(f"unknown site filter field {key!r} (allowed: {allowed})")
        values = value if isinstance(value, list) else [value]
        if not values or not all(isinstance(v, str) and v for v in values):
            raise TargetFilterError(f"site filter {key!r} needs a string or a list of strings")
        lookups[SITE_FILTER_FIELDS[key]] = values
    return lookups


@dataclass(frozen=True)
class TrajectoryPoint:
    year: int
    actual: int | None
    required: float


class Target(models.Model):
    title = models.CharField(max_length=300)
    measure = models.CharField(max_length=200)
    value = models.FloatField()
    unit = models.CharField(max_length=20, default="count")
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, default="at_least")
    scope = models.CharField(max_length=100, blank=True, help_text="Country code or entity.")
    deadline = models.DateField()
    # The year the target was set: the required trajectory starts there.
    baseline_year = models.PositiveSmallIntegerField(
        "base year", null=True, blank=True, help_text="The year the target was set."
    )
    baseline_value = models.FloatField(null=True, blank=True)
    site_filter = models.JSONField(
        default=dict,
        blank=True,
        help_text='Sites that count towards the target, e.g. {"kind": ["technopark"], '
        '"country": "RU"}. Empty: progress comes from indicator values instead.',
    )
    indicator = models.ForeignKey(
        "Indicator", null=True, blank=True, on_delete=models.SET_NULL, related_name="targets"
    )
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["deadline", "title"]

    def __str__(self) -> str:
        return self.title

    def clean(self) -> None:
        try:
            site_filter_lookups(self.site_filter)
        except TargetFilterError as error:
            raise ValidationError({"site_filter": str(error)}) from error

    def matching_sites(self) -> models.QuerySet[Site]:
        """The public sites the target counts: its progress is a public figure, the same for
        everyone, so confidential sites never weigh in it."""
        from parkbridge.core.access import visible

        return visible(
            Site.objects.filter(**site_filter_lookups(self.site_filter)), None
        ).distinct()

    def current_value(self) -> float | None:
        if self.site_filter:
            return float(self.matching_sites().count())
        if self.indicator_id:
            latest = self.indicator.values.order_by("-date").first()
            return latest.value if latest else None
        return None

    def progress(self) -> float | None:
        """Share of the target reached, 0..1 (can exceed 1 when the target is beaten)."""
        current = self.current_value()
        if current is None or not self.value:
            return None
        return current / self.value

    def undated_count(self) -> int:
        """Matching sites without the year the trajectory needs (their founding year)."""
        if not self.site_filter:
            return 0
        return self.matching_sites().filter(established__isnull=True).count()

    def trajectory(self, today: date | None = None) -> list[TrajectoryPoint]:
        """Year by year from the target's base year (when it was set) to its deadline: the sites
        established by each year against a straight line from the base to the target.

        Sites without a founding year are in no year: they are not new in the current year
        (the page shows them as "year unknown", see `undated_count`)."""
        today = today or date.today()
        if not self.site_filter:
            return []
        years = list(
            self.matching_sites()
            .exclude(established__isnull=True)
            .values_list("established", flat=True)
        )
        start = self.baseline_year or today.year
        end = max(self.deadline.year, start)
        base = self.baseline_value
        if base is None:
            base = float(sum(1 for y in years if y <= start))
        span = max(end - start, 1)
        points: list[TrajectoryPoint] = []
        for year in range(start, end + 1):
            actual = sum(1 for y in years if y <= year) if year <= today.year else None
            required = base + (self.value - base) * (year - start) / span
            points.append(TrajectoryPoint(year=year, actual=actual, required=round(required, 2)))
        return points


class Indicator(models.Model):
    """What is measured over time, e.g. 'technology parks' in Russia."""

    measure = models.CharField(max_length=200)
    unit = models.CharField(max_length=20, default="count")
    scope = models.CharField(max_length=100, blank=True)

    class Meta:
        ordering = ["measure", "scope"]
        constraints = [
            models.UniqueConstraint(fields=["measure", "unit", "scope"], name="indicator_unique")
        ]

    def __str__(self) -> str:
        return f"{self.measure} ({self.scope or 'world'}, {self.unit})"


class IndicatorValue(models.Model):
    indicator = models.ForeignKey(Indicator, on_delete=models.CASCADE, related_name="values")
    # The date the figure is stated for (its article's date); empty when the source gives none
    # ("date unknown"), never the day it was recorded.
    date = models.DateField(null=True, blank=True)
    value = models.FloatField()
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, default="exact")
    source = models.ForeignKey(Source, null=True, blank=True, on_delete=models.SET_NULL)
    quote = models.TextField(blank=True, help_text="The sentence the figure was read from.")

    class Meta:
        ordering = ["indicator", "date"]
        constraints = [
            models.UniqueConstraint(
                fields=["indicator", "date", "source"], name="indicator_value_unique"
            )
        ]

    def __str__(self) -> str:
        return f"{self.indicator}: {self.value:g} on {self.date or 'an unknown date'}"
