"""scripts/build_bundled_sites.py validates rows, routes names by script and geocodes honestly.

The gazetteer here is a hand-made one, so the tests need neither /work/shared nor the 80 MB
GeoNames dump.
"""

from __future__ import annotations

import csv
import importlib.util
import sys
from pathlib import Path
from types import ModuleType

import pytest
from hypothesis import given
from hypothesis import strategies as st

SCRIPT = Path(__file__).resolve().parents[3] / "scripts" / "build_bundled_sites.py"


def _load_script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("build_bundled_sites", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    spec.loader.exec_module(module)
    return module


pytestmark = pytest.mark.skipif(not SCRIPT.is_file(), reason="build script not in this checkout")
b = _load_script() if SCRIPT.is_file() else None


def gazetteer() -> object:
    gaz = b.Gazetteer(capitals={"RU": "Moscow", "CN": "Beijing", "EG": "Cairo"})
    places = [
        b.Place("Moscow", "RU", "48", 55.75222, 37.61556, 10_000_000),
        b.Place("Kaluga", "RU", "25", 54.5293, 36.27542, 330_000),
        b.Place("Verkhniy Ufaley", "RU", "13", 56.05, 60.23, 33_000),
        b.Place("Suzhou", "CN", "04", 31.30408, 120.59538, 6_700_000),
        b.Place("Suzhou", "CN", "01", 33.63611, 116.97889, 1_900_000),
        b.Place("Wuxi", "CN", "04", 31.56887, 120.28857, 3_500_000),
        b.Place("Beijing", "CN", "22", 39.9075, 116.39723, 18_000_000),
        b.Place("Cairo", "EG", "11", 30.06263, 31.24967, 9_600_000),
    ]
    for place in places:
        key = b.normalise_place(place.name)
        gaz.by_name.setdefault((place.country, key), []).append(place)
        gaz.by_skeleton.setdefault((place.country, b.place_skeleton(key)), []).append(place)
        gaz.by_admin1.setdefault((place.country, place.admin1), []).append(place)
    return gaz


def source_row(**overrides: str) -> dict[str, str]:
    row = dict.fromkeys(b.SOURCE_REQUIRED, "")
    row |= {
        "id": "ru-tp-example",
        "name_en": "Example Technopark",
        "kind": "technopark",
        "country": "RU",
        "source_url": "https://example.org/a",
    }
    return row | overrides


def test_cyrillic_names_go_to_russian_and_han_names_to_chinese() -> None:
    assert b.split_local_name("технопарк «Идея»") == ("технопарк «Идея»", "", "")
    assert b.split_local_name("长春高新技术产业开发区") == ("", "长春高新技术产业开发区", "")
    assert b.split_local_name("Khu công nghiệp") == ("", "", "Khu công nghiệp")


def test_belarusian_cyrillic_is_not_labelled_russian() -> None:
    assert b.split_local_name("Парк высокіх тэхналогій") == ("", "", "Парк высокіх тэхналогій")


def test_an_unknown_kind_becomes_other_and_a_missing_status_is_operating() -> None:
    row = b.clean_row(source_row(kind="innovation_hub"), 2)
    assert (row["kind"], row["status"]) == ("other", "operating")


@pytest.mark.parametrize(
    ("field", "value", "reason"),
    [
        ("id", "RU tp bad", "bad id"),
        ("country", "XX", "unknown country"),
        ("established", "19xx", "not a year"),
        ("area_ha", "1,200", "not a number"),
        ("residents", "12.5", "not an integer"),
        ("name_en", " ", "empty name_en"),
        ("source_url", "", "no source_url"),
        ("status", "abandoned", "unknown status"),
    ],
)
def test_a_malformed_row_is_rejected_with_its_line_and_reason(
    field: str, value: str, reason: str
) -> None:
    with pytest.raises(b.RowError, match=f"line 7: .*{reason}"):
        b.clean_row(source_row(**{field: value}), 7)


def test_sectors_are_lowercased_and_numbers_normalised() -> None:
    row = b.clean_row(source_row(sectors="IT; Biotech ;", area_ha="120.0", residents="007"), 2)
    assert (row["sectors"], row["area_ha"], row["residents"]) == ("it;biotech", "120", "7")


def test_a_known_city_is_geocoded_at_city_precision() -> None:
    geo = b.geocode(b.clean_row(source_row(city="Moscow", region="Moscow"), 2), gazetteer(), {})
    assert (geo.precision, geo.place) == ("city", "Moscow")


def test_a_transliteration_variant_of_a_city_still_matches() -> None:
    row = b.clean_row(source_row(city="Verkhny Ufaley", region="Chelyabinsk Oblast"), 2)
    assert b.geocode(row, gazetteer(), {}).place == "Verkhniy Ufaley"


def test_a_namesake_city_is_resolved_by_the_region_learned_from_other_rows() -> None:
    gaz = gazetteer()
    rows = [
        b.clean_row(source_row(id=f"cn-ip-{n}", country="CN", region="Jiangsu", city=c), 2)
        for n, c in (("a", "Wuxi"), ("b", "Suzhou"))
    ]
    admin1s = b.learn_region_admin1(rows, gaz)
    assert admin1s[("CN", "jiangsu")] == "04"
    anhui = b.clean_row(source_row(id="cn-ip-c", country="CN", region="Anhui", city="Suzhou"), 2)
    assert b.geocode(anhui, gaz, {("CN", "anhui"): "01"}).latitude == pytest.approx(33.63611)


def test_a_missing_city_falls_back_to_the_region_centre() -> None:
    row = b.clean_row(source_row(region="Kaluga Oblast"), 2)
    geo = b.geocode(row, gazetteer(), {})
    assert (geo.precision, geo.place) == ("region", "Kaluga")


def test_nothing_known_falls_back_to_the_country_capital() -> None:
    row = b.clean_row(source_row(id="eg-sez-x", country="EG"), 2)
    geo = b.geocode(row, gazetteer(), {})
    assert (geo.precision, geo.place) == ("country", "Cairo")


def test_the_build_writes_sorted_rows_in_the_agreed_columns_and_drops_bad_ones(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    source = tmp_path / "sites.csv"
    rows = [
        source_row(id="ru-tp-zeta", city="Moscow"),
        source_row(id="ru-tp-alpha", region="Kaluga Oblast", name_local="Альфа"),
        source_row(id="ru-tp-alpha", city="Moscow"),  # duplicate id: dropped
        source_row(id="ru-tp-bad", established="later"),  # invalid: dropped
    ]
    with source.open("w", encoding="utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=b.SOURCE_REQUIRED)
        writer.writeheader()
        writer.writerows(rows)
    monkeypatch.setattr(b.Gazetteer, "load", classmethod(lambda cls, countries: gazetteer()))
    output = tmp_path / "out" / "sites.csv"
    assert b.build(source, output) == 0
    first = output.read_bytes()
    with output.open(encoding="utf-8", newline="") as fh:
        written = list(csv.DictReader(fh))
    assert list(written[0]) == b.OUTPUT_COLUMNS
    assert [(r["id"], r["geo_precision"], r["name_ru"]) for r in written] == [
        ("ru-tp-alpha", "region", "Альфа"),
        ("ru-tp-zeta", "city", ""),
    ]
    b.build(source, output)
    assert output.read_bytes() == first


def test_a_source_without_the_required_columns_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "sites.csv"
    source.write_text("id,name\nru-tp-x,X\n", encoding="utf-8")
    with pytest.raises(SystemExit, match="lacks columns"):
        b.read_source(source)


def test_a_source_that_is_not_utf8_is_refused(tmp_path: Path) -> None:
    source = tmp_path / "sites.csv"
    source.write_bytes(b"id,name_en\n\xff\xfe\n")
    with pytest.raises(SystemExit, match="not UTF-8"):
        b.read_source(source)


@given(st.text(max_size=40))
def test_place_normalisation_is_ascii_and_idempotent(text: str) -> None:
    key = b.normalise_place(text)
    assert key.isascii()
    assert b.normalise_place(key) == key
    assert b.place_skeleton(key) == b.place_skeleton(b.place_skeleton(key))
