from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def accepted(make_member, make_profile):
    owner = make_member(country="BY")
    seeker = make_member(country="CN")
    profile = make_profile(owner.organisation, kind="technology", title="Laser cladding")
    interest = seeker.api.post("/api/marketplace/interests", {"to_profile": profile.pk}).json()
    owner.api.post(f"/api/marketplace/interests/{interest['id']}/accept", {})
    return owner, seeker, interest


@pytest.fixture
def forum(accepted):
    from parkbridge.b2b.models import B2BParticipant, B2BProgramme
    from parkbridge.events.models import Event

    owner, seeker, _ = accepted
    event = Event.objects.create(name_en="Industrial Forum")
    programme = B2BProgramme.objects.create(event=event)
    for member in (owner, seeker):
        B2BParticipant.objects.create(
            programme=programme, organisation=member.organisation, user=member.user
        )
    return event


def test_an_accepted_pair_requests_a_meeting_at_an_event(accepted, forum):
    _, seeker, interest = accepted
    answer = seeker.api.post(
        f"/api/marketplace/interests/{interest['id']}/meeting",
        {"event": forum.pk, "message": "At the forum?"},
    )
    assert answer.status_code == 201, answer.content
    from parkbridge.b2b.models import MeetingRequest

    meeting = MeetingRequest.objects.get(pk=answer.json()["id"])
    assert meeting.requester.user == seeker.user and meeting.status == "requested"


def test_an_event_without_the_pair_registered_is_422(accepted, make_member):
    from parkbridge.b2b.models import B2BProgramme
    from parkbridge.events.models import Event

    _, seeker, interest = accepted
    event = Event.objects.create(name_en="Empty Forum")
    B2BProgramme.objects.create(event=event)
    answer = seeker.api.post(
        f"/api/marketplace/interests/{interest['id']}/meeting", {"event": event.pk}
    )
    assert answer.status_code == 422


def test_a_stranger_cannot_request_the_meeting(accepted, forum, stranger):
    _, _, interest = accepted
    answer = stranger.post(
        f"/api/marketplace/interests/{interest['id']}/meeting", {"event": forum.pk}
    )
    assert answer.status_code == 403
