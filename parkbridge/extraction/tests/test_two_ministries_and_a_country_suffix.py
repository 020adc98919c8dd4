"""'X and the Y' names two organisations; a name with and without its country is one."""

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_article(text).organizations]


def test_and_the_between_two_ministries_separates_them() -> None:
    orgs = _orgs("The Ministry of Health of Mongolia and the Ministry of Health of Laos met.")
    assert orgs == ["Ministry of Health of Mongolia", "Ministry of Health of Laos"]


def test_a_russian_ministry_with_and_without_its_country_is_one() -> None:
    orgs = _orgs("Минэнерго Казахстана поддержало проект. Позже Минэнерго одобрило заявку.")
    assert len([o for o in orgs if o.startswith("Минэнерго")]) == 1


def test_an_and_inside_one_ministry_name_stays() -> None:
    assert _orgs("The Ministry of Trade and Integration said exports grew.") == [
        "Ministry of Trade and Integration"
    ]
