"""`--time-limit` bounds the whole solve: a large instance with a very short limit returns in
about that time with a valid schedule and a true upper bound (the best found so far).

Generous slack: this checks that every phase stops at the deadline, not how fast it is."""

from __future__ import annotations

import random
import time
from typing import Any

from parkbridge.scheduling import parse_instance, solve, validate_schedule

SLACK = 8.0  # seconds; a loaded 2-core machine, and the output still has to be built


def _crowded_instance(participants: int, seed: int) -> dict[str, Any]:
    """Many requests, few tables: slots fill up, so placement needs (slow) repairs."""
    rng = random.Random(seed)
    slots = [
        {"id": i, "session": f"s{i // 6}", "start": f"2026-05-0{1 + i // 6}T{10 + i % 6}:00"}
        for i in range(12)
    ]
    people = [
        {
            "id": f"p{q}",
            "available": sorted(rng.sample(range(12), rng.randint(6, 12))),
            "max_meetings": rng.randint(4, 10),
            "booth": rng.random() < 0.05,
        }
        for q in range(participants)
    ]
    pairs: set[tuple[int, int]] = set()
    while len(pairs) < participants * 3:
        a, b = rng.randrange(participants), rng.randrange(participants)
        if a != b:
            pairs.add((min(a, b), max(a, b)))
    requests = [{"a": f"p{a}", "b": f"p{b}", "weight": rng.randint(1, 3)} for a, b in pairs]
    return {
        "name": "crowded",
        "slots": slots,
        "tables": participants // 12,
        "participants": people,
        "requests": requests,
    }


def test_a_short_time_limit_returns_a_valid_schedule_in_time() -> None:
    instance = parse_instance(_crowded_instance(6000, seed=5))
    limit = 1.0
    started = time.monotonic()
    result = solve(instance, time_limit=limit)
    elapsed = time.monotonic() - started
    assert elapsed < limit + SLACK
    assert validate_schedule(instance, result) == []
    assert result.scores is not None and result.stats is not None
    assert result.scores.meetings > 0
    assert result.stats.bound >= result.scores.weight


def test_time_already_spent_before_the_solve_counts_against_the_limit() -> None:
    instance = parse_instance(_crowded_instance(3000, seed=6))
    limit = 3.0
    started = time.monotonic() - 2.5  # as if reading the file had taken 2.5 s
    result = solve(instance, time_limit=limit, started=started)
    assert time.monotonic() - started < limit + SLACK
    assert validate_schedule(instance, result) == []
