"""The scheduling benchmark's command line: suites, instance names and clear errors."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from tests.scheduling_benchmark import load

bench = load()


def _error(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    with pytest.raises(SystemExit) as exit_:
        bench.parse_options(list(argv))
    assert exit_.value.code == 2
    return capsys.readouterr().err


def test_the_quick_suite_is_the_default_and_holds_the_large_table_starved_instance() -> None:
    options = bench.parse_options([])
    names = [spec.name for spec in options.instances]
    assert options.selection == "suite quick"
    assert "starved-20k" in names
    assert any(spec.two_stage for spec in options.instances)
    assert options.methods == ["command", "greedy", "two-stage"]


def test_the_full_suite_has_every_preset_with_five_new_seeds_and_both_large_instances() -> None:
    names = {spec.name for spec in bench.parse_options(["--suite", "full"]).instances}
    for preset in bench.PRESETS:
        for seed in range(100, 105):
            assert f"{preset}-{seed}" in names
    assert {"starved-20k", "starved-30k"} <= names


def test_the_table_starved_instance_is_built_as_the_docs_built_it_by_hand() -> None:
    spec = bench.resolve_instance("starved-20k")
    args = dict(zip(spec.generator_args[::2], spec.generator_args[1::2], strict=True))
    assert args == {"--participants": "20000", "--slots": "12", "--tables": "600", "--seed": "1"}
    assert not spec.two_stage  # far beyond what the CP-SAT reference can solve


def test_the_generators_own_names_give_the_same_instance_as_the_alias() -> None:
    alias = bench.resolve_instance("starved-20k")
    assert bench.resolve_instance("n20000-s12-t600-1").generator_args == alias.generator_args


def test_only_mission_and_tight_presets_get_the_two_stage_reference() -> None:
    assert bench.resolve_instance("mission-104").two_stage
    assert bench.resolve_instance("tight-100").two_stage
    assert not bench.resolve_instance("forum-101").two_stage


def test_presets_and_seeds_still_choose_every_combination() -> None:
    options = bench.parse_options(["--presets", "small,mission", "--seeds", "3,4"])
    assert [s.name for s in options.instances] == ["small-3", "small-4", "mission-3", "mission-4"]


def test_an_unknown_instance_is_refused_with_the_names_that_work(
    capsys: pytest.CaptureFixture[str],
) -> None:
    err = _error(capsys, "--instances", "mission-100,festival-1")
    assert "festival-1" in err and "starved-20k" in err


def test_an_unknown_method_or_preset_or_a_bad_seed_is_refused(
    capsys: pytest.CaptureFixture[str],
) -> None:
    assert "telepathy" in _error(capsys, "--methods", "command,telepathy")
    assert "huge" in _error(capsys, "--presets", "huge")
    assert "whole numbers" in _error(capsys, "--presets", "small", "--seeds", "1,x")


@pytest.mark.parametrize("value", ["0", "-5", "soon", "nan", "1e9"])
def test_a_time_limit_that_is_not_a_positive_number_of_seconds_is_refused(
    capsys: pytest.CaptureFixture[str], value: str
) -> None:
    assert "--time-limit" in _error(capsys, "--time-limit", value)


def test_instances_are_chosen_one_way_only(capsys: pytest.CaptureFixture[str]) -> None:
    assert "one way" in _error(capsys, "--suite", "full", "--instances", "small-1")


def test_the_same_instance_twice_is_refused(capsys: pytest.CaptureFixture[str]) -> None:
    assert "twice" in _error(capsys, "--instances", "small-1,small-1")


@given(st.text(max_size=40))
def test_any_instance_name_resolves_or_says_why_not(name: str) -> None:
    try:
        spec = bench.resolve_instance(name)
    except ValueError as exc:
        assert "instance" in str(exc)
    else:
        assert spec.name == name.strip()
        assert "--seed" in spec.generator_args


def test_an_instance_may_carry_its_own_time_limit() -> None:
    spec = bench.resolve_instance("starved-30k@10")
    assert spec.time_limit == 10.0 and spec.base == "starved-30k"
    assert spec.generator_args == bench.resolve_instance("starved-30k").generator_args
    assert bench.resolve_instance("mission-100").time_limit is None


def test_the_full_suite_runs_the_large_instances_at_the_limits_the_issue_saw_overrun() -> None:
    specs = bench.parse_options(["--suite", "full"]).instances
    limits = {(s.base, s.time_limit) for s in specs if s.base.startswith("starved")}
    assert {("starved-20k", 30.0), ("starved-30k", 10.0)} <= limits


@pytest.mark.parametrize("name", ["starved-20k@", "starved-20k@0", "mission-1@soon", "x@5"])
def test_a_bad_own_time_limit_or_instance_is_refused(name: str) -> None:
    with pytest.raises(ValueError):
        bench.resolve_instance(name)


def test_the_listing_shows_each_instance_its_limit_methods_and_generator_arguments() -> None:
    options = bench.parse_options(["--instances", "mission-101,starved-30k@10", "--list"])
    assert options.list_only
    mission, starved = bench.listing(options)
    assert mission.startswith("mission-101 ") and "two-stage" in mission
    assert "--preset mission --seed 101" in mission and "T=20s" in mission
    assert "T=10s" in starved and "two-stage" not in starved
    assert "--participants 30000" in starved
