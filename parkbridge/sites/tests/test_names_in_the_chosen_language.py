"""A record's name is shown in the interface language when the registry knows it."""

from __future__ import annotations


def test_site_names_follow_the_interface_language(registry, client_in):
    assert "中白工业园" in client_in("zh-hans").get("/sites/").content.decode()
    assert "Индустриальный парк «Великий камень»" in client_in("ru").get("/sites/").content.decode()
    assert "Great Stone Industrial Park" in client_in("en").get("/sites/").content.decode()


def test_a_name_unknown_in_the_language_falls_back_to_english(registry, client_in):
    html = client_in("zh-hans").get("/sites/").content.decode()
    assert "Alabuga SEZ" in html


def test_choice_labels_and_country_names_are_translated(registry, client_in):
    html = client_in("ru").get("/sites/").content.decode()
    assert "Беларусь" in html
    assert "Особая экономическая зона" in html
