"""Writing records as CSV, XLSX, JSON or GeoJSON. Exports use the import columns, so an
exported file imports back unchanged."""

from __future__ import annotations

import csv
import json
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import IO, Any

EXPORT_FORMATS = ("csv", "xlsx", "json", "geojson")


class ExportError(ValueError):
    pass


# A spreadsheet reads a cell beginning with one of these as a formula (or, for tab and CR,
# strips them and then may): "=HYPERLINK(...)" in a name would run when the file is opened.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TEXT_MARK = "'"


def neutral(value: Any) -> Any:
    """``value`` as a spreadsheet shows it as text: a string beginning like a formula gets a
    leading apostrophe (the spreadsheet convention for "this is text"). Numbers stay numbers.
    Every CSV and XLSX writer (pages, CLI, API, site selection) passes its cells here;
    :func:`parkbridge.core.tabular.unneutral` takes the mark off again on import."""
    # Marks already in front count as part of the text: "'=x" becomes "''=x", so that taking
    # one off on import always gives the text back exactly.
    if isinstance(value, str) and value.lstrip(TEXT_MARK).startswith(FORMULA_STARTS):
        return TEXT_MARK + value
    return value


def cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return ";".join(str(v) for v in value)
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value


def xlsx_row(sheet: Any, values: Iterable[Any]) -> list[Any]:
    """Cells for ``sheet.append``: strings are written as strings, never as formulas (openpyxl
    would store "=..." as a formula)."""
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.cell.cell import Cell

    cells = []
    for value in values:
        value = neutral(value)
        if isinstance(value, str):
            made = (
                WriteOnlyCell(sheet, value=value)
                if _write_only(sheet)
                else Cell(sheet, value=value)
            )
            made.data_type = "s"
            cells.append(made)
        else:
            cells.append(value)
    return cells


def _write_only(sheet: Any) -> bool:
    return type(sheet).__name__ == "WriteOnlyWorksheet"


def _json_value(value: Any) -> Any:
    if isinstance(value, date | datetime):
        return value.isoformat()
    if isinstance(value, Decimal):
        return float(value)
    return value


def write_table(
    rows: Iterable[dict[str, Any]], header: Sequence[str], fmt: str, out: IO[bytes]
) -> int:
    """Write ``rows`` to the binary stream ``out``; returns the number written."""
    if fmt not in EXPORT_FORMATS:
        raise ExportError(f"unknown export format {fmt!r}; use one of {', '.join(EXPORT_FORMATS)}")
    count = 0
    if fmt == "csv":
        import io

        text = io.TextIOWrapper(out, encoding="utf-8", newline="", write_through=True)
        writer = csv.DictWriter(text, fieldnames=list(header), extrasaction="ignore")
        writer.writerow({h: neutral(h) for h in header})
        for row in rows:
            writer.writerow({k: neutral(cell(v)) for k, v in row.items()})
            count += 1
        text.detach()
    elif fmt == "xlsx":
        from openpyxl import Workbook

        workbook = Workbook(write_only=True)
        sheet = workbook.create_sheet("export")
        sheet.append(xlsx_row(sheet, header))
        for row in rows:
            sheet.append(xlsx_row(sheet, [cell(row.get(h)) for h in header]))
            count += 1
        workbook.save(out)
    elif fmt == "json":
        items = [{h: _json_value(row.get(h)) for h in header} for row in rows]
        count = len(items)
        out.write(json.dumps(items, ensure_ascii=False, indent=1).encode())
    else:
        features = []
        for row in rows:
            lat, lon = row.get("latitude"), row.get("longitude")
            if lat is None or lon is None:
                continue
            properties = {
                h: _json_value(row.get(h)) for h in header if h not in {"latitude", "longitude"}
            }
            features.append(
                {
                    "type": "Feature",
                    "geometry": {"type": "Point", "coordinates": [lon, lat]},
                    "properties": properties,
                }
            )
        count = len(features)
        out.write(
            json.dumps(
                {"type": "FeatureCollection", "features": features}, ensure_ascii=False
            ).encode()
        )
    return count
