from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from parkbridge.marketplace_matching.text import language_of, stem_en


def test_english_forms_share_a_stem():
    assert stem_en("sweepers") == stem_en("sweeper") == stem_en("sweeping") == "sweep"
    assert stem_en("machines") == stem_en("machining")


def test_russian_words_are_lemmatised_and_chinese_taxonomy_words_kept_whole(index):
    tokens = index.analyzer.tokens("Подметальные машины; 道路清扫车 road-sweepers")
    assert "подметальный" in tokens and "машина" in tokens
    assert "道路清扫车" in tokens
    assert "sweep" in tokens


def test_language_is_guessed_from_the_script():
    assert language_of("Ищем технику") == "ru"
    assert language_of("道路清扫车") == "zh"
    assert language_of("road sweeper") == "en"
    assert language_of("") == "en"


@settings(max_examples=50, deadline=None)
@given(st.text(max_size=200))
def test_any_text_is_analysed_without_error(index, text):
    tokens = index.analyzer.tokens(text)
    assert all(isinstance(t, str) and t for t in tokens)
    index.taxonomy.codes_in(frozenset(tokens))
