"""The pages apply the same rights as the API: a stranger answers nobody's request and rates
nobody's meeting; an administrator acts for a participant; a colleague speaks for the
organisation's participant."""

from __future__ import annotations

from django.urls import reverse

from parkbridge.b2b.models import MeetingFeedback
from parkbridge.marketplace.models import OrganisationMember


def test_a_stranger_cannot_accept_or_rate_in_pages(client, b2b, event, make_user):
    programme = b2b.programme(event)
    a, b = b2b.person(programme), b2b.person(programme)
    request = b2b.request(a, b, status="requested")
    client.force_login(make_user())
    client.post(reverse("b2b:request-action", args=[request.pk, "accept"]))
    request.refresh_from_db()
    assert request.status == "requested"
    request.status = "accepted"
    request.save()
    url = reverse("b2b:feedback", args=[request.pk])
    assert client.get(url).status_code == 404
    assert client.post(url, {"rating": 1, "status": "no_contact"}).status_code == 404
    assert not MeetingFeedback.objects.exists()


def test_an_administrator_accepts_for_a_participant_in_pages(client, b2b, event, make_user):
    programme = b2b.programme(event)
    a, b = b2b.person(programme), b2b.person(programme)
    request = b2b.request(a, b, status="requested")
    client.force_login(make_user(is_staff=True))
    page = client.get(reverse("b2b:my-requests", args=[programme.pk]) + f"?as={b.pk}")
    assert page.status_code == 200 and a.name in page.content.decode()
    client.post(reverse("b2b:request-action", args=[request.pk, "accept"]))
    request.refresh_from_db()
    assert request.status == "accepted"


def test_a_colleague_sees_and_answers_the_organisations_requests(client, b2b, event, make_user):
    programme = b2b.programme(event)
    a = b2b.person(programme)
    b = b2b.person(programme, organisation=True)
    colleague = make_user()
    OrganisationMember.objects.create(user=colleague, organisation=b.organisation)
    request = b2b.request(a, b, status="requested")
    client.force_login(colleague)
    page = client.get(reverse("b2b:my-requests", args=[programme.pk])).content.decode()
    assert a.name in page
    client.post(
        reverse("b2b:request-action", args=[request.pk, "decline"]), {"reason": "Fully booked"}
    )
    request.refresh_from_db()
    assert (request.status, request.answer) == ("declined", "Fully booked")


def test_the_history_names_the_person_and_the_page(client, b2b, event):
    from parkbridge.accounts.models import ChangeRecord
    from parkbridge.b2b.models import MeetingRequest

    programme = b2b.programme(event)
    a, b = b2b.person(programme), b2b.person(programme)
    client.force_login(a.user)
    client.post(reverse("b2b:request-meeting", args=[programme.pk, b.pk]), {"weight": 2})
    created = MeetingRequest.objects.get(requester=a, recipient=b)
    client.force_login(b.user)
    client.post(reverse("b2b:request-action", args=[created.pk, "accept"]))
    records = ChangeRecord.objects.filter(
        content_type__model="meetingrequest", object_id=str(created.pk)
    ).order_by("pk")
    assert [(r.action, r.user_id, r.via) for r in records] == [
        ("create", a.user_id, "page"),
        ("update", b.user_id, "page"),
    ]
