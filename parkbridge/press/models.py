"""Press monitoring: ingestion runs and the proposals a reviewer accepts or rejects.

An article is stored as a :class:`parkbridge.core.models.Source` (kind ``article``, its text and
``content_sha256``), so re-ingesting the same text finds the same source. Each fact extracted
from it becomes a :class:`Proposal` that keeps the machine's version (``extracted``) beside the
reviewer's (``edited``): the registry only changes when a proposal is accepted, through
:mod:`parkbridge.press.review`.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils import timezone

from parkbridge.core.models import Source

REVIEWER_GROUP = "reviewer"


class RunStatus(models.TextChoices):
    QUEUED = "queued", "Queued"
    RUNNING = "running", "Running"
    DONE = "done", "Done"
    FAILED = "failed", "Failed"


class RunOrigin(models.TextChoices):
    CLI = "cli", "Command line"
    UPLOAD = "upload", "Upload page"
    API = "api", "API"
    FEED = "feed", "Feed"
    URL = "url", "Web pages"


class IngestionRun(models.Model):
    """One ingestion: a batch of files from the CLI, or one upload processed in the background."""

    origin = models.CharField(max_length=10, choices=RunOrigin.choices, default=RunOrigin.CLI)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    status = models.CharField(
        max_length=10, choices=RunStatus.choices, default=RunStatus.QUEUED, db_index=True
    )
    sources = models.ManyToManyField(Source, blank=True, related_name="ingestion_runs")
    total = models.PositiveIntegerField(default=0, help_text="Articles to process.")
    processed = models.PositiveIntegerField(default=0)
    failed = models.PositiveIntegerField(default=0)
    counts = models.JSONField(
        default=dict, blank=True, help_text="New proposals per category, and auto-accepted."
    )
    errors = models.JSONField(default=list, blank=True, help_text="[{file, error}]")
    feed = models.ForeignKey(
        "Feed", null=True, blank=True, on_delete=models.SET_NULL, related_name="runs"
    )
    urls = models.JSONField(default=list, blank=True, help_text="Pages to fetch (URL runs).")
    step = models.CharField(max_length=300, blank=True, help_text="What the run is doing now.")
    created = models.DateTimeField(auto_now_add=True)
    finished = models.DateTimeField(null=True, blank=True)
    # Stall detection (press/stalls.py): a running run whose heartbeat is old lost its worker.
    attempts = models.PositiveSmallIntegerField(default=0, help_text="Times a worker started it.")
    heartbeat = models.DateTimeField(
        null=True, blank=True, help_text="When its worker last reported progress."
    )

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return f"Ingestion #{self.pk} ({self.status})"

    @property
    def is_finished(self) -> bool:
        return self.status in (RunStatus.DONE, RunStatus.FAILED)

    @property
    def progress(self) -> float:
        return self.processed / self.total if self.total else 0.0

    @property
    def percent(self) -> int:
        return round(100 * self.progress)


MIN_POLL_MINUTES = 1
MAX_POLL_MINUTES = 7 * 24 * 60
MAX_BACKOFF_MINUTES = 24 * 60


class Feed(models.Model):
    """An RSS or Atom feed the worker polls on its schedule."""

    url = models.URLField(max_length=1000, unique=True)
    name = models.CharField(max_length=200, blank=True)
    every_minutes = models.PositiveIntegerField(
        default=60,
        validators=[MinValueValidator(MIN_POLL_MINUTES), MaxValueValidator(MAX_POLL_MINUTES)],
        help_text="Minutes between polls.",
    )
    active = models.BooleanField(default=True)
    etag = models.CharField(max_length=500, blank=True, editable=False)
    last_modified = models.CharField(max_length=100, blank=True, editable=False)
    last_polled = models.DateTimeField(null=True, blank=True)
    last_success = models.DateTimeField(null=True, blank=True)
    last_error = models.TextField(blank=True)
    failures = models.PositiveIntegerField(default=0, help_text="Failed polls in a row.")
    next_poll = models.DateTimeField(default=timezone.now, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["name", "url"]

    def __str__(self) -> str:
        return self.name or self.url

    def delay_after_failure(self) -> timedelta:
        """The schedule's interval doubled for each failure in a row, at most a day."""
        minutes = self.every_minutes * 2 ** min(self.failures, 10)
        return timedelta(minutes=min(minutes, max(MAX_BACKOFF_MINUTES, self.every_minutes)))


class Article(models.Model):
    """One story: the article's text (a core Source) with every outlet that printed it.

    Its MinHash signature and LSH band keys find reprints of it in later items; its relevance
    decides whether facts are extracted (once, for the story, not per copy)."""

    source = models.OneToOneField(Source, on_delete=models.CASCADE, related_name="press_article")
    # MinHash signature, base64 of 128 unsigned 64-bit integers (text: history records it).
    signature = models.TextField(editable=False)
    relevance = models.FloatField(
        default=0.0, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    reasons = models.JSONField(default=list, blank=True)
    relevant = models.BooleanField(default=True, help_text="By the keyword score.")
    override = models.BooleanField(
        null=True,
        blank=True,
        help_text="A reviewer's decision: relevant or not, whatever the score.",
    )
    overridden_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    extracted = models.BooleanField(default=False, help_text="Facts have been extracted.")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]

    def __str__(self) -> str:
        return self.source.title

    @property
    def is_relevant(self) -> bool:
        return self.relevant if self.override is None else self.override


class ArticleBand(models.Model):
    """One LSH band key of an article's signature: articles sharing a key are candidates."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="bands")
    key = models.BigIntegerField(db_index=True)

    def __str__(self) -> str:
        return f"{self.article_id}:{self.key}"


class ArticleCopy(models.Model):
    """One fetched item: an outlet's copy of an article (a feed entry, a page fetched by its
    address, an uploaded file). Reprints of one story are copies of one article."""

    article = models.ForeignKey(Article, on_delete=models.CASCADE, related_name="copies")
    feed = models.ForeignKey(
        Feed, null=True, blank=True, on_delete=models.SET_NULL, related_name="items"
    )
    run = models.ForeignKey(
        IngestionRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="items"
    )
    # feed:<id>:<entry id hash>, url:<hash of the address> or file:<hash of the text>:
    # what makes polling and re-fetching add nothing the second time.
    key = models.CharField(max_length=120, unique=True)
    url = models.URLField(max_length=1000, blank=True)
    outlet = models.CharField(max_length=200, blank=True)
    title = models.CharField(max_length=500, blank=True)
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=10, blank=True)
    similarity = models.FloatField(
        default=1.0, help_text="Estimated similarity to the article's first copy."
    )
    fetched = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["fetched", "pk"]
        verbose_name_plural = "article copies"

    def __str__(self) -> str:
        return f"{self.outlet or self.url}: {self.title}"


class Category(models.TextChoices):
    SITE = "site", "Site"
    EVENT = "event", "Event"
    ORGANISATION = "organisation", "Organisation"
    PERSON = "person", "Person"
    FIGURE = "figure", "Figure"
    AGREEMENT = "agreement", "Agreement"
    TARGET = "target", "Target"
    EVENT_STATISTIC = "event_statistic", "Event statistic"


class Action(models.TextChoices):
    LINK = "link", "Link to an existing record"
    CREATE = "create", "Create a new record"


class ProposalStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    ACCEPTED = "accepted", "Accepted"
    REJECTED = "rejected", "Rejected"
    AUTO_ACCEPTED = "auto_accepted", "Accepted automatically"


class Proposal(models.Model):
    """A fact read from an article, proposed as a change to the registry."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="proposals")
    run = models.ForeignKey(
        IngestionRun, null=True, blank=True, on_delete=models.SET_NULL, related_name="proposals"
    )
    category = models.CharField(max_length=20, choices=Category.choices, db_index=True)
    position = models.PositiveIntegerField(default=0, help_text="Order within the article.")
    # Hash of category + extracted fact: what makes re-ingestion idempotent.
    fingerprint = models.CharField(max_length=64, editable=False)
    extracted = models.JSONField(help_text="The fact as the extractor read it.")
    edited = models.JSONField(
        null=True, blank=True, help_text="The reviewer's corrections (only the changed keys)."
    )
    evidence = models.TextField(blank=True, help_text="The sentence the fact was read from.")
    action = models.CharField(max_length=10, choices=Action.choices, default=Action.CREATE)
    target_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    target_id = models.PositiveBigIntegerField(null=True, blank=True)
    target = GenericForeignKey("target_type", "target_id")
    candidates = models.JSONField(
        default=list, blank=True, help_text="Registry records considered: [{id, label, confidence}]"
    )
    confidence = models.FloatField(
        default=0.0, validators=[MinValueValidator(0.0), MaxValueValidator(1.0)]
    )
    status = models.CharField(
        max_length=20,
        choices=ProposalStatus.choices,
        default=ProposalStatus.PENDING,
        db_index=True,
    )
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    reviewed_at = models.DateTimeField(null=True, blank=True)
    note = models.TextField(blank=True, help_text="The reviewer's note (e.g. why rejected).")
    result_type = models.ForeignKey(
        ContentType, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    result_id = models.PositiveBigIntegerField(null=True, blank=True)
    result = GenericForeignKey("result_type", "result_id")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["source", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "fingerprint"], name="press_proposal_unique_per_source"
            ),
            models.CheckConstraint(
                condition=models.Q(confidence__gte=0) & models.Q(confidence__lte=1),
                name="press_proposal_confidence_range",
            ),
        ]
        indexes = [models.Index(fields=["status", "category"])]

    def __str__(self) -> str:
        return f"{self.get_category_display()}: {self.summary()}"

    @property
    def values(self) -> dict[str, Any]:
        """The fact as it will be applied: extracted, overridden by the reviewer's edits."""
        return {**(self.extracted or {}), **(self.edited or {})}

    def summary(self) -> str:
        v = self.values
        if "name" in v:
            return str(v["name"])
        if self.category in (Category.FIGURE, Category.TARGET, Category.EVENT_STATISTIC):
            text = f"{v.get('qualifier') or ''} {v.get('value')} {v.get('unit') or ''}"
            text += f" {v.get('measure') or ''}"
            if v.get("deadline"):
                text += f" by {v['deadline']}"
            return " ".join(text.split())
        if self.category == Category.AGREEMENT:
            count = v.get("count")
            return f"{count if count is not None else 'an'} agreement(s) {v.get('status') or ''}"
        return self.evidence[:80]

    @property
    def is_open(self) -> bool:
        return self.status == ProposalStatus.PENDING


def is_reviewer(user) -> bool:
    """Administrators (staff, superusers, the administrator role) and members of the
    "reviewer" group review proposals."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    from parkbridge.core.access import sees_everything

    if user.is_staff or user.is_superuser or sees_everything(user):
        return True
    return user.groups.filter(name=REVIEWER_GROUP).exists()


class WatchKind(models.TextChoices):
    SITE = "site", "Site"
    ORGANISATION = "organisation", "Organisation"
    COUNTRY_PAIR = "country_pair", "Country pair"
    KEYWORD = "keyword", "Keyword"


class Watch(models.Model):
    """A person follows a site, an organisation, a pair of countries or a keyword, and is told
    when a newly accepted fact touches it."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="press_watches"
    )
    kind = models.CharField(max_length=20, choices=WatchKind.choices)
    site = models.ForeignKey(
        "sites.Site", null=True, blank=True, on_delete=models.CASCADE, related_name="+"
    )
    organisation = models.ForeignKey(
        "organisations.Organisation",
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="+",
    )
    countries = models.CharField(
        max_length=5, blank=True, help_text="Two ISO codes, sorted: BY-CN."
    )
    keyword = models.CharField(max_length=100, blank=True)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        constraints = [
            models.UniqueConstraint(
                fields=["user", "kind", "site", "organisation", "countries", "keyword"],
                name="press_watch_unique",
            )
        ]

    def __str__(self) -> str:
        return f"{self.get_kind_display()}: {self.subject}"

    @property
    def subject(self) -> str:
        if self.kind == WatchKind.SITE:
            return str(self.site)
        if self.kind == WatchKind.ORGANISATION:
            return str(self.organisation)
        if self.kind == WatchKind.COUNTRY_PAIR:
            return self.countries.replace("-", " – ")
        return self.keyword
