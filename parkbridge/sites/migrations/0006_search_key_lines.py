"""On PostgreSQL, every searchable table gets a narrow table of its records' key lines (one row
per line, collation "C", one btree), kept in step by triggers, so "names beginning with the
query" is an ordered range scan that stops at the page's end (parkbridge/core/search_index.py).
It replaces the GIN index of key lines as tsvector lexemes, which found the beginnings but
couldn't order them.

The statements are frozen here; the bulk importer's copy of the rebuild lives in
``search_index.key_lines_rebuild_sql``.
"""

from django.db import migrations

TABLES = (
    "sites_site",
    "organisations_organisation",
    "events_eventseries",
    "events_event",
)
OLD_LINES_INDEX = (
    "USING gin ((array_to_tsvector(array_remove(string_to_array(search_keys, E'\\n'), ''))))"
)


def _create_sql(table: str) -> list[str]:
    lines = f"{table}_key_line"
    return [
        f'CREATE TABLE {lines} (record_id bigint NOT NULL, line text COLLATE "C" NOT NULL)',
        f"""CREATE FUNCTION {lines}_sync() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND NEW.id = OLD.id
            AND NEW.search_keys IS NOT DISTINCT FROM OLD.search_keys THEN
        RETURN NULL;
    END IF;
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        DELETE FROM {lines} WHERE record_id = OLD.id;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        INSERT INTO {lines} (record_id, line)
        SELECT DISTINCT NEW.id, line
        FROM unnest(string_to_array(NEW.search_keys, E'\\n')) AS line WHERE line <> '';
    END IF;
    RETURN NULL;
END $$""",
        f"""CREATE FUNCTION {lines}_clear() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    TRUNCATE {lines};
    RETURN NULL;
END $$""",
        f"CREATE TRIGGER {lines}_sync AFTER INSERT OR DELETE OR UPDATE OF id, search_keys "
        f"ON {table} FOR EACH ROW EXECUTE FUNCTION {lines}_sync()",
        f"CREATE TRIGGER {lines}_clear AFTER TRUNCATE ON {table} "
        f"FOR EACH STATEMENT EXECUTE FUNCTION {lines}_clear()",
        f"INSERT INTO {lines} (record_id, line) SELECT DISTINCT id, line FROM {table}, "
        "unnest(string_to_array(search_keys, E'\\n')) AS line WHERE line <> ''",
        f"CREATE INDEX {lines}_line ON {lines} (line, record_id)",
        f"CREATE INDEX {lines}_record ON {lines} (record_id)",
        f"DROP INDEX IF EXISTS {table}_search_lines",
    ]


def _drop_sql(table: str) -> list[str]:
    lines = f"{table}_key_line"
    statements = [
        f"DROP TRIGGER IF EXISTS {lines}_sync ON {table}",
        f"DROP TRIGGER IF EXISTS {lines}_clear ON {table}",
        f"DROP FUNCTION IF EXISTS {lines}_sync()",
        f"DROP FUNCTION IF EXISTS {lines}_clear()",
        f"DROP TABLE IF EXISTS {lines}",
    ]
    if table in ("sites_site", "organisations_organisation"):
        statements.append(
            f"CREATE INDEX IF NOT EXISTS {table}_search_lines ON {table} {OLD_LINES_INDEX}"
        )
    return statements


def _run_for_every_table(statements_of):
    def run(apps, schema_editor):
        if schema_editor.connection.vendor != "postgresql":
            return
        for table in TABLES:
            for statement in statements_of(table):
                schema_editor.execute(statement)

    return run


class Migration(migrations.Migration):
    dependencies = [
        ("sites", "0005_covering_list_index"),
        ("organisations", "0003_covering_list_index"),
        ("events", "0001_initial"),
    ]
    operations = [
        migrations.RunPython(_run_for_every_table(_create_sql), _run_for_every_table(_drop_sql))
    ]
