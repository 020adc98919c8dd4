"""The one error type of the B2B services: a status and a message the API returns as is.

Services are called from pages in the reader's language and from the API, so their messages
are English msgids (``gettext_lazy``) with ``%(name)s`` placeholders, filled in and translated
only when shown: a page shows them in its language, the API in the request's."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django.utils.functional import Promise, lazy
from django.utils.translation import gettext_lazy

from parkbridge.core.api_crud import ApiError


def _fill(message: Any, params: dict[str, Any]) -> str:
    # ``str`` of a lazy message (and of lazy values such as status labels) translates it now.
    return str(message) % {key: str(value) for key, value in params.items()}


_lazy_fill = lazy(_fill, str)


class B2BError(ApiError):
    """Raised by services; being an :class:`ApiError`, the API answers it with its status.

    ``detail`` is a message (best ``gettext_lazy``) or field → messages; ``params`` fill the
    message's ``%(name)s`` placeholders when it is shown."""

    def __init__(self, status: int, detail: Any, /, **params: Any) -> None:
        if params:
            detail = _lazy_fill(detail, params)
        super().__init__(status, detail)


def _status_words(code: str) -> str:
    from parkbridge.b2b.models import RequestStatus, RunStatus

    for choices in (RequestStatus, RunStatus):
        if code in choices.values:
            return str(gettext_lazy(choices(code).label)).lower()
    return code


# A request's or run's status in the reader's words, for the middle of a sentence
# ("declined", "отклонён"), translated when shown.
status_words: Callable[[str], Promise] = lazy(_status_words, str)
