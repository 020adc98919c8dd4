"""Programme targets: progress computed from the registry and the trajectory to the deadline."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils.translation import gettext

from parkbridge.targets.models import Target, TargetFilterError
from parkbridge.web import charts
from parkbridge.web.views.common import download_or_none


@dataclass(frozen=True)
class TargetRow:
    target: Target
    current: float | None
    progress: float | None
    problem: str = ""


def target_rows(targets: Iterable[Target]) -> list[TargetRow]:
    rows = []
    for target in targets:
        try:
            rows.append(TargetRow(target, target.current_value(), target.progress()))
        except TargetFilterError as error:  # a stored filter gone bad must not break the page
            rows.append(TargetRow(target, None, None, str(error)))
    return rows


LIST_HEADER = ("title", "measure", "scope", "qualifier", "value", "deadline", "current", "progress")
TRAJECTORY_HEADER = ("year", "actual", "required")


def target_list(request: HttpRequest) -> HttpResponse:
    rows = target_rows(Target.objects.select_related("indicator", "source"))
    download = download_or_none(
        request,
        "targets",
        LIST_HEADER,
        lambda: (
            {
                "title": r.target.title,
                "measure": r.target.measure,
                "scope": r.target.scope,
                "qualifier": r.target.qualifier,
                "value": r.target.value,
                "deadline": r.target.deadline,
                "current": r.current,
                "progress": None if r.progress is None else round(r.progress, 4),
            }
            for r in rows
        ),
    )
    if download is not None:
        return download
    return render(request, "targets/list.html", {"rows": rows})


def target_detail(request: HttpRequest, pk: int) -> HttpResponse:
    target = get_object_or_404(Target.objects.select_related("indicator", "source"), pk=pk)
    try:
        points = target.trajectory()
        undated = target.undated_count()
        row = TargetRow(target, target.current_value(), target.progress())
    except TargetFilterError as error:
        points, row = [], TargetRow(target, None, None, str(error))
        undated = 0
    download = download_or_none(
        request,
        f"target-{target.pk}-trajectory",
        TRAJECTORY_HEADER,
        lambda: ({"year": p.year, "actual": p.actual, "required": p.required} for p in points),
    )
    if download is not None:
        return download
    figure = None
    if points:
        figure = charts.trajectory_figure(
            gettext("Progress towards the target"),
            [p.year for p in points],
            [p.actual for p in points],
            [p.required for p in points],
            target.value,
        )
    indicator_figure = None
    values = []
    if target.indicator_id:
        values = list(target.indicator.values.select_related("source").order_by("date"))
        if values:
            indicator_figure = charts.series_figure(
                str(target.indicator),
                [v.date.isoformat() for v in values],
                [v.value for v in values],
                target.indicator.unit,
            )
    context = {
        "row": row,
        "target": target,
        "points": points,
        "undated": undated,
        "figure": figure,
        "indicator_figure": indicator_figure,
        "values": values,
    }
    return render(request, "targets/detail.html", context)
