"""Attribute every change made while serving a page (admin, forms) to the logged-in user."""

from __future__ import annotations

import zoneinfo
from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from parkbridge.accounts.history import acting_as
from parkbridge.accounts.roles import is_administrator


class HistoryMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        via = "admin" if request.path.startswith("/admin/") else "page"
        with acting_as(user, via):
            return self.get_response(request)


# Where a person who switched the language with the switcher keeps that choice (this session),
# over their profile's language.
EXPLICIT_LANGUAGE_KEY = "parkbridge_language"


class ProfileMiddleware:
    """A signed-in person's pages in their profile's language and time zone.

    Runs after the session, locale and authentication middleware. A language picked with the
    switcher during the session wins over the profile's."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from django.urls import reverse
        from django.utils import timezone, translation

        if request.method == "POST" and request.path == reverse("set_language"):
            chosen = request.POST.get("language", "")
            if translation.check_for_language(chosen) and hasattr(request, "session"):
                request.session[EXPLICIT_LANGUAGE_KEY] = chosen
        user = getattr(request, "user", None)
        if user is None or not user.is_authenticated:
            timezone.deactivate()
            return self.get_response(request)
        from parkbridge.accounts.models import Profile

        profile = Profile.objects.filter(user=user).values("language", "time_zone").first() or {}
        language = request.session.get(EXPLICIT_LANGUAGE_KEY) or profile.get("language")
        if language and translation.check_for_language(language):
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
        zone = profile.get("time_zone")
        if zone:
            try:
                timezone.activate(zoneinfo.ZoneInfo(zone))
            except (zoneinfo.ZoneInfoNotFoundError, ValueError):
                timezone.deactivate()
        else:
            timezone.deactivate()
        return self.get_response(request)


class RequireMfaMiddleware:
    """With ``PARKBRIDGE_REQUIRE_MFA_FOR_STAFF`` (production), staff, superusers and people
    with the administrator role who have not set up two-factor authentication are sent to set
    it up before anything else."""

    # Pages they may still open: the account pages (sign-out, MFA set-up), static files and
    # the language switch.
    ALLOWED = ("/accounts/", "/static/", "/i18n/")

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        from django.conf import settings

        user = getattr(request, "user", None)
        if (
            getattr(settings, "PARKBRIDGE_REQUIRE_MFA_FOR_STAFF", False)
            and user is not None
            and user.is_authenticated
            and not request.path.startswith(self.ALLOWED)
            and "HTTP_AUTHORIZATION" not in request.META  # API tokens are not sessions
            and (user.is_staff or user.is_superuser or is_administrator(user))
        ):
            from allauth.mfa.utils import is_mfa_enabled
            from django.contrib import messages
            from django.shortcuts import redirect
            from django.utils.translation import gettext

            if not is_mfa_enabled(user):
                messages.warning(
                    request,
                    gettext("Staff accounts need two-factor authentication: set it up first."),
                )
                return redirect("mfa_activate_totp")
        return self.get_response(request)
