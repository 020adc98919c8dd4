"""The two-stage CP-SAT reference (best W, then fewest idle slots) proves both on a tiny event."""

from __future__ import annotations

import json
from pathlib import Path

from parkbridge.scheduling import load_instance, solve
from parkbridge.scheduling.tests.factories import tiny_dict
from tests.scheduling_benchmark import load

bench = load()


def test_the_reference_proves_the_best_weight_and_the_fewest_idle_slots(tmp_path: Path) -> None:
    instance = tmp_path / "tiny.json"
    instance.write_text(json.dumps(tiny_dict()), encoding="utf-8")
    ours = bench.run_command(instance, tmp_path / "ours.json", 5.0)
    schedule = str(tmp_path / "ours.json")
    by_bound = bench.run_worker(
        ["two-stage", str(instance), "10", schedule, str(ours["bound"])], 60
    )
    hinted = bench.run_worker(["two-stage", str(instance), "10", schedule], 60)
    alone = bench.run_worker(["two-stage", str(instance), "10"], 60)
    best = solve(load_instance(instance), 5.0)
    assert best.stats is not None and best.stats.proven_optimal
    # CP-SAT proves W itself on an instance this small, whatever it is given.
    assert by_bound["w_proof"] == hinted["w_proof"] == alone["w_proof"] == "CP-SAT"
    assert by_bound["cp_sat_bound"] == best.stats.bound
    for ref in (by_bound, hinted, alone):
        assert ref["status"] == "optimal", ref
        assert ref["w_proven"] and ref["g_proven"]
        assert ref["weight"] == best.stats.bound
        assert ref["idle"] <= ours["idle"]
    goals = bench.check_goals({"command": ours, "two-stage": hinted}, 5.0)
    assert goals["W=opt"] == "PASS"
