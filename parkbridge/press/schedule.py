"""The worker's feed schedule: every round, each due feed gets a poll queued as a background
task (claimed by compare-and-set, so two workers never poll one feed twice)."""

from __future__ import annotations

import threading

from parkbridge.core.periodic import start_periodic


def _round() -> str | None:
    from parkbridge.press.polling import schedule_due_feeds

    queued = schedule_due_feeds()
    return f"queued {len(queued)} feed poll(s)" if queued else None


def start_in_background(every: float) -> threading.Event:
    return start_periodic("press feeds", _round, every)
