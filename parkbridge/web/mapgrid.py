"""Server-side clustering of map points on a Web Mercator grid, for 100,000 sites and more.

The browser never receives every point: for a zoom level it gets one marker per occupied grid
cell (a cluster with its count, or the site itself when it is alone in its cell). The cells are
``CELL_PX`` screen pixels wide at the asked zoom and are anchored to the world's origin, so a cell
at zoom z+1 is exactly one quarter of a cell at zoom z: a cluster splits when its members' extent
crosses a cell border of a deeper zoom, which gives each cluster the zoom at which it expands.

No Django here: the view hands a ``PointSet`` built from database rows and turns the result into
JSON. numpy keeps one clustering of 100,000 points in a few milliseconds.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass

import numpy as np

TILE_PX = 256  # Leaflet's world is 256 * 2**zoom pixels wide
CELL_PX = 60  # about the size of a cluster icon with some space around it
MAX_ZOOM = 18  # the map's deepest zoom
CLUSTER_MAX_ZOOM = 16  # deeper than this every site is drawn as itself
MAX_LAT = 85.05112878  # Web Mercator's edge
MAX_VIEW_PX = 8192  # a view asked for may be at most this many pixels either way
MAX_ITEMS = 5000  # markers in one answer at most (only co-located sites can reach it)


class GridError(ValueError):
    """A zoom or bounding box that cannot be drawn; the message says why."""


@dataclass(frozen=True)
class BBox:
    """West, south, east, north in degrees; west < east (views across the antimeridian are
    clamped by the map to the -180..180 world)."""

    west: float
    south: float
    east: float
    north: float

    @classmethod
    def parse(cls, text: str) -> BBox:
        parts = text.split(",")
        if len(parts) != 4:
            raise GridError("bbox must be four numbers: west,south,east,north")
        try:
            west, south, east, north = (float(p) for p in parts)
        except ValueError:
            raise GridError("bbox must be four numbers: west,south,east,north") from None
        if not all(math.isfinite(v) for v in (west, south, east, north)):
            raise GridError("bbox must be finite numbers")
        if not (-180 <= west < east <= 180 and -90 <= south < north <= 90):
            raise GridError("bbox must have -180 <= west < east <= 180, -90 <= south < north <= 90")
        return cls(west, south, east, north)


@dataclass(frozen=True)
class GridView:
    """The markers of one zoom level: clusters ``(lat, lon, count, expansion zoom)`` and single
    sites ``(id, lat, lon, kind index)``; ``bbox`` is the area they cover (whole cells)."""

    zoom: int
    clusters: list[tuple[float, float, int, int]]
    points: list[tuple[int, float, float, int]]
    bbox: BBox
    truncated: bool = False


def mercator_x(lon: np.ndarray | float) -> np.ndarray | float:
    return (np.asarray(lon, dtype=np.float64) + 180.0) / 360.0


def mercator_y(lat: np.ndarray | float) -> np.ndarray | float:
    """0 at the north edge, 1 at the south edge, like Leaflet's pixel coordinates."""
    phi = np.radians(np.clip(np.asarray(lat, dtype=np.float64), -MAX_LAT, MAX_LAT))
    return 0.5 - np.log(np.tan(np.pi / 4 + phi / 2)) / (2 * np.pi)


def _lon_of(x: np.ndarray) -> np.ndarray:
    return x * 360.0 - 180.0


def _lat_of(y: np.ndarray) -> np.ndarray:
    return np.degrees(2 * np.arctan(np.exp((0.5 - y) * 2 * np.pi)) - np.pi / 2)


def cell_size(zoom: int) -> float:
    """A cell's width in world units (the world is 1 wide) at this zoom."""
    return CELL_PX / (TILE_PX * 2.0**zoom)


class PointSet:
    """Sites with coordinates as columns: id, lat, lon, kind index, status index (for the
    marker's colour and shape), and their Mercator x/y."""

    def __init__(
        self,
        ids: np.ndarray,
        lat: np.ndarray,
        lon: np.ndarray,
        kind: np.ndarray,
        status: np.ndarray | None = None,
    ):
        if status is None:
            status = np.zeros(len(ids))
        if not (len(ids) == len(lat) == len(lon) == len(kind) == len(status)):
            raise ValueError("the columns of a PointSet must have the same length")
        self.ids = np.asarray(ids, dtype=np.int64)
        self.lat = np.clip(np.asarray(lat, dtype=np.float64), -90.0, 90.0)
        self.lon = np.clip(np.asarray(lon, dtype=np.float64), -180.0, 180.0)
        self.kind = np.asarray(kind, dtype=np.int16)
        self.status = np.asarray(status, dtype=np.int16)
        self.x = np.asarray(mercator_x(self.lon))
        # Just inside 1.0, so the east edge (lon 180) stays in the world's last cell.
        np.minimum(self.x, np.nextafter(1.0, 0.0), out=self.x)
        # Clipped into the world too: at the poles the projection gives values a hair outside.
        self.y = np.clip(np.asarray(mercator_y(self.lat)), 0.0, np.nextafter(1.0, 0.0))

    @classmethod
    def from_rows(cls, rows: Iterable[tuple[int, ...]]) -> PointSet:
        """From ``(id, lat, lon, kind index[, status index])`` rows; rows with a missing
        coordinate are left out (the map has nowhere to put them)."""
        kept = [
            (*r[:4], r[4] if len(r) > 4 else 0)
            for r in rows
            if r[1] is not None and r[2] is not None
        ]
        if not kept:
            empty = np.zeros(0)
            return cls(empty, empty, empty, empty, empty)
        ids, lat, lon, kind, status = zip(*kept, strict=True)
        return cls(np.array(ids), np.array(lat), np.array(lon), np.array(kind), np.array(status))

    def __len__(self) -> int:
        return len(self.ids)

    def bounds(self) -> tuple[tuple[float, float], tuple[float, float]] | None:
        """``((south, west), (north, east))`` of all points, as Leaflet's fitBounds takes it."""
        if len(self) == 0:
            return None
        return (
            (float(self.lat.min()), float(self.lon.min())),
            (float(self.lat.max()), float(self.lon.max())),
        )


def _cell_range(low: float, high: float, size: float, cells: int) -> tuple[int, int]:
    first = max(0, int(math.floor(low / size)))
    last = min(cells - 1, int(math.floor(high / size)))
    return first, last


def _expansion_zooms(
    min_x: np.ndarray, max_x: np.ndarray, min_y: np.ndarray, max_y: np.ndarray, zoom: int
) -> np.ndarray:
    """The first zoom at which each cluster's members fall into more than one cell."""
    result = np.full(len(min_x), MAX_ZOOM + 1, dtype=np.int64)
    pending = np.ones(len(min_x), dtype=bool)
    for deeper in range(zoom + 1, CLUSTER_MAX_ZOOM + 2):
        size = cell_size(deeper)
        splits = (np.floor(min_x / size) != np.floor(max_x / size)) | (
            np.floor(min_y / size) != np.floor(max_y / size)
        )
        newly = pending & splits
        result[newly] = deeper
        pending &= ~splits
        if not pending.any():
            break
    return np.minimum(result, MAX_ZOOM)


def cluster(points: PointSet, zoom: int, bbox: BBox | None = None) -> GridView:
    """The markers for ``zoom`` inside ``bbox`` (the whole world when None), widened to whole
    cells so a cluster on the edge counts all of its members."""
    if not 0 <= zoom <= MAX_ZOOM:
        raise GridError(f"zoom must be between 0 and {MAX_ZOOM}")
    size = cell_size(zoom)
    cells = int(math.ceil(1.0 / size))
    if bbox is None:
        bbox = BBox(-180.0, -MAX_LAT, 180.0, MAX_LAT)
    x0, x1 = float(mercator_x(bbox.west)), float(mercator_x(bbox.east))
    y0, y1 = float(mercator_y(bbox.north)), float(mercator_y(bbox.south))
    world_px = TILE_PX * 2.0**zoom
    if max(x1 - x0, y1 - y0) * world_px > MAX_VIEW_PX + 1:
        raise GridError(f"the bbox is larger than {MAX_VIEW_PX} pixels at zoom {zoom}")
    cx0, cx1 = _cell_range(x0, x1, size, cells)
    cy0, cy1 = _cell_range(y0, y1, size, cells)
    covered = BBox(
        float(_lon_of(np.float64(cx0 * size))),
        float(_lat_of(np.float64(min(1.0, (cy1 + 1) * size)))),
        float(_lon_of(np.float64(min(1.0, (cx1 + 1) * size)))),
        float(_lat_of(np.float64(cy0 * size))),
    )

    cx = np.floor(points.x / size).astype(np.int64)
    cy = np.floor(points.y / size).astype(np.int64)
    inside = np.flatnonzero((cx >= cx0) & (cx <= cx1) & (cy >= cy0) & (cy <= cy1))

    if zoom > CLUSTER_MAX_ZOOM:
        chosen = inside[:MAX_ITEMS]
        return GridView(
            zoom, [], _point_rows(points, chosen), covered, truncated=len(inside) > MAX_ITEMS
        )

    keys = cx[inside] * cells + cy[inside]
    order = np.argsort(keys, kind="stable")
    members = inside[order]
    keys = keys[order]
    if len(keys) == 0:
        return GridView(zoom, [], [], covered)
    starts = np.concatenate(([0], np.flatnonzero(keys[1:] != keys[:-1]) + 1))
    counts = np.diff(np.concatenate((starts, [len(keys)])))

    single = counts == 1
    point_rows = _point_rows(points, members[starts[single]])

    grouped = ~single
    group_counts = counts[grouped]
    xs, ys = points.x[members], points.y[members]
    # reduceat runs from one start to the next, so it is taken over every cell and the
    # clusters picked after. The marker sits at its members' mean position (in Mercator, so
    # it stays inside its cell).
    mean_x = np.add.reduceat(xs, starts)[grouped] / group_counts
    mean_y = np.add.reduceat(ys, starts)[grouped] / group_counts
    expands = _expansion_zooms(
        np.minimum.reduceat(xs, starts)[grouped],
        np.maximum.reduceat(xs, starts)[grouped],
        np.minimum.reduceat(ys, starts)[grouped],
        np.maximum.reduceat(ys, starts)[grouped],
        zoom,
    )
    lats = np.round(_lat_of(mean_y), 5).tolist()
    lons = np.round(_lon_of(mean_x), 5).tolist()
    cluster_rows = list(zip(lats, lons, group_counts.tolist(), expands.tolist(), strict=True))
    truncated = len(cluster_rows) + len(point_rows) > MAX_ITEMS
    if truncated:
        # Keep the biggest clusters: they carry most of the sites.
        cluster_rows.sort(key=lambda row: -row[2])
        cluster_rows = cluster_rows[:MAX_ITEMS]
        point_rows = point_rows[: MAX_ITEMS - len(cluster_rows)]
    return GridView(zoom, cluster_rows, point_rows, covered, truncated)


def _point_rows(points: PointSet, chosen: np.ndarray) -> list[tuple[int, float, float, int, int]]:
    return list(
        zip(
            points.ids[chosen].tolist(),
            np.round(points.lat[chosen], 5).tolist(),
            np.round(points.lon[chosen], 5).tolist(),
            points.kind[chosen].tolist(),
            points.status[chosen].tolist(),
            strict=True,
        )
    )
