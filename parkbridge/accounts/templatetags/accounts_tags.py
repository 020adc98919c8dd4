"""Template helpers of accounts: links that appear only once their page exists."""

from __future__ import annotations

from urllib.parse import urlencode

from django import template
from django.contrib.auth import REDIRECT_FIELD_NAME
from django.urls import NoReverseMatch, reverse

register = template.Library()


@register.simple_tag
def optional_url(name: str, *args: object) -> str:
    """The URL named `name`, or "" when no app serves it (yet): `{% optional_url 'x' as u %}`."""
    try:
        return reverse(name, args=args or None)
    except NoReverseMatch:
        return ""


@register.simple_tag(takes_context=True)
def sign_in_url(context: template.Context) -> str:
    """The sign-in form, coming back to this page afterwards (not to an account page)."""
    url = reverse("account_login")
    request = context.get("request")
    if request is None or request.path == "/" or request.path.startswith("/accounts/"):
        return url
    return f"{url}?{urlencode({REDIRECT_FIELD_NAME: request.get_full_path()})}"


@register.simple_tag(takes_context=True)
def signup_open(context: template.Context) -> bool:
    from parkbridge.accounts.adapter import invitation_pending, signup_is_open

    request = context.get("request")
    return signup_is_open() or (request is not None and invitation_pending(request))


@register.simple_tag
def failed_mail_count() -> int:
    """Mail that failed for good (the admin index warns about it)."""
    from parkbridge.accounts.mail import failed_count

    return failed_count()
