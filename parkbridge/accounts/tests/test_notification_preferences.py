"""A notification is always recorded in the app; its e-mail follows the person's preference
for its kind: at once, in the daily digest, or never."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from parkbridge.accounts.models import MailState, Notification, OutgoingMail
from parkbridge.accounts.notifications import notify, send_digests, set_preference

pytestmark = pytest.mark.django_db


@pytest.fixture
def person(make_user):
    return make_user(email="mei@example.org")


def _notify(person, kind="interest_received", message="Acme is interested"):
    notify(person, kind=kind, message=message, url="/marketplace/")


def test_by_default_a_notification_is_mailed_at_once(person):
    _notify(person)
    assert Notification.objects.get(user=person).mail == MailState.QUEUED
    mail = OutgoingMail.objects.get()
    assert mail.to == person.email and "Acme is interested" in mail.body_text
    assert "http://" in mail.body_text  # the link is absolute


def test_never_records_the_notification_but_sends_no_mail(person):
    set_preference(person, "interest_received", "never")
    _notify(person)
    assert Notification.objects.filter(user=person).count() == 1
    assert not OutgoingMail.objects.exists()


def test_a_preference_is_per_kind(person):
    set_preference(person, "interest_received", "never")
    _notify(person, kind="meeting_request_received", message="A meeting request")
    assert OutgoingMail.objects.count() == 1


def test_digest_collects_a_days_notifications_into_one_mail(person):
    set_preference(person, "interest_received", "digest")
    _notify(person, message="First interest")
    _notify(person, message="Second interest")
    assert not OutgoingMail.objects.exists()
    assert send_digests() == 0  # not a day old yet

    Notification.objects.update(created=timezone.now() - timedelta(days=1, minutes=1))
    assert send_digests() == 1
    mail = OutgoingMail.objects.get()
    assert "First interest" in mail.body_text and "Second interest" in mail.body_text
    assert send_digests() == 0  # each notification goes in one digest only
    assert set(Notification.objects.values_list("mail", flat=True)) == {MailState.DIGESTED}


def test_a_person_without_an_address_gets_the_record_only(make_user):
    user = make_user(email="")
    _notify(user)
    assert Notification.objects.filter(user=user).exists()
    assert not OutgoingMail.objects.exists()


def test_an_unknown_delivery_is_refused(person):
    with pytest.raises(ValueError):
        set_preference(person, "interest_received", "hourly")
