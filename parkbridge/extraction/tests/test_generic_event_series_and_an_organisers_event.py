"""Named events whose words are all generic, and an event named after its organiser's acronym
(sentences written for these tests)."""

from parkbridge.extraction.pipeline import extract_article


def events(text: str) -> list[tuple[str, str]]:
    return [(e["name"], e["kind"]) for e in extract_article(text).to_json()["events"]]


def test_three_capitalised_generic_words_before_an_event_head_name_a_series() -> None:
    text = "The targets were set on the sidelines of the Global Investment Summit last year."
    assert events(text) == [("Global Investment Summit", "conference")]


def test_two_generic_words_are_not_enough() -> None:
    assert events("The plan was presented at the Economic Forum in spring.") == []


def test_a_title_case_headline_does_not_make_a_series() -> None:
    assert events("Ministers Open New Regional Trade Forum Office") == []


def test_an_organisation_and_its_acronym_before_an_event_head_name_its_event() -> None:
    text = (
        "She opened the Union of Free Zones of Africa (UFZA) Conference, held in Accra, "
        "with a keynote speech."
    )
    j = extract_article(text).to_json()
    assert [e["name"] for e in j["events"]] == ["Union of Free Zones of Africa (UFZA) Conference"]
    assert "Union of Free Zones of Africa" in [o["name"] for o in j["organizations"]]
