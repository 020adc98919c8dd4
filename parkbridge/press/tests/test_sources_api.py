"""Feeds, pages by address, articles and watches over the API: reviewers manage sources, every
bad body is refused with a reason, and a poll's run can be followed until it is done."""

from __future__ import annotations

import pytest

from parkbridge.press.models import Feed
from parkbridge.press.tests import stories

pytestmark = pytest.mark.django_db


def test_a_reviewer_adds_a_feed_polls_it_and_follows_the_run(web, reviewer_api):
    item = {"guid": "1", "title": "Navoi", "text": stories.ZONE_STORY}
    web.serve("/n.xml", stories.rss("Navoi News", web.url("/"), [item]),
              content_type="application/rss+xml")  # fmt: skip
    created = reviewer_api.post("/api/press/feeds", {"url": web.url("/n.xml"), "every_minutes": 30})
    assert created.status_code == 201, created.json()
    feed_id = created.json()["id"]

    run = reviewer_api.post(f"/api/press/feeds/{feed_id}/poll", {})
    assert run.status_code == 202
    followed = reviewer_api.get(f"/api/press/runs/{run.json()['id']}").json()
    assert followed["status"] == "done" and followed["counts"]["new_articles"] == 1
    assert followed["feed"] == feed_id

    feed = reviewer_api.get(f"/api/press/feeds/{feed_id}").json()
    assert feed["items"] == 1 and feed["name"] == "Navoi News" and feed["last_error"] == ""
    article = reviewer_api.get("/api/press/articles").json()["items"][0]
    assert article["copies"][0]["outlet"] == "Navoi News" and article["relevant"] is True


@pytest.mark.parametrize(
    ("body", "status"),
    [({"url": "ftp://x.org/rss"}, 400), ({"url": "https://x.org/rss", "every_minutes": 0}, 422),
     ({"url": "https://x.org/rss", "colour": "red"}, 422), ({}, 422)],
)  # fmt: skip
def test_a_bad_feed_body_is_refused(reviewer_api, body, status):
    assert reviewer_api.post("/api/press/feeds", body).status_code == status
    assert not Feed.objects.exists()


def test_only_reviewers_manage_sources(writer_api):
    assert writer_api.post("/api/press/feeds", {"url": "https://x.org/rss"}).status_code == 403
    assert writer_api.post("/api/press/urls", {"urls": ["https://x.org/a"]}).status_code == 403


def test_pages_by_address_are_checked_one_by_one(reviewer_api):
    response = reviewer_api.post("/api/press/urls", {"urls": ["https://x.org/a", "javascript:1"]})
    assert response.status_code == 400
    assert "urls[1]" in response.json()["detail"]


def test_a_reviewer_overrides_relevance_and_the_article_is_extracted(web, reviewer_api):
    web.serve("/sport", stories.page("Cup final", stories.SPORT_STORY))
    reviewer_api.post("/api/press/urls", {"urls": [web.url("/sport")]})
    article = reviewer_api.get("/api/press/articles").json()["items"][0]
    assert article["relevant"] is False and article["extracted"] is False
    assert article["reasons"] == [] and article["relevance"] < 0.35
    changed = reviewer_api.post(
        f"/api/press/articles/{article['id']}/relevance", {"relevant": True}
    )
    assert changed.status_code == 200
    assert changed.json()["relevant"] is True and changed.json()["extracted"] is True
    assert changed.json()["override"] is True


def test_watches_are_personal(reviewer_api, writer_api, registry):
    made = reviewer_api.post(
        "/api/press/watches", {"kind": "country_pair", "countries": ["cn", "BY"]}
    )
    assert made.status_code == 201 and made.json()["countries"] == "BY-CN"
    assert reviewer_api.post("/api/press/watches", {"kind": "site"}).status_code == 400
    assert writer_api.get("/api/press/watches").json() == []
    assert writer_api.delete(f"/api/press/watches/{made.json()['id']}").status_code == 404
