"""Name search and counts that stay cheap at registry scale.

A page of search results lists the records with a name *beginning* with the query first, then
the others containing it, each group by name. Sorting every match by that rank costs a pass
over all matches — every site, for a query like "park". So the first few hundred matches in
name order are read (the name index, or the trigram index for rare substrings; the planner
picks): when they are all the matches, or hold enough beginnings, they settle the page. Else it
is read in two steps that indexes answer: the beginnings (a GIN index on the key lines as
tsvector lexemes, searched by prefix), then the other matches in name order.

Totals are counted exactly up to :data:`EXACT_COUNT_LIMIT` (the count stops reading there);
above it the answer is PostgreSQL's estimate, flagged as such, because an exact count of
45,000 rows costs more than the page itself. When the estimate is far above the limit the
rows aren't counted at all.
"""

from __future__ import annotations

from collections.abc import Sequence

from django.db import connections, models
from django.db.models import BooleanField, F, Func, Value
from django.db.models.functions import Concat

EXACT_COUNT_LIMIT = 1000
# An estimate this many times the limit is taken as it is (no count). Planner estimates of
# simple filters are off by a small factor; off by ten only right after mass deletes, until
# autovacuum's ANALYZE catches up.
TRUSTED_ESTIMATE_MARGIN = 10

# The key lines of a `search_keys` column as tsvector lexemes. The index and the queries use
# this one text, so PostgreSQL matches the query's expression to the index's.
LINES_EXPRESSION = "array_to_tsvector(array_remove(string_to_array({column}, E'\\n'), ''))"

# Tables with a `search_keys` column and the search indexes (migrations create them; the
# bulk importer suspends them during large loads).
SEARCH_INDEX_SQL = {
    "search_trgm": "USING gin (search_keys gin_trgm_ops)",
    "search_lines": f"USING gin (({LINES_EXPRESSION.format(column='search_keys')}))",
}


def _tsquery_prefixes(keys: Sequence[str]) -> str:
    """``'key1':* | 'key2':*`` with each key quoted as a tsquery lexeme."""
    quoted = ("'" + key.replace("\\", "\\\\").replace("'", "''") + "':*" for key in keys)
    return " | ".join(quoted)


class KeyLineStarts(Func):
    """True when a line of the search keys starts with one of ``keys``. On PostgreSQL it is
    written exactly as the ``search_lines`` index expression, so the index answers it."""

    output_field = BooleanField()

    def __init__(self, keys: Sequence[str], field: str = "search_keys") -> None:
        self.keys = list(keys)
        super().__init__(F(field), Value(_tsquery_prefixes(self.keys)))

    def as_sql(self, compiler, connection, **extra):  # noqa: ANN001, ANN201
        # Elsewhere (SQLite): the line starts at the beginning or after a newline.
        column, params = compiler.compile(self.source_expressions[0])
        like = []
        like_params: list[str] = []
        for key in self.keys:
            escaped = key.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            like.append(f"{column} LIKE %s ESCAPE '\\' OR {column} LIKE %s ESCAPE '\\'")
            like_params += [*params, f"{escaped}%", *params, f"%\n{escaped}%"]
        return "(" + " OR ".join(like) + ")", like_params

    def as_postgresql(self, compiler, connection, **extra):  # noqa: ANN001, ANN201
        column, params = compiler.compile(self.source_expressions[0])
        query, query_params = compiler.compile(self.source_expressions[1])
        sql = f"({LINES_EXPRESSION.format(column=column)} @@ ({query})::tsquery)"
        return sql, [*params, *query_params]


# The first matches in name order are read (up to WALK_PER_RESULT per wanted row, within
# these bounds) before the indexes are asked: for a common query they hold the page.
MIN_WALK = 200
MAX_WALK = 2000
WALK_PER_RESULT = 10


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

    def page(self, offset: int, limit: int) -> list[models.Model]:
        wanted = offset + limit
        page_ids = self._from_first_matches(offset, wanted)
        if page_ids is None:
            page_ids = self._from_indexes(offset, limit)
        # The page's ids are matches already: loaded without the substring condition.
        loaded = {record.pk: record for record in self.candidates.filter(pk__in=page_ids)}
        return [loaded[pk] for pk in page_ids if pk in loaded]

    def _begins(self, search_keys: str) -> bool:
        """The Python twin of :class:`KeyLineStarts`."""
        return any(line.startswith(self.keys) for line in search_keys.split("\n"))

    def _from_first_matches(self, offset: int, wanted: int) -> list | None:
        """The page read off the first matches in name order, when they settle it: all the
        matches were read, or enough beginnings were among them (any other beginning comes
        later by name). Usually one short query; None when the indexes must answer."""
        walk = min(MAX_WALK, max(MIN_WALK, WALK_PER_RESULT * wanted))
        order: list = list(self.order)
        if connections[self.matches.db].vendor != "postgresql":
            # SQLite can't tell a rare substring from a common one and would walk the whole
            # name index for a rare one; one pass over the table and a sort is its best plan.
            first, *rest = order
            order = [Concat(F(first), Value("")), *rest]
        rows = list(self.matches.order_by(*order).values_list("pk", "search_keys")[:walk])
        beginnings, others = [], []
        for pk, keys in rows:
            (beginnings if self._begins(keys) else others).append(pk)
        if len(rows) < walk:
            return (beginnings + others)[offset:wanted]
        if len(beginnings) >= wanted:
            return beginnings[offset:wanted]
        return None

    def _from_indexes(self, offset: int, limit: int) -> list:
        wanted = offset + limit
        # A beginning is a match, so the substring condition is left out of the first step;
        # ordered by an expression, so the planner reads the beginnings off the search_lines
        # index rather than walking the name index through every record.
        first, *rest = self.order
        beginnings = list(
            self.candidates.filter(KeyLineStarts(self.keys))
            .order_by(Concat(F(first), Value("")), *rest)
            .values_list("pk", flat=True)[:wanted]
        )
        page_ids = beginnings[offset:wanted]
        if len(page_ids) < limit and len(beginnings) < wanted:
            skip = max(0, offset - len(beginnings))
            others = self.matches.exclude(pk__in=beginnings).order_by(*self.order)
            others = others.values_list("pk", flat=True)
            page_ids += list(others[skip : skip + limit - len(page_ids)])
        return page_ids

    def count(self) -> tuple[int, bool]:
        return bounded_count(self.matches)


def bounded_count(queryset: models.QuerySet) -> tuple[int, bool]:
    """(count, exact): exact up to :data:`EXACT_COUNT_LIMIT`; above it PostgreSQL's estimate
    (never below the limit). Other databases always count exactly."""
    connection = connections[queryset.db]
    if connection.vendor != "postgresql" or queryset.query.is_sliced:
        return queryset.count(), True
    # Compiled once for both questions: the compilation costs more than either answer.
    sql, params = queryset.order_by().values("pk").query.sql_with_params()
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
