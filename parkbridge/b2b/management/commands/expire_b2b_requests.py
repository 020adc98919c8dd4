"""``manage.py expire_b2b_requests``: expire unanswered meeting requests past their deadline.

Meant for cron or a periodic task; the ``expire_requests_task`` task does the same in a worker.
"""

from __future__ import annotations

from django.core.management.base import BaseCommand

from parkbridge.b2b.lifecycle import expire_requests


class Command(BaseCommand):
    help = "Mark unanswered B2B meeting requests past their expires_at as expired."

    def handle(self, *args, **options) -> None:
        count = expire_requests()
        self.stdout.write(f"{count} request(s) expired")
