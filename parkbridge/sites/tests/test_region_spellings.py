"""Region names match across the spellings of the registry's sources, and only those."""

from hypothesis import given
from hypothesis import strategies as st

from parkbridge.sites.regions import canonical_region, region_keys, same_region


def test_a_designator_that_writers_drop_still_matches() -> None:
    assert same_region("Republic of Tatarstan", "Tatarstan")
    assert same_region("Sakha Republic (Yakutia)", "Yakutia")
    assert same_region("Minsk Region", "Minsk Oblast")


def test_russian_spellings_match_the_english_ones() -> None:
    assert same_region("Республика Татарстан", "Republic of Tatarstan")
    assert same_region("Пермский край", "Perm Krai")
    assert same_region("Оренбургская область", "Orenburg Oblast")
    assert same_region("Москва", "Moscow")


def test_a_city_and_the_region_around_it_stay_apart() -> None:
    assert not same_region("Moscow", "Moscow Oblast")
    assert not same_region("Almaty", "Almaty Region")
    assert not same_region("Minsk", "Minsk Region")
    assert not same_region("Perm Krai", "Orenburg Oblast")


def test_the_known_spelling_is_found_among_a_countrys_regions() -> None:
    known = ["Moscow", "Moscow Oblast", "Republic of Tatarstan"]
    assert canonical_region("Tatarstan", known) == "Republic of Tatarstan"
    assert canonical_region("Moscow Region", known) == "Moscow Oblast"
    assert canonical_region("Kamchatka Krai", known) is None


@given(st.text(max_size=40), st.text(max_size=40))
def test_any_two_texts_compare_without_error_and_symmetrically(a: str, b: str) -> None:
    assert same_region(a, b) == same_region(b, a)
    # A name with words matches itself; one with none (punctuation only) matches nothing.
    assert same_region(a, a) == bool(region_keys(a))
