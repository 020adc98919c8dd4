"""Notification records: a saved search meets a new matching profile or site, an interest is
received or answered.

Called from the write paths (API, pages, admin) for profiles, and from a background task for
sites (their writes happen in other apps; see `signals.py`). A saved search reports each object
once: the unique constraint makes re-saving a profile or site harmless.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable

import numpy as np
from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext, gettext_noop

from parkbridge.core.access import sees_everything
from parkbridge.marketplace.matching import search, single_profile_index
from parkbridge.marketplace.models import (
    Interest,
    Notification,
    NotificationKind,
    OrganisationMember,
    Profile,
    SavedSearch,
    SearchKind,
)
from parkbridge.marketplace.queries import QueryError, profile_query, project_query

logger = logging.getLogger(__name__)


def _store(notes: list[Notification]) -> int:
    """Insert notifications, leaving out the ones a saved search already produced; returns
    how many are new. `ignore_conflicts` covers a concurrent writer doing the same.

    Each new one is also handed to the accounts app's ``notify()``: the person's inbox and,
    by their preference, an e-mail written in their language from the note's ``mail`` details
    (set by the callers below)."""
    searched = [n for n in notes if n.saved_search_id is not None]
    if searched:
        existing = set(
            Notification.objects.filter(
                saved_search_id__in={n.saved_search_id for n in searched},
                object_id__in={n.object_id for n in searched},
            ).values_list("saved_search_id", "content_type_id", "object_id")
        )
        notes = [
            n for n in notes if (n.saved_search_id, n.content_type_id, n.object_id) not in existing
        ]
    if notes:
        Notification.objects.bulk_create(notes, ignore_conflicts=True)
        _tell(notes)
    return len(notes)


def _tell(notes: list[Notification]) -> None:
    from django.contrib.auth import get_user_model

    from parkbridge.accounts.notifications import notify

    users = get_user_model().objects.in_bulk({n.user_id for n in notes})
    for note in notes:
        user = users.get(note.user_id)
        if user is None:
            continue
        details = getattr(note, "mail_details", {})
        notify(
            user,
            kind=note.kind,
            message=_in_language_of(user, details.get("says")) or note.message,
            target=details.get("target"),
            url=details.get("url", ""),
            mail_template=f"marketplace/mail/{note.kind}",
            context=details.get("context", {}),
        )


def _in_language_of(user, says: tuple[str, dict[str, object]] | None) -> str:
    """The notification's words (an English msgid and its values) in the recipient's language:
    the inbox reads in the reader's language, not in the language of whoever caused it."""
    if not says:
        return ""
    from parkbridge.accounts.mail import language_for

    msgid, params = says
    with translation.override(language_for(user)):
        return (gettext(msgid) % {key: str(value) for key, value in params.items()})[:1000]


def _noted(
    note: Notification,
    *,
    url: str,
    says: tuple[str, dict[str, object]],
    target=None,
    **context: object,
) -> Notification:
    """Attach what the inbox line and the e-mail need, both written later in the recipient's
    language; the marketplace's own record keeps the English line."""
    msgid, params = says
    note.message = (msgid % {key: str(value) for key, value in params.items()})[:1000]
    note.mail_details = {"url": url, "target": target, "context": context, "says": says}
    return note


def profile_published(profile: Profile) -> int:
    """Tell every saved profile search that matches this (new or changed) profile.

    Returns the number of notifications created. The searcher's own organisation's profiles
    are not reported to them.
    """
    if not profile.active:
        return 0
    searches = list(
        SavedSearch.objects.filter(kind=SearchKind.PROFILES)
        .exclude(user__memberships__organisation_id=profile.organisation_id)
        .select_related("user")
    )
    if profile.created_by_id is not None:
        searches = [s for s in searches if s.user_id != profile.created_by_id]
    if not searches:
        return 0
    index = single_profile_index(profile)
    content_type = ContentType.objects.get_for_model(Profile)
    notes: list[Notification] = []
    for saved in searches:
        try:
            query = profile_query(saved.query)
        except QueryError as error:
            logger.warning("saved search %s is invalid, skipped: %s", saved.pk, error)
            continue
        found = search(index, query, k=1)
        if not found:
            continue
        reasons = "; ".join(found[0].reasons[:3])
        notes.append(
            _noted(
                Notification(
                    user=saved.user,
                    saved_search=saved,
                    kind=NotificationKind.NEW_PROFILE,
                    content_type=content_type,
                    object_id=profile.pk,
                ),
                url=reverse("marketplace:profile", args=[profile.pk]),
                says=(
                    gettext_noop("New profile for “%(search)s”: %(title)s (%(reasons)s)"),
                    {"search": saved, "title": profile.title, "reasons": reasons},
                ),
                target=profile,
                search=str(saved),
                title=profile.title,
                reasons=reasons,
            )
        )
    return _store(notes)


def sites_changed(site_ids: Iterable[int]) -> int:
    """Tell every saved site-selection search about the given sites that now meet its hard
    constraints. Sites are checked on their own: eligibility does not depend on other sites."""
    from parkbridge.marketplace.selection import sites_from_database
    from parkbridge.sites.models import Site
    from parkbridge.siteselection import SiteIndex, select

    searches = list(
        SavedSearch.objects.filter(kind=SearchKind.SITE_SELECTION).select_related("user")
    )
    ids = sorted(set(site_ids))
    if not searches or not ids:
        return 0
    sites = Site.objects.filter(pk__in=ids)
    facts = sites_from_database(sites)
    if not facts:
        return 0
    rows = {slug: (pk, name, confidential) for pk, slug, name, confidential in
            sites.values_list("pk", "slug", "name_en", "confidential")}  # fmt: skip
    slugs = {pk: slug for slug, (pk, _, _) in rows.items()}
    index = SiteIndex.build(facts)
    content_type = ContentType.objects.get_for_model(Site)
    notes: list[Notification] = []
    for saved in searches:
        try:
            project = project_query(saved.query)
        except QueryError as error:
            logger.warning("saved search %s is invalid, skipped: %s", saved.pk, error)
            continue
        eligible = np.flatnonzero(select(index, project).evaluation.eligible)
        for position in eligible:
            pk, name, confidential = rows[index.sites[int(position)].id]
            if confidential and not sees_everything(saved.user):
                continue
            notes.append(
                _noted(
                    Notification(
                        user=saved.user,
                        saved_search=saved,
                        kind=NotificationKind.NEW_SITE,
                        content_type=content_type,
                        object_id=pk,
                    ),
                    url=reverse("web:site_card", args=[slugs[pk]]),
                    says=(
                        gettext_noop("New site for “%(search)s”: %(name)s"),
                        {"search": saved, "name": name},
                    ),
                    search=str(saved),
                    name=name,
                )
            )
    return _store(notes)


def _members(organisation_id: int) -> models.QuerySet:
    return OrganisationMember.objects.filter(organisation_id=organisation_id).values_list(
        "user_id", flat=True
    )


def interest_received(interest: Interest) -> int:
    content_type = ContentType.objects.get_for_model(Interest)
    profile = interest.to_profile
    return _store(
        [
            _noted(
                Notification(
                    user_id=user_id,
                    kind=NotificationKind.INTEREST_RECEIVED,
                    content_type=content_type,
                    object_id=interest.pk,
                ),
                url=reverse("marketplace:notifications"),
                says=(
                    gettext_noop("%(organisation)s is interested in “%(title)s”"),
                    {"organisation": interest.from_organisation, "title": profile.title},
                ),
                target=interest,
                organisation=str(interest.from_organisation),
                title=profile.title,
            )
            for user_id in _members(profile.organisation_id)
        ]
    )


def interest_answered(interest: Interest) -> int:
    content_type = ContentType.objects.get_for_model(Interest)
    users = set(_members(interest.from_organisation_id))
    if interest.created_by_id is not None:
        users.add(interest.created_by_id)
    title = interest.to_profile.title
    return _store(
        [
            _noted(
                Notification(
                    user_id=user_id,
                    kind=NotificationKind.INTEREST_ANSWERED,
                    content_type=content_type,
                    object_id=interest.pk,
                ),
                url=reverse("marketplace:profile", args=[interest.to_profile_id]),
                says=(
                    gettext_noop("Your interest in “%(title)s” was accepted")
                    if interest.status == "accepted"
                    else gettext_noop("Your interest in “%(title)s” was declined"),
                    {"title": title},
                ),
                target=interest,
                title=title,
                accepted=interest.status == "accepted",
                status=interest.get_status_display(),
            )
            for user_id in sorted(users)
        ]
    )
