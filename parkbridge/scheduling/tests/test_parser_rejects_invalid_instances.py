"""Every kind of invalid instance is refused with an error naming the offending entry."""

from __future__ import annotations

import contextlib
import copy
import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parkbridge.scheduling import InstanceError, load_instance, parse_instance
from parkbridge.scheduling.tests.factories import tiny_dict

Mutation = Callable[[dict[str, Any]], None]


def _set(path: list[Any], value: Any) -> Mutation:
    def apply(d: dict[str, Any]) -> None:
        target = d
        for key in path[:-1]:
            target = target[key]
        target[path[-1]] = value

    return apply


CASES: list[tuple[str, Mutation, str]] = [
    ("unknown participant", _set(["requests", 0, "b"], "p99"), "unknown participant 'p99'"),
    ("self meeting", _set(["requests", 0, "b"], "p1"), "cannot meet themself"),
    (
        "slot out of range",
        _set(["participants", 2, "available"], [0, 1, 6]),
        "slot 6 is out of range",
    ),
    ("negative slot", _set(["participants", 2, "available"], [-1, 0]), "out of range"),
    ("negative cap", _set(["participants", 0, "max_meetings"], -1), "negative max_meetings"),
    (
        "duplicate participant",
        _set(["participants", 1, "id"], "p1"),
        "'p1': duplicate participant id",
    ),
    ("duplicate slot id", _set(["slots", 2, "id"], 1), "slot #2"),
    (
        "duplicate request pair",
        _set(["requests", 1], {"a": "p2", "b": "p1", "weight": 1}),
        "duplicate of request #0",
    ),
    ("weight out of range", _set(["requests", 0, "weight"], 4), "'weight' = 4"),
    ("boolean weight", _set(["requests", 0, "weight"], True), "must be an integer"),
    ("negative tables", _set(["tables"], -3), "'tables' = -3"),
    (
        "unsorted availability",
        _set(["participants", 0, "available"], [2, 1]),
        "increase without repeats",
    ),
    ("missing name", lambda d: d.pop("name"), "missing field 'name'"),
    ("participants not a list", _set(["participants"], {}), "must be an array"),
    ("request not an object", _set(["requests", 0], "p1-p2"), "request #0"),
    ("empty participant id", _set(["participants", 0, "id"], ""), "participant #0"),
    (
        "booth not boolean",
        _set(["participants", 0, "booth"], "yes"),
        "'booth' must be true or false",
    ),
    ("session resumes", _set(["slots", 5, "session"], "day1-am"), "resumes"),
    ("bad start time", _set(["slots", 0, "start"], "10am"), "not YYYY-MM-DDTHH:MM"),
]


@pytest.mark.parametrize(("case", "mutate", "message"), CASES, ids=[c[0] for c in CASES])
def test_invalid_instance_is_rejected_with_a_message_naming_the_entry(
    case: str, mutate: Mutation, message: str
) -> None:
    data = copy.deepcopy(tiny_dict())
    mutate(data)
    with pytest.raises(InstanceError, match=message.replace("(", r"\(")):
        parse_instance(data)


def test_the_worked_example_is_accepted_and_extra_fields_are_ignored() -> None:
    data = tiny_dict()
    data["organiser"] = "someone"
    data["participants"][0]["country"] = "CN"
    data["participants"][0]["shoe_size"] = 44
    instance = parse_instance(data)
    assert len(instance.participants) == 5 and instance.tables == 1


def test_malformed_json_file_is_reported_with_its_position(tmp_path: Path) -> None:
    path = tmp_path / "broken.json"
    path.write_text('{"name": "x", "slots": [', encoding="utf-8")
    with pytest.raises(InstanceError, match="malformed JSON at line 1"):
        load_instance(path)


def test_missing_file_is_an_instance_error(tmp_path: Path) -> None:
    with pytest.raises(InstanceError, match="cannot read"):
        load_instance(tmp_path / "nope.json")


def test_deeply_nested_json_is_refused_cleanly(tmp_path: Path) -> None:
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    with pytest.raises(InstanceError):
        load_instance(path)


@given(
    st.recursive(
        st.none() | st.booleans() | st.integers() | st.text(max_size=5),
        lambda c: st.lists(c, max_size=3) | st.dictionaries(st.text(max_size=8), c, max_size=4),
        max_leaves=20,
    )
)
def test_arbitrary_json_values_either_parse_or_raise_instance_error(value: Any) -> None:
    with contextlib.suppress(InstanceError):
        parse_instance(json.loads(json.dumps(value)))
