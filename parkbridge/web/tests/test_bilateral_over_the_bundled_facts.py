"""The bilateral view shows real content out of the box: the bundled facts of the press corpus
give Russia–China, Belarus–China, Kazakhstan–China and Russia–Egypt agreements, events and joint
sites."""

from __future__ import annotations

import csv
import io

import pytest

from parkbridge.agreements.bilateral import bilateral

pytestmark = pytest.mark.usefixtures("bundled_registry")


def test_russia_and_china_have_agreements_events_and_joint_sites(db):
    view = bilateral("RU", "CN", None)
    assert view.agreements and view.events and view.joint_sites
    assert all({"RU", "CN"} <= set(a.countries) for a in view.agreements)
    names = " ".join(j.site.name_en for j in view.joint_sites)
    assert "Russian-Chinese" in names or "China-Russia" in names


def test_belarus_and_china_have_agreements_events_and_the_great_stone_park(db):
    view = bilateral("BY", "CN", None)
    assert view.agreements and view.events
    assert "by-ip-great-stone" in [j.site.slug for j in view.joint_sites]


@pytest.mark.parametrize("pair", [("KZ", "CN"), ("RU", "EG")])
def test_other_pairs_of_the_platform_have_content(db, pair):
    view = bilateral(*pair, None)
    assert not view.is_empty()


def test_an_undated_record_is_not_counted_in_any_year(db):
    view = bilateral("RU", "CN", None)
    years, undated = view.per_year()
    dated = sum(sum(counts.values()) for counts in years.values())
    assert dated + sum(undated.values()) == sum(view.counts().values())
    assert undated["events"] == sum(1 for e in view.events if e.start is None)


def test_the_page_lists_them_with_a_chart_a_map_and_a_download(client, db):
    page = client.get("/bilateral/", {"a": "BY", "b": "CN"}).content.decode()
    assert "Great Stone" in page and "activity-figure" in page and "bilateral-markers" in page
    download = client.get("/bilateral/", {"a": "BY", "b": "CN", "format": "csv"})
    rows = list(csv.DictReader(io.StringIO(download.content.decode("utf-8-sig"))))
    kinds = {row["kind"] for row in rows}
    assert {"agreement", "event", "joint site"} <= kinds
