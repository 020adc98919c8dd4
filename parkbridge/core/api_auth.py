"""Bearer-token authentication for the API's writes; a missing or bad token is a 401."""

from __future__ import annotations

from django.http import HttpRequest
from ninja.security import HttpBearer

from parkbridge.core.models import ApiToken


class TokenAuth(HttpBearer):
    def __init__(self, scope: str = "write") -> None:
        super().__init__()
        self.scope = scope

    def authenticate(self, request: HttpRequest, token: str):
        api_token = ApiToken.authenticate(token)
        if api_token is None or not api_token.allows(self.scope):
            return None
        api_token.mark_used()
        request.user = api_token.user
        return api_token.user


write_auth = TokenAuth("write")
