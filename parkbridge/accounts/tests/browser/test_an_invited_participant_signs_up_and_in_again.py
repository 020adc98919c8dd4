"""A person invited to an event opens the link, sets a password, lands on "My ParkBridge"
with the event listed, signs out and signs in again with the new password."""

from __future__ import annotations

import re
from datetime import date

import pytest
from django.urls import NoReverseMatch, reverse

LINK = re.compile(r"https?://\S+/invite/[\w-]+/")


def _url(name: str) -> str | None:
    try:
        return reverse(name)
    except NoReverseMatch:
        return None


def test_an_invited_participant_creates_the_account_and_signs_in_again(
    new_page, live_server, make_user
):
    from parkbridge.accounts.models import OutgoingMail
    from parkbridge.b2b.models import B2BProgramme
    from parkbridge.events.models import Event

    event = Event.objects.create(name_en="Harbin Trade Fair", kind="expo", start=date(2027, 6, 15))
    programme = B2BProgramme.objects.create(event=event, title="Harbin B2B")
    organiser = make_user(username="organiser", email="org@example.org")
    programme.organisers.add(organiser)

    page = new_page(organiser)
    page.goto(f"{live_server.url}/events/{event.pk}/")
    page.get_by_role("link", name="Invite participants").first.click()
    page.get_by_label("E-mail address").fill("mei@example.org")
    page.get_by_role("button", name="Send the invitation").click()
    page.get_by_text("Invitation sent to mei@example.org").wait_for()
    assert "mei@example.org" in page.locator("#pending-invitations").inner_text()

    mail = OutgoingMail.objects.get(to="mei@example.org")
    link = LINK.search(mail.body_text).group(0)
    link = live_server.url + link[link.index("/invite/") :]

    guest = new_page()
    guest.goto(link)
    assert "mei@example.org" in guest.content()
    guest.get_by_label("Username").fill("mei")
    guest.get_by_label(re.compile(r"^Password:?$")).fill("silk-road-harbour-27")
    guest.get_by_label("Password again").fill("silk-road-harbour-27")
    guest.get_by_role("button", name="Create the account and accept").click()
    guest.wait_for_url(f"{live_server.url}/my/")
    events = guest.locator("#events")
    assert "Harbin Trade Fair" in events.inner_text()
    assert events.get_by_role("link", name="My agenda").count() == 1

    # The link worked once.
    again = new_page()
    again.goto(link)
    assert "already been used" in again.content()

    login, logout = _url("account_login"), _url("account_logout")
    if login is None or logout is None:
        pytest.skip("sign-in and sign-out pages (django-allauth) are not installed yet")
    guest.goto(live_server.url + logout)
    guest.locator("main form button[type=submit], main form input[type=submit]").first.click()
    guest.goto(f"{live_server.url}/my/")
    guest.wait_for_url(re.compile(re.escape(login)))
    guest.locator("input[name=login]").fill("mei")
    guest.locator("input[name=password]").fill("silk-road-harbour-27")
    guest.locator("main form button[type=submit]").first.click()
    guest.wait_for_url(f"{live_server.url}/my/")
    assert "Harbin Trade Fair" in guest.locator("#events").inner_text()
