"""On instances of the shared generator (skipped when ../shared is absent) the schedule is
valid and reaches the LP bound; progress is reported through the callback."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

from parkbridge.scheduling import parse_instance, solve, validate_schedule

GENERATOR = Path(__file__).resolve().parents[3].parent / "shared" / "bench" / "b2b" / "generate.py"


def _generator() -> ModuleType:
    if not GENERATOR.exists():
        pytest.skip("shared benchmark generator not available")
    spec = importlib.util.spec_from_file_location("b2b_generate", GENERATOR)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize(
    ("participants", "slots", "tables", "seed"), [(60, 8, 10, 1), (200, 6, 15, 3)]
)
def test_generated_instance_is_scheduled_validly_at_the_bound(
    participants: int, slots: int, tables: int, seed: int
) -> None:
    gen = _generator()
    data = gen.generate(participants, slots, tables, seed, "gen", sessions_per_day=2, days=1)
    instance = parse_instance(data)
    phases: list[str] = []
    result = solve(instance, time_limit=10, progress=lambda name, done, total: phases.append(name))
    assert validate_schedule(instance, result) == []
    assert result.scores is not None and result.stats is not None
    assert result.scores.weight == result.stats.bound
    assert phases[0] == "prepare" and phases[-1] == "done"
