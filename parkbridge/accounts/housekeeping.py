"""Accounts housekeeping, run by the worker's housekeeping thread: send the mail that is due
(retries after a failure, and mail whose task was never enqueued) and the daily digests."""

from __future__ import annotations

import threading
from dataclasses import dataclass

from parkbridge.core.periodic import start_periodic


@dataclass(frozen=True)
class Housekeeping:
    digests_queued: int
    mail_sent: int


def housekeep() -> Housekeeping:
    from parkbridge.accounts.mail import send_due
    from parkbridge.accounts.notifications import send_digests

    digests = send_digests()
    return Housekeeping(digests, send_due())


def _round() -> str | None:
    done = housekeep()
    return str(done) if done.digests_queued or done.mail_sent else None


def start_in_background(every: float) -> threading.Event:
    """Mail and digests every ``every`` seconds in a daemon thread; set the event to stop it."""
    return start_periodic("accounts housekeeping", _round, every)
