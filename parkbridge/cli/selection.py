"""`parkbridge match-sites`: rank the registry's sites for an investor's project file."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click

if TYPE_CHECKING:
    from parkbridge.siteselection import SiteFacts


def sites_from_database() -> list[SiteFacts]:
    """The loader lives in `parkbridge.marketplace.selection`; kept here for older callers.

    Imported lazily so that `parkbridge --help` does not load Django or numpy.
    """
    from parkbridge.marketplace.selection import sites_from_database as load

    return load()


def _fail(message: str) -> None:
    click.echo(f"error: {message}", err=True)
    sys.exit(2)


@click.command(name="match-sites")
@click.argument("project_file", type=click.Path(path_type=Path, dir_okay=False))
@click.option("--top", "top_n", type=click.IntRange(1, 10_000), default=10, show_default=True)
@click.option("--json", "as_json", is_flag=True, help="Print a JSON list instead of a table.")
@click.option(
    "--export",
    "export_path",
    type=click.Path(path_type=Path, dir_okay=False),
    help="Also write the top sites to a .csv, .xlsx or .pdf file.",
)
def match_sites(project_file: Path, top_n: int, as_json: bool, export_path: Path | None) -> None:
    """Rank the registry's sites for the project described in PROJECT_FILE (JSON)."""
    from parkbridge.siteselection import ProjectError, SiteIndex, load_project, select

    try:
        project = load_project(project_file)
    except ProjectError as error:
        _fail(str(error))
    if export_path is not None and export_path.suffix.lower() not in (".csv", ".xlsx", ".pdf"):
        _fail(f"--export: unsupported file type {export_path.suffix!r} (use .csv, .xlsx, .pdf)")

    from parkbridge.cli.django_env import setup_django

    setup_django()
    from parkbridge.cli.server import prepare_database

    prepare_database()
    sites = sites_from_database()
    results = select(SiteIndex.build(sites), project).top(top_n)
    if export_path is not None:
        _export(results, export_path, project.name)
    if as_json:
        payload = [
            {
                "site_id": r.site_id,
                "name": r.name,
                "score": round(r.score, 4),
                "incentive_value": round(r.incentive_value, 2),
                "reasons": r.reasons,
                "violations": r.violations,
            }
            for r in results
        ]
        click.echo(json.dumps(payload, ensure_ascii=False, indent=2))
        return
    _print_table(results, project.currency, len(sites))


def _export(results: list, path: Path, title: str) -> None:
    from parkbridge.siteselection.export import to_csv, to_pdf, to_xlsx

    suffix = path.suffix.lower()
    if suffix == ".csv":
        path.write_text(to_csv(results), encoding="utf-8")
    elif suffix == ".xlsx":
        to_xlsx(results, path)
    else:
        to_pdf(results, path, title=f"Site selection: {title}")


def _print_table(results: list, currency: str, total: int) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"Best {len(results)} of {total} sites")
    table.add_column("#", justify="right")
    table.add_column("Site")
    table.add_column("Score", justify="right")
    table.add_column(f"Incentives ({currency})", justify="right")
    table.add_column("Confidence", justify="right")
    table.add_column("Why")
    for r in results:
        table.add_row(
            str(r.rank),
            f"{r.name}\n[dim]{r.site_id}[/dim]",
            f"{r.score:.3f}",
            f"{r.incentive_value:,.0f}",
            f"{r.confidence:.0%}",
            "\n".join(r.reasons[:5]),
        )
    Console().print(table)


commands: list[click.Command] = [match_sites]
