"""`parkbridge feeds add / list / poll` and `parkbridge ingest-url` from the shell."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from parkbridge.cli.press import feeds, ingest_url
from parkbridge.press.models import ArticleCopy, Feed
from parkbridge.press.tests import stories


@pytest.fixture(autouse=True)
def no_migrate(monkeypatch):
    monkeypatch.setattr("parkbridge.cli.server.prepare_database", lambda load_bundled=True: None)


def test_a_feed_is_added_listed_and_polled_from_the_shell(web, db):
    item = {"guid": "z", "title": "Navoi", "text": stories.ZONE_STORY}
    web.serve("/z.xml", stories.rss("Zone News", web.url("/"), [item]),
              content_type="application/rss+xml")  # fmt: skip
    runner = CliRunner()
    added = runner.invoke(feeds, ["add", web.url("/z.xml"), "--name", "Zone News", "--every", "15"])
    assert added.exit_code == 0, added.output
    assert Feed.objects.get().every_minutes == 15

    polled = runner.invoke(feeds, ["poll"])
    assert polled.exit_code == 0, polled.output
    assert "new_articles: 1" in polled.stdout
    assert ArticleCopy.objects.count() == 1

    listed = runner.invoke(feeds, ["list"])
    assert "Zone News" in listed.stdout
    assert runner.invoke(feeds, ["poll"]).stdout.startswith("No feed is due")


@pytest.mark.parametrize(
    ("args", "message"),
    [(["add", "ftp://x.org/feed"], "only http and https"), (["add", "not a url"], "only http"),
     (["add", "http://x.org/f", "--every", "0"], "Invalid value")],
)  # fmt: skip
def test_a_bad_feed_is_refused_with_its_reason(db, args, message):
    result = CliRunner().invoke(feeds, args)
    assert result.exit_code != 0 and message in result.output
    assert not Feed.objects.exists()


def test_a_feed_added_twice_is_refused(db):
    CliRunner().invoke(feeds, ["add", "https://news.example/rss"])
    again = CliRunner().invoke(feeds, ["add", "https://news.example/rss"])
    assert again.exit_code == 1 and "already followed" in again.output


def test_ingest_url_reports_each_failure_and_exits_1(web, db):
    web.serve("/ok", stories.page("Forum", stories.FORUM_STORY))
    result = CliRunner().invoke(ingest_url, [web.url("/ok"), web.url("/gone")])
    assert result.exit_code == 1
    assert "1 of 2 page(s)" in result.stdout
    assert "answered 404" in result.stderr
