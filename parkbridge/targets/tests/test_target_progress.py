from datetime import date

import pytest

from parkbridge.targets.models import Target


@pytest.fixture
def technopark_target(db):
    return Target.objects.create(
        title="At least 100 industrial technoparks by 2030",
        measure="industrial technoparks",
        value=100,
        deadline=date(2030, 12, 31),
        scope="RU",
        site_filter={"kind": ["technopark"], "country": "RU"},
    )


def test_progress_counts_the_matching_sites_in_the_registry(technopark_target, make_site):
    for _ in range(3):
        make_site(kind="technopark", country="RU")
    make_site(kind="technopark", country="BY")
    make_site(kind="sez", country="RU")
    assert technopark_target.current_value() == 3
    assert technopark_target.progress() == pytest.approx(0.03)


def test_a_new_site_moves_the_progress(technopark_target, make_site):
    before = technopark_target.progress()
    make_site(kind="technopark", country="RU")
    assert technopark_target.progress() > before


def test_the_trajectory_runs_from_the_baseline_to_the_deadline(technopark_target, make_site):
    technopark_target.baseline_year = 2020
    make_site(kind="technopark", country="RU", established=2020)
    make_site(kind="technopark", country="RU", established=2022)
    points = technopark_target.trajectory(today=date(2024, 6, 1))
    assert [p.year for p in points] == list(range(2020, 2031))
    assert points[0].actual == 1 and points[2].actual == 2
    assert points[-1].required == 100
    assert points[-1].actual is None
    assert all(a.required <= b.required for a, b in zip(points, points[1:], strict=False))


def test_the_api_reports_progress_and_refuses_an_unknown_filter_field(
    api, writer_api, technopark_target, make_site
):
    make_site(kind="technopark", country="RU")
    (target,) = api.get("/api/targets").json()["items"]
    assert target["current_value"] == 1
    response = writer_api.post(
        "/api/targets",
        {
            "title": "Bad",
            "measure": "x",
            "value": 1,
            "deadline": "2030-01-01",
            "site_filter": {"colour": "red"},
        },
    )
    assert response.status_code == 422
    assert "colour" in str(response.json())


def test_an_indicator_is_a_sourced_time_series(writer_api, api, db):
    from parkbridge.core.models import Source

    source = Source.objects.create(key="a", title="Article")
    indicator = writer_api.post(
        "/api/indicators", {"measure": "technology parks", "scope": "RU"}
    ).json()
    for day, value in [("2023-01-01", 250), ("2024-09-06", 300)]:
        response = writer_api.post(
            "/api/indicator-values",
            {"indicator": indicator["id"], "date": day, "value": value, "source": source.pk},
        )
        assert response.status_code == 201, response.content
    values = api.get("/api/indicator-values", {"indicator": indicator["id"]}).json()["items"]
    assert [v["value"] for v in values] == [250, 300]
