"""The web lists rank a search as the API does (names beginning with the query first), page
through the ranking without gaps, and still sort as asked when a sort is chosen."""

from __future__ import annotations

import re

import pytest

from parkbridge.web.views.common import PER_PAGE


def _listed(response, path: str) -> list[str]:
    assert response.status_code == 200
    return re.findall(rf'<a href="/{path}/[^"]+">([^<]+)</a></td>', response.content.decode())


@pytest.fixture
def minsk_sites(make_site) -> list[str]:
    """Sites a search for "minsk" finds, in its ranking: beginnings, then the rest by name."""
    ranked = ["Minsk Park A", "Minsk Park B", "Alpha Minsk Zone", "Zeta Minsk Zone"]
    for name in ["Zeta Minsk Zone", "Minsk Park B", "Alpha Minsk Zone", "Minsk Park A"]:
        make_site(name_en=name)
    make_site(name_en="Brest Park")
    return ranked


def test_a_site_search_lists_beginnings_first(client_in, minsk_sites):
    assert _listed(client_in().get("/sites/", {"q": "minsk"}), "sites") == minsk_sites


def test_a_chosen_sort_still_sorts_the_matches(client_in, minsk_sites):
    listed = _listed(client_in().get("/sites/", {"q": "minsk", "sort": "name"}), "sites")
    assert listed == sorted(minsk_sites)


def test_without_a_query_the_best_match_is_name_order(client_in, minsk_sites):
    assert _listed(client_in().get("/sites/"), "sites") == sorted([*minsk_sites, "Brest Park"])


def test_ranked_pages_join_up_without_gaps(client_in, make_site):
    beginnings = [f"Gomel Park {i:03d}" for i in range(PER_PAGE + 5)]
    others = [f"Near Gomel {i:03d}" for i in range(10)]
    for name in [*others, *beginnings]:
        make_site(name_en=name)
    first = client_in().get("/sites/", {"q": "gomel"})
    second = client_in().get("/sites/", {"q": "gomel", "page": 2})
    assert _listed(first, "sites") + _listed(second, "sites") == [*beginnings, *others]
    assert "<p>65 sites</p>" in first.content.decode()  # the total, over both pages


def test_an_organisation_search_lists_beginnings_first(client_in, make_organisation):
    for name in ["Zeta Kamaz Service", "Kamaz Trucks", "Alpha Kamaz Parts", "Kamaz Energy"]:
        make_organisation(name_en=name)
    listed = _listed(client_in().get("/organisations/", {"q": "kamaz"}), "organisations")
    assert listed == ["Kamaz Energy", "Kamaz Trucks", "Alpha Kamaz Parts", "Zeta Kamaz Service"]


def test_a_search_download_holds_every_match(client_in, minsk_sites):
    response = client_in().get("/sites/", {"q": "minsk", "format": "csv"})
    body = (
        b"".join(response.streaming_content).decode()
        if response.streaming
        else response.content.decode()
    )
    assert all(name in body for name in minsk_sites) and "Brest Park" not in body
