"""Figures written the way Indian, Russian and Chinese news write them (sentences written for
these tests)."""

from parkbridge.extraction.chinese import find_figures as find_figures_zh
from parkbridge.extraction.pipeline import extract_article
from parkbridge.extraction.quantities import find_figures


def figs(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in find_figures(text, 2024)]


def test_crore_and_lakh_amounts_are_rupees_in_units() -> None:
    assert figs("The state will spend Rs. 350 crore on roads.") == [(3_500_000_000, "INR", "exact")]
    assert figs("Each unit gets Rs 12 lakh in support.") == [(1_200_000, "INR", "exact")]
    assert figs("a ₹2,400 crore battery plant") == [(24_000_000_000, "INR", "exact")]
    assert figs("about 40 crore rupees were raised") == [(400_000_000, "INR", "about")]


def test_a_currency_glued_to_its_number_is_still_read() -> None:
    assert figs("Bids worth Rs7 billion came in.") == [(7_000_000_000, "INR", "exact")]
    assert figs("The fund holds USD2.5 billion.") == [(2_500_000_000, "USD", "exact")]
    assert figs("It raised RMB40 million.") == [(40_000_000, "CNY", "exact")]
    assert figs("Exports reached 3 bln dollars.") == [(3_000_000_000, "USD", "exact")]


def test_a_russian_comma_before_a_scale_word_is_a_decimal() -> None:
    assert figs("Инвестиции составят 1,5 млрд рублей.") == [(1_500_000_000, "RUB", "exact")]
    assert figs("Объем вырос до 2,375 млрд рублей.") == [(2_375_000_000, "RUB", "exact")]
    assert figs("Бюджет проекта 1 200,5 млн рублей.") == [(1_200_500_000, "RUB", "exact")]


def test_a_russian_comma_with_three_digits_and_no_scale_stays_a_thousands_separator() -> None:
    assert figs("На форум приехали 1,500 участников.") == [(1500, "count", "exact")]


def test_english_commas_group_thousands_before_a_scale_word() -> None:
    assert figs("a 1,250 million dollar deal") == [(1_250_000_000, "USD", "exact")]


def test_declined_russian_distances_and_areas_keep_their_units() -> None:
    assert figs("Дорога длиной 120 километров") == [(120, "km", "exact")]
    assert figs("в 35 км от границы") == [(35, "km", "exact")]
    assert figs("площадью 12,5 кв. км") == [(12.5, "km2", "exact")]
    assert figs("на 40 квадратных километрах") == [(40, "km2", "exact")]


def test_tonnes_and_gigawatts_use_the_schema_unit_names() -> None:
    assert figs("It ships 500 tons of steel a year.") == [(500, "tonnes", "exact")]
    assert figs("Завод выпустит 20 тысяч тонн") == [(20_000, "tonnes", "exact")]
    assert figs("a solar farm of 2 GW") == [(2, "GW", "exact")]


def test_mu_are_not_a_schema_unit_and_are_not_converted() -> None:
    # SCHEMA.md: units are a closed list and are not converted into one another.
    assert find_figures_zh("园区规划占地4.5万亩。") == []
    assert find_figures_zh("一期约300亩，总投资5亿元。")[0].unit == "CNY"


def test_a_large_count_restated_in_a_quote_is_one_figure() -> None:
    text = (
        "Plant opens in Pune\n\n"
        "The new plant will employ 4,200 workers, the company said. "
        '"About 4,200 people will work here," its director added. '
        "It has 3 lines and 3 warehouses."
    )
    figures = extract_article(text).figures
    assert [f.value for f in figures].count(4200) == 1
    assert [f.value for f in figures].count(3) == 2


def test_a_count_in_the_headline_restated_in_the_body_is_one_figure() -> None:
    text = (
        "Park signs up 12 investors\n\n"
        "Twelve companies have agreed to build plants in the park, its director said. "
        "Work starts in 3 months."
    )
    values = [(f.value, f.unit) for f in extract_article(text).figures]
    assert values.count((12, "count")) == 1


def test_synonymous_measures_of_one_count_are_one_figure_but_other_measures_are_not() -> None:
    text = (
        "Plants and parks\n\n"
        "Twenty-five firms took part. In all, 25 companies signed up. "
        "They came from 25 countries."
    )
    values = [(f.value, f.measure) for f in extract_article(text).figures]
    assert len([v for v, _ in values if v == 25]) == 2


def test_scale_words_and_units_glued_to_the_number_are_read() -> None:
    assert figs("The fund will invest $4.5bn here.") == [(4_500_000_000, "USD", "exact")]
    assert figs("It won a €30mn loan.") == [(30_000_000, "EUR", "exact")]
    assert figs("A 350MW solar farm is planned.") == [(350, "MW", "exact")]
    assert figs("The site lies 60km from the port.") == [(60, "km", "exact")]
    assert figs("It covers 220ha of land.") == [(220, "ha", "exact")]
    assert figs("A Rs750cr plant was approved.") == [(7_500_000_000, "INR", "exact")]


def test_a_bare_one_letter_suffix_without_currency_is_not_a_scale() -> None:
    assert figs("A 10m road links the zone.") == []


def test_indian_scales_stack() -> None:
    assert figs("Projects worth Rs 2.5 lakh crore were cleared.") == [
        (2_500_000_000_000, "INR", "exact")
    ]


def test_a_multiplier_is_a_ratio_not_a_figure() -> None:
    assert figs("Exports grew 4 times in a decade.") == []
    assert figs("Товарооборот вырос в 2,5 раза.") == []


def test_a_duration_that_dates_something_is_not_a_figure() -> None:
    assert figs("Two weeks ago the minister opened the plant.") == []
    assert figs("Over the first nine months of this year, taxes rose 5%.") == [
        (5, "percent", "exact")
    ]
    assert figs("Завод открыли 3 года назад.") == []


def test_a_rank_is_not_a_count() -> None:
    assert figs("The province is among the top 10 regions for investment.") == []


def test_weeks_are_given_in_days() -> None:
    assert figs("Construction will take 6 weeks.") == [(42, "days", "exact")]
    assert figs("a two-week visit") == [(14, "days", "exact")]


def test_chinese_power_and_regional_currency_units() -> None:
    assert [(f.value, f.unit) for f in find_figures_zh("光伏电站装机容量300兆瓦。")] == [
        (300, "MW")
    ]
    assert [(f.value, f.unit) for f in find_figures_zh("风电项目规模2吉瓦。")] == [(2, "GW")]
    assert [(f.value, f.unit) for f in find_figures_zh("投资额达5000亿越南盾。")] == [
        (500_000_000_000, "VND")
    ]
