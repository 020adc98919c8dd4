"""An article that is not about industrial cooperation is kept and marked with its score and
reasons, not extracted; a reviewer who marks it relevant has its facts extracted then."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from parkbridge.press import relevance
from parkbridge.press.articles import set_relevance, take_in
from parkbridge.press.documents import Document
from parkbridge.press.models import Proposal
from parkbridge.press.tests import stories


@pytest.mark.parametrize(
    "text",
    [stories.AGENCY_STORY, stories.ZONE_STORY, stories.FORUM_STORY,
     "В особой экономической зоне «Алабуга» подписали соглашение с инвестором о строительстве завода.",
     "中白工业园与中国企业签署了投资合作协议。"],
)  # fmt: skip
def test_articles_about_parks_zones_forums_and_agreements_are_relevant(text):
    found = relevance.assess(text)
    assert found.relevant and found.reasons


def test_a_sports_report_is_not_relevant_and_says_so():
    found = relevance.assess(stories.SPORT_STORY)
    assert not found.relevant and found.score < 0.35


@given(st.text(max_size=400))
def test_any_text_gets_a_score_between_0_and_1(text):
    found = relevance.assess(text)
    assert 0.0 <= found.score <= 1.0 and found.relevant == (found.score >= 0.35)


@pytest.mark.django_db
def test_an_irrelevant_article_is_kept_unextracted_until_a_reviewer_overrides(reviewer):
    taken = take_in(Document(text=stories.SPORT_STORY, outlet="City Sport"), key="url:sport")
    article = taken.article
    assert taken.outcome == "not_relevant"
    assert not article.is_relevant and not article.extracted
    assert Proposal.objects.count() == 0

    set_relevance(article, True, reviewer)
    article.refresh_from_db()
    assert article.is_relevant and article.extracted and article.overridden_by == reviewer
