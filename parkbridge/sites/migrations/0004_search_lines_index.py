"""On PostgreSQL, the key lines of every name are indexed as tsvector lexemes, so "names
beginning with the query" is an index look-up (parkbridge/core/search_index.py)."""

from django.db import migrations

TABLES = ("sites_site", "organisations_organisation")
LINES = (
    "USING gin ((array_to_tsvector(array_remove(string_to_array(search_keys, E'\\n'), ''))))"
)


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"CREATE INDEX IF NOT EXISTS {table}_search_lines ON {table} {LINES}")


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_lines")


class Migration(migrations.Migration):
    dependencies = [("sites", "0003_list_indexes")]
    operations = [migrations.RunPython(create, drop)]
