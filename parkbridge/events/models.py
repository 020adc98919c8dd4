"""Forums, expos, business missions and conferences: their editions, programme, participants,
a mission's site visits and the statistics reported about them."""

from __future__ import annotations

from django.db import models
from django.db.models import F, Q

from parkbridge.core.models import MultilingualNamed
from parkbridge.core.validators import validate_country, validate_time_zone
from parkbridge.organisations.models import Organisation, Person
from parkbridge.sites.models import Site


class EventKind(models.TextChoices):
    FORUM = "forum", "Forum"
    EXPO = "expo", "Expo"
    BUSINESS_MISSION = "business_mission", "Business mission"
    CONFERENCE = "conference", "Conference"
    OTHER = "other", "Other"


class EventSeries(MultilingualNamed):
    """A recurring event (e.g. the Eastern Economic Forum); each year is an :class:`Event`."""

    kind = models.CharField(max_length=20, choices=EventKind.choices, default=EventKind.FORUM)

    class Meta:
        ordering = ["name_en"]
        verbose_name_plural = "event series"


class Event(MultilingualNamed):
    series = models.ForeignKey(
        EventSeries, null=True, blank=True, on_delete=models.SET_NULL, related_name="editions"
    )
    kind = models.CharField(max_length=20, choices=EventKind.choices, default=EventKind.FORUM)
    edition = models.PositiveSmallIntegerField(null=True, blank=True)
    start = models.DateField(null=True, blank=True, db_index=True)
    end = models.DateField(null=True, blank=True)
    country = models.CharField(
        max_length=2, blank=True, db_index=True, validators=[validate_country]
    )
    city = models.CharField(max_length=200, blank=True)
    venue = models.CharField(max_length=300, blank=True)
    # Where the event happens, as an IANA name: times of its programme and B2B slots are
    # entered and shown in it (stored in UTC).
    time_zone = models.CharField(
        max_length=64,
        default="UTC",
        validators=[validate_time_zone],
        help_text="IANA time zone name, e.g. Europe/Minsk",
    )
    organisers = models.ManyToManyField(Organisation, blank=True, related_name="organised_events")
    website = models.URLField(max_length=500, blank=True)
    description = models.TextField(blank=True)
    confidential = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-start", "name_en"]
        constraints = [
            models.CheckConstraint(
                condition=Q(end__isnull=True) | Q(start__isnull=True) | Q(end__gte=F("start")),
                name="event_ends_after_start",
            )
        ]


class ProgrammeSession(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="sessions")
    title = models.CharField(max_length=500)
    starts_at = models.DateTimeField(null=True, blank=True)
    ends_at = models.DateTimeField(null=True, blank=True)
    room = models.CharField(max_length=200, blank=True)
    speakers = models.ManyToManyField(Person, blank=True)

    class Meta:
        ordering = ["starts_at", "title"]

    def __str__(self) -> str:
        return self.title


class ParticipantRole(models.TextChoices):
    DELEGATE = "delegate", "Delegate"
    SPEAKER = "speaker", "Speaker"
    EXHIBITOR = "exhibitor", "Exhibitor"
    ORGANISER = "organiser", "Organiser"
    PARTNER = "partner", "Partner"
    VISITOR = "visitor", "Visitor"


class Participant(models.Model):
    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="participants")
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.CASCADE, related_name="participations"
    )
    person = models.ForeignKey(
        Person, null=True, blank=True, on_delete=models.CASCADE, related_name="participations"
    )
    role = models.CharField(max_length=20, choices=ParticipantRole.choices, default="delegate")
    delegation = models.CharField(max_length=300, blank=True)
    country = models.CharField(max_length=2, blank=True, validators=[validate_country])

    class Meta:
        constraints = [
            models.CheckConstraint(
                condition=Q(organisation__isnull=False) | Q(person__isnull=False),
                name="participant_is_someone",
            )
        ]

    def __str__(self) -> str:
        return str(self.organisation or self.person)


class SiteVisit(models.Model):
    """A stop on a business mission's itinerary."""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="site_visits")
    site = models.ForeignKey(Site, on_delete=models.CASCADE, related_name="visits")
    date = models.DateField(null=True, blank=True)
    order = models.PositiveSmallIntegerField(default=0)

    class Meta:
        ordering = ["order", "date"]
        constraints = [
            models.UniqueConstraint(fields=["event", "site", "date"], name="site_visit_unique")
        ]

    def __str__(self) -> str:
        return f"{self.event}: {self.site}"


class Qualifier(models.TextChoices):
    EXACT = "exact", "exactly"
    MORE_THAN = "more_than", "more than"
    AT_LEAST = "at_least", "at least"
    ABOUT = "about", "about"
    UP_TO = "up_to", "up to"
    LESS_THAN = "less_than", "less than"


class EventStatistic(models.Model):
    """A reported figure about an event: participants, countries, agreements signed…"""

    event = models.ForeignKey(Event, on_delete=models.CASCADE, related_name="statistics")
    measure = models.CharField(max_length=200)
    value = models.FloatField()
    unit = models.CharField(max_length=20, default="count")
    qualifier = models.CharField(max_length=20, choices=Qualifier.choices, default="exact")

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["event", "measure", "unit"], name="event_stat_unique")
        ]

    def __str__(self) -> str:
        return f"{self.measure}: {self.value:g}"
