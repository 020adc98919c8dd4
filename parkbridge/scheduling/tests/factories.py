"""Instances for the tests: the worked example of the format, and random small instances."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from parkbridge.scheduling import Instance, parse_instance


def tiny_dict() -> dict[str, Any]:
    """The worked example of the format specification (section 6): optimum W = 9, G = 0."""
    day = "2024-08-18T"
    starts = ["10:00", "10:30", "11:00", "14:00", "14:30", "15:00"]
    return {
        "name": "tiny",
        "slots": [
            {"id": i, "session": "day1-am" if i < 3 else "day1-pm", "start": day + t}
            for i, t in enumerate(starts)
        ],
        "tables": 1,
        "participants": [
            {"id": "p1", "available": [0, 1, 2, 3, 4, 5], "max_meetings": 3, "booth": False},
            {"id": "p2", "available": [0, 1, 2, 3, 4, 5], "max_meetings": 2, "booth": True},
            {"id": "p3", "available": [0, 1, 2], "max_meetings": 2, "booth": False},
            {"id": "p4", "available": [1, 2, 3, 4, 5], "max_meetings": 4, "booth": False},
            {"id": "p5", "available": [0, 3, 4, 5], "max_meetings": 2, "booth": True},
        ],
        "requests": [
            {"a": "p1", "b": "p2", "weight": 3},
            {"a": "p1", "b": "p3", "weight": 2},
            {"a": "p3", "b": "p4", "weight": 1},
            {"a": "p5", "b": "p2", "weight": 2},
            {"a": "p1", "b": "p4", "weight": 1},
            {"a": "p4", "b": "p2", "weight": 2},
        ],
    }


def tiny() -> Instance:
    return parse_instance(tiny_dict())


@st.composite
def small_instances(draw: st.DrawFn, max_people: int = 9, max_slots: int = 6) -> Instance:
    """Random valid instances small enough for CP-SAT to prove optimality in milliseconds."""
    n_slots = draw(st.integers(1, max_slots))
    # Cut the slots into sessions of consecutive ids.
    cuts = draw(st.sets(st.integers(1, max(1, n_slots - 1)), max_size=2)) if n_slots > 1 else set()
    session = 0
    slots = []
    for s in range(n_slots):
        if s in cuts:
            session += 1
        slots.append({"id": s, "session": f"s{session}", "start": f"2024-08-18T{8 + s:02d}:00"})
    n = draw(st.integers(2, max_people))
    people = []
    for i in range(n):
        avail = sorted(draw(st.sets(st.integers(0, n_slots - 1))))
        people.append(
            {
                "id": f"p{i}",
                "available": avail,
                "max_meetings": draw(st.integers(0, 4)),
                "booth": draw(st.booleans()) if draw(st.integers(0, 3)) == 0 else False,
            }
        )
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    chosen = draw(st.lists(st.sampled_from(pairs), unique=True, max_size=min(len(pairs), 18)))
    requests = []
    for i, j in chosen:
        a, b = (i, j) if draw(st.booleans()) else (j, i)
        requests.append({"a": f"p{a}", "b": f"p{b}", "weight": draw(st.integers(1, 3))})
    data = {
        "name": "random",
        "slots": slots,
        "tables": draw(st.integers(0, 3)),
        "participants": people,
        "requests": requests,
    }
    return parse_instance(data)
