from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


@pytest.fixture
def interest(make_member, make_profile, make_site):
    owner = make_member(country="BY")
    seeker = make_member(country="CN")
    site = make_site()
    profile = make_profile(owner.organisation, kind="site", title="Plot of 5 ha", site=site)
    created = seeker.api.post("/api/marketplace/interests", {"to_profile": profile.pk}).json()
    return owner, seeker, created, site


def test_an_accepted_interest_starts_a_planned_agreement_between_both_organisations(interest):
    from parkbridge.agreements.models import Agreement

    owner, seeker, created, site = interest
    owner.api.post(f"/api/marketplace/interests/{created['id']}/accept", {})
    answer = seeker.api.post(
        f"/api/marketplace/interests/{created['id']}/agreement", {"kind": "investment"}
    )
    assert answer.status_code == 201, answer.content
    body = answer.json()
    agreement = Agreement.objects.get(pk=body["id"])
    assert agreement.status == "planned" and agreement.kind == "investment"
    assert set(agreement.parties.values_list("pk", flat=True)) == {
        owner.organisation.pk,
        seeker.organisation.pk,
    }
    assert agreement.site_id == site.pk and agreement.confidential
    again = owner.api.post(f"/api/marketplace/interests/{created['id']}/agreement", {})
    assert again.status_code == 200 and again.json()["id"] == body["id"]
    assert Agreement.objects.count() == 1


def test_a_pending_interest_cannot_start_an_agreement(interest):
    _, seeker, created, _ = interest
    answer = seeker.api.post(f"/api/marketplace/interests/{created['id']}/agreement", {})
    assert answer.status_code == 409


def test_a_stranger_cannot_start_the_agreement(interest, stranger):
    owner, _, created, _ = interest
    owner.api.post(f"/api/marketplace/interests/{created['id']}/accept", {})
    answer = stranger.post(f"/api/marketplace/interests/{created['id']}/agreement", {})
    assert answer.status_code == 403


def test_an_unknown_agreement_kind_is_422(interest):
    owner, _, created, _ = interest
    owner.api.post(f"/api/marketplace/interests/{created['id']}/accept", {})
    answer = owner.api.post(
        f"/api/marketplace/interests/{created['id']}/agreement", {"kind": "handshake"}
    )
    assert answer.status_code == 422 and "kind" in answer.json()["detail"]
