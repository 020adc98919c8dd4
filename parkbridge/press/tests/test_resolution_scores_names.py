"""The resolution core alone: no database."""

from hypothesis import given
from hypothesis import strategies as st

from parkbridge.press.resolution import (
    LINK_THRESHOLD,
    Candidate,
    Mention,
    best_match,
    name_similarity,
    search_fragments,
)

GREAT_STONE = Candidate(
    1,
    "Great Stone",
    ("China-Belarus Industrial Park Great Stone", "Индустриальный парк «Великий камень»",
     "中白工业园", "Great Stone"),
    country="BY",
    kind="industrial_park",
)  # fmt: skip
BOLSHOY_KAMEN = Candidate(
    2, "Bolshoy Kamen", ("Bolshoy Kamen Industrial Park", "Индустриальный парк «Большой Камень»"),
    country="RU", kind="industrial_park",
)  # fmt: skip
MINSK = Candidate(3, "Minsk", ("Minsk City Technopark",), country="BY", kind="technopark")
ALL = [GREAT_STONE, BOLSHOY_KAMEN, MINSK]


def test_cyrillic_latin_and_english_names_of_great_stone_resolve_to_it():
    for name in ("Великий камень", "Veliky Kamen", "Velikiy Kamen'", "Great Stone",
                 "индустриального парка «Великий камень»", "中白工业园区"):  # fmt: skip
        match = best_match(Mention(name), ALL)
        assert match is not None and match.candidate is GREAT_STONE, name
        assert match.confidence >= LINK_THRESHOLD, name


def test_a_shared_word_alone_is_not_a_match():
    match = best_match(Mention("Большой камень"), [GREAT_STONE])
    assert match is None or match.confidence < LINK_THRESHOLD


def test_a_generic_name_matches_nothing():
    assert best_match(Mention("Industrial Park"), ALL) is None
    assert search_fragments("индустриальный парк") == []


def test_country_agreement_raises_and_conflict_lowers_confidence():
    same = best_match(Mention("Great Stone", country="BY"), [GREAT_STONE])
    other = best_match(Mention("Great Stone", country="KZ"), [GREAT_STONE])
    plain = best_match(Mention("Veliky Kamen park"), [GREAT_STONE])
    assert same and other and plain
    assert other.confidence < plain.confidence <= same.confidence


def test_a_different_year_means_another_edition_of_an_event():
    forum = Candidate(9, "EEF 2023", ("Eastern Economic Forum",), country="RU", kind="forum",
                      year=2023)  # fmt: skip
    same = best_match(Mention("Eastern Economic Forum", year=2023), [forum])
    other = best_match(Mention("Eastern Economic Forum", year=2024), [forum])
    assert same and other
    assert same.confidence >= LINK_THRESHOLD > other.confidence


def test_transliterated_person_names_match():
    assert name_similarity("Александр Ярошенко", "Alexander Yaroshenko") >= 0.9


@given(st.text(max_size=40), st.text(max_size=40))
def test_similarity_is_between_zero_and_one(a, b):
    assert 0.0 <= name_similarity(a, b) <= 1.0


@given(st.text(min_size=1, max_size=40).filter(lambda s: s.strip()))
def test_a_name_is_fully_similar_to_itself(name):
    assert name_similarity(name, name) == 1.0
