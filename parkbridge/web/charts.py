"""Chart figures built on the server with Plotly's Python package; the page draws them with the
plotly.js that the same package ships. Each function takes plain numbers and returns the
figure as a JSON-ready dict, so views stay free of plotting code."""

from __future__ import annotations

import json
from collections.abc import Mapping, Sequence
from typing import Any

from django.utils.translation import gettext

PALETTE = ("#0b57a4", "#1a6b32", "#c2410c", "#6f42c1", "#a4161a", "#0f766e", "#4a5560")


def _layout(title: str, x_title: str, y_title: str, **extra: Any) -> dict[str, Any]:
    return {
        "title": {"text": title, "font": {"size": 16}},
        "xaxis": {"title": {"text": x_title}, "dtick": 1, "tickformat": "d"},
        "yaxis": {"title": {"text": y_title}, "rangemode": "tozero"},
        "margin": {"l": 60, "r": 20, "t": 50, "b": 50},
        "legend": {"orientation": "h", "y": -0.2},
        "font": {"family": "DejaVu Sans, Noto Sans CJK SC, sans-serif", "color": "#1b1f24"},
        "paper_bgcolor": "#ffffff",
        "plot_bgcolor": "#ffffff",
        **extra,
    }


def _as_dict(figure: Any) -> dict[str, Any]:
    # to_json applies Plotly's own encoder (numpy, dates); parse back so json_script can embed it.
    return json.loads(figure.to_json())


def trajectory_figure(
    title: str,
    years: Sequence[int],
    actual: Sequence[float | None],
    required: Sequence[float],
    target_value: float,
) -> dict[str, Any]:
    """Progress so far against the straight line to the target."""
    import plotly.graph_objects as go

    figure = go.Figure()
    figure.add_trace(
        go.Scatter(
            x=list(years),
            y=list(required),
            name=gettext("Required trajectory"),
            mode="lines",
            line={"color": PALETTE[4], "dash": "dash"},
        )
    )
    figure.add_trace(
        go.Scatter(
            x=list(years),
            y=list(actual),
            name=gettext("Actual"),
            mode="lines+markers",
            line={"color": PALETTE[0], "width": 3},
        )
    )
    figure.add_hline(
        y=target_value,
        line={"color": PALETTE[1], "width": 1},
        annotation_text=gettext("Target"),
    )
    figure.update_layout(_layout(title, gettext("Year"), gettext("Count")))
    return _as_dict(figure)


def series_figure(title: str, dates: Sequence[str], values: Sequence[float], unit: str) -> dict:
    """An indicator's sourced values over time."""
    import plotly.graph_objects as go

    figure = go.Figure(
        go.Scatter(x=list(dates), y=list(values), mode="lines+markers", line={"color": PALETTE[0]})
    )
    layout = _layout(title, gettext("Date"), unit)
    layout["xaxis"] = {"title": {"text": gettext("Date")}}
    figure.update_layout(layout)
    return _as_dict(figure)


def stacked_years_figure(
    title: str, counts: Mapping[str, Mapping[int, int]], y_title: str
) -> dict[str, Any]:
    """Counts per year, one stacked bar series per group (e.g. per agreement status)."""
    import plotly.graph_objects as go

    years = sorted({year for series in counts.values() for year in series})
    figure = go.Figure()
    for i, (name, series) in enumerate(counts.items()):
        figure.add_trace(
            go.Bar(
                x=years,
                y=[series.get(year, 0) for year in years],
                name=name,
                marker={"color": PALETTE[i % len(PALETTE)]},
            )
        )
    figure.update_layout(_layout(title, gettext("Year"), y_title, barmode="stack"))
    return _as_dict(figure)


def bar_figure(title: str, labels: Sequence[str], values: Sequence[float], y_title: str) -> dict:
    import plotly.graph_objects as go

    figure = go.Figure(go.Bar(x=list(labels), y=list(values), marker={"color": PALETTE[0]}))
    layout = _layout(title, "", y_title)
    layout["xaxis"] = {"title": {"text": ""}}
    figure.update_layout(layout)
    return _as_dict(figure)
