from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from parkbridge.extraction.dates import find_dates

EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
      "October", "November", "December"]  # fmt: skip
RU = ["января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
      "октября", "ноября", "декабря"]  # fmt: skip

dates = st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 28))


@given(dates, st.integers(min_value=0, max_value=3))
def test_english_same_month_ranges_parse_to_iso(d: date, span: int) -> None:
    end = d + timedelta(days=span)
    if end.month != d.month:
        end = d
    text = f"The forum was held on {EN[d.month - 1]} {d.day}-{end.day}, {d.year} in Kazan."
    found = find_dates(text)
    assert (found[0].start, found[0].end) == (d.isoformat(), end.isoformat())


@given(dates)
def test_russian_dates_parse_to_iso(d: date) -> None:
    found = find_dates(f"Форум прошёл {d.day} {RU[d.month - 1]} {d.year} года.")
    assert found[0].start == d.isoformat()


@given(dates)
def test_chinese_dates_parse_to_iso(d: date) -> None:
    found = find_dates(f"{d.year}年{d.month}月{d.day}日在哈尔滨举行")
    assert found[0].start == d.isoformat()


def test_a_range_without_a_year_takes_the_default_year_or_stays_undated() -> None:
    assert find_dates("18–19 августа", 2024)[0].start == "2024-08-18"
    assert find_dates("on August 18-19.")[0].start is None


def test_cross_month_range_and_to_connector() -> None:
    d = find_dates("from May 30 to June 2, 2025")[0]
    assert (d.start, d.end) == ("2025-05-30", "2025-06-02")
    d = find_dates("from May 16 to 17.", 2024)[0]
    assert (d.start, d.end) == ("2024-05-16", "2024-05-17")


def test_vague_months_are_not_dates() -> None:
    assert find_dates("in early September") == []
