"""Name search and counts that stay cheap at registry scale.

A page of search results lists the records with a name *beginning* with the query first, in
the alphabetical order of that name's key (its folded form, the first one if several begin
with the query), then the others containing it, by name.

Beginnings are read off a narrow table of every record's key lines (``<table>_key_line``:
record id and line, collation "C", one btree), kept in step by triggers on PostgreSQL: a
range scan in line order that stops at the page's end, however many names begin with the
query. Only when the beginnings don't fill the page are the other matches read, in name
order (the name index, or the trigram index for rare substrings; the planner picks). SQLite
(the embedded set-up, thousands of records) scans, finding each record's first beginning line
with ``instr`` in its sorted key lines.

Totals are counted exactly up to :data:`EXACT_COUNT_LIMIT` (the count stops reading there);
above it the answer is PostgreSQL's estimate, flagged as such, because an exact count of
45,000 rows costs more than the page itself. When the estimate is far above the limit the
rows aren't counted at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.core.exceptions import EmptyResultSet
from django.db import connections, models
from django.db.models import CharField, F, Func, Value
from django.db.models.expressions import RawSQL
from django.db.models.functions import Concat

EXACT_COUNT_LIMIT = 1000
# An estimate this many times the limit is taken as it is (no count). Planner estimates of
# simple filters are off by a small factor; off by ten only right after mass deletes, until
# autovacuum's ANALYZE catches up.
TRUSTED_ESTIMATE_MARGIN = 10

# Indexes on a `search_keys` column (migrations create them; the bulk importer suspends them
# during large loads).
SEARCH_INDEX_SQL = {"search_trgm": "USING gin (search_keys gin_trgm_ops)"}


def key_line_table(table: str) -> str:
    """The key-line table of a table with a ``search_keys`` column (PostgreSQL)."""
    return f"{table}_key_line"


def key_lines_rebuild_sql(table: str) -> list[str]:
    """Statements that refill a key-line table from its records in one pass (after a bulk
    load that ran with its trigger disabled); the indexes are built after the rows."""
    lines = key_line_table(table)
    return [
        f"TRUNCATE {lines}",
        f"DROP INDEX IF EXISTS {lines}_line",
        f"DROP INDEX IF EXISTS {lines}_record",
        f"INSERT INTO {lines} (record_id, line) SELECT DISTINCT id, line FROM {table}, "
        "unnest(string_to_array(search_keys, E'\\n')) AS line WHERE line <> ''",
        f"CREATE INDEX {lines}_line ON {lines} (line, record_id)",
        f"CREATE INDEX {lines}_record ON {lines} (record_id)",
    ]


def _like_prefix(key: str) -> str:
    return key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%"


class FirstKeyLine(Func):
    """SQLite: the first line of the search keys that starts with one of ``keys`` (NULL when
    none does). The lines are stored sorted (``build_search_keys``), so the first such line in
    the text is also the smallest: found with ``instr``, no splitting."""

    output_field = CharField()

    def __init__(self, keys: Sequence[str], field: str = "search_keys") -> None:
        self.keys = list(keys)
        super().__init__(F(field))

    def as_sql(self, compiler, connection, **extra):  # noqa: ANN001, ANN201
        raise NotImplementedError("PostgreSQL reads beginnings off the key-line table")

    def as_sqlite(self, compiler, connection, **extra):  # noqa: ANN001, ANN201
        column, column_params = compiler.compile(self.source_expressions[0])
        if column_params:
            raise ValueError("FirstKeyLine takes a plain column")
        after = f"substr({column}, instr({column}, char(10) || %s) + 1)"
        line = (
            f"(CASE WHEN substr({column}, 1, length(%s)) = %s "
            f"THEN substr({column}, 1, instr({column} || char(10), char(10)) - 1) "
            f"WHEN instr({column}, char(10) || %s) > 0 "
            f"THEN substr({after}, 1, instr({after} || char(10), char(10)) - 1) END)"
        )
        first, *rest = self.keys
        sql, params = line, [first] * 5
        for key in rest:
            # min() of SQLite is NULL when any argument is: each NULL is replaced by the other.
            sql = f"min(coalesce({sql}, {line}), coalesce({line}, {sql}))"
            params = [*params, *[key] * 5, *[key] * 5, *params]
        return sql, params


class RankedSearch:
    """The records of ``matches`` (``candidates`` filtered by the query's substrings) in
    relevance order, read a page at a time."""

    def __init__(
        self,
        candidates: models.QuerySet,
        matches: models.QuerySet,
        keys: Sequence[str],
        order: Sequence[str],
    ) -> None:
        self.candidates = candidates
        self.matches = matches
        self.keys = tuple(keys)
        self.order = list(order)
        self.connection = connections[candidates.db]
        self.on_postgresql = self.connection.vendor == "postgresql"

    def page(self, offset: int, limit: int) -> list[models.Model]:
        wanted = offset + limit
        beginnings = self._beginnings(wanted)
        page_ids = beginnings[offset:wanted]
        if len(beginnings) < wanted:
            # Every beginning is known: the rest of the page comes from the other matches.
            skip = max(0, offset - len(beginnings))
            others = self._others().order_by(*self._others_order()).values_list("pk", flat=True)
            page_ids += list(others[skip : skip + limit - len(page_ids)])
        # The page's ids are matches already: loaded without the substring condition.
        loaded = {record.pk: record for record in self.candidates.filter(pk__in=page_ids)}
        return [loaded[pk] for pk in page_ids if pk in loaded]

    @property
    def _key_lines(self) -> str:
        table = self.candidates.model._meta.db_table
        return self.connection.ops.quote_name(key_line_table(table))

    def _with_first_key_line(self) -> models.QuerySet:
        """SQLite: the matches with the first of their lines beginning with the query (the
        substring test runs first, sparing the line search on the other rows)."""
        return self.matches.annotate(first_key_line=FirstKeyLine(self.keys))

    def _others(self) -> models.QuerySet:
        """The matches that don't begin with the query, by condition (a list of the
        beginnings' ids could outgrow a statement's parameters)."""
        if not self.on_postgresql:
            return self._with_first_key_line().filter(first_key_line__isnull=True)
        starts = " OR ".join(["line LIKE %s"] * len(self.keys))
        beginnings = RawSQL(
            f"SELECT record_id FROM {self._key_lines} WHERE {starts}",
            [_like_prefix(key) for key in self.keys],
        )
        return self.matches.exclude(pk__in=beginnings)

    def _others_order(self) -> list:
        if self.on_postgresql:
            return self.order
        # SQLite can't tell a rare substring from a common one and would walk the whole name
        # index for a rare one; one pass over the table and a sort is its best plan.
        first, *rest = self.order
        return [Concat(F(first), Value("")), *rest]

    def _beginnings(self, wanted: int) -> list:
        """The ids of the first ``wanted`` records (or all, when fewer) whose key lines begin
        with the query, by their first such line, then id."""
        if self.on_postgresql:
            return self._beginnings_from_key_lines(wanted)
        return list(
            self._with_first_key_line()
            .filter(first_key_line__isnull=False)
            .order_by("first_key_line", "pk")
            .values_list("pk", flat=True)[:wanted]
        )

    def _beginnings_from_key_lines(self, wanted: int) -> list:
        """One ordered range scan per key, each joined to the candidates and stopped at the
        limit, merged. A record with several beginning lines appears once per line: read on
        until ``wanted`` distinct records are in (or the lines run out)."""
        candidates, candidate_params = (
            self.candidates.order_by().values("pk").query.sql_with_params()
        )
        scan = (
            f"(SELECT record_id, line FROM {self._key_lines} WHERE line LIKE %s "
            f"AND record_id IN ({candidates}) ORDER BY line, record_id LIMIT %s)"
        )
        union = " UNION ALL ".join([scan] * len(self.keys))
        sql = f"SELECT record_id FROM ({union}) AS beginning ORDER BY line, record_id LIMIT %s"
        fetch = 2 * wanted + 8
        while True:
            params = [p for key in self.keys for p in (_like_prefix(key), *candidate_params, fetch)]
            with self.connection.cursor() as cursor:
                cursor.execute(sql, [*params, fetch])
                rows = [record_id for (record_id,) in cursor.fetchall()]
            distinct = list(dict.fromkeys(rows))
            if len(distinct) >= wanted or len(rows) < fetch:
                return distinct[:wanted]
            fetch *= 4

    def count(self) -> tuple[int, bool]:
        return bounded_count(self.matches)


class RankedResults:
    """A :class:`RankedSearch` as Django's ``Paginator`` reads a list: slices are pages, the
    count is exact (a page list needs its last page)."""

    def __init__(self, search: RankedSearch) -> None:
        self.search = search

    def count(self) -> int:
        return self.search.matches.count()

    def __getitem__(self, index: slice) -> list[models.Model]:
        start, stop = index.start or 0, index.stop
        if index.step not in (None, 1) or stop is None or start < 0 or stop < start:
            raise ValueError("ranked results are read a page (a plain slice) at a time")
        return self.search.page(start, stop - start)


def bounded_count(queryset: models.QuerySet) -> tuple[int, bool]:
    """(count, exact): exact up to :data:`EXACT_COUNT_LIMIT`; above it PostgreSQL's estimate
    (never below the limit). Other databases always count exactly."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql" or queryset.query.is_sliced:
        return queryset.count(), True
    # Compiled once for both questions: the compilation costs more than either answer.
    try:
        sql, params = queryset.order_by().values("pk").query.sql_with_params()
    except EmptyResultSet:  # a queryset that can hold nothing (.none(), pk__in=[]) has no SQL
        return 0, True
    with connection.cursor() as cursor:
        cursor.execute(f"EXPLAIN (FORMAT JSON) {sql}", params)
        estimate = _plan_rows(cursor.fetchone()[0])
        if estimate > TRUSTED_ESTIMATE_MARGIN * EXACT_COUNT_LIMIT:
            return estimate, False
        # Near the limit the rows are counted: statistics lag behind deletes, and a list of 2
        # records must not say 1,300.
        cursor.execute(
            f"SELECT COUNT(*) FROM ({sql} LIMIT {EXACT_COUNT_LIMIT + 1}) AS counted", params
        )
        seen = cursor.fetchone()[0]
    if seen <= EXACT_COUNT_LIMIT:
        return seen, True
    return max(EXACT_COUNT_LIMIT + 1, estimate), False


def _plan_rows(plan: list | str) -> int:
    if isinstance(plan, str):
        import json

        plan = json.loads(plan)
    return int(plan[0]["Plan"]["Plan Rows"])
