"""Moving registry records in and out: import and export."""

from __future__ import annotations

import sys
from pathlib import Path

import click

from parkbridge.cli.django_env import setup_django
from parkbridge.cli.progress import progress_bar, stderr

KINDS = ("sites", "organisations", "agreements", "incentives")


def importer_for(kind: str):
    if kind == "sites":
        from parkbridge.sites.imports import SiteImporter

        return SiteImporter()
    if kind == "organisations":
        from parkbridge.organisations.imports import OrganisationImporter

        return OrganisationImporter()
    from parkbridge.agreements.imports import AgreementImporter

    return AgreementImporter()


@click.command(name="import")
@click.argument("kind", type=click.Choice(KINDS))
@click.argument("path", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json"]), default=None,
              help="Default: from the file's extension.")  # fmt: skip
def import_(kind: str, path: Path, fmt: str | None) -> None:
    """Import KIND from a CSV, XLSX or JSON file: all rows or none."""
    setup_django()
    from parkbridge.cli.server import prepare_database
    from parkbridge.core.imports import ImportRejected
    from parkbridge.core.tabular import ImportFileError

    prepare_database(load_bundled=False)
    if kind == "incentives":
        _import_incentives(path, fmt)
        return
    try:
        with progress_bar() as update:
            report = importer_for(kind).run(
                path, fmt, progress=lambda done, total: update(f"importing {kind}", done, total)
            )
    except (ImportFileError, ImportRejected) as error:
        stderr.print(f"[red]error:[/red] {error}", markup=True, highlight=False)
        sys.exit(2)
    click.echo(f"{kind}: {report.created} created, {report.updated} updated from {path.name}")


def _import_incentives(path: Path, fmt: str | None) -> None:
    from parkbridge.core.imports import ImportRejected
    from parkbridge.core.tabular import ImportFileError
    from parkbridge.sites.incentive_imports import import_incentives

    try:
        report = import_incentives(path, fmt)
    except (ImportFileError, ImportRejected) as error:
        stderr.print(f"[red]error:[/red] {error}", markup=True, highlight=False)
        sys.exit(2)
    for warning in report.warnings:
        stderr.print(f"[yellow]note:[/yellow] {warning}", markup=True, highlight=False)
    click.echo(f"incentives: {report.rows} rows of {report.regimes} regimes from {path.name}")


def _export_incentives(fmt: str, out: Path | None, country: str | None) -> int:
    from parkbridge.core.exports import write_table
    from parkbridge.sites.incentive_imports import COLUMNS, export_row
    from parkbridge.sites.models import Incentive

    queryset = Incentive.objects.filter(site__isnull=True).order_by("country", "regime_code", "id")
    if country:
        queryset = queryset.filter(country=country.upper())
    rows = (export_row(incentive) for incentive in queryset.iterator())
    if out is None:
        return write_table(rows, COLUMNS, fmt, sys.stdout.buffer)
    with out.open("wb") as handle:
        return write_table(rows, COLUMNS, fmt, handle)


@click.command(name="export")
@click.argument("kind", type=click.Choice(KINDS))
@click.option("--format", "fmt", type=click.Choice(["csv", "xlsx", "json", "geojson"]),
              default="csv", show_default=True)  # fmt: skip
@click.option("--out", "out", type=click.Path(path_type=Path, dir_okay=False), default=None,
              help="File to write; default standard output.")  # fmt: skip
@click.option("--country", default=None, help="Only records of this country (ISO alpha-2).")
def export(kind: str, fmt: str, out: Path | None, country: str | None) -> None:
    """Export KIND as CSV, XLSX, JSON or GeoJSON (GeoJSON: sites with coordinates)."""
    setup_django()
    from parkbridge.core.exports import write_table

    if fmt == "xlsx" and out is None and sys.stdout.isatty():
        raise click.UsageError("XLSX is binary: give --out FILE")
    if kind == "incentives":
        if fmt == "geojson":
            raise click.UsageError("GeoJSON export is for sites, which have coordinates")
        stderr.print(f"{_export_incentives(fmt, out, country)} incentive rows exported")
        return
    if fmt == "geojson" and kind != "sites":
        raise click.UsageError("GeoJSON export is for sites, which have coordinates")
    if fmt == "xlsx" and out is None and sys.stdout.isatty():
        raise click.UsageError("XLSX is binary: give --out FILE")
    importer = importer_for(kind)
    queryset = importer.model._default_manager.filter(confidential=False)
    if country:
        field = "parties__country" if kind == "agreements" else "country"
        queryset = queryset.filter(**{field: country.upper()}).distinct()
    if importer.many_to_many:
        queryset = queryset.prefetch_related(*importer.many_to_many)
    if kind == "agreements":
        queryset = queryset.select_related("site")
    header = importer.export_header()
    rows = (importer.export_row(obj) for obj in queryset.iterator(chunk_size=2000))
    if out is None:
        count = write_table(rows, header, fmt, sys.stdout.buffer)
    else:
        with out.open("wb") as handle:
            count = write_table(rows, header, fmt, handle)
    stderr.print(f"{count} {kind} exported")


REPO = Path(__file__).resolve().parents[2]
DATA_DIR = REPO / "parkbridge" / "data"


@click.command(name="bundle-data")
@click.argument("source", type=click.Path(path_type=Path, file_okay=False, exists=True))
@click.option("--output", type=click.Path(path_type=Path, file_okay=False), default=DATA_DIR,
              show_default=True, help="Directory of the bundled files (a source checkout).")  # fmt: skip
@click.option("--corpus", "corpus", multiple=True,
              type=click.Path(path_type=Path, file_okay=False, exists=True),
              help="Also rebuild articles.json from the gold facts in this corpus directory "
                   "(repeatable).")  # fmt: skip
def bundle_data(source: Path, output: Path, corpus: tuple[Path, ...]) -> None:
    """Rebuild the bundled sites.csv and incentives.csv from SOURCE (a directory holding the
    compiled sites.csv and incentives.csv): every site row, geocoded offline, and every regime
    row, checked; then report regions and site ids of the regimes that match no site, and
    sector words that map to no sector of the vocabulary."""
    setup_django()  # for the importers' parsers; the database is not touched
    from parkbridge.cli.bundle import rebuild, rebuild_articles

    status = rebuild(source, output)
    if status == 0 and corpus:
        status = rebuild_articles(list(corpus), output / "articles.json")
    sys.exit(status)


commands: list[click.Command] = [import_, export, bundle_data]
