"""Companies, agencies, associations, universities, funds and exchanges, the people who speak
for them, and the ownership and joint-venture links between them."""

from __future__ import annotations

from django.db import models

from parkbridge.core.models import MultilingualNamed, Sector
from parkbridge.core.sector_codes import sector_codes
from parkbridge.core.validators import validate_country


class OrganisationKind(models.TextChoices):
    COMPANY = "company", "Company"
    AGENCY = "agency", "Agency"
    ASSOCIATION = "association", "Association"
    UNIVERSITY = "university", "University"
    FUND = "fund", "Fund"
    EXCHANGE = "exchange", "Exchange"
    MINISTRY = "ministry", "Ministry"
    GOVERNMENT = "government", "Government body"
    OTHER = "other", "Other"


class Organisation(MultilingualNamed):
    external_id = models.CharField(max_length=120, unique=True, null=True, blank=True)
    kind = models.CharField(max_length=20, choices=OrganisationKind.choices, default="company")
    # Indexed by the list indexes below (it leads the first).
    country = models.CharField(max_length=2, blank=True, validators=[validate_country])
    city = models.CharField(max_length=200, blank=True)
    sectors = models.ManyToManyField(Sector, blank=True, related_name="organisations")
    isic = models.CharField("ISIC / NACE code", max_length=10, blank=True)
    website = models.URLField(max_length=500, blank=True)
    email = models.EmailField(blank=True)
    description = models.TextField(blank=True)
    confidential = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["name_en"]
        # Lists are ordered by name: these let a filtered page be read off an index.
        indexes = [
            models.Index(
                fields=["country", "kind", "name_en"],
                include=["confidential"],
                name="organisation_country_kind_name",
            ),
            models.Index(fields=["kind", "name_en"]),
            models.Index(fields=["name_en"]),
        ]

    @property
    def sector_codes(self) -> list[str]:
        """Sector codes, sorted (from the list query's array when it has one)."""
        return sector_codes(self)


class OrganisationLinkKind(models.TextChoices):
    OWNS = "owns", "Owns a share of"
    SUBSIDIARY = "subsidiary", "Is a subsidiary of"
    JOINT_VENTURE = "joint_venture", "Is a joint-venture partner in"
    MEMBER = "member", "Is a member of"


class OrganisationLink(models.Model):
    """``source`` relates to ``target`` as ``kind`` says (e.g. A owns 51 % of B)."""

    source = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="links_out")
    target = models.ForeignKey(Organisation, on_delete=models.CASCADE, related_name="links_in")
    kind = models.CharField(max_length=20, choices=OrganisationLinkKind.choices)
    share_percent = models.DecimalField(max_digits=6, decimal_places=3, null=True, blank=True)
    since = models.DateField(null=True, blank=True)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["source", "target", "kind"], name="org_link_unique"),
            models.CheckConstraint(
                condition=~models.Q(source=models.F("target")), name="org_link_not_self"
            ),
            models.CheckConstraint(
                condition=models.Q(share_percent__isnull=True)
                | models.Q(share_percent__gte=0, share_percent__lte=100),
                name="org_link_share_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.source} {self.kind} {self.target}"


class Person(models.Model):
    name = models.CharField(max_length=200)
    name_latin = models.CharField(max_length=200, blank=True)
    role = models.CharField(max_length=500, blank=True)
    organisation = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="people"
    )
    country = models.CharField(max_length=2, blank=True, validators=[validate_country])

    class Meta:
        ordering = ["name"]
        verbose_name_plural = "people"

    def __str__(self) -> str:
        return self.name
