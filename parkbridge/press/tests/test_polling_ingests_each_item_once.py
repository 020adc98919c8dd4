"""Polling a feed takes in each new item once; polling again adds nothing and asks the server
with the feed's ETag / Last-Modified; a feed that carries only teasers has its pages fetched."""

from __future__ import annotations

import pytest

from parkbridge.press.models import ArticleCopy, Proposal, RunStatus
from parkbridge.press.polling import poll_feed
from parkbridge.press.tests import stories

pytestmark = pytest.mark.django_db


def _items(server):
    return [
        {"guid": "a-1", "title": "Great Stone hosts technoparks", "text": stories.AGENCY_STORY,
         "link": server.url("/news/1"), "day": 14},
        {"guid": "a-2", "title": "Navoi zone opens a second site", "text": stories.ZONE_STORY,
         "link": server.url("/news/2"), "day": 15},
    ]  # fmt: skip


def test_an_rss_feed_is_ingested_once_and_repolling_adds_nothing(web, make_feed, registry):
    web.serve(
        "/rss.xml", stories.rss("Test Agency", web.url("/"), _items(web)),
        content_type="application/rss+xml", etag='"v1"',
        last_modified="Thu, 14 May 2026 09:00:00 GMT",
    )  # fmt: skip
    feed = make_feed(web.url("/rss.xml"), name="Test Agency")

    first = poll_feed(feed)
    assert first.status == RunStatus.DONE, first.errors
    assert first.counts["new_articles"] == 2, first.counts
    copies = ArticleCopy.objects.filter(feed=feed)
    assert copies.count() == 2
    assert {c.outlet for c in copies} == {"Test Agency"}
    assert {str(c.published) for c in copies} == {"2026-05-14", "2026-05-15"}
    proposals = Proposal.objects.count()
    assert proposals > 0
    feed.refresh_from_db()
    assert feed.etag == '"v1"' and feed.failures == 0 and feed.last_error == ""

    second = poll_feed(feed)
    assert second.status == RunStatus.DONE
    assert second.counts == {"not_modified": 1}
    assert web.hits("/rss.xml")[-1].get("If-None-Match") == '"v1"'
    assert web.hits("/rss.xml")[-1].get("If-Modified-Since") == "Thu, 14 May 2026 09:00:00 GMT"
    assert ArticleCopy.objects.count() == 2 and Proposal.objects.count() == proposals


def test_a_feed_without_validators_is_parsed_again_but_adds_only_new_items(web, make_feed):
    items = _items(web)
    web.serve("/atom.xml", stories.atom("Atom News", web.url("/"), items[:1]),
              content_type="application/atom+xml")  # fmt: skip
    feed = make_feed(web.url("/atom.xml"))
    assert poll_feed(feed).counts["new_articles"] == 1
    feed.refresh_from_db()
    assert feed.name == "Atom News"  # the feed's own title when none was given

    web.serve("/atom.xml", stories.atom("Atom News", web.url("/"), items),
              content_type="application/atom+xml")  # fmt: skip
    again = poll_feed(feed)
    assert again.counts["seen_before"] == 1 and again.counts["new_articles"] == 1
    assert ArticleCopy.objects.filter(feed=feed).count() == 2


def test_a_teaser_feed_has_the_linked_page_fetched_without_its_boilerplate(web, make_feed):
    web.serve("/news/9", stories.page("Forum of industrial parks", stories.FORUM_STORY))
    teaser = {"guid": "f-9", "title": "Forum of industrial parks", "link": web.url("/news/9"),
              "summary": "2,300 participants from 27 countries.", "day": 18}  # fmt: skip
    web.serve("/teasers.xml", stories.rss("Teasers", web.url("/"), [teaser]),
              content_type="application/rss+xml")  # fmt: skip
    run = poll_feed(make_feed(web.url("/teasers.xml")))

    assert run.counts["new_articles"] == 1, run.errors
    copy = ArticleCopy.objects.get()
    text = copy.article.source.text
    assert "640 meetings" in text
    assert "cookies" not in text and "All rights reserved" not in text
    assert "Subscribe to our newsletter" not in text
