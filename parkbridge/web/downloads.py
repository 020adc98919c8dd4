"""Every table on the pages can be downloaded: the same rows, as CSV or XLSX, written by
``core.exports.write_table`` so files match the API's and the importers' columns."""

from __future__ import annotations

import io
from collections.abc import Iterable, Sequence
from typing import Any

from django.http import HttpRequest, HttpResponse, HttpResponseBadRequest
from django.utils.translation import gettext

from parkbridge.core.exports import write_table

CONTENT_TYPES: dict[str, str] = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}
# Downloads are streamed from one query; a cap keeps one request from tying up a worker.
MAX_DOWNLOAD_ROWS = 200_000


class BadDownload(ValueError):
    pass


def requested_format(request: HttpRequest) -> str | None:
    """The download format asked for with ``?format=``, or None for the HTML page."""
    fmt = request.GET.get("format")
    if fmt is None or fmt == "":
        return None
    if fmt not in CONTENT_TYPES:
        raise BadDownload(
            gettext("Unknown download format “%(format)s”; use csv or xlsx.") % {"format": fmt[:20]}
        )
    return fmt


def table_response(
    rows: Iterable[dict[str, Any]], header: Sequence[str], fmt: str, filename: str
) -> HttpResponse:
    buffer = io.BytesIO()
    limited = (row for i, row in enumerate(rows) if i < MAX_DOWNLOAD_ROWS)
    write_table(limited, header, fmt, buffer)
    response = HttpResponse(buffer.getvalue(), content_type=CONTENT_TYPES[fmt])
    response["Content-Disposition"] = f'attachment; filename="{filename}.{fmt}"'
    return response


def bad_download(error: BadDownload) -> HttpResponse:
    return HttpResponseBadRequest(str(error), content_type="text/plain; charset=utf-8")
