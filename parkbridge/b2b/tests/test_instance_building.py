"""The programme's models become a scheduler instance in the FORMAT.md shape."""

from __future__ import annotations

from parkbridge.b2b.instance import build_instance
from parkbridge.scheduling import parse_instance


def test_slots_follow_sessions_in_order_with_their_local_times(b2b, event):
    programme = b2b.programme(event, sessions=(("am", 2), ("pm", 1)), tables=3)
    data = build_instance(programme).data
    assert [(s["id"], s["session"], s["start"]) for s in data["slots"]] == [
        (0, "am", "2024-08-18T10:00"),
        (1, "am", "2024-08-18T10:30"),
        (2, "pm", "2024-08-18T14:00"),
    ]
    assert data["tables"] == 3


def test_participants_carry_availability_cap_booth_and_country(b2b, event):
    programme = b2b.programme(event)
    host = b2b.person(programme, booth="A1", max_meetings=5, country="CN", unavailable=[0, 4])
    data = build_instance(programme).data
    (entry,) = data["participants"]
    assert entry == {
        "id": host.solver_id,
        "available": [1, 2, 3, 5],
        "max_meetings": 5,
        "booth": True,
        "country": "CN",
    }


def test_only_accepted_requests_are_scheduled(b2b, event):
    programme = b2b.programme(event)
    a, b, c = (b2b.person(programme) for _ in range(3))
    b2b.request(a, b, weight=3)
    b2b.request(a, c, status="requested")
    b2b.request(b, c, status="declined")
    data = build_instance(programme).data
    assert data["requests"] == [{"a": a.solver_id, "b": b.solver_id, "weight": 3}]


def test_a_pair_that_asked_each_other_becomes_one_request_with_the_higher_weight(b2b, event):
    programme = b2b.programme(event)
    a, b = b2b.person(programme), b2b.person(programme)
    b2b.request(a, b, weight=1)
    heavier = b2b.request(b, a, weight=3)
    built = build_instance(programme)
    assert built.data["requests"] == [{"a": b.solver_id, "b": a.solver_id, "weight": 3}]
    assert built.request_pks[frozenset((a.solver_id, b.solver_id))] == heavier.pk


def test_the_built_instance_passes_the_schedulers_own_checks(b2b, event):
    programme = b2b.programme(event)
    people = [b2b.person(programme, booth="B" if i == 0 else "") for i in range(5)]
    for i in range(4):
        b2b.request(people[i], people[i + 1])
    built = build_instance(programme)
    assert parse_instance(built.data) == built.instance
    assert len(built.instance.participants) == 5
