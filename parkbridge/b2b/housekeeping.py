"""B2B housekeeping: expire meeting requests left unanswered past their deadline and fail
scheduling runs whose worker died. Both are compare-and-set updates, so running it from a
systemd timer and from a worker at once is harmless."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from django.db import close_old_connections

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Housekeeping:
    expired_requests: int
    failed_runs: int


def housekeep() -> Housekeeping:
    from parkbridge.b2b.lifecycle import expire_requests
    from parkbridge.b2b.runs import fail_stalled_runs

    return Housekeeping(expire_requests(), fail_stalled_runs())


def run_periodically(every: float, stop: threading.Event) -> None:
    """Housekeep now, then every ``every`` seconds until ``stop`` is set; an error is logged
    and the next round tries again (the database may be restarting)."""
    while not stop.is_set():
        try:
            done = housekeep()
            if done.expired_requests or done.failed_runs:
                log.info("B2B housekeeping: %s", done)
        except Exception:  # a worker's side job must not end the worker
            log.exception("B2B housekeeping failed; trying again in %s s", every)
        finally:
            close_old_connections()
        stop.wait(every)


def start_in_background(every: float) -> threading.Event:
    """A daemon thread housekeeping every ``every`` seconds; set the event to stop it."""
    stop = threading.Event()
    threading.Thread(
        target=run_periodically, args=(every, stop), name="b2b-housekeeping", daemon=True
    ).start()
    return stop
