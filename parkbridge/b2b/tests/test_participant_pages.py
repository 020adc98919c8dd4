"""A participant's whole journey in pages: sign-in required, register (only for an
organisation one belongs to), event profile, catalogue with filters and recommendations,
request, answer with a reason, cancel, and "my agenda" in the event's time zone."""

from __future__ import annotations

import pytest
from django.urls import reverse

from parkbridge.b2b.models import B2BParticipant, MeetingRequest
from parkbridge.marketplace.models import OrganisationMember


@pytest.fixture
def programme(b2b, event, organiser):
    event.time_zone = "Europe/Minsk"
    event.save()
    return b2b.programme(event, organiser=organiser)


def test_participant_pages_send_anonymous_visitors_to_sign_in(client, programme):
    for name in ("programme", "register", "profile", "catalogue", "my-requests", "my-agenda"):
        response = client.get(reverse(f"b2b:{name}", args=[programme.pk]))
        assert response.status_code == 302
        assert "next=" in response["Location"]


def test_a_member_registers_for_their_organisation_and_not_for_another(
    client, programme, make_user, make_organisation
):
    user = make_user()
    mine, other = make_organisation(country="CN"), make_organisation()
    OrganisationMember.objects.create(user=user, organisation=mine)
    client.force_login(user)
    url = reverse("b2b:register", args=[programme.pk])
    refused = client.post(url, {"organisation": other.pk})
    assert refused.status_code == 200  # the form says the choice is not valid
    assert not B2BParticipant.objects.filter(user=user).exists()
    response = client.post(url, {"organisation": mine.pk})
    assert response.status_code == 302
    person = B2BParticipant.objects.get(user=user)
    assert (person.organisation, person.country, person.approved) == (mine, "CN", True)


def test_without_self_registration_the_page_points_to_invitations(client, programme, make_user):
    programme.self_registration = False
    programme.save()
    client.force_login(make_user())
    response = client.post(reverse("b2b:register", args=[programme.pk]), {"display_name": "X"})
    assert response.status_code == 302
    assert not B2BParticipant.objects.filter(programme=programme).exists()


def test_the_profile_saves_languages_availability_and_online(client, b2b, programme):
    me = b2b.person(programme)
    client.force_login(me.user)
    slots = list(programme.ordered_slots())
    page = client.get(reverse("b2b:profile", args=[programme.pk]))
    assert "Europe/Minsk" in page.content.decode()
    assert "13:00" in page.content.decode()  # 10:00 UTC, shown in Minsk time
    response = client.post(
        reverse("b2b:profile", args=[programme.pk]),
        {"offer": "CNC machining of car parts", "seek": "distributors", "languages": "ru, EN",
         "online": "on", "available": [str(s.pk) for s in slots[1:]]},
    )  # fmt: skip
    assert response.status_code == 302
    me.refresh_from_db()
    assert (me.languages, me.online, me.offer) == (["en", "ru"], True, "CNC machining of car parts")
    assert list(me.unavailable_slots.all()) == [slots[0]]
    bad = client.post(reverse("b2b:profile", args=[programme.pk]), {"languages": "english"})
    assert bad.status_code == 200 and "language code" in bad.content.decode()


def test_the_catalogue_filters_and_recommends_with_reasons(client, b2b, programme):
    me = b2b.person(programme, country="RU")
    me.seek = "supplier of machined automotive parts"
    me.save()
    maker = b2b.person(programme, "Harbin Parts", country="CN")
    maker.offer, maker.languages = "CNC machining of automotive parts", ["zh", "en"]
    maker.save()
    dairy = b2b.person(programme, "Minsk Dairy", country="BY")
    dairy.offer = "milk powder"
    dairy.save()
    hidden = b2b.person(programme, "Not Approved Yet", country="CN")
    hidden.approved = False
    hidden.save()
    client.force_login(me.user)
    url = reverse("b2b:catalogue", args=[programme.pk])
    page = client.get(url).content.decode()
    assert "Recommended for you" in page
    recommended = page.split("Recommended for you")[1].split("</section>")[0]
    assert "Harbin Parts" in recommended and "Minsk Dairy" not in recommended
    assert "shared words" in recommended
    assert "Not Approved Yet" not in page
    filtered = client.get(url, {"country": "BY"}).content.decode().split("<tbody>")[1]
    assert "Minsk Dairy" in filtered and "Harbin Parts" not in filtered
    by_language = client.get(url, {"language": "zh"}).content.decode().split("<tbody>")[1]
    assert "Harbin Parts" in by_language and "Minsk Dairy" not in by_language


def test_request_accept_decline_and_cancel_in_pages(client, b2b, programme):
    me, other, third = b2b.person(programme), b2b.person(programme), b2b.person(programme)
    client.force_login(me.user)
    url = reverse("b2b:request-meeting", args=[programme.pk, other.pk])
    assert client.post(url, {"message": "Let us talk", "weight": 3}).status_code == 302
    request = MeetingRequest.objects.get(requester=me, recipient=other)
    assert (request.message, request.weight, request.status) == ("Let us talk", 3, "requested")
    from parkbridge.accounts.models import Notification

    assert Notification.objects.filter(user=other.user, kind="meeting_request_received").exists()
    # The requester cannot accept their own request.
    client.post(reverse("b2b:request-action", args=[request.pk, "accept"]))
    request.refresh_from_db()
    assert request.status == "requested"
    client.force_login(other.user)
    page = client.get(reverse("b2b:my-requests", args=[programme.pk])).content.decode()
    assert "Let us talk" in page
    client.post(reverse("b2b:request-action", args=[request.pk, "accept"]))
    request.refresh_from_db()
    assert request.status == "accepted"
    second = b2b.request(third, other, status="requested")
    client.post(
        reverse("b2b:request-action", args=[second.pk, "decline"]), {"reason": "Not our field"}
    )
    second.refresh_from_db()
    assert (second.status, second.answer) == ("declined", "Not our field")
    client.force_login(me.user)
    client.post(reverse("b2b:request-action", args=[request.pk, "cancel"]))
    request.refresh_from_db()
    assert request.status == "cancelled"


def test_my_agenda_shows_local_time_with_the_zone_and_the_contact(
    client, b2b, programme, organiser_api, run_now
):
    me, other = b2b.person(programme), b2b.person(programme)
    other.contact_email = "sales@harbin.example"
    other.save()
    b2b.request(me, other)
    run = run_now(organiser_api, programme.pk, time_limit=2)
    organiser_api.post(f"/api/b2b/runs/{run['id']}/publish", {})
    client.force_login(me.user)
    page = client.get(reverse("b2b:my-agenda", args=[programme.pk])).content.decode()
    table = page.split('id="my-agenda"')[1]
    assert "Europe/Minsk" in table and "sales@harbin.example" in table
    assert "13:" in table or "14:" in table or "17:" in table  # Minsk wall clock, not UTC
    assert "10:00" not in table.split("</tbody>")[0]


def test_each_person_is_notified_in_their_own_language(client, b2b, programme):
    from parkbridge.accounts.models import Notification, Profile

    me, other = b2b.person(programme, "Harbin Parts"), b2b.person(programme)
    Profile.objects.update_or_create(user=other.user, defaults={"language": "ru"})
    client.force_login(me.user)
    client.post(reverse("b2b:request-meeting", args=[programme.pk, other.pk]), {"weight": 2})
    note = Notification.objects.get(user=other.user, kind="meeting_request_received")
    assert note.message.startswith("Harbin Parts просит о B2B-встрече")
    request = MeetingRequest.objects.get(requester=me)
    client.force_login(other.user)
    client.post(reverse("b2b:request-action", args=[request.pk, "decline"]), {"reason": "Busy"})
    answer = Notification.objects.get(user=me.user, kind="meeting_request_answered")
    assert answer.message == f"{other.name} declined the B2B meeting at {programme.event}. Busy"
