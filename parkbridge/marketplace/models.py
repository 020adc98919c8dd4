"""The cooperation marketplace: organisation members, profiles that offer or seek something,
expressions of interest between organisations, saved searches and the notifications they
produce."""

from __future__ import annotations

from django.conf import settings
from django.contrib.contenttypes.fields import GenericForeignKey
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from django.core.validators import MinValueValidator
from django.db import models

from parkbridge.core.models import Sector
from parkbridge.core.validators import validate_country
from parkbridge.marketplace_matching.models import ProfileError as CoreProfileError
from parkbridge.marketplace_matching.models import normalise_hs
from parkbridge.organisations.models import Organisation
from parkbridge.sites.models import Site

MAX_HS_CODES = 50
MAX_COUNTRIES = 60


class MemberRole(models.TextChoices):
    MEMBER = "member", "Member"
    # Decides who joins: approves requests, invites colleagues, changes roles.
    ADMIN = "admin", "Admin"


class OrganisationMember(models.Model):
    """A user who speaks for an organisation: may publish its profiles and answer interests.
    Its admins also decide who else is a member (``parkbridge.accounts.membership``)."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    organisation = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="members")
    role = models.CharField(max_length=20, choices=MemberRole.choices, default="member")
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "organisation"], name="member_unique")
        ]

    def __str__(self) -> str:
        return f"{self.user} @ {self.organisation}"


def organisation_ids_of(user) -> set[int]:
    if user is None or not user.is_authenticated:
        return set()
    return set(
        OrganisationMember.objects.filter(user=user).values_list("organisation_id", flat=True)
    )


def speaks_for(user, organisation_id: int | None) -> bool:
    """Administrators act for every organisation; others for the ones they are members of
    (the access policy's one rule, :func:`parkbridge.core.access.acts_for`)."""
    from parkbridge.core.access import acts_for

    return acts_for(user, organisation_id)


class Direction(models.TextChoices):
    OFFER = "offer", "Offer"
    SEEK = "seek", "Seek"


class ProfileKind(models.TextChoices):
    BUSINESS = "business", "Business partnership"
    TECHNOLOGY = "technology", "Technology"
    EQUIPMENT = "equipment", "Equipment"
    INVESTMENT = "investment", "Investment"
    SITE = "site", "Site"


class Condition(models.TextChoices):
    NEW = "new", "New"
    USED = "used", "Used"


class Deal(models.TextChoices):
    SALE = "sale", "Sale"
    LEASE = "lease", "Lease"


class Language(models.TextChoices):
    EN = "en", "English"
    RU = "ru", "Russian"
    ZH = "zh", "Chinese"
    OTHER = "other", "Other"


def validate_hs_codes(value: object) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError('a list of HS codes as strings, e.g. ["870590"]')
    if len(value) > MAX_HS_CODES:
        raise ValidationError(f"at most {MAX_HS_CODES} HS codes")
    for code in value:
        try:
            normalise_hs(code)
        except CoreProfileError as error:
            raise ValidationError(str(error)) from None


def validate_countries(value: object) -> None:
    if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
        raise ValidationError('a list of ISO 3166-1 alpha-2 codes, e.g. ["CN", "BY"]')
    if len(value) > MAX_COUNTRIES:
        raise ValidationError(f"at most {MAX_COUNTRIES} countries")
    for code in value:
        validate_country(code)


class Profile(models.Model):
    """What an organisation offers or seeks: a partnership, a technology, equipment, an
    investment or a site."""

    organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="marketplace_profiles"
    )
    direction = models.CharField(max_length=10, choices=Direction.choices)
    kind = models.CharField(max_length=20, choices=ProfileKind.choices, db_index=True)
    title = models.CharField(max_length=300)
    description = models.TextField(blank=True, max_length=15_000)
    language = models.CharField(max_length=10, choices=Language.choices, blank=True)
    sectors = models.ManyToManyField(Sector, blank=True, related_name="marketplace_profiles")
    hs_codes = models.JSONField(
        "HS codes", default=list, blank=True, validators=[validate_hs_codes]
    )
    countries = models.JSONField(
        default=list,
        blank=True,
        validators=[validate_countries],
        help_text="Where the counterpart should be (ISO alpha-2); empty: anywhere.",
    )
    quantity = models.FloatField(null=True, blank=True, validators=[MinValueValidator(0)])
    condition = models.CharField(max_length=10, choices=Condition.choices, blank=True)
    deal = models.CharField(max_length=10, choices=Deal.choices, blank=True)
    amount_usd = models.FloatField(
        "amount (USD)", null=True, blank=True, validators=[MinValueValidator(0)]
    )
    site = models.ForeignKey(
        Site, null=True, blank=True, on_delete=models.SET_NULL, related_name="marketplace_profiles"
    )
    active = models.BooleanField(default=True, db_index=True)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-created", "id"]
        indexes = [models.Index(fields=["active", "direction", "kind"])]

    def __str__(self) -> str:
        return f"{self.get_direction_display()}: {self.title}"

    def clean_fields(self, exclude=None) -> None:
        # Normalise before the validators run: "by" → "BY", "8705.90" → "870590".
        if isinstance(self.countries, list):
            self.countries = [
                c.strip().upper() if isinstance(c, str) else c for c in self.countries
            ]
        if isinstance(self.hs_codes, list):
            codes = []
            for code in self.hs_codes:
                try:
                    codes.append(normalise_hs(code) if isinstance(code, str) else code)
                except CoreProfileError:
                    codes.append(code)  # left for the validator to report
            self.hs_codes = codes
        super().clean_fields(exclude=exclude)

    def clean(self) -> None:
        errors: dict[str, str] = {}
        equipment_only = {"condition": self.condition, "deal": self.deal}
        if self.kind != ProfileKind.EQUIPMENT:
            for name, value in equipment_only.items():
                if value:
                    errors[name] = f"{name} applies to equipment profiles only"
        if self.site_id is not None and self.kind != ProfileKind.SITE:
            errors["site"] = "a site can be attached to a site profile only"
        if errors:
            raise ValidationError(errors)


class InterestStatus(models.TextChoices):
    PENDING = "pending", "Pending"
    ACCEPTED = "accepted", "Accepted"
    DECLINED = "declined", "Declined"


class Interest(models.Model):
    """An organisation's interest in another's profile; the profile's owner answers it."""

    from_organisation = models.ForeignKey(
        Organisation, on_delete=models.CASCADE, related_name="interests_sent"
    )
    from_profile = models.ForeignKey(
        Profile, null=True, blank=True, on_delete=models.SET_NULL, related_name="interests_sent"
    )
    to_profile = models.ForeignKey(
        Profile, on_delete=models.CASCADE, related_name="interests_received"
    )
    status = models.CharField(
        max_length=10, choices=InterestStatus.choices, default=InterestStatus.PENDING
    )
    message = models.TextField(blank=True, max_length=5_000)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    answered = models.DateTimeField(null=True, blank=True)
    agreement = models.ForeignKey(
        "agreements.Agreement",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="marketplace_interests",
    )
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "id"]
        constraints = [
            # One conversation per organisation and profile: a repeat is a conflict, not spam.
            models.UniqueConstraint(
                fields=["from_organisation", "to_profile"], name="interest_once_per_profile"
            )
        ]

    def __str__(self) -> str:
        return f"{self.from_organisation} → {self.to_profile} ({self.status})"

    def clean(self) -> None:
        sender = self.from_organisation_id
        if self.to_profile_id is not None and self.to_profile.organisation_id == sender:
            raise ValidationError(
                {"to_profile": "an organisation cannot express interest in its own profile"}
            )
        if self.from_profile_id is not None and self.from_profile.organisation_id != sender:
            raise ValidationError({"from_profile": "the profile belongs to another organisation"})


class SearchKind(models.TextChoices):
    SITE_SELECTION = "site_selection", "Site selection project"
    PROFILES = "profiles", "Marketplace profiles"


class SavedSearch(models.Model):
    """A query a user wants to follow: a site-selection project or a profile search."""

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="saved_searches"
    )
    name = models.CharField(max_length=200, blank=True)
    kind = models.CharField(max_length=20, choices=SearchKind.choices)
    query = models.JSONField(default=dict)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "id"]
        verbose_name_plural = "saved searches"

    def __str__(self) -> str:
        return self.name or f"{self.get_kind_display()} #{self.pk}"


class NotificationKind(models.TextChoices):
    NEW_SITE = "new_site", "New matching site"
    NEW_PROFILE = "new_profile", "New matching profile"
    INTEREST_RECEIVED = "interest_received", "Interest received"
    INTEREST_ANSWERED = "interest_answered", "Interest answered"


class Notification(models.Model):
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="notifications"
    )
    saved_search = models.ForeignKey(
        SavedSearch, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    kind = models.CharField(max_length=20, choices=NotificationKind.choices)
    content_type = models.ForeignKey(ContentType, on_delete=models.CASCADE)
    object_id = models.PositiveBigIntegerField()
    target = GenericForeignKey("content_type", "object_id")
    message = models.CharField(max_length=1000)
    read = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created", "-id"]
        indexes = [models.Index(fields=["user", "read"])]
        constraints = [
            # A saved search reports each site or profile once, however often it is saved.
            models.UniqueConstraint(
                fields=["saved_search", "content_type", "object_id"],
                condition=models.Q(saved_search__isnull=False),
                name="notification_once_per_search_object",
            )
        ]

    def __str__(self) -> str:
        return self.message
