"""The worker's schedule queues a poll of each due feed once, and the poll runs as a task."""

from __future__ import annotations

from datetime import timedelta

import pytest
from django.utils import timezone

from parkbridge.press.models import ArticleCopy, IngestionRun, RunStatus
from parkbridge.press.polling import claim, schedule_due_feeds
from parkbridge.press.tests import stories

pytestmark = pytest.mark.django_db


def test_due_feeds_are_polled_and_the_next_poll_follows_the_schedule(web, make_feed):
    item = {"guid": "1", "title": "Forum", "text": stories.FORUM_STORY}
    web.serve("/due.xml", stories.rss("Due", web.url("/"), [item]),
              content_type="application/rss+xml")  # fmt: skip
    due = make_feed(web.url("/due.xml"), every_minutes=20)
    later = make_feed(web.url("/later.xml"), next_poll=timezone.now() + timedelta(hours=1))
    paused = make_feed(web.url("/paused.xml"), active=False)

    queued = schedule_due_feeds()  # the tests' task backend runs each poll at once

    assert [IngestionRun.objects.get(pk=pk).feed_id for pk in queued] == [due.pk]
    assert IngestionRun.objects.get(pk=queued[0]).status == RunStatus.DONE
    assert ArticleCopy.objects.filter(feed=due).count() == 1
    assert web.hits("/later.xml") == [] and web.hits("/paused.xml") == []
    due.refresh_from_db()
    assert timedelta(minutes=19) < due.next_poll - timezone.now() <= timedelta(minutes=20)
    assert schedule_due_feeds() == []  # nothing is due any more
    assert later.pk and paused.pk


def test_a_feed_is_claimed_once_when_two_workers_look_at_once(make_feed):
    feed = make_feed("https://news.example/rss")
    seen_by_a, seen_by_b = type(feed).objects.get(), type(feed).objects.get()
    assert claim(seen_by_a) is True
    assert claim(seen_by_b) is False
