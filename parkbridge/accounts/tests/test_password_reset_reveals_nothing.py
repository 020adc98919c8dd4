"""Asking for a password reset says the same whether or not the address has an account, and
mails only an address that has one."""

from __future__ import annotations

import pytest

from parkbridge.accounts.models import OutgoingMail

pytestmark = pytest.mark.django_db


def _ask(client, email: str):
    return client.post("/accounts/password/reset/", {"email": email}, follow=True)


def _visible_text(response) -> str:
    import re

    html = response.content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    main = re.sub(r'name="csrfmiddlewaretoken" value="[^"]+"', "", main)
    return re.sub(r"\s+", " ", main)


def test_a_known_and_an_unknown_address_get_the_same_page(client, member):
    known = _ask(client, "ada@example.org")
    unknown = _ask(client, "nobody@example.org")
    assert known.status_code == unknown.status_code == 200
    assert known.redirect_chain == unknown.redirect_chain
    assert _visible_text(known) == _visible_text(unknown)


def test_only_the_known_address_is_mailed_and_nothing_is_sent_in_the_request(
    client, member, mailoutbox
):
    _ask(client, "nobody@example.org")
    assert not OutgoingMail.objects.exists()
    _ask(client, "ada@example.org")
    mail = OutgoingMail.objects.get()
    assert mail.to == "ada@example.org" and "/accounts/password/reset/key/" in mail.body_text
    assert mailoutbox == []  # queued for the worker, not sent while answering
