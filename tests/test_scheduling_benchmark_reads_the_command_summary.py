"""The benchmark reads `parkbridge schedule`'s one summary line, and refuses what is not one."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.scheduling_benchmark import load

bench = load()


@given(
    weight=st.integers(0, 10**7),
    meetings=st.integers(0, 10**6),
    gaps=st.floats(0, 10, allow_nan=False),
    bound=st.integers(0, 10**7),
    source=st.sampled_from(["slot-free-lp", "full-lp", "cp-sat"]),
    tight=st.booleans(),
    minimal=st.booleans(),
)
def test_every_field_of_the_line_comes_back_typed(
    weight: int, meetings: int, gaps: float, bound: int, source: str, tight: bool, minimal: bool
) -> None:
    line = (
        f"weight={weight} meetings={meetings} gaps={gaps:.4f} bound={bound} gap=0.0000 "
        f"bound_from={source} tight={'yes' if tight else 'no'} "
        f"gaps_minimal={'yes' if minimal else 'no'}"
    )
    parsed = bench.parse_summary_line(line)
    assert parsed["weight"] == weight and parsed["bound"] == bound
    assert parsed["meetings"] == meetings
    assert parsed["gaps"] == pytest.approx(round(gaps, 4))
    assert parsed["bound_from"] == source
    assert parsed["tight"] is tight and parsed["gaps_minimal"] is minimal


def test_fields_added_later_are_kept() -> None:
    parsed = bench.parse_summary_line("weight=3 bound=3 preferences_met=7 note=kept")
    assert parsed["preferences_met"] == 7 and parsed["note"] == "kept"


@pytest.mark.parametrize(
    "line",
    ["", "weight=3", "bound=3", "weight=three bound=3", "weight=3 bound=3 stray", "=1 weight=1"],
)
def test_a_line_without_weight_and_bound_as_key_value_pairs_is_refused(line: str) -> None:
    with pytest.raises(ValueError):
        bench.parse_summary_line(line)


def test_every_bound_source_the_scheduler_names_reads_back_under_its_own_name() -> None:
    from parkbridge.scheduling import model

    sources = [v for k, v in vars(model).items() if k.startswith("BOUND_") and isinstance(v, str)]
    assert sources
    for source in sources:
        assert bench.bound_name(source.lower().replace(" ", "-")) == source
    assert bench.bound_name("some-new-bound") == "some-new-bound"
