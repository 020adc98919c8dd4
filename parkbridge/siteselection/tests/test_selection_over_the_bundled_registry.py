"""Site selection over the bundled starting registry: regional regimes separate Russian SEZs,
and a machinery project in Belarus finds the China–Belarus Industrial Park."""

from __future__ import annotations

import pytest

from parkbridge.marketplace.selection import registry_index
from parkbridge.siteselection import select
from parkbridge.siteselection.project_io import project_from_dict

pytestmark = pytest.mark.usefixtures("bundled_registry")

PROFITS = {"annual_profit": 2_000_000, "property_value": 5_000_000, "horizon_years": 10}


def ranked(project: dict):
    return select(registry_index().index, project_from_dict(project))


def test_russian_sezs_in_different_regions_get_different_incentive_values(db):
    result = ranked({"countries": ["RU"], "site_kinds": ["sez"]} | PROFITS)
    values = {r.site_id: r.incentive_value for r in result.top(200)}
    assert values["ru-sez-perm"] != values["ru-sez-alabuga"]
    assert values["ru-sez-technopolis-moscow"] != values["ru-sez-alabuga"]
    assert len(set(round(v) for v in values.values())) >= 3


def test_the_reasons_name_each_regime_and_why_it_applies(db):
    result = ranked({"countries": ["RU"], "site_kinds": ["sez"]} | PROFITS)
    perm = next(r for r in result.top(200) if r.site_id == "ru-sez-perm")
    assert any("regional regime of Perm Krai" in reason for reason in perm.reasons)
    alabuga = next(r for r in result.top(200) if r.site_id == "ru-sez-alabuga")
    assert not any("Perm" in reason or "Orenburg" in reason for reason in alabuga.reasons)


@pytest.mark.parametrize("word", ["machinery", "машиностроение", "机械制造"])
def test_a_machinery_project_in_belarus_finds_the_great_stone_park_in_the_top_ten(db, word):
    result = ranked({"sectors": [word], "countries": ["BY"], "plot_area_ha": 10} | PROFITS)
    assert "by-ip-great-stone" in [r.site_id for r in result.top(10)]
