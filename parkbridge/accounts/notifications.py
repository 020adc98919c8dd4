"""Notifications: an in-app record for the person and, by their preference for its kind, an
e-mail at once, a line in the daily digest, or nothing.

Any app calls :func:`notify`; kinds are plain strings so this module needs no import of the
apps that raise them. :data:`KINDS` names the known ones for the settings page.
"""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from parkbridge.accounts.mail import language_for, queue_mail
from parkbridge.accounts.models import (
    Delivery,
    MailState,
    Notification,
    NotificationPreference,
)

log = logging.getLogger(__name__)

# Known kinds and their labels (the settings page lists these); other kinds work too.
KINDS: dict[str, object] = {
    "interest_received": _("Interest received in your profile"),
    "interest_answered": _("Your interest answered"),
    "new_profile": _("Saved search: new matching profile"),
    "new_site": _("Saved search: new matching site"),
    "meeting_request_received": _("Meeting request received"),
    "meeting_request_answered": _("Meeting request answered"),
    "agenda_published": _("Agenda published or changed"),
    "membership_request": _("Request to join your organisation"),
    "membership_answered": _("Your request to join answered"),
}

# A person's digest goes out once their oldest waiting notification is this old.
DIGEST_AFTER = timedelta(days=1)


def site_url(path: str) -> str:
    """An absolute address for a link in an e-mail."""
    if not path or "://" in path:
        return path
    base = getattr(settings, "PARKBRIDGE_SITE_URL", "http://127.0.0.1:8000").rstrip("/")
    return f"{base}/{path.lstrip('/')}"


def delivery_for(user, kind: str) -> str:
    chosen = (
        NotificationPreference.objects.filter(user=user, kind=kind)
        .values_list("delivery", flat=True)
        .first()
    )
    return chosen or Delivery.AT_ONCE


def preferences_of(user) -> dict[str, str]:
    """kind → delivery for every known kind (and any other the person has chosen)."""
    chosen = dict(NotificationPreference.objects.filter(user=user).values_list("kind", "delivery"))
    return {kind: chosen.get(kind, Delivery.AT_ONCE) for kind in KINDS} | chosen


def set_preference(user, kind: str, delivery: str) -> None:
    if delivery not in Delivery.values:
        raise ValueError(f"unknown delivery {delivery!r}")
    NotificationPreference.objects.update_or_create(
        user=user, kind=kind, defaults={"delivery": delivery}
    )


def notify(
    user,
    *,
    kind: str,
    message: str,
    target=None,
    url: str = "",
    mail_template: str | None = None,
    context: dict[str, object] | None = None,
) -> None:
    """Record an in-app notification for `user` and, by the user's preference for `kind`
    (at once / daily digest / never), queue an e-mail."""
    delivery = delivery_for(user, kind)
    if not getattr(user, "email", "") or not user.is_active:
        delivery = Delivery.NEVER
    note = Notification.objects.create(
        user=user,
        kind=kind[:40],
        message=str(message)[:1000],
        url=url[:500],
        content_type=ContentType.objects.get_for_model(target) if target is not None else None,
        object_id=str(target.pk) if target is not None else "",
        mail={
            Delivery.AT_ONCE: MailState.QUEUED,
            Delivery.DIGEST: MailState.DIGEST,
        }.get(delivery, MailState.NONE),
    )
    if delivery != Delivery.AT_ONCE:
        return
    queue_mail(
        to=user.email,
        template=mail_template or "accounts/mail/notification",
        context={
            "notification": note,
            "message": note.message,
            "url": site_url(url),
            "kind_label": KINDS.get(kind, ""),
            **(context or {}),
        },
        user=user,
    )


def send_digests(now=None) -> int:
    """Queue one digest per person whose oldest waiting notification is a day old; returns
    how many digests were queued. Each notification is marked so it is sent once."""
    now = now or timezone.now()
    due_users = (
        Notification.objects.filter(mail=MailState.DIGEST, created__lte=now - DIGEST_AFTER)
        .values_list("user_id", flat=True)
        .distinct()
    )
    queued = 0
    for user_id in list(due_users):
        with transaction.atomic():
            notes = list(
                Notification.objects.select_for_update()
                .filter(user_id=user_id, mail=MailState.DIGEST)
                .select_related("user")
                .order_by("created", "id")
            )
            if not notes:
                continue
            user = notes[0].user
            Notification.objects.filter(pk__in=[n.pk for n in notes]).update(
                mail=MailState.DIGESTED
            )
            if not user.email or not user.is_active:
                continue
            queue_mail(
                to=user.email,
                template="accounts/mail/digest",
                context={
                    "notifications": [
                        {"message": n.message, "url": site_url(n.url), "created": n.created}
                        for n in notes
                    ],
                    "count": len(notes),
                },
                language=language_for(user),
                user=user,
            )
            queued += 1
    return queued
