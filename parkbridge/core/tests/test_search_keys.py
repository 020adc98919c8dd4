from hypothesis import given
from hypothesis import strategies as st

from parkbridge.core.search import build_search_keys, fold, latin_skeleton, query_keys


def matches(query: str, *names: str) -> bool:
    stored = build_search_keys(names)
    return any(key in stored for key in query_keys(query))


def test_cyrillic_and_its_transliterations_share_one_skeleton():
    assert latin_skeleton("Великий камень") == latin_skeleton("Veliky Kamen")
    assert latin_skeleton("Великий камень") == latin_skeleton("Velikiy Kamen'")


def test_a_transliterated_query_finds_a_cyrillic_name():
    assert matches("Veliky Kamen", "Индустриальный парк «Великий камень»")


def test_a_cyrillic_query_finds_a_latin_alias():
    assert matches("великий камень", "China-Belarus Industrial Park", "Great Stone", "Veliky Kamen")


def test_a_chinese_query_finds_a_chinese_name_and_pinyin_finds_it_too():
    assert matches("中白", "中白工业园")
    assert matches("zhongbai", "中白工业园")


def test_quotes_and_case_do_not_matter():
    assert matches('"great STONE"', "Great Stone")


def test_an_unrelated_query_does_not_match():
    assert not matches("Alabuga", "Great Stone", "Великий камень")


def test_an_empty_query_has_no_keys():
    assert query_keys("   ") == []


@given(st.text(max_size=60))
def test_folding_is_idempotent(text):
    assert fold(fold(text)) == fold(text)


@given(st.text(min_size=1, max_size=40).filter(lambda t: t.strip()))
def test_every_name_is_found_by_itself(name):
    keys = query_keys(name)
    stored = build_search_keys([name])
    assert not keys or any(k in stored for k in keys)


@given(st.lists(st.text(max_size=40), max_size=5))
def test_stored_key_lines_are_sorted_unique_and_never_empty(names):
    # SQLite's ranking finds a record's smallest beginning line as its first one in the text.
    stored = build_search_keys(names)
    lines = stored.split("\n") if stored else []
    assert lines == sorted(set(lines))
    assert all(line and "\n" not in line for line in lines)
