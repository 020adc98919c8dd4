"""Reading import files (CSV, XLSX, JSON) into numbered rows, with clear errors for files that
are too big, wrongly encoded or malformed. No Django here."""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

FORMATS = ("csv", "xlsx", "json")

# An XLSX file is a zip: 50 MB compressed can unpack to gigabytes (a "decompression bomb").
# The members' declared sizes are checked before openpyxl reads anything, and reading stops
# at these many rows and columns.
MAX_XLSX_UNPACKED_BYTES = 200 * 1024 * 1024
MAX_XLSX_RATIO = 200  # unpacked / packed, per member: real sheets compress 5-20 times
MAX_ROWS = 1_000_000
MAX_COLUMNS = 200

# A cell an export marked as text (core.exports.neutral): the mark comes off on import.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def unneutral(value: object) -> object:
    if (
        isinstance(value, str)
        and value.startswith("'")
        and value.lstrip("'").startswith(_FORMULA_STARTS)
    ):
        return value[1:]
    return value


class ImportFileError(ValueError):
    """The file as a whole cannot be read."""


@dataclass(frozen=True)
class Row:
    line: int  # 1-based line (CSV/XLSX, header is line 1) or item number (JSON)
    values: dict[str, object]


def detect_format(path: Path, explicit: str | None = None) -> str:
    fmt = (explicit or path.suffix.lstrip(".")).lower()
    if fmt not in FORMATS:
        raise ImportFileError(
            f"{path.name}: unknown format {fmt!r}; use one of {', '.join(FORMATS)}"
        )
    return fmt


def read_rows(path: Path, max_bytes: int, fmt: str | None = None) -> list[Row]:
    if not path.is_file():
        raise ImportFileError(f"{path}: no such file")
    size = path.stat().st_size
    if size > max_bytes:
        raise ImportFileError(
            f"{path.name}: file is {size:,} bytes, over the {max_bytes:,}-byte import limit"
        )
    if size == 0:
        raise ImportFileError(f"{path.name}: file is empty")
    fmt = detect_format(path, fmt)
    data = path.read_bytes()
    if fmt == "xlsx":
        return list(_xlsx_rows(path, data))
    text = _decode(path, data)
    if fmt == "csv":
        return list(_csv_rows(path, text))
    return list(_json_rows(path, text))


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise ImportFileError(f"{path.name}: binary content; expected UTF-8 text")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        raise ImportFileError(
            f"{path.name}: line {line}: not valid UTF-8 (byte 0x{data[error.start]:02x} at "
            f"offset {error.start}); save the file as UTF-8"
        ) from error


def _clean_header(header: list[str]) -> list[str]:
    return [(h or "").strip().lower() for h in header]


def _csv_rows(path: Path, text: str) -> Iterator[Row]:
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = _clean_header(next(reader))
    except StopIteration:
        raise ImportFileError(f"{path.name}: no header row") from None
    except csv.Error as error:
        raise ImportFileError(f"{path.name}: line 1: {error}") from error
    _check_header(path, header)
    try:
        for cells in reader:
            line = reader.line_num
            if not any(c.strip() for c in cells):
                continue
            if len(cells) > len(header):
                raise ImportFileError(
                    f"{path.name}: line {line}: {len(cells)} cells for {len(header)} columns"
                )
            if line > MAX_ROWS + 1:
                raise ImportFileError(f"{path.name}: more than {MAX_ROWS:,} rows; split the file")
            yield Row(line, {h: unneutral(c) for h, c in zip(header, cells, strict=False)})
    except csv.Error as error:
        raise ImportFileError(f"{path.name}: line {reader.line_num}: {error}") from error


def _check_header(path: Path, header: list[str]) -> None:
    if len(header) > MAX_COLUMNS:
        raise ImportFileError(f"{path.name}: line 1: more than {MAX_COLUMNS} columns")
    seen: set[str] = set()
    for name in header:
        if not name:
            raise ImportFileError(f"{path.name}: line 1: a column has no name")
        if name in seen:
            raise ImportFileError(f"{path.name}: line 1: column {name!r} appears twice")
        seen.add(name)


def check_zip_sizes(path: Path, data: bytes) -> None:
    """Refuse a workbook whose members would unpack beyond the limits, from the sizes the zip
    declares (nothing is decompressed). A member lying about its size is caught by zipfile
    itself, which stops reading at the declared size."""
    import zipfile

    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
    except zipfile.BadZipFile as error:
        raise ImportFileError(f"{path.name}: not a readable XLSX workbook ({error})") from error
    total = 0
    for member in archive.infolist():
        total += member.file_size
        ratio = member.file_size / max(member.compress_size, 1)
        if member.file_size > 1024 * 1024 and ratio > MAX_XLSX_RATIO:
            raise ImportFileError(
                f"{path.name}: {member.filename} unpacks {ratio:,.0f} times its packed size; "
                "refused as a decompression bomb"
            )
    if total > MAX_XLSX_UNPACKED_BYTES:
        raise ImportFileError(
            f"{path.name}: unpacks to {total:,} bytes, over the "
            f"{MAX_XLSX_UNPACKED_BYTES:,}-byte limit; split the workbook"
        )


def _xlsx_rows(path: Path, data: bytes) -> Iterator[Row]:
    from openpyxl import load_workbook

    check_zip_sizes(path, data)
    try:
        workbook = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except Exception as error:  # openpyxl raises many kinds for a damaged file
        raise ImportFileError(f"{path.name}: not a readable XLSX workbook ({error})") from error
    sheet = workbook.worksheets[0]
    # A sheet may declare a huge used range: read no further than the limits.
    rows = sheet.iter_rows(values_only=True, max_row=MAX_ROWS + 2, max_col=MAX_COLUMNS + 1)
    try:
        header_cells = list(next(rows))
    except StopIteration:
        raise ImportFileError(f"{path.name}: the first sheet is empty") from None
    while header_cells and header_cells[-1] in (None, ""):
        header_cells.pop()  # read-only rows are padded to max_col
    header = _clean_header([str(h) if h is not None else "" for h in header_cells])
    _check_header(path, header)
    for number, cells in enumerate(rows, start=2):
        if number > MAX_ROWS + 1:
            raise ImportFileError(f"{path.name}: more than {MAX_ROWS:,} rows; split the file")
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        # (A NUL inside a cell is left for the importer, which refuses it on its line.)
        values = {h: "" if c is None else unneutral(c) for h, c in zip(header, cells, strict=False)}
        yield Row(number, values)


def _json_rows(path: Path, text: str) -> Iterator[Row]:
    from parkbridge.core.strict_json import StrictJsonError, loads

    try:
        document = loads(text)
    except StrictJsonError as error:
        raise ImportFileError(f"{path.name}: {error}") from error
    if isinstance(document, dict):
        document = document.get("items", document.get("features"))
    if not isinstance(document, list):
        raise ImportFileError(
            f'{path.name}: expected a JSON list of objects (or {{"items": [...]}})'
        )
    for number, item in enumerate(document, start=1):
        if isinstance(item, dict) and item.get("type") == "Feature":
            item = _feature_to_row(item)
        if not isinstance(item, dict):
            raise ImportFileError(f"{path.name}: item {number}: expected an object")
        yield Row(number, {str(k).strip().lower(): v for k, v in item.items()})


def _feature_to_row(feature: dict) -> dict:
    row = dict(feature.get("properties") or {})
    geometry = feature.get("geometry") or {}
    if geometry.get("type") == "Point" and isinstance(geometry.get("coordinates"), list):
        coordinates = geometry["coordinates"]
        if len(coordinates) >= 2:
            row.setdefault("longitude", coordinates[0])
            row.setdefault("latitude", coordinates[1])
    return row
