"""Mail goes through the outbox: a send that fails stays queued with a later attempt, is sent
once the server is back, and is marked failed (for administrators) after the last attempt."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from parkbridge.accounts.mail import queue_mail, send, send_due
from parkbridge.accounts.models import MailStatus, OutgoingMail
from parkbridge.accounts.tests.conftest import free_port

pytestmark = pytest.mark.django_db


def _queue(user) -> OutgoingMail:
    return queue_mail(
        to="ada@example.org",
        template="accounts/mail/notification",
        context={"message": "Your interest was accepted", "url": "/marketplace/"},
        user=user,
    )


def _nobody_listening(settings) -> None:
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST, settings.EMAIL_PORT, settings.EMAIL_TIMEOUT = "127.0.0.1", free_port(), 2


def test_queueing_sends_nothing_inside_the_request(make_user, smtp_server):
    mail = _queue(make_user())
    assert mail.status == MailStatus.QUEUED and smtp_server.messages == []


def test_a_failed_send_is_retried_later_and_then_delivered(make_user, settings, smtp_server):
    mail = _queue(make_user())
    listening_port = settings.EMAIL_PORT
    _nobody_listening(settings)

    assert send(mail.pk) == MailStatus.QUEUED
    mail.refresh_from_db()
    assert mail.attempts == 1 and mail.last_error
    assert mail.next_attempt > timezone.now() + timedelta(seconds=30)
    assert send_due() == 0  # not due yet

    settings.EMAIL_PORT = listening_port
    OutgoingMail.objects.filter(pk=mail.pk).update(next_attempt=timezone.now())
    assert send_due() == 1
    mail.refresh_from_db()
    assert mail.status == MailStatus.SENT and mail.attempts == 2
    [received] = smtp_server.messages
    assert received["To"] == "ada@example.org"
    assert "Your interest was accepted" in received.get_body(("plain",)).get_content()


def test_mail_is_marked_failed_after_the_last_attempt(make_user, settings):
    settings.PARKBRIDGE_MAIL_MAX_ATTEMPTS = 2
    _nobody_listening(settings)
    mail = _queue(make_user())
    for _ in range(2):
        OutgoingMail.objects.filter(pk=mail.pk).update(next_attempt=timezone.now())
        send_due()
    mail.refresh_from_db()
    assert mail.status == MailStatus.FAILED and mail.next_attempt is None
    assert "Error" in mail.last_error


def test_a_sent_mail_is_never_sent_twice(make_user, smtp_server):
    mail = _queue(make_user())
    assert send(mail.pk) == MailStatus.SENT
    assert send(mail.pk) == ""
    assert len(smtp_server.messages) == 1


def test_mail_is_written_in_the_recipients_language(make_user, smtp_server):
    from parkbridge.accounts.models import profile_of

    user = make_user(email="ivan@example.org")
    profile = profile_of(user)
    profile.language = "ru"
    profile.save()
    mail = queue_mail(
        to=user.email, template="accounts/mail/notification",
        context={"message": "x", "url": ""}, user=user,
    )  # fmt: skip
    assert mail.language == "ru"
    assert "ParkBridge" in mail.subject and "notification from" not in mail.subject
