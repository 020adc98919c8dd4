"""Names enumerated after a plural kind phrase are one site each, in English and Russian; words
that are no names of places are not cities (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.gazetteer import default_gazetteer


def _sites(text: str) -> dict[str, str | None]:
    return {s.name: s.kind for s in extract_article(text).sites}


def test_numbered_names_after_a_plural_acronym_and_a_colon_are_zones() -> None:
    sites = _sites(
        "News\n\nThe three new KEKs are: (1) Korvantu, (2) Belimara, and (3) Sasok Riverside."
    )
    assert {"Korvantu KEK", "Belimara KEK", "Sasok Riverside KEK"} <= set(sites)
    assert sites["Korvantu KEK"] == "sez"


def test_names_after_a_dash_and_at_share_the_plural_kind() -> None:
    sites = _sites(
        "News\n\nThere are four free economic zones in Zembria — at Ostrava Vale, Koruna, "
        "Delmont, and Pirsk – which offer tax breaks."
    )
    assert {"Ostrava Vale free economic zone", "Koruna free economic zone",
            "Pirsk free economic zone"} <= set(sites)  # fmt: skip
    assert sites["Koruna free economic zone"] == "fez"


def test_a_listed_name_with_its_own_kind_phrase_does_not_stop_the_list() -> None:
    sites = _sites(
        "News\n\nFive industrial parks - Velmora Chemical Industrial Park, Tarsk, Ulvik, "
        "and Brenno - are operating in the country."
    )
    assert {"Tarsk industrial park", "Ulvik industrial park", "Brenno industrial park"} <= set(
        sites
    )


def test_places_after_in_or_such_as_are_no_sites() -> None:
    text = (
        "News\n\nNew free zones will open in Alexandria, Cairo and Giza. "
        "Special economic zones such as China, India and Brazil attract investors."
    )
    assert not any(n.startswith(("Alexandria", "Cairo", "China")) for n in _sites(text))


def test_an_open_list_without_and_is_no_enumeration() -> None:
    assert _sites("News\n\nThe region has industrial parks: Tarsk, Ulvik, Brenno, Koruna.") == {}


def test_quoted_names_after_a_russian_plural_head_and_a_colon_are_parks() -> None:
    facts = extract_article(
        "Новости\n\nСейчас в городе работают четыре технопарка: «Вектор», «Орбита», «Полюс» и "
        "«Зенит»."
    )
    assert sorted(s.name for s in facts.sites) == ["Вектор", "Зенит", "Орбита", "Полюс"]
    assert {s.kind for s in facts.sites} == {"technopark"}


def test_common_words_are_no_city_names() -> None:
    gaz = default_gazetteer()
    assert gaz.city("the") is None and gaz.city("for") is None and gaz.city("can") is None
    assert gaz.city("Moscow") is not None


def test_a_plural_zones_body_before_a_verb_names_no_zones_in_cities() -> None:
    sites = _sites(
        "News\n\nThe Special Economic Zones Authority advertised for the expression of interest."
    )
    assert not any(" in " in n for n in sites)
