"""`parkbridge schedule`: one summary line, exit status 2 and no output file on bad input."""

from __future__ import annotations

import importlib.util
import json
import re
from pathlib import Path
from types import ModuleType

import pytest
from click.testing import CliRunner

from parkbridge.scheduling.tests.factories import tiny_dict

LINE = re.compile(
    r"^weight=(\d+) meetings=(\d+) gaps=([\d.]+) bound=(\d+) gap=([-\d.]+) "
    r"bound_from=(slot-free-lp|cut-lp|full-lp|cp-sat) tight=(yes|no) gaps_minimal=(yes|no) "
    r"preferences_met=(\d+)/(\d+)$"
)


def _cli() -> ModuleType:
    # Loaded by path so the test does not depend on the other commands of the CLI group.
    path = Path(__file__).resolve().parents[2] / "cli" / "scheduling.py"
    spec = importlib.util.spec_from_file_location("scheduling_cli_under_test", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def command() -> object:
    return _cli().schedule_command


def _write(path: Path, data: object) -> Path:
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


def test_schedule_prints_the_summary_line_and_writes_a_valid_file(
    tmp_path: Path, command: object
) -> None:
    out = tmp_path / "s.json"
    result = CliRunner().invoke(
        command,
        [str(_write(tmp_path / "i.json", tiny_dict())), "--out", str(out), "--time-limit", "5"],
    )
    assert result.exit_code == 0, result.output
    lines = result.stdout.strip().splitlines()
    assert len(lines) == 1
    match = LINE.match(lines[0])
    assert (
        match and match.group(1) == "9" and match.group(4) == "9" and float(match.group(5)) == 0.0
    )
    assert match.group(7) == "yes"  # W equals the bound, so the bound is proven tight
    assert match.group(8) == "yes"  # no idle slot at all, so none fewer is possible
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["instance"] == "tiny" and len(written["meetings"]) == 5


@pytest.mark.parametrize(
    ("mutation", "message"),
    [
        ({"requests": [{"a": "p1", "b": "ghost", "weight": 1}]}, "ghost"),
        ({"requests": [{"a": "p1", "b": "p1", "weight": 1}]}, "themself"),
        ({"tables": -1}, "tables"),
    ],
)
def test_invalid_instance_exits_with_status_two_and_writes_nothing(
    tmp_path: Path, command: object, mutation: dict, message: str
) -> None:
    out = tmp_path / "s.json"
    data = tiny_dict() | mutation
    result = CliRunner().invoke(
        command, [str(_write(tmp_path / "i.json", data)), "--out", str(out)]
    )
    assert result.exit_code == 2
    assert message in result.stderr and "error" in result.stderr
    assert not out.exists()


def test_malformed_json_exits_with_status_two(tmp_path: Path, command: object) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    out = tmp_path / "s.json"
    result = CliRunner().invoke(command, [str(bad), "--out", str(out)])
    assert result.exit_code == 2 and "malformed JSON" in result.stderr and not out.exists()


def test_fixed_schedule_option_reports_changes_on_stderr(tmp_path: Path, command: object) -> None:
    early = tiny_dict()
    early["requests"] = early["requests"][:-1]
    first = tmp_path / "first.json"
    runner = CliRunner()
    assert (
        runner.invoke(
            command, [str(_write(tmp_path / "a.json", early)), "--out", str(first)]
        ).exit_code
        == 0
    )
    second = tmp_path / "second.json"
    result = runner.invoke(
        command,
        [
            str(_write(tmp_path / "b.json", tiny_dict())),
            "--out",
            str(second),
            "--fixed",
            str(first),
        ],
    )
    assert result.exit_code == 0
    assert "changes: added=" in result.stderr and LINE.match(result.stdout.strip())


def test_allow_moves_without_fixed_is_a_usage_error(tmp_path: Path, command: object) -> None:
    result = CliRunner().invoke(
        command,
        [
            str(_write(tmp_path / "i.json", tiny_dict())),
            "--out",
            str(tmp_path / "o.json"),
            "--allow-moves",
        ],
    )
    assert result.exit_code == 2


def test_the_summary_counts_the_preferences_the_written_schedule_meets(
    tmp_path: Path, command: object
) -> None:
    data = tiny_dict()
    wishes = {"p1": [3, 4, 5], "p4": [1], "p5": [0]}  # afternoon, one slot, the first slot
    for person in data["participants"]:
        if person["id"] in wishes:
            person["preferred"] = wishes[person["id"]]
    out = tmp_path / "s.json"
    result = CliRunner().invoke(
        command, [str(_write(tmp_path / "i.json", data)), "--out", str(out), "--time-limit", "5"]
    )
    assert result.exit_code == 0, result.output
    match = LINE.match(result.stdout.strip())
    assert match
    met = asked = 0
    for meeting in json.loads(out.read_text(encoding="utf-8"))["meetings"]:
        for side in (meeting["a"], meeting["b"]):
            if side in wishes:
                asked += 1
                met += meeting["slot"] in wishes[side]
    assert asked > 0
    assert (int(match.group(9)), int(match.group(10))) == (met, asked)
