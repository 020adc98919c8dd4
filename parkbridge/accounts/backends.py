"""The authentication backend that refuses a locked (username, address) pair before the
password is even checked, so a locked account can't be brute-forced through any login form."""

from __future__ import annotations

from django.contrib.auth.backends import ModelBackend
from django.core.exceptions import PermissionDenied

from parkbridge.accounts.throttle import client_address, locked_until


class ThrottledModelBackend(ModelBackend):
    def authenticate(self, request, username=None, password=None, **kwargs):
        if username and locked_until(str(username), client_address(request)) is not None:
            # PermissionDenied stops Django trying the other backends; the failure is counted.
            raise PermissionDenied("too many failed logins; try again later")
        return super().authenticate(request, username=username, password=password, **kwargs)
