from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_chosen_sites_are_compared_side_by_side(registry, project, api):
    answer = api.post(
        "/api/site-selection/compare?site_ids=steppe-park&site_ids=great-park", project
    )
    assert answer.status_code == 200, answer.content
    body = answer.json()
    assert body["site_ids"] == ["steppe-park", "great-park"]
    assert body["columns"] == ["Steppe Park", "Great Park"]
    rows = {row["criterion"]: row for row in body["rows"]}
    assert rows["Rank"] == {"criterion": "Rank", "steppe-park": "2", "great-park": "1"}
    assert rows["Free area"]["great-park"] == "120 ha"
    assert rows["Rail siding"]["steppe-park"] == "unknown"


def test_an_ineligible_site_can_be_compared_and_shows_why(registry, project, api):
    body = api.post("/api/site-selection/compare?site_ids=tiny-park", project).json()
    rows = {row["criterion"]: row for row in body["rows"]}
    assert rows["Eligible"]["tiny-park"] == "no"
    assert "2 ha < 10 ha" in rows["Violations"]["tiny-park"]


def test_unknown_or_too_many_sites_are_422(registry, project, api):
    unknown = api.post("/api/site-selection/compare?site_ids=nowhere", project)
    assert unknown.status_code == 422 and "nowhere" in str(unknown.json()["detail"])
    many = "&".join(f"site_ids=s{i}" for i in range(20))
    assert api.post(f"/api/site-selection/compare?{many}", project).status_code == 422
    assert api.post("/api/site-selection/compare", project).status_code == 422
