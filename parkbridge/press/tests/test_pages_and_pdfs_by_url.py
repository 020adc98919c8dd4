"""Pages and PDFs fetched by their address keep the article's own title, date, outlet and
language, without the page's boilerplate; fetching an address again adds nothing."""

from __future__ import annotations

import pytest

from parkbridge.press.models import ArticleCopy, RunStatus
from parkbridge.press.polling import ingest_urls
from parkbridge.press.tests import stories

pytestmark = pytest.mark.django_db


def test_a_page_keeps_its_title_date_outlet_and_language(web):
    web.serve("/story", stories.page("Navoi zone opens a second site", stories.ZONE_STORY,
                                     published="2026-06-02", site="Tashkent Herald"))  # fmt: skip
    run = ingest_urls([web.url("/story")])
    assert run.status == RunStatus.DONE, run.errors
    copy = ArticleCopy.objects.get()
    assert copy.title == "Navoi zone opens a second site"
    assert str(copy.published) == "2026-06-02"
    assert copy.outlet == "Tashkent Herald"
    assert copy.language == "en"
    assert "410 million dollars" in copy.article.source.text
    assert "Weather forecast" not in copy.article.source.text


def test_a_pdf_by_url_is_read(web):
    web.serve("/report.pdf", stories.pdf("Forum report", stories.FORUM_STORY),
              content_type="application/pdf")  # fmt: skip
    run = ingest_urls([web.url("/report.pdf")])
    assert run.status == RunStatus.DONE, run.errors
    assert "640 meetings" in ArticleCopy.objects.get().article.source.text


def test_a_redirected_page_is_followed_and_fetching_it_again_adds_nothing(web):
    web.serve("/old", location="/new", status=301)
    web.serve("/new", stories.page("Forum", stories.FORUM_STORY))
    assert ingest_urls([web.url("/old")]).counts["new_articles"] == 1
    again = ingest_urls([web.url("/old")])
    assert again.counts == {"seen_before": 1}
    assert ArticleCopy.objects.count() == 1
