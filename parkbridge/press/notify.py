"""The shared ``notify()`` (parkbridge.accounts.notifications) when it is there; until then a
stand-in with the same signature that e-mails the person directly."""

from __future__ import annotations

import logging
from typing import Any

log = logging.getLogger(__name__)

try:  # pragma: no cover - which branch runs depends on what is installed
    from parkbridge.accounts.notifications import notify  # type: ignore[attr-defined]
except ImportError:  # pragma: no cover

    def notify(
        user: Any,
        *,
        kind: str,
        message: str,
        target: Any = None,
        url: str = "",
        mail_template: str | None = None,
        context: dict[str, object] | None = None,
    ) -> None:
        from django.core.mail import send_mail

        log.info("notify %s (%s): %s", user, kind, message)
        if getattr(user, "email", ""):
            send_mail(
                subject=f"ParkBridge: {message[:80]}",
                message=f"{message}\n\n{url}",
                from_email=None,
                recipient_list=[user.email],
                fail_silently=True,
            )


__all__ = ["notify"]
