"""`parkbridge ingest`: store articles as sources and turn their facts into review proposals."""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

import click

from parkbridge.cli.django_env import setup_django


def article_files(paths: tuple[Path, ...]) -> list[Path]:
    """Files given directly, and the *.txt files inside given directories (sorted)."""
    files: list[Path] = []
    for path in paths:
        if path.is_dir():
            files.extend(sorted(p for p in path.rglob("*.txt") if p.is_file()))
        else:
            files.append(path)
    return files


@click.command(name="ingest")
@click.argument("inputs", nargs=-1, required=True, type=click.Path(exists=True, path_type=Path))
@click.option("--no-bundled", is_flag=True,
              help="Don't load the bundled registry into an empty database first.")  # fmt: skip
@click.option("--reextract", is_flag=True,
              help="Extract already ingested articles again; only new facts are proposed.")  # fmt: skip
def ingest(inputs: tuple[Path, ...], no_bundled: bool, reextract: bool) -> None:
    """Ingest article files (or directories of *.txt): each becomes a source, its facts become
    proposals for review. Re-ingesting an article, or another outlet's reprint of one, adds
    nothing. Exit status 1 if any failed."""
    setup_django()
    from django.utils import timezone

    from parkbridge.cli.progress import progress_bar
    from parkbridge.cli.server import prepare_database
    from parkbridge.press.ingestion import BadArticle, ingest_text, read_article_file, record_result
    from parkbridge.press.models import IngestionRun, RunOrigin, RunStatus
    from parkbridge.press.review import auto_accept_threshold

    # Resolution links facts to the registry, so an empty database gets the bundled one first.
    prepare_database(load_bundled=not no_bundled)
    files = article_files(inputs)
    if not files:
        raise click.ClickException("no article files (*.txt) found")
    run = IngestionRun.objects.create(
        origin=RunOrigin.CLI, status=RunStatus.RUNNING, total=len(files)
    )
    new_sources = 0
    with progress_bar() as update:
        for number, path in enumerate(files, start=1):
            try:
                result = ingest_text(
                    read_article_file(path), path.name, run=run, reextract=reextract
                )
            except BadArticle as error:
                click.echo(f"error: {path}: {error}", err=True)
                record_result(run, str(path), None, str(error))
            except Exception as error:  # noqa: BLE001 - one bad article must not stop the batch
                click.echo(f"error: {path}: internal error: {error!r}", err=True)
                record_result(run, str(path), None, f"internal error: {error!r}")
            else:
                new_sources += result.source_created
                record_result(run, str(path), result)
            run.save(update_fields=["processed", "failed", "counts", "errors"])
            update("ingesting articles", number, len(files))
    run.status = RunStatus.FAILED if run.failed == run.total else RunStatus.DONE
    run.finished = timezone.now()
    run.save(update_fields=["status", "finished"])

    counts = Counter(run.counts)
    ok = run.total - run.failed
    click.echo(
        f"Ingestion #{run.pk}: {ok} of {run.total} article(s) ingested, {new_sources} new, "
        f"{run.failed} failed."
    )
    outcomes = {
        "seen_before": "seen before",
        "reprints": "reprints of a story already read (kept as copies)",
        "not_relevant": "not about industrial cooperation (kept, marked)",
    }
    categories = [k for k in counts if k not in ("existing", "auto_accepted", *outcomes)]
    total_new = sum(counts[k] for k in categories)
    for outcome, words in outcomes.items():
        if counts[outcome]:
            click.echo(f"Articles {words}: {counts[outcome]}")
    click.echo(f"New proposals: {total_new} ({counts['existing']} already proposed before)")
    for category in sorted(categories):
        click.echo(f"  {category:<16} {counts[category]}")
    threshold = auto_accept_threshold()
    if threshold <= 1:
        click.echo(f"Auto-accepted (confidence >= {threshold:g}): {counts['auto_accepted']}")
    click.echo("Review them at /press/ or /admin/press/proposal/.")
    if run.failed:
        sys.exit(1)


commands: list[click.Command] = [ingest]


@click.group(name="feeds")
def feeds() -> None:
    """RSS and Atom feeds the worker polls for new articles."""


@feeds.command(name="add")
@click.argument("url")
@click.option("--name", default="", help="The outlet's name (default: the feed's own title).")
@click.option("--every", "every", default=60, show_default=True, type=click.IntRange(1, 10080),
              help="Minutes between polls.")  # fmt: skip
def feeds_add(url: str, name: str, every: int) -> None:
    """Add a feed by its address (http or https)."""
    setup_django()
    from parkbridge.cli.server import prepare_database

    prepare_database(load_bundled=False)
    from parkbridge.press.feeds import BadFeed, add_feed

    try:
        feed = add_feed(url, name=name, every_minutes=every)
    except BadFeed as error:
        raise click.ClickException(str(error)) from error
    click.echo(f"Feed #{feed.pk} added: {feed.url} (every {feed.every_minutes} min).")


@feeds.command(name="list")
def feeds_list() -> None:
    """Feeds with their schedule, last poll and last error."""
    setup_django()
    from parkbridge.cli.server import prepare_database

    prepare_database(load_bundled=False)
    from parkbridge.press.models import Feed

    feeds_ = list(Feed.objects.all())
    if not feeds_:
        click.echo("No feeds yet: parkbridge feeds add URL")
    for feed in feeds_:
        polled = f"{feed.last_polled:%Y-%m-%d %H:%M}" if feed.last_polled else "never"
        upcoming = f"{feed.next_poll:%Y-%m-%d %H:%M}" if feed.active else "paused"
        click.echo(
            f"#{feed.pk} {feed.name or '(no name)'} — {feed.url}\n"
            f"    every {feed.every_minutes} min · last polled {polled} · next {upcoming} · "
            f"{feed.items.count()} item(s) · {feed.failures} failure(s) in a row"
        )
        if feed.last_error:
            click.echo(f"    last error: {feed.last_error}")


@feeds.command(name="poll")
@click.option("--all", "all_", is_flag=True, help="Poll every active feed, not only the due ones.")
def feeds_poll(all_: bool) -> None:
    """Poll due feeds now (all active ones with --all). Exit status 1 if any failed."""
    setup_django()
    from parkbridge.cli.progress import progress_bar
    from parkbridge.cli.server import prepare_database
    from parkbridge.press.models import Feed, RunStatus
    from parkbridge.press.polling import due_feeds, poll_feed

    prepare_database()  # facts are linked to the registry: an empty one gets the bundled data

    chosen = list(Feed.objects.filter(active=True) if all_ else due_feeds())
    if not chosen:
        click.echo("No feed is due (use --all to poll every feed).")
        return
    failed = 0
    with progress_bar() as update:
        for number, feed in enumerate(chosen, start=1):
            run = poll_feed(
                feed, progress=lambda r, f=feed: update(str(f)[:40], r.processed, r.total or 1)
            )
            update("feeds", number, len(chosen))
            counts = ", ".join(f"{k}: {v}" for k, v in sorted(run.counts.items())) or "nothing"
            click.echo(f"{feed}: {run.get_status_display().lower()} (#{run.pk}) — {counts}")
            for error in run.errors:
                click.echo(f"  error: {error['file']}: {error['error']}", err=True)
            failed += run.status == RunStatus.FAILED
    if failed:
        sys.exit(1)


@click.command(name="ingest-url")
@click.argument("urls", nargs=-1, required=True)
def ingest_url(urls: tuple[str, ...]) -> None:
    """Fetch web pages (or PDFs) by their address and ingest their articles. Exit status 1 if
    any failed."""
    setup_django()
    from parkbridge.cli.progress import progress_bar
    from parkbridge.cli.server import prepare_database
    from parkbridge.press.polling import ingest_urls

    prepare_database()

    with progress_bar() as update:
        run = ingest_urls(
            list(urls), progress=lambda r: update("fetching pages", r.processed, r.total)
        )
    counts = ", ".join(f"{k}: {v}" for k, v in sorted(run.counts.items())) or "nothing new"
    click.echo(
        f"Ingestion #{run.pk}: {run.processed - run.failed} of {run.total} page(s) — {counts}"
    )
    for error in run.errors:
        click.echo(f"error: {error['file']}: {error['error']}", err=True)
    if run.failed:
        sys.exit(1)


commands.extend([feeds, ingest_url])
