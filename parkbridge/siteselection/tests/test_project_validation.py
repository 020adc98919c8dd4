from __future__ import annotations

import json

import pytest

from parkbridge.siteselection import ProjectError, load_project, project_from_dict


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"plot_area": 10}, "plot_area"),
        ({"plot_area_ha": -1}, "plot_area_ha"),
        ({"premises_m2": "big"}, "premises_m2"),
        ({"countries": ["XX"]}, "countries"),
        ({"countries": "Narnia"}, "countries"),
        ({"currency": "ABC"}, "currency"),
        ({"discount_rate": 10}, "discount_rate"),
        ({"horizon_years": 0}, "horizon_years"),
        ({"start_year": 20260}, "start_year"),
        ({"rail_siding": "yes"}, "rail_siding"),
        ({"statuses": ["abandoned"]}, "statuses"),
        ({"weights": {"beauty": 1}}, "weights.beauty"),
        ({"weights": {"area": -1}}, "weights.area"),
        ({"exchange_rates": {"RUB": 0}}, "exchange_rates.RUB"),
        ({"standard_rates": {"ZZ": {"profit_tax": 20}}}, "standard_rates.ZZ"),
        ({"power_mw": float("inf")}, "power_mw"),
        ([1, 2], "(root)"),
    ],
)
def test_a_bad_project_is_rejected_naming_the_field(data, field):
    with pytest.raises(ProjectError) as error:
        project_from_dict(data)
    assert error.value.field == field
    assert field in str(error.value)


def test_a_valid_project_is_read_with_countries_normalised():
    project = project_from_dict(
        {
            "name": "Sweeper plant",
            "sectors": ["machinery"],
            "countries": ["ru", "KAZ"],
            "plot_area_ha": 12.5,
            "currency": "eur",
            "weights": {"incentives": 3},
            "standard_rates": {"RU": {"profit_tax": 25}},
        }
    )
    assert project.countries == ("RU", "KZ")
    assert project.currency == "EUR"
    assert project.weights.incentives == 3
    assert project.standard_rates == {"RU": {"profit_tax": 25.0}}


def test_a_currency_without_a_stated_rate_must_be_given_one():
    with pytest.raises(ProjectError, match="currency"):
        project_from_dict({"currency": "JPY"})
    assert project_from_dict({"currency": "JPY", "exchange_rates": {"JPY": 150}}).currency == "JPY"


def test_files_that_are_not_json_or_too_big_are_rejected(tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text("{ not json")
    with pytest.raises(ProjectError, match="invalid JSON at line 1"):
        load_project(broken)
    huge = tmp_path / "huge.json"
    huge.write_text(json.dumps({"name": "x" * 2_000_000}))
    with pytest.raises(ProjectError, match="larger than"):
        load_project(huge)
    with pytest.raises(ProjectError, match="cannot read"):
        load_project(tmp_path / "missing.json")
    binary = tmp_path / "binary.json"
    binary.write_bytes(b"\xff\xfe\x00")
    with pytest.raises(ProjectError, match="not UTF-8"):
        load_project(binary)
