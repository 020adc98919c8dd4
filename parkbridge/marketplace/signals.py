"""Signal receivers: keep the cached indexes honest and notice sites saved by other apps.

Site writes happen in the sites app, the admin and imports; rather than asking each of them to
call us, a saved site is queued here and, once its transaction commits, one background task
checks the queued sites against every saved site-selection search.
"""

from __future__ import annotations

import threading
from typing import Any

from django.db import transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.utils import timezone

from parkbridge.marketplace import selection

_pending = threading.local()


def _queue_site(pk: int) -> None:
    pending: set[int] | None = getattr(_pending, "ids", None)
    if pending is None:
        pending = _pending.ids = set()
    pending.add(pk)
    # One callback per save, but the first to run takes every queued id and the rest find
    # nothing: robust to rollbacks (a discarded callback leaves ids for the next one).
    transaction.on_commit(_flush)


def _flush() -> None:
    ids: set[int] | None = getattr(_pending, "ids", None)
    _pending.ids = None
    if not ids:
        return
    from parkbridge.marketplace.models import SavedSearch, SearchKind

    if not SavedSearch.objects.filter(kind=SearchKind.SITE_SELECTION).exists():
        return
    from parkbridge.marketplace.tasks import notify_changed_sites

    notify_changed_sites.enqueue(sorted(ids))


def site_saved(sender: Any, instance: Any, raw: bool = False, **_: Any) -> None:
    selection.bump_local_version()
    if not raw:
        _queue_site(instance.pk)


def profile_sectors_changed(
    sender: Any, instance: Any, action: str, reverse: bool, pk_set: set | None, **_: Any
) -> None:
    """Sectors are indexed, but setting them does not touch the profile's `updated`, which the
    index's fingerprint reads; touch it here."""
    from parkbridge.marketplace.models import Profile

    if reverse and action == "pre_clear":
        # A sector loses all its profiles: find them while the links still exist.
        ids = set(instance.marketplace_profiles.values_list("pk", flat=True))
    elif reverse and action in ("post_add", "post_remove"):
        ids = set(pk_set or ())
    elif not reverse and action in ("post_add", "post_remove", "post_clear"):
        ids = {instance.pk}
    else:
        return
    if ids:
        Profile.objects.filter(pk__in=ids).update(updated=timezone.now())


def connect() -> None:
    from parkbridge.marketplace.models import Profile
    from parkbridge.sites.models import Incentive, Site

    post_save.connect(site_saved, sender=Site, dispatch_uid="marketplace_site_saved")
    for model in (Site, Incentive):
        post_delete.connect(
            selection.bump_local_version, sender=model, dispatch_uid=f"mp_del_{model.__name__}"
        )
    post_save.connect(
        selection.bump_local_version, sender=Incentive, dispatch_uid="marketplace_incentive_saved"
    )
    m2m_changed.connect(
        selection.bump_local_version,
        sender=Site.sectors.through,
        dispatch_uid="marketplace_site_sectors",
    )
    m2m_changed.connect(
        profile_sectors_changed,
        sender=Profile.sectors.through,
        dispatch_uid="marketplace_profile_sectors",
    )
