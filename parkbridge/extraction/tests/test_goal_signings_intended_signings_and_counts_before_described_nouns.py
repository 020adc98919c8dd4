"""Agreements: a Chinese signing set as a goal ("力争签约项目20个以上") is a target, not an
agreement; intended signings ("意向签约"), potential contracts and what a mission "should" bring
are planned; a count right after the signing verb counts a noun its words describe ("签署了
120份共建合作文件"); "договорённостей" with ё is a plural (sentences written for these tests)."""

import pytest

from parkbridge.extraction import facts as F
from parkbridge.extraction.chinese import find_figures as find_figures_zh
from parkbridge.extraction.quantities import find_figures


def _zh(sentence: str) -> list[tuple]:
    found = F.find_agreements(sentence, find_figures_zh(sentence), [])
    return [(a.count, a.status) for a in found]


def _ru(sentence: str) -> list[tuple]:
    found = F.find_agreements(sentence, find_figures(sentence), [])
    return [(a.count, a.status) for a in found]


@pytest.mark.parametrize(
    "sentence",
    [
        "力争全年签约项目30个以上,新增企业5家。",
        "全年签约引进重点产业项目20个以上;力争新增高新技术企业10家。",
    ],
)
def test_a_signing_set_as_a_goal_is_no_agreement(sentence: str) -> None:
    assert _zh(sentence) == []


def test_a_reported_signing_in_chinese_is_still_an_agreement() -> None:
    assert _zh("博览会期间,园区共签约项目30个,总投资50亿元。") == [(30, "signed")]


def test_an_intended_signing_is_planned() -> None:
    assert _zh("园区已落实意向签约项目9项,意向签约额80亿元。") == [(9, "planned")]


@pytest.mark.parametrize(
    ("sentence", "count"),
    [
        ("目前,已有90个国家签署了120份共建“丝路”合作文件。", 120),
        ("县政府当场签约6个投资过1亿元的项目。", 6),
    ],
)
def test_a_count_after_the_verb_counts_the_described_noun(sentence: str, count: int) -> None:
    assert _zh(sentence) == [(count, "signed")]


def test_potential_contracts_are_planned() -> None:
    assert _ru("Около 12 потенциальных контрактов — итог поездки делегации.") == [(12, "planned")]


def test_contracts_a_mission_should_bring_are_planned() -> None:
    assert _ru("Думаю, около двенадцати контрактов мы должны привезти.") == [(12, "planned")]


def test_agreements_spelt_with_yo_are_a_plural() -> None:
    found = F.find_agreements(
        "Работа идёт в развитие договорённостей, достигнутых на встрече министров.", [], []
    )
    assert [(a.count, a.plural) for a in found] == [(None, True)]
