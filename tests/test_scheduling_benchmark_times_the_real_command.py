"""The benchmark runs `parkbridge schedule` as a subprocess and checks the file it wrote."""

from __future__ import annotations

import json
from pathlib import Path

from parkbridge.scheduling.tests.factories import tiny_dict
from tests.scheduling_benchmark import load

bench = load()


def test_the_command_is_timed_and_its_schedule_validated_and_scored(tmp_path: Path) -> None:
    instance = tmp_path / "tiny.json"
    instance.write_text(json.dumps(tiny_dict()), encoding="utf-8")
    result = bench.run_command(instance, tmp_path / "out.json", 5.0)
    assert result["status"] == "ok", result
    assert (tmp_path / "out.json").exists()
    assert 0 < result["seconds"] <= 5.0 + bench.WALL_SLACK
    assert result["rss_mb"] > 10
    assert result["weight"] <= result["bound"]
    assert result["bound_from"] in ("slot-free LP", "full LP", "CP-SAT")
    assert result["participants"] == len(tiny_dict()["participants"])
    goals = bench.check_goals({"command": result}, 5.0)
    assert goals["wall"] == "PASS" and goals["memory"] == "PASS"


def test_a_command_that_refuses_its_instance_is_reported_as_an_error(tmp_path: Path) -> None:
    instance = tmp_path / "broken.json"
    instance.write_text('{"name": "broken"}', encoding="utf-8")
    result = bench.run_command(instance, tmp_path / "out.json", 5.0)
    assert result["status"].startswith("error")
    assert set(bench.check_goals({"command": result}, 5.0).values()) == {"FAIL"}
