"""Background work (``parkbridge worker`` runs it): extracting an uploaded article's facts,
polling a feed, fetching pages by their addresses."""

from __future__ import annotations

from django_tasks import task


@task()
def run_ingestion(run_id: int) -> dict:
    from parkbridge.press.ingestion import process_run

    run = process_run(run_id)
    return {"run": run.pk, "status": run.status, "counts": run.counts}


def _queued(run_id: int):
    from parkbridge.press.models import IngestionRun, RunStatus

    run = IngestionRun.objects.select_related("feed").filter(pk=run_id).first()
    if run is None or run.status != RunStatus.QUEUED:
        return None  # deleted, or already taken by another worker
    return run


@task()
def run_feed_poll(run_id: int) -> dict:
    from parkbridge.press.polling import poll_feed

    run = _queued(run_id)
    if run is None or run.feed is None:
        return {"run": run_id, "status": "skipped"}
    run = poll_feed(run.feed, run)
    return {"run": run.pk, "status": run.status, "counts": run.counts}


@task()
def run_url_ingestion(run_id: int) -> dict:
    from parkbridge.press.polling import ingest_urls

    run = _queued(run_id)
    if run is None:
        return {"run": run_id, "status": "skipped"}
    run = ingest_urls(list(run.urls or []), run)
    return {"run": run.pk, "status": run.status, "counts": run.counts}
