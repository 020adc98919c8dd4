"""Polling feeds and fetching pages: runs with progress, counts and errors.

A poll fetches the feed with its ETag / Last-Modified (a 304 ends the run with nothing new),
parses it, and takes in each entry not seen before: its own text when the feed carries the
article, else the page it links to. A feed that cannot be fetched or parsed keeps its error,
counts the failure and waits longer before the next try (doubling, at most a day); the first
success resets it. The worker schedules due feeds (:func:`schedule_due_feeds`); the CLI and
the "Poll now" button poll one at once.
"""

from __future__ import annotations

import logging
import time
from collections import Counter
from collections.abc import Callable
from datetime import timedelta

from django.conf import settings
from django.utils import timezone

from parkbridge.press.articles import item_key, seen, story_of, take_in
from parkbridge.press.documents import (
    BadDocument,
    Document,
    FeedEntry,
    read_feed,
    read_fetched,
    read_upload,
)
from parkbridge.press.fetching import FetchError, FetchPolicy, fetch
from parkbridge.press.ingestion import MAX_ARTICLE_BYTES, BadArticle
from parkbridge.press.models import Article, Feed, IngestionRun, RunOrigin, RunStatus

log = logging.getLogger(__name__)

# A feed entry with content (content:encoded, Atom content) of at least this length, or a
# summary this long, is the article; a shorter one is a teaser and its page is fetched.
CONTENT_CHARS = 200
FULL_TEXT_CHARS = 1000
FEED_ACCEPT = "application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9"
Progress = Callable[[IngestionRun], None]


def policy_from_settings() -> FetchPolicy:
    return FetchPolicy(
        connect_timeout=float(getattr(settings, "PARKBRIDGE_FETCH_CONNECT_TIMEOUT", 10)),
        read_timeout=float(getattr(settings, "PARKBRIDGE_FETCH_READ_TIMEOUT", 20)),
        deadline=float(getattr(settings, "PARKBRIDGE_FETCH_DEADLINE", 60)),
        max_bytes=int(getattr(settings, "PARKBRIDGE_FETCH_MAX_BYTES", MAX_ARTICLE_BYTES)),
        max_redirects=int(getattr(settings, "PARKBRIDGE_FETCH_MAX_REDIRECTS", 5)),
        allow_private=bool(getattr(settings, "PARKBRIDGE_FETCH_ALLOW_PRIVATE", False)),
    )


# Progress is written at most this often (each write is a commit; pages poll every second).
PROGRESS_EVERY = 0.5


def _save_progress(run: IngestionRun, progress: Progress | None, force: bool = False) -> None:
    now = time.monotonic()
    if force or now - getattr(run, "_saved_at", 0.0) >= PROGRESS_EVERY:
        run.heartbeat = timezone.now()  # alive (press/stalls.py)
        run.save(
            update_fields=["total", "processed", "failed", "counts", "errors", "step", "heartbeat"]
        )
        run._saved_at = now
    if progress is not None:
        progress(run)


def _count(run: IngestionRun, outcome: str, n: int = 1) -> None:
    counts = Counter(run.counts or {})
    counts[outcome] += n
    run.counts = dict(counts)


def _error(run: IngestionRun, where: str, message: str) -> None:
    run.failed += 1
    run.errors = [*(run.errors or []), {"file": where[:300], "error": message[:1000]}]


def _finish(run: IngestionRun, failed: bool) -> IngestionRun:
    run.status = RunStatus.FAILED if failed else RunStatus.DONE
    run.finished = timezone.now()
    run.step = ""
    run.save()
    return run


def _start(run: IngestionRun, step: str) -> None:
    from parkbridge.press import stalls

    stalls.start(run)  # running, one more attempt, a heartbeat
    run.step = step
    run.save(update_fields=["step"])


def _document_for(entry: FeedEntry, feed: Feed, language: str, policy: FetchPolicy) -> Document:
    outlet = feed.name or ""
    carries_article = (entry.full and len(entry.text) >= CONTENT_CHARS) or (
        len(entry.text) >= FULL_TEXT_CHARS
    )
    if carries_article or not entry.link:
        return Document(
            text=entry.text, title=entry.title, url=entry.link, outlet=outlet,
            published=entry.published, language=language,
        )  # fmt: skip
    page = fetch(entry.link, policy)
    doc = read_fetched(page.body, page.url, page.content_type, page.charset)
    doc.title = entry.title or doc.title
    doc.published = entry.published or doc.published
    doc.outlet = outlet or doc.outlet
    doc.language = doc.language or language
    return doc


def poll_feed(
    feed: Feed, run: IngestionRun | None = None, progress: Progress | None = None
) -> IngestionRun:
    """Poll one feed now; the run records what happened (see the module's description)."""
    if run is None:
        run = IngestionRun.objects.create(origin=RunOrigin.FEED, feed=feed)
    try:
        return _poll(feed, run, progress)
    except Exception as error:  # a run must end, whatever broke (the database, a bug)
        log.exception("polling feed %s failed", feed.pk)
        _error(run, feed.url, f"internal error: {type(error).__name__}")
        _feed_failed(feed, f"internal error: {type(error).__name__}", timezone.now())
        return _finish(run, failed=True)


def _poll(feed: Feed, run: IngestionRun, progress: Progress | None) -> IngestionRun:
    policy = policy_from_settings()
    _start(run, f"fetching {feed.url}")
    if progress is not None:
        progress(run)
    now = timezone.now()
    try:
        fetched = fetch(
            feed.url, policy, etag=feed.etag, last_modified=feed.last_modified, accept=FEED_ACCEPT
        )
        parsed = None if fetched.not_modified else read_feed(fetched.body)
    except (FetchError, BadDocument) as error:
        _error(run, feed.url, str(error))
        _feed_failed(feed, str(error), now)
        return _finish(run, failed=True)

    if parsed is None:
        _count(run, "not_modified")
    else:
        if not feed.name and parsed.title:  # the outlet's name for its items
            feed.name = parsed.title[:200]
            feed.save(update_fields=["name"])
        new_entries = [e for e in parsed.entries if not seen(item_key("feed", e.key, feed))]
        _count(run, "seen_before", len(parsed.entries) - len(new_entries))
        run.total = len(new_entries)
        _save_progress(run, progress, force=True)
        language = parsed.language
        for number, entry in enumerate(new_entries, start=1):
            run.step = f"item {number} of {len(new_entries)}: {entry.title[:200]}"
            _take_entry(run, feed, entry, language, policy)
            run.processed += 1
            _save_progress(run, progress)
    _feed_succeeded(feed, fetched.etag, fetched.last_modified, parsed, now)
    return _finish(run, failed=False)


def _take_entry(
    run: IngestionRun, feed: Feed, entry: FeedEntry, language: str, policy: FetchPolicy
) -> None:
    try:
        doc = _document_for(entry, feed, language, policy)
        taken = take_in(doc, key=item_key("feed", entry.key, feed), run=run, feed=feed)
    except (FetchError, BadDocument, BadArticle) as error:
        _error(run, entry.link or entry.title, str(error))
        return
    except Exception as error:  # noqa: BLE001 - one bad item must not lose the others
        log.exception("feed %s: item %s failed", feed.pk, entry.key)
        _error(run, entry.link or entry.title, f"internal error: {type(error).__name__}")
        return
    _count_taken(run, taken)


def _count_taken(run: IngestionRun, taken) -> None:
    _count(run, taken.outcome)
    if taken.extraction is not None:
        counts = Counter(run.counts or {})
        counts.update(taken.extraction.created)
        counts["auto_accepted"] += taken.extraction.auto_accepted
        run.counts = dict(counts)


def _feed_failed(feed: Feed, message: str, now) -> None:
    feed.failures += 1
    feed.last_error = message[:2000]
    feed.last_polled = now
    feed.next_poll = now + feed.delay_after_failure()
    feed.save(update_fields=["failures", "last_error", "last_polled", "next_poll"])


def _feed_succeeded(feed: Feed, etag: str, last_modified: str, parsed, now) -> None:
    feed.failures = 0
    feed.last_error = ""
    feed.last_polled = feed.last_success = now
    feed.next_poll = now + timedelta(minutes=feed.every_minutes)
    feed.etag = (etag or "")[:500]
    feed.last_modified = (last_modified or "")[:100]
    fields = ["failures", "last_error", "last_polled", "last_success", "next_poll", "etag",
              "last_modified"]  # fmt: skip
    feed.save(update_fields=fields)


def ingest_urls(
    urls: list[str], run: IngestionRun | None = None, progress: Progress | None = None
) -> IngestionRun:
    """Fetch each page and take in its article; each failure is recorded on the run."""
    policy = policy_from_settings()
    if run is None:
        run = IngestionRun.objects.create(origin=RunOrigin.URL, urls=urls, total=len(urls))
    run.total = len(urls)
    _start(run, "fetching pages")
    for url in urls:
        run.step = f"fetching {url[:250]}"
        _save_progress(run, progress)
        try:
            key = item_key("url", url)
            if seen(key):
                _count(run, "seen_before")
            else:
                page = fetch(url, policy)
                doc = read_fetched(page.body, page.url, page.content_type, page.charset)
                doc.url = url
                _count_taken(run, take_in(doc, key=key, run=run))
        except (FetchError, BadDocument, BadArticle) as error:
            _error(run, url, str(error))
        except Exception as error:  # noqa: BLE001 - one bad page must not lose the others
            log.exception("page %s failed", url)
            _error(run, url, f"internal error: {type(error).__name__}")
        run.processed += 1
        _save_progress(run, progress)
    return _finish(run, failed=bool(run.total) and run.failed == run.total)


def due_feeds():
    return Feed.objects.filter(active=True, next_poll__lte=timezone.now()).order_by("next_poll")


def claim(feed: Feed) -> bool:
    """Move the feed's next poll forward if nobody else did (compare-and-set), so a feed is
    polled once even when two workers look at the same moment."""
    later = timezone.now() + timedelta(minutes=feed.every_minutes)
    return bool(Feed.objects.filter(pk=feed.pk, next_poll=feed.next_poll).update(next_poll=later))


def schedule_due_feeds() -> list[int]:
    """Queue a poll of every due feed as a background task; the ids of the runs queued."""
    from parkbridge.press.tasks import run_feed_poll

    queued = []
    for feed in due_feeds():
        if not claim(feed):
            continue
        run = IngestionRun.objects.create(origin=RunOrigin.FEED, feed=feed)
        run_feed_poll.enqueue(run.pk)
        queued.append(run.pk)
    return queued


def queue_feed_poll(feed: Feed, user=None) -> IngestionRun:
    """A poll of one feed now, in the background ("Poll now", the API)."""
    from parkbridge.press.tasks import run_feed_poll

    run = IngestionRun.objects.create(
        origin=RunOrigin.FEED, feed=feed,
        created_by=user if getattr(user, "is_authenticated", False) else None,
    )  # fmt: skip
    run_feed_poll.enqueue(run.pk)
    run.refresh_from_db()
    return run


def queue_urls(urls: list[str], user=None, origin: str = RunOrigin.URL) -> IngestionRun:
    from parkbridge.press.tasks import run_url_ingestion

    run = IngestionRun.objects.create(
        origin=RunOrigin.URL, urls=urls, total=len(urls),
        created_by=user if getattr(user, "is_authenticated", False) else None,
    )  # fmt: skip
    run_url_ingestion.enqueue(run.pk)
    run.refresh_from_db()
    return run


def submit_file(
    data: bytes, name: str, content_type: str, user=None, origin: str = RunOrigin.UPLOAD
):
    """An uploaded PDF, HTML or text file: read now (a bad file raises BadDocument or
    BadArticle and nothing is stored), then as :func:`submit_document`. Returns (run, taken)."""
    return submit_document(read_upload(data, name, content_type), user, origin)


def submit_document(doc: Document, user=None, origin: str = RunOrigin.UPLOAD, kind: str = "file"):
    """An article handed over directly (a file, the API's JSON text): stored as an article or
    as another outlet's copy of a story we have, and extracted in the background. The same
    text again adds nothing. Returns (run, taken); taken is None for a repeat."""
    from parkbridge.press.tasks import run_ingestion

    key = item_key("file", doc.text)
    run = IngestionRun.objects.create(
        origin=origin, total=1, status=RunStatus.QUEUED,
        created_by=user if getattr(user, "is_authenticated", False) else None,
    )  # fmt: skip
    earlier = story_of(key)
    if earlier is not None:
        _finish_at_once(run, "seen_before", earlier)
        return run, None
    try:
        taken = take_in(doc, key=key, run=run, kind=kind, extract=False)
    except BaseException:
        run.delete()
        raise
    if taken.reprint:
        _finish_at_once(run, "reprints", taken.article)
    else:
        run_ingestion.enqueue(run.pk)
        run.refresh_from_db()
    return run, taken


def _finish_at_once(run: IngestionRun, outcome: str, article: Article | None) -> None:
    """A run with nothing to extract: a repeat or a reprint of a story already read; it counts
    the story's proposals as already there."""
    existing = article.source.proposals.count() if article is not None else 0
    run.processed, run.status = 1, RunStatus.DONE
    run.counts = {outcome: 1, "existing": existing}
    run.finished = timezone.now()
    run.save()
