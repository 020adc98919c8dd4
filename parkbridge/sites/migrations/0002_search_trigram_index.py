"""On PostgreSQL, name search uses a trigram index so substring search stays fast at 100k
sites and 1M organisations; SQLite has no equivalent and scans."""

from django.db import migrations

TABLES = ("sites_site", "organisations_organisation")


def create(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    schema_editor.execute("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    for table in TABLES:
        schema_editor.execute(
            f"CREATE INDEX IF NOT EXISTS {table}_search_trgm ON {table} "
            "USING gin (search_keys gin_trgm_ops)"
        )


def drop(apps, schema_editor):
    if schema_editor.connection.vendor != "postgresql":
        return
    for table in TABLES:
        schema_editor.execute(f"DROP INDEX IF EXISTS {table}_search_trgm")


class Migration(migrations.Migration):
    dependencies = [
        ("sites", "0001_initial"),
        ("organisations", "0001_initial"),
    ]
    operations = [migrations.RunPython(create, drop)]
