"""Background tasks of the B2B app (Django's task framework; ``parkbridge worker`` runs them)."""

from __future__ import annotations

from django_tasks import task


@task()
def run_scheduler(run_id: int) -> dict:
    """Execute a queued scheduling run; its progress and result are on the run record."""
    from parkbridge.b2b.runs import execute_run

    run = execute_run(run_id)
    return {"run": run.pk, "status": run.status, "weight": run.weight}


@task()
def expire_requests_task() -> int:
    """Expire unanswered requests past their deadline (schedule it periodically)."""
    from parkbridge.b2b.lifecycle import expire_requests

    return expire_requests()
