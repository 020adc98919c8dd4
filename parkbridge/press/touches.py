"""Which registry records an accepted fact is about: what watches follow and what a record's
card lists under "From the press".

A site or organisation proposal is about the record it created or linked to. A figure, target,
agreement or event statistic names no site itself; it is about the sites and organisations the
same article names (its site and organisation proposals that link to, or were accepted as, a
record): "More than 120 companies are residents of the park" belongs to the park of the article.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Q, QuerySet

from parkbridge.core.search import fold
from parkbridge.organisations.models import Organisation
from parkbridge.press.models import Category, Proposal, ProposalStatus
from parkbridge.sites.models import Site

ACCEPTED = (ProposalStatus.ACCEPTED, ProposalStatus.AUTO_ACCEPTED)
# Facts that belong to the records their article names.
ARTICLE_FACTS = (Category.FIGURE, Category.TARGET, Category.AGREEMENT, Category.EVENT_STATISTIC)


@dataclass
class Touch:
    sites: set[int] = field(default_factory=set)
    organisations: set[int] = field(default_factory=set)
    countries: set[str] = field(default_factory=set)
    text: str = ""  # folded: the fact and its sentence


def _named(source_id: int, category: str, model) -> set[int]:
    """Records of ``model`` the article names: accepted as, or linking to, one of them."""
    content_type = ContentType.objects.get_for_model(model)
    ids: set[int] = set()
    for result_type, result_id, target_type, target_id, status in (
        Proposal.objects.filter(source_id=source_id, category=category)
        .exclude(status=ProposalStatus.REJECTED)
        .values_list("result_type", "result_id", "target_type", "target_id", "status")
    ):
        if status in ACCEPTED and result_type == content_type.pk and result_id:
            ids.add(result_id)
        elif target_type == content_type.pk and target_id:
            ids.add(target_id)
    return ids


def touched(proposal: Proposal) -> Touch:
    touch = Touch()
    site_type = ContentType.objects.get_for_model(Site)
    org_type = ContentType.objects.get_for_model(Organisation)
    if proposal.category == Category.SITE and proposal.result_type_id == site_type.pk:
        touch.sites.add(proposal.result_id)
    elif proposal.category == Category.ORGANISATION and proposal.result_type_id == org_type.pk:
        touch.organisations.add(proposal.result_id)
    elif proposal.category in ARTICLE_FACTS:
        touch.sites |= _named(proposal.source_id, Category.SITE, Site)
        touch.organisations |= _named(proposal.source_id, Category.ORGANISATION, Organisation)
    if proposal.category == Category.AGREEMENT and proposal.result is not None:
        touch.countries.update(getattr(proposal.result, "countries", None) or [])
    touch.countries.update(
        c for c in Site.objects.filter(pk__in=touch.sites).values_list("country", flat=True) if c
    )
    touch.countries.update(
        c
        for c in Organisation.objects.filter(pk__in=touch.organisations).values_list(
            "country", flat=True
        )
        if c
    )
    touch.text = fold(f"{proposal.summary()} {proposal.evidence}")
    return touch


def facts_about(record) -> QuerySet[Proposal]:
    """Accepted facts about a site or organisation, newest article first: the record's own
    proposals and the figures, targets and agreements of the articles that name it."""
    model = type(record)
    category = Category.SITE if model is Site else Category.ORGANISATION
    content_type = ContentType.objects.get_for_model(model)
    naming = Proposal.objects.filter(category=category).filter(
        Q(status__in=ACCEPTED, result_type=content_type, result_id=record.pk)
        | Q(target_type=content_type, target_id=record.pk, status__in=[*ACCEPTED, "pending"])
    )
    own = Q(category=category, result_type=content_type, result_id=record.pk)
    of_articles = Q(category__in=ARTICLE_FACTS, source__in=naming.values("source"))
    return (
        Proposal.objects.filter(status__in=ACCEPTED)
        .filter(own | of_articles)
        .select_related("source")
        .order_by("-source__published", "-reviewed_at")
    )
