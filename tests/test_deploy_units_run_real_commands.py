"""Every systemd unit in deploy/ runs a `parkbridge` command that exists, with options it
accepts, and every timer starts a service that is shipped beside it."""

from __future__ import annotations

import re
import shlex
from pathlib import Path

import pytest
from click.testing import CliRunner

from parkbridge.cli import main

UNITS = Path(__file__).resolve().parents[1] / "deploy" / "systemd"
PARKBRIDGE = "/opt/parkbridge/.venv/bin/parkbridge"


def _exec_lines() -> list[tuple[str, str]]:
    found = []
    for unit in sorted(UNITS.glob("*.service")):
        for line in unit.read_text().splitlines():
            if line.startswith("ExecStart="):
                found.append((unit.name, line.removeprefix("ExecStart=")))
    return found


@pytest.mark.parametrize(("unit", "command"), _exec_lines())
def test_each_service_runs_a_parkbridge_command_that_exists(unit: str, command: str) -> None:
    calls = re.findall(rf"{re.escape(PARKBRIDGE)} ([^&;']+)", command)
    assert calls, f"{unit} runs no parkbridge command"
    for call in calls:
        words = shlex.split(call.replace("$(", "").replace(")", ""))
        name = words[0]
        assert name in main.commands, f"{unit}: no command {name!r}"
        options = [w.split("=")[0] for w in words[1:] if w.startswith("--")]
        accepted = {o for p in main.commands[name].params for o in getattr(p, "opts", [])}
        assert set(options) <= accepted, f"{unit}: {name} does not take {set(options) - accepted}"
        help_text = CliRunner().invoke(main, [name, "--help"])
        assert help_text.exit_code == 0, help_text.output


def test_every_timer_starts_a_shipped_service() -> None:
    timers = sorted(UNITS.glob("*.timer"))
    assert timers
    for timer in timers:
        assert timer.with_suffix(".service").exists(), timer.name
        assert "OnCalendar=" in timer.read_text() or "OnUnitActiveSec=" in timer.read_text()
