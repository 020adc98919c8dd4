"""Accounts housekeeping, run by the worker's housekeeping thread: send the mail that is due
(retries after a failure, and mail whose task was never enqueued) and the daily digests."""

from __future__ import annotations

import logging
import threading
from dataclasses import dataclass

from django.db import close_old_connections

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Housekeeping:
    digests_queued: int
    mail_sent: int


def housekeep() -> Housekeeping:
    from parkbridge.accounts.mail import send_due
    from parkbridge.accounts.notifications import send_digests

    digests = send_digests()
    return Housekeeping(digests, send_due())


def run_periodically(every: float, stop: threading.Event) -> None:
    """Housekeep now, then every ``every`` seconds until ``stop`` is set; an error is logged
    and the next round tries again (the database or the mail server may be restarting)."""
    while not stop.is_set():
        try:
            done = housekeep()
            if done.digests_queued or done.mail_sent:
                log.info("accounts housekeeping: %s", done)
        except Exception:  # a worker's side job must not end the worker
            log.exception("accounts housekeeping failed; trying again in %s s", every)
        finally:
            close_old_connections()
        stop.wait(every)


def start_in_background(every: float) -> threading.Event:
    """A daemon thread housekeeping every ``every`` seconds; set the event to stop it."""
    stop = threading.Event()
    threading.Thread(
        target=run_periodically, args=(every, stop), name="accounts-housekeeping", daemon=True
    ).start()
    return stop
