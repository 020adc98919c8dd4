"""A Russian article that names a company in Latin letters and in Cyrillic transliteration
("Zentra Motors", «Зентра») lists it once; a regional ministry that lists its portfolios with
commas is one organisation; a term's or a zone class's abbreviation with a region ("МПЗ
Самаркандской области", "ВКС") is none; an English name ending in "Delegation" is a visit's
party, not a body. Sentences are invented."""

from __future__ import annotations

from parkbridge.extraction import extract_article


def _orgs(text: str) -> list[str]:
    return sorted(o.name for o in extract_article(text).organizations)


def test_a_company_in_latin_letters_and_in_cyrillic_is_listed_once():
    text = (
        "Завод компании Yokohama Rubber открылся в Липецке. "
        "По словам главы «Йокохамы», рынок России для компании один из ведущих."
    )
    assert len(extract_article(text).organizations) == 1


def test_a_regional_ministry_with_a_list_of_portfolios_is_one_organisation():
    text = (
        "Как сообщает пресс-служба министерства экономики, торговли и туризма Тверской "
        "области, документ подписан в пятницу."
    )
    assert _orgs(text) == ["министерство экономики, торговли и туризма Тверской области"]


def test_a_zone_class_or_a_term_abbreviation_is_no_organisation():
    text = (
        "Достигнута договоренность о привлечении в СЭЗ «Навои» и МПЗ Самаркандской области "
        "ведущих компаний. Директор отметила, что никакие ВКС не заменят живого общения."
    )
    assert _orgs(text) == []


def test_a_delegation_is_no_organisation():
    assert _orgs("Provincial Leaders received Westbury City Delegation") == []
