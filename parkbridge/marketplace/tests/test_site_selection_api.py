from __future__ import annotations

import pytest

pytestmark = pytest.mark.django_db


def test_sites_are_ranked_with_scores_breakdown_incentives_and_reasons(registry, project, api):
    answer = api.post("/api/site-selection", project)
    assert answer.status_code == 200, answer.content
    body = answer.json()
    assert body["sites_total"] == 4 and body["sites_eligible"] == 2
    ranked = [r["site_id"] for r in body["results"]]
    assert ranked == ["great-park", "steppe-park"]
    best = body["results"][0]
    assert best["site"] == registry["best"].pk and best["rank"] == 1 and best["eligible"]
    assert set(best["breakdown"]) == {
        "area",
        "utilities",
        "transport",
        "sector",
        "cost",
        "incentives",
    }
    assert best["incentive_value"] > 0 and best["score"] > body["results"][1]["score"]
    assert any("120 ha" in reason for reason in best["reasons"])


def test_ineligible_sites_come_last_with_their_violations(registry, project, api):
    body = api.post("/api/site-selection?eligible_only=false&top=10", project).json()
    by_id = {r["site_id"]: r for r in body["results"]}
    assert [r["eligible"] for r in body["results"]] == [True, True, False, False]
    assert any("2 ha < 10 ha" in v for v in by_id["tiny-park"]["violations"])
    assert any("country CN" in v for v in by_id["far-park"]["violations"])


@pytest.mark.parametrize(
    ("change", "field"),
    [
        ({"colour": "red"}, "colour"),
        ({"plot_area_ha": -5}, "plot_area_ha"),
        ({"countries": ["ZZ"]}, "countries"),
        ({"weights": {"beauty": 1}}, "weights.beauty"),
        ({"horizon_years": 1.5}, "horizon_years"),
    ],
)
def test_a_bad_project_is_422_naming_the_field(registry, project, api, change, field):
    answer = api.post("/api/site-selection", project | change)
    assert answer.status_code == 422
    assert list(answer.json()["detail"]) == [field]


def test_a_body_that_is_not_a_project_object_is_422(api):
    assert api.post("/api/site-selection", ["not", "an", "object"]).status_code == 422
    answer = api.client.post("/api/site-selection", "{broken", content_type="application/json")
    assert answer.status_code in (400, 422)


def test_confidential_sites_are_ranked_for_administrators_only(registry, project, api, staff_api):
    registry["good"].confidential = True
    registry["good"].save()
    public = [r["site_id"] for r in api.post("/api/site-selection", project).json()["results"]]
    staff = [r["site_id"] for r in staff_api.post("/api/site-selection", project).json()["results"]]
    assert public == ["great-park"] and staff == ["great-park", "steppe-park"]


def test_a_new_site_is_ranked_on_the_next_request(registry, project, api, make_site):
    api.post("/api/site-selection", project)
    make_site(slug="new-park", country="KZ", area_free_ha=50, power_mw=10)
    ranked = [r["site_id"] for r in api.post("/api/site-selection", project).json()["results"]]
    assert "new-park" in ranked
