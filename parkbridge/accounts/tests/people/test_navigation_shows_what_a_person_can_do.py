"""The menu shows what a person may use: press review for reviewers and staff, the admin for
staff; the header leads the signed-in to "My ParkBridge"."""

from __future__ import annotations

import pytest


def _menu(html: str) -> str:
    return html.split('<ul class="nav">')[1].split("</ul>")[0]


@pytest.mark.parametrize(
    ("who", "press", "admin", "my"),
    [
        ("anonymous", False, False, False),
        ("no role", False, False, True),
        ("reviewer", True, False, True),
        ("staff", True, True, True),
        ("event organiser", False, False, True),
    ],
)
def test_the_menu_lists_only_usable_sections(who, press, admin, my, make_user, signed_in, client):
    from parkbridge.accounts.roles_admin import grant_role

    if who == "anonymous":
        browser = client
    else:
        user = make_user(is_staff=who == "staff")
        if who in ("reviewer", "event organiser"):
            grant_role(user, who)
        browser = signed_in(user)
    menu = _menu(browser.get("/").content.decode())
    assert ('href="/press/"' in menu) is press
    assert ('href="/admin/"' in menu) is admin
    header = browser.get("/").content.decode().split("</header>")[0]
    assert ('href="/my/"' in header) is my


def test_organisers_see_invite_on_their_event_and_others_do_not(make_event, make_user, signed_in):
    event = make_event(b2b=True)
    organiser, visitor = make_user(), make_user()
    event.b2b.organisers.add(organiser)
    link = f'href="/events/{event.pk}/invitations/"'
    assert link in signed_in(organiser).get(f"/events/{event.pk}/").content.decode()
    assert link not in signed_in(visitor).get(f"/events/{event.pk}/").content.decode()


def test_the_b2b_console_section_is_for_organisers(make_event, make_user):
    from parkbridge.accounts.navigation import sections_for

    organiser, visitor = make_user(), make_user()
    make_event(b2b=True).b2b.organisers.add(organiser)
    assert "b2b_console" in sections_for(organiser)
    assert "b2b_console" not in sections_for(visitor)


def test_my_page_links_the_b2b_console_for_its_organisers_only(make_event, make_user, signed_in):
    from parkbridge.b2b.models import B2BParticipant

    event = make_event(b2b=True)
    organiser, participant = make_user(), make_user()
    event.b2b.organisers.add(organiser)
    B2BParticipant.objects.create(programme=event.b2b, user=participant)
    console = f'href="/b2b/programmes/{event.b2b.pk}/console/"'
    assert console in signed_in(organiser).get("/my/").content.decode()
    assert console not in signed_in(participant).get("/my/").content.decode()
