"""The Sources page: reviewers add feeds (bad ones explained on the field), poll them, fetch
pages, and follow each run's progress in a fragment the page polls until it is finished."""

from __future__ import annotations

import pytest

from parkbridge.press.models import Feed, IngestionRun, RunStatus
from parkbridge.press.tests import stories

pytestmark = pytest.mark.django_db


def test_the_sources_page_needs_a_reviewer(client, make_user):
    assert client.get("/press/sources/").status_code == 302
    client.force_login(make_user())
    assert client.get("/press/sources/").status_code == 403


def test_a_reviewer_adds_a_feed_and_polls_it(client, reviewer, web):
    item = {"guid": "1", "title": "Forum", "text": stories.FORUM_STORY}
    web.serve("/f.xml", stories.rss("Forum Daily", web.url("/"), [item]),
              content_type="application/rss+xml")  # fmt: skip
    client.force_login(reviewer)
    response = client.post("/press/sources/", {"feed-url": web.url("/f.xml"), "feed-name": "",
                                               "feed-every_minutes": "15"}, follow=True)  # fmt: skip
    assert response.status_code == 200
    feed = Feed.objects.get()
    assert feed.every_minutes == 15
    client.post(f"/press/feeds/{feed.pk}/poll/")
    run = IngestionRun.objects.get(feed=feed)
    fragment = client.get(f"/press/runs/{run.pk}/").content.decode()
    assert "Finished" in fragment and "hx-trigger" not in fragment  # done: polling stops
    assert "new articles" in fragment
    page = client.get("/press/sources/").content.decode()
    assert "Forum Daily" in page


def test_a_running_run_is_polled_by_its_fragment(client, reviewer):
    run = IngestionRun.objects.create(origin="feed", status=RunStatus.RUNNING, total=4, processed=1)
    client.force_login(reviewer)
    fragment = client.get(f"/press/runs/{run.pk}/").content.decode()
    assert 'hx-trigger="every 1s"' in fragment and "1 of 4" in fragment


@pytest.mark.parametrize(
    ("url", "message"),
    [("ftp://example.org/rss", "only http and https"), ("", "This field is required")],
)
def test_a_bad_feed_address_is_explained_on_its_field(client, reviewer, url, message):
    client.force_login(reviewer)
    response = client.post("/press/sources/", {"feed-url": url, "feed-every_minutes": "60"})
    assert response.status_code == 400
    assert message in response.content.decode()
    assert not Feed.objects.exists()


def test_a_failing_feed_shows_its_last_error(client, reviewer, make_feed):
    make_feed("https://news.example/rss", name="Broken", last_error="the feed is not well-formed",
              failures=3)  # fmt: skip
    client.force_login(reviewer)
    page = client.get("/press/sources/").content.decode()
    assert "the feed is not well-formed" in page and "3 failures in a row" in page


def test_pages_are_fetched_from_the_form(client, reviewer, web):
    web.serve("/z", stories.page("Navoi", stories.ZONE_STORY))
    client.force_login(reviewer)
    client.post("/press/sources/", {"pages-urls": f"{web.url('/z')}\n"})
    run = IngestionRun.objects.get(origin="url")
    assert run.status == RunStatus.DONE and run.counts["new_articles"] == 1


def test_a_pdf_upload_is_read_and_queued(client, reviewer):
    from django.core.files.uploadedfile import SimpleUploadedFile

    client.force_login(reviewer)
    data = stories.pdf("Forum report", stories.FORUM_STORY)
    client.post("/press/upload/", {"file": SimpleUploadedFile("r.pdf", data, "application/pdf"),
                                   "next": "sources"})  # fmt: skip
    run = IngestionRun.objects.get(origin="upload")
    assert run.status == RunStatus.DONE
    assert "640 meetings" in run.sources.get().text
