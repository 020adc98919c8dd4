"""A target's chart tells the truth: the required line starts in the year the target was set,
and records without a founding year are "year unknown", not new in the current year."""

from datetime import date

import pytest

from parkbridge.targets.models import Target


@pytest.fixture
def target(db):
    return Target.objects.create(
        title="At least 100 industrial technoparks by 2030",
        measure="industrial technoparks",
        value=100,
        deadline=date(2030, 12, 31),
        baseline_year=2024,
        scope="RU",
        site_filter={"kind": ["technopark"], "country": "RU"},
    )


def test_the_required_line_runs_from_the_base_year_not_the_oldest_record(target, make_site):
    make_site(kind="technopark", country="RU", established=2006)
    make_site(kind="technopark", country="RU", established=2023)
    points = target.trajectory(today=date(2026, 3, 1))
    assert points[0].year == 2024 and points[-1].year == 2030
    assert points[0].required == 2  # both existed when the target was set
    assert points[-1].required == 100


def test_undated_records_are_not_counted_as_new_in_the_current_year(target, make_site):
    make_site(kind="technopark", country="RU", established=2020)
    for _ in range(10):
        make_site(kind="technopark", country="RU", established=None)
    points = {p.year: p.actual for p in target.trajectory(today=date(2026, 3, 1))}
    assert points[2025] == points[2026] == 1
    assert target.undated_count() == 10
    assert target.current_value() == 11  # still counted in the total


def test_the_page_says_how_many_records_lack_the_year(target, make_site, client):
    make_site(kind="technopark", country="RU", established=2020)
    make_site(kind="technopark", country="RU", established=None)
    page = client.get(f"/targets/{target.pk}/").content.decode()
    assert 'id="undated-note"' in page and "year unknown" in page
    assert "Set in" in page and "2024" in page
