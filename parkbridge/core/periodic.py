"""Side jobs of the worker: a daemon thread that runs one job now and then every few seconds.

The worker's rounds (mail and digests, B2B expiry and stalled runs, press stalls, feed polls)
share this loop so that each one survives a failing round the same way: the error is logged,
the thread's database connection is dropped (the database may be restarting) and the next round
tries again.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable

from django.db import close_old_connections

log = logging.getLogger(__name__)


def run_periodically(
    name: str, job: Callable[[], str | None], every: float, stop: threading.Event
) -> None:
    """Run ``job`` now, then every ``every`` seconds until ``stop`` is set; a job returns a line
    to log when it did something, or None."""
    while not stop.is_set():
        try:
            done = job()
            if done:
                log.info("%s: %s", name, done)
        except Exception:  # a worker's side job must not end the worker
            log.exception("%s failed; trying again in %s s", name, every)
        finally:
            close_old_connections()
        stop.wait(every)


def start_periodic(name: str, job: Callable[[], str | None], every: float) -> threading.Event:
    """A daemon thread running ``job`` every ``every`` seconds; set the event to stop it."""
    stop = threading.Event()
    threading.Thread(
        target=run_periodically, args=(name, job, every, stop), name=name, daemon=True
    ).start()
    return stop
