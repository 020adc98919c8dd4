"""The server-side grid clustering behind the map: every site is drawn exactly once at every
zoom, clusters sit in their cell and expand deeper, and hostile views are refused."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parkbridge.web.mapgrid import (
    CLUSTER_MAX_ZOOM,
    MAX_ITEMS,
    BBox,
    GridError,
    PointSet,
    cluster,
)

coordinates = st.tuples(st.floats(-85, 85, allow_nan=False), st.floats(-180, 180, allow_nan=False))


def _points(coords: list[tuple[float, float]]) -> PointSet:
    return PointSet.from_rows((i + 1, lat, lon, i % 10) for i, (lat, lon) in enumerate(coords))


def _within(coords: list[tuple[float, float]], box: BBox) -> int:
    return sum(
        1 for lat, lon in coords if box.west <= lon <= box.east and box.south <= lat <= box.north
    )


@settings(max_examples=60, deadline=None)
@given(st.lists(coordinates, max_size=300), st.integers(0, 18))
def test_every_site_is_in_exactly_one_marker_at_every_zoom(coords, zoom):
    points = _points(coords)
    if zoom <= 5:
        view = cluster(points, zoom)
        assert sum(c[2] for c in view.clusters) + len(view.points) == len(coords)
    else:  # deeper zooms are asked for an area around a site, not the world
        lat, lon = coords[0] if coords else (0.0, 0.0)
        asked = BBox(max(-180, lon - 0.001), max(-90, lat - 0.001), min(180, lon + 0.001),
                     min(90, lat + 0.001))  # fmt: skip
        view = cluster(points, zoom, asked)
        drawn = sum(c[2] for c in view.clusters) + len(view.points)
        # Everything asked for is drawn, and nothing outside the whole cells that cover it.
        assert _within(coords, asked) <= drawn <= _within(coords, view.bbox)
    assert len({p[0] for p in view.points}) == len(view.points)
    for _lat, _lon, count, expands in view.clusters:
        assert count >= 2
        assert zoom < expands <= 18


@settings(max_examples=40, deadline=None)
@given(st.lists(coordinates, min_size=1, max_size=200), st.integers(0, 5))
def test_the_world_at_one_zoom_is_the_sum_of_its_two_halves(coords, zoom):
    points = _points(coords)
    world = cluster(points, zoom)
    west = cluster(points, zoom, BBox(-180, -85, -0.0001, 85))
    east = cluster(points, zoom, BBox(0.0001, -85, 180, 85))
    total = sum(c[2] for c in world.clusters) + len(world.points)
    halves = sum(sum(c[2] for c in v.clusters) + len(v.points) for v in (west, east))
    # The halves are widened to whole cells, so a cell on the meridian may be in both.
    assert total <= halves


def test_a_cluster_marker_sits_at_its_members_mean_position():
    view = cluster(_points([(10.0, 10.0), (10.2, 10.2)]), 0)
    [(lat, lon, count, _)] = view.clusters
    assert count == 2
    assert 10.0 < lat < 10.2 and 10.0 < lon < 10.2


def test_a_cluster_expands_at_the_zoom_where_its_sites_separate():
    points = _points([(50.0, 30.0), (50.0, 30.05)])
    [(_, _, _, expands)] = cluster(points, 2).clusters
    area = BBox(29.9, 49.9, 30.1, 50.1)
    deeper = cluster(points, expands, area)
    assert len(deeper.points) == 2 and deeper.clusters == []
    shallower = cluster(points, expands - 1, area)
    assert len(shallower.clusters) == 1


def test_sites_at_the_same_place_stay_a_cluster_until_the_deepest_zooms():
    coords = [(55.75, 37.62)] * 30
    area = BBox(37.61, 55.74, 37.63, 55.76)
    view = cluster(_points(coords), CLUSTER_MAX_ZOOM, area)
    assert view.clusters[0][2] == 30
    deepest = cluster(_points(coords), CLUSTER_MAX_ZOOM + 1, area)
    assert len(deepest.points) == 30


def test_sites_without_coordinates_are_left_out_and_an_empty_set_draws_nothing():
    points = PointSet.from_rows([(1, None, 10.0, 0), (2, 10.0, None, 0), (3, 1.0, 1.0, 0)])
    assert len(points) == 1
    empty = PointSet.from_rows([])
    assert empty.bounds() is None
    assert cluster(empty, 3).clusters == [] and cluster(empty, 3).points == []


def test_the_poles_and_the_antimeridian_are_inside_the_world():
    view = cluster(_points([(90.0, 180.0), (-90.0, -180.0), (0.0, 180.0)]), 0)
    assert sum(c[2] for c in view.clusters) + len(view.points) == 3


def test_no_answer_has_more_markers_than_the_limit():
    rng = np.random.default_rng(3)
    n = MAX_ITEMS * 2
    lat, lon = rng.uniform(-0.005, 0.005, n), rng.uniform(-0.005, 0.005, n)
    points = PointSet(np.arange(n), lat, lon, np.zeros(n))
    view = cluster(points, 17, BBox(-0.01, -0.01, 0.01, 0.01))
    assert view.truncated
    assert len(view.points) + len(view.clusters) <= MAX_ITEMS


@pytest.mark.parametrize(
    "text",
    ["", "1,2,3", "1,2,3,4,5", "a,b,c,d", "10,0,5,1", "0,10,1,5", "0,0,200,1", "inf,0,1,1"],
)
def test_a_malformed_bbox_is_refused_with_a_reason(text):
    with pytest.raises(GridError, match="bbox"):
        BBox.parse(text)


def test_a_zoom_out_of_range_or_a_view_too_large_is_refused():
    points = _points([(1.0, 1.0)])
    with pytest.raises(GridError, match="zoom"):
        cluster(points, 19)
    with pytest.raises(GridError, match="pixels"):
        cluster(points, 12, BBox(-180, -80, 180, 80))
