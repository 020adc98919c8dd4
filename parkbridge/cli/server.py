"""Running the service: serve, check, API tokens, static assets."""

from __future__ import annotations

import contextlib
import os
import sys

import click

from parkbridge.cli.django_env import setup_django
from parkbridge.cli.progress import progress_bar, stderr


def prepare_database(load_bundled: bool = True) -> None:
    """Migrate, then load the bundled registry into an empty database."""
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)
    if not load_bundled:
        return
    from parkbridge.bundled import load_bundled_registry, registry_is_empty

    if registry_is_empty():
        stderr.print("Empty database: loading the bundled registry…")
        with progress_bar() as update:
            counts = load_bundled_registry(progress=update)
        stderr.print(
            f"Loaded {counts['sites']} sites, {counts['incentives']} incentive terms and the "
            f"facts of {counts['article_sources']} articles."
        )


@click.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8000, show_default=True, type=click.IntRange(1, 65535))
@click.option("--workers", default=2, show_default=True, type=click.IntRange(1, 64))
@click.option("--dev", is_flag=True, help="Django's development server with auto-reload.")
@click.option("--no-bundled", is_flag=True, help="Don't load the bundled registry.")
@click.option("--no-worker", is_flag=True, help="Don't start a background-task worker.")
def serve(host: str, port: int, workers: int, dev: bool, no_bundled: bool, no_worker: bool) -> None:
    """Migrate, load the bundled registry if the database is empty, and serve the app."""
    reachable = answer_to_this_machine(host, os.environ)
    setup_django()
    from django.core.management import call_command

    prepare_database(load_bundled=not no_bundled)
    call_command("collectstatic", interactive=False, verbosity=0)
    for name in reachable or [host]:
        stderr.print(f"ParkBridge on http://{name}:{port}/  (API docs: /api/docs)")
    worker_process = None if no_worker else start_worker()
    try:
        run_web_server(host, port, workers, dev)
    finally:
        if worker_process is not None:
            worker_process.terminate()
            worker_process.wait(timeout=10)


WILDCARD_HOSTS = ("0.0.0.0", "::", "[::]")
DEFAULT_ALLOWED = ("127.0.0.1", "localhost", "testserver")


def machine_names() -> list[str]:
    """This machine's host name and addresses, as other machines may call it."""
    import socket

    names = {socket.gethostname(), socket.getfqdn()}
    with contextlib.suppress(OSError):  # a host name the resolver does not know
        names.update(socket.gethostbyname_ex(socket.gethostname())[2])
    return sorted(n for n in names if n and n not in DEFAULT_ALLOWED)


def answer_to_this_machine(host: str, environ) -> list[str]:  # noqa: ANN001 (os.environ)
    """Serving on every interface (``--host 0.0.0.0``) is for other machines: unless
    PARKBRIDGE_ALLOWED_HOSTS says otherwise, accept requests addressed to this machine's names
    and addresses too (Django refuses unknown Host headers). The names to open are returned."""
    if host not in WILDCARD_HOSTS:
        return []
    names = machine_names()
    if "PARKBRIDGE_ALLOWED_HOSTS" not in environ:
        environ["PARKBRIDGE_ALLOWED_HOSTS"] = ",".join([*DEFAULT_ALLOWED, *names])
    return ["127.0.0.1", *names]


def start_worker():
    """The background-task worker beside the web server, for the one-command set-up."""
    import subprocess

    return subprocess.Popen([sys.executable, "-m", "parkbridge.cli.main", "worker"])


def run_web_server(host: str, port: int, workers: int, dev: bool) -> None:
    from django.core.management import call_command

    if dev:
        call_command("runserver", f"{host}:{port}")
        return
    from dataclasses import replace

    from parkbridge.cli.web_server import run

    run(replace(_web_server_config(), host=host, port=port, workers=workers))


def _web_server_config():  # noqa: ANN202
    from parkbridge.cli.web_server import WebServerConfigError, config_from_environment

    try:
        return config_from_environment()
    except WebServerConfigError as error:
        raise click.ClickException(str(error)) from error


@click.command()
def web() -> None:
    """Run only the production web server (granian), configured from PARKBRIDGE_BIND,
    PARKBRIDGE_WEB_WORKERS, PARKBRIDGE_WEB_THREADS, … (deploy/README.md); systemd runs it."""
    from parkbridge.cli.web_server import run

    config = _web_server_config()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parkbridge.settings_production")
    setup_django()  # a configuration error stops here with its message, not in every worker
    stderr.print(
        f"ParkBridge web server on http://{config.host}:{config.port}/ "
        f"({config.workers} workers × {config.threads} thread)"
    )
    run(config)


@click.command()
@click.option("--interval", default=1.0, show_default=True, type=click.FloatRange(0.1, 60))
@click.option(
    "--housekeeping-every",
    default=300.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds between housekeeping rounds (B2B request expiry, stalled B2B and press "
    "runs); 0: none.",
)
@click.option(
    "--mail-every",
    default=60.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds between mail rounds (retries of failed sends, daily digests); 0: none.",
)
@click.option(
    "--feeds-every",
    default=60.0,
    show_default=True,
    type=click.FloatRange(0),
    help="Seconds between looks for due press feeds (each polls on its own schedule); 0: none.",
)
def worker(
    interval: float, housekeeping_every: float, mail_every: float, feeds_every: float
) -> None:
    """Run background tasks (scheduling runs, article ingestion, feed polls, e-mail)."""
    setup_django()
    from django.core.management import call_command

    from parkbridge.accounts.housekeeping import start_in_background as start_mail_rounds
    from parkbridge.b2b.housekeeping import start_in_background
    from parkbridge.press.stalls import start_in_background as start_press_rounds

    prepare_database(load_bundled=False)
    if housekeeping_every > 0:
        start_in_background(housekeeping_every)
        start_press_rounds(housekeeping_every)
    if mail_every > 0:
        start_mail_rounds(mail_every)
    if feeds_every > 0:
        from parkbridge.press.schedule import start_in_background as poll_feeds_in_background

        poll_feeds_in_background(feeds_every)
    call_command("db_worker", interval=interval)


@click.command()
@click.option("--deploy", is_flag=True, help="Also run Django's deployment checks.")
def check(deploy: bool) -> None:
    """Check the configuration, the database and the registry's consistency."""
    setup_django()
    from django.core.management import call_command
    from django.db import connection

    call_command("check", deploy=deploy)
    connection.ensure_connection()
    click.echo(f"database: {connection.vendor} ok")
    from django.db.migrations.executor import MigrationExecutor

    executor = MigrationExecutor(connection)
    pending = executor.migration_plan(executor.loader.graph.leaf_nodes())
    if pending:
        click.echo(f"migrations: {len(pending)} pending (run `parkbridge migrate`)")
        sys.exit(1)
    click.echo("migrations: up to date")
    from parkbridge.sites.models import Site

    problems = Site.objects.filter(latitude__isnull=True).count()
    click.echo(f"registry: {Site.objects.count()} sites, {problems} without coordinates")
    from parkbridge.accounts.models import MailStatus, OutgoingMail

    failed = OutgoingMail.objects.filter(status=MailStatus.FAILED).count()
    waiting = OutgoingMail.objects.filter(status=MailStatus.QUEUED).count()
    click.echo(f"mail: {waiting} queued, {failed} failed" + (" (see /admin/)" if failed else ""))


@click.command()
def migrate() -> None:
    """Apply database migrations (without loading data)."""
    setup_django()
    prepare_database(load_bundled=False)
    click.echo("migrations applied")


@click.command(name="load-bundled")
def load_bundled() -> None:
    """Load (or refresh) the bundled registry; safe to repeat."""
    setup_django()
    from parkbridge.bundled import load_bundled_registry

    prepare_database(load_bundled=False)
    with progress_bar() as update:
        counts = load_bundled_registry(progress=update)
    for name, count in counts.items():
        click.echo(f"{name}: {count}")


@click.group()
def token() -> None:
    """API tokens."""


@token.command(name="create")
@click.argument("username")
@click.option("--name", default="", help="What the token is for.")
@click.option("--scope", "scopes", multiple=True, type=click.Choice(["read", "write"]),
              default=("read", "write"), show_default=True)  # fmt: skip
@click.option("--days", type=click.IntRange(1, 3650), default=None, help="Expire after N days.")
@click.option("--create-user", is_flag=True, help="Create the user if missing.")
def token_create(
    username: str, name: str, scopes: tuple[str, ...], days: int | None, create_user: bool
) -> None:
    """Issue a token for USERNAME and print it once."""
    setup_django()
    from datetime import timedelta

    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from parkbridge.core.models import ApiToken

    prepare_database(load_bundled=False)
    users = get_user_model()
    user = users.objects.filter(username=username).first()
    if user is None:
        if not create_user:
            raise click.ClickException(f"no user {username!r} (use --create-user)")
        user = users.objects.create_user(username=username)
    expires = timezone.now() + timedelta(days=days) if days else None
    _, raw = ApiToken.issue(user, name=name, scopes=list(scopes), expires=expires)
    click.echo(raw)


@click.command(name="setup-assets")
def setup_assets() -> None:
    """Compile translations and collect static files (run by `make`)."""
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "parkbridge.settings")
    setup_django()
    from django.conf import settings
    from django.core.management import call_command

    try:
        from parkbridge.web.assets import install_assets
    except ImportError:
        install_assets = None
    if install_assets is not None:
        install_assets()
    import shutil

    # install_assets compiles the catalogues itself; GNU msgfmt, where present, checks them too.
    if shutil.which("msgfmt") and any(p.is_dir() for p in settings.LOCALE_PATHS):
        call_command("compilemessages", verbosity=0)
    call_command("collectstatic", interactive=False, verbosity=0)


@click.command(name="manage", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def manage(args: tuple[str, ...]) -> None:
    """Run a Django management command (e.g. `parkbridge manage createsuperuser`)."""
    setup_django()
    from django.core.management import execute_from_command_line

    execute_from_command_line(["parkbridge manage", *args])


commands: list[click.Command] = [
    serve, web, check, migrate, load_bundled, token, setup_assets, manage, worker
]  # fmt: skip
