"""Portable backups: every table of the database in one gzip-compressed JSON-lines archive
that restores into SQLite or PostgreSQL alike.

Layout: a header line (format, version, creation time, database vendor, applied migrations),
one line per record (Django's serialised form: ``model``, ``pk``, ``fields``; foreign keys to
content types, permissions, users and groups by natural key, so they survive a database whose
automatic ids differ), and a trailer line with the row count of every table: a truncated
archive has no trailer and is refused.

Content types and permissions are not archived: ``migrate`` recreates them.
"""

from __future__ import annotations

import gzip
import json
import os
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, datetime, time
from pathlib import Path
from typing import Any

from django.apps import apps
from django.core import serializers
from django.core.management import call_command
from django.core.management.color import no_style
from django.core.serializers.json import DjangoJSONEncoder
from django.db import connection, models, transaction

FORMAT = "parkbridge-backup"
VERSION = 1
CHUNK = 2000
# The longest line a restore reads: a record with a long article text is a few MB; a crafted
# archive with one line of gigabytes would otherwise be read whole into memory.
MAX_LINE_BYTES = 64 * 1024 * 1024
EXCLUDED = frozenset({"contenttypes.contenttype", "auth.permission", "sessions.session"})

Progress = Callable[[str, int, int], None]


class BackupError(RuntimeError):
    """The archive is unusable or the target refuses it; the message says why."""


@dataclass
class Manifest:
    created: str
    database: str
    migrations: dict[str, list[str]]
    tables: dict[str, int] = field(default_factory=dict)


def archived_models() -> list[type[models.Model]]:
    """Every concrete, managed model, each after the models it refers to (so references by
    natural key resolve while restoring); reference cycles keep the registry's order."""
    chosen = [
        m
        for m in apps.get_models()
        if m._meta.managed and not m._meta.proxy and m._meta.label_lower not in EXCLUDED
    ]
    depends = {
        m: {
            f.related_model
            for f in [*m._meta.concrete_fields, *m._meta.many_to_many]
            if f.is_relation and f.related_model in chosen and f.related_model is not m
        }
        for m in chosen
    }
    ordered: list[type[models.Model]] = []
    remaining = list(chosen)
    while remaining:
        ready = [m for m in remaining if depends[m] <= set(ordered)]
        step = ready or remaining[:1]  # a cycle: take the first, its references are by id
        ordered.extend(step)
        remaining = [m for m in remaining if m not in step]
    return ordered


def applied_migrations() -> dict[str, list[str]]:
    from django.db.migrations.recorder import MigrationRecorder

    applied: dict[str, list[str]] = {}
    for app, name in sorted(MigrationRecorder(connection).applied_migrations()):
        applied.setdefault(app, []).append(name)
    return applied


def _records(model: type[models.Model]) -> Iterator[dict[str, Any]]:
    m2m = [f.name for f in model._meta.many_to_many]
    queryset = model._base_manager.order_by("pk")
    if m2m:
        queryset = queryset.prefetch_related(*m2m)
    chunk: list[models.Model] = []
    for obj in queryset.iterator(chunk_size=CHUNK):
        chunk.append(obj)
        if len(chunk) >= CHUNK:
            yield from serializers.serialize("python", chunk, use_natural_foreign_keys=True)
            chunk = []
    if chunk:
        yield from serializers.serialize("python", chunk, use_natural_foreign_keys=True)


class _ExactEncoder(DjangoJSONEncoder):
    """Django's encoder cuts times to milliseconds (as JavaScript would); a backup keeps
    every microsecond."""

    def default(self, o: Any) -> Any:
        if isinstance(o, datetime | time):
            return o.isoformat()
        return super().default(o)


def _line(data: dict[str, Any]) -> bytes:
    return (json.dumps(data, cls=_ExactEncoder, ensure_ascii=False) + "\n").encode()


def backup(path: Path, progress: Progress | None = None) -> Manifest:
    """Write every table to ``path`` from one consistent snapshot of the database."""
    progress = progress or (lambda label, done, total: None)
    chosen = archived_models()
    manifest = Manifest(
        created=datetime.now(UTC).isoformat(timespec="seconds"),
        database=connection.vendor,
        migrations=applied_migrations(),
    )
    partial = path.with_name(path.name + ".partial")
    outermost = not connection.in_atomic_block
    with transaction.atomic():
        if connection.vendor == "postgresql" and outermost:
            with connection.cursor() as cursor:
                # One snapshot for every table, so the archive is consistent under writes.
                cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY")
        totals = {m._meta.label_lower: m._base_manager.count() for m in chosen}
        grand_total, done = sum(totals.values()), 0
        # Created readable by this account only: a backup holds password hashes and
        # confidential records.
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(descriptor, 0o600)  # an existing partial file keeps its mode otherwise
        with (
            open(descriptor, "wb") as raw,
            gzip.GzipFile(filename=path.name, mode="wb", fileobj=raw, compresslevel=6) as out,
        ):
            out.write(_line({"format": FORMAT, "version": VERSION, **manifest.__dict__}))
            for model in chosen:
                label = model._meta.label_lower
                count = 0
                for record in _records(model):
                    out.write(_line(record))
                    count += 1
                    done += 1
                    if done % 500 == 0:
                        progress("backup", done, grand_total)
                manifest.tables[label] = count
            out.write(_line({"trailer": True, "tables": manifest.tables}))
    progress("backup", done, grand_total)
    partial.replace(path)  # a crash mid-way never leaves a plausible-looking archive
    return manifest


def _lines(archive) -> Iterator[tuple[int, bytes]]:
    """The archive's lines with their numbers (1-based), none longer than MAX_LINE_BYTES."""
    number = 0
    while True:
        raw = archive.readline(MAX_LINE_BYTES + 1)
        if not raw:
            return
        number += 1
        if len(raw) > MAX_LINE_BYTES:
            raise BackupError(
                f"line {number} is longer than {MAX_LINE_BYTES:,} bytes: not a ParkBridge backup"
            )
        yield number, raw


def read_manifest(path: Path) -> tuple[dict[str, Any], dict[str, int]]:
    """The header and the trailer's table counts; refuses foreign or truncated files."""
    header, trailer = None, None
    try:
        with gzip.open(path, "rb") as archive:
            number = 0
            for number, raw in _lines(archive):
                if number == 1:
                    header = json.loads(raw)
                    if not isinstance(header, dict) or header.get("format") != FORMAT:
                        raise BackupError(f"{path} is not a ParkBridge backup")
                    if header.get("version") != VERSION:
                        raise BackupError(f"unsupported backup version {header.get('version')}")
                    continue
                last = raw
            if header is None:
                raise BackupError(f"{path} is empty")
            trailer = json.loads(last) if number > 1 else None
    except (OSError, EOFError, json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BackupError(f"{path} is not a readable backup: {error}") from error
    if not isinstance(trailer, dict) or not trailer.get("trailer"):
        raise BackupError(f"{path} is truncated (no trailer): refusing to restore it")
    tables = trailer.get("tables")
    if not isinstance(tables, dict) or not all(
        isinstance(k, str) and isinstance(v, int) and not isinstance(v, bool) and v >= 0
        for k, v in tables.items()
    ):
        raise BackupError(f"{path}: the trailer's table counts are malformed")
    if not isinstance(header.get("migrations"), dict):
        raise BackupError(f"{path}: the header's migrations are malformed")
    return header, tables


def _check_migrations(header: dict[str, Any]) -> None:
    from django.db.migrations.loader import MigrationLoader

    known = set(MigrationLoader(connection, ignore_no_migrations=True).disk_migrations)
    archived = {(app, name) for app, names in header["migrations"].items() for name in names}
    unknown = sorted(archived - known)
    if unknown:
        raise BackupError(
            f"the backup comes from a newer version (unknown migrations {unknown[:5]}); "
            "upgrade this installation first"
        )


def _seeded_by_migrations(model: type[models.Model]) -> models.QuerySet | None:
    """Rows a fresh database already has (the role groups), which don't make it non-empty."""
    if model._meta.label_lower == "auth.group":
        from parkbridge.accounts.roles import ROLE_NAMES

        return model._base_manager.exclude(name__in=ROLE_NAMES)
    return None


def non_empty_tables() -> dict[str, int]:
    found = {}
    for model in archived_models():
        queryset = _seeded_by_migrations(model)
        queryset = queryset if queryset is not None else model._base_manager.all()
        count = queryset.count()
        if count:
            found[model._meta.label_lower] = count
    return found


def restore(path: Path, force: bool = False, progress: Progress | None = None) -> dict[str, int]:
    """Load the archive into this database (migrated first). Refuses a non-empty database
    unless ``force``, which replaces its contents. Returns the rows restored per table."""
    progress = progress or (lambda label, done, total: None)
    header, expected = read_manifest(path)
    call_command("migrate", interactive=False, verbosity=0)
    _check_migrations(header)
    occupied = non_empty_tables()
    if occupied and not force:
        listed = ", ".join(f"{k} ({v})" for k, v in sorted(occupied.items())[:6])
        raise BackupError(f"the database is not empty: {listed}; use --force to replace it")
    chosen = archived_models()
    by_label = {m._meta.label_lower: m for m in chosen}
    unknown = sorted(set(expected) - set(by_label))
    if unknown:
        raise BackupError(f"the backup has tables this version doesn't know: {unknown}")
    grand_total = sum(expected.values())
    counts: Counter[str] = Counter()
    with transaction.atomic(), connection.constraint_checks_disabled():
        for model in reversed(chosen):
            model._base_manager.all()._raw_delete(connection.alias)
            for f in _auto_m2m(model):
                f.remote_field.through._base_manager.all()._raw_delete(connection.alias)
        loader = _BatchLoader(counts)
        listed = {label.lower() for label in expected}
        with gzip.open(path, "rb") as archive:
            for number, raw in _lines(archive):
                if number == 1:
                    continue  # the header
                record = _record(raw, number, listed)
                if record.get("trailer"):
                    break
                try:
                    loader.add(record)
                except BackupError:
                    raise
                except Exception as error:  # noqa: BLE001 (a record of any shape is named)
                    raise BackupError(f"line {number}: a malformed record: {error}") from error
                if loader.done % 500 == 0:
                    progress("restore", loader.done, grand_total)
        try:
            loader.flush()
        except Exception as error:  # noqa: BLE001
            raise BackupError(f"the last records are malformed: {error}") from error
        connection.check_constraints(table_names=[m._meta.db_table for m in chosen])
        _reset_sequences(chosen)
    progress("restore", sum(counts.values()), grand_total)
    mismatched = {k: (counts.get(k, 0), v) for k, v in expected.items() if counts.get(k, 0) != v}
    if mismatched:
        raise BackupError(f"restored counts differ from the archive's: {mismatched}")
    return dict(counts)


def _record(raw: bytes, number: int, listed: set[str]) -> dict[str, Any]:
    """One archived record, checked for shape and for a table the trailer lists (a record of
    any other table — ``auth.user`` slipped into an archive of sites — is refused)."""
    try:
        record = json.loads(raw)
    except (json.JSONDecodeError, UnicodeDecodeError) as error:
        raise BackupError(f"line {number}: not JSON ({error})") from error
    if not isinstance(record, dict):
        raise BackupError(f"line {number}: a record must be a JSON object")
    if record.get("trailer"):
        return record
    label = record.get("model")
    if not isinstance(label, str) or not isinstance(record.get("fields"), dict):
        raise BackupError(f"line {number}: a record needs a model name and fields")
    if label.lower() not in listed:
        raise BackupError(
            f"line {number}: a record of {label!r}, a table the archive's trailer doesn't list"
        )
    return record


class _BatchLoader:
    """Insert deserialised records in batches per model (far faster than a save per row);
    many-to-many links go in through their tables afterwards."""

    def __init__(self, counts: Counter[str]) -> None:
        self.counts = counts
        self.batch: list = []
        self.model: type[models.Model] | None = None
        self.done = 0

    def add(self, record: dict[str, Any]) -> None:
        model = apps.get_model(record["model"])
        if model is not self.model or len(self.batch) >= CHUNK:
            # Flush first: this record may refer (by natural key) to the rows just batched.
            self.flush()
            self.model = model
        (item,) = serializers.deserialize("python", [record], handle_forward_references=False)
        self.batch.append(item)
        self.done += 1

    def flush(self) -> None:
        if not self.batch or self.model is None:
            return
        model = self.model
        _raw_insert(model, [item.object for item in self.batch])
        for f in _auto_m2m(model):
            through = f.remote_field.through
            source = f.m2m_field_name()
            target = f.m2m_reverse_field_name()
            links = [
                through(**{f"{source}_id": item.object.pk, f"{target}_id": value})
                for item in self.batch
                for value in (item.m2m_data or {}).get(f.name, [])
            ]
            through._base_manager.bulk_create(links, batch_size=CHUNK)
        self.counts[model._meta.label_lower] += len(self.batch)
        self.batch = []


def _auto_m2m(model: type[models.Model]) -> list:
    """Many-to-many fields whose link table Django makes (explicit ones are models)."""
    return [f for f in model._meta.many_to_many if f.remote_field.through._meta.auto_created]


def _raw_insert(model: type[models.Model], objs: list[models.Model]) -> None:
    """INSERT the objects exactly as archived: ``bulk_create`` would stamp ``auto_now``
    fields with the current time; a raw insert (what ``loaddata`` does) keeps them."""
    from django.db.models.sql import InsertQuery

    fields = list(model._meta.concrete_fields)
    size = connection.ops.bulk_batch_size(fields, objs) or len(objs)
    for start in range(0, len(objs), size):
        query = InsertQuery(model)
        query.insert_values(fields, objs[start : start + size], raw=True)
        query.get_compiler(connection=connection).execute_sql()


def _reset_sequences(chosen: list[type[models.Model]]) -> None:
    """Point PostgreSQL's id sequences past the restored ids (no-op on SQLite)."""
    with_through = [*chosen, *(f.remote_field.through for m in chosen for f in _auto_m2m(m))]
    statements = connection.ops.sequence_reset_sql(no_style(), with_through)
    if statements:
        with connection.cursor() as cursor:
            for sql in statements:
                cursor.execute(sql)


def table_fingerprint() -> dict[str, list[tuple]]:
    """Every archived table's rows (and many-to-many links), sorted: two databases hold the
    same data when their fingerprints are equal. Content-type ids are compared by name."""
    from django.contrib.contenttypes.models import ContentType

    names = {ct.pk: (ct.app_label, ct.model) for ct in ContentType.objects.all()}
    result: dict[str, list[tuple]] = {}
    for model in archived_models():
        columns = [f.attname for f in model._meta.concrete_fields]
        ct_columns = {
            i for i, f in enumerate(model._meta.concrete_fields)
            if f.many_to_one and f.related_model is ContentType
        }  # fmt: skip
        rows = []
        for row in model._base_manager.order_by("pk").values_list(*columns):
            rows.append(tuple(names.get(v) if i in ct_columns else v for i, v in enumerate(row)))
        result[model._meta.label_lower] = rows
        for f in _auto_m2m(model):
            through = f.remote_field.through
            pairs = through._base_manager.values_list(
                f"{f.m2m_field_name()}_id", f"{f.m2m_reverse_field_name()}_id"
            )
            result[f"{model._meta.label_lower}.{f.name}"] = sorted(pairs)
    return result
