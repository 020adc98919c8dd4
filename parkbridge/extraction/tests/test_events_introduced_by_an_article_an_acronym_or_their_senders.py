"""Events the text introduces without a full name: "a business forum", "the BRICS summit",
"during his visit to Peru", "a Kenyan trade delegation", "делегация Республики Чад",
"церемония вручения сертификатов", "на инвестиционном форуме" (sentences written for these
tests)."""

from parkbridge.extraction import extract_article
from parkbridge.extraction.described_events import find_described_events, find_unnamed_events


def events(text: str) -> list[str]:
    return [e["name"] for e in extract_article(text).to_json()["events"]]


def described(text: str, language: str) -> list[str]:
    return [m.name for m in find_described_events(text, language)]


def test_a_forum_introduced_with_an_indefinite_article_is_an_event() -> None:
    assert [m.name for m in find_unnamed_events("They signed it at a business forum.", None)] == [
        "business forum"
    ]


def test_a_press_conference_or_a_forum_for_dialogue_is_no_event() -> None:
    assert find_unnamed_events("The minister gave a press conference on Monday.", None) == []
    assert find_unnamed_events("The council serves as a forum for dialogue.", None) == []
    assert find_unnamed_events("Investors want a fair price.", None) == []


def test_an_acronym_before_a_lower_case_summit_names_it() -> None:
    assert "ASEAN summit" in described(
        "The deals were signed on the margins of the ASEAN summit.", "en"
    )


def test_two_partners_before_a_lower_case_forum_name_it() -> None:
    assert "Chile–Peru business forum" in described(
        "The pact was signed at the Chile–Peru business forum in Lima.", "en"
    )


def test_an_officials_visit_told_with_a_pronoun_to_a_country_is_an_event() -> None:
    assert "visit to Peru" in events("During his visit to Peru, the minister met investors.")


def test_a_pronoun_visit_inside_the_own_country_is_no_event() -> None:
    text = "LIMA, May 3 (Wire) -- During his visit to Cusco, the minister met investors."
    assert events(text) == []


def test_a_delegation_named_by_its_sender_is_a_delegation_visit() -> None:
    assert "Kenyan trade delegation" in described(
        "Talks with the Kenyan trade delegation lasted two hours.", "en"
    )


def test_an_economic_and_trade_expo_is_one_name() -> None:
    assert "Chile-Asia Economic and Trade Expo" in events(
        "The deal was signed during the Chile-Asia Economic and Trade Expo."
    )


def test_an_annual_meeting_with_its_field_inside_is_a_conference() -> None:
    assert "Annual Shipping Meeting" in described(
        "It was announced at the Annual Shipping Meeting.", "en"
    )


def test_more_kinds_of_ceremony_are_events() -> None:
    assert described("The ribbon-cutting ceremony was held on Monday.", "en") == [
        "ribbon-cutting ceremony"
    ]


def test_a_russian_delegation_named_by_its_sender_is_a_visit() -> None:
    text = "Делегация Республики Чад обсудила с руководством парка условия работы."
    assert ("Делегация Республики Чад", "business_mission") in [
        (m.name, m.kind) for m in find_described_events(text, "ru")
    ]


def test_a_russian_delegation_at_a_forum_is_part_of_the_forum() -> None:
    assert described("Делегация Республики Чад приняла участие в форуме.", "ru") == []


def test_a_russian_ceremony_named_by_its_act_is_an_event() -> None:
    assert "Церемония вручения" in described(
        "Церемония вручения сертификатов резидентам прошла в среду.", "ru"
    )


def test_a_lower_case_russian_forum_is_an_event_in_the_nominative() -> None:
    assert events("Соглашение подписано на инвестиционном форуме.") == ["инвестиционный форум"]


def test_a_lower_case_russian_forum_after_a_named_one_is_that_forum() -> None:
    text = "Соглашение подписано на Байкальском экономическом форуме. На экономическом форуме выступил министр."
    assert events(text) == ["Байкальском экономическом форуме"]


def test_a_chinese_delegation_named_by_its_sender_is_a_visit() -> None:
    assert ("某省经贸代表团", "business_mission") in [
        (m.name, m.kind) for m in find_described_events("市长会见了某省经贸代表团一行。", "zh")
    ]


def test_a_chinese_sides_delegation_at_a_meeting_is_part_of_the_meeting() -> None:
    assert described("中方代表团出席了第三次会议。", "zh") == []
    assert described("双方代表团举行了会谈。", "zh") == []
