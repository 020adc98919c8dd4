from parkbridge.extraction.quantities import find_figures


def figs(text: str) -> list[tuple]:
    return [(f.value, f.unit, f.qualifier) for f in find_figures(text, 2024)]


def test_english_qualifiers() -> None:
    assert figs("more than 20 agreements") == [(20, "count", "more_than")]
    assert figs("about 700 joint ventures") == [(700, "count", "about")]
    assert figs("Approximately 10,000 people took part") == [(10000, "count", "about")]
    assert figs("at least 200 Chinese corporations") == [(200, "count", "at_least")]
    assert figs("up to 10 supply contracts") == [(10, "count", "up_to")]
    assert figs("fewer than 5 companies") == [(5, "count", "less_than")]


def test_russian_qualifiers_and_number_words() -> None:
    assert figs("более 300 технопарков") == [(300, "count", "more_than")]
    assert figs("около 35 технопарков") == [(35, "count", "about")]
    assert figs("не менее 100 парков") == [(100, "count", "at_least")]
    assert figs("пять площадок") == [(5, "count", "exact")]


def test_money_is_in_units_not_millions() -> None:
    assert figs("projects totaling $2 billion") == [(2_000_000_000, "USD", "exact")]
    assert figs("инвестиции 2 млрд рублей") == [(2_000_000_000, "RUB", "exact")]
    assert figs("worth €1.5 million") == [(1_500_000, "EUR", "exact")]


def test_percentages_keep_the_number_as_written() -> None:
    assert figs("account for 36 percent of investments") == [(36, "percent", "exact")]
    assert figs("доля выросла на 12%") == [(12, "percent", "exact")]


def test_ranges_give_two_figures() -> None:
    assert figs("for the past 20-25 years") == [(20, "years", "at_least"), (25, "years", "up_to")]
    assert figs("grew from 2.5 to 15 percent") == [
        (2.5, "percent", "exact"),
        (15, "percent", "exact"),
    ]


def test_english_number_words_and_durations() -> None:
    assert figs("Eleven government delegations are expected") == [(11, "count", "exact")]
    assert figs("during the three-day visit") == [(3, "days", "exact")]


def test_dates_years_ordinals_and_names_are_not_figures() -> None:
    assert figs("held on September 3-6, 2024 since 2015") == []
    assert figs("On the third day of the EEF-2024 the 24.kg agency wrote") == []
    assert figs("the peoples of the two countries") == []
    assert figs("at 13:54 under Article 5") == []


def test_area_units() -> None:
    assert figs("covers 120 hectares") == [(120, "ha", "exact")]
