"""Events: sessions of a bilateral commission, a foundation stone laid, an acronym that looks
like a Roman numeral, a summit referred to by its length, and who attends a Chinese meeting."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _events(text: str) -> list[str]:
    return [e.name for e in extract_article(text).events]


def test_an_acronym_made_of_roman_letters_is_no_edition():
    assert _events("The CDI Partnership Summit opened in Pune on Monday.") == [
        "CDI Partnership Summit"
    ]


def test_a_foundation_stone_laid_is_a_ceremony_named_by_what_it_founds():
    text = "The minister on Friday laid the foundation stone of Northgate Special Economic Zone."
    assert _events(text) == ["foundation stone of Northgate Special Economic Zone"]


def test_a_session_of_a_permanent_bilateral_commission_is_an_event():
    text = (
        "At the 9th meeting of the permanent Kazakh-Latvian commission on trade, "
        "a memorandum was signed."
    )
    assert _events(text) == ["9th meeting of the permanent Kazakh-Latvian commission"]


def test_a_russian_commission_session_is_an_event_whatever_the_case_of_its_name():
    text = "Состоялось 7-е заседание Межправительственной российско-монгольской комиссии."
    assert _events(text) == ["заседание Межправительственной российско-монгольской комиссии"]


def test_a_summit_named_by_its_length_is_the_summit_the_article_names():
    text = (
        "The Nilgiri Investors Summit opened in Ooty on Monday. "
        "Nearly 900 delegates attended the two-day summit held here."
    )
    assert _events(text) == ["Nilgiri Investors Summit"]


def test_who_attends_a_chinese_meeting_is_no_part_of_its_name():
    assert _events("市长张明出席会议并致辞。") == []
    assert _events("市长张明出席临沂招商推介会。") == ["临沂招商推介会"]


def test_a_numbered_two_country_forum_in_lower_case_is_named_in_the_nominative():
    text = "Делегация приняла участие в IV казахстанско-латвийском форуме машиностроения."
    assert _events(text) == ["IV казахстанско-латвийский форум"]


def test_a_numbered_generic_exhibition_is_no_name():
    assert _events("На 5-й международной выставке подписали договор.") == []


def test_a_roadshow_is_named_by_the_city_it_visits():
    assert _events("During the Nagpur road show, the state signed 12 MoUs.") == ["Nagpur road show"]


def test_a_count_of_chinese_events_is_no_name():
    assert _events("峰会期间举办了六大平行论坛。") == []


def test_who_chairs_a_chinese_commission_session_is_no_part_of_its_name():
    text = "两国总理共同主持中泰政府间协调委员会第五次会议。"
    assert _events(text) == ["中泰政府间协调委员会第五次会议"]
