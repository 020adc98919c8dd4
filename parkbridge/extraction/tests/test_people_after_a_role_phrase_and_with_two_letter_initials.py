"""English people: a name right after a role phrase that ends in a comma or a place noun
("State Minister of Trade, Delu Amaresh"), new role heads ("Chairperson", "MP", "Counsellor"),
and initials transliterated from one Cyrillic letter ("Kh. Borjigan") (sentences written for
these tests)."""

from parkbridge.extraction import extract_article


def _people(body: str) -> list[str]:
    return [p.name for p in extract_article("Zone news\n\n" + body).people]


def test_a_name_after_a_role_phrase_and_a_comma_is_a_person() -> None:
    body = "State Minister of Trade, Delu Amaresh for his part noted that the zones are ready."
    assert _people(body) == ["Delu Amaresh"]


def test_a_name_after_a_role_of_a_region_is_a_person() -> None:
    body = "Governor of the Kelmora region Tavro Quenzov met the investors on Monday."
    assert _people(body) == ["Tavro Quenzov"]


def test_a_three_part_name_after_a_role_phrase_and_a_comma() -> None:
    body = "This was disclosed by the zone manager, Amaro Velin Qurat, on the sidelines of a forum."
    assert _people(body) == ["Amaro Velin Qurat"]


def test_the_object_of_a_role_is_no_person() -> None:
    body = "Delu Amaresh, Director for International Relations at the consulate, spoke."
    assert "International Relations" not in _people(body)


def test_a_chairperson_and_a_counsellor_are_roles_before_names() -> None:
    body = "Kelmora Group Chairperson Tavro Quenzov met Counsellor Wei Xiamo in the city."
    assert sorted(_people(body)) == ["Tavro Quenzov", "Wei Xiamo"]


def test_a_two_letter_initial_does_not_end_the_sentence_or_the_name() -> None:
    body = "Mayor of Ulaanbaatar Kh. Borjigan was tasked with the zone. Minister Ts. Oyunbat said so."
    assert sorted(_people(body)) == ["Kh. Borjigan", "Ts. Oyunbat"]
