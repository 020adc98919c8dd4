"""Event names that carry their own proof of being a name: an edition number before generic
words, a capitalised annual meeting, an adjective joining two countries (Russian), the acronym
after a Russian head, and Chinese titles joined by "暨" (sentences written for these tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.described_events import find_described_events, joined_titles


def events(text: str) -> list[str]:
    return [e["name"] for e in extract_article(text).to_json()["events"]]


def described(text: str, language: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind or "") for m in find_described_events(text, language)]


def test_an_edition_word_makes_generic_words_a_named_forum() -> None:
    found = extract_article(
        "The Fourth Regional Business Forum was held at the chamber of commerce."
    )
    names = [(e["name"], e["edition"]) for e in found.to_json()["events"]]
    assert names == [("Regional Business Forum", 4)]


def test_generic_words_without_an_edition_name_no_forum() -> None:
    assert events("The Regional Business Forum was held at the chamber of commerce.") == []


def test_a_quoted_annual_meeting_named_by_its_field_is_a_conference() -> None:
    text = "The association organized the “Free Ports Annual Meeting” on May 4 and 5."
    assert ("Free Ports Annual Meeting", "conference") in described(text, "en")


def test_an_annual_meeting_of_a_profession_is_a_conference() -> None:
    text = "She spoke during the Annual Meeting of Shipbuilders, held in the port city."
    assert ("Annual Meeting of Shipbuilders", "conference") in described(text, "en")


def test_a_companys_annual_general_meeting_is_no_event() -> None:
    assert described("Harbor Holdings will hold its Annual General Meeting in May.", "en") == []


def test_a_bare_annual_meeting_or_a_boards_one_is_no_event() -> None:
    assert described("Investors voted at the Annual Meeting.", "en") == []
    assert described("The Annual Meeting of the Board of Directors approved it.", "en") == []


def test_a_lower_case_conference_of_two_countries_is_named_in_the_nominative() -> None:
    text = "Об этом говорилось на армянско-иранской конференции по торговле в Ереване."
    assert ("армянско-иранская конференция", "conference") in described(text, "ru")


def test_a_capitalised_forum_of_two_countries_is_named() -> None:
    text = "В рамках Монгольско-Казахстанского форума был подписан меморандум."
    assert ("Монгольско-Казахстанский форум", "forum") in described(text, "ru")


def test_a_hyphenated_adjective_that_names_no_countries_makes_no_event() -> None:
    assert described("Участники научно-практической конференции обсудили план.", "ru") == []


def test_a_russian_forum_named_by_an_acronym_is_an_event() -> None:
    text = "Меморандум подписан в рамках третьего Международного форума ТЛК в Самаре."
    assert "Международного форума ТЛК" in events(text)


def test_two_chinese_titles_joined_by_ji_are_one_event() -> None:
    text = "9月3日,某市重点项目集中签约仪式暨高新区产业招商推介会在高新区举行。"
    assert [t for t, _, _ in joined_titles(text)] == [
        "某市重点项目集中签约仪式暨高新区产业招商推介会"
    ]
    assert events(text) == ["某市重点项目集中签约仪式暨高新区产业招商推介会"]


def test_a_joined_title_after_a_named_events_opening_keeps_both_apart() -> None:
    text = "10月9日,第二届某某投资博览会开幕式暨江南企业家交流会在会展中心举行。"
    assert joined_titles(text) == []
