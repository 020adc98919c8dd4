from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db

SWEEPERS = {"q": "подметально-уборочная машина", "direction": "offer", "kind": "equipment"}


@pytest.fixture
def watcher(make_member):
    member = make_member(country="KZ")
    answer = member.api.post(
        "/api/marketplace/saved-searches",
        {"name": "Sweepers", "kind": "profiles", "query": SWEEPERS},
    )
    assert answer.status_code == 201, answer.content
    return member


def _publish(member, **fields):
    body = {"organisation": member.organisation.pk, "direction": "offer", "kind": "equipment"}
    answer = member.api.post("/api/marketplace/profiles", body | fields)
    assert answer.status_code == 201, answer.content
    return answer.json()


def test_a_new_matching_profile_notifies_the_saved_search(watcher, make_member):
    seller = make_member(country="CN")
    offer = _publish(seller, title="二手道路清扫车出售")
    notes = watcher.api.get("/api/marketplace/notifications").json()["items"]
    assert len(notes) == 1
    note = notes[0]
    assert note["kind"] == "new_profile" and note["object_type"] == "marketplace.profile"
    assert note["object_id"] == offer["id"] and note["read"] is False
    assert "Sweepers" in note["message"]


def test_a_profile_that_does_not_match_notifies_nobody(watcher, make_member):
    seller = make_member()
    _publish(seller, title="Injection moulding machine")
    _publish(seller, title="Road sweeper wanted", direction="seek")  # wrong direction
    assert watcher.api.get("/api/marketplace/notifications").json()["count"] == 0


def test_editing_a_matching_profile_does_not_notify_twice(watcher, make_member):
    seller = make_member()
    offer = _publish(seller, title="Road sweeper for sale")
    seller.api.patch(f"/api/marketplace/profiles/{offer['id']}", {"quantity": 3})
    assert watcher.api.get("/api/marketplace/notifications").json()["count"] == 1


def test_a_searchers_own_organisation_is_not_reported_to_them(watcher):
    _publish(watcher, title="Road sweeper for sale")
    assert watcher.api.get("/api/marketplace/notifications").json()["count"] == 0


def test_a_notification_is_marked_read_by_its_owner_only(watcher, make_member, stranger):
    _publish(make_member(), title="Road sweeper for sale")
    note = watcher.api.get("/api/marketplace/notifications").json()["items"][0]
    assert stranger.post(f"/api/marketplace/notifications/{note['id']}/read", {}).status_code == 404
    read = watcher.api.post(f"/api/marketplace/notifications/{note['id']}/read", {})
    assert read.status_code == 200 and read.json()["read"] is True
    unread = watcher.api.get("/api/marketplace/notifications", {"unread": "true"}).json()
    assert unread["count"] == 0
