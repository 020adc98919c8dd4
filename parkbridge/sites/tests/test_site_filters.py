"""The sites list filters on the server and refuses bad filters with a message."""

from __future__ import annotations


def names(response) -> str:
    return response.content.decode()


def test_filters_narrow_the_list(registry, client_in):
    client = client_in()
    html = names(client.get("/sites/", {"country": "RU"}))
    assert "Alabuga SEZ" in html and "Great Stone Industrial Park" not in html
    html = names(client.get("/sites/", {"min_free_ha": "1000"}))
    assert "Great Stone Industrial Park" in html and "Alabuga SEZ" not in html
    html = names(client.get("/sites/", {"rail": "on"}))
    assert "Great Stone Industrial Park" in html and "Alabuga SEZ" not in html
    html = names(client.get("/sites/", {"established_to": "2010"}))
    assert "Alabuga SEZ" in html and "Great Stone Industrial Park" not in html


def test_search_finds_a_site_by_any_of_its_names(registry, client_in):
    for query in ("Великий камень", "Great Stone", "Veliky Kamen", "中白"):
        html = names(client_in().get("/sites/", {"q": query}))
        assert "Great Stone Industrial Park" in html, query
        assert "Alabuga SEZ" not in html, query


def test_a_negative_number_is_refused_with_a_message(registry, client_in):
    response = client_in().get("/sites/", {"min_free_ha": "-5"})
    assert response.status_code == 400
    html = response.content.decode()
    assert 'role="alert"' in html
    assert "greater than or equal to 0" in html
    assert "Alabuga SEZ" not in html


def test_a_reversed_year_range_and_an_unknown_country_are_refused(registry, client_in):
    response = client_in().get("/sites/", {"established_from": "2020", "established_to": "2000"})
    assert response.status_code == 400
    assert "The end year must not be before the start year." in response.content.decode()
    response = client_in().get("/sites/", {"country": "ZZ"})
    assert response.status_code == 400


def test_errors_are_translated(registry, client_in):
    response = client_in("ru").get("/sites/", {"min_free_ha": "abc"})
    assert response.status_code == 400
    assert "Введите число" in response.content.decode()


def test_htmx_requests_get_only_the_results_fragment(registry, client_in):
    response = client_in().get("/sites/", {"country": "BY"}, headers={"HX-Request": "true"})
    html = response.content.decode()
    assert response.status_code == 200
    assert "<html" not in html and "Great Stone Industrial Park" in html
    assert 'data-map-query="country=BY"' in html


def test_oversized_and_hostile_input_is_refused_or_escaped(registry, client_in):
    response = client_in().get("/sites/", {"q": "x" * 500})
    assert response.status_code == 400
    response = client_in().get("/sites/", {"q": "<script>alert(1)</script>"})
    assert response.status_code == 200
    assert "<script>alert(1)</script>" not in response.content.decode()


def test_a_page_past_the_end_shows_the_last_page(registry, client_in):
    response = client_in().get("/sites/", {"page": "999"})
    assert response.status_code == 200
    response = client_in().get("/sites/", {"page": "0"})
    assert response.status_code == 400
