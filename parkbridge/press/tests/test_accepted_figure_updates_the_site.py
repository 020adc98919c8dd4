"""An accepted figure about a site's attribute ("48 residents") updates the site when its
article is newer than the value the site has, dated by the article, not by the review."""

from __future__ import annotations

import datetime

import pytest

from parkbridge.press import review

pytestmark = pytest.mark.django_db


def test_an_accepted_resident_count_updates_the_site_with_the_articles_date(
    reviewer, great_stone, make_proposal, article_source
):
    great_stone.residents_count = 23
    great_stone.save()
    article_source.published = datetime.date(2025, 3, 2)
    article_source.save()
    sentence = "The park now has 48 residents."
    figure = make_proposal(
        "figure",
        {"value": 48, "unit": "count", "qualifier": "exact", "measure": "total residents",
         "scope": great_stone.name_en},
        evidence=sentence,
    )  # fmt: skip
    review.accept(figure, reviewer)
    great_stone.refresh_from_db()
    assert great_stone.residents_count == 48
    fact = great_stone.facts.get(value=48)
    assert fact.as_of == datetime.date(2025, 3, 2) and fact.quote == sentence
    assert great_stone.facts.filter(value=23, applied=False).exists()  # the old value is kept


def test_an_accepted_figure_of_an_undated_article_is_undated_and_changes_nothing(
    reviewer, great_stone, make_proposal, article_source
):
    great_stone.residents_count = 23
    great_stone.save()
    article_source.published = None
    article_source.save()
    figure = make_proposal(
        "figure",
        {"value": 48, "unit": "count", "measure": "residents", "scope": great_stone.name_en},
    )
    value = review.accept(figure, reviewer)
    great_stone.refresh_from_db()
    assert great_stone.residents_count == 23
    assert value.date is None  # not the day of the review
