"""Site-selection files for download: the core's writers, answered as an HTTP attachment."""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from pathlib import Path

from django.http import HttpResponse
from django.utils.text import slugify

from parkbridge.siteselection import ComparisonTable, SiteResult
from parkbridge.siteselection.export import to_csv, to_pdf, to_xlsx

CONTENT_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "pdf": "application/pdf",
}
FORMATS = tuple(CONTENT_TYPES)
# A PDF page holds ~25 rows; beyond a few hundred rows a spreadsheet is the better tool, and
# rendering thousands of rows would hold a web worker for many seconds.
MAX_PDF_ROWS = 300


class TooLarge(ValueError):
    pass


def render(data: Sequence[SiteResult] | ComparisonTable, format: str, title: str) -> bytes:
    if format == "csv":
        return to_csv(data).encode("utf-8")
    if format == "pdf" and not isinstance(data, ComparisonTable) and len(data) > MAX_PDF_ROWS:
        raise TooLarge(f"a PDF holds at most {MAX_PDF_ROWS} sites; use xlsx or csv for more")
    with tempfile.TemporaryDirectory(prefix="parkbridge-export-") as folder:
        path = Path(folder) / f"export.{format}"
        if format == "xlsx":
            to_xlsx(data, path)
        elif format == "pdf":
            to_pdf(data, path, title=title)
        else:
            raise ValueError(f"unknown format {format!r}")
        return path.read_bytes()


def file_response(
    data: Sequence[SiteResult] | ComparisonTable, format: str, title: str
) -> HttpResponse:
    body = render(data, format, title)
    response = HttpResponse(body, content_type=CONTENT_TYPES[format])
    name = slugify(title)[:80] or "site-selection"
    response["Content-Disposition"] = f'attachment; filename="{name}.{format}"'
    return response
