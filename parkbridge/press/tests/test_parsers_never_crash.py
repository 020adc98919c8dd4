"""Whatever bytes a feed, a page, an upload or an address holds, the readers either return a
document or refuse it with BadDocument / FetchError: never another exception."""

from __future__ import annotations

import contextlib

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from parkbridge.press.documents import BadDocument, read_feed, read_html, read_upload
from parkbridge.press.fetching import FetchError, check_url
from parkbridge.press.tests import stories

FEED = stories.rss("T", "http://x.test/", [{"guid": "1", "title": "t", "text": stories.ZONE_STORY}])
quick = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@quick
@given(st.binary(max_size=2000))
def test_any_bytes_as_a_feed(data):
    with contextlib.suppress(BadDocument):
        read_feed(data)


@quick
@given(st.integers(min_value=0, max_value=len(FEED)), st.binary(max_size=20))
def test_a_feed_cut_or_spliced_anywhere(cut, junk):
    try:
        parsed = read_feed(FEED[:cut].encode() + junk)
    except BadDocument:
        return
    assert all(entry.key for entry in parsed.entries)


@quick
@given(st.text(max_size=2000))
def test_any_text_as_a_page(html):
    try:
        doc = read_html(html)
    except BadDocument:
        return
    assert len(doc.text) >= 40


@quick
@given(st.binary(max_size=1000), st.sampled_from(["a.pdf", "a.html", "a.txt", "a"]))
def test_any_upload(data, name):
    with contextlib.suppress(BadDocument):
        read_upload(data, name)


@quick
@given(st.text(max_size=200))
def test_any_address(url):
    try:
        scheme, host, port = check_url(url)
    except FetchError:
        return
    assert scheme in ("http", "https") and host and 0 <= port <= 65535
