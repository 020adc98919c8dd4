"""Chinese agreements with no document named: "甲集团与开发区的现场签约" is one signing, "12家企业
分别与…签约" one with each of a counted number of firms, "分别与…签约" without a number an
unnumbered plural; not a ceremony, an amount or "与会"; projects "即将签约" are planned
(sentences written for these tests)."""

import pytest

from parkbridge.extraction import facts as F
from parkbridge.extraction.chinese import find_figures


def _found(sentence: str) -> list[tuple]:
    return [(a.count, a.status) for a in F.find_agreements(sentence, find_figures(sentence), [])]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("其中,最受关注的是青禾集团与高新区的现场签约。", [(1, "signed")]),
        ("青禾科技等12家企业,分别与高新区投促中心等单位签约。", [(12, "signed")]),
        ("多家企业分别与高新区投促中心签约。", [(None, "signed")]),
        ("部分重大项目即将签约入驻。", [(None, "planned")]),
    ],
)
def test_a_signing_with_a_party_is_an_agreement(sentence: str, expected: list[tuple]) -> None:
    assert _found(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "副市长与企业代表出席签约仪式。",
        "与会企业代表参观了园区。",
        "青禾集团与高新区签约额达20亿元。",
    ],
)
def test_a_ceremony_an_amount_or_attendance_is_no_signing(sentence: str) -> None:
    assert _found(sentence) == []


def test_each_listed_signing_with_its_parties_is_its_own_agreement() -> None:
    sentence = "重点项目有3个,分别是甲县政府与青禾集团签约的风电项目,乙县政府与禾丰公司签约的冷链项目以及丙县政府与远航集团签约的物流项目。"
    found = F.find_agreements(sentence, find_figures(sentence), [])
    assert len(F.merge_agreements(found)) == 3
