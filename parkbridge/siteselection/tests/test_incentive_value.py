from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from parkbridge.siteselection import IncentiveTerm, Project, SiteIndex, select
from parkbridge.siteselection.incentives import (
    annuity,
    build_terms,
    parse_starts,
    value_incentives,
)

from .conftest import make_site


def value_of(terms, project, **facts):
    index = SiteIndex.build([make_site(incentives=tuple(terms), **facts)])
    return float(select(index, project).evaluation.incentive_value[0])


def test_a_five_year_tax_holiday_is_worth_the_discounted_savings():
    # 20% of 1,000,000 = 200,000 a year for 5 years at 10%: 200,000 × 3.790787 = 758,157.35
    project = Project(annual_profit=1_000_000, discount_rate=0.1, horizon_years=10)
    term = IncentiveTerm("profit_tax", rate_percent=0, standard_rate_percent=20, duration_years=5)
    assert value_of([term], project) == pytest.approx(758_157.35, abs=0.01)


def test_a_holiday_longer_than_the_horizon_is_cut_at_the_horizon():
    project = Project(annual_profit=100_000, discount_rate=0.0, horizon_years=3)
    term = IncentiveTerm("profit_tax", rate_percent=0, standard_rate_percent=20, duration_years=10)
    assert value_of([term], project) == pytest.approx(60_000)


def test_a_reduced_rate_in_later_years_is_discounted_from_those_years():
    # 12% instead of 20% on 1,000,000 in years 6-10 at 10%: 80,000 × Σ_{t=6..10} 1.1^-t
    project = Project(annual_profit=1_000_000, discount_rate=0.1, horizon_years=10)
    [term] = build_terms(
        [
            {
                "tax": "profit_tax",
                "rate_percent": 12,
                "standard_rate_percent": 20,
                "starts": "years 6-10",
            }
        ]
    )
    expected = 80_000 * sum(1.1**-t for t in range(6, 11))
    assert value_of([term], project) == pytest.approx(expected)
    assert expected == pytest.approx(188_302.43, abs=0.01)


def test_a_stepped_schedule_chains_the_next_step_after_the_first():
    terms = build_terms(
        [
            {
                "tax": "profit_tax",
                "rate_percent": 0,
                "standard_rate_percent": 20,
                "duration_years": 5,
                "regime": "r",
            },
            {
                "tax": "profit_tax",
                "rate_percent": 12,
                "standard_rate_percent": 20,
                "starts": "next 5 years",
                "regime": "r",
            },
        ]
    )
    assert [t.start_offset_years for t in terms] == [0, 5]
    project = Project(annual_profit=1_000_000, discount_rate=0.1, horizon_years=10)
    assert value_of(terms, project) == pytest.approx(758_157.35 + 188_302.43, abs=0.02)


def test_overlapping_terms_on_the_same_tax_are_not_added_the_larger_counts():
    project = Project(annual_profit=100, discount_rate=0.0, horizon_years=4)
    terms = [
        IncentiveTerm("profit_tax", rate_percent=0, standard_rate_percent=20, duration_years=2),
        IncentiveTerm("profit_tax", rate_percent=10, standard_rate_percent=20, duration_years=4),
    ]
    # years 1-2: max(20, 10) = 20 points; years 3-4: 10 points → 20+20+10+10 = 60
    assert value_of(terms, project) == pytest.approx(60)


def test_property_tax_and_social_contributions_use_their_own_bases():
    project = Project(
        property_value=10_000_000, annual_payroll=2_000_000, discount_rate=0.0, horizon_years=10
    )
    terms = [
        IncentiveTerm("property_tax", rate_percent=0, standard_rate_percent=2.2, duration_years=10),
        IncentiveTerm(
            "social_contributions", rate_percent=7.6, standard_rate_percent=30, duration_years=7
        ),
    ]
    expected = 10_000_000 * 0.022 * 10 + 2_000_000 * 0.224 * 7
    assert value_of(terms, project) == pytest.approx(expected)


def test_land_tax_savings_use_the_plot_price_converted_to_the_project_currency():
    # 450 RUB/m² ÷ 90 RUB/USD = 5 USD/m² × 20,000 m² = 100,000 USD; 1.5% × 2 years = 3,000 USD
    project = Project(plot_area_ha=2, discount_rate=0.0, horizon_years=5)
    term = IncentiveTerm("land_tax", rate_percent=0, standard_rate_percent=1.5, duration_years=2)
    assert value_of([term], project, land_price_per_m2=450.0, currency="RUB") == pytest.approx(3000)
    # Reported in EUR with a stated rate of 0.5 EUR per USD: 1,500 EUR.
    in_eur = Project(
        plot_area_ha=2,
        discount_rate=0.0,
        horizon_years=5,
        currency="EUR",
        exchange_rates={"EUR": 0.5},
    )
    assert value_of([term], in_eur, land_price_per_m2=450.0, currency="RUB") == pytest.approx(1500)


def test_a_term_without_a_standard_rate_is_valued_only_with_a_stated_one():
    term = IncentiveTerm("customs_duty", rate_percent=0, duration_years=5)
    project = Project(annual_imports=1_000_000, discount_rate=0.0)
    assert value_of([term], project) == 0.0
    project.standard_rates = {"RU": {"customs_duty": 5.0}}
    assert value_of([term], project) == pytest.approx(250_000)


def test_no_duration_means_the_whole_horizon():
    term = IncentiveTerm("profit_tax", rate_percent=0, standard_rate_percent=10)
    assert value_of([term], Project(annual_profit=100, discount_rate=0, horizon_years=7)) == 70


def test_annuity_matches_the_sum_of_discount_factors():
    assert annuity(2, 7, 0.08) == pytest.approx(sum(1.08**-t for t in range(3, 8)))
    assert annuity(5, 5, 0.1) == 0.0


@pytest.mark.parametrize(
    ("text", "offset", "duration", "relative"),
    [
        ("years 6-10 after first profit", 5, 5, False),
        ("tax periods 7-12", 6, 6, False),
        ("first 3 years from entry in the register", 0, 3, False),
        ("next 9 years", None, 9, True),
        ("from year 9", 8, None, False),
        ("after 10 tax periods", 10, None, False),
        ("from the first profit", None, None, False),
    ],
)
def test_free_text_starts_are_read_into_offsets(text, offset, duration, relative):
    spec = parse_starts(text)
    assert (spec.offset, spec.duration, spec.relative) == (offset, duration, relative)


term_strategy = st.builds(
    IncentiveTerm,
    tax=st.sampled_from(["profit_tax", "property_tax", "land_tax", "vat", "transport_tax"]),
    rate_percent=st.one_of(st.none(), st.floats(0, 30)),
    standard_rate_percent=st.one_of(st.none(), st.floats(0, 30)),
    duration_years=st.one_of(st.none(), st.integers(1, 15).map(float)),
    start_offset_years=st.integers(0, 12).map(float),
)


@settings(max_examples=60, deadline=None)
@given(
    terms=st.lists(term_strategy, max_size=6),
    rate=st.floats(0, 0.3),
    horizon=st.integers(1, 30),
    land=st.one_of(st.none(), st.floats(0.1, 100)),
)
def test_the_vectorised_valuation_agrees_with_the_reference(terms, rate, horizon, land):
    project = Project(
        plot_area_ha=3,
        annual_profit=1e6,
        property_value=5e6,
        annual_imports=2e6,
        discount_rate=rate,
        horizon_years=horizon,
    )
    site = make_site(incentives=tuple(terms), land_price_per_m2=land)
    land_value = None if land is None else land * 30_000
    reference = value_incentives(site.incentives, project, "RU", land_value).total
    assert math.isclose(
        value_of(terms, project, land_price_per_m2=land), reference, rel_tol=1e-9, abs_tol=1e-6
    )


def test_sites_sharing_a_regime_still_get_land_savings_from_their_own_plot_price():
    term = IncentiveTerm("land_tax", rate_percent=0, standard_rate_percent=1.0, duration_years=1)
    sites = [
        make_site("a", incentives=(term,), land_price_per_m2=10.0),
        make_site("b", incentives=(term,), land_price_per_m2=20.0),
        make_site("c", incentives=(term,), land_price_per_m2=None),
    ]
    evaluation = select(SiteIndex.build(sites), Project(plot_area_ha=1, discount_rate=0)).evaluation
    assert list(evaluation.incentive_value) == pytest.approx([1000.0, 2000.0, 0.0])
    assert list(evaluation.incentives_not_valued) == [0, 0, 1]
