"""Queued mail is handed to the background worker when the request's transaction commits; the
worker's task sends it, and its housekeeping sends what is due (retries, digests)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from parkbridge.accounts.housekeeping import housekeep
from parkbridge.accounts.mail import queue_mail
from parkbridge.accounts.models import MailStatus, Notification, OutgoingMail
from parkbridge.accounts.notifications import notify, set_preference

pytestmark = pytest.mark.django_db


def _queue(user):
    return queue_mail(
        to="ada@example.org", template="accounts/mail/notification",
        context={"message": "Hello", "url": ""}, user=user,
    )  # fmt: skip


def test_the_task_is_enqueued_only_after_commit_and_sends_the_mail(
    make_user, settings, smtp_server, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        mail = _queue(make_user())
    assert smtp_server.messages == [] and len(callbacks) == 1
    callbacks[0]()  # the commit: the task runs (immediately, in this backend)
    mail.refresh_from_db()
    assert mail.status == MailStatus.SENT and len(smtp_server.messages) == 1


def test_a_task_that_could_not_be_enqueued_is_sent_by_housekeeping(
    make_user, settings, smtp_server, django_capture_on_commit_callbacks
):
    settings.TASKS = {"default": {"BACKEND": "no.such.Backend"}}
    with django_capture_on_commit_callbacks(execute=True):
        mail = _queue(make_user())
    assert OutgoingMail.objects.get(pk=mail.pk).status == MailStatus.QUEUED
    assert housekeep().mail_sent == 1
    assert len(smtp_server.messages) == 1


def test_housekeeping_sends_the_daily_digest(make_user, smtp_server):
    user = make_user(email="mei@example.org")
    set_preference(user, "interest_received", "digest")
    notify(user, kind="interest_received", message="Acme is interested")
    Notification.objects.update(created=timezone.now() - timedelta(days=2))
    done = housekeep()
    assert done.digests_queued == 1 and done.mail_sent == 1
    assert "Acme is interested" in smtp_server.messages[0].get_body(("plain",)).get_content()
