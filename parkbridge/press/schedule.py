"""The worker's feed schedule: every round, each due feed gets a poll queued as a background
task (claimed by compare-and-set, so two workers never poll one feed twice)."""

from __future__ import annotations

import logging
import threading

from django.db import close_old_connections

log = logging.getLogger(__name__)


def run_periodically(every: float, stop: threading.Event) -> None:
    from parkbridge.press.polling import schedule_due_feeds

    while not stop.is_set():
        try:
            queued = schedule_due_feeds()
            if queued:
                log.info("press: queued %d feed poll(s)", len(queued))
        except Exception:  # a worker's side job must not end the worker
            log.exception("press: scheduling feed polls failed; trying again in %s s", every)
        finally:
            close_old_connections()
        stop.wait(every)


def start_in_background(every: float) -> threading.Event:
    stop = threading.Event()
    threading.Thread(
        target=run_periodically, args=(every, stop), name="press-feeds", daemon=True
    ).start()
    return stop
