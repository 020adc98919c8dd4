"""The production web server: granian serving the WSGI application, configured from the
environment (``/etc/parkbridge/parkbridge.env`` under systemd, see deploy/README.md).

granian parses HTTP in Rust and hands each request to a Python worker process; on the load
benchmark (benchmarks/load.py) it serves the same application with about a third less CPU
per request than gunicorn's Python HTTP handling did.
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Mapping
from dataclasses import dataclass


class WebServerConfigError(ValueError):
    """A PARKBRIDGE_WEB_* / PARKBRIDGE_BIND variable that can't be used, named."""


@dataclass(frozen=True)
class WebServerConfig:
    host: str = "127.0.0.1"
    port: int = 8000
    # Worker processes; each runs one request at a time, so a worker waiting on PostgreSQL
    # leaves the core to another. Two per core measured best (benchmarks/load.py).
    workers: int = 2 * multiprocessing.cpu_count()
    threads: int = 1
    # Seconds before a worker is replaced by a fresh one (a slow leak can't grow forever).
    lifetime: int | None = 6 * 60 * 60
    # Seconds a stopping worker may take to finish its requests before it is killed. Also
    # what ends a worker that was still loading the application when the stop came (it
    # inherits the main process's signal handler until then, and would miss the signal).
    stop_timeout: int = 10
    access_log: bool = False
    log_level: str = "warning"


def _integer(environ: Mapping[str, str], name: str, low: int, high: int) -> int | None:
    raw = environ.get(name, "").strip()
    if not raw:
        return None
    try:
        value = int(raw)
    except ValueError:
        raise WebServerConfigError(f"{name}={raw!r} is not a whole number") from None
    if not low <= value <= high:
        raise WebServerConfigError(f"{name}={value} is outside {low}..{high}")
    return value


def _bind(raw: str) -> tuple[str, int]:
    host, sep, port = raw.strip().rpartition(":")
    if not sep or not host or not port.isdigit() or not 1 <= int(port) <= 65535:
        raise WebServerConfigError(f"PARKBRIDGE_BIND={raw!r} is not host:port (1..65535)")
    return host.strip("[]"), int(port)


def config_from_environment(environ: Mapping[str, str] | None = None) -> WebServerConfig:
    """The server's settings from ``PARKBRIDGE_BIND``, ``PARKBRIDGE_WEB_WORKERS``,
    ``PARKBRIDGE_WEB_THREADS``, ``PARKBRIDGE_WEB_LIFETIME`` (seconds, 0: never recycle),
    ``PARKBRIDGE_WEB_STOP_TIMEOUT`` (seconds),
    ``PARKBRIDGE_ACCESS_LOG`` (on/off; nginx keeps one already) and
    ``PARKBRIDGE_WEB_LOG_LEVEL``; defaults for the unset ones."""
    environ = os.environ if environ is None else environ
    defaults = WebServerConfig()
    host, port = _bind(environ["PARKBRIDGE_BIND"]) if environ.get("PARKBRIDGE_BIND") else (
        defaults.host, defaults.port
    )  # fmt: skip
    workers = _integer(environ, "PARKBRIDGE_WEB_WORKERS", 1, 256) or defaults.workers
    threads = _integer(environ, "PARKBRIDGE_WEB_THREADS", 1, 64) or defaults.threads
    lifetime = _integer(environ, "PARKBRIDGE_WEB_LIFETIME", 0, 10**7)
    if lifetime is not None and 0 < lifetime < 60:
        raise WebServerConfigError("PARKBRIDGE_WEB_LIFETIME must be 0 (never) or 60+ seconds")
    stop_timeout = _integer(environ, "PARKBRIDGE_WEB_STOP_TIMEOUT", 1, 3600)
    access = environ.get("PARKBRIDGE_ACCESS_LOG", "").strip().lower()
    if access not in ("", "on", "off", "1", "0", "true", "false", "yes", "no"):
        raise WebServerConfigError(f"PARKBRIDGE_ACCESS_LOG={access!r} is not on or off")
    level = environ.get("PARKBRIDGE_WEB_LOG_LEVEL", defaults.log_level).strip().lower()
    if level not in ("critical", "error", "warning", "info", "debug"):
        raise WebServerConfigError(f"PARKBRIDGE_WEB_LOG_LEVEL={level!r} is not a log level")
    return WebServerConfig(
        host=host,
        port=port,
        workers=workers,
        threads=threads,
        lifetime=defaults.lifetime if lifetime is None else (lifetime or None),
        stop_timeout=stop_timeout or defaults.stop_timeout,
        access_log=access in ("on", "1", "true", "yes"),
        log_level=level,
    )


def run(config: WebServerConfig) -> None:
    """Serve ``parkbridge.wsgi:application`` until stopped (SIGTERM/SIGINT)."""
    from granian import Granian
    from granian.constants import Interfaces
    from granian.log import LogLevels

    Granian(
        "parkbridge.wsgi:application",
        address=config.host,
        port=config.port,
        interface=Interfaces.WSGI,
        workers=config.workers,
        blocking_threads=config.threads,
        workers_lifetime=config.lifetime,
        workers_kill_timeout=config.stop_timeout,
        respawn_failed_workers=True,
        log_access=config.access_log,
        log_level=LogLevels(config.log_level),
    ).serve()
