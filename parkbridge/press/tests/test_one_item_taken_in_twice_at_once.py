"""The same item taken in by two processes at the same moment (two polls of a feed, a double
click on "Upload") becomes one article with one copy; the other process sees it as "seen
before" instead of failing on the unique key (PostgreSQL: real row locks and concurrency)."""

from __future__ import annotations

import threading

import pytest
from django.db import connection

from parkbridge.press.articles import item_key, take_in
from parkbridge.press.documents import Document
from parkbridge.press.models import Article, ArticleCopy
from parkbridge.press.tests import stories


@pytest.mark.django_db(transaction=True)
def test_one_item_taken_in_twice_at_once_is_stored_once():
    if connection.vendor != "postgresql":
        pytest.skip("concurrent writers need PostgreSQL (SQLite serialises whole-database writes)")
    doc = Document(text=stories.AGENCY_STORY, url="https://example.org/news/1")
    key = item_key("url", doc.url)
    barrier = threading.Barrier(2)
    outcomes: list[str] = []

    def take() -> None:
        barrier.wait()
        try:
            outcomes.append(take_in(doc, key=key, extract=False).outcome)
        except Exception as error:  # noqa: BLE001 - the failure is what the test reports
            outcomes.append(f"error: {error!r}")
        finally:
            connection.close()

    threads = [threading.Thread(target=take) for _ in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert sorted(outcomes) in (
        ["new_articles", "seen_before"],
        ["not_relevant", "seen_before"],
    ), outcomes
    assert Article.objects.count() == 1 and ArticleCopy.objects.count() == 1
