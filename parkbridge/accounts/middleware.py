"""Attribute every change made while serving a page (admin, forms) to the logged-in user."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse

from parkbridge.accounts.history import acting_as


class HistoryMiddleware:
    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        via = "admin" if request.path.startswith("/admin/") else "page"
        with acting_as(user, via):
            return self.get_response(request)
