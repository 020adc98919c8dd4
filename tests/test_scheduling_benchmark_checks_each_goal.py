"""Each goal of the scheduling benchmark passes, fails or stays open for the right reason."""

from __future__ import annotations

from tests.scheduling_benchmark import load

bench = load()
T = 20.0


def _ours(**over: object) -> dict:
    base = {
        "status": "ok",
        "weight": 100,
        "bound": 100,
        "gaps": 0.01,
        "idle": 4,
        "seconds": 12.0,
        "rss_mb": 300.0,
        "gaps_minimal": False,
    }
    return {**base, **over}


def _greedy(**over: object) -> dict:
    return {"status": "ok", "weight": 95, "gaps": 0.08, "idle": 32, **over}


def _ref(**over: object) -> dict:
    base = {"status": "optimal", "weight": 100, "idle": 0, "gaps": 0.0}
    return {**base, "w_proven": True, "g_proven": True, **over}


def test_the_whole_command_may_take_the_time_limit_plus_ten_seconds_and_no_more() -> None:
    on_time = bench.check_goals({"command": _ours(seconds=T + 9.9)}, T)
    late = bench.check_goals({"command": _ours(seconds=T + 10.5)}, T)
    assert on_time["wall"] == "PASS" and late["wall"] == "FAIL"


def test_a_command_that_failed_or_timed_out_fails_every_goal() -> None:
    for status in ("timed out", "error: boom", "INVALID (3)"):
        goals = bench.check_goals({"command": _ours(status=status)}, T)
        assert set(goals.values()) == {"FAIL"}


def test_a_weight_below_99_9_percent_of_the_bound_fails() -> None:
    assert bench.check_goals({"command": _ours(weight=999, bound=1000)}, T)["W/B"] == "PASS"
    assert bench.check_goals({"command": _ours(weight=998, bound=1000)}, T)["W/B"] == "FAIL"


def test_reaching_the_bound_proves_the_optimum_and_missing_it_alone_proves_nothing() -> None:
    assert bench.check_goals({"command": _ours()}, T)["W=opt"] == "PASS"
    assert bench.check_goals({"command": _ours(weight=99)}, T)["W=opt"] == "open"


def test_a_weight_below_the_proven_cp_sat_optimum_fails() -> None:
    results = {"command": _ours(weight=99, bound=101), "two-stage": _ref()}
    assert bench.check_goals(results, T)["W=opt"] == "FAIL"
    results = {"command": _ours(weight=100, bound=101), "two-stage": _ref()}
    assert bench.check_goals(results, T)["W=opt"] == "PASS"


def test_a_heavier_schedule_found_by_cp_sat_fails_even_without_a_proof() -> None:
    ref = _ref(weight=101, w_proven=False, g_proven=False)
    results = {"command": _ours(weight=100, bound=102), "two-stage": ref}
    assert bench.check_goals(results, T)["W=opt"] == "FAIL"


def test_a_failed_reference_run_is_ignored() -> None:
    results = {"command": _ours(weight=99, bound=101), "two-stage": {"status": "timed out"}}
    goals = bench.check_goals(results, T)
    assert goals["W=opt"] == "open" and goals["G=G*"] == "-"


def test_idle_slots_above_the_two_stage_minimum_at_the_same_weight_fail() -> None:
    results = {"command": _ours(idle=5), "two-stage": _ref(idle=0)}
    assert bench.check_goals(results, T)["G=G*"] == "FAIL"
    results = {"command": _ours(idle=0), "two-stage": _ref(idle=0)}
    assert bench.check_goals(results, T)["G=G*"] == "PASS"


def test_matching_an_unproven_minimum_stays_open() -> None:
    results = {"command": _ours(idle=1), "two-stage": _ref(idle=1, g_proven=False)}
    assert bench.check_goals(results, T)["G=G*"] == "open"


def test_gaps_are_compared_with_the_greedy_baseline_at_half() -> None:
    half = {"command": _ours(gaps=0.04), "greedy": _greedy(gaps=0.08)}
    more = {"command": _ours(gaps=0.05), "greedy": _greedy(gaps=0.08)}
    both_none = {"command": _ours(gaps=0.0), "greedy": _greedy(gaps=0.0)}
    assert bench.check_goals(half, T)["G/greedy"] == "PASS"
    assert bench.check_goals(more, T)["G/greedy"] == "FAIL"
    assert bench.check_goals(both_none, T)["G/greedy"] == "PASS"


def test_goals_of_methods_that_did_not_run_do_not_apply() -> None:
    goals = bench.check_goals({"command": _ours()}, T)
    assert goals["G/greedy"] == "-" and goals["G=G*"] == "-"
    assert set(bench.check_goals({"greedy": _greedy()}, T).values()) == {"-"}


def test_the_in_process_solver_stands_in_when_the_command_did_not_run() -> None:
    goals = bench.check_goals({"scheduler": _ours(weight=90)}, T)
    assert goals["W/B"] == "FAIL"


def test_peak_memory_of_three_gigabytes_fails() -> None:
    assert bench.check_goals({"command": _ours(rss_mb=3100.0)}, T)["memory"] == "FAIL"


def test_the_summary_names_the_failing_and_unproven_instances() -> None:
    rows = [
        bench.InstanceResult(bench.resolve_instance("mission-100"), {"command": _ours()}),
        bench.InstanceResult(
            bench.resolve_instance("forum-101"), {"command": _ours(weight=99, seconds=45.0)}
        ),
    ]
    lines = bench.summary_lines(rows, T)
    wall = next(line for line in lines if line.startswith(bench.GOAL_TEXT["wall"]))
    assert "1/2 pass" in wall and "FAIL on forum-101" in wall
    optimum = next(line for line in lines if line.startswith(bench.GOAL_TEXT["W=opt"]))
    assert "open (unproven) on forum-101" in optimum
    assert "FAIL" in lines[-1] and "2 instances" in lines[-1]


def test_an_instance_with_its_own_time_limit_is_held_to_it() -> None:
    results = {"command": _ours(seconds=25.0)}
    own = bench.InstanceResult(bench.resolve_instance("starved-30k@10"), results)
    default = bench.InstanceResult(bench.resolve_instance("starved-30k"), results)
    assert own.goals(T)["wall"] == "FAIL"  # 25 s > 10 + 10
    assert default.goals(T)["wall"] == "PASS"
