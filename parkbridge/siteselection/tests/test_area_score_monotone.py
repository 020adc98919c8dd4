from __future__ import annotations

import numpy as np
from hypothesis import given
from hypothesis import strategies as st

from parkbridge.siteselection import Project, rank_sites
from parkbridge.siteselection.engine import area_score

from .conftest import make_site

areas = st.floats(min_value=0, max_value=1e6, allow_nan=False)
needs = st.one_of(st.none(), st.floats(min_value=0.01, max_value=1e5, allow_nan=False))


@given(a=areas, b=areas, need=needs)
def test_more_free_area_never_lowers_the_area_score(a, b, need):
    low, high = sorted((a, b))
    scores = area_score(np.array([low, high]), need)
    assert scores[0] <= scores[1] + 1e-12
    assert 0.0 <= scores[0] <= 1.0 and 0.0 <= scores[1] <= 1.0


@given(a=st.floats(min_value=10, max_value=1e4), extra=st.floats(min_value=0, max_value=1e4))
def test_more_free_area_never_lowers_a_sites_total_score(a, extra):
    project = Project(plot_area_ha=10)
    sites = [make_site("a", free_area_ha=a), make_site("b", free_area_ha=a + extra)]
    by_id = {r.site_id: r.score for r in rank_sites(sites, project)}
    assert by_id["a"] <= by_id["b"] + 1e-12
