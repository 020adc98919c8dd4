"""Two outlets printing the same agency story, lightly edited, give one article with both
outlets as its sources, and its facts are extracted once."""

from __future__ import annotations

import pytest

from parkbridge.press.models import Article, ArticleCopy, Proposal
from parkbridge.press.polling import poll_feed
from parkbridge.press.tests import stories

pytestmark = pytest.mark.django_db


def _feed(web, make_feed, path, name, text, guid):
    item = {"guid": guid, "title": "Great Stone hosts technoparks", "text": text, "day": 14}
    web.serve(path, stories.rss(name, web.url("/"), [item]), content_type="application/rss+xml")
    return make_feed(web.url(path), name=name)


def test_two_outlets_copies_of_one_story_become_one_article_with_two_sources(
    web, make_feed, registry
):
    agency = _feed(web, make_feed, "/agency.xml", "Agency", stories.AGENCY_STORY, "ag-1")
    portal = _feed(
        web, make_feed, "/portal.xml", "Regional Portal", stories.reprint(stories.AGENCY_STORY),
        "portal-77",
    )  # fmt: skip

    poll_feed(agency)
    proposals = Proposal.objects.count()
    run = poll_feed(portal)

    assert run.counts["reprints"] == 1 and "new_articles" not in run.counts
    article = Article.objects.get()
    assert sorted(c.outlet for c in article.copies.all()) == ["Agency", "Regional Portal"]
    assert article.copies.get(outlet="Regional Portal").similarity < 1.0
    assert Proposal.objects.count() == proposals  # extracted once, for the story


def test_different_stories_stay_different_articles(web, make_feed):
    items = [
        {"guid": "1", "title": "Zone", "text": stories.ZONE_STORY},
        {"guid": "2", "title": "Forum", "text": stories.FORUM_STORY},
        {"guid": "3", "title": "Great Stone", "text": stories.AGENCY_STORY},
    ]
    web.serve("/mix.xml", stories.rss("Mix", web.url("/"), items),
              content_type="application/rss+xml")  # fmt: skip
    poll_feed(make_feed(web.url("/mix.xml")))
    assert Article.objects.count() == 3 and ArticleCopy.objects.count() == 3


def test_a_reprint_is_recognised_by_a_new_process_from_the_stored_signatures(
    web, make_feed, django_db_blocker
):
    """The LSH index lives in the database: nothing in memory is needed to find the story."""
    from parkbridge.press import articles
    from parkbridge.press.documents import Document

    first = articles.take_in(Document(text=stories.FORUM_STORY, outlet="A"), key="url:a",
                             extract=False)  # fmt: skip
    # As a fresh process would: only the database is shared.
    found, score = articles.find_story(
        articles.nearduplicates.signature(stories.reprint(stories.FORUM_STORY))
    )
    assert found is not None and found.pk == first.article.pk and score >= 0.5
