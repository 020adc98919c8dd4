"""A reviewer adds a feed, polls it, watches the run's progress without reloading, corrects a
figure in the form, accepts it and finds it with its sentence on the site's card."""

from __future__ import annotations

import pytest

from parkbridge.press.models import Feed, IngestionRun
from parkbridge.press.polling import poll_feed
from parkbridge.press.tests import stories
from parkbridge.press.tests.webserver import LoopbackServer

pytestmark = pytest.mark.django_db(transaction=True)

SENTENCE = "More than 120 companies are residents of the park"


def test_a_reviewer_adds_a_feed_polls_it_and_accepts_a_corrected_figure(
    reviewer_page, live_server, registry, settings
):
    settings.PARKBRIDGE_FETCH_ALLOW_PRIVATE = True
    page = reviewer_page
    with LoopbackServer() as web:
        item = {"guid": "bs-1", "title": "Great Stone hosts technoparks",
                "text": stories.AGENCY_STORY, "day": 14}  # fmt: skip
        web.serve("/agency.xml", stories.rss("Test Agency", web.url("/"), [item]),
                  content_type="application/rss+xml", delay=1.0)  # fmt: skip

        page.goto(live_server.url + "/press/sources/")
        page.get_by_label("Feed address (RSS or Atom)").fill(web.url("/agency.xml"))
        page.get_by_label("Outlet name").fill("Test Agency")
        page.get_by_label("Poll every (minutes)").fill("30")
        page.get_by_role("button", name="Add feed").click()
        page.get_by_role("cell", name="Test Agency").first.wait_for()

        page.get_by_role("button", name="Poll now").click()
        run_box = page.locator(".press-run").first
        run_box.get_by_text("Waiting for a worker").wait_for()
        page.evaluate("window.stillTheSamePage = true")

        # The worker's part: poll the queued run (the page keeps asking for its status).
        run = IngestionRun.objects.get(feed=Feed.objects.get())
        poll_feed(run.feed, run)

        run_box.get_by_text("Finished").wait_for()
        assert "new articles: 1" in " ".join(run_box.inner_text().split())
        assert page.evaluate("window.stillTheSamePage === true")  # updated in place

    page.goto(live_server.url + "/press/")
    figure = page.locator("article.proposal", has_text="more_than 120 count companies").first
    figure.get_by_text("Correct before accepting").click()
    figure.get_by_label("Value").fill("125")
    figure.get_by_role("button", name="Accept").click()
    decided = page.locator("article.proposal-accepted", has_text="125")
    decided.wait_for()

    page.goto(live_server.url + f"/sites/{registry.slug}/")
    facts = page.locator("section.press-facts")
    facts.get_by_text(SENTENCE).wait_for()
    assert "125" in facts.inner_text()
    assert "2026" in facts.inner_text() or "date unknown" not in facts.inner_text()
    assert page.script_errors == []
