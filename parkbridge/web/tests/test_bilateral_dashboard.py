"""The bilateral dashboard brings together what two countries do with each other."""

from __future__ import annotations


def test_dashboard_lists_agreements_ventures_and_events_with_charts(registry, client_in):
    html = client_in().get("/bilateral/", {"a": "BY", "b": "CN"}).content.decode()
    assert "Agreement on an engine plant" in html
    assert "Stone Auto JV" in html  # partners from both countries
    assert "Business mission to Belarus" in html  # held in BY with a CN participant
    assert 'data-chart="agreements-figure"' in html
    assert "plotly/plotly.min.js" in html


def test_the_same_country_twice_or_a_bad_code_is_an_error(registry, client_in):
    response = client_in().get("/bilateral/", {"a": "BY", "b": "BY"})
    assert response.status_code == 400
    assert "Choose two different countries." in response.content.decode()
    response = client_in().get("/bilateral/", {"a": "BY", "b": "XX"})
    assert response.status_code == 400
    assert "is not a country code" in response.content.decode()
