"""`parkbridge backup` / `parkbridge restore` as a user runs them, between two databases."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path


def _cli(var: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PARKBRIDGE_VAR_DIR": str(var)}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "parkbridge.cli.main", *args],
        capture_output=True, text=True, env=env, timeout=300,
    )  # fmt: skip


def test_a_backup_moves_a_database_and_a_non_empty_target_needs_force(tmp_path):
    source, target, archive = tmp_path / "a", tmp_path / "b", tmp_path / "backup.jsonl.gz"
    assert _cli(source, "token", "create", "alice", "--create-user").returncode == 0
    made = _cli(source, "backup", "--out", str(archive))
    assert made.returncode == 0, made.stderr
    assert "auth.user\t1" in made.stdout and "core.apitoken\t1" in made.stdout
    assert _cli(source, "backup", "--out", str(archive)).returncode != 0  # no silent overwrite
    restored = _cli(target, "restore", str(archive))
    assert restored.returncode == 0, restored.stderr
    assert restored.stdout == made.stdout
    again = _cli(target, "restore", str(archive))
    assert again.returncode != 0 and "not empty" in again.stderr
    assert _cli(target, "restore", "--force", str(archive)).returncode == 0
    missing = _cli(target, "restore", str(tmp_path / "nothing.gz"))
    assert missing.returncode != 0
