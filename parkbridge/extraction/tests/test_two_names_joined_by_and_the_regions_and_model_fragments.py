"""English organisations: "X and the Y" is two names, a province is a place, and fragments the
model tags ORG (terms, run-together datelines, spans cut mid-bracket, lone adjectives, edition
acronyms, plural kind phrases) are dropped (sentences written for these tests)."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.english_model import EnglishModel
from parkbridge.extraction.gazetteer import default_gazetteer


def orgs(text: str) -> list[str]:
    return [o["name"] for o in extract_article(text).to_json()["organizations"]]


def test_and_the_between_two_capitalised_names_makes_two_names() -> None:
    got = orgs("The plant will use ore from Kestrel Copper Mines and the Orion Steel Company.")
    assert "Kestrel Copper Mines" in got and "Orion Steel Company" in got
    assert not any(" and the " in name for name in got)


def test_a_province_is_a_place_not_an_organisation() -> None:
    assert gazetteer_region("Balochistan")
    assert "Balochistan" not in orgs(
        "The zone will serve Balochistan and Central Asia, Lakeside Textiles Ltd said."
    )


def gazetteer_region(name: str) -> bool:
    return default_gazetteer().is_region(name)


@pytest.mark.parametrize(
    "name",
    [
        "I&T",
        "COVID-19",
        "RIVERTON SAR - Media",
        "Global Growth Summit (GGS9",
        "Financial",
        "GGS9",
        "Science Parks",
    ],
)
def test_model_fragments_are_not_organisations(name: str) -> None:
    model = EnglishModel(default_gazetteer())
    sentence = f"The company said {name} matters to the firm."
    assert model._classify("ORG", name, sentence, sentence.index(name) + len(name)) is None


def test_a_body_for_a_class_of_zones_stays_an_organisation() -> None:
    model = EnglishModel(default_gazetteer())
    sentence = "The Global Association of Free Zones met in May."
    name = "Global Association of Free Zones"
    m = model._classify("ORG", name, sentence, sentence.index(name) + len(name))
    assert m is not None and m.category == "organizations"
