from pathlib import Path

import pytest

from parkbridge.core.tabular import ImportFileError, read_rows


def write(tmp_path: Path, name: str, content: bytes) -> Path:
    path = tmp_path / name
    path.write_bytes(content)
    return path


def test_a_csv_is_read_with_line_numbers(tmp_path):
    rows = read_rows(write(tmp_path, "a.csv", b"name,country\nA,BY\n\nB,RU\n"), 10_000)
    assert [(r.line, r.values["name"]) for r in rows] == [(2, "A"), (4, "B")]


def test_an_empty_file_is_refused(tmp_path):
    with pytest.raises(ImportFileError, match="empty"):
        read_rows(write(tmp_path, "a.csv", b""), 10_000)


def test_an_oversized_file_is_refused_before_reading(tmp_path):
    with pytest.raises(ImportFileError, match="over the 100-byte import limit"):
        read_rows(write(tmp_path, "a.csv", b"name\n" + b"x" * 200), 100)


def test_a_file_that_is_not_utf8_names_the_line(tmp_path):
    content = "name\nГомель\n".encode("cp1251")
    with pytest.raises(ImportFileError, match=r"line 2: not valid UTF-8"):
        read_rows(write(tmp_path, "a.csv", content), 10_000)


def test_binary_content_is_refused(tmp_path):
    with pytest.raises(ImportFileError, match="binary"):
        read_rows(write(tmp_path, "a.csv", b"\x00\x01\x02name"), 10_000)


def test_malformed_json_names_the_line(tmp_path):
    with pytest.raises(ImportFileError, match="line 2: invalid JSON"):
        read_rows(write(tmp_path, "a.json", b'[\n{"name": }]'), 10_000)


def test_json_must_be_a_list_of_objects(tmp_path):
    with pytest.raises(ImportFileError, match="item 2: expected an object"):
        read_rows(write(tmp_path, "a.json", b'[{"name": "A"}, 3]'), 10_000)


def test_a_repeated_column_is_refused(tmp_path):
    with pytest.raises(ImportFileError, match="appears twice"):
        read_rows(write(tmp_path, "a.csv", b"name,Name\nA,B\n"), 10_000)


def test_a_row_with_more_cells_than_columns_is_refused(tmp_path):
    with pytest.raises(ImportFileError, match="line 2: 3 cells for 2 columns"):
        read_rows(write(tmp_path, "a.csv", b"name,country\nA,BY,extra\n"), 10_000)


def test_an_unknown_extension_is_refused(tmp_path):
    with pytest.raises(ImportFileError, match="unknown format"):
        read_rows(write(tmp_path, "a.txt", b"name\nA\n"), 10_000)


def test_a_damaged_xlsx_is_refused(tmp_path):
    with pytest.raises(ImportFileError, match="not a readable XLSX"):
        read_rows(write(tmp_path, "a.xlsx", b"PK\x03\x04 not really a zip"), 10_000)


def test_geojson_features_become_rows_with_coordinates(tmp_path):
    content = (
        b'{"type": "FeatureCollection", "features": [{"type": "Feature", '
        b'"geometry": {"type": "Point", "coordinates": [27.5, 53.9]}, '
        b'"properties": {"name": "A"}}]}'
    )
    (row,) = read_rows(write(tmp_path, "a.json", content), 10_000)
    assert row.values == {"name": "A", "longitude": 27.5, "latitude": 53.9}
