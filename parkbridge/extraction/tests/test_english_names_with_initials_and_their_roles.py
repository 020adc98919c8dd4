"""English people written with initials keep their whole name, and each person's role is
their own, not a neighbour's (sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _people(body: str) -> dict[str, str | None]:
    return {p.name: p.role for p in extract_article("People\n\n" + body).people}


def test_spaced_initials_before_a_surname_are_part_of_the_name() -> None:
    people = _people("Minister of Textiles R. K. Menon opened the unit on Friday.")
    assert people == {"R. K. Menon": "Minister of Textiles"}


def test_a_middle_initial_does_not_cut_the_name_short() -> None:
    people = _people("Laura M. Whitfield, chief executive of Orbis Freight, said sales rose.")
    assert list(people) == ["Laura M. Whitfield"]
    assert people["Laura M. Whitfield"] == "chief executive of Orbis Freight"


def test_country_abbreviations_are_not_initials() -> None:
    assert _people("The U.S. Steel plant in Ohio will close, Governor Mike DeWine said.") == {
        "Mike DeWine": "Governor"
    }


def test_the_second_person_of_a_pair_does_not_take_the_first_ones_title() -> None:
    people = _people("Chinese President Xi Jinping and Dmitry Mezentsev visited the park.")
    assert people.get("Xi Jinping") == "Chinese President"
    assert people.get("Dmitry Mezentsev") is None


def test_a_title_after_a_verb_belongs_to_the_person_after_it() -> None:
    people = _people("Governor of the free zone B.Tsogt met Deputy Minister G.Oyun in May.")
    assert people.get("G.Oyun") == "Deputy Minister"
