"""SCHEMA.md "What counts, and how often" for agreements: singular is one, restatements merge."""

import pytest

from parkbridge.extraction import extract_article
from parkbridge.extraction.facts import find_agreements
from parkbridge.extraction.quantities import find_figures


def _counts(text: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(text).agreements]


@pytest.mark.parametrize(
    "sentence",
    [
        "The company inked a strategic cooperation agreement with the port operator.",
        "The two sides reached an accord on the new terminal.",
        "A memorandum of understanding was signed between the zone and the investor.",
        "Компания подписала соглашение о сотрудничестве с администрацией парка.",
        "По итогам встречи был подписан протокол о сотрудничестве.",
        "双方签署了合作协议。",
    ],
)
def test_a_signing_stated_in_the_singular_counts_one(sentence: str) -> None:
    (a,) = find_agreements(sentence, find_figures(sentence), [])
    assert (a.count, a.qualifier, a.status) == (1, "exact", "signed")


@pytest.mark.parametrize(
    "sentence",
    [
        "The delegation signed agreements with local parks.",
        "Стороны подписали соглашения о сотрудничестве.",
        "双方签署了一系列合作协议。",
    ],
)
def test_an_unnumbered_plural_has_no_count(sentence: str) -> None:
    (a,) = find_agreements(sentence, find_figures(sentence), [])
    assert (a.count, a.qualifier) == (None, None)


def test_a_deal_listed_with_its_parties_is_an_agreement_without_a_verb() -> None:
    s = "A $500 million cooperation agreement between the mining group and the smelter."
    (a,) = find_agreements(s, find_figures(s), [])
    assert a.count == 1


def test_the_document_restating_a_signing_is_the_same_agreement() -> None:
    text = (
        "The park signed an agreement with a Chinese carmaker on Monday. "
        "The document was signed in the presence of both ministers."
    )
    assert _counts(text) == [(1, "signed")]


def test_a_number_repeated_in_the_body_and_these_mous_are_one_agreement() -> None:
    text = (
        "The state signs 8 MoUs with investors. "
        "Eight MoUs were signed today with top companies. "
        "These MoUs were signed with carmakers and builders."
    )
    assert _counts(text) == [(8, "signed")]


def test_further_agreements_with_another_party_are_a_new_statement() -> None:
    text = (
        "More than 20 agreements were signed during the mission. "
        "The delegation also signed further agreements with the second park."
    )
    assert _counts(text) == [(20, "signed"), (None, "signed")]


def test_two_separate_singular_signings_are_two_agreements() -> None:
    text = (
        "The zone signed an agreement with a glass maker. "
        "The developer inked a cooperation agreement with a power company."
    )
    assert _counts(text) == [(1, "signed"), (1, "signed")]


def test_a_number_of_companies_before_an_agreed_investment_is_not_a_count() -> None:
    s = "合作区今年一季度新增入驻企业12家，协议投资额约3.6亿美元。"
    assert find_agreements(s, [], []) == []


def test_chinese_signed_projects_are_agreements_with_their_count() -> None:
    s = "博览会期间，共签订合作项目120个，金额300亿元。"
    from parkbridge.extraction.chinese import find_figures as zh

    (a,) = find_agreements(s, zh(s), [])
    assert (a.count, a.status) == (120, "signed")


def test_a_signed_titled_chinese_document_is_one_agreement() -> None:
    s = "两国有关部门签署《关于共建合作区的总体方案》。"
    (a,) = find_agreements(s, [], [])
    assert (a.count, a.qualifier) == (1, "exact")


def test_the_two_countries_in_chinese_is_not_a_figure() -> None:
    from parkbridge.extraction.chinese import find_figures as zh

    assert zh("这将促进两国经贸往来，为未来几十年的合作创造条件。") == []
    assert [(f.value, f.unit) for f in zh("主干道20公里。")] == [(20, "km")]
