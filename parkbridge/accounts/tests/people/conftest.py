"""Fixtures for the people pages: events (with or without a B2B programme), organisations
with an admin, signed-in clients, and the invitation link a test mail carried."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import date

import pytest
from django.test import Client

LINK = re.compile(r"https?://\S+/invite/([\w-]+)/")


@pytest.fixture(autouse=True)
def _catalogues(compiled_translations) -> None:
    """Pages are read in Russian and Chinese too."""


@pytest.fixture
def make_event(db) -> Callable:
    from parkbridge.events.models import Event

    def make(b2b: bool = False, **fields):
        values = {"name_en": "Innoprom", "kind": "forum", "start": date(2027, 7, 5)} | fields
        event = Event.objects.create(**values)
        if b2b:
            from parkbridge.b2b.models import B2BProgramme

            B2BProgramme.objects.create(event=event, title="B2B at Innoprom")
        return event

    return make


@pytest.fixture
def member_of(db) -> Callable:
    from parkbridge.marketplace.models import OrganisationMember

    def make(user, organisation, role: str = "member"):
        return OrganisationMember.objects.create(user=user, organisation=organisation, role=role)

    return make


@pytest.fixture
def signed_in(db) -> Callable:
    def make(user, language: str = "en") -> Client:
        client = Client()
        client.force_login(user)
        client.cookies["django_language"] = language
        return client

    return make


@pytest.fixture
def administrator(make_user):
    return make_user(is_staff=True, email="admin@example.org")


def mail_to(email: str):
    """The newest e-mail queued in the outbox for ``email``."""
    from parkbridge.accounts.models import OutgoingMail

    mail = OutgoingMail.objects.filter(to=email).order_by("-pk").first()
    assert mail is not None, f"no mail to {email}"
    return mail


def link_sent_to(email: str) -> str:
    """The secret of the newest invitation link mailed to ``email``."""
    body = mail_to(email).body_text
    found = LINK.search(body)
    assert found, body
    return found.group(1)


@pytest.fixture
def invite_by_page() -> Callable:
    """Invite through the pages as a person would, and return the link's secret."""

    def invite(client: Client, url: str, email: str, **fields) -> str:
        data = {"email": email, "language": "en", "days": 14, "message": ""} | fields
        response = client.post(url, data)
        assert response.status_code == 302, response.content.decode()[:3000]
        return link_sent_to(email)

    return invite
