"""A person adds a new e-mail address; it is confirmed by a link mailed (through the outbox)
to that address, and only then can it become their primary address."""

from __future__ import annotations

import re

import pytest

from parkbridge.accounts.models import OutgoingMail

pytestmark = pytest.mark.django_db


def test_a_new_address_is_confirmed_by_its_link_then_made_primary(client, member):
    from allauth.account.models import EmailAddress

    client.force_login(member)
    response = client.post("/accounts/email/", {"action_add": "", "email": "ada@new.example"})
    assert response.status_code == 302
    address = EmailAddress.objects.get(user=member, email="ada@new.example")
    assert not address.verified

    mail = OutgoingMail.objects.get(to="ada@new.example")
    link = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", mail.body_text).group(1)
    client.post(link)
    address.refresh_from_db()
    assert address.verified

    client.post("/accounts/email/", {"action_primary": "", "email": "ada@new.example"})
    member.refresh_from_db()
    assert member.email == "ada@new.example"


def test_an_address_another_account_has_never_becomes_this_ones(client, member, make_user):
    """Without saying that the address is taken (that would reveal it has an account)."""
    from allauth.account.models import EmailAddress

    bob = make_user(username="bob", email="bob@example.org")
    client.force_login(member)
    client.post("/accounts/email/", {"action_add": "", "email": "bob@example.org"})
    client.post("/accounts/email/", {"action_primary": "", "email": "bob@example.org"})
    member.refresh_from_db()
    assert member.email == "ada@example.org"
    assert not EmailAddress.objects.filter(user=member, email="bob@example.org", verified=True)
    assert EmailAddress.objects.get(email="bob@example.org", verified=True).user == bob
    # Even following a confirmation link sent there does not take it from bob.
    for mail in OutgoingMail.objects.filter(to="bob@example.org"):
        found = re.search(r"https?://[^/\s]+(/accounts/confirm-email/\S+)", mail.body_text)
        if found:
            client.post(found.group(1))
    assert not EmailAddress.objects.filter(user=member, email="bob@example.org", verified=True)
    assert EmailAddress.objects.get(email="bob@example.org", verified=True).user == bob
