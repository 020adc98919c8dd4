"""Every bad source ends in an error recorded on the run (and on the feed), with nothing
half-written: no article, no copy, no proposal, and the next good source still goes in."""

from __future__ import annotations

import pytest

from parkbridge.core.models import Source
from parkbridge.press.models import Article, ArticleCopy, Proposal, RunStatus
from parkbridge.press.polling import ingest_urls, poll_feed
from parkbridge.press.tests import stories

pytestmark = pytest.mark.django_db


def _nothing_written():
    return (Source.objects.count(), Article.objects.count(), ArticleCopy.objects.count(),
            Proposal.objects.count()) == (0, 0, 0, 0)  # fmt: skip


def test_malformed_xml_fails_the_poll_and_backs_the_feed_off(web, make_feed):
    good = stories.rss("X", web.url("/"), [{"guid": "1", "title": "t", "text": stories.ZONE_STORY}])
    web.serve("/broken.xml", good[: len(good) // 2], content_type="application/rss+xml")
    feed = make_feed(web.url("/broken.xml"), every_minutes=30)
    run = poll_feed(feed)
    feed.refresh_from_db()
    assert run.status == RunStatus.FAILED
    assert "not well-formed" in run.errors[0]["error"]
    assert feed.failures == 1 and "not well-formed" in feed.last_error
    assert (feed.next_poll - feed.last_polled).total_seconds() == 60 * 60  # 30 min doubled
    poll_feed(feed)
    feed.refresh_from_db()
    assert feed.failures == 2
    assert (feed.next_poll - feed.last_polled).total_seconds() == 120 * 60
    assert _nothing_written()


def test_a_feed_that_recovers_resets_its_failures(web, make_feed):
    web.serve("/f.xml", "<rss><channel><item>", content_type="application/rss+xml")
    feed = make_feed(web.url("/f.xml"))
    poll_feed(feed)
    web.serve("/f.xml", stories.rss("F", web.url("/"), []), content_type="application/rss+xml")
    assert poll_feed(feed).status == RunStatus.DONE
    feed.refresh_from_db()
    assert feed.failures == 0 and feed.last_error == ""


def test_a_slow_answer_times_out(web, make_feed):
    web.serve("/slow.xml", stories.rss("S", web.url("/"), []), delay=2.5)
    run = poll_feed(make_feed(web.url("/slow.xml")))
    assert run.status == RunStatus.FAILED and "did not answer in time" in run.errors[0]["error"]


@pytest.mark.parametrize("declare_length", [True, False])
def test_an_oversized_answer_is_cut_off_at_the_cap(web, settings, declare_length):
    settings.PARKBRIDGE_FETCH_MAX_BYTES = 50_000
    web.serve("/huge", "<p>" + "word " * 40_000 + "</p>", declare_length=declare_length)
    run = ingest_urls([web.url("/huge")])
    assert run.status == RunStatus.FAILED
    assert "larger than the limit of 50000 bytes" in run.errors[0]["error"]
    assert _nothing_written()


def test_too_many_redirects_are_refused(web):
    for n in range(8):
        web.serve(f"/r{n}", location=f"/r{n + 1}", status=302)
    run = ingest_urls([web.url("/r0")])
    assert "more than 5 redirects" in run.errors[0]["error"] and _nothing_written()


@pytest.mark.parametrize(
    ("url", "message"),
    [("ftp://example.org/a", "only http and https"), ("file:///etc/passwd", "only http and https"),
     ("http://", "no host name")],
)  # fmt: skip
def test_an_address_that_is_not_http_is_refused(db, url, message):
    run = ingest_urls([url])
    assert message in run.errors[0]["error"] and _nothing_written()


@pytest.mark.parametrize(
    ("body", "content_type", "message"),
    [("<html><body><nav>Home</nav></body></html>", "text/html", "no article text"),
     (b"%PDF-1.7 broken", "application/pdf", "cannot be read"),
     ("", "text/html", "empty")],
)  # fmt: skip
def test_a_page_without_an_article_is_an_error(web, body, content_type, message):
    web.serve("/p", body, content_type=content_type)
    run = ingest_urls([web.url("/p")])
    assert message in run.errors[0]["error"] and _nothing_written()


def test_a_missing_page_is_an_error_and_the_good_one_still_goes_in(web):
    web.serve("/good", stories.page("Navoi", stories.ZONE_STORY))
    run = ingest_urls([web.url("/missing"), web.url("/good")])
    assert run.status == RunStatus.DONE and run.failed == 1 and run.processed == 2
    assert "404" in run.errors[0]["error"]
    assert ArticleCopy.objects.count() == 1
