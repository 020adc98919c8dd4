"""Issue 13, finding 15: under SQLite, two transactions that read and then write the same
record at the same moment both succeed, one after the other, instead of one failing at once
with "database is locked" (answered 503 by the API)."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from django.db import connections, transaction

from parkbridge.dburl import database_from_url


def _race(alias: str, failures: list[Exception], barrier: threading.Barrier) -> None:
    try:
        with transaction.atomic(using=alias):
            cursor = connections[alias].cursor()
            cursor.execute("SELECT value FROM counter")
            (value,) = cursor.fetchone()
            with contextlib.suppress(threading.BrokenBarrierError):
                barrier.wait(timeout=1)  # both have read (if the database lets them)
            cursor.execute("UPDATE counter SET value = %s", [value + 1])
    except Exception as error:  # noqa: BLE001 (the failure is what the test looks for)
        failures.append(error)
    finally:
        connections[alias].close()


def test_two_concurrent_read_then_write_transactions_both_commit(tmp_path: Path, django_db_blocker):
    path = tmp_path / "race.sqlite3"
    alias = "race"
    connections.settings[alias] = connections.configure_settings(
        {
            "default": dict(connections.settings["default"]),
            alias: database_from_url(f"sqlite:///{path}", path),
        }
    )[alias]
    try:
        with django_db_blocker.unblock():
            with connections[alias].cursor() as cursor:
                cursor.execute("CREATE TABLE counter (value INTEGER)")
                cursor.execute("INSERT INTO counter VALUES (0)")
            connections[alias].close()
            failures: list[Exception] = []
            barrier = threading.Barrier(2)
            threads = [
                threading.Thread(target=_race, args=(alias, failures, barrier)) for _ in range(2)
            ]
            for thread in threads:
                thread.start()
            for thread in threads:
                thread.join(timeout=60)
            assert failures == []
            with connections[alias].cursor() as cursor:
                cursor.execute("SELECT value FROM counter")
                assert cursor.fetchone() == (2,)
            connections[alias].close()
    finally:
        del connections.settings[alias]
