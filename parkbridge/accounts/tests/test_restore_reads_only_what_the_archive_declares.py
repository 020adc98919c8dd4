"""Issue 13, finding 14: a restore loads only tables its trailer lists, answers a malformed
record or an endless line with a clear error (and changes nothing), and backups and the
SQLite database are readable by their owner only."""

from __future__ import annotations

import gzip
import json
import stat
from pathlib import Path

import pytest

from parkbridge.accounts import backup as backups
from parkbridge.accounts.backup import BackupError, backup, restore


@pytest.fixture
def archive(db, make_site, tmp_path) -> Path:
    make_site(name_en="Kept Park")
    path = tmp_path / "b.jsonl.gz"
    backup(path)
    return path


def _lines(path: Path) -> list[dict]:
    with gzip.open(path, "rb") as archive:
        return [json.loads(line) for line in archive]


def _write(path: Path, lines: list) -> Path:
    with gzip.open(path, "wb") as out:
        for line in lines:
            out.write(line if isinstance(line, bytes) else (json.dumps(line) + "\n").encode())
    return path


def _sites() -> list[str]:
    from parkbridge.sites.models import Site

    return list(Site.objects.values_list("name_en", flat=True))


def test_a_record_of_a_table_the_trailer_does_not_list_is_refused(archive, tmp_path):
    lines = _lines(archive)
    trailer = lines[-1]
    tables = {k: v for k, v in trailer["tables"].items() if k != "auth.user"}
    smuggled = {"model": "auth.user", "pk": 999, "fields": {"username": "mallory",
                "password": "x", "is_superuser": True, "is_staff": True}}  # fmt: skip
    crafted = _write(
        tmp_path / "c.jsonl.gz", [*lines[:-1], smuggled, {**trailer, "tables": tables}]
    )
    with pytest.raises(BackupError, match="doesn't list"):
        restore(crafted, force=True)
    assert _sites() == ["Kept Park"]


@pytest.mark.parametrize(
    "bad",
    [b"not json\n", b"[1, 2]\n", b'{"model": "sites.site"}\n',
     b'{"model": "sites.site", "pk": 1, "fields": {"latitude": "north"}}\n'],
)  # fmt: skip
def test_a_malformed_record_is_a_clear_error_and_changes_nothing(archive, tmp_path, bad):
    lines = _lines(archive)
    crafted = _write(tmp_path / "c.jsonl.gz", [lines[0], bad, *lines[1:]])
    with pytest.raises(BackupError, match="line 2"):
        restore(crafted, force=True)
    assert _sites() == ["Kept Park"]


def test_an_endless_line_is_refused_without_reading_it_whole(archive, tmp_path, monkeypatch):
    monkeypatch.setattr(backups, "MAX_LINE_BYTES", 1000)
    lines = _lines(archive)
    crafted = _write(tmp_path / "c.jsonl.gz", [lines[0], b"x" * 5000 + b"\n", *lines[1:]])
    with pytest.raises(BackupError, match="longer than 1,000 bytes"):
        restore(crafted, force=True)


def test_a_backup_is_readable_by_its_owner_only(archive):
    assert stat.S_IMODE(archive.stat().st_mode) == 0o600


def test_the_sqlite_database_file_is_readable_by_its_owner_only(tmp_path):
    from parkbridge.core.apps import restrict_sqlite_file

    path = tmp_path / "db.sqlite3"
    path.write_bytes(b"")
    path.chmod(0o644)

    class Connection:
        vendor = "sqlite"
        settings_dict = {"NAME": str(path)}

    restrict_sqlite_file(sender=None, connection=Connection())
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
