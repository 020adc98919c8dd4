"""The outbox: e-mail is rendered in the recipient's language when queued and sent by the
background worker, never inside a request. A failed send is retried with a growing delay; after
the last attempt the mail is marked failed for administrators to see (admin list,
``parkbridge check``)."""

from __future__ import annotations

import logging
from datetime import timedelta

from django.conf import settings
from django.core.mail import EmailMultiAlternatives, get_connection
from django.db import transaction
from django.template.loader import TemplateDoesNotExist, render_to_string
from django.utils import timezone, translation

from parkbridge.accounts.models import MailStatus, OutgoingMail, Profile

log = logging.getLogger(__name__)

# A worker that claimed a mail and died leaves it to be retried after this long.
CLAIM_SECONDS = 5 * 60


def max_attempts() -> int:
    return int(getattr(settings, "PARKBRIDGE_MAIL_MAX_ATTEMPTS", 8))


def retry_delay(attempts: int) -> timedelta:
    """One minute after the first failure, doubling, at most six hours."""
    return timedelta(seconds=min(60 * 2 ** max(attempts - 1, 0), 6 * 60 * 60))


def language_for(user=None, language: str | None = None, fallback: str | None = None) -> str:
    """The language to write to someone in: the one asked for, their profile's, the
    fallback (e.g. the page's language), the site's."""
    if language:
        return language
    if user is not None and getattr(user, "pk", None):
        chosen = Profile.objects.filter(user=user).values_list("language", flat=True).first()
        if chosen:
            return chosen
    return fallback or settings.LANGUAGE_CODE


def render(template: str, context: dict[str, object], language: str) -> tuple[str, str, str]:
    """(subject, text, html) from f"{template}_subject.txt", "_message.txt", "_message.html"."""
    with translation.override(language):
        subject = " ".join(render_to_string(f"{template}_subject.txt", context).split())
        text = render_to_string(f"{template}_message.txt", context)
        try:
            html = render_to_string(f"{template}_message.html", context)
        except TemplateDoesNotExist:
            html = ""
    return subject, text, html


def queue_mail(
    *,
    to: str,
    template: str,
    context: dict[str, object],
    language: str | None = None,
    user=None,
) -> OutgoingMail:
    """Queue an e-mail rendered from templates f"{template}_subject.txt" and
    f"{template}_message.txt" (and optional "_message.html") in `language` (default: the
    user's profile language); the worker sends it, retrying on failure."""
    language = language_for(user, language)
    subject, text, html = render(template, {"user": user, **context}, language)
    return queue_rendered(
        to=to, subject=subject, text=text, html=html, language=language, user=user
    )


def queue_rendered(
    *, to: str, subject: str, text: str, html: str = "", language: str = "", user=None
) -> OutgoingMail:
    """Queue an already rendered e-mail (allauth's adapter renders its own templates)."""
    prefix = getattr(settings, "PARKBRIDGE_EMAIL_SUBJECT_PREFIX", "")
    mail = OutgoingMail.objects.create(
        to=to,
        user=user if getattr(user, "pk", None) else None,
        subject=f"{prefix}{subject}"[:255],
        body_text=text,
        body_html=html,
        language=language,
        next_attempt=timezone.now(),
    )
    # After the commit, so the worker finds the row; if enqueueing fails the worker's
    # housekeeping still sends it (it sends every due mail).
    transaction.on_commit(lambda: _enqueue(mail.pk))
    return mail


def _enqueue(mail_id: int) -> None:
    from parkbridge.accounts.tasks import send_mail_task

    try:
        send_mail_task.enqueue(mail_id)
    except Exception:  # the outbox row is the source of truth; housekeeping retries
        log.exception("could not enqueue mail %s; housekeeping will send it", mail_id)


def _claim(mail_id: int) -> bool:
    """Take a due mail for this worker (compare-and-set), so two workers never both send it."""
    now = timezone.now()
    return bool(
        OutgoingMail.objects.filter(
            pk=mail_id, status=MailStatus.QUEUED, next_attempt__lte=now
        ).update(next_attempt=now + timedelta(seconds=CLAIM_SECONDS))
    )


def send(mail_id: int, connection=None) -> str:
    """Send one due, queued mail; returns its status afterwards ("" when not due or taken)."""
    if not _claim(mail_id):
        return ""
    mail = OutgoingMail.objects.get(pk=mail_id)
    message = EmailMultiAlternatives(
        subject=mail.subject,
        body=mail.body_text,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[mail.to],
        connection=connection or get_connection(fail_silently=False),
    )
    if mail.body_html:
        message.attach_alternative(mail.body_html, "text/html")
    mail.attempts += 1
    try:
        message.send(fail_silently=False)
    except Exception as error:  # any transport error: SMTP refusals, timeouts, DNS
        mail.last_error = f"{type(error).__name__}: {error}"[:2000]
        if mail.attempts >= max_attempts():
            mail.status, mail.next_attempt = MailStatus.FAILED, None
            log.error("mail %s to %s failed for good: %s", mail.pk, mail.to, mail.last_error)
        else:
            mail.next_attempt = timezone.now() + retry_delay(mail.attempts)
            log.warning("mail %s to %s failed, retrying: %s", mail.pk, mail.to, mail.last_error)
    else:
        mail.status, mail.sent_at, mail.next_attempt = MailStatus.SENT, timezone.now(), None
    mail.save(update_fields=["attempts", "last_error", "status", "next_attempt", "sent_at"])
    return mail.status


def send_due(limit: int = 200) -> int:
    """Send every queued mail whose next attempt is due; returns how many were sent."""
    due = list(
        OutgoingMail.objects.filter(status=MailStatus.QUEUED, next_attempt__lte=timezone.now())
        .order_by("next_attempt")
        .values_list("pk", flat=True)[:limit]
    )
    if not due:
        return 0
    connection = get_connection(fail_silently=False)
    return sum(send(pk, connection) == MailStatus.SENT for pk in due)


def failed_count() -> int:
    return OutgoingMail.objects.filter(status=MailStatus.FAILED).count()
