"""Organisation proposals without governments, generic phrases, role or date tails."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.lexicon import clean_org_name, is_government_or_generic


@pytest.mark.parametrize(
    "name",
    ["the Russian government", "People's Committee", "Кабинетом Министров", "Правительство",
     "Китайская компания", "二连浩特市政府", "MoUs"],
)  # fmt: skip
def test_governments_and_generic_phrases_are_not_organisations(name: str) -> None:
    assert is_government_or_generic(name)


@pytest.mark.parametrize("name", ["Wanda Group", "Министерство экономики", "Human Horizons"])
def test_named_organisations_pass(name: str) -> None:
    assert not is_government_or_generic(name)


def test_role_and_date_tails_are_cut_from_organisation_names() -> None:
    assert clean_org_name("Wanda Group Chairman") == "Wanda Group"
    assert clean_org_name("Kazakh-Chinese Business Council on July") == (
        "Kazakh-Chinese Business Council"
    )


def test_a_kind_abbreviation_and_its_spelt_out_form_are_one_site() -> None:
    facts = extract_article(
        "The Lagos Free Trade Zone welcomed investors. The Lagos FTZ covers 30 square kilometres."
    )
    assert len(facts.sites) == 1
