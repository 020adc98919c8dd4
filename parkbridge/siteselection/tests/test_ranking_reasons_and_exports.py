from __future__ import annotations

import csv
import io

from parkbridge.siteselection import (
    IncentiveTerm,
    Project,
    SiteIndex,
    Weights,
    compare,
    rank_sites,
    select,
)
from parkbridge.siteselection.export import to_csv, to_pdf, to_xlsx

from .conftest import make_site


def sites():
    holiday = IncentiveTerm(
        "profit_tax", rate_percent=0, standard_rate_percent=20, duration_years=5
    )
    return [
        make_site("cheap", land_price_per_m2=2.0, sectors=("logistics",)),
        make_site(
            "generous",
            land_price_per_m2=30.0,
            incentives=(holiday,),
            sectors=("automotive components",),
        ),
        make_site("far", country="KZ", km_to_highway=80.0, sectors=("automotive",)),
    ]


def test_user_weights_change_the_ranking():
    base = Project(plot_area_ha=10, annual_profit=5_000_000)
    by_cost = Project(
        plot_area_ha=10, annual_profit=5_000_000, weights=Weights(0, 0, 0, 0, cost=1, incentives=0)
    )
    by_incentives = Project(
        plot_area_ha=10, annual_profit=5_000_000, weights=Weights(0, 0, 0, 0, cost=0, incentives=1)
    )
    assert rank_sites(sites(), by_cost)[0].site_id == "cheap"
    assert rank_sites(sites(), by_incentives)[0].site_id == "generous"
    scores = [r.score for r in rank_sites(sites(), base)]
    assert scores == sorted(scores, reverse=True)
    assert all(0.0 <= s <= 1.0 for s in scores)


def test_scores_break_down_by_criterion_and_reasons_are_plain_words():
    project = Project(plot_area_ha=10, power_mw=5, sectors=("automotive",), annual_profit=1_000_000)
    [top, *_] = rank_sites(sites(), project)
    assert set(top.breakdown) == {"area", "utilities", "transport", "sector", "cost", "incentives"}
    assert top.site_id == "generous"
    text = " ".join(top.reasons)
    assert "free area 50 ha covers the 10 ha plot with 40 ha to spare" in text
    assert "park targets automotive components" in text
    assert "incentives worth about" in text
    assert any("profit tax 0% instead of 20% for 5 years" in d for d in top.incentive_details)


def test_top_n_returns_only_eligible_sites_in_order():
    index = SiteIndex.build(sites())
    result = select(index, Project(countries=("RU",)))
    top = result.top(5)
    assert [r.site_id for r in top] and all(r.eligible for r in top)
    assert "far" not in {r.site_id for r in top}
    assert len(result.ranking) == 3


def test_comparison_puts_chosen_sites_side_by_side():
    selection = select(SiteIndex.build(sites()), Project(plot_area_ha=10, annual_profit=1e6))
    table = compare(selection, ["cheap", "generous"])
    assert table.columns == ["CHEAP", "GENEROUS"]
    rows = dict(table.rows)
    assert rows["Free area"] == ["50 ha", "50 ha"]
    assert rows["Land price per m²"] == ["2 USD", "30 USD"]
    assert float(rows["Incentives, present value (USD)"][1].replace(",", "")) > 0
    assert table.as_records()[0]["criterion"] == "Rank"


def test_results_export_to_csv_xlsx_and_pdf(tmp_path):
    from openpyxl import load_workbook

    results = rank_sites(sites(), Project(plot_area_ha=10))
    rows = list(csv.reader(io.StringIO(to_csv(results))))
    assert rows[0][:3] == ["rank", "site_id", "name"] and len(rows) == 4
    to_xlsx(results, tmp_path / "sites.xlsx")
    sheet = load_workbook(tmp_path / "sites.xlsx").active
    assert sheet.cell(2, 2).value == results[0].site_id
    selection = select(SiteIndex.build(sites()), Project(plot_area_ha=10))
    to_pdf(compare(selection, ["cheap", "far"]), tmp_path / "compare.pdf")
    assert (tmp_path / "compare.pdf").read_bytes().startswith(b"%PDF")


def test_an_empty_registry_gives_an_empty_ranking():
    assert rank_sites([], Project(plot_area_ha=1)) == []
