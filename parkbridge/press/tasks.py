"""Background work: extracting an uploaded article's facts (``parkbridge worker`` runs it)."""

from __future__ import annotations

from django_tasks import task


@task()
def run_ingestion(run_id: int) -> dict:
    from parkbridge.press.ingestion import process_run

    run = process_run(run_id)
    return {"run": run.pk, "status": run.status, "counts": run.counts}
