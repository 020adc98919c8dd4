"""Fast inserts and updates for imports: rows go to the database without model instances or
per-row query compilation (COPY on PostgreSQL, executemany on SQLite). Django's bulk_create
spends most of its time compiling SQL, which caps imports far below 20,000 rows/s."""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from itertools import islice
from operator import itemgetter
from typing import Any

from django.db import connection, models
from django.utils import timezone

from parkbridge.core.search_index import (
    SEARCH_INDEX_SQL,
    key_line_table,
    key_lines_rebuild_sql,
)

Converter = Callable[[Any], Any]

_NEEDS_PREP = (models.JSONField, models.DateField, models.DecimalField)

# Rows written (and, by importers, looked up and reported as progress) at a time.
BATCH_ROWS = 5000

# Imports of this many rows or more rebuild the search indexes and key lines afterwards
# instead of maintaining them row by row.
SUSPEND_SEARCH_INDEXES_AT = 20_000


class BulkWriter:
    def __init__(self, model: type[models.Model]) -> None:
        self.model = model
        self.table = model._meta.db_table
        self.fields = [f for f in model._meta.concrete_fields if not f.primary_key]
        self.by_attname = {f.attname: f for f in self.fields}
        self.converters: dict[str, Converter] = {f.attname: self._converter(f) for f in self.fields}

    @staticmethod
    def _converter(field: models.Field) -> Converter | None:
        """None when the value goes to the driver as it is."""
        if isinstance(field, models.JSONField):
            encoder = field.encoder
            return lambda value: None if value is None else json.dumps(value, cls=encoder)
        if isinstance(field, _NEEDS_PREP):
            last: list = [object(), None]

            def convert(value: Any) -> Any:
                # Timestamps repeat across a batch: convert each distinct value once.
                if value is last[0]:
                    return last[1]
                last[0] = value
                last[1] = None if value is None else field.get_db_prep_save(value, connection)
                return last[1]

            return convert
        return None

    def _tuples(self, rows: Iterable[dict[str, Any]], names: Sequence[str]) -> Iterator[tuple]:
        pick = itemgetter(*names)
        converted = [(i, self.converters[n]) for i, n in enumerate(names) if self.converters[n]]
        for row in rows:
            if not converted:
                yield pick(row)
                continue
            cells = list(pick(row))
            for index, convert in converted:
                cells[index] = convert(cells[index])
            yield tuple(cells)

    def defaults(self) -> dict[str, Any]:
        """A full row of defaults: what a model instance would hold before saving."""
        now = timezone.now()
        row: dict[str, Any] = {}
        for field in self.fields:
            if getattr(field, "auto_now", False) or getattr(field, "auto_now_add", False):
                row[field.attname] = now
            elif field.has_default():
                row[field.attname] = field.get_default()
            elif field.null:
                row[field.attname] = None
            else:
                row[field.attname] = field.get_default()
        return row

    def _quoted(self, names: Sequence[str]) -> str:
        quote = connection.ops.quote_name
        return ", ".join(quote(self.by_attname[n].column) for n in names)

    def insert(self, rows: Iterable[dict[str, Any]]) -> None:
        """Insert ``rows``, which may be a generator: on PostgreSQL they stream through one
        COPY, so the server stores a row while the next is being computed."""
        if isinstance(rows, Sequence) and not rows:
            return
        names = [f.attname for f in self.fields]
        values = self._tuples(rows, names)
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                sql = f"COPY {connection.ops.quote_name(self.table)} ({self._quoted(names)}) FROM STDIN"
                with cursor.cursor.copy(sql) as copy:
                    for value in values:
                        copy.write_row(value)
            else:
                placeholders = ", ".join(["%s"] * len(names))
                sql = (
                    f"INSERT INTO {connection.ops.quote_name(self.table)} "
                    f"({self._quoted(names)}) VALUES ({placeholders})"
                )
                while batch := list(islice(values, BATCH_ROWS)):
                    cursor.executemany(sql, batch)

    def update(self, rows: Sequence[dict[str, Any]], key: str, names: Sequence[str]) -> None:
        """Set ``names`` on the rows whose ``key`` matches."""
        if not rows or not names:
            return
        quote = connection.ops.quote_name
        assignments = ", ".join(f"{quote(self.by_attname[n].column)} = %s" for n in names)
        values = list(self._tuples(rows, [*names, key]))
        with connection.cursor() as cursor:
            cursor.executemany(
                f"UPDATE {quote(self.table)} SET {assignments} "
                f"WHERE {quote(self.by_attname[key].column)} = %s",
                values,
            )

    def rows_by_key(self, key: str, keys: Sequence[str], names: Sequence[str]) -> dict[str, tuple]:
        """``{key: (values of names...)}`` for the rows whose key is in ``keys``."""
        quote = connection.ops.quote_name
        columns = ", ".join(
            quote("id") if n == "id" else quote(self.by_attname[n].column) for n in names
        )
        key_column = quote(self.by_attname[key].column)
        found: dict[str, tuple] = {}
        with connection.cursor() as cursor:
            if connection.vendor == "postgresql":
                # One array parameter instead of thousands of placeholders to parse.
                cursor.execute(
                    f"SELECT {key_column}, {columns} FROM {quote(self.table)} "
                    f"WHERE {key_column} = ANY(%s)",
                    [list(keys)],
                )
                rows = cursor.fetchall()
            else:
                rows = []
                for start in range(0, len(keys), 900):
                    part = keys[start : start + 900]
                    cursor.execute(
                        f"SELECT {key_column}, {columns} FROM {quote(self.table)} "
                        f"WHERE {key_column} IN ({', '.join(['%s'] * len(part))})",
                        list(part),
                    )
                    rows.extend(cursor.fetchall())
        json_positions = [
            i for i, n in enumerate(names) if isinstance(self.by_attname.get(n), models.JSONField)
        ]
        for row in rows:
            values = list(row[1:])
            for index in json_positions:
                if isinstance(values[index], str):
                    values[index] = json.loads(values[index])
            found[row[0]] = tuple(values)
        return found

    def pks_by_key(self, key: str, keys: Sequence[str]) -> dict[str, int]:
        return {k: v[0] for k, v in self.rows_by_key(key, keys, ["id"]).items()}

    @contextmanager
    def search_index_suspended(self, rows: int) -> Iterator[None]:
        """On PostgreSQL, a large import drops the search indexes and the key-line trigger,
        and builds both again afterwards in one pass each: maintaining a GIN index or the key
        lines row by row costs several times the load itself."""
        if (
            connection.vendor != "postgresql"
            or rows < SUSPEND_SEARCH_INDEXES_AT
            or "search_keys" not in self.by_attname
        ):
            yield
            return
        quote = connection.ops.quote_name
        names = {f"{self.table}_{suffix}": using for suffix, using in SEARCH_INDEX_SQL.items()}
        trigger = quote(f"{key_line_table(self.table)}_sync")
        with connection.cursor() as cursor:
            cursor.execute(
                "SELECT indexname FROM pg_indexes WHERE indexname = ANY(%s)", [list(names)]
            )
            dropped = [name for (name,) in cursor.fetchall()]
            for name in dropped:
                cursor.execute(f"DROP INDEX {quote(name)}")
            cursor.execute(f"ALTER TABLE {quote(self.table)} DISABLE TRIGGER {trigger}")
        yield
        with connection.cursor() as cursor:
            # Deferred foreign-key checks of the load must run before an index can be built
            # in the same transaction.
            cursor.execute("SET CONSTRAINTS ALL IMMEDIATE")
            cursor.execute("SET LOCAL maintenance_work_mem = '512MB'")
            for name in dropped:
                cursor.execute(f"CREATE INDEX {quote(name)} ON {quote(self.table)} {names[name]}")
            for statement in key_lines_rebuild_sql(self.table):
                cursor.execute(statement)
            cursor.execute(f"ALTER TABLE {quote(self.table)} ENABLE TRIGGER {trigger}")
