"""A throw-away PostgreSQL server for the test run: initdb in a temporary directory, start on
a free loopback port, hand out its URL, stop and delete it afterwards.

PostgreSQL refuses to run as root, so under root (as in CI) the server runs as the
``postgres`` system user that Debian's package creates.
"""

from __future__ import annotations

import glob
import os
import pwd
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


class PostgresUnavailable(RuntimeError):
    pass


def find_bin_dir() -> Path | None:
    for candidate in [os.environ.get("PARKBRIDGE_PG_BIN", ""), *_from_path()]:
        if candidate and (Path(candidate) / "pg_ctl").is_file():
            return Path(candidate)
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin"), key=lambda p: int(p.split("/")[-2]))
    for directory in reversed(versions):
        if (Path(directory) / "pg_ctl").is_file():
            return Path(directory)
    return None


def _from_path() -> list[str]:
    found = shutil.which("pg_ctl")
    return [str(Path(found).parent)] if found else []


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _runner() -> tuple[list[str], int | None]:
    """Command prefix to run the server's tools, and the uid that must own its files."""
    if os.geteuid() != 0:
        return [], None
    try:
        user = pwd.getpwnam("postgres")
    except KeyError as error:
        raise PostgresUnavailable("running as root and there is no 'postgres' user") from error
    return ["runuser", "-u", "postgres", "--"], user.pw_uid


@contextmanager
def temporary_postgres() -> Iterator[str]:
    """Yield a ``postgresql://`` URL of a fresh, empty server."""
    bin_dir = find_bin_dir()
    if bin_dir is None:
        raise PostgresUnavailable("no PostgreSQL binaries (pg_ctl) found")
    prefix, owner = _runner()
    root = Path(tempfile.mkdtemp(prefix="parkbridge-pg-"))
    data, sockets = root / "data", root / "sock"
    sockets.mkdir()
    if owner is not None:
        os.chown(root, owner, -1)
        os.chown(sockets, owner, -1)
    port = _free_port()
    user = "parkbridge"
    try:
        subprocess.run(
            [*prefix, str(bin_dir / "initdb"), "-D", str(data), "-U", user, "-A", "trust",
             "-E", "UTF8", "--locale", "C.UTF-8", "--no-sync"],
            check=True, capture_output=True,
        )  # fmt: skip
        options = f"-h 127.0.0.1 -p {port} -k {sockets} -F -c fsync=off -c full_page_writes=off"
        subprocess.run(
            [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-l", str(root / "log"),
             "-o", options, "-w", "-t", "60", "start"],
            check=True, capture_output=True,
        )  # fmt: skip
        try:
            yield f"postgresql://{user}@127.0.0.1:{port}/postgres"
        finally:
            subprocess.run(
                [*prefix, str(bin_dir / "pg_ctl"), "-D", str(data), "-m", "immediate", "-w", "stop"],
                capture_output=True,
            )  # fmt: skip
    except subprocess.CalledProcessError as error:
        log = (root / "log").read_text(errors="replace") if (root / "log").exists() else ""
        raise PostgresUnavailable(
            f"{error.cmd[len(prefix)]} failed: {error.stderr.decode(errors='replace')}{log}"
        ) from error
    finally:
        shutil.rmtree(root, ignore_errors=True)
