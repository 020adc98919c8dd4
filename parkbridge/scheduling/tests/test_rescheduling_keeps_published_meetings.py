"""Re-scheduling after late requests and cancellations keeps published meetings in place
(or only scheduled, with moves allowed) and reports what changed."""

from __future__ import annotations

import dataclasses

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parkbridge.scheduling import Instance, Request, solve, validate_schedule
from parkbridge.scheduling.tests.factories import small_instances, tiny


def _with_requests(instance: Instance, requests: tuple[Request, ...]) -> Instance:
    return dataclasses.replace(instance, requests=requests)


def test_a_late_request_is_added_without_moving_published_meetings() -> None:
    full = tiny()
    early = _with_requests(full, full.requests[:-1])  # p4-p2 arrives late
    published = solve(early, time_limit=5)
    later = solve(full, time_limit=5, fixed=published)
    assert validate_schedule(full, later) == []
    assert later.changes is not None
    assert later.changes.removed == () and later.changes.moved == ()
    kept = {(m.a, m.b, m.slot) for m in published.meetings}
    assert kept <= {(m.a, m.b, m.slot) for m in later.meetings}


def test_a_cancelled_request_is_reported_as_removed() -> None:
    full = tiny()
    published = solve(full, time_limit=5)
    cancelled = next(m for m in published.meetings if {m.a, m.b} == {"p1", "p2"})
    remaining = tuple(r for r in full.requests if {r.a, r.b} != {"p1", "p2"})
    later = solve(_with_requests(full, remaining), time_limit=5, fixed=published)
    assert later.changes is not None
    assert later.changes.removed == (cancelled,)
    assert validate_schedule(_with_requests(full, remaining), later) == []


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(small_instances(), st.data())
def test_fixed_meetings_never_move_and_moves_allowed_never_lose_weight(
    instance: Instance, data: st.DataObject
) -> None:
    keep = data.draw(st.integers(0, len(instance.requests)))
    early = _with_requests(instance, instance.requests[:keep])
    published = solve(early, time_limit=5)
    fixed = solve(instance, time_limit=5, fixed=published)
    moved = solve(instance, time_limit=5, fixed=published, allow_moves=True)
    for result in (fixed, moved):
        assert validate_schedule(instance, result) == []
        assert result.changes is not None and result.changes.removed == ()
        assert result.scores is not None and result.stats is not None
        assert result.scores.weight <= result.stats.bound
    assert fixed.changes is not None and fixed.changes.moved == ()
    assert {(m.a, m.b, m.slot, m.table) for m in published.meetings} <= {
        (m.a, m.b, m.slot, m.table) for m in fixed.meetings
    }
    assert moved.scores is not None and fixed.scores is not None
    assert moved.scores.weight >= fixed.scores.weight
