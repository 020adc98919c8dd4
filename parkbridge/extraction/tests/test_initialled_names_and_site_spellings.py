"""People written with a glued initial ("B.Tserendorj") and one site spelt two ways."""

from parkbridge.extraction import extract_article


def test_an_initialled_name_after_a_role_is_a_person() -> None:
    facts = extract_article("Minister of Energy B.Tserendorj visited the substation on Friday.")
    assert "B.Tserendorj" in [p.name for p in facts.people]


def test_an_initialled_name_after_said_is_a_person() -> None:
    facts = extract_article('"The border zone must open this year," said Governor D.Ganbold.')
    assert "D.Ganbold" in [p.name for p in facts.people]


def test_an_initialled_word_without_a_role_or_speech_verb_is_not_a_person() -> None:
    facts = extract_article("Trucks from A.Express reached the terminal on time.")
    assert facts.people == []


def test_two_spellings_of_one_free_zone_are_one_site() -> None:
    facts = extract_article(
        "The Altanbulag free zone opened a customs post. Investors in the Altanbulak free "
        "economic zone pay no land tax."
    )
    assert len(facts.sites) == 1


def test_two_different_zones_of_one_kind_stay_two_sites() -> None:
    facts = extract_article(
        "The Altanbulag free zone opened a customs post. The Zamyn-Uud free zone opened another."
    )
    assert len(facts.sites) == 2
