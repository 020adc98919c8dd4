"""The one error type of the B2B services: a status and a message the API returns as is."""

from __future__ import annotations

from parkbridge.core.api_crud import ApiError


class B2BError(ApiError):
    """Raised by services; being an :class:`ApiError`, the API answers it with its status."""
