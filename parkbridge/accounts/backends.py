"""The authentication backend that refuses a locked (username, address) pair before the
password is even checked, so a locked account can't be brute-forced through any login form."""

from __future__ import annotations

from allauth.account.auth_backends import AuthenticationBackend
from django.core.exceptions import PermissionDenied

from parkbridge.accounts.throttle import client_address, locked_until


class ThrottledModelBackend(AuthenticationBackend):
    """Django's model backend as allauth extends it (sign-in by username or e-mail), behind
    the lock: the web sign-in form, the admin and the API login share one count."""

    def authenticate(self, request, **credentials):
        login = credentials.get("username") or credentials.get("email")
        if login and locked_until(str(login), client_address(request)) is not None:
            # PermissionDenied stops Django trying the other backends; the failure is counted.
            raise PermissionDenied("too many failed logins; try again later")
        return super().authenticate(request, **credentials)
