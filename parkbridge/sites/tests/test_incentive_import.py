"""Incentive regimes import from the registry's CSV columns, replace their regime's rows, and
export back; bad rows are refused with their line and field, and nothing is written."""

from __future__ import annotations

import csv
import io

import pytest

from parkbridge.core.exports import write_table
from parkbridge.core.imports import ImportRejected
from parkbridge.sites.incentive_imports import COLUMNS, export_row, import_incentives
from parkbridge.sites.models import Incentive

HEADER = ",".join(COLUMNS) + "\n"


def row(**cells: str) -> str:
    values = {
        "regime_id": "ru-perm",
        "country": "RU",
        "applies_to_kind": "sez",
        "regime_name": "Perm SEZ schedule",
        "tax": "profit_tax",
        "benefit": "reduced_rate",
        "rate_percent": "0",
        "scope": "regions",
        "regions": "Perm Krai",
        "source_url": "https://example.org/perm",
    } | cells
    buffer = io.StringIO()
    csv.DictWriter(buffer, COLUMNS).writerow({c: values.get(c, "") for c in COLUMNS})
    return buffer.getvalue()


def test_a_file_replaces_the_rows_of_the_regimes_it_names(db, tmp_path, make_site):
    make_site(kind="sez", country="RU", region="Perm Krai")
    path = tmp_path / "incentives.csv"
    path.write_text(HEADER + row() + row(tax="property_tax", benefit="exemption"), "utf-8")
    import_incentives(path)
    path.write_text(HEADER + row(rate_percent="5"), "utf-8")
    report = import_incentives(path)
    assert report.rows == 1 and report.warnings == []
    stored = Incentive.objects.get(regime_code="ru-perm")
    assert stored.rate_percent == 5 and stored.regions == ["Perm Krai"]


def test_bad_rows_are_refused_with_line_and_field_and_nothing_is_written(db, tmp_path):
    path = tmp_path / "incentives.csv"
    path.write_text(
        HEADER
        + row(scope="regions", regions="")
        + row(scope="everywhere")
        + row(rate_percent="140")
        + row(regime_id="kz-perm"),
        "utf-8",
    )
    with pytest.raises(ImportRejected) as refused:
        import_incentives(path)
    fields = {(e.line, e.field) for e in refused.value.errors}
    assert fields == {(2, "regions"), (3, "scope"), (4, "rate_percent"), (5, "regime_id")}
    assert not Incentive.objects.exists()


def test_a_region_or_site_not_in_the_registry_is_reported_not_refused(db, tmp_path):
    path = tmp_path / "incentives.csv"
    path.write_text(
        HEADER + row(regions="Magadan Oblast") + row(scope="sites", regions="", site_ids="ru-x"),
        "utf-8",
    )
    report = import_incentives(path)
    assert report.rows == 2
    assert any("Magadan Oblast" in w for w in report.warnings)
    assert any("'ru-x'" in w for w in report.warnings)


def test_an_export_imports_back_unchanged(db, tmp_path):
    path = tmp_path / "incentives.csv"
    path.write_text(HEADER + row() + row(scope="sites", regions="", site_ids="a;b"), "utf-8")
    import_incentives(path)
    before = [export_row(i) for i in Incentive.objects.order_by("id")]
    out = tmp_path / "export.csv"
    with out.open("wb") as handle:
        write_table(iter(before), COLUMNS, "csv", handle)
    import_incentives(out)
    after = [export_row(i) for i in Incentive.objects.order_by("id")]
    assert after == before
