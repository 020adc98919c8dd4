"""Agreements restated: "这份《合作备忘录》" points back though the pointer stands before the
title; a Russian agreement named after "в рамках" or "согласно" is the one reported, unless it is
introduced there with its signing; "还" counts as "also signed" only in the signing's own clause
(sentences written for these tests)."""

from parkbridge.extraction import facts as F
from parkbridge.extraction.chinese import find_figures as find_figures_zh
from parkbridge.extraction.quantities import find_figures


def _zh(sentence: str) -> list[F.AgreementMention]:
    return F.find_agreements(sentence, find_figures_zh(sentence), [])


def _ru(sentence: str) -> list[F.AgreementMention]:
    return F.find_agreements(sentence, find_figures(sentence), [])


def test_a_pointer_before_a_title_restates_the_agreement() -> None:
    found = _zh("在正式签署的这份《合作备忘录》中,双方将共建产业园。")
    assert found and found[0].definite


def test_an_agreement_named_after_v_ramkakh_is_the_one_reported() -> None:
    first = _ru("Мэры городов подписали соглашение о побратимстве.")
    again = _ru("В рамках соглашения стороны обменялись делегациями.")
    assert again[0].definite
    assert len(F.merge_agreements(first + again)) == 1


def test_an_agreement_introduced_with_its_signing_is_not_a_restatement() -> None:
    found = _ru("В соответствии с соглашением, достигнутым на встрече министров, создан кластер.")
    assert found and not found[0].definite


def test_an_earlier_hai_does_not_make_a_second_signing() -> None:
    headline = "甲开发区与乙开发区签订友好合作协议"
    body = "双方还就招商引资进行了交流,甲开发区与乙开发区签订了《友好合作协议》。"
    merged = F.merge_agreements(_zh(headline) + _zh(body), headline=headline)
    assert len(merged) == 1


def test_hai_before_the_signing_is_another_signing() -> None:
    headline = "甲开发区与乙开发区签订友好合作协议"
    body = "活动期间,甲开发区还与丙公司签订了合作协议。"
    merged = F.merge_agreements(_zh(headline) + _zh(body), headline=headline)
    assert len(merged) == 2
