"""Marketplace notifications reach people through the accounts app: an interest received or
answered is in their inbox and, by their preference, e-mailed in their own language."""

from __future__ import annotations

import re

import pytest

from parkbridge.accounts.models import Notification, OutgoingMail, Profile
from parkbridge.accounts.notifications import set_preference

pytestmark = pytest.mark.django_db


@pytest.fixture
def owner_and_seeker(make_member, make_profile):
    owner = make_member(country="BY")
    seeker = make_member(country="CN")
    for member, language, address in ((owner, "ru", "owner@example.org"),
                                      (seeker, "zh-hans", "seeker@example.org")):  # fmt: skip
        member.user.email = address
        member.user.save()
        Profile.objects.create(user=member.user, language=language)
    profile = make_profile(owner.organisation, kind="technology", title="Laser cladding")
    return owner, seeker, profile


def _interest(seeker, profile) -> int:
    answer = seeker.api.post("/api/marketplace/interests", {"to_profile": profile.pk})
    assert answer.status_code == 201, answer.content
    return answer.json()["id"]


def test_an_interest_received_is_mailed_in_the_owners_language(owner_and_seeker):
    owner, seeker, profile = owner_and_seeker
    _interest(seeker, profile)
    assert Notification.objects.filter(user=owner.user, kind="interest_received").exists()
    mail = OutgoingMail.objects.get(to="owner@example.org")
    assert mail.language == "ru" and "Laser cladding" in mail.subject
    assert re.search("[а-я]", mail.subject) and "/marketplace/" in mail.body_text


def test_an_answer_is_mailed_in_the_seekers_language(owner_and_seeker):
    owner, seeker, profile = owner_and_seeker
    interest = _interest(seeker, profile)
    owner.api.post(f"/api/marketplace/interests/{interest}/accept", {})
    mail = OutgoingMail.objects.get(to="seeker@example.org")
    assert mail.language == "zh-hans" and "已被接受" in mail.subject


def test_never_keeps_the_inbox_entry_but_sends_no_mail(owner_and_seeker):
    owner, seeker, profile = owner_and_seeker
    set_preference(owner.user, "interest_received", "never")
    _interest(seeker, profile)
    assert Notification.objects.filter(user=owner.user, kind="interest_received").exists()
    assert not OutgoingMail.objects.filter(to="owner@example.org").exists()
