"""B2B housekeeping: expire meeting requests left unanswered past their deadline and fail
scheduling runs whose worker died. Both are compare-and-set updates, so running it from a
systemd timer and from a worker at once is harmless."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from parkbridge.core.periodic import start_periodic


@dataclass(frozen=True)
class Housekeeping:
    expired_requests: int
    failed_runs: int


def housekeep() -> Housekeeping:
    from parkbridge.b2b.lifecycle import expire_requests
    from parkbridge.b2b.runs import fail_stalled_runs

    return Housekeeping(expire_requests(), fail_stalled_runs())


def _round() -> str | None:
    done = housekeep()
    return str(done) if done.expired_requests or done.failed_runs else None


def start_in_background(every: float) -> threading.Event:
    """B2B housekeeping every ``every`` seconds in a daemon thread; set the event to stop it."""
    return start_periodic("B2B housekeeping", _round, every)
