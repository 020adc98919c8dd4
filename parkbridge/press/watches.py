"""Watches: follow a site, an organisation, a pair of countries or a keyword, and be told when
a newly accepted fact touches it (see :mod:`parkbridge.press.touches`)."""

from __future__ import annotations

from typing import Any

from django.core.exceptions import ValidationError
from django.urls import reverse

from parkbridge.accounts.notifications import notify
from parkbridge.core.search import fold
from parkbridge.core.validators import validate_country
from parkbridge.organisations.models import Organisation
from parkbridge.press.models import Proposal, Watch, WatchKind
from parkbridge.press.touches import touched
from parkbridge.sites.models import Site

NOTIFICATION_KIND = "press_watch"


class BadWatch(ValueError):
    def __init__(self, detail: Any) -> None:
        super().__init__(str(detail))
        self.detail = detail


def follow(
    user: Any,
    *,
    kind: str,
    site: int | Site | None = None,
    organisation: int | Organisation | None = None,
    countries: list[str] | str | None = None,
    keyword: str | None = None,
) -> Watch:
    """A new watch (or the same one again), checked field by field."""
    values: dict[str, Any] = {"user": user, "kind": kind}
    if kind == WatchKind.SITE:
        found = site if isinstance(site, Site) else Site.objects.filter(pk=site).first()
        if found is None:
            raise BadWatch({"site": ["choose a site"]})
        values["site"] = found
    elif kind == WatchKind.ORGANISATION:
        found = (
            organisation
            if isinstance(organisation, Organisation)
            else Organisation.objects.filter(pk=organisation).first()
        )
        if found is None:
            raise BadWatch({"organisation": ["choose an organisation"]})
        values["organisation"] = found
    elif kind == WatchKind.COUNTRY_PAIR:
        values["countries"] = _pair(countries)
    elif kind == WatchKind.KEYWORD:
        word = " ".join((keyword or "").split())
        if len(word) < 2:
            raise BadWatch({"keyword": ["give a word of at least 2 letters"]})
        values["keyword"] = word[:100]
    else:
        raise BadWatch({"kind": ["choose site, organisation, country pair or keyword"]})
    watch, _ = Watch.objects.get_or_create(**values)
    return watch


def _pair(countries: list[str] | str | None) -> str:
    if isinstance(countries, str):
        countries = [c for c in countries.replace(",", "-").replace(" ", "-").split("-") if c]
    codes = sorted({(c or "").strip().upper() for c in countries or [] if (c or "").strip()})
    if len(codes) != 2:
        raise BadWatch({"countries": ["give two different country codes, e.g. BY and CN"]})
    for code in codes:
        try:
            validate_country(code)
        except ValidationError as error:
            raise BadWatch({"countries": [f"{code}: {'; '.join(error.messages)}"]}) from error
    return "-".join(codes)


def matches(watch: Watch, touch) -> bool:
    if watch.kind == WatchKind.SITE:
        return watch.site_id in touch.sites
    if watch.kind == WatchKind.ORGANISATION:
        return watch.organisation_id in touch.organisations
    if watch.kind == WatchKind.COUNTRY_PAIR:
        return set(watch.countries.split("-")) <= touch.countries
    return fold(watch.keyword) in touch.text


def _url_for(watch: Watch, touch, proposal: Proposal) -> str:
    """Where the person reads the fact: the record's page (open to members, unlike the review
    pages), else the article's own address."""
    site_id = watch.site_id or next(iter(sorted(touch.sites)), None)
    if site_id is not None:
        slug = Site.objects.filter(pk=site_id).values_list("slug", flat=True).first()
        if slug:
            return reverse("web:site_card", args=[slug])
    org_id = watch.organisation_id or next(iter(sorted(touch.organisations)), None)
    if org_id is not None:
        return reverse("web:organisation", args=[org_id])
    return proposal.source.url or reverse("press:article", args=[proposal.source_id])


def notify_watchers(proposal_id: int) -> int:
    """Tell everyone whose watch the newly accepted fact touches (once each); how many."""
    proposal = Proposal.objects.select_related("source").filter(pk=proposal_id).first()
    if proposal is None:
        return 0
    touch = touched(proposal)
    told: set[int] = set()
    for watch in Watch.objects.select_related("user", "site", "organisation"):
        if watch.user_id in told or not watch.user.is_active or not matches(watch, touch):
            continue
        told.add(watch.user_id)
        notify(
            watch.user,
            kind=NOTIFICATION_KIND,
            message=f"{watch.subject}: {proposal.summary()} — “{proposal.evidence[:300]}” "
            f"({proposal.source.title[:120]})",
            target=proposal,
            url=_url_for(watch, touch, proposal),
            context={"watch": str(watch), "fact": proposal.summary(),
                     "sentence": proposal.evidence, "article": proposal.source.title},
        )  # fmt: skip
    return len(told)
