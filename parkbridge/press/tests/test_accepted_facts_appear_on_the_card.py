"""An accepted fact appears on the site's card (and an organisation's page) with its sentence
and the article's date."""

from __future__ import annotations

import datetime

import pytest
from django.contrib.contenttypes.models import ContentType

from parkbridge.press import review
from parkbridge.press.models import Action
from parkbridge.sites.models import Site

pytestmark = pytest.mark.django_db


def test_an_accepted_figure_is_on_the_card_of_the_site_its_article_names(
    client, reviewer, registry, make_proposal, article_source
):
    article_source.published = datetime.date(2026, 5, 14)
    article_source.save()
    make_proposal("site", {"name": "Great Stone"}, action=Action.LINK,
                  target_type=ContentType.objects.get_for_model(Site), target_id=registry.pk)  # fmt: skip
    sentence = "More than 120 companies are residents of the park."
    figure = make_proposal("figure", {"value": 120, "unit": "count", "qualifier": "more_than",
                                      "measure": "companies"}, evidence=sentence)  # fmt: skip
    pending = client.get(f"/sites/{registry.slug}/").content.decode()
    assert sentence not in pending  # not before it is accepted

    review.accept(figure, reviewer)
    card = client.get(f"/sites/{registry.slug}/").content.decode()
    assert "From the press" in card
    assert sentence in card
    assert "May 14, 2026" in card or "2026-05-14" in card
