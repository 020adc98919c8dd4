"""A backup restores to exactly the same rows in every table (on SQLite and PostgreSQL, as the
suite runs on both); damaged archives and non-empty databases are refused."""

from __future__ import annotations

import gzip
import json

import pytest

from parkbridge.accounts.backup import BackupError, backup, restore, table_fingerprint


@pytest.fixture
def filled(world, staff_api, make_user):
    """The world, plus history, tokens, roles and many-to-many links."""
    from parkbridge.accounts.roles_admin import grant_role

    grant_role(make_user(username="ana"), "analyst")
    staff_api.patch(
        f"/api/sites/{world.records['sites']['own']}", {"city": "Brest — «Брест» 布列斯特"}
    )
    staff_api.patch(
        f"/api/agreements/{world.records['agreements']['own']}", {"description": "x" * 5000}
    )
    return world


def test_a_backup_restores_every_table_exactly(filled, tmp_path):
    before = table_fingerprint()
    archive = tmp_path / "b.jsonl.gz"
    manifest = backup(archive)
    assert manifest.tables["sites.site"] == 2 and manifest.tables["accounts.changerecord"] > 0
    with pytest.raises(BackupError, match="not empty"):
        restore(archive)
    counts = restore(archive, force=True)
    assert counts == {k: v for k, v in manifest.tables.items() if v}
    after = table_fingerprint()
    differing = [table for table in before if before[table] != after.get(table)]
    assert differing == []
    assert sum(len(rows) for rows in before.values()) > 50


def test_new_records_after_a_restore_get_fresh_ids(filled, tmp_path, staff_api):
    archive = tmp_path / "b.jsonl.gz"
    backup(archive)
    restore(archive, force=True)
    created = staff_api.post("/api/sectors", {"code": "new", "name_en": "New"})
    assert created.status_code == 201, created.content


def test_a_truncated_archive_is_refused(filled, tmp_path):
    archive = tmp_path / "b.jsonl.gz"
    backup(archive)
    lines = gzip.decompress(archive.read_bytes()).splitlines(keepends=True)
    cut = tmp_path / "cut.jsonl.gz"
    cut.write_bytes(gzip.compress(b"".join(lines[:-5])))
    with pytest.raises(BackupError, match="truncated"):
        restore(cut, force=True)


@pytest.mark.parametrize(
    "content",
    # mtime=0: the same bytes in every test process (xdist compares the collected ids).
    [b"not gzip at all", gzip.compress(b"", mtime=0),
     gzip.compress(b'{"format": "other"}\n', mtime=0),
     gzip.compress(b"\xff\xfe garbage\n", mtime=0)],
    ids=["not-gzip", "empty", "other-format", "garbage"],
)  # fmt: skip
def test_a_foreign_or_damaged_file_is_refused(db, tmp_path, content):
    path = tmp_path / "x.gz"
    path.write_bytes(content)
    with pytest.raises(BackupError):
        restore(path, force=True)


def test_an_archive_from_a_newer_version_is_refused(filled, tmp_path):
    archive = tmp_path / "b.jsonl.gz"
    backup(archive)
    lines = gzip.decompress(archive.read_bytes()).splitlines(keepends=True)
    header = json.loads(lines[0])
    header["migrations"]["sites"].append("9999_from_the_future")
    lines[0] = (json.dumps(header) + "\n").encode()
    newer = tmp_path / "newer.jsonl.gz"
    newer.write_bytes(gzip.compress(b"".join(lines)))
    with pytest.raises(BackupError, match="newer version"):
        restore(newer, force=True)
