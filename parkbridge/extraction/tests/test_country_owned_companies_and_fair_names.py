"""'<Country>'s X' names a company unless X is a region or half of a longer name; an event name
may hold 'and' ('China Import and Export Fair') and a bracketed second name is an alias."""

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return [o.name for o in extract_article(text).organizations]


def test_a_name_owned_by_a_country_is_an_organisation() -> None:
    assert _orgs("Turkey's Kalyon-Enerji will build the plant.") == ["Kalyon-Enerji"]


def test_a_region_of_a_country_is_not_an_organisation() -> None:
    assert _orgs("Investors from Russia's Far North came to the fair.") == []


def test_the_first_half_of_an_and_name_is_not_an_organisation() -> None:
    assert "Silk" not in _orgs("China's Silk and Steel Initiative helps the park.")


def test_an_event_name_with_and_and_its_bracketed_second_name_are_one_event() -> None:
    facts = extract_article(
        "Firms signed 12 deals at the Asia Import and Export Fair (Pearl River Fair) in Foshan."
    )
    assert [e.name for e in facts.events] == ["Asia Import and Export Fair"]
