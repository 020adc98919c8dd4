"""Chinese counted signings: documents joined by "、" are one statement's, and two signings of
one sentence that happen to have the same count are two agreements, not a restatement."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _agreements(body: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(DATE_LINE + body).agreements]


def test_contracts_and_agreements_joined_are_one_counted_signing() -> None:
    body = "全县共签约合同、协议项目35个，总投资额120亿元。"
    assert _agreements(body) == [(35, "signed")]


def test_two_signings_of_one_sentence_with_equal_counts_are_two_agreements() -> None:
    body = (
        "其中，在南方考察后签订框架性协议项目4个，签约额12亿元；"
        "在北方推介会上签订意向性合作协议4个，签约额9亿元。"
    )
    assert _agreements(body) == [(4, "signed"), (4, "signed")]


def test_the_same_count_in_a_later_sentence_is_the_same_signing() -> None:
    body = "会上签约项目12个，总投资50亿元。\n\n这12个签约项目涉及新能源等领域。"
    assert _agreements(body) == [(12, "signed")]
