"""Chinese agreement details: a contract word before an amount or a rate is no document, one
named project signed between two parties is one agreement (and the headline's '…项目签约' is
that signing), and a "还" in another clause does not make a signing a further one."""

from parkbridge.extraction import extract_article

DATE_LINE = "2024-05-17\n\n"


def _agreements(body: str) -> list[tuple[int | None, str]]:
    return [(a.count, a.status) for a in extract_article(DATE_LINE + body).agreements]


def test_contracted_foreign_capital_is_no_second_agreement() -> None:
    body = "会上共签约项目9个，总投资3亿美元，协议外资1亿美元，协议外资成果超过上届。"
    assert _agreements(body) == [(9, "signed")]


def test_a_contract_fulfilment_rate_is_no_agreement() -> None:
    body = "该区紧盯合同履约率、资金到位率，今年已签约项目12个。"
    assert _agreements(body) == [(12, "signed")]


def test_one_named_project_signed_between_two_companies_is_one_agreement() -> None:
    body = "青山矿业有限公司与远航设计研究院有限公司12日在长沙签约绿洲合作示范区项目。"
    assert _agreements(body) == [(1, "signed")]


def test_the_headlines_project_signing_is_the_one_the_body_reports() -> None:
    body = (
        "绿洲合作示范区项目签约\n\n"
        "青山矿业有限公司与远航设计研究院有限公司12日在长沙签约绿洲合作示范区项目。"
    )
    assert _agreements(body) == [(1, "signed")]


def test_an_also_about_talks_in_another_clause_leaves_the_headlines_signing_one() -> None:
    body = (
        "青山开发区与白河开发区签订友好合作协议\n\n"
        "座谈会上，双方还就园区运行进行了探讨，两区主任代表双方签订了《白河开发区与青山开发区友好合作协议》。"
    )
    assert _agreements(body) == [(1, "signed")]
