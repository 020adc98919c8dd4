import pytest

from parkbridge.press.tests.conftest import ARTICLE_EN


@pytest.fixture
def proposal(make_proposal):
    return make_proposal("person", {"name": "Ivan Petrov", "role": "director"})


def test_writes_without_a_token_are_401(api, proposal):
    assert api.post("/api/press/articles", {"text": ARTICLE_EN}).status_code == 401
    assert api.post(f"/api/press/proposals/{proposal.pk}/accept", {}).status_code == 401
    assert api.post(f"/api/press/proposals/{proposal.pk}/reject", {}).status_code == 401


def test_a_token_holder_who_is_not_a_reviewer_gets_403_and_the_proposal_stays_open(
    writer_api, proposal
):
    assert writer_api.post(f"/api/press/proposals/{proposal.pk}/accept", {}).status_code == 403
    assert writer_api.post(f"/api/press/proposals/{proposal.pk}/reject", {}).status_code == 403
    proposal.refresh_from_db()
    assert proposal.status == "pending"


def test_a_member_of_the_reviewer_group_may_accept(reviewer_api, proposal):
    response = reviewer_api.post(f"/api/press/proposals/{proposal.pk}/accept", {})
    assert response.status_code == 200
    assert response.json()["status"] == "accepted"
    assert response.json()["result"]["type"] == "organisations.person"


def test_staff_may_reject(staff_api, proposal):
    response = staff_api.post(f"/api/press/proposals/{proposal.pk}/reject", {"note": "duplicate"})
    assert response.status_code == 200
    assert response.json()["note"] == "duplicate"


def test_a_decided_proposal_cannot_be_decided_again(staff_api, proposal):
    staff_api.post(f"/api/press/proposals/{proposal.pk}/reject", {})
    assert staff_api.post(f"/api/press/proposals/{proposal.pk}/accept", {}).status_code == 409


def test_the_reviewer_group_is_created_by_its_migration(db):
    # The migration's own step, not the table as earlier tests on this worker left it (a
    # transactional test's flush empties it).
    from importlib import import_module

    from django.apps import apps
    from django.contrib.auth.models import Group

    step = import_module("parkbridge.press.migrations.0002_reviewer_group")
    Group.objects.filter(name=step.GROUP).delete()
    step.create_group(apps, None)
    assert Group.objects.filter(name="reviewer").exists()
