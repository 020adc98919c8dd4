"""`make run PORT=… HOST=…` reaches `parkbridge serve --host --port`, and serving on every
interface accepts requests addressed to this machine (not only to 127.0.0.1)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest

from parkbridge.cli.server import answer_to_this_machine, machine_names

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.skipif(shutil.which("make") is None, reason="make is not installed")
def test_make_run_passes_port_and_host_to_serve():
    dry = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed", "run", "PORT=8001", "HOST=0.0.0.0"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "parkbridge serve --host 0.0.0.0 --port 8001" in dry.stdout
    default = subprocess.run(
        ["make", "-n", "-o", ".venv/.installed", "run"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert "parkbridge serve --host 127.0.0.1 --port 8000" in default.stdout


def test_every_interface_accepts_this_machines_names():
    environ: dict[str, str] = {}
    shown = answer_to_this_machine("0.0.0.0", environ)
    allowed = environ["PARKBRIDGE_ALLOWED_HOSTS"].split(",")
    assert "127.0.0.1" in allowed and "localhost" in allowed
    assert set(machine_names()) <= set(allowed)
    assert shown[0] == "127.0.0.1"


def test_a_chosen_host_list_is_kept_and_loopback_changes_nothing():
    environ = {"PARKBRIDGE_ALLOWED_HOSTS": "parks.example.org"}
    answer_to_this_machine("0.0.0.0", environ)
    assert environ == {"PARKBRIDGE_ALLOWED_HOSTS": "parks.example.org"}
    untouched: dict[str, str] = {}
    assert answer_to_this_machine("127.0.0.1", untouched) == []
    assert untouched == {}
