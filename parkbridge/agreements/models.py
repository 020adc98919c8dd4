"""Agreements (MoU, cooperation, investment, supply, joint venture) with their lifecycle and
milestones, and investment projects."""

from __future__ import annotations

from django.core.validators import MinValueValidator
from django.db import models

from parkbridge.core.models import Sector
from parkbridge.core.validators import validate_country
from parkbridge.events.models import Event, Qualifier
from parkbridge.organisations.models import Organisation
from parkbridge.sites.models import Site


class AgreementKind(models.TextChoices):
    MOU = "mou", "Memorandum of understanding"
    COOPERATION = "cooperation", "Cooperation agreement"
    INVESTMENT = "investment", "Investment agreement"
    SUPPLY = "supply", "Supply contract"
    JOINT_VENTURE = "jv", "Joint-venture agreement"
    OTHER = "other", "Other"


class AgreementStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    SIGNED = "signed", "Signed"
    IN_IMPLEMENTATION = "in_implementation", "In implementation"
    IMPLEMENTED = "implemented", "Implemented"
    STALLED = "stalled", "Stalled"
    TERMINATED = "terminated", "Terminated"


# The lifecycle: which status may follow which. Terminal states have no successors.
ALLOWED_TRANSITIONS: dict[str, frozenset[str]] = {
    "planned": frozenset({"signed", "terminated"}),
    "signed": frozenset({"in_implementation", "stalled", "terminated"}),
    "in_implementation": frozenset({"implemented", "stalled", "terminated"}),
    "stalled": frozenset({"in_implementation", "terminated"}),
    "implemented": frozenset(),
    "terminated": frozenset(),
}


class LifecycleError(ValueError):
    pass


def check_transition(current: str, new: str) -> None:
    if current == new:
        return
    if new not in ALLOWED_TRANSITIONS.get(current, frozenset()):
        allowed = ", ".join(sorted(ALLOWED_TRANSITIONS.get(current, ()))) or "none"
        raise LifecycleError(
            f"an agreement cannot go from {current!r} to {new!r} (allowed: {allowed})"
        )


class Agreement(models.Model):
    external_id = models.CharField(max_length=120, unique=True, null=True, blank=True)
    title = models.CharField(max_length=500)
    kind = models.CharField(max_length=20, choices=AgreementKind.choices, default="cooperation")
    status = models.CharField(
        max_length=20, choices=AgreementStatus.choices, default=AgreementStatus.SIGNED
    )
    parties = models.ManyToManyField(Organisation, blank=True, related_name="agreements")
    # For a statement like "more than 20 agreements were signed" where parties aren't named.
    count = models.PositiveIntegerField(default=1)
    count_qualifier = models.CharField(max_length=20, choices=Qualifier.choices, default="exact")
    event = models.ForeignKey(
        Event, null=True, blank=True, on_delete=models.SET_NULL, related_name="agreements"
    )
    signed_on = models.DateField(null=True, blank=True, db_index=True)
    value = models.DecimalField(
        max_digits=20, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    currency = models.CharField(max_length=3, blank=True)
    sector = models.ForeignKey(Sector, null=True, blank=True, on_delete=models.SET_NULL)
    site = models.ForeignKey(
        Site, null=True, blank=True, on_delete=models.SET_NULL, related_name="agreements"
    )
    countries = models.JSONField(default=list, blank=True, help_text="Countries of the parties.")
    description = models.TextField(blank=True)
    confidential = models.BooleanField(default=False)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["-signed_on", "title"]

    def __str__(self) -> str:
        return self.title

    def move_to(self, status: str) -> None:
        check_transition(self.status, status)
        self.status = status
        self.save(update_fields=["status", "updated"])


class Milestone(models.Model):
    agreement = models.ForeignKey(Agreement, on_delete=models.CASCADE, related_name="milestones")
    title = models.CharField(max_length=300)
    due = models.DateField(null=True, blank=True)
    done_on = models.DateField(null=True, blank=True)
    evidence = models.ForeignKey("core.Source", null=True, blank=True, on_delete=models.SET_NULL)

    class Meta:
        ordering = ["due", "title"]

    def __str__(self) -> str:
        return self.title


class ProjectStatus(models.TextChoices):
    PLANNED = "planned", "Planned"
    BUILDING = "building", "Under construction"
    OPERATING = "operating", "Operating"
    CANCELLED = "cancelled", "Cancelled"


class InvestmentProject(models.Model):
    name = models.CharField(max_length=300)
    investor = models.ForeignKey(
        Organisation, null=True, blank=True, on_delete=models.SET_NULL, related_name="projects"
    )
    site = models.ForeignKey(
        Site, null=True, blank=True, on_delete=models.SET_NULL, related_name="projects"
    )
    # Where the investment goes when no site is named (else the site's country).
    host_country = models.CharField(
        max_length=2, blank=True, validators=[validate_country], help_text="ISO alpha-2"
    )
    agreement = models.ForeignKey(
        Agreement, null=True, blank=True, on_delete=models.SET_NULL, related_name="projects"
    )
    sector = models.ForeignKey(Sector, null=True, blank=True, on_delete=models.SET_NULL)
    capex = models.DecimalField(
        max_digits=20, decimal_places=2, null=True, blank=True, validators=[MinValueValidator(0)]
    )
    currency = models.CharField(max_length=3, blank=True)
    jobs = models.PositiveIntegerField(null=True, blank=True)
    start_year = models.PositiveSmallIntegerField(null=True, blank=True)
    end_year = models.PositiveSmallIntegerField(null=True, blank=True)
    status = models.CharField(max_length=20, choices=ProjectStatus.choices, default="planned")
    confidential = models.BooleanField(default=False)

    class Meta:
        ordering = ["name"]

    def __str__(self) -> str:
        return self.name
