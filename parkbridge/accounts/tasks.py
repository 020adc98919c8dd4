"""Background tasks of accounts (``parkbridge worker`` runs them)."""

from __future__ import annotations

from django_tasks import task


@task()
def send_mail_task(mail_id: int) -> str:
    """Send one queued e-mail; a failure leaves it queued for a later attempt."""
    from parkbridge.accounts.mail import send

    return send(mail_id)
