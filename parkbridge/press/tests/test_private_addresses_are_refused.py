"""Loopback, private, link-local and reserved addresses are not fetched unless a setting allows
it, checked on the resolved address and again after every redirect."""

from __future__ import annotations

import pytest

from parkbridge.press.fetching import FetchError, FetchPolicy, fetch, is_public
from parkbridge.press.models import ArticleCopy, RunStatus
from parkbridge.press.polling import ingest_urls, poll_feed
from parkbridge.press.tests import stories


@pytest.mark.parametrize(
    "address",
    ["127.0.0.1", "10.1.2.3", "172.16.0.5", "192.168.1.1", "169.254.169.254", "0.0.0.0",
     "::1", "fe80::1", "fc00::1", "::ffff:127.0.0.1", "100.64.0.1", "240.0.0.1", "224.0.0.1"],
)  # fmt: skip
def test_a_non_public_address_is_not_public(address):
    assert not is_public(address)


def test_a_public_address_is_public():
    assert is_public("93.184.216.34") and is_public("2606:2800:220:1:248:1893:25c8:1946")


def test_a_host_name_resolving_to_a_private_address_is_refused_before_connecting():
    with pytest.raises(FetchError, match="private or reserved address"):
        fetch("http://news.example/feed", FetchPolicy(), resolver=lambda host, port: ["10.0.0.8"])


@pytest.mark.django_db
def test_a_loopback_feed_is_refused_by_default_and_the_feed_shows_why(web, make_feed, settings):
    web.serve(
        "/rss.xml", stories.rss("Local", web.url("/"), []), content_type="application/rss+xml"
    )
    settings.PARKBRIDGE_FETCH_ALLOW_PRIVATE = False
    feed = make_feed(web.url("/rss.xml"))
    run = poll_feed(feed)
    feed.refresh_from_db()
    assert run.status == RunStatus.FAILED
    assert "private or reserved address" in feed.last_error and feed.failures == 1
    assert web.hits("/rss.xml") == []  # not a single request reached the server


@pytest.mark.django_db
def test_a_redirect_to_a_private_address_is_refused(web, settings):
    """The first hop is allowed here (the test server is on loopback), so the resolver marks
    only the redirect's host as private: the check runs on every hop."""
    web.serve("/go", location="http://intranet.test/secret", status=302)
    policy = FetchPolicy(allow_private=False)

    def resolver(host, port):
        return ["93.184.216.34"] if host == "public.test" else ["192.168.0.10"]

    with pytest.raises(FetchError, match="private or reserved"):
        fetch("http://intranet.test/secret", policy, resolver=resolver)
    settings.PARKBRIDGE_FETCH_ALLOW_PRIVATE = False
    run = ingest_urls([web.url("/go")])
    assert run.status == RunStatus.FAILED and ArticleCopy.objects.count() == 0
