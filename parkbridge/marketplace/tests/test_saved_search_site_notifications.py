from __future__ import annotations

import pytest
from django.test import override_settings

pytestmark = pytest.mark.django_db

IMMEDIATE = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}


@pytest.fixture
def watcher(make_member, project):
    member = make_member()
    answer = member.api.post(
        "/api/marketplace/saved-searches",
        {"name": "Plant site", "kind": "site_selection", "query": project},
    )
    assert answer.status_code == 201, answer.content
    return member


@override_settings(TASKS=IMMEDIATE)
def test_a_new_site_that_meets_the_project_notifies_the_saved_search(
    watcher, make_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site = make_site(slug="fresh-park", name_en="Fresh Park", country="KZ", area_free_ha=40)
        make_site(slug="small-park", country="KZ", area_free_ha=1)
    notes = watcher.api.get("/api/marketplace/notifications").json()["items"]
    assert [(n["kind"], n["object_id"]) for n in notes] == [("new_site", site.pk)]
    assert "Fresh Park" in notes[0]["message"]


@override_settings(TASKS=IMMEDIATE)
def test_a_site_that_grows_into_the_project_is_reported_once(
    watcher, make_site, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        site = make_site(slug="growing-park", country="BY", area_free_ha=3)
    assert watcher.api.get("/api/marketplace/notifications").json()["count"] == 0
    for area in (30, 35):
        with django_capture_on_commit_callbacks(execute=True):
            site.area_free_ha = area
            site.save()
    assert watcher.api.get("/api/marketplace/notifications").json()["count"] == 1


def test_an_invalid_saved_search_is_422_naming_the_field(make_member):
    member = make_member()
    for kind, query, field in (
        ("site_selection", {"plot_area_ha": -1}, "query.plot_area_ha"),
        ("site_selection", {"countries": ["QQ"]}, "query.countries"),
        ("profiles", {"q": "x", "colour": "red"}, "query.colour"),
        ("profiles", {}, "query.q"),
        ("alerts", {}, "kind"),
    ):
        answer = member.api.post("/api/marketplace/saved-searches", {"kind": kind, "query": query})
        assert answer.status_code == 422, (kind, query)
        assert list(answer.json()["detail"]) == [field]


def test_saved_searches_belong_to_their_user(watcher, stranger, api):
    mine = watcher.api.get("/api/marketplace/saved-searches").json()["items"]
    assert len(mine) == 1 and stranger.get("/api/marketplace/saved-searches").json()["count"] == 0
    assert api.get("/api/marketplace/saved-searches").status_code == 401
    path = f"/api/marketplace/saved-searches/{mine[0]['id']}"
    assert stranger.delete(path).status_code == 404
    assert watcher.api.delete(path).status_code == 204
