"""When every slot's tables are taken, a meeting that needs another to change slot can still be
placed: the moved table meeting's table is given back by moving a third meeting the other way."""

from __future__ import annotations

from parkbridge.scheduling import Instance, parse_instance, validate_schedule
from parkbridge.scheduling.model import Schedule
from parkbridge.scheduling.moves import try_insert
from parkbridge.scheduling.problem import build_problem
from parkbridge.scheduling.solver import to_meetings
from parkbridge.scheduling.state import Assignment


def _one_table_two_slots() -> Instance:
    """H (booth) meets X, who is only there in slot 0; A-B, C-D need the single table."""
    both = [0, 1]
    people = [
        {"id": "H", "available": both, "max_meetings": 2, "booth": True},
        {"id": "X", "available": [0], "max_meetings": 1},
        {"id": "A", "available": both, "max_meetings": 2},
        {"id": "B", "available": both, "max_meetings": 1},
        {"id": "C", "available": both, "max_meetings": 1},
        {"id": "D", "available": both, "max_meetings": 1},
    ]
    requests = [
        {"a": "H", "b": "X", "weight": 1},
        {"a": "A", "b": "B", "weight": 1},
        {"a": "C", "b": "D", "weight": 1},
        {"a": "H", "b": "A", "weight": 1},
    ]
    slots = [{"id": s, "session": "day", "start": f"2024-08-18T{9 + s:02d}:00"} for s in both]
    return parse_instance(
        {
            "name": "one-table",
            "slots": slots,
            "tables": 1,
            "participants": people,
            "requests": requests,
        }
    )


def test_a_chain_blocked_only_by_the_tables_is_completed_by_an_exchange() -> None:
    instance = _one_table_two_slots()
    problem = build_problem(instance)
    hx, ab, cd, ha = range(4)
    st = Assignment(problem)
    st.place(hx, 0)  # H busy in slot 0 (X cannot move)
    st.place(cd, 0)  # slot 0's table
    st.place(ab, 1)  # slot 1's table; A is free in slot 0, H in slot 1
    assert st.free_slots(ha) == 0 and st.table_free == 0

    assert try_insert(st, ha)

    assert st.slot_of[ha] == 1 and st.slot_of[ab] == 0 and st.slot_of[cd] == 1
    assert all(st.slot_of[e] >= 0 for e in range(4))
    for s in (0, 1):
        assert set(st.tabled[s]) == {e for e in (ab, cd) if st.slot_of[e] == s}
    schedule = Schedule(instance.name, tuple(to_meetings(problem, st, {})))
    assert validate_schedule(instance, schedule) == []


def test_no_exchange_is_made_for_a_frozen_meeting() -> None:
    instance = _one_table_two_slots()
    problem = build_problem(instance)
    hx, ab, cd, ha = range(4)
    st = Assignment(problem)
    st.place(hx, 0)
    st.place(cd, 0)
    st.place(ab, 1)
    assert not try_insert(st, ha, frozen={cd})
    assert (st.slot_of[hx], st.slot_of[cd], st.slot_of[ab], st.slot_of[ha]) == (0, 0, 1, -1)
