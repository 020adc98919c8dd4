"""People: a name right after a role's "of" phrase (set off by a comma, or after an acronym or a
country) is a person, and royal or Gulf styles ("His Majesty", "HH Sayyid") open a name
(sentences written for these tests)."""

from parkbridge.extraction import extract_article


def _people(body: str) -> list[str]:
    return [p.name for p in extract_article("Zone news\n\n" + body).people]


def test_a_name_between_commas_after_a_roles_body_is_a_person() -> None:
    body = (
        "In turn, the executive director of the Coastal Union Development Agency, Nardos "
        "Bekele Thomas, pointed to the need to grow."
    )
    assert _people(body) == ["Nardos Bekele Thomas"]


def test_a_name_after_a_roles_acronym_is_a_person() -> None:
    body = "The function was attended by executive chairman of NZDA Karim Rahman Chowdhury, officials said."
    assert _people(body) == ["Karim Rahman Chowdhury"]


def test_a_name_after_a_roles_country_is_a_person() -> None:
    body = "It was attended by the Deputy Prime Minister of the Republic of Uzbekistan Rustam Karimov and others."
    assert _people(body) == ["Rustam Karimov"]


def test_a_company_after_a_roles_body_is_no_person() -> None:
    assert _people("The minister of Trade and Industry Vantor Group said it grew.") == []


def test_royal_styles_open_a_name() -> None:
    assert _people("Under the leadership of His Majesty Sultan Karim, the zone grew.") == [
        "Sultan Karim"
    ]
    assert _people("It was held under the auspices of HH Sayyid Karim bin Asaad in Muscat.") == [
        "Karim bin Asaad"
    ]
