from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def pending(make_member, make_profile):
    """A seeker's interest in an owner's profile, still unanswered."""
    owner = make_member(country="BY")
    seeker = make_member(country="CN")
    profile = make_profile(owner.organisation, kind="technology", title="Laser cladding")
    answer = seeker.api.post(
        "/api/marketplace/interests", {"to_profile": profile.pk, "message": "Can we talk?"}
    )
    assert answer.status_code == 201, answer.content
    return owner, seeker, answer.json()


def test_the_profile_owner_accepts_an_interest(pending):
    owner, seeker, interest = pending
    assert interest["status"] == "pending"
    assert interest["from_organisation"] == seeker.organisation.pk
    answer = owner.api.post(f"/api/marketplace/interests/{interest['id']}/accept", {})
    assert answer.status_code == 200 and answer.json()["status"] == "accepted"


def test_the_profile_owner_declines_an_interest_once(pending):
    owner, _, interest = pending
    assert (
        owner.api.post(f"/api/marketplace/interests/{interest['id']}/decline", {}).json()["status"]
        == "declined"
    )
    again = owner.api.post(f"/api/marketplace/interests/{interest['id']}/accept", {})
    assert again.status_code == 409


def test_a_stranger_cannot_accept_or_decline(pending, stranger, make_member):
    _, seeker, interest = pending
    for client in (stranger, seeker.api, make_member().api):
        for action in ("accept", "decline"):
            answer = client.post(f"/api/marketplace/interests/{interest['id']}/{action}", {})
            assert answer.status_code == 403, (action, answer.content)


def test_answering_without_a_token_is_401(pending, api):
    _, _, interest = pending
    assert api.post(f"/api/marketplace/interests/{interest['id']}/accept", {}).status_code == 401


def test_only_the_two_sides_see_an_interest(pending, stranger):
    owner, seeker, interest = pending
    path = f"/api/marketplace/interests/{interest['id']}"
    assert owner.api.get(path).status_code == 200
    assert seeker.api.get(path).status_code == 200
    assert stranger.get(path).status_code == 404
    assert stranger.get("/api/marketplace/interests").json()["count"] == 0
    received = owner.api.get("/api/marketplace/interests", {"box": "received"}).json()
    assert [i["id"] for i in received["items"]] == [interest["id"]]


def test_interest_in_ones_own_profile_or_twice_is_refused(pending, make_profile):
    owner, seeker, interest = pending
    own = make_profile(owner.organisation, title="Another")
    answer = owner.api.post("/api/marketplace/interests", {"to_profile": own.pk})
    assert answer.status_code == 422
    twice = seeker.api.post("/api/marketplace/interests", {"to_profile": interest["to_profile"]})
    assert twice.status_code == 409


def test_a_stranger_cannot_express_interest_for_an_organisation(
    pending, stranger, make_profile, make_organisation
):
    owner, seeker, _ = pending
    profile = make_profile(owner.organisation, title="Third")
    answer = stranger.post(
        "/api/marketplace/interests",
        {"to_profile": profile.pk, "from_organisation": seeker.organisation.pk},
    )
    assert answer.status_code == 403


def test_both_sides_are_notified(pending):
    owner, seeker, interest = pending
    received = owner.api.get("/api/marketplace/notifications").json()["items"]
    assert [n["kind"] for n in received] == ["interest_received"]
    owner.api.post(f"/api/marketplace/interests/{interest['id']}/accept", {})
    answered = seeker.api.get("/api/marketplace/notifications").json()["items"]
    assert [n["kind"] for n in answered] == ["interest_answered"]
    assert "accepted" in answered[0]["message"]
