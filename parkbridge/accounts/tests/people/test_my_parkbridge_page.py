""" "My ParkBridge" shows each section to the people it is for, with their own things only."""

from __future__ import annotations

import pytest

LANGUAGES = ("en", "ru", "zh-hans")


@pytest.fixture
def two_people(make_organisation, make_user, member_of, make_event):
    """Two people with an organisation, a profile, interests, an event with B2B requests,
    saved searches and notifications each."""
    from parkbridge.accounts.models import Notification
    from parkbridge.b2b.models import B2BParticipant, MeetingRequest
    from parkbridge.marketplace.models import Interest, Profile, SavedSearch

    event = make_event(b2b=True, name_en="Shared Forum")
    people = {}
    for name in ("alice", "bob"):
        user = make_user(username=name)
        org = make_organisation(name_en=f"{name.title()} Industries")
        member_of(user, org)
        profile = Profile.objects.create(
            organisation=org, direction="offer", kind="equipment", title=f"{name} lathe"
        )
        search = SavedSearch.objects.create(user=user, name=f"{name} search", kind="profiles")
        Notification.objects.create(
            user=user,
            kind="new_profile",
            url=f"/marketplace/profiles/{profile.pk}/",
            message=f"note for {name}",
        )
        b2b = B2BParticipant.objects.create(
            programme=event.b2b, user=user, organisation=org, display_name=f"{name} booth"
        )
        people[name] = {"user": user, "org": org, "profile": profile, "search": search, "b2b": b2b}
    Interest.objects.create(
        from_organisation=people["alice"]["org"], to_profile=people["bob"]["profile"]
    )
    MeetingRequest.objects.create(
        programme=event.b2b, requester=people["alice"]["b2b"], recipient=people["bob"]["b2b"]
    )
    private = make_event(b2b=True, name_en="Bob Private Summit")
    B2BParticipant.objects.create(programme=private.b2b, user=people["bob"]["user"])
    return people


def test_each_person_sees_their_own_things_and_nothing_of_the_other(two_people, signed_in):
    alice = two_people["alice"]
    html = signed_in(alice["user"]).get("/my/").content.decode()
    for text in (
        "Alice Industries",
        "alice lathe",
        "alice search",
        "note for alice",
        "Shared Forum",
        "bob booth",  # the recipient of her meeting request
        f"/b2b/agenda/{alice['b2b'].agenda_key}/",
        "bob lathe",  # the profile she expressed interest in
    ):
        assert text in html, text
    for text in (
        "Bob Industries</a> ·",
        "bob search",
        "note for bob",
        "Bob Private Summit",
        two_people["bob"]["b2b"].agenda_key,
    ):
        assert text not in html, text


def test_interests_and_meeting_requests_appear_on_both_sides(two_people, signed_in):
    html = signed_in(two_people["bob"]["user"]).get("/my/").content.decode()
    assert "Interests received" in html and "Alice Industries" in html
    assert "Meeting requests received" in html and "alice booth" in html


def test_a_newcomer_gets_hints_and_no_sections_they_cannot_use(make_user, signed_in):
    html = signed_in(make_user()).get("/my/").content.decode()
    assert "/my/join/" in html
    assert "join yours first" in html
    assert 'id="review"' not in html
    assert "/invitations/" not in html
    assert "/admin/" not in html


def test_reviewers_see_the_review_queue_with_its_count(make_user, signed_in):
    from parkbridge.accounts.roles_admin import grant_role

    reviewer = make_user()
    grant_role(reviewer, "reviewer")
    html = signed_in(reviewer).get("/my/").content.decode()
    assert 'id="review"' in html and "0 proposals wait for review" in html


def test_organisation_admins_see_requests_waiting_for_them(
    make_organisation, make_user, member_of, signed_in
):
    company = make_organisation()
    admin = make_user()
    member_of(admin, company, "admin")
    signed_in(make_user()).post(f"/organisations/{company.pk}/join/")
    html = signed_in(admin).get("/my/").content.decode()
    assert "1 request to join waits for your decision" in html


def test_notifications_are_marked_read_one_by_one_or_all(two_people, signed_in):
    from parkbridge.accounts.models import Notification

    alice = two_people["alice"]["user"]
    note = Notification.objects.get(user=alice)
    bob_note = Notification.objects.get(user=two_people["bob"]["user"])
    client = signed_in(alice)
    client.post("/my/notifications/read/", {"notification": bob_note.pk})
    bob_note.refresh_from_db()
    assert not bob_note.read  # another person's notification is left alone
    client.post("/my/notifications/read/", {"notification": note.pk})
    note.refresh_from_db()
    assert note.read


@pytest.mark.parametrize("language", LANGUAGES)
def test_the_page_is_translated(two_people, signed_in, language):
    expected = {"en": "My ParkBridge", "ru": "Мой ParkBridge", "zh-hans": "我的 ParkBridge"}
    response = signed_in(two_people["alice"]["user"], language).get("/my/")
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{language}">' in html and expected[language] in html


def test_events_of_my_organisation_are_my_events(
    make_organisation, make_user, member_of, make_event, signed_in
):
    from parkbridge.events.models import Participant

    company = make_organisation()
    member = make_user()
    member_of(member, company)
    attended, organised = make_event(name_en="Attended Expo"), make_event(name_en="Own Forum")
    make_event(name_en="Unrelated Summit")
    Participant.objects.create(event=attended, organisation=company)
    organised.organisers.add(company)
    html = signed_in(member).get("/my/").content.decode()
    assert "Attended Expo" in html and "Own Forum" in html
    assert "Unrelated Summit" not in html


def test_a_person_finds_their_own_press_watches_and_where_to_manage_them(
    make_user, make_site, signed_in
):
    from parkbridge.press.models import Watch

    mine, theirs = make_user(), make_user()
    Watch.objects.create(user=mine, kind="keyword", keyword="graphite electrodes")
    Watch.objects.create(user=theirs, kind="keyword", keyword="cold rolled steel")
    html = signed_in(mine).get("/my/").content.decode()
    assert "graphite electrodes" in html and "cold rolled steel" not in html
    assert 'href="/press/watches/"' in html
