"""A site's card shows everything the registry knows about it, with its sources."""

from __future__ import annotations


def test_card_shows_facts_residents_incentives_agreements_and_sources(registry, client_in):
    html = client_in().get(f"/sites/{registry.park.slug}/").content.decode()
    for expected in (
        "Great Stone Industrial Park",
        "中白工业园",  # every known name is listed
        "11\u202f250",  # total area, with a thin-space thousands separator
        "Stone Auto JV",  # resident
        "Great Stone regime",  # incentive
        "Agreement on an engine plant",
        "Business mission to Belarus",  # visited by the mission
        "Test article",  # source, cited for the area
        'href="#source-1"',
        'data-markers-id="site-markers"',
    ):
        assert expected in html, expected


def test_unknown_site_is_a_404(registry, client_in):
    assert client_in().get("/sites/no-such-park/").status_code == 404


def test_popup_links_to_the_card(registry, client_in):
    html = client_in().get(f"/sites/{registry.park.pk}/popup/").content.decode()
    assert f'href="/sites/{registry.park.slug}/"' in html
