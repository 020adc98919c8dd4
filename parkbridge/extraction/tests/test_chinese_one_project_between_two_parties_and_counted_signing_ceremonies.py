"""Chinese agreements: "A与B签署了某某(一期)项目" is one agreement; "等N个项目的签约仪式" signs N;
"分别代表两国政府签署" is one signing on behalf of each side, not a signing by each."""

from parkbridge.extraction import extract_article

DATE_LINE = "date 2024-05-17\n\n"


def _agreements(body: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(DATE_LINE + body).agreements]


def test_one_project_signed_between_two_named_parties_is_one_agreement() -> None:
    body = "东湖高新区与远景集团签署了远景智造(一期)项目，计划投资20亿元。"
    assert _agreements(body) == [(1, "signed")]


def test_a_signing_ceremony_of_a_counted_number_of_projects_signs_that_many() -> None:
    body = "星河科技智能工厂项目、蓝海物流园项目等9个项目的签约仪式同日举行。"
    assert _agreements(body) == [(9, "signed")]


def test_signing_on_behalf_of_each_government_is_one_signing() -> None:
    body = "甲国副部长王某与乙国副部长李某，分别代表两国政府签署《共建产业园谅解备忘录》。"
    assert _agreements(body) == [(1, "signed")]
