"""Write ranked results or a comparison to CSV, XLSX or PDF."""

from __future__ import annotations

import csv
import html
import io
from collections.abc import Sequence
from pathlib import Path

from parkbridge.core.exports import neutral, xlsx_row
from parkbridge.siteselection.compare import ComparisonTable
from parkbridge.siteselection.models import CRITERIA
from parkbridge.siteselection.results import SiteResult

RESULT_HEADER = [
    "rank",
    "site_id",
    "name",
    "eligible",
    "score",
    *[f"score_{c}" for c in CRITERIA],
    "incentive_value",
    "currency",
    "confidence",
    "violations",
    "reasons",
]


def result_rows(results: Sequence[SiteResult]) -> list[list[object]]:
    return [
        [
            r.rank,
            r.site_id,
            r.name,
            r.eligible,
            round(r.score, 4),
            *[round(r.breakdown[c], 4) for c in CRITERIA],
            round(r.incentive_value, 2),
            r.currency,
            round(r.confidence, 3),
            "; ".join(r.violations),
            "; ".join(r.reasons),
        ]
        for r in results
    ]


def table_of(data: Sequence[SiteResult] | ComparisonTable) -> tuple[list[str], list[list[object]]]:
    if isinstance(data, ComparisonTable):
        return ["criterion", *data.columns], [[label, *cells] for label, cells in data.rows]
    return RESULT_HEADER, result_rows(data)


def to_csv(data: Sequence[SiteResult] | ComparisonTable) -> str:
    header, rows = table_of(data)
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([neutral(h) for h in header])
    writer.writerows([neutral(c) for c in row] for row in rows)
    return buffer.getvalue()


def to_xlsx(data: Sequence[SiteResult] | ComparisonTable, path: str | Path) -> None:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    header, rows = table_of(data)
    book = Workbook()
    sheet = book.active
    sheet.title = "Comparison" if isinstance(data, ComparisonTable) else "Sites"
    sheet.append(xlsx_row(sheet, header))
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in rows:
        sheet.append(xlsx_row(sheet, row))
    sheet.freeze_panes = "B2"
    book.save(path)


# A CJK-capable family (Debian's fonts-noto-cjk) after DejaVu, so Chinese names are letters, not
# boxes, in the PDF.
PDF_FONTS = (
    "'DejaVu Sans','Noto Sans CJK SC','Noto Sans SC','Source Han Sans SC','WenQuanYi Zen Hei',"
    "sans-serif"
)


def to_html(data: Sequence[SiteResult] | ComparisonTable, title: str) -> str:
    header, rows = table_of(data)
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join(
        "<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows
    )
    return (
        "<!doctype html><html><head><meta charset='utf-8'>"
        f"<title>{html.escape(title)}</title><style>"
        "@page{size:A4 landscape;margin:12mm}"
        f"body{{font-family:{PDF_FONTS};font-size:8pt}}"
        "table{border-collapse:collapse;width:100%}th,td{border:1px solid #999;padding:2px 4px;"
        "vertical-align:top}th{background:#eee}</style></head><body>"
        f"<h1>{html.escape(title)}</h1><table><thead><tr>{head}</tr></thead>"
        f"<tbody>{body}</tbody></table></body></html>"
    )


def to_pdf(
    data: Sequence[SiteResult] | ComparisonTable, path: str | Path, title: str = "Site selection"
) -> None:
    from weasyprint import HTML

    HTML(string=to_html(data, title)).write_pdf(str(path))
