"""What every domain app shares: sources and provenance, sectors, API tokens, and the
multilingual naming that registry records use."""

from __future__ import annotations

import hashlib
import secrets
from datetime import datetime, timedelta

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.utils import timezone
from django.utils.translation import get_language

from parkbridge.core.search import build_search_keys


class SourceKind(models.TextChoices):
    ARTICLE = "article", "Article"
    DOCUMENT = "document", "Document"
    URL = "url", "Web page"
    DATASET = "dataset", "Dataset"


class Source(models.Model):
    """Where a fact comes from: a press article, a document, a web page or a dataset."""

    key = models.SlugField(max_length=120, unique=True)
    kind = models.CharField(max_length=20, choices=SourceKind.choices, default=SourceKind.URL)
    title = models.CharField(max_length=500)
    publisher = models.CharField(max_length=200, blank=True)
    url = models.URLField(max_length=1000, blank=True)
    published = models.DateField(null=True, blank=True)
    language = models.CharField(max_length=10, blank=True)
    content_sha256 = models.CharField(max_length=64, blank=True, db_index=True)
    text = models.TextField(blank=True, help_text="Full text when the source is stored here.")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-published", "title"]

    def __str__(self) -> str:
        return self.title


class Provenance(models.Model):
    """Ties a record, or one field of it, to the source that states it."""

    source = models.ForeignKey(Source, on_delete=models.CASCADE, related_name="citations")
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    record = GenericForeignKey("content_type", "object_id")
    field = models.CharField(max_length=100, blank=True, help_text="Empty: the whole record.")
    quote = models.TextField(blank=True, help_text="The sentence the fact was read from.")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        indexes = [models.Index(fields=["content_type", "object_id"])]
        constraints = [
            models.UniqueConstraint(
                fields=["source", "content_type", "object_id", "field"],
                name="provenance_unique_per_field",
            )
        ]

    def __str__(self) -> str:
        return f"{self.record} ← {self.source}"


def cite(record: models.Model, source: Source, field: str = "", quote: str = "") -> Provenance:
    """Record that ``source`` states ``record`` (or one of its fields); idempotent."""
    provenance, _ = Provenance.objects.get_or_create(
        source=source,
        content_type=ContentType.objects.get_for_model(record),
        object_id=record.pk,
        field=field,
        defaults={"quote": quote},
    )
    return provenance


def sources_of(record: models.Model) -> models.QuerySet[Source]:
    return Source.objects.filter(
        citations__content_type=ContentType.objects.get_for_model(record),
        citations__object_id=record.pk,
    ).distinct()


class Sector(models.Model):
    """An economic sector; ``isic`` holds the ISIC Rev.4 code where one fits."""

    code = models.SlugField(max_length=80, unique=True)
    name_en = models.CharField(max_length=200)
    name_ru = models.CharField(max_length=200, blank=True)
    name_zh = models.CharField(max_length=200, blank=True)
    isic = models.CharField(max_length=10, blank=True)
    parent = models.ForeignKey("self", null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["code"]

    def __str__(self) -> str:
        return self.name_en


class MultilingualNamed(models.Model):
    """Names in English, Russian, Chinese and the local language, plus aliases, all searchable."""

    name_en = models.CharField("name (English)", max_length=300)
    name_ru = models.CharField("name (Russian)", max_length=300, blank=True)
    name_zh = models.CharField("name (Chinese)", max_length=300, blank=True)
    name_local = models.CharField("name (local)", max_length=300, blank=True)
    aliases = models.JSONField(default=list, blank=True)
    search_keys = models.TextField(blank=True, editable=False)

    class Meta:
        abstract = True

    def all_names(self) -> list[str]:
        return [self.name_en, self.name_ru, self.name_zh, self.name_local, *(self.aliases or [])]

    def refresh_search_keys(self) -> None:
        self.search_keys = build_search_keys(self.all_names())

    def save(self, *args, **kwargs) -> None:
        self.refresh_search_keys()
        if kwargs.get("update_fields") is not None:
            kwargs["update_fields"] = {*kwargs["update_fields"], "search_keys"}
        super().save(*args, **kwargs)

    def display_name(self, language: str | None = None) -> str:
        language = (language or get_language() or "en").lower()
        if language.startswith("ru") and self.name_ru:
            return self.name_ru
        if language.startswith("zh") and self.name_zh:
            return self.name_zh
        return self.name_en or self.name_ru or self.name_zh or self.name_local

    def __str__(self) -> str:
        return self.name_en or self.name_ru or self.name_zh or self.name_local


def _hash_token(raw: str) -> str:
    return hashlib.sha256(raw.encode()).hexdigest()


class ApiToken(models.Model):
    """A bearer token for the API; only its hash is stored."""

    SCOPES = ("read", "write")

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    name = models.CharField(max_length=100, blank=True)
    prefix = models.CharField(max_length=12, editable=False)
    key_hash = models.CharField(max_length=64, unique=True, editable=False)
    scopes = models.JSONField(default=list)
    expires = models.DateTimeField(null=True, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    last_used = models.DateTimeField(null=True, blank=True)

    def __str__(self) -> str:
        return f"{self.prefix}… ({self.user})"

    @classmethod
    def issue(
        cls,
        user,
        name: str = "",
        scopes: list[str] | None = None,
        expires: datetime | None = None,
    ) -> tuple[ApiToken, str]:
        """Create a token; the raw key is returned once and never stored."""
        raw = "pb_" + secrets.token_urlsafe(32)
        token = cls.objects.create(
            user=user,
            name=name,
            prefix=raw[:10],
            key_hash=_hash_token(raw),
            scopes=list(scopes or cls.SCOPES),
            expires=expires,
        )
        return token, raw

    @classmethod
    def authenticate(cls, raw: str) -> ApiToken | None:
        token = cls.objects.select_related("user").filter(key_hash=_hash_token(raw)).first()
        if token is None or not token.user.is_active:
            return None
        if token.expires and token.expires <= timezone.now():
            return None
        return token

    # Last use is kept to the minute: writing it on every request would add a commit to each.
    LAST_USED_RESOLUTION = timedelta(minutes=1)

    def mark_used(self) -> None:
        now = timezone.now()
        if self.last_used is None or now - self.last_used >= self.LAST_USED_RESOLUTION:
            type(self).objects.filter(pk=self.pk).update(last_used=now)
            self.last_used = now

    def allows(self, scope: str) -> bool:
        return scope in (self.scopes or [])
