"""Targets show progress computed from the registry and a trajectory chart."""

from __future__ import annotations

import json
import re


def test_target_list_shows_progress_against_the_goal(registry, client_in):
    html = client_in().get("/targets/").content.decode()
    assert "100 industrial parks by 2030" in html
    assert 'aria-valuenow="1"' in html  # one industrial park of a hundred


def test_target_detail_embeds_a_plotly_figure_of_the_trajectory(registry, client_in):
    html = client_in().get(f"/targets/{registry.target.pk}/").content.decode()
    match = re.search(
        r'<script id="trajectory-figure" type="application/json">(.*?)</script>', html
    )
    figure = json.loads(match.group(1))
    names = [trace["name"] for trace in figure["data"]]
    assert names == ["Required trajectory", "Actual"]
    assert figure["data"][0]["x"][-1] == 2030
    assert "plotly/plotly.min.js" in html
