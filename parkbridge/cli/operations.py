"""Operating an installation: backups and restores of the whole database, and accounts
(roles, memberships)."""

from __future__ import annotations

from pathlib import Path

import click

from parkbridge.cli.django_env import setup_django
from parkbridge.cli.progress import progress_bar, stderr


@click.command(name="backup")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="Archive to write (gzip JSON lines, e.g. parkbridge-2025-01-01.jsonl.gz).")  # fmt: skip
@click.option("--overwrite", is_flag=True, help="Replace OUT if it exists.")
def backup_command(out: Path, overwrite: bool) -> None:
    """Write every table of the database (SQLite or PostgreSQL) to one portable archive."""
    if out.exists() and not overwrite:
        raise click.ClickException(f"{out} exists (use --overwrite to replace it)")
    if not out.parent.is_dir():
        raise click.ClickException(f"no directory {out.parent}")
    setup_django()
    from parkbridge.accounts.backup import backup

    with progress_bar() as update:
        manifest = backup(out, progress=update)
    rows = sum(manifest.tables.values())
    stderr.print(f"{out}: {rows} rows from {len(manifest.tables)} tables ({manifest.database})")
    for label, count in sorted(manifest.tables.items()):
        if count:
            click.echo(f"{label}\t{count}")


@click.command(name="restore")
@click.argument("archive", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--force", is_flag=True, help="Replace the contents of a non-empty database.")
def restore_command(archive: Path, force: bool) -> None:
    """Load ARCHIVE (made by `parkbridge backup`) into this database, migrated first.

    Refuses a database that already holds data unless --force is given."""
    setup_django()
    from parkbridge.accounts.backup import BackupError, restore

    try:
        with progress_bar() as update:
            counts = restore(archive, force=force, progress=update)
    except BackupError as error:
        raise click.ClickException(str(error)) from error
    stderr.print(f"restored {sum(counts.values())} rows into {len(counts)} tables")
    for label, count in sorted(counts.items()):
        click.echo(f"{label}\t{count}")


@click.group(name="role")
def role() -> None:
    """Roles of user accounts (administrator, analyst, reviewer, site operator, …)."""


@role.command(name="list")
def role_list() -> None:
    """The roles and what each may do."""
    from parkbridge.accounts.roles import ROLE_DESCRIPTIONS

    for name, description in ROLE_DESCRIPTIONS.items():
        click.echo(f"{name.value}\t{description}")


@role.command(name="grant")
@click.argument("username")
@click.argument("role_name", metavar="ROLE")
@click.option("--organisation", "organisation_id", type=int, default=None,
              help="Also make the user a member of this organisation (id).")  # fmt: skip
@click.option("--site", "site_id", type=int, default=None, help="Also assign this site (id).")
@click.option("--event", "event_id", type=int, default=None, help="Also assign this event (id).")
def role_grant(username: str, role_name: str, organisation_id, site_id, event_id) -> None:
    """Give USERNAME the role ROLE (and, optionally, what it acts for)."""
    setup_django()
    from django.contrib.auth import get_user_model

    from parkbridge.accounts.models import EventAssignment, SiteAssignment
    from parkbridge.accounts.roles import ROLE_NAMES
    from parkbridge.accounts.roles_admin import grant_role
    from parkbridge.cli.server import prepare_database

    if role_name not in ROLE_NAMES:
        raise click.ClickException(f"unknown role {role_name!r}; roles: {', '.join(ROLE_NAMES)}")
    prepare_database(load_bundled=False)
    user = get_user_model().objects.filter(username=username).first()
    if user is None:
        raise click.ClickException(f"no user {username!r}")
    grant_role(user, role_name)
    try:
        if organisation_id is not None:
            from parkbridge.marketplace.models import OrganisationMember
            from parkbridge.organisations.models import Organisation

            organisation = Organisation.objects.get(pk=organisation_id)
            OrganisationMember.objects.get_or_create(user=user, organisation=organisation)
        if site_id is not None:
            from parkbridge.sites.models import Site

            SiteAssignment.objects.get_or_create(user=user, site=Site.objects.get(pk=site_id))
        if event_id is not None:
            from parkbridge.events.models import Event

            EventAssignment.objects.get_or_create(user=user, event=Event.objects.get(pk=event_id))
    except Exception as error:  # DoesNotExist of any of the three
        if error.__class__.__name__ != "DoesNotExist":
            raise
        raise click.ClickException(str(error)) from error
    click.echo(f"{username}: {role_name}")


commands: list[click.Command] = [backup_command, restore_command, role]
