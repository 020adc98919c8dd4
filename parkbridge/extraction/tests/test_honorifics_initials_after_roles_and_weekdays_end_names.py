"""English people: an honorific makes a name a person's, initials after a role keep a surname
that is also a town's, a weekday after a name is not part of it, and a surname with its
particle is the person named in full before (sentences written for these tests)."""

from parkbridge.extraction.pipeline import extract_article


def people(text: str) -> list[tuple[str, str | None]]:
    return [(p["name"], p["role"]) for p in extract_article(text).to_json()["people"]]


def test_a_name_after_an_honorific_is_a_person() -> None:
    assert people("The group included Mr. Brent Oakley, a former senator.")[0][0] == "Brent Oakley"


def test_a_name_with_particles_after_an_honorific_keeps_them() -> None:
    text = (
        "The deal was signed by Engineer Salim bin Rashid Al-Harthy, Deputy Chairman of the port."
    )
    assert people(text) == [("Salim bin Rashid Al-Harthy", "Deputy Chairman of the port")]


def test_initials_after_a_role_keep_a_surname_that_is_also_a_town() -> None:
    assert people("Chief Minister K.R. Salem opened the plant.") == [
        ("K.R. Salem", "Chief Minister")
    ]


def test_a_weekday_after_a_three_part_name_is_not_part_of_it() -> None:
    text = "Provincial Minister for Trade and Transport Rana Tariq Mehmood Monday ordered a review."
    assert people(text) == [("Rana Tariq Mehmood", "Minister for Trade and Transport")]


def test_a_surname_with_its_particle_is_the_person_named_before() -> None:
    text = (
        "The talks were led by Dr. Yusuf Al Mansoori, head of the agency.\n"
        "Dr. Al Mansoori said the zone would grow."
    )
    assert [p for p, _ in people(text)] == ["Yusuf Al Mansoori"]


def test_after_an_honorific_a_surname_may_be_a_towns_name() -> None:
    assert people("Dr. Karim Hassan, the zone chairman, opened the forum.")[0][0] == "Karim Hassan"
