"""Issue 13, findings 7, 8 and 16: imports refuse what the API refuses and what would
exhaust the server — non-http(s) web addresses, XLSX files that unpack to gigabytes or
declare millions of rows, NUL bytes anywhere, NaN/Infinity, huge numbers and deep JSON —
each with a message, never a traceback."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest

from parkbridge.core import tabular
from parkbridge.core.tabular import ImportFileError, read_rows


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


@pytest.mark.django_db
def test_a_nul_byte_after_the_first_4_kb_is_refused_with_its_line(tmp_path):
    from parkbridge.core.imports import ImportRejected
    from parkbridge.sites.imports import SiteImporter
    from parkbridge.sites.models import Site

    rows = "".join(f"by-{i},Park {i},fez,BY\n" for i in range(300))
    content = f"id,name_en,kind,country\n{rows}by-x,Park\x00X,fez,BY\n".encode()
    with pytest.raises(ImportRejected, match="contains a NUL character") as rejected:
        SiteImporter().run(write(tmp_path, "a.csv", content))
    assert "302" in str(rejected.value)
    assert not Site.objects.exists()


@pytest.mark.parametrize("constant", ["NaN", "Infinity", "-Infinity"])
def test_json_nan_and_infinity_are_refused(tmp_path, constant):
    content = f'[{{"name": "A", "latitude": {constant}}}]'.encode()
    with pytest.raises(ImportFileError, match="not a JSON number"):
        read_rows(write(tmp_path, "a.json", content), 10_000)


def test_deeply_nested_json_is_a_clear_error(tmp_path):
    content = b"[" * 100_000 + b"]" * 100_000
    with pytest.raises(ImportFileError, match="nested deeper"):
        read_rows(write(tmp_path, "a.json", content), 1_000_000)


def test_a_number_of_thousands_of_digits_is_a_clear_error(tmp_path):
    content = b'[{"name": "A", "jobs": ' + b"9" * 5000 + b"}]"
    with pytest.raises(ImportFileError, match="too long"):
        read_rows(write(tmp_path, "a.json", content), 1_000_000)


def test_a_nul_in_json_text_is_refused(tmp_path):
    with pytest.raises(ImportFileError, match="NUL"):
        read_rows(write(tmp_path, "a.json", b'[{"name": "A\\u0000B"}]'), 10_000)


def _bomb(rows: int, numbered: bool = False) -> bytes:
    """A workbook whose sheet repeats one row: tiny packed, huge unpacked (``numbered``: each
    row with its own number, as a sheet of millions of real rows)."""
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["name"])
    base = io.BytesIO()
    book.save(base)
    if numbered:
        body = "".join(
            f'<row r="{i}"><c r="A{i}" t="inlineStr"><is><t>x</t></is></c></row>'
            for i in range(2, rows + 2)
        )
    else:
        body = '<row><c t="inlineStr"><is><t>x</t></is></c></row>' * rows
    sheet = (
        '<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/'
        'spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>name</t>'
        "</is></c></row>" + body + "</sheetData></worksheet>"
    )
    out = io.BytesIO()
    with zipfile.ZipFile(base) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = sheet.encode()
            target.writestr(item, data, compress_type=zipfile.ZIP_DEFLATED, compresslevel=9)
    return out.getvalue()


def test_an_xlsx_that_unpacks_far_beyond_its_size_is_refused_before_reading(tmp_path):
    path = write(tmp_path, "bomb.xlsx", _bomb(400_000))
    assert path.stat().st_size < 2_000_000
    with pytest.raises(ImportFileError, match="decompression bomb|unpacks to"):
        read_rows(path, 50 * 1024 * 1024)


def test_an_xlsx_with_more_rows_than_the_limit_stops_reading(tmp_path, monkeypatch):
    monkeypatch.setattr(tabular, "MAX_ROWS", 100)
    monkeypatch.setattr(tabular, "MAX_XLSX_RATIO", 10**9)
    with pytest.raises(ImportFileError, match="more than 100 rows"):
        read_rows(write(tmp_path, "rows.xlsx", _bomb(500, numbered=True)), 50 * 1024 * 1024)


@pytest.mark.django_db
@pytest.mark.parametrize("address", ["javascript:alert(1)", "vbscript:msgbox(1)", "ftp://x.org/"])
def test_a_site_import_refuses_a_website_that_is_not_http(tmp_path, address):
    from parkbridge.core.imports import ImportRejected
    from parkbridge.sites.imports import SiteImporter

    path = write(
        tmp_path, "s.csv",
        f"id,name_en,kind,country,website\nby-x,X,fez,BY,{address}\n".encode(),
    )  # fmt: skip
    with pytest.raises(ImportRejected, match="http:// or https://"):
        SiteImporter().run(path)


@pytest.mark.django_db
def test_the_api_refuses_the_same_addresses(writer_api):
    body = {"slug": "x", "name_en": "X", "kind": "fez", "country": "BY",
            "website": "javascript:alert(1)"}  # fmt: skip
    answer = writer_api.post("/api/sites", body)
    assert answer.status_code == 422
    assert "http:// or https://" in str(answer.json()["detail"])
