"""Saved searches and search parameters come from users: any JSON either parses or is refused
with a `QueryError` naming a field, never another exception."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parkbridge.marketplace.queries import (
    PROFILE_QUERY_KEYS,
    QueryError,
    profile_query,
    project_query,
    validate_saved,
)

json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner, max_size=4)
    ),
    max_leaves=12,
)
profile_like = st.dictionaries(st.sampled_from(PROFILE_QUERY_KEYS), json_values, max_size=6)
project_like = st.dictionaries(
    st.sampled_from(["name", "plot_area_ha", "countries", "weights", "currency", "horizon_years",
                     "rail_siding", "sectors", "exchange_rates"]),
    json_values,
    max_size=6,
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(profile_like | json_values)
def test_a_profile_query_parses_or_names_the_bad_field(data):
    try:
        query = profile_query(data)
    except QueryError as error:
        assert error.field and error.message
    else:
        assert query.q or query.sectors or query.hs_codes


@settings(max_examples=300, deadline=None)
@given(project_like | json_values)
def test_a_project_parses_or_names_the_bad_field(data):
    try:
        project_query(data)
    except QueryError as error:
        assert error.field and error.message


@given(st.text(max_size=20), json_values)
def test_a_saved_search_of_unknown_kind_is_refused(kind, query):
    if kind in ("site_selection", "profiles"):
        return
    try:
        validate_saved(kind, query)
    except QueryError as error:
        assert error.field == "kind"
    else:
        raise AssertionError("an unknown kind was accepted")
