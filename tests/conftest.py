"""Tests of the `parkbridge` console script, run as a real subprocess on its own database."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest


@pytest.fixture
def run_cli(tmp_path: Path):
    env = {**os.environ, "PARKBRIDGE_VAR_DIR": str(tmp_path / "var")}
    env.pop("DATABASE_URL", None)  # each CLI test gets a private SQLite file

    def run(*args: str, stdin: str | None = None) -> subprocess.CompletedProcess:
        return subprocess.run(
            [sys.executable, "-m", "parkbridge.cli.main", *args],
            capture_output=True,
            text=True,
            env=env,
            input=stdin,
            timeout=300,
        )

    return run
