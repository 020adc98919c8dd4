"""A sourced figure about a site updates its attribute when it is newer (by its source's date,
not the day it was recorded); the card shows every value with its date, source and sentence."""

from __future__ import annotations

from datetime import date

import pytest

from parkbridge.core.models import Source
from parkbridge.sites.facts import attribute_for, figure_reaches_site, record_site_fact


def article(key: str, published: date | None) -> Source:
    return Source.objects.create(
        key=key, kind="article", title=f"Article {key}", url=f"https://example.org/{key}",
        published=published,
    )  # fmt: skip


@pytest.fixture
def park(make_site):
    return make_site(slug="by-ip-stone", name_en="Stone Park", residents_count=23)


def test_a_newer_figure_updates_the_site_and_keeps_the_old_value(park):
    record_site_fact(park, "residents_count", 48, date(2024, 5, 1), article("a", date(2024, 5, 1)),
                     "The park now has 48 residents.")  # fmt: skip
    park.refresh_from_db()
    assert park.residents_count == 48
    values = {(f.value, f.applied) for f in park.facts.all()}
    assert values == {(48.0, True), (23.0, False)}


def test_an_older_figure_is_kept_but_does_not_overwrite_a_newer_one(park):
    record_site_fact(park, "residents_count", 48, date(2024, 5, 1), article("new", None))
    record_site_fact(park, "residents_count", 30, date(2022, 1, 1), article("old", None))
    park.refresh_from_db()
    assert park.residents_count == 48
    assert park.facts.filter(value=30, applied=False).exists()


def test_a_figure_without_a_date_changes_nothing(park):
    record_site_fact(park, "residents_count", 99, None, article("undated", None))
    park.refresh_from_db()
    assert park.residents_count == 23


def test_only_a_total_count_is_a_site_attribute():
    assert attribute_for("total residents", "count") == "residents_count"
    assert attribute_for("резидентов", "count") == "residents_count"
    assert attribute_for("new companies (residents) joined in 2023", "count") is None
    assert attribute_for("residents' planned investment", "USD") is None


def test_a_press_figure_naming_the_site_reaches_it_dated_by_the_article(park):
    source = article("press", date(2023, 11, 2))
    figure_reaches_site("Stone Park", "total residents", "count", 48, source.published, source,
                        "Stone Park has 48 residents.")  # fmt: skip
    park.refresh_from_db()
    fact = park.facts.get(value=48)
    assert park.residents_count == 48 and fact.as_of == date(2023, 11, 2)


def test_the_card_shows_both_values_with_dates_sources_and_the_sentence(park, client):
    record_site_fact(park, "residents_count", 48, date(2024, 5, 1), article("c", date(2024, 5, 1)),
                     "The park now has 48 residents.")  # fmt: skip
    page = client.get("/sites/by-ip-stone/").content.decode()
    assert "The park now has 48 residents." in page
    assert "2024" in page and "date unknown" in page  # the old value's date is not known
    assert "Article c" in page and ">23<" in page
