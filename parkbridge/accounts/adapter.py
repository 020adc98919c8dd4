"""ParkBridge's allauth adapter: sign-up open or by invitation only, allauth's own e-mails
(confirmation, password reset) through the outbox in the recipient's language, and addresses
that allauth did not collect itself counted as verified."""

from __future__ import annotations

from allauth.account.adapter import DefaultAccountAdapter
from django.conf import settings
from django.contrib.auth import get_user_model
from django.http import HttpRequest

from parkbridge.accounts.mail import language_for, queue_rendered

# The `people` app stores a pending, valid invitation's key here before sending the person to
# sign-up; while it is there, sign-up is open for them even when it is closed to everyone else.
INVITATION_SESSION_KEY = "parkbridge_invitation"


def signup_is_open() -> bool:
    return getattr(settings, "PARKBRIDGE_SIGNUP", "open") == "open"


def invitation_pending(request: HttpRequest) -> bool:
    session = getattr(request, "session", None)
    return bool(session is not None and session.get(INVITATION_SESSION_KEY))


class AccountAdapter(DefaultAccountAdapter):
    def is_open_for_signup(self, request: HttpRequest) -> bool:
        return signup_is_open() or invitation_pending(request)

    def save_user(self, request, user, form, commit=True):
        # Marks a self-service sign-up: its address is confirmed by e-mail, not trusted.
        user._parkbridge_signup = True
        user = super().save_user(request, user, form, commit=commit)
        if commit:
            # Their pages and mail stay in the language they signed up in.
            from django.utils import translation

            from parkbridge.accounts.models import Profile

            Profile.objects.get_or_create(
                user=user, defaults={"language": translation.get_language() or ""}
            )
        return user

    def send_mail(self, template_prefix: str, email: str, context: dict) -> None:
        """Render allauth's mail in the recipient's language and queue it; the worker sends."""
        from django.utils import translation

        user = context.get("user") or _user_with_address(email)
        # Their profile's language, else the one they are using the site in right now.
        language = language_for(user, None, fallback=translation.get_language())
        with translation.override(language):
            message = self.render_mail(
                template_prefix,
                email,
                {
                    "email": email,
                    "request": self.request,
                    "current_site": _Site(self.request),
                    **context,
                },
            )
        html = next(
            (body for body, kind in getattr(message, "alternatives", []) if kind == "text/html"),
            "",
        )
        queue_rendered(
            to=email,
            subject=message.subject,
            text=message.body,
            html=html,
            language=language,
            user=user,
        )


class _Site:
    """What allauth's mail templates call the site: our name, the address people use."""

    name = "ParkBridge"

    def __init__(self, request: HttpRequest | None) -> None:
        self.domain = request.get_host() if request is not None else ""


def _user_with_address(email: str):
    from allauth.account.models import EmailAddress

    found = EmailAddress.objects.filter(email__iexact=email).select_related("user").first()
    if found is not None:
        return found.user
    return get_user_model().objects.filter(email__iexact=email).first()
