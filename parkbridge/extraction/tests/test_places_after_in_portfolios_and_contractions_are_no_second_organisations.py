"""Names the English model tags as organisations that are not ones: towns and districts after
"in" ("on 400 acres in X and Y"), a minister's portfolio before the title ("Federal Planning
Minister"), a country written with stops ("U.K"); and an organisation named both in full and
by an abbreviation made of its words' starts ("Afreximbank", "МБВ") is listed once. Sentences
are invented."""

from __future__ import annotations

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.resolve import is_contraction


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in extract_article(text).organizations)


@pytest.mark.parametrize(
    "text",
    [
        "The company will build the park on 2,100 acres in Hosakotta and Malagiri taluks.",
        "The new estate, built by the company, covers 480 hectares in Nikom Sukhum and Ban Rai "
        "districts.",
        "Three companies will invest in Rashakai SEZ in KPK and Dhabeji SEZ in Sindh.",
    ],
)
def test_towns_and_districts_after_in_are_places_not_organisations(text):
    assert _orgs(text) == []


def test_a_company_a_stake_is_taken_in_stays_an_organisation():
    text = "Orion Capital, an investment firm, bought a stake in Zentra Motors last year."
    assert "Zentra Motors" in _orgs(text)


def test_a_ministers_portfolio_is_no_organisation():
    text = "Federal Planning Minister Ali Rahman attended the ceremony, the company said."
    assert _orgs(text) == []


def test_a_country_written_with_stops_is_no_organisation():
    text = "The visit aims to introduce U.K enterprises to the province's industrial parks."
    assert _orgs(text) == []


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Afreximbank", "African Export-Import Bank"),
        ("UNCTAD", "United Nations Conference on Trade and Development"),
        ("МБВ", "Международного бюро выставок"),
        ("Минэкономразвития", "Министерство экономического развития"),
    ],
)
def test_an_abbreviation_made_of_the_starts_of_a_names_words_is_that_name(short, full):
    assert is_contraction(short, full)


@pytest.mark.parametrize(
    ("short", "full"),
    [
        ("Intel", "International Electronics Ltd"),
        ("Bank", "Bank of China"),
        ("Sinopec", "China Petroleum and Chemical Corporation"),
    ],
)
def test_a_word_that_only_happens_to_share_letters_is_no_abbreviation(short, full):
    assert not is_contraction(short, full)


def test_a_body_named_in_full_and_by_its_contraction_is_listed_once():
    text = (
        "The African Export-Import Bank signed the agreement. Afreximbank will mobilise "
        "companies to set up factories in the park, said the bank's president."
    )
    assert _orgs(text) == ["African Export-Import Bank"]


def test_a_russian_body_and_its_initials_are_one():
    text = (
        "Делегация посетила штаб-квартиру Международного бюро выставок в Париже. "
        "На заседании МБВ обсудили заявку."
    )
    assert len(extract_article(text).organizations) == 1
