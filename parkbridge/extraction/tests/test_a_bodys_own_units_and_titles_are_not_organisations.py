"""A body's governing and working units and capitalised titles are not organisations; the
board that runs one park is that park (sentences written for these tests)."""

from parkbridge.extraction.english_bodies import is_unit_or_title
from parkbridge.extraction.pipeline import extract_article


def test_governing_units_are_parts_of_their_body() -> None:
    for name in (
        "Board of Directors",
        "Management Committee",
        "Board of Commissioners of the Port Authority",
        "Legal Department of the Port",
        "NAFTA’s Board of Directors",
    ):
        assert is_unit_or_title(name), name


def test_an_office_owned_by_a_body_is_part_of_it() -> None:
    assert is_unit_or_title("WAIPA’s Office in East Africa")


def test_capitalised_titles_are_roles() -> None:
    assert is_unit_or_title("Trade Minister")
    assert is_unit_or_title("Special Envoy of the Transitional Council")


def test_bodies_with_their_own_names_stay_organisations() -> None:
    for name in (
        "Board of Investment",
        "Lakeland Board of Investment and Trade",
        "Investment Committee Holdings",
        "Ministry of Industry",
        "Economic Development Board",
    ):
        assert not is_unit_or_title(name), name


def test_a_board_of_directors_in_an_article_is_not_listed() -> None:
    text = "The Board of Directors of Nordwind Logistics Ltd approved the new depot."
    names = [o["name"] for o in extract_article(text).to_json()["organizations"]]
    assert "Board of Directors" not in names


def test_the_management_board_of_a_park_is_that_park() -> None:
    text = "The chairman thanked Cedar Valley Software Park Management Board for hosting the event."
    j = extract_article(text).to_json()
    assert [s["name"] for s in j["sites"]] == ["Cedar Valley Software Park"]
    assert j["organizations"] == []
