"""`parkbridge web`: the production server reads its settings from the environment, refuses
bad ones with a message naming the variable, and serves the application."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from parkbridge.cli.web_server import (
    WebServerConfig,
    WebServerConfigError,
    config_from_environment,
)
from parkbridge.testing.postgres import _free_port


def test_an_empty_environment_gives_the_defaults() -> None:
    assert config_from_environment({}) == WebServerConfig()


def test_every_variable_is_read() -> None:
    config = config_from_environment(
        {
            "PARKBRIDGE_BIND": "0.0.0.0:9001",
            "PARKBRIDGE_WEB_WORKERS": "3",
            "PARKBRIDGE_WEB_THREADS": "2",
            "PARKBRIDGE_WEB_LIFETIME": "0",
            "PARKBRIDGE_WEB_STOP_TIMEOUT": "5",
            "PARKBRIDGE_ACCESS_LOG": "on",
            "PARKBRIDGE_WEB_LOG_LEVEL": "INFO",
        }
    )
    assert config == WebServerConfig(
        host="0.0.0.0", port=9001, workers=3, threads=2, lifetime=None, stop_timeout=5,
        access_log=True, log_level="info",
    )  # fmt: skip


def test_an_ipv6_bind_loses_its_brackets() -> None:
    assert config_from_environment({"PARKBRIDGE_BIND": "[::1]:8000"}).host == "::1"


@pytest.mark.parametrize(
    ("variable", "value"),
    [
        ("PARKBRIDGE_BIND", "localhost"),
        ("PARKBRIDGE_BIND", "localhost:0"),
        ("PARKBRIDGE_BIND", "localhost:99999"),
        ("PARKBRIDGE_BIND", ":8000"),
        ("PARKBRIDGE_WEB_WORKERS", "four"),
        ("PARKBRIDGE_WEB_WORKERS", "0"),
        ("PARKBRIDGE_WEB_WORKERS", "1e9"),
        ("PARKBRIDGE_WEB_THREADS", "-1"),
        ("PARKBRIDGE_WEB_LIFETIME", "30"),
        ("PARKBRIDGE_WEB_STOP_TIMEOUT", "0"),
        ("PARKBRIDGE_ACCESS_LOG", "sometimes"),
        ("PARKBRIDGE_WEB_LOG_LEVEL", "loud"),
    ],
)
def test_a_bad_value_is_refused_naming_the_variable(variable: str, value: str) -> None:
    with pytest.raises(WebServerConfigError, match=variable):
        config_from_environment({variable: value})


def _environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = {
        **os.environ,
        "PARKBRIDGE_VAR_DIR": str(tmp_path / "var"),
        "DJANGO_SETTINGS_MODULE": "parkbridge.settings",
        **extra,
    }
    env.pop("DATABASE_URL", None)  # a private SQLite file
    return env


def test_a_bad_setting_stops_the_server_before_it_starts(tmp_path: Path) -> None:
    result = subprocess.run(
        [sys.executable, "-m", "parkbridge.cli.main", "web"],
        env=_environment(tmp_path, PARKBRIDGE_WEB_WORKERS="many"),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode != 0
    assert "PARKBRIDGE_WEB_WORKERS='many' is not a whole number" in result.stderr


def _migrated_environment(tmp_path: Path, **extra: str) -> dict[str, str]:
    env = _environment(tmp_path, PARKBRIDGE_WEB_WORKERS="2", **extra)
    migrated = subprocess.run(
        [sys.executable, "-m", "parkbridge.cli.main", "migrate"],
        env=env, capture_output=True, text=True, timeout=300,
    )  # fmt: skip
    assert migrated.returncode == 0, migrated.stderr
    return env


def _launch(env: dict[str, str], port: int, log: Path) -> subprocess.Popen:
    with log.open("w") as output:
        return subprocess.Popen(
            [sys.executable, "-m", "parkbridge.cli.main", "web"],
            env={**env, "PARKBRIDGE_BIND": f"127.0.0.1:{port}"},
            stdout=output, stderr=subprocess.STDOUT, start_new_session=True,
        )  # fmt: skip


def _start_server(tmp_path: Path) -> tuple[subprocess.Popen, int, Path]:
    """`parkbridge web` on a free port, answering; a port taken between choosing and binding
    it (by a test running beside this one) means another try."""
    env = _migrated_environment(tmp_path)
    log = tmp_path / "server.log"
    for _attempt in range(3):
        port = _free_port()
        server = _launch(env, port, log)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and server.poll() is None:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/api/sites", timeout=5).close()
                return server, port, log
            except OSError:
                time.sleep(0.3)
        if server.poll() is None:
            _stop(server)
            pytest.fail(f"no answer within 60 s:\n{log.read_text()}")
    pytest.fail(f"the server exited before answering:\n{log.read_text()}")


def _stop(server: subprocess.Popen) -> int:
    # As systemd stops it (KillMode=mixed): SIGTERM to the main process, which stops its
    # workers.
    server.send_signal(signal.SIGTERM)
    try:
        return server.wait(timeout=30)
    finally:
        if server.poll() is None:
            os.killpg(server.pid, signal.SIGKILL)


def test_the_server_answers_the_api_and_stops_on_sigterm(tmp_path: Path) -> None:
    server, port, log = _start_server(tmp_path)
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/api/sites", timeout=5) as r:
            body = json.load(r)
            headers = r.headers
        assert body == {"items": [], "count": 0, "count_exact": True}
        assert headers["Content-Type"] == "application/json; charset=utf-8"
        assert headers["X-Content-Type-Options"] == "nosniff"
    finally:
        returncode = _stop(server)
    assert returncode == 0, log.read_text()


def test_a_stop_while_the_workers_are_still_loading_ends_the_server(tmp_path: Path) -> None:
    # A worker loading the application still has the main process's signal handler and
    # misses the SIGTERM; the stop timeout ends it.
    env = _migrated_environment(tmp_path, PARKBRIDGE_WEB_STOP_TIMEOUT="3")
    log = tmp_path / "server.log"
    for delay in (0.5, 1.0, 1.5):
        server = _launch(env, _free_port(), log)
        time.sleep(delay)
        try:
            returncode = _stop(server)
        except subprocess.TimeoutExpired:
            pytest.fail(f"still running 30 s after SIGTERM at {delay} s:\n{log.read_text()}")
        # Before the main process handles signals, SIGTERM ends it at once (-15).
        assert returncode in (0, -signal.SIGTERM), log.read_text()
