"""The menu links only to pages that exist, and marks the current one."""

from __future__ import annotations

from django.template import Context
from django.test import RequestFactory

from parkbridge.web.templatetags import web_tags


def links_at(path: str):
    request = RequestFactory().get(path)
    return web_tags.nav_links(Context({"request": request}))


def test_links_to_pages_that_do_not_resolve_are_left_out(monkeypatch, db):
    monkeypatch.setattr(web_tags, "NAV_ITEMS", (*web_tags.NAV_ITEMS, ("/no-such-app/", "Missing")))
    urls = [link.url for link in links_at("/")]
    assert "/no-such-app/" not in urls
    assert "/sites/" in urls


def test_the_current_section_is_marked_once(db):
    active = [link.url for link in links_at("/sites/great-stone/") if link.active]
    assert active == ["/sites/"]
    assert [link.url for link in links_at("/") if link.active] == ["/"]


def test_numbers_and_percentages_are_formatted():
    assert web_tags.num(1234567) == "1\u202f234\u202f567"
    assert web_tags.num(12.5) == "12.5"
    assert web_tags.num("Minsk") == "Minsk"
    assert web_tags.num(None) == ""
    assert web_tags.percent(0.456) == "46\u00a0%"
    assert web_tags.bar_width(1.7) == 100
