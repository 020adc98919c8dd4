"""The orjson renderer writes the same JSON values as ninja's standard-library renderer
(datetimes to the millisecond with "Z", decimals as strings, integer keys as strings)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta, timezone

from hypothesis import given
from hypothesis import strategies as st
from ninja.renderers import JSONRenderer

from parkbridge.core.json_renderer import OrjsonRenderer

_leaves = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**63), max_value=2**63 - 1),
    st.floats(allow_nan=False, allow_infinity=False),
    st.text(),
    st.decimals(allow_nan=False, allow_infinity=False, places=3),
    st.dates(),
    st.datetimes(timezones=st.sampled_from([UTC, timezone(timedelta(hours=3))])),
    st.uuids(),
)
_values = st.recursive(
    _leaves,
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.one_of(st.text(max_size=8), st.integers(0, 99)), children, max_size=4)
    ),
    max_leaves=20,
)


def _both(data) -> tuple:
    standard = JSONRenderer().render(None, data, response_status=200)
    fast = OrjsonRenderer().render(None, data, response_status=200)
    return json.loads(standard), json.loads(fast)


@given(_values)
def test_any_value_reads_back_the_same(data) -> None:
    standard, fast = _both(data)
    assert fast == standard


def test_a_datetime_keeps_djangos_form() -> None:
    moment = datetime(2026, 11, 24, 23, 54, 47, 123456, tzinfo=UTC)
    assert _both({"at": moment})[1] == {"at": "2026-11-24T23:54:47.123Z"}


def test_non_latin_text_is_written_as_utf8() -> None:
    body = OrjsonRenderer().render(None, {"name": "Великий камень 中白"}, response_status=200)
    assert "Великий камень 中白".encode() in body
